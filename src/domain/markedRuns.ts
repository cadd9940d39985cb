/**
 * Where a line may break in a search result's highlighted text (搜索's titles and snippets): its own module, read only
 * by the search page, so the mini-program's main package does not carry it (lineEnd, which every page reads, is there).
 */
import { keptSpans } from './keepTogether'
import { joinLoneWords, wordRuns } from './lineEnd'

/** A stretch of a highlighted text (a search result's title or snippet): `match` for the words searched for. */
export interface MarkedText {
  text: string
  match: boolean
}

/** One stretch of a highlighted text kept on one line when `whole`: its parts, highlighted or not. */
export interface MarkedRun {
  parts: MarkedText[]
  whole: boolean
}

/**
 * The longest highlighted stretch kept on one line (characters): a searched word ("安全账户", "96110") stays whole, a
 * long query's highlight (up to the box's 50) wraps as text does rather than run past a 320 px line at font ×2.
 */
const MARK_MAX_CHARS = 8

/**
 * Highlighted text (`segments`, joined: the text) as runs that keep together what must not break across lines, each
 * run's parts cut where the highlight starts or ends: a highlighted word whole ("安全 / 账户" no more), a number's
 * phrase whole (keptSpans: "接到96110", "2000元"), and, for a text of `wordsUpTo` characters or fewer (a title), every
 * word (wordRuns: "反 / 诈提示" no more). Round 56's trial in 搜索 at 320×568, font ×2: "961 / 10", "“安全 / 账户”",
 * "…机关诈 / 骗 · 反 / 诈提示". What may break is one run with `whole` false, so a long snippet takes few nodes.
 */
export function keptMarkedRuns(segments: readonly MarkedText[], wordsUpTo = 0): MarkedRun[] {
  const text = segments.map((segment) => segment.text).join('')
  // joined[k]: no line may break between text[k - 1] and text[k].
  const joined = new Array<boolean>(text.length + 1).fill(false)
  const join = (from: number, to: number) => {
    for (let k = from + 1; k < to; k++) joined[k] = true
  }
  if (text.length <= wordsUpTo) {
    let at = 0
    // A lone character with a neighbour (joinLoneWords): never a line of 及 alone.
    for (const run of joinLoneWords(wordRuns(text))) {
      // A run's trailing spaces are where a line breaks.
      join(at, at + run.trimEnd().length)
      at += run.length
    }
  } else for (const [from, to] of keptSpans(text)) join(from, to)
  let at = 0
  for (const segment of segments) {
    if (segment.match && segment.text.length <= MARK_MAX_CHARS) join(at, at + segment.text.length)
    at += segment.text.length
  }
  // Stretches of joined characters are whole; what lies between them breaks as text does.
  const bounds: Array<[number, number, boolean]> = []
  for (let from = 0; from < text.length;) {
    let to = from + 1
    while (to < text.length && joined[to]) to++
    const whole = to - from > 1
    const last = bounds.at(-1)
    if (!whole && last && !last[2]) last[1] = to
    else bounds.push([from, to, whole])
    from = to
  }
  return bounds.map(([from, to, whole]) => ({ parts: partsBetween(segments, from, to), whole }))
}

/** The parts of `segments` between offsets `from` and `to` of their joined text, highlight kept. */
function partsBetween(segments: readonly MarkedText[], from: number, to: number): MarkedText[] {
  const parts: MarkedText[] = []
  let at = 0
  for (const segment of segments) {
    const start = Math.max(from, at)
    const end = Math.min(to, at + segment.text.length)
    if (start < end) parts.push({ text: segment.text.slice(start - at, end - at), match: segment.match })
    at += segment.text.length
  }
  return parts
}
