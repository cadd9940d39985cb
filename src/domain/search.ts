/**
 * Full-text search over the brochure and the quiz. The index is built once from the content; a query is a few
 * substring scans over precomputed folded text, well under a frame for the whole brochure.
 */
import type { BrochureContent, CategoryId, QuizQuestion } from '#types/content'
import searchTraditionalJson from '../data/search-traditional-chars.json'
import { fold, simplifiedCodes } from './textFold'

export type SearchKind = 'category' | 'method' | 'case' | 'tip' | 'rule' | 'crackdown' | 'notice' | 'question'

/** Group order of the results: a category's name first, then what protects people most (the tip) onward. */
export const SEARCH_KIND_ORDER: readonly SearchKind[] = [
  'category',
  'tip',
  'method',
  'case',
  'rule',
  'crackdown',
  'notice',
  'question'
]

const SEARCH_KIND_LABELS: Record<SearchKind, string> = {
  category: '诈骗类型',
  tip: '反诈提示',
  method: '诈骗方式',
  case: '诈骗案例',
  rule: '如何防范',
  crackdown: '断卡行动',
  notice: '通告',
  question: '测验题'
}

export type SearchTarget =
  | { page: 'category'; id: CategoryId; section?: 'method' | 'case' | 'tip' }
  /** The prevention page opens at its top: it has no ?section= to scroll to. */
  | { page: 'prevention' }
  | { page: 'quiz' }
  /** A quiz question, shown with its answer on the search page itself (the quiz start would not show it). */
  | { page: 'question'; id: string }

export interface SearchEntry {
  /** Unique and stable, e.g. "tip:order-brushing"; usable as a list key. */
  key: string
  kind: SearchKind
  target: SearchTarget
  title: string
  text: string
  /** Precomputed by fold(), the same length as title / text so match positions map back one to one. */
  titleFolded: string
  textFolded: string
  /** Position in content order, the last tie-breaker. */
  order: number
}

export interface HighlightSegment {
  text: string
  match: boolean
}

export interface SearchResult {
  key: string
  kind: SearchKind
  target: SearchTarget
  title: string
  titleSegments: HighlightSegment[]
  /**
   * Part of the text around the first match, '…' where cut; joined, the segments' text is the snippet. None when it
   * says nothing the title does not.
   */
  snippet: HighlightSegment[]
}

export interface SearchGroup {
  kind: SearchKind
  label: string
  results: SearchResult[]
}

/** Characters of context kept on each side of the first match. */
const SNIPPET_CONTEXT = 20
/** Keeps a page's result list (and the data sent to render it) bounded. */
const DEFAULT_LIMIT = 100
const ELLIPSIS = '…'

/** A category's sections, in the order their entries are listed. */
const CATEGORY_SECTIONS = [
  ['tip', '反诈提示'],
  ['method', '诈骗方式'],
  ['case', '诈骗案例']
] as const

/** The content's characters in traditional form, as the simplified ones the content writes (simplifiedCodes). */
const SIMPLIFIED = simplifiedCodes(searchTraditionalJson)

/**
 * A query folded (fold) with its traditional characters as the content writes them: 詐騙 finds what 诈骗 finds
 * (round 52's trial: 詐騙, 轉賬 and 刷單 found nothing, while 风险自测 read them). Keeps the length.
 */
function foldQuery(query: string): string {
  const folded = fold(query)
  let out = ''
  for (let i = 0; i < folded.length; i++) {
    const code = folded.charCodeAt(i)
    out += String.fromCharCode(SIMPLIFIED[code] || code)
  }
  return out
}

/**
 * Folds the query into distinct terms, split at spaces and punctuation: voice input ends "刷单。" or "刷单？", which
 * must find what "刷单" finds (a new user's trial: 8 results, then 1).
 */
export function parseQuery(query: string): string[] {
  const terms = [...foldQuery(query)]
    .map((c) => (NOT_IN_WORDS.has(c) || /\s/.test(c) ? ' ' : c))
    .join('')
    .split(' ')
    .filter((t) => t !== '')
  return Array.from(new Set(terms))
}

