/**
 * Finds where a signal's words occur: plain indexOf scans for terms, a few bounded regular expressions for
 * shapes (a domain without http://). Each occurrence is checked against the words it may sit inside
 * ("支出金额" holds "出金"), a negation before it and a warning sentence around it.
 */
import { CURRENCY_CODES } from '../keepTogether'
import type { PreparedText } from './text'
import { graphemeEndAtOrAfter, graphemeStartAtOrBefore } from '../graphemes'
import { clauseAround, isClauseBreak, isNegated } from './text'

/** Enough occurrences of one word to quote it; more add nothing and cost time on a long paste. */
const MAX_OCCURRENCES = 20

export interface Occurrence {
  start: number
  end: number
}

/** One of a signal's patterns, ready to run. */
interface PatternMatcher {
  /** What every match of it holds (requiredWords), as keys (keyOf): where the text cannot hold it, it is not run. */
  needs: number[][]
  /**
   * The words every match starts with (leadingWords), or null. With them, the expression is anchored where it is
   * tried (flag y) and tried only where one of the words starts; without, it searches the whole text (flag g).
   */
  lead: string[] | null
  re: RegExp
}

/** What one scan of a word list needs; built once per signal. */
export interface Matcher {
  terms: string[]
  /** For each term, its key in the pair index (keyOf). */
  keys: Int32Array
  /** For each term, the longer words containing it and the offset of the term inside each. */
  inside: Array<Array<{ word: string; offset: number }>>
  patterns: PatternMatcher[]
  /** Negation does not apply: the words are negations themselves ("不要告诉家人"). */
  negatable: boolean
  /** Mentions inside a receipt clause do not count (money, pressure: what happened, not what is asked). */
  skipReceipts: boolean
}

export function buildMatcher(
  terms: readonly string[],
  notInside: readonly string[] = [],
  patterns: readonly string[] = [],
  negatable = true,
  skipReceipts = false
): Matcher {
  const lowered = terms.map((t) => t.toLowerCase()).filter((t) => t !== '')
  const inside = lowered.map((term) => {
    const out: Array<{ word: string; offset: number }> = []
    for (const word of notInside) {
      const w = word.toLowerCase()
      let at = w.indexOf(term)
      while (at >= 0) {
        out.push({ word: w, offset: at })
        at = w.indexOf(term, at + 1)
      }
    }
    return out
  })
  const compiled: PatternMatcher[] = []
  for (const source of patterns) {
    try {
      const groups = topLevelGroups(source)
      const lead = leadOf(groups)
      compiled.push({
        needs: groups.map((group) => group.words.map(keyOf)),
        lead,
        re: new RegExp(source, lead ? 'y' : 'g')
      })
    } catch {
      // The loader rejects such a pattern; the matcher must not break a page over one.
    }
  }
  const keys = Int32Array.from(lowered, keyOf)
  return { terms: lowered, keys, inside, patterns: compiled, negatable, skipReceipts }
}

/** Characters with a meaning in a regular expression's source outside a class. */
const REGEX_SYNTAX = '\\^$.|?*+()[]{}'

/** Whether the element that ends just before `at` is made optional by what follows it (?, * or {0,…}). */
function isOptional(source: string, at: number): boolean {
  const next = source[at]
  return next === '?' || next === '*' || (next === '{' && source[at + 1] === '0')
}

/** Where the group or class opened at `open` closes (the index of its ")" or "]"), escapes and classes skipped. */
function closing(source: string, open: number): number {
  let depth = 0
  for (let i = open; i < source.length; i++) {
    const c = source[i]
    if (c === '\\') i++
    else if (c === '[') {
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++
      if (source[open] === '[') return i
    } else if (c === '(') depth++
    else if (c === ')' && --depth === 0) return i
  }
  return source.length
}

/**
 * The words a match of an alternative starts with: its literal characters up to the first piece of syntax (the last
 * dropped when a quantifier may leave it out). Empty when it starts with syntax.
 */
