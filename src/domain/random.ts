/**
 * Seeded randomness: the same seed always gives the same sequence on every platform, so a quiz round can be
 * stored as its seed and redrawn, and tests can pin exact outcomes.
 */

import { foldSeed } from './seed'

export type Random = () => number

/** mulberry32: a tiny 32-bit PRNG, good enough for shuffling and fast on every JS engine. Returns [0, 1). */
export function mulberry32(seed: number): Random {
  let state = foldSeed(seed)
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** An integer in [0, n). */
function randomInt(rand: Random, n: number): number {
  return Math.floor(rand() * n)
}

/** Fisher–Yates on a copy; the input is left untouched. */
export function shuffle<T>(items: readonly T[], rand: Random): T[] {
  const out = items.slice()
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(rand, i + 1)
    const tmp = out[i]
    out[i] = out[j]
    out[j] = tmp
  }
  return out
}

/** A new 32-bit seed derived from a seed and a counter, for retries that must stay deterministic. */
export function deriveSeed(seed: number, n: number): number {
  const rand = mulberry32((foldSeed(seed) ^ Math.imul(n + 1, 0x9e3779b1)) >>> 0)
  return Math.floor(rand() * 4294967296) >>> 0
}
