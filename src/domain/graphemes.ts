/**
 * Characters as a person sees them (grapheme clusters): a family emoji "👨‍👩‍👧" is one character, not the 8 UTF-16 units
 * or 5 code points it is stored as, "‼️" is one, not "‼" and a variation selector, and a zero-width space is none.
 * 风险自测 counts what it left unread in these and cuts its quotes only between them; 先问家人 counts a 称呼 and a
 * 名字 in them (round 57's fresh tester: 4,000 family emoji and 16 words read as "只检查了最后12507个字"; "👨‍👩‍👧我的宝贝"
 * said to be 9 characters, "李​小​明​同​学​哈" pasted with zero-width spaces 11).
 */
import { isInvisibleCode } from './textFold'

/** Intl.Segmenter's grapheme mode, which the project's ES2020 type library does not declare. */
interface GraphemeBreaker {
  segment(text: string): Iterable<{ index: number; segment: string }> & {
    containing(index: number): { index: number; segment: string } | undefined
  }
}
type WithSegmenter = typeof Intl & {
  Segmenter?: new (locale: string, options: { granularity: 'grapheme' }) => GraphemeBreaker
}

const SEGMENTER = typeof Intl === 'undefined' ? undefined : (Intl as WithSegmenter).Segmenter
/** The platform's grapheme breaker (browsers, WeChat's current engines); null on an engine without one. */
const GRAPHEMES: GraphemeBreaker | null = SEGMENTER ? new SEGMENTER('zh', { granularity: 'grapheme' }) : null

/**
 * How far back from a place the breaker reads to find the character around it: longer than any cluster a message
 * holds (a family of four with skin tones is 19 units), so a 20,000-character paste is never segmented whole per cut.
 */
const CLUSTER_CONTEXT = 32

/** How much of a text the breaker reads at once when counting (UTF-16 units). */
const COUNT_PIECE = 512

/** An emoji's code point (the emoji planes and the dingbats and symbols): what a joiner joins. */
const isPictographic = (code: number): boolean => code >= 0x1f000 || (code >= 0x2600 && code <= 0x27bf)

/** A regional indicator (half of a flag: 🇨 + 🇳 = 🇨🇳). */
const isRegionalIndicator = (code: number): boolean => code >= 0x1f1e6 && code <= 0x1f1ff

/** Combining marks (U+0300–036F, 1AB0–1AFF, 1DC0–1DFF, 20D0–20FF, FE20–FE2F): an accent on the character before. */
export function isCombiningMark(code: number): boolean {
  return (
    (code >= 0x300 && code <= 0x36f) ||
    (code >= 0x1ab0 && code <= 0x1aff) ||
    (code >= 0x1dc0 && code <= 0x1dff) ||
    (code >= 0x20d0 && code <= 0x20ff) ||
    (code >= 0xfe20 && code <= 0xfe2f)
  )
}

/**
 * Whether the code point `code` belongs to the character before it, for engines without Intl.Segmenter: a combining
 * mark, a variation selector ("‼️"), a skin tone, an emoji tag or keycap, or the joiner that ties emoji together.
 * No \p{M}: the oldest engines the app supports lack Unicode property escapes.
 */
function extendsPrevious(code: number): boolean {
  return (
    isCombiningMark(code) ||
    (code >= 0xfe00 && code <= 0xfe0f) ||
    code === 0x3099 ||
    code === 0x309a ||
    code === 0x200d ||
    (code >= 0x1f3fb && code <= 0x1f3ff) ||
    (code >= 0xe0020 && code <= 0xe007f) ||
    (code >= 0xe0100 && code <= 0xe01ef)
  )
}

/** The code point that ends just before `at` (a surrogate pair's whole), or -1 at the start. */
function codePointBefore(text: string, at: number): number {
  if (at <= 0) return -1
  const low = text.charCodeAt(at - 1)
  if (at >= 2 && low >= 0xdc00 && low <= 0xdfff) return text.codePointAt(at - 2) ?? -1
  return low
}

/** The zero-width joiner: invisible alone, but it joins "👨", "👩" and "👧" into one family. */
const JOINER = '\u200d'

/** isGraphemeBoundary for engines without Intl.Segmenter: the Unicode rules messages meet (emoji, marks, flags). */
function isBoundaryByRules(text: string, at: number): boolean {
  const unit = text.charCodeAt(at)
  if (unit >= 0xdc00 && unit <= 0xdfff) return false
  const code = text.codePointAt(at) ?? 0
  const before = codePointBefore(text, at)
  if (before === 0x0d && code === 0x0a) return false
  // A joiner ties emoji together ("👨‍👩‍👧"), not two letters ("小\u200d明" is two characters).
  if (extendsPrevious(code) || (before === 0x200d && isPictographic(code))) return false
  if (isRegionalIndicator(code) && isRegionalIndicator(before)) {
    // Flags pair up from the start of their run: a break falls after an even number of indicators.
    let run = 0
    for (let k = at; k > 0 && isRegionalIndicator(codePointBefore(text, k)); k -= 2) run++
    return run % 2 === 0
  }
  return true
}

