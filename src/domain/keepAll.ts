/**
 * Words kept whole by the line breaker instead of a node each: for a text set with `word-break: keep-all` (.fs-words),
 * a zero-width space between its words and a span only round a word keep-all would still break. 风险自测 draws its
 * signals and their quotes so (components/KeptWords): a span per word had cost a WXML node and ~60 B of setData each,
 * 475 of them for a long paste (issue #15's audit).
 */
import { BREAKING_SPACE, splitLineRuns } from './lineEnd'
import { KEPT_MAX_CHARS, type TextRun } from './keepTogether'

/**
 * A place where a line may break that takes no room and reads as nothing: a zero-width space. Between the words of a
 * text set with `word-break: keep-all` (.fs-words), where a line breaks only there and at spaces and punctuation.
 */
export const WORD_BREAK = '\u200b'

/**
 * A run that `word-break: keep-all` keeps on one line by itself: Chinese characters, with the marks that open before
 * them and the punctuation that trails them (no line starts with "，" or ends with "“"). Not a run with a space, a
 * Latin letter, a digit, "…" or a name's dot, where keep-all still breaks ("HKD / 1,500.00", "etc- / abc.cn").
 */
const KEPT_BY_KEEP_ALL = /^[“‘「『（《【]*[\u3400-\u9fff\uf900-\ufaff]+[”’」』）》】，。、：；？！]*$/

/**
 * Chinese punctuation after which a line may break under keep-all as it may without it: a word after it needs no
 * WORD_BREAK. One there would also part two marks the browser sets closer together (a wider gap in every 原话：“ when
 * the result's lines were compared in Chromium) and keep a "，" at a line's end from being set narrower to fit (转了800块，
 * went down to the next line).
 */
const BREAKS_AFTER = /[，。、：；？！」』）》】”’]$/

/**
 * `text` as splitLineRuns splits it, for a text set with `word-break: keep-all`: runs that join back to `text` with a
 * WORD_BREAK between its words (not after a space or BREAKS_AFTER, where a line breaks anyway), so a line breaks
 * between words and nowhere inside one, as a span per word does; `whole` only for a word keep-all would still break
 * (KEPT_BY_KEEP_ALL), which needs a span that does not wrap, and no longer than KEPT_MAX_CHARS: a web address or a card
 * number longer than that ("chinapost-delivery-address-update…", "6222 0212 3456 7890 123") may be wider than the line,
 * and left to .fs-words it breaks at its spaces, or where it would overflow, instead of running past the card's edge
 * (round 57's fresh tester at 320 px). The end (splitLineRuns) is one run: keep-all keeps its words together.
 */
export function keepAllRuns(text: string): TextRun[] {
  const { head, end } = splitLineRuns(text)
  const words = end === '' ? head : [...head, end]
  const runs: TextRun[] = []
  const add = (piece: string, whole: boolean) => {
    const last = runs.at(-1)
    if (!whole && last && !last.whole) last.text += piece
    else runs.push({ text: piece, whole })
  }
  for (const [n, word] of words.entries()) {
    const before = words[n - 1]
    if (
      before &&
      !BREAKS_AFTER.test(before) &&
      !BREAKING_SPACE.test(before.at(-1) ?? '') &&
      !BREAKING_SPACE.test(word[0])
    )
      add(WORD_BREAK, false)
    add(word, word.trim().length >= 2 && word.length <= KEPT_MAX_CHARS && !KEPT_BY_KEEP_ALL.test(word))
  }
  return runs
}
