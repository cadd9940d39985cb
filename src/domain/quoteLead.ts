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
  let lead = ''
  for (const run of wordRuns(whole)) {
    const next = lead + run
    if (visibleCharacters(next.trim()).length > QUOTE_LEAD_MAX_CHARACTERS) break
    lead = next
    if (visibleCharacters(lead.trim()).length >= QUOTE_LEAD_CHARACTERS) break
  }
  const kept = withoutTrailingMarks(lead)
  const cut = visibleCharacters(kept).length >= 2 ? kept : characters.slice(0, QUOTE_LEAD_CHARACTERS).join('')
  return `${cut}…`
}

/** A character of a web address, an account or a code: a tail starting between two of them starts inside one. */
const TOKEN_CHARACTER = /[A-Za-z0-9._~:/?#@!$&*+=%-]/

/** A mark a tail does not start on after its "…". */
const LEADING_MARK = /^[\s，,。.、：:；;！!？?“”"'】)）]/

/**
 * The last words of `text` (which ends where a signal's word ends), whole words up to about QUOTE_LEAD_CHARACTERS
 * visible characters and never more than QUOTE_LEAD_MAX_CHARACTERS, without the marks it would start on: "…已于今日停用".
 * Empty when the last word alone is longer (a web address).
 */
function quoteTail(text: string): string {
  const runs = wordRuns(text)
  let tail = ''
  for (let i = runs.length - 1; i >= 0; i--) {
    const next = runs[i] + tail
    if (visibleCharacters(next.trim()).length > QUOTE_LEAD_MAX_CHARACTERS) break
    tail = next
    if (visibleCharacters(tail.trim()).length >= QUOTE_LEAD_CHARACTERS) break
  }
  while (tail !== '' && LEADING_MARK.test(tail)) tail = tail.slice(1)
  return tail
}

/** The words of a signal a quote may hold: a RiskSignal's terms and patterns (see types/check). */
export interface QuotedWords {
  terms: readonly string[]
  patterns?: readonly string[]
}

/** Which of a row's quotes its label is about, and where in it the signal's word ends (null: none found). */
export interface QuoteAbout {
  quote: number
  end: number | null
}

/** `text` as signals' words are written: half-width and lower case (the same length, character for character). */
function asSignalsRead(text: string): string {
  return Array.from(text, (c) => {
    const folded = c.normalize('NFKC').toLowerCase()
    return folded.length === c.length ? folded : c
  }).join('')
}

/** Where the first of `terms`, else of `patterns`, ends in `text` (read as signals read it); null when none is in it. */
function wordEnd(text: string, terms: readonly string[], patterns: readonly RegExp[]): number | null {
  const read = asSignalsRead(text)
  for (const term of terms) {
    const at = read.indexOf(term)
    if (at >= 0) return at + term.length
  }
  for (const pattern of patterns) {
    const match = pattern.exec(read)
    if (match) return match.index + match[0].length
  }
  return null
}

/**
 * Which of a result row's quotes its label is about, and where the signal's word ends in it: the first quote that
 * holds a term or a pattern of one of the row's signals, else the first (with no place). A signal's quotes follow where
 * they appear, and the first is not always what the label says: a threat's row quoted “逾期将无法通行” after the
 * “【ETC服务】您的ETC已于今日停用” its label is about; a signal found by its wording holds no word of its own. Read as
 * written, after the half-width and lower-case folding the matcher also does: words spaced out or in traditional
 * characters are not found (the first quote then stands).
 */
export function quoteAbout(quotes: readonly string[], signals: readonly QuotedWords[]): QuoteAbout {
  const terms = signals.flatMap((signal) => signal.terms.map(asSignalsRead)).filter((term) => term !== '')
  const patterns = signals.flatMap((signal) =>
    (signal.patterns ?? []).map((source) => new RegExp(source, 'i'))
  )
  for (let i = 0; i < quotes.length; i++) {
    const end = wordEnd(quotes[i], terms, patterns)
    if (end !== null) return { quote: i, end }
  }
  return { quote: 0, end: null }
}

/**
 * The words a row points back with, for its own `quote` shown above inside the longer `line`: not the line's first
 * words, which may be another signal's (the sender's 【医保局】 for a threat's 已被停用), and named the same far-away
 * start for every row whose words sit in one long line (round 65's fresh tester, M2: a teacher's unpunctuated request,
 * four rows “各位家长好 我是…”). The quote's first words (quoteLead) when the signal's word `end`s among them, else the
 * whole words that end with it, “…已于今日停用”; a “…” says the words go on in the line, before or after. The line's
 * first words when no word of the signal is known (`end` null: a signal found by the wording) or nameable (a web
 * address too long to name, cut: “…http://…” would tell nothing).
 */
export function pointerWords(quote: string, end: number | null, line: string = quote): string {
  const fallback = quoteLead(line.replace(/^…|…$/g, ''))
  if (end === null) return fallback
  const inside = quote.startsWith('…')
  const core = quote.replace(/^…|…$/g, '')
  const wordEndsAt = end - (inside ? 1 : 0)
  const named = (words: string) =>
    visibleCharacters(words).length >= 2 && !/^https?:\/\/…?$/i.test(words) ? words : null
  if (visibleCharacters(core.slice(0, wordEndsAt)).length <= QUOTE_LEAD_MAX_CHARACTERS) {
    const lead = named(quoteLead(core).replace(/…$/, ''))
    if (lead === null) return fallback
    return `${inside ? '…' : ''}${quoteLead(core)}`
  }
  // Never inside a word: a term may end inside a longer one.
  let upTo = 0
  for (const run of wordRuns(core)) {
    upTo += run.length
    if (upTo >= wordEndsAt) break
  }
  const whole = quoteTail(core.slice(0, upTo))
  const start = upTo - whole.length
  // Not a piece of a web address or a code: "…cn…" for "http://***.***.cn".
  if (start > 0 && TOKEN_CHARACTER.test(core[start - 1]) && TOKEN_CHARACTER.test(core[start])) return fallback
  const tail = named(withoutTrailingMarks(whole))
  if (tail === null) return fallback
  return `…${tail}${upTo < core.length ? '…' : ''}`
}