function literalStart(alternative: string): string {
  let end = 0
  while (end < alternative.length && !REGEX_SYNTAX.includes(alternative[end])) end++
  return end > 0 && isOptional(alternative, end) ? alternative.slice(0, end - 1) : alternative.slice(0, end)
}

/** A group's alternatives split at its own top level. */
function alternativesOf(body: string): string[] {
  const out: string[] = []
  let from = 0
  for (let i = 0; i < body.length; i++) {
    const c = body[i]
    if (c === '\\') i++
    else if (c === '(' || c === '[') i = closing(body, i)
    else if (c === '|') {
      out.push(body.slice(from, i))
      from = i + 1
    }
  }
  out.push(body.slice(from))
  return out
}

/**
 * What every match of a pattern holds, as groups of words: from each group, at least one word. Read from the
 * pattern's top level: a character outside any group or class, and a group whose alternatives all start with
 * characters ((转|汇|打到)), unless ?, * or {0,…} makes it optional. None when the top level has alternatives (a|b).
 * A pattern is run only on a text that may hold a word of each group (mayHoldAll): most of the signals' ~450 patterns
 * are absent from any one message, and each run reads the whole paste. Conservative: what it cannot read is left
 * out, which only costs a run.
 */
export function requiredWords(source: string): string[][] {
  return topLevelGroups(source).map((group) => group.words)
}

/**
 * The words every match of a pattern starts with (requiredWords' first group, when the pattern begins with it), or
 * null: "(交|付|转)[0-9]{1,7}元" starts with 交, 付 or 转, "(^|[^你])(发|包)红包" with nothing known.
 */
export function leadingWords(source: string): string[] | null {
  return leadOf(topLevelGroups(source))
}

/** leadingWords from a pattern's topLevelGroups. */
function leadOf(groups: ReadonlyArray<{ at: number; words: string[] }>): string[] | null {
  return groups[0]?.at === 0 ? groups[0].words : null
}

/** requiredWords with where each group starts in the pattern's source. */
function topLevelGroups(source: string): Array<{ at: number; words: string[] }> {
  const groups: Array<{ at: number; words: string[] }> = []
  for (let i = 0; i < source.length; i++) {
    const c = source[i]
    // An escape, with the digits of \u4e00 or \x41, which are no characters of their own.
    if (c === '\\') i += source[i + 1] === 'u' ? 5 : source[i + 1] === 'x' ? 3 : 1
    else if (c === '[') i = closing(source, i)
    else if (c === '{')
      i = source.indexOf('}', i) >>> 0 // a quantifier's bounds; no "}" ends the pattern
    else if (c === '|') return []
    else if (c === '(') {
      const at = i
      const end = closing(source, i)
      const body = source.slice(i + 1, end)
      i = end
      if (isOptional(source, end + 1) || (body.startsWith('?') && !body.startsWith('?:'))) continue
      const words = alternativesOf(body.startsWith('?:') ? body.slice(2) : body).map(literalStart)
      if (words.every((word) => word !== '')) groups.push({ at, words })
    } else if (!REGEX_SYNTAX.includes(c) && !isOptional(source, i + 1)) groups.push({ at: i, words: [c] })
  }
  return groups
}

function insideLongerWord(
  text: string,
  start: number,
  words: Array<{ word: string; offset: number }>
): boolean {
  return words.some(({ word, offset }) => text.startsWith(word, start - offset))
}

/** A slot for two adjacent characters in the pair index: different pairs may share one (each hit is checked). */
function pairSlot(first: number, second: number): number {
  return ((first << 5) ^ second) & 0xffff
}

/**
 * Where each pair of adjacent characters starts in the text, worked out once per text: most of the ~1,500 words of
 * the signals are absent from any one message, and a word is looked for only where its first two characters meet,
 * in text order, instead of by indexOf over the whole paste for each word. One table of slots reused for every text
 * (typed arrays, not a Map: a pair of CJK codes is too large for V8's small integers), each slot marked with the
 * text it was filled for so nothing is cleared between checks.
 */
