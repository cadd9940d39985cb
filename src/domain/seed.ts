/**
 * A seed as the generators of ./random read it: an unsigned 32-bit integer. Non-integer or huge seeds (Date.now(),
 * NaN) are folded into 32 bits instead of failing, so a seed and its folded form draw the same round. Its own module:
 * challenge links and saved results (main package) fold seeds without loading the generators.
 */
export function foldSeed(seed: number): number {
  return (Number.isFinite(seed) ? Math.floor(seed) : 0) >>> 0
}