type EntryInput = Omit<SearchEntry, 'titleFolded' | 'textFolded' | 'order'>

export function buildSearchIndex(
  brochure: BrochureContent,
  questions: readonly QuizQuestion[]
): SearchEntry[] {
  const raw: EntryInput[] = []
  // Paragraphs joined by a space: one result per section, not one per paragraph of the same section.
  const join = (paragraphs: string[]) => paragraphs.join(' ')

  brochure.categories.forEach((c) => {
    const at = (section: 'method' | 'case' | 'tip'): SearchTarget => ({ page: 'category', id: c.id, section })
    raw.push({
      key: `category:${c.id}`,
      kind: 'category',
      target: { page: 'category', id: c.id },
      title: c.name,
      text: c.name
    })
    for (const [section, label] of CATEGORY_SECTIONS) {
      raw.push({
        key: `${section}:${c.id}`,
        kind: section,
        target: at(section),
        title: `${c.name} · ${label}`,
        text: join(c[section])
      })
    }
  })

  const h = brochure.hotline
  // Under 如何防范: the number to know is part of protecting yourself, and "96110" must find it.
  raw.push({
    key: 'rule:hotline',
    kind: 'rule',
    target: { page: 'prevention' },
    title: `${h.heading} ${h.number}`,
    text: h.description
  })

  brochure.rules.forEach((r) => {
    // The name is part of the text, as the brochure prints it ("不轻信：…"), so "不轻信" finds it with a snippet.
    raw.push({
      key: `rule:${r.id}`,
      kind: 'rule',
      target: { page: 'prevention' },
      title: `如何防范 · ${r.name}`,
      text: `${r.name}：${r.text}`
    })
  })

  const cc = brochure.cardCrackdown
  const crackdown: SearchTarget = { page: 'prevention' }
  raw.push({
    key: 'crackdown:statement',
    kind: 'crackdown',
    target: crackdown,
    title: cc.title,
    text: `${cc.reminder} ${cc.statement}`
  })
  raw.push({
    key: 'crackdown:penalties',
    kind: 'crackdown',
    target: crackdown,
    title: `${cc.title} · ${cc.penaltiesTitle}`,
    text: join(cc.penalties)
  })
  raw.push({
    key: 'crackdown:liability',
    kind: 'crackdown',
    target: crackdown,
    title: `${cc.title} · ${cc.liabilityTitle}`,
    text: cc.liability
  })

  const n = brochure.notice
  const notice: SearchTarget = { page: 'prevention' }
  // The notice's points are long and separate: one result per point points at the right one.
  const noticeParts: [string, string][] = [
    ['preamble', n.preamble],
    ...n.points.map((p, i): [string, string] => [`point-${i + 1}`, p]),
    ['closing', n.closing]
  ]
  noticeParts.forEach(([part, text]) => {
    raw.push({ key: `notice:${part}`, kind: 'notice', target: notice, title: n.title, text })
  })

  questions.forEach((q) => {
    // A true-false prompt whose answer is 错 is a false claim ("96110是骗子常用的号码"): out of its question it
    // would teach the opposite of the truth, so it is not listed.
    if (q.kind === 'true-false' && q.options[q.answer] !== '对') return
    // The prompt only: options and explanation would give answers away in the result list.
    raw.push({
      key: `question:${q.id}`,
      kind: 'question',
      target: { page: 'question', id: q.id },
      title: '反诈测验',
      text: q.prompt
    })
  })

  return raw.map((e, order) => ({ ...e, titleFolded: fold(e.title), textFolded: fold(e.text), order }))
}

interface Range {
  start: number
  end: number
}

