/**
 * Where a line of Chinese text may end without leaving a character alone: the text split so its last words (two
 * characters at least: "怎么做", "交钱", "个APP") and whatever trails them (punctuation, spaces, "›") can be kept on
 * one line, and a narrow screen breaks before them instead ("…你会 / 怎么做？ ›", not "…怎么 / 做？ ›").
 * Round 40's new-user trial at 320 px, font ×2, 大字模式: "说贷款要先交 / 钱", "…一步步指 / 导", "虚假投资理财诈 / 骗".
 */

/** What may trail the last word and stays with it: punctuation, closing marks, spaces and the link arrow. */
const TRAILING = /[\s\u00a0›，。？！、：；”」』）)》?!.,:;…~～]/
/** TRAILING for every match: built once, not at every call (a page splits each of its link texts). */
const ALL_TRAILING = new RegExp(TRAILING.source, 'g')

/** A Latin letter or digit: a run of them is one word ("APP", "96110"). */
const LATIN = /[0-9A-Za-z]/

/** How many characters the end keeps together at least: two, so no line holds one alone. */
const KEPT_CHARACTERS = 2

/** A word breaker: Intl.Segmenter's shape, which the project's ES2020 type library does not declare. */
interface WordBreaker {
  segment(text: string): Iterable<{ index: number; isWordLike?: boolean }>
}
type WithSegmenter = typeof Intl & {
  Segmenter?: new (locale: string, options: { granularity: 'word' }) => WordBreaker
}

/** The platform's word breaker for Chinese, where it has one (browsers, WeChat's current engines); else null. */
const SEGMENTER = typeof Intl === 'undefined' ? undefined : (Intl as WithSegmenter).Segmenter
const WORDS: WordBreaker | null = SEGMENTER ? new SEGMENTER('zh', { granularity: 'word' }) : null

/** Where each word of `text` starts, in order: the word breaker's words, else each Chinese character and Latin run. */
function wordStarts(text: string): number[] {
  if (WORDS) {
    const starts: number[] = []
    for (const segment of WORDS.segment(text)) if (segment.isWordLike !== false) starts.push(segment.index)
    return starts
  }
  const starts: number[] = []
  for (let k = 0; k < text.length; k++)
    if (!TRAILING.test(text[k]) && !(LATIN.test(text[k]) && k > 0 && LATIN.test(text[k - 1]))) starts.push(k)
  return starts
}

/** The characters of `part` that are words, not what trails them: "做？ ›" has 1. */
function wordCharacters(part: string): number {
  return part.replace(ALL_TRAILING, '').length
}

/**
 * `text` as [head, end], head + end === text: `end` is its last words, KEPT_CHARACTERS characters at least, with what
 * trails them; on a word's edge where the platform knows words, so the line never breaks inside one ("怎么"). A text
 * with fewer than KEPT_CHARACTERS word characters before its end is all head and end is '' (it fits a line, and
 * moved whole it would leave nothing behind).
 */
export function splitLineEnd(text: string): [string, string] {
  const starts = wordStarts(text)
  for (let n = starts.length - 1; n > 0; n--) {
    if (wordCharacters(text.slice(starts[n])) < KEPT_CHARACTERS) continue
    const head = text.slice(0, starts[n])
    return wordCharacters(head) < KEPT_CHARACTERS ? [text, ''] : [head, text.slice(starts[n])]
  }
  return [text, '']
}
