/**
 * 风险自测: finds the brochure's red flags in a pasted message or described call, plus the ticked
 * situations, and answers a verdict. PURE: no Taro, no platform APIs, never throws on odd input.
 * It never says "safe": the best it can say is that it found none of the signs it knows.
 */
import { CATEGORY_IDS, RULE_IDS } from '../../types/content'
import type { CategoryId, RuleId } from '../../types/content'
import type {
  CheckInput,
  CheckResult,
  CheckVerdict,
  FixtureRates,
  FlagHit,
  LabelledMessage,
  RedFlag,
  Situation
} from '../../types/check'

/** Longer pastes are read up to here: enough for any message, and keeps the work bounded. */
export const MAX_INPUT_CHARS = 5000
const MAX_QUOTES_PER_FLAG = 3
const MAX_MATCHES_PER_PATTERN = 20
/** How far back a negation ("请勿…验证码") may stand from what it negates. */
const NEGATION_REACH = 10
/** How far after a match to look for "…的都是诈骗", the way warnings end. */
const WARNING_REACH = 24

const CLAUSE_BREAK = /[。！？!?；;，,、\n]/
const SENTENCE_BREAK = /[。！？!?；;\n]/
// Longest forms first, so a pattern's own leading "千万别" is seen as one word at the match start.
// Lookaheads keep words that merely contain a negation out: 可以免费, 不得不 (= must), 别人, 没收.
const NEGATION =
  /千万不要|千万别|切记不要|不需要|不存在|从来不|不要|不会|不能|不得(?!不)|不可|不用|不需|请勿|切勿|严禁|禁止|绝不|决不|从不|无需|无法|没有|没(?!收)|别(?![人的处])|勿|谨防|防止|以免(?!费)|避免|凡是/g
// "不要告诉家人" is how scammers demand secrecy, not a warning.
const NEGATION_EXCEPTION = /^.{0,2}(告诉|告知|声张|挂|外传|说出去)/
const WARNING_AFTER = /(都是|均为|均是|一律是?|全是|都属于)(诈骗|骗子|骗局)/

const SEVERITY_SCORE = { high: 3, medium: 1 } as const

interface Normalized {
  text: string
  /** Index in the original text of each normalized character. */
  origin: number[]
}

function isCjk(c: string | undefined): boolean {
  if (!c) return false
  const code = c.charCodeAt(0)
  return (
    (code >= 0x3400 && code <= 0x9fff) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0x3000 && code <= 0x303f) ||
    (code >= 0xff00 && code <= 0xffef) ||
    code === 0x201c ||
    code === 0x201d
  )
}

/** Full-width digits, letters and ％ to half-width: people and phones mix both. */
function halfWidth(c: string): string {
  const code = c.charCodeAt(0)
  const convert =
    (code >= 0xff10 && code <= 0xff19) ||
    (code >= 0xff21 && code <= 0xff3a) ||
    (code >= 0xff41 && code <= 0xff5a) ||
    code === 0xff05
  return convert ? String.fromCharCode(code - 0xfee0) : c
}

const SPACE = /[\s\u3000\u00a0]/

/**
 * Normalizes for matching and remembers where each character came from, so quotes can be cut from the
 * original. Whitespace between Chinese characters is dropped ("安全 账户"); elsewhere a run of it becomes
 * one space, or one line break if it held one.
 */
export function normalizeForMatching(raw: string): Normalized {
  const end = Math.min(raw.length, MAX_INPUT_CHARS)
  let text = ''
  const origin: number[] = []
  let i = 0
  while (i < end) {
    const c = raw[i]
    if (SPACE.test(c)) {
      let j = i
      let newlineAt = -1
      while (j < end && SPACE.test(raw[j])) {
        if (newlineAt < 0 && (raw[j] === '\n' || raw[j] === '\r')) newlineAt = j
        j++
      }
      const before = text[text.length - 1]
      const after = j < end ? halfWidth(raw[j]) : undefined
      if (!(isCjk(before) && isCjk(after)) && text.length > 0 && j < end) {
        text += newlineAt >= 0 ? '\n' : ' '
        origin.push(newlineAt >= 0 ? newlineAt : i)
      }
      i = j
      continue
    }
    text += halfWidth(c)
    origin.push(i)
    i++
  }
  return { text, origin }
}

const compiled = new WeakMap<RedFlag, RegExp[]>()

/** Compiled once per flag object; a pattern that fails to compile is skipped rather than thrown. */
function regexesOf(flag: RedFlag): RegExp[] {
  const cached = compiled.get(flag)
  if (cached) return cached
  const out: RegExp[] = []
  for (const source of Array.isArray(flag.patterns) ? flag.patterns : []) {
    try {
      out.push(new RegExp(source, 'gi'))
    } catch {
      // validateRedFlags reports it; the matcher must not break a page over one bad pattern.
    }
  }
  compiled.set(flag, out)
  return out
}

/**
 * A mention inside a warning is not a request: "请勿向任何人透露验证码", "不会要求您转账到安全账户",
 * "…提供验证码的都是诈骗". A negation at the very start of the match belongs to the pattern itself
 * ("不要告诉家人", "无法提现") and does not count.
 */
