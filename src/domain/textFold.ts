/**
 * Folding text for matching: what a person types on a phone mixes full-width and half-width forms (ＡＰＰ and APP,
 * ９６１１０ and 96110) and upper and lower case; both the search and the 风险自测 matcher compare folded text.
 * Folding keeps the length (one code unit in, one out), so a position in folded text is a position in the original.
 */
import type { TraditionalChars } from '#types/check'

/** Full-width ASCII (！ U+FF01 to ～ U+FF5E) and the ideographic space U+3000 as their ASCII form; others unchanged. */
export function halfWidthCode(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0
  return code === 0x3000 ? 0x20 : code
}

/**
 * Characters that show nothing: zero-width spaces and joiners, direction marks, embeddings and isolates (U+202A–202E,
 * U+2066–2069), word joiner and invisible operators (U+2060–2064), the byte-order mark and the soft hyphen. A copied
 * number or message carries them unseen ("\u202D138 1234 5678\u202C" from an Android dialer).
 */
export function isInvisibleCode(code: number): boolean {
  return (
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x2064) ||
    (code >= 0x2066 && code <= 0x2069) ||
    code === 0xfeff ||
    code === 0xad
  )
}

/** One char code folded for a code-by-code scanner: halfWidthCode, then ASCII A–Z in lower case. */
export function foldCode(code: number): number {
  const half = halfWidthCode(code)
  return half >= 65 && half <= 90 ? half + 32 : half
}

/** A whole string folded: lower case (any script, where it keeps the length), then halfWidthCode. */
export function fold(s: string): string {
  const lower = s.toLowerCase()
  // A few letters (e.g. İ) lower-case into two code units; fold those one character at a time instead.
  const same =
    lower.length === s.length
      ? lower
      : s.replace(/[\s\S]/g, (c) => {
          const l = c.toLowerCase()
          return l.length === 1 ? l : c
        })
  return same.replace(/[\uff01-\uff5e\u3000]/g, (c) => String.fromCharCode(halfWidthCode(c.charCodeAt(0))))
}

/**
 * Traditional characters as their simplified form ("這" → "这"), from a table built by `npm run build:traditional`
 * (src/data/traditional-chars.json for 风险自测, search-traditional-chars.json for 搜索): indexed by UTF-16 code, 0
 * where a character stays as it is. A table, not a Map: every Chinese character of a paste is looked up, and a
 * 5,000-character paste spent a tenth of its check hashing them. Throws when the two strings differ in length: a
 * broken file fails at load.
 */
export function simplifiedCodes(chars: TraditionalChars): Uint16Array {
  if (chars.traditional.length !== chars.simplified.length)
    throw new Error('traditional-chars.json: traditional and simplified differ in length')
  const table = new Uint16Array(0x10000)
  for (let i = 0; i < chars.traditional.length; i++)
    table[chars.traditional.charCodeAt(i)] = chars.simplified.charCodeAt(i)
  return table
}