/**
 * A code no rule of Unicode's character breaking (UAX #29) joins to its neighbours: printable ASCII, Chinese
 * characters and punctuation, full-width forms. Between two of them a character always starts.
 */
function standsAlone(code: number): boolean {
  return (
    (code >= 0x20 && code <= 0x7e) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3001 && code <= 0x3029) ||
    (code >= 0x2010 && code <= 0x2027) ||
    (code >= 0xff01 && code <= 0xff5e)
  )
}

/** Whether a person's character starts at `at` in `text` (true at either end). */
export function isGraphemeBoundary(text: string, at: number): boolean {
  if (at <= 0 || at >= text.length) return true
  // Most of a message: no breaker needed (a quote's edges are checked at every check, and the breaker is slow).
  if (standsAlone(text.charCodeAt(at - 1)) && standsAlone(text.charCodeAt(at))) return true
  if (!GRAPHEMES) return isBoundaryByRules(text, at)
  const from = Math.max(0, at - CLUSTER_CONTEXT)
  const cluster = GRAPHEMES.segment(text.slice(from, at + CLUSTER_CONTEXT)).containing(at - from)
  return !cluster || cluster.index + from === at
}

/** `at`, or the start of the character it falls inside: a quote cut there keeps the whole emoji. */
export function graphemeStartAtOrBefore(text: string, at: number): number {
  let k = Math.min(Math.max(at, 0), text.length)
  while (!isGraphemeBoundary(text, k)) k--
  return k
}

/** `at`, or the end of the character it falls inside. */
export function graphemeEndAtOrAfter(text: string, at: number): number {
  let k = Math.min(Math.max(at, 0), text.length)
  while (!isGraphemeBoundary(text, k)) k++
  return k
}

/** Whether a character shows something: not a space, a line break or an invisible mark (a zero-width space). */
function shows(cluster: string): boolean {
  for (let k = 0; k < cluster.length; k++) {
    const code = cluster.charCodeAt(k)
    if (code > 0x20 && code !== 0xa0 && code !== 0x3000 && !isInvisibleCode(code)) return true
  }
  return false
}

/**
 * How many characters a person sees in `text`: grapheme clusters (Intl.Segmenter where the platform has it, else the
 * rules of isGraphemeBoundary), not counting spaces, line breaks and invisible marks. "👨‍👩‍👧 小明" has 3.
 */
export function visibleCharacterCount(text: string): number {
  let count = 0
  if (GRAPHEMES) {
    // In pieces: the engines' breaker slows with the square of the text's length (20,000 characters at once took half
    // a second in Node 20, 112,000 took 48 s). Each piece ends where a character starts in the whole text: a piece
    // cut inside a family emoji counted its two halves as two characters, and a 33,180-unit paste's two counts as
    // four more than it had (round 58's fresh tester).
    for (let from = 0; from < text.length;) {
      const to = pieceEnd(text, from)
      for (const { segment } of GRAPHEMES.segment(text.slice(from, to))) if (shows(segment)) count++
      from = to
    }
    return count
  }
  for (const cluster of clustersByRules(text)) if (shows(cluster)) count++
  return count
}

/**
 * Where the piece of `text` counted from `from` ends: COUNT_PIECE units on, moved back to the start of the character
 * there (or on to its end, for a character longer than a piece).
 */
function pieceEnd(text: string, from: number): number {
  const at = Math.min(text.length, from + COUNT_PIECE)
  const start = graphemeStartAtOrBefore(text, at)
  return start > from ? start : graphemeEndAtOrAfter(text, at)
}

/** `text` cut into characters by isBoundaryByRules, for engines without Intl.Segmenter. */
function clustersByRules(text: string): string[] {
  const out: string[] = []
  let from = 0
  for (let k = 1; k <= text.length; k++) {
    if (k < text.length && !isBoundaryByRules(text, k)) continue
    out.push(text.slice(from, k))
    from = k
  }
  return out
}

/**
 * The characters of `text` a person sees, in order: grapheme clusters (Intl.Segmenter, else its rules), each without
 * the invisible characters in it (isInvisibleCode), except a joiner between two parts of one cluster; a cluster that
 * shows nothing is left out. Joined, they are what is kept of a name typed or pasted.
 */
export function visibleCharacters(text: string): string[] {
  const clusters = GRAPHEMES ? Array.from(GRAPHEMES.segment(text), (s) => s.segment) : clustersByRules(text)
  const out: string[] = []
  for (const cluster of clusters) {
    const points = Array.from(cluster)
    const kept = points
      .filter((c, k) => !isInvisibleCode(c.charCodeAt(0)) || (c === JOINER && k > 0 && k < points.length - 1))
      .join('')
    if (kept !== '') out.push(kept)
  }
  return out
}