interface PairIndex {
  owner: PreparedText | null
  generation: number
  /** The first position of a slot's pair, or −1; valid only where stamps[slot] === generation. */
  heads: Int32Array
  stamps: Uint32Array
  /** The next position of the same slot after a position, or −1. */
  next: Int32Array
  /** Where a UTF-16 code is marked with the generation, the text holds it. */
  chars: Uint32Array
  /** The first position of a character (valid where chars marks it), and the next position of the same character. */
  charHeads: Int32Array
  charNext: Int32Array
}

const pairIndex: PairIndex = {
  owner: null,
  generation: 0,
  heads: new Int32Array(0x10000),
  stamps: new Uint32Array(0x10000),
  next: new Int32Array(0),
  chars: new Uint32Array(0x10000),
  charHeads: new Int32Array(0x10000),
  charNext: new Int32Array(0)
}

function indexPairs(prepared: PreparedText): PairIndex {
  const index = pairIndex
  if (index.owner === prepared) return index
  const { text } = prepared
  index.owner = prepared
  index.generation++
  if (index.next.length < text.length) {
    index.next = new Int32Array(text.length * 2)
    index.charNext = new Int32Array(text.length * 2)
  }
  const { heads, stamps, next, chars, charHeads, charNext, generation } = index
  // Backwards, so that each list runs in text order.
  for (let k = text.length - 1; k >= 0; k--) {
    const code = text.charCodeAt(k)
    charNext[k] = chars[code] === generation ? charHeads[code] : -1
    chars[code] = generation
    charHeads[code] = k
  }
  for (let k = text.length - 2; k >= 0; k--) {
    const slot = pairSlot(text.charCodeAt(k), text.charCodeAt(k + 1))
    next[k] = stamps[slot] === generation ? heads[slot] : -1
    stamps[slot] = generation
    heads[slot] = k
  }
  return index
}

/**
 * A word's key in the pair index: the slot of its first two characters (pairSlot), or for a one-character word its
 * code, complemented (negative). Worked out once per word when a matcher is built, not at every scan.
 */
function keyOf(word: string): number {
  return word.length === 1 ? ~word.charCodeAt(0) : pairSlot(word.charCodeAt(0), word.charCodeAt(1))
}

/** The first position where a word with this key may start (for a one-character word, does), or −1. */
function firstAt(index: PairIndex, key: number): number {
  if (key < 0) return index.chars[~key] === index.generation ? index.charHeads[~key] : -1
  return index.stamps[key] === index.generation ? index.heads[key] : -1
}

/** The next such position after `at`, or −1. */
function nextAt(index: PairIndex, key: number, at: number): number {
  return key < 0 ? index.charNext[at] : index.next[at]
}

/** Whether the text may hold a word of each group of keys: its character, or its first two characters side by side. */
function mayHoldAll(index: PairIndex, needs: readonly (readonly number[])[]): boolean {
  for (const keys of needs) if (!keys.some((key) => firstAt(index, key) >= 0)) return false
  return true
}

/** Where any of `words` starts in the text, in text order; a position where two of them start comes twice. */
function startsOf(index: PairIndex, text: string, words: readonly string[]): number[] {
  const out: number[] = []
  for (const word of words) {
    const key = keyOf(word)
    for (let at = firstAt(index, key); at >= 0; at = nextAt(index, key, at))
      if (key < 0 || text.startsWith(word, at)) out.push(at)
  }
  return words.length > 1 ? out.sort((a, b) => a - b) : out
}

function counts(prepared: PreparedText, matcher: Matcher, start: number): boolean {
  if (prepared.inWarning[start] === 1) return false
  if (matcher.skipReceipts && prepared.inReceipt[start] === 1) return false
  return !(matcher.negatable && isNegated(prepared, start))
}

