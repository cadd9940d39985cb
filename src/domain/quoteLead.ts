import { visibleCharacters } from './graphemes'
import { wordRuns } from './lineEnd'

/** Characters a pointer back to a quote aims for: enough to find it, too few to read as a second copy. */
export const QUOTE_LEAD_CHARACTERS = 6
/** Whole words may take a pointer this far, so that it does not end inside one ("请添加客服QQ…", not "请添加客服Q…"). */
export const QUOTE_LEAD_MAX_CHARACTERS = 10

/** A mark a lead does not end on before its "…". */
const TRAILING_MARK = /[\s，,。.、：:；;！!？?“”"']$/

/** `text` without the marks (TRAILING_MARK) it ends on. */
function withoutTrailingMarks(text: string): string {
  let end = text.length
  while (end > 0 && TRAILING_MARK.test(text[end - 1])) end--
  return text.slice(0, end)
}

/**
 * Whole words of `runs` (lineEnd's wordRuns) taken from their start, or from their end (`fromEnd`), up to
 * QUOTE_LEAD_CHARACTERS visible characters, or a little past them to end a word, never past QUOTE_LEAD_MAX_CHARACTERS.
 * Empty when the first word taken is longer than that (a web address).
 */
function wholeWords(runs: readonly string[], fromEnd: boolean): string {
  let words = ''
  for (let n = 0; n < runs.length; n++) {
    const run = runs[fromEnd ? runs.length - 1 - n : n]
    const next = fromEnd ? run + words : words + run
    if (visibleCharacters(next.trim()).length > QUOTE_LEAD_MAX_CHARACTERS) break
    words = next
    if (visibleCharacters(words.trim()).length >= QUOTE_LEAD_CHARACTERS) break
  }
  return words
}

/**
 * The first words of `quote` (a clause already shown on 风险自测's result, without its "…" marks) that a later row
 * points back to: whole words (lineEnd's wordRuns: a number with its unit, an address, a platform word) up to
 * QUOTE_LEAD_CHARACTERS visible characters, or a little past them to end a word, at most QUOTE_LEAD_MAX_CHARACTERS;
 * a word longer than that (a web address) is left out after the words before it, or, alone, cut where a line may break
 * in it ("http://…"), else at QUOTE_LEAD_CHARACTERS. "…" follows when more of the quote does (round 64's fresh tester, M3: "请添加客服Q…",
 * "你先帮我转8…"). A quote of QUOTE_LEAD_MAX_CHARACTERS or fewer is given whole.
 */
export function quoteLead(quote: string): string {
  const whole = quote.trim()
  const characters = visibleCharacters(whole)
  if (characters.length <= QUOTE_LEAD_MAX_CHARACTERS) return whole
  const kept = withoutTrailingMarks(wholeWords(wordRuns(whole), false))
  const cut = visibleCharacters(kept).length >= 2 ? kept : characters.slice(0, QUOTE_LEAD_CHARACTERS).join('')
  return `${cut}…`
}

/** A character of a web address, an account or a code: a tail starting between two of them starts inside one. */
const TOKEN_CHARACTER = /[A-Za-z0-9._~:/?#@!$&*+=%-]/

/** A mark a tail does not start on after its "…". */
const LEADING_MARK = /^[\s，,。.、：:；;！!？?“”"'】)）]/

/**
 * The last words of `text` (which ends where a signal's word ends): wholeWords from its end, without the marks it would
 * start on: "…已于今日停用". Empty when the last word alone is longer than QUOTE_LEAD_MAX_CHARACTERS (a web address).
 */
function quoteTail(text: string): string {
  let tail = wholeWords(wordRuns(text), true)
  while (tail !== '' && LEADING_MARK.test(tail)) tail = tail.slice(1)
  return tail
}

/** A quote or a line without the "…" that marks where it was cut. */
const withoutCutMarks = (text: string): string => text.replace(/^…|…$/g, '')

/** `words` if they can name a place: two visible characters or more, and not only the start of a web address. */
function nameable(words: string): string | null {
  return visibleCharacters(words).length >= 2 && !/^https?:\/\/…?$/i.test(words) ? words : null
}

/**
 * The words a row points back with, for its own `quote` shown above inside the longer `line`: not the line's first
 * words, which may be another signal's (the sender's 【医保局】 for a threat's 已被停用), and named the same far-away
 * start for every row whose words sit in one long line (round 65's fresh tester, M2: a teacher's unpunctuated request,
 * four rows “各位家长好 我是…”). `end` is where the signal's word ends in `quote` (SignalHit's wordEnds, the matcher's own
 * place). The quote's first words (quoteLead) when they hold the signal's whole word; the first words up to it when it
 * ends within QUOTE_LEAD_MAX_CHARACTERS (“我舅舅在博彩平台…”, not “我舅舅在博彩…” for 博彩平台: round 65's tester); else
 * the whole words that end with it, “…已于今日停用”. A word inside a web address too long to name (“…http://…” would
 * tell nothing) is named by the words just before the address (“…快来看看这个…”), unless the address starts among the
 * line's first words, which name it then. A “…” says the words go on in the line, before or after. The line's first
 * words when no word of the signal is known (`end` null: a signal found by the wording) or nameable.
 */
export function pointerWords(quote: string, end: number | null, line: string = quote): string {
  const lineCore = withoutCutMarks(line)
  const fallback = quoteLead(lineCore)
  if (end === null) return fallback
  const inside = quote.startsWith('…')
  const core = withoutCutMarks(quote)
  const wordEndsAt = end - (inside ? 1 : 0)
  // Never inside a word: a term may end inside a longer one.
  let upTo = 0
  for (const run of wordRuns(core)) {
    upTo += run.length
    if (upTo >= wordEndsAt) break
  }
  const lead = quoteLead(core)
  const leadWords = lead.replace(/…$/, '')
  const wordAndBefore = withoutTrailingMarks(core.slice(0, upTo))
  if (wordAndBefore.length <= leadWords.length)
    return nameable(leadWords) === null ? fallback : `${inside ? '…' : ''}${lead}`
  const more = upTo < core.length ? '…' : ''
  if (
    visibleCharacters(wordAndBefore).length <= QUOTE_LEAD_MAX_CHARACTERS &&
    nameable(wordAndBefore) !== null
  )
    return `${inside ? '…' : ''}${wordAndBefore}${more}`
  const whole = quoteTail(core.slice(0, upTo))
  const start = upTo - whole.length
  const inToken = (at: number) =>
    at > 0 && TOKEN_CHARACTER.test(core[at - 1]) && TOKEN_CHARACTER.test(core[at])
  const tail = inToken(start) ? null : nameable(withoutTrailingMarks(whole))
  if (tail !== null) return `…${tail}${more}`
  // A piece of a web address or a code ("…cn…" for "http://***.***.cn"): the words before the address name it.
  let addressStart = Math.min(wordEndsAt, core.length)
  while (addressStart > 0 && TOKEN_CHARACTER.test(core[addressStart - 1])) addressStart--
  const inLine = lineCore.indexOf(core)
  const fromLineStart = visibleCharacters(lineCore.slice(0, Math.max(0, inLine) + addressStart)).length
  if (inLine < 0 || fromLineStart <= QUOTE_LEAD_MAX_CHARACTERS) return fallback
  const before = nameable(withoutTrailingMarks(quoteTail(core.slice(0, addressStart).trimEnd())))
  return before === null ? fallback : `…${before}…`
}