function isNegated(text: string, start: number, end: number): boolean {
  let from = start
  while (from > 0 && start - from < NEGATION_REACH && !CLAUSE_BREAK.test(text[from - 1])) from--
  const region = text.slice(from, end)
  NEGATION.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = NEGATION.exec(region)) !== null) {
    const at = from + m.index
    if (at === start) continue
    const rest = text.slice(at + m[0].length, at + m[0].length + 8)
    if (!NEGATION_EXCEPTION.test(rest)) return true
  }
  let to = end
  while (to < text.length && to - end < WARNING_REACH && !SENTENCE_BREAK.test(text[to])) to++
  return WARNING_AFTER.test(text.slice(end, to))
}

interface Found {
  flag: RedFlag
  quotes: string[]
  /** Position of the first match in the normalized text; Infinity for a tick-box-only hit. */
  first: number
  order: number
}

function findInText(norm: Normalized, original: string, flag: RedFlag, order: number): Found | null {
  const quotes: string[] = []
  let first = Infinity
  for (const re of regexesOf(flag)) {
    re.lastIndex = 0
    let m: RegExpExecArray | null
    let tries = 0
    while (tries < MAX_MATCHES_PER_PATTERN && (m = re.exec(norm.text)) !== null) {
      tries++
      if (m[0] === '') {
        re.lastIndex++
        continue
      }
      const start = m.index
      const end = start + m[0].length
      if (isNegated(norm.text, start, end)) continue
      first = Math.min(first, start)
      const quote = original.slice(norm.origin[start], norm.origin[end - 1] + 1)
      if (quotes.length < MAX_QUOTES_PER_FLAG && !quotes.includes(quote)) quotes.push(quote)
    }
  }
  return first === Infinity ? null : { flag, quotes, first, order }
}

function verdictOf(hits: FlagHit[]): CheckVerdict {
  if (hits.length === 0) return 'none-found'
  if (hits.length >= 2 || hits.some((h) => h.flag.severity === 'high')) return 'high-risk'
  return 'suspicious'
}

/** Categories by weight of their hits (high counts 3, medium 1); ties go to the one mentioned first. */
function rankCategories(found: Found[]): CategoryId[] {
  const score = new Map<CategoryId, { score: number; first: number }>()
  for (const f of found) {
    const id = f.flag.category
    if (!id || !(CATEGORY_IDS as readonly string[]).includes(id)) continue
    const s = score.get(id) ?? { score: 0, first: Infinity }
    s.score += SEVERITY_SCORE[f.flag.severity] ?? 1
    s.first = Math.min(s.first, f.first)
    score.set(id, s)
  }
  return Array.from(score.entries())
    .sort(
      ([a, x], [b, y]) =>
        y.score - x.score || x.first - y.first || CATEGORY_IDS.indexOf(a) - CATEGORY_IDS.indexOf(b)
    )
    .map(([id]) => id)
}

export function checkMessage(input: CheckInput, flags: RedFlag[], situations: Situation[]): CheckResult {
  const original = typeof input?.text === 'string' ? input.text : ''
  const ticked = Array.isArray(input?.situations) ? input.situations : []
  const flagList = Array.isArray(flags) ? flags : []
  const situationList = Array.isArray(situations) ? situations : []
  const norm = normalizeForMatching(original)

  const byId = new Map<string, Found>()
  flagList.forEach((flag, order) => {
    const f = norm.text ? findInText(norm, original, flag, order) : null
    if (f) byId.set(flag.id, f)
  })
  for (const id of ticked) {
    const situation = situationList.find((s) => s.id === id)
    if (!situation || byId.has(situation.flagId)) continue
    const order = flagList.findIndex((fl) => fl.id === situation.flagId)
    if (order >= 0) byId.set(situation.flagId, { flag: flagList[order], quotes: [], first: Infinity, order })
  }

  const found = Array.from(byId.values()).sort(
    (a, b) =>
      SEVERITY_SCORE[b.flag.severity] - SEVERITY_SCORE[a.flag.severity] ||
      a.first - b.first ||
      a.order - b.order
  )
  const hits: FlagHit[] = found.map((f) => ({ flag: f.flag, quotes: f.quotes }))
  const broken = new Set(found.map((f) => f.flag.rule))
  const rules: RuleId[] = RULE_IDS.filter((r) => broken.has(r))
  return { verdict: verdictOf(hits), hits, categories: rankCategories(found), rules }
}

/** The two numbers the benchmark prints: how many scams are flagged, and how many ordinary messages. */
export function rateOnFixtures(
  fixtures: LabelledMessage[],
  flags: RedFlag[],
  situations: Situation[]
): FixtureRates {
  let scams = 0
  let ordinary = 0
  let scamsFlagged = 0
  let ordinaryFlagged = 0
  for (const fx of fixtures) {
    const flagged =
      checkMessage({ text: fx.text, situations: fx.situations ?? [] }, flags, situations).verdict !==
      'none-found'
    if (fx.scam) {
      scams++
      if (flagged) scamsFlagged++
    } else {
      ordinary++
      if (flagged) ordinaryFlagged++
    }
  }
  return {
    scamRecall: scams ? scamsFlagged / scams : 0,
    ordinaryFlagRate: ordinary ? ordinaryFlagged / ordinary : 0,
    scams,
    ordinary
  }
}
