/**
 * FNV-1a, 32 bits, over the UTF-16 code units of `text`: an unsigned integer from 0 to 2^32-1. Fast, stable
 * across platforms and versions; not for secrets. Used for a challenge round's fingerprint and for the corpus's
 * split rule (tests/fixtures/check-corpus.json).
 */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash >>> 0
}