/**
 * Occurrences that count, in text order: at most `enough` of them, and at most one per word when `onePerWord`
 * (a kind of scam counts distinct words). Stopping early keeps a long paste fast.
 */
export function scan(
  prepared: PreparedText,
  matcher: Matcher,
  enough = Infinity,
  onePerWord = false
): Occurrence[] {
  const { text } = prepared
  const found: Occurrence[] = []
  const index = indexPairs(prepared)
  for (let t = 0; t < matcher.terms.length && found.length < enough; t++) {
    const term = matcher.terms[t]
    const key = matcher.keys[t]
    let at = firstAt(index, key)
    let seen = 0
    while (at >= 0 && seen < MAX_OCCURRENCES) {
      if (key >= 0 && !text.startsWith(term, at)) {
        at = nextAt(index, key, at)
        continue
      }
      seen++
      // A word across a voice-typed break ("报表周五前交 费用报销单" is no 交费): the space was a comma. Letter-spaced
      // words ("转 账") are one segment and still count.
      const acrossBreak = prepared.segmentEnd[at] < at + term.length
      if (!acrossBreak && !insideLongerWord(text, at, matcher.inside[t]) && counts(prepared, matcher, at)) {
        found.push({ start: at, end: at + term.length })
        if (onePerWord || found.length >= enough) break
      }
      at = nextAt(index, key, at)
    }
  }
  for (const { needs, lead, re } of matcher.patterns) {
    if (found.length >= enough) break
    if (!mayHoldAll(index, needs)) continue
    if (lead) {
      // Tried only where a match can start, in text order, each try where the last match ended or later: the
      // matches a search over the whole text finds, without reading every position.
      let end = -1
      let seen = 0
      for (const at of startsOf(index, text, lead)) {
        if (at < end) continue
        if (seen >= MAX_OCCURRENCES) break
        re.lastIndex = at
        const m = re.exec(text)
        if (m === null) continue
        seen++
        end = at + m[0].length
        if (counts(prepared, matcher, at)) {
          found.push({ start: at, end })
          if (onePerWord || found.length >= enough) break
        }
      }
      continue
    }
    re.lastIndex = 0
    let m: RegExpExecArray | null
    let seen = 0
    while (seen < MAX_OCCURRENCES && (m = re.exec(text)) !== null) {
      seen++
      if (m[0] === '') {
        re.lastIndex++
        continue
      }
      if (counts(prepared, matcher, m.index)) {
        found.push({ start: m.index, end: m.index + m[0].length })
        if (onePerWord || found.length >= enough) break
      }
    }
  }
  return found.sort((a, b) => a.start - b.start)
}

/**
 * A letter or digit of a number, an address or a code: a quote must not end inside one ("5,000.00元"), also written in
 * full-width forms ("４００－８８８－１２３４", "ｅｔｃ－ｇｏｖ．ｔｏｐ"; not "，", "：" or "？", which end Chinese clauses).
 */
