/**
 * The checks of src/data/risk-signals.json and scam-wording.json: every record against its type, every pattern
 * against catastrophic backtracking and old engines, naming the file, record and field of the first problem.
 * They run in the tests and before every build (scripts/check-content.mjs), never in the app: the shipped JSON
 * cannot change after the build. Plain TypeScript, no Node or Taro APIs.
 */
import { CATEGORY_IDS, RULE_IDS } from '@/data/ids'
import type { BrochureContent } from '#types/content'
import { SIGNAL_IDS, SIGNAL_KINDS } from '@/domain/riskCheck/signalIds'
import type {
  OfficialDomains,
  RiskSignal,
  RiskSignalData,
  SchemeTopic,
  Situation,
  WordingModel
} from '#types/check'
import {
  fail,
  isObject,
  isText,
  onlyFields,
  requireArray,
  requireOneOf,
  requireString,
  ROOT,
  show,
  validateUniqueRecords,
  type Obj,
  type Where
} from '../../data/validation'
import { brochure } from '../../data/index'
import { forEachPair, WEIGHT_DIGITS } from './wording'

/** Bounded gaps keep every match attempt short, however long the pasted text is. */
const MAX_PATTERN_REPEAT = 40

/**
 * Why a pattern source is unsafe, or null. Unbounded repeats (*, +, {n,}) could backtrack for ages on a
 * long paste; lookbehind and named groups do not compile on older iOS WeChat engines; a pattern that
 * matches the empty string would flag every message.
 */
export function patternProblem(source: string): string | null {
  try {
    const re = new RegExp(source, 'i')
    if (re.test('')) return 'matches the empty string'
  } catch (e) {
    return `is not a valid RegExp (${e instanceof Error ? e.message : String(e)})`
  }
  let inClass = false
  for (let i = 0; i < source.length; i++) {
    const c = source[i]
    if (c === '\\') {
      if (/[1-9k]/.test(source[i + 1] ?? '')) return 'uses a backreference'
      i++
      continue
    }
    if (inClass) {
      if (c === ']') inClass = false
      continue
    }
    if (c === '[') inClass = true
    else if (c === '*' || c === '+') return `has an unbounded repeat "${c}"`
    else if (c === '(' && source.startsWith('(?<', i)) return 'uses lookbehind or a named group'
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i))
      if (!m) continue
      if (m[2] !== undefined && m[3] === '') return `has an unbounded repeat "${m[0]}"`
      const max = Number(m[3] ?? m[1])
      if (max > MAX_PATTERN_REPEAT) return `repeats up to ${max}, more than ${MAX_PATTERN_REPEAT}`
    }
  }
  return null
}

function requireWords(obj: Obj, field: string, w: Where, allowEmpty = false): string[] {
  const list = obj[field]
  if (!Array.isArray(list) || (!allowEmpty && list.length === 0)) {
    fail(w, field, allowEmpty ? 'must be an array' : 'must be a non-empty array')
  }
  list.forEach((word: unknown, i: number) => {
    if (!isText(word)) fail(w, `${field}[${i}]`, 'must be a non-empty string')
  })
  return list as string[]
}

function validateSignal(obj: Obj, w: Where): RiskSignal {
  onlyFields(obj, ['id', 'kind', 'label', 'terms', 'notInside', 'patterns', 'scoredBy', 'rule', 'source'], w)
  requireOneOf(obj, 'id', SIGNAL_IDS, w, 'signal id')
  requireOneOf(obj, 'kind', SIGNAL_KINDS, w, 'kind')
  if (!String(obj.id).startsWith(`${String(obj.kind)}-`)) fail(w, 'kind', `does not match id ${show(obj.id)}`)
  requireString(obj, 'label', w)
  const terms = requireWords(obj, 'terms', w, true)
  if (obj.notInside !== undefined) requireWords(obj, 'notInside', w)
  const patterns = obj.patterns === undefined ? [] : requireWords(obj, 'patterns', w)
  patterns.forEach((p, i) => {
    const problem = patternProblem(p)
    if (problem) fail(w, `patterns[${i}]`, `${show(p)} ${problem}`)
  })
  if (obj.scoredBy !== undefined) {
    requireOneOf(obj, 'scoredBy', ['wording', 'official-lookalike'], w, 'scorer')
    if (terms.length > 0 || patterns.length > 0) fail(w, 'scoredBy', 'goes with empty terms and patterns')
  } else if (terms.length === 0 && patterns.length === 0) fail(w, 'terms', 'and patterns are both empty')
  requireOneOf(obj, 'rule', RULE_IDS, w, 'rule')
  requireString(obj, 'source', w)
  return obj as unknown as RiskSignal
}

function validateTopic(obj: Obj, w: Where, content: BrochureContent): SchemeTopic {
  onlyFields(obj, ['id', 'category', 'name', 'terms', 'notInside', 'tip', 'closest', 'source'], w)
  requireOneOf(obj, 'category', [...CATEGORY_IDS, null], w, 'category')
  requireString(obj, 'name', w)
  requireWords(obj, 'terms', w)
  if (obj.notInside !== undefined) requireWords(obj, 'notInside', w)
  if (obj.tip !== undefined) requireString(obj, 'tip', w)
  if (obj.closest !== undefined) validateClosest(obj, w, content)
  requireString(obj, 'source', w)
  return obj as unknown as SchemeTopic
}