/** Every occurrence of every term starting before `to` and ending after `from`, merged where they overlap or touch. */
function matchRanges(folded: string, terms: string[], from: number, to: number): Range[] {
  const ranges: Range[] = []
  for (const term of terms) {
    let i = folded.indexOf(term, Math.max(0, from - term.length + 1))
    while (i !== -1 && i < to) {
      ranges.push({ start: Math.max(i, from), end: i + term.length })
      i = folded.indexOf(term, i + 1)
    }
  }
  ranges.sort((a, b) => a.start - b.start || b.end - a.end)
  const merged: Range[] = []
  for (const r of ranges) {
    const last = merged[merged.length - 1]
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end)
    else merged.push({ ...r })
  }
  return merged
}

function segments(
  text: string,
  folded: string,
  terms: string[],
  from: number,
  to: number
): HighlightSegment[] {
  const out: HighlightSegment[] = []
  const push = (s: string, match: boolean) => {
    if (s === '') return
    const last = out[out.length - 1]
    if (last && last.match === match) last.text += s
    else out.push({ text: s, match })
  }
  const ranges = matchRanges(folded, terms, from, to)
  // A match running past the cut is shown whole rather than half highlighted.
  const end = ranges.length > 0 ? Math.max(to, ranges[ranges.length - 1].end) : to
  if (from > 0) push(ELLIPSIS, false)
  let at = from
  for (const r of ranges) {
    push(text.slice(at, r.start), false)
    push(text.slice(r.start, r.end), true)
    at = r.end
  }
  push(text.slice(at, end), false)
  if (end < text.length) push(ELLIPSIS, false)
  return out
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff

/** A window of about SNIPPET_CONTEXT characters each side of the match, never splitting a surrogate pair. */
function snippetWindow(text: string, matchAt: number, matchLength: number): Range {
  const width = 2 * SNIPPET_CONTEXT + matchLength
  let start = Math.max(0, matchAt - SNIPPET_CONTEXT)
  let end = Math.min(text.length, start + width)
  // Near the end, spend the unused context on the left so snippets keep a similar length.
  start = Math.max(0, end - width)
  if (start > 0 && isLowSurrogate(text.charCodeAt(start))) start--
  if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end++
  return { start, end }
}

function toResult(entry: SearchEntry, terms: string[], matchAt: number, matchLength: number): SearchResult {
  // A match only in the title shows the start of the text.
  const window =
    matchAt >= 0 ? snippetWindow(entry.text, matchAt, matchLength) : snippetWindow(entry.text, 0, 0)
  const snippet = segments(entry.text, entry.textFolded, terms, window.start, window.end)
  // A snippet that says only what the title says is left out: a 诈骗类型 hit printed its name twice, bold and grey
  // (round 61's tester: "冒充领导、熟人诈骗 / 冒充领导、熟人诈骗").
  const said = snippet
    .map((segment) => segment.text)
    .join('')
    .replace(/…/g, '')
    .trim()
  return {
    key: entry.key,
    kind: entry.kind,
    target: entry.target,
    title: entry.title,
    titleSegments: segments(entry.title, entry.titleFolded, terms, 0, entry.title.length),
    snippet: entry.title.includes(said) ? [] : snippet
  }
}

/** Whether an entry's title or text holds a folded term. */
function holds(entry: SearchEntry, term: string): boolean {
  return entry.textFolded.includes(term) || entry.titleFolded.includes(term)
}

/**
 * Entries holding every term (`needs` 'all') or any of them ('any') in their title or text. Sorted by how many terms
 * they hold, then by how many characters those terms have (for "冒充客服退款", 客服退款 says more than 冒充), then by
 * kind in SEARCH_KIND_ORDER, then by how early the first match is in the text (title-only matches last), then content
 * order; each result highlights the terms around its first match (the longer term when two start there).
 */
function rankedResults(
  index: readonly SearchEntry[],
  terms: readonly string[],
  needs: 'all' | 'any',
  limit: number
): SearchResult[] {
  if (terms.length === 0 || limit <= 0) return []
  const hits: {
    entry: SearchEntry
    matched: number
    chars: number
    at: number
    length: number
    rank: number
  }[] = []
  for (const entry of index) {
    let matched = 0
    let chars = 0
    let at = -1
    let length = 0
    for (const term of terms) {
      const i = entry.textFolded.indexOf(term)
      if (i === -1 && !entry.titleFolded.includes(term)) continue
      matched++
      chars += term.length
      if (i !== -1 && (at === -1 || i < at || (i === at && term.length > length))) {
        at = i
        length = term.length
      }
    }
    if (needs === 'all' ? matched === terms.length : matched > 0)
      hits.push({ entry, matched, chars, at, length, rank: SEARCH_KIND_ORDER.indexOf(entry.kind) })
  }
  hits.sort(
    (a, b) =>
      b.matched - a.matched ||
      b.chars - a.chars ||
      a.rank - b.rank ||
      (a.at === -1 ? Infinity : a.at) - (b.at === -1 ? Infinity : b.at) ||
      a.entry.order - b.entry.order
  )
  return hits.slice(0, limit).map((h) => toResult(h.entry, [...terms], h.at, h.length))
}

/**
 * Entries holding every term (AND) in their title or text. Sorted by kind in SEARCH_KIND_ORDER, then by how
 * early the first match is in the text (title-only matches last), then content order. Empty query → [].
 */
export function searchContent(
  index: readonly SearchEntry[],
  query: string,
  limit = DEFAULT_LIMIT
): SearchResult[] {
  return rankedResults(index, parseQuery(query), 'all', limit)
}

/** A word that appears in more than this share of the entries says nothing about what a question is about. */
const TELLING_SHARE = 0.25
/** The longest piece of a question looked up as one word, in characters. */
const LONGEST_WORD = 6
const NOT_IN_WORDS = new Set([...' \t\n，。、：；“”！？,.?!:;\'"（）()'])
/** A run of Latin letters or digits, as wordsInQuestion tests a piece and its neighbours. */
const LATIN = /^[a-z0-9]+$/

/**
 * How a person frames a question, not what it is about: "有人打电话说…怎么办", "…是真的吗". Left out before the
 * question's words are looked up, or "怎么办" and "打电话说" rank quiz questions about customer service above what the
 * question is about, and "真的" finds "信以为真的" (a new user's questions, round 18).
 */
const QUESTION_FRAMES = [
  '是不是真的',
  '是真的吗',
  '真的假的',
  '真的吗',
  '是不是骗子',
  '是不是骗人',
  '是骗子吗',
  '是骗局吗',
  '怎么回事',
  '怎么办',
  '怎么样',
  '可信吗',
  '靠谱吗',
  '能信吗',
  '是不是',
  '打电话说',
  '发短信说',
  '发消息说',
  '发微信说',
  '跟我说',
  '对我说',
  '有人'
]

/**
 * The words of a question that the content uses, for a query that finds nothing as a whole, as an older person
 * asks: "骗子让我转账怎么办" → 骗子, 转账; "冒充警察" → 冒充, 警察. How it is asked (QUESTION_FRAMES: 怎么办, 是真的吗)
 * is left out. Greedily the longest pieces of 2–6 characters found in at least one entry (title or text) and in at
 * most a quarter of them, without overlaps; in the order the question has them. Empty when none is found. A query
 * is at most 50 characters (the search box), so this is a few hundred substring scans of the index.
 */
export function wordsInQuestion(index: readonly SearchEntry[], query: string): string[] {
  const unframed = QUESTION_FRAMES.reduce((text, frame) => text.split(frame).join(' '), foldQuery(query))
  const chars = Array.from(unframed)
  // A word never runs across a stop, a space or a left-out frame.
  const taken = chars.map((c) => NOT_IN_WORDS.has(c))
  const most = Math.max(1, Math.floor(index.length * TELLING_SHARE))
  const found: { at: number; word: string }[] = []
  for (let length = Math.min(LONGEST_WORD, chars.length); length >= 2; length--) {
    for (let at = 0; at + length <= chars.length; at++) {
      if (taken.slice(at, at + length).some(Boolean)) continue
      const word = chars.slice(at, at + length).join('')
      // Letters and digits count only as a whole run ("ETC", not the "rt" of "qwerty").
      if (LATIN.test(word) && (LATIN.test(chars[at - 1] ?? '') || LATIN.test(chars[at + length] ?? '')))
        continue
      let entries = 0
      for (const entry of index) {
        if (holds(entry, word)) entries++
        if (entries > most) break
      }
      if (entries === 0 || entries > most) continue
      found.push({ at, word })
      taken.fill(true, at, at + length)
    }
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.word)
}

/**
 * Entries holding any of `words` (OR), most words first, then as searchContent orders them; the words are
 * highlighted. For wordsInQuestion's words, when the whole question found nothing.
 */
export function searchAnyWord(
  index: readonly SearchEntry[],
  words: readonly string[],
  limit = DEFAULT_LIMIT
): SearchResult[] {
  return rankedResults(index, words, 'any', limit)
}

/** Results in groups for display, in SEARCH_KIND_ORDER; empty groups left out. */
export function groupResults(results: readonly SearchResult[]): SearchGroup[] {
  return SEARCH_KIND_ORDER.map((kind) => ({
    kind,
    label: SEARCH_KIND_LABELS[kind],
    results: results.filter((r) => r.kind === kind)
  })).filter((g) => g.results.length > 0)
}

/**
 * Characters typed on purpose, never as a slip for another: pronouns and particles. "我被骗了" is no typo of
 * "道被骗了" (trial 13, which found that nonsense "correction"); the words of the question are searched instead.
 */
const NEVER_A_TYPO = new Set([...'我你您他她它咱们的了吗呢吧啊呀么'])

/**
 * Words of a query that are one character off a word of the content ("验正码" → "验证码", "杀猪般" → "杀猪盘"),
 * for a query that found nothing. Each term of 3 or more characters missing from the content is replaced by
 * the substring of the same length, differing in exactly one position, that occurs most often (ties: the first
 * in content order). Shorter terms are left alone: one changed character of two leaves too little to go on; so is
 * a pronoun or a particle (NEVER_A_TYPO). Longer ones too (LONGEST_TYPO_WORD): they are phrases, read by their words
 * (wordsInQuestion). Returns the corrected query, or null when no term needed or found a correction.
 */
/**
 * The longest term read as a mistyped word, in characters. "卡被冻结了" is a phrase: corrected, it became "户被冻结了"
 * (a new user's trial), a different thing; its words find what it is about.
 */
const LONGEST_TYPO_WORD = 4

export function correctTypos(index: readonly SearchEntry[], query: string): string | null {
  const terms = parseQuery(query)
  let changed = false
  const corrected = terms.map((term) => {
    const chars = Array.from(term)
    if (chars.length < 3 || chars.length > LONGEST_TYPO_WORD || index.some((e) => holds(e, term))) return term
    const counts = new Map<string, number>()
    for (const entry of index) {
      for (const text of [entry.titleFolded, entry.textFolded]) {
        const all = Array.from(text)
        for (let i = 0; i + chars.length <= all.length; i++) {
          let differences = 0
          let slip = ''
          for (let j = 0; j < chars.length && differences < 2; j++)
            if (all[i + j] !== chars[j]) {
              differences++
              slip = chars[j]
            }
          if (differences === 1 && !NEVER_A_TYPO.has(slip)) {
            const candidate = all.slice(i, i + chars.length).join('')
            if (!/[\s，。、：；“”！？,.]/.test(candidate))
              counts.set(candidate, (counts.get(candidate) ?? 0) + 1)
          }
        }
      }
    }
    let best: string | null = null
    for (const [candidate, count] of counts)
      if (best === null || count > (counts.get(best) ?? 0)) best = candidate
    if (best === null) return term
    changed = true
    return best
  })
  return changed ? corrected.join(' ') : null
}

/** A fraud category an everyday word leads to, with the brochure's words that tie them together. */
export interface EverydaySuggestion {
  category: CategoryId
  /** Words of this category's brochure text (name, 诈骗方式, 案例 or 提示) that make the link; checked by tests. */
  because: string
}

/**
 * Everyday words people search for that the brochure does not use, mapped to the categories whose brochure
 * text covers them. Each link rests on the quoted brochure words, e.g. a pension is savings, and the
 * 虚假投资理财诈骗 section says scammers "利用市民的理财需求".
 */
export const EVERYDAY_WORDS: Readonly<Record<string, readonly EverydaySuggestion[]>> = {
  养老: [
    { category: 'fake-investment', because: '利用市民的理财需求' },
    { category: 'fake-shopping', because: '以优惠、低价等方式为诱饵' }
  ],
  退休金: [
    { category: 'fake-investment', because: '利用市民的理财需求' },
    { category: 'impersonating-officials', because: '冒充公检法及政府机关' }
  ],
  存款: [
    { category: 'fake-investment', because: '利用市民的理财需求' },
    { category: 'impersonating-officials', because: '要求受害人将钱转至“安全账户”' }
  ],
  医保: [{ category: 'impersonating-officials', because: '冒充公检法及政府机关' }],
  社保: [{ category: 'impersonating-officials', because: '冒充公检法及政府机关' }],
  保健品: [{ category: 'fake-shopping', because: '发布商品广告信息' }],
  网购: [
    { category: 'fake-shopping', because: '发布商品广告信息' },
    { category: 'fake-customer-service', because: '假冒“卖家”主动提出退款' }
  ],
  快递: [
    { category: 'fake-customer-service', because: '以理赔需要认证授权、支付信用不足无法到账等为由' },
    { category: 'fake-shopping', because: '发布商品广告信息' }
  ],
  包裹: [{ category: 'fake-customer-service', because: '以理赔需要认证授权、支付信用不足无法到账等为由' }],
  相亲: [{ category: 'pig-butchering', because: '通过婚恋平台、社交软件等方式寻找潜在受害人' }],
  借钱: [{ category: 'impersonating-leaders', because: '以急需用钱、自己不方便转账为由' }],
  // A new user's searches (round 22): what the scammer claims to be, not the brochure's category name.
  警察: [{ category: 'impersonating-officials', because: '谎称受害人涉嫌贩毒、洗钱等案件，并伪造警官证' }],
  公安: [{ category: 'impersonating-officials', because: '冒充公检法及政府机关' }],
  洗钱: [{ category: 'impersonating-officials', because: '谎称受害人涉嫌贩毒、洗钱等案件' }],
  涉嫌: [{ category: 'impersonating-officials', because: '谎称受害人涉嫌贩毒、洗钱等案件' }],
  换脸: [{ category: 'impersonating-leaders', because: '冒充领导、熟人诈骗' }],
  儿子: [{ category: 'impersonating-leaders', because: '冒充领导、熟人诈骗' }],
  孙子: [{ category: 'impersonating-leaders', because: '冒充领导、熟人诈骗' }]
}

/** The categories suggested for the everyday words in a query, each once, in the order the words map them. */
export function suggestCategories(query: string): CategoryId[] {
  const folded = foldQuery(query)
  const found: CategoryId[] = []
  for (const [word, suggestions] of Object.entries(EVERYDAY_WORDS)) {
    if (!folded.includes(word)) continue
    for (const s of suggestions) if (!found.includes(s.category)) found.push(s.category)
  }
  return found
}

/**
 * Words of someone who has been cheated, or wants the police: 被骗, 上当, 骗了, 报警, 钱没了, 追回, 被盗. Search
 * then offers 已经被骗了？看看该怎么办 and the calls, 110 first, above whatever it found: trial 13 searched 被骗了 and
 * 报警 and got brochure lines but no way to act.
 */
const CHEATED = /被骗|上当|骗了|报警|钱没了|追回|被盗/

/** True when the query says its writer has been cheated or wants the police (CHEATED). */
export function saysCheated(query: string): boolean {
  return CHEATED.test(foldQuery(query))
}