function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[0-9a-zA-Z.,:/*_?=&%#~+\-０-９Ａ-Ｚａ-ｚ．／＊＿＝＆％＃～＋－]/.test(c)
}

/** Punctuation a cut quote does not start with, and punctuation no quote ends with. */
const LEADING_PUNCTUATION = '：:】」）)，,、。；;！!？? '
const TRAILING_PUNCTUATION = '，,、：:；;'

/** Characters inside an address's query or a number, never at its start. */
const ADDRESS_INNER = '?=&%#~+,.:/'

/** How far a quote may grow to finish a number or an address: a look-alike address is shown whole. */
const WORD_REACH = 80

/** How far a quote reaches each side of the words that triggered it, in characters. */
const QUOTE_REACH = 18

/** A clause at most this much longer than the quote's reach is shown whole rather than cut ("…12306】"). */
const SHORT_REST = 3

/** Intl.Segmenter's word mode (ES2022): the runtime's own Chinese word breaker. */
interface WordSegments {
  containing(index: number): { index: number; segment: string } | undefined
}
type SegmenterClass = new (
  locale: string,
  options: { granularity: 'word' }
) => { segment(input: string): WordSegments }

let segmenter: { segment(input: string): WordSegments } | null | undefined

/**
 * How far either side of a place the word breaker reads. Words are a few characters long; the whole of a 100,000-
 * character paste, segmented for every quote, took 100 ms and more (round 49's trial).
 */
const WORD_CONTEXT = 48

/** The word `pos` falls inside, as [start, end); undefined at a boundary or without a word breaker (older clients). */
function wordAround(original: string, pos: number): [number, number] | undefined {
  if (pos <= 0 || pos >= original.length) return undefined
  if (segmenter === undefined) {
    const Segmenter = (Intl as unknown as { Segmenter?: SegmenterClass }).Segmenter
    segmenter = typeof Segmenter === 'function' ? new Segmenter('zh', { granularity: 'word' }) : null
  }
  const from = Math.max(0, pos - WORD_CONTEXT)
  const word = segmenter?.segment(original.slice(from, pos + WORD_CONTEXT)).containing(pos - from)
  if (!word || word.index + from === pos) return undefined
  return [word.index + from, word.index + from + word.segment.length]
}

/** Spaced segments shorter than this ("让他") are quoted with their clause instead. */
const MIN_SEGMENT_QUOTE = 4
const SEGMENT_LOOKBACK = 64

/** The space-separated segments an occurrence spans, as [start, end) in the prepared text. */
function segmentsAround(prepared: PreparedText, at: Occurrence): [number, number] {
  const end = prepared.segmentEnd[at.end - 1]
  const first = prepared.segmentEnd[at.start]
  let start = at.start
  // Bounded: a quote never reaches further back than this anyway.
  while (start > 0 && at.start - start < SEGMENT_LOOKBACK && prepared.segmentEnd[start - 1] === first) start--
  return [start, end]
}

/**
 * A currency written just before a sum, with its space if any: "HKD ", "NT$", "US$", "$", "¥" (domain/keepTogether's
 * codes). quoteOf takes it only where no Latin letter comes before it ("ABCHKD" is a word).
 */
const CURRENCY_BEFORE = new RegExp(`(?:[A-Z]{0,3}\\$|[¥￥€£]|${CURRENCY_CODES})\\s?$`)

/** Characters that reorder the text around them on screen; never shown in a quote. */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g

/** A quote of the message (quoteOf) and where the words it was taken for end in it. */
export interface Quote {
  /** The words shown, with "…" on a side where a long clause was cut. */
  text: string
  /** Where the occurrence's words end inside `text`: a UTF-16 index into it (the quote's length when cut before it). */
  wordEnd: number
}

/**
 * The original text of the clause around an occurrence, for the person to see. It never ends inside a number,
 * an address or a surrogate pair (an emoji), which would show "向张三转账5" or a broken character. A clause longer
 * than the quote's reach is cut at a word boundary where the runtime can find one, and the cut side shows "…".
 */
export function quoteOf(prepared: PreparedText, original: string, at: Occurrence): Quote {
  const text = prepared.text
  const [reachFrom, reachTo] = clauseAround(text, at.start, at.end, QUOTE_REACH)
  const [nearFrom, nearTo] = clauseAround(text, at.start, at.end, QUOTE_REACH + SHORT_REST)
  let from = nearFrom === 0 || isClauseBreak(text[nearFrom - 1]) ? nearFrom : reachFrom
  let to = nearTo === text.length || isClauseBreak(text[nearTo]) ? nearTo : reachTo
  // A clause that voice input or an elder wrote as spaced segments ("说是验证 前前后后扫了七八次") is quoted by its
  // segments: where the writer paused is where the quote stops, with no "…".
  const [segmentFrom, segmentTo] = segmentsAround(prepared, at)
  const bySegment = segmentTo - segmentFrom >= MIN_SEGMENT_QUOTE
  if (bySegment && segmentFrom > from) from = segmentFrom
  if (bySegment && segmentTo < to) to = segmentTo
  const cutBefore = from > 0 && !isClauseBreak(text[from - 1]) && !(bySegment && from === segmentFrom)
  const cutAfter = to < text.length && !isClauseBreak(text[to]) && !(bySegment && to === segmentTo)
  const mentionStart = prepared.origin[at.start]
  const mentionEnd = prepared.origin[at.end - 1] + 1
  let start = prepared.origin[from]
  let end = prepared.origin[Math.max(from, to - 1)] + 1
  // A cut inside a word ("进行下|载") moves to the word's edge, never into the mention itself; a cut inside a
  // number or an address is finished below instead, so the card number or the link stays in the quote.
  const inRun = (pos: number): boolean => isWordChar(original[pos - 1]) && isWordChar(original[pos])
  const first = cutBefore && !inRun(start) ? wordAround(original, start) : undefined
  if (first && first[1] <= mentionStart) start = first[1]
  const last = cutAfter && !inRun(end) ? wordAround(original, end) : undefined
  if (last && last[0] >= mentionEnd) end = last[0]
  for (
    let n = 0;
    n < WORD_REACH && start > 0 && isWordChar(original[start - 1]) && isWordChar(original[start]);
    n++
  )
    start--
  // An address or a number longer than WORD_REACH is cut, but at its own punctuation, never inside a label or a
  // number, and the cut says so with "…" (round 57's fresh tester: "原话：“ttps://express-claim-…").
  const cutInsideStart = start > 0 && inRun(start)
  if (cutInsideStart) start = pieceStartAfter(original, start, mentionStart)
  // An address or a number never starts with the punctuation of the sentence before it ("是你吗?http://…").
  while (start < mentionStart && ADDRESS_INNER.includes(original[start])) start++
  for (
    let n = 0;
    n < WORD_REACH && end < original.length && isWordChar(original[end - 1]) && isWordChar(original[end]);
    n++
  )
    end++
  const cutInsideEnd = end < original.length && inRun(end)
  if (cutInsideEnd) end = pieceEndBefore(original, end, mentionEnd)
  // A sum keeps its currency written before it: a quote that would start at the digits of "HKD 1,500.00" starts at
  // "HKD" (round 56's trial: "…1,500.00（含交通、住宿、餐饮及保险）", the sum without its currency).
  const currency = /\d/.test(original[start] ?? '')
    ? CURRENCY_BEFORE.exec(original.slice(Math.max(0, start - 6), start))
    : null
  if (currency && !/[A-Za-z]/.test(original[start - currency[0].length - 1] ?? ''))
    start -= currency[0].length
  // A cut side starts with words, not with the punctuation of what was cut ("…：您的物业费…", "…】您的积分…");
  // no quote ends on a comma or a colon.
  if (cutBefore) while (start < mentionStart && LEADING_PUNCTUATION.includes(original[start])) start++
  while (end > mentionEnd && TRAILING_PUNCTUATION.includes(original[end - 1])) end--
  // Never half a character: an emoji, its skin tone or variation selector ("‼️"), a family joined with U+200D.
  start = graphemeStartAtOrBefore(original, start)
  end = graphemeEndAtOrAfter(original, end)
  // A bidirectional control pasted with the text (U+202E) would show the quote reversed (trial 13).
  const shown = original.slice(start, end).replace(BIDI_CONTROLS, '')
  const { kept, from: keptFrom } = withoutDanglingMarks(shown.trim())
  const lead = (cutBefore || cutInsideStart) && start > 0 ? '…' : ''
  // The mention's end, counted in the quote as shown: after the "…", less what was cut off or left out before it.
  const before = original.slice(start, Math.min(mentionEnd, end)).replace(BIDI_CONTROLS, '')
  const wordEnd = before.length - (shown.length - shown.trimStart().length) - keptFrom
  return {
    text: `${lead}${kept}${(cutAfter || cutInsideEnd) && end < original.length ? '…' : ''}`,
    wordEnd: lead.length + Math.max(0, Math.min(kept.length, wordEnd))
  }
}

/** Where an address or a number may be cut for a quote: after its own punctuation ("https://", "icbc.", "claim?no="). */
const PIECE_END = /[./\-?=&:_,#~+*%．／－＝＆＿]/

/**
 * Where a quote that must start inside a run of letters, digits and their punctuation (isWordChar) starts instead:
 * after the first of its own punctuation marks at or after `at`, so it begins with a whole label or number; `at` itself
 * when there is none before `limit` (the words it quotes).
 */
function pieceStartAfter(original: string, at: number, limit: number): number {
  for (let k = at; k < limit && isWordChar(original[k]); k++) if (PIECE_END.test(original[k])) return k + 1
  return at
}

/**
 * Where a quote that must end inside such a run ends instead: after the last of its own punctuation marks before `at`
 * ("…/claim?no=…", never "…SF123456789…"); `at` itself when there is none after `limit`.
 */
function pieceEndBefore(original: string, at: number, limit: number): number {
  for (let k = at; k > limit && isWordChar(original[k - 1]); k--)
    if (PIECE_END.test(original[k - 1])) return k
  return at
}

/** Each closing quotation mark and the mark that opens it. */
const QUOTE_OPENERS: Readonly<Record<string, string>> = { '”': '“', '」': '「', '』': '『', '’': '‘' }
const QUOTE_CLOSERS_OF: Readonly<Record<string, string>> = { '“': '”', '「': '」', '『': '』', '‘': '’' }
/** Marks that open and close alike: one alone at an edge had its partner cut off. */
const STRAIGHT_QUOTES = '"＂\''

/**
 * A quote without a quotation mark at either end whose partner the cut left outside it: "说“我是你孙子" without its
 * “, "快打五万到这个卡上”" without its ” (round 41's trial saw "原话：“" and "”奶奶差点就转了”"). Still a piece of
 * the message: a mark inside it stays. `from`: how many characters of `quote` were cut off its start.
 */
function withoutDanglingMarks(quote: string): { kept: string; from: number } {
  let out = quote
  // How many characters of `quote` the kept part starts after (the marks and spaces cut off its start).
  let from = 0
  // `out` becomes `next` without its spaces; returns how many it had at its start.
  const cut = (next: string): number => {
    const trimmedStart = next.trimStart()
    out = trimmedStart.trimEnd()
    return next.length - trimmedStart.length
  }
  for (let trimmed = true; trimmed && out.length > 1;) {
    trimmed = false
    const first = out[0]
    const last = out[out.length - 1]
    const straight = STRAIGHT_QUOTES.includes(first) ? first : STRAIGHT_QUOTES.includes(last) ? last : ''
    if (straight !== '' && out.split(straight).length % 2 === 0) {
      from += first === straight ? 1 + cut(out.slice(1)) : cut(out.slice(0, -1))
      trimmed = true
      continue
    }
    if (
      QUOTE_OPENERS[first] !== undefined ||
      (QUOTE_CLOSERS_OF[first] && !out.includes(QUOTE_CLOSERS_OF[first]))
    ) {
      from += 1 + cut(out.slice(1))
      trimmed = true
    } else if (
      QUOTE_CLOSERS_OF[last] !== undefined ||
      (QUOTE_OPENERS[last] && !out.slice(0, -1).includes(QUOTE_OPENERS[last]))
    ) {
      from += cut(out.slice(0, -1))
      trimmed = true
    }
  }
  return { kept: out, from }
}