/** Only a kind the brochure does not list has a closest category, and what it quotes must be the brochure's. */
function validateClosest(obj: Obj, w: Where, content: BrochureContent): void {
  const closest = obj.closest
  if (obj.category !== null) fail(w, 'closest', 'is only for a kind with category null')
  if (!isObject(closest)) fail(w, 'closest', 'must be an object')
  onlyFields(closest, ['category', 'shared'], w)
  requireOneOf(closest, 'category', CATEGORY_IDS, w, 'category')
  requireString(closest, 'shared', w)
  const category = content.categories.find((c) => c.id === closest.category)
  const said = [...(category?.method ?? []), ...(category?.tip ?? [])]
  if (!said.some((paragraph) => paragraph.includes(closest.shared as string)))
    fail(
      w,
      'closest',
      `${show(closest.shared)} is not in the 诈骗方式 or 反诈提示 of ${show(closest.category)}`
    )
}

function validateSituation(obj: Obj, w: Where): Situation {
  onlyFields(obj, ['id', 'label', 'signalId', 'topic'], w)
  requireString(obj, 'label', w)
  requireOneOf(obj, 'signalId', SIGNAL_IDS, w, 'signal id')
  if (obj.topic !== undefined) requireString(obj, 'topic', w)
  return obj as unknown as Situation
}

/** Checks every record: an object, a unique non-empty id, then its own fields; every signal id once. */
export function validateRiskSignals(
  raw: unknown,
  file = 'risk-signals.json',
  content: BrochureContent = brochure
): RiskSignalData {
  const rootWhere = { file, record: ROOT }
  if (!isObject(raw)) fail(rootWhere, ROOT, 'must be an object')
  onlyFields(raw, ['signals', 'topics', 'situations', 'officialDomains'], rootWhere)
  const signals = validateUniqueRecords(
    requireArray(raw, 'signals', rootWhere),
    'signals',
    file,
    validateSignal
  )
  const missing = SIGNAL_IDS.filter((id) => !signals.some((s) => s.id === id))
  if (missing.length > 0) fail(rootWhere, 'signals', `lacks ${missing.map(show).join(', ')}`)
  const topics = validateUniqueRecords(requireArray(raw, 'topics', rootWhere), 'topics', file, (obj, w) =>
    validateTopic(obj, w, content)
  )
  const situations = validateUniqueRecords(
    requireArray(raw, 'situations', rootWhere),
    'situations',
    file,
    validateSituation
  )
  situations.forEach((s, i) => {
    if (s.topic !== undefined && !topics.some((t) => t.id === s.topic))
      fail({ file, record: `situations[${i}] (${s.id})` }, 'topic', `${show(s.topic)} is not a topic id`)
  })
  const official = raw.officialDomains
  if (!isObject(official)) fail(rootWhere, 'officialDomains', 'must be an object')
  const officialWhere = { file, record: 'officialDomains' }
  onlyFields(official, ['domains', 'source'], officialWhere)
  requireString(official, 'source', officialWhere)
  const domains = requireWords(official, 'domains', officialWhere)
  for (const domain of domains) {
    if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(domain))
      fail(officialWhere, 'domains', `${show(domain)} must be a lower-case domain such as 12306.cn`)
  }
  return { signals, topics, situations, officialDomains: official as unknown as OfficialDomains }
}

/**
 * Checks the wording model: a source, a finite threshold, a finite raise threshold no higher than it and a strong
 * threshold no lower, pairs
 * grouped by first character (WordingModel.pairs), and a weight digit (WEIGHT_DIGITS) for each pair, pairs distinct.
 * A broken file fails loudly, like the signals.
 */
export function validateWordingModel(raw: unknown, file = 'scam-wording.json'): WordingModel {
  const w = { file, record: ROOT }
  if (!isObject(raw)) fail(w, ROOT, 'must be an object')
  onlyFields(raw, ['source', 'threshold', 'raiseThreshold', 'strongThreshold', 'pairs', 'weights'], w)
  requireString(raw, 'source', w)
  if (typeof raw.threshold !== 'number' || !Number.isFinite(raw.threshold))
    fail(w, 'threshold', 'must be a number')
  if (
    typeof raw.raiseThreshold !== 'number' ||
    !Number.isFinite(raw.raiseThreshold) ||
    raw.raiseThreshold > raw.threshold
  )
    fail(w, 'raiseThreshold', 'must be a number no higher than threshold')
  if (
    typeof raw.strongThreshold !== 'number' ||
    !Number.isFinite(raw.strongThreshold) ||
    raw.strongThreshold < raw.threshold
  )
    fail(w, 'strongThreshold', 'must be a number no lower than threshold')
  const { pairs, weights } = raw
  if (typeof pairs !== 'string') fail(w, 'pairs', 'must be a string')
  if (typeof weights !== 'string') fail(w, 'weights', 'must be a string')
  const all: string[] = []
  const read = forEachPair(pairs, (first, second) => all.push(String.fromCharCode(first, second)))
  if (read !== pairs.length)
    fail(
      w,
      'pairs',
      `the group at ${read} must be a first character, a count and that many second characters`
    )
  if (all.length !== weights.length)
    fail(w, 'pairs', `hold ${all.length} pairs for ${weights.length} weights`)
  const seen = new Set<string>()
  all.forEach((pair, k) => {
    if (seen.has(pair)) fail(w, `pairs[${k}]`, `${show(pair)} is there twice`)
    seen.add(pair)
    if (!WEIGHT_DIGITS.includes(weights[k]))
      fail(w, `weights[${k}]`, `the weight of ${show(pair)} must be one of WEIGHT_DIGITS`)
  })
  return raw as unknown as WordingModel
}
