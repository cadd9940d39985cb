/**
 * Loads and checks src/data/red-flags.json once, when the module loads, so the matcher and the pages can
 * trust it. A broken file fails loudly with the file, record and field at fault.
 * Runs in the mini-program too: plain TypeScript, no Node or Taro APIs.
 */
import redFlagsJson from '../data/red-flags.json'
import {
  deepFreeze,
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
} from '../data/validation'
import { CATEGORY_IDS, RULE_IDS } from '../../types/content'
import type { RedFlag, RedFlagData, Situation } from '../../types/check'

const SEVERITIES = ['high', 'medium'] as const
/** Bounded gaps keep every match attempt short, however long the pasted text is. */
export const MAX_PATTERN_REPEAT = 40

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

function validateFlag(obj: Obj, w: Where): RedFlag {
  onlyFields(obj, ['id', 'label', 'patterns', 'category', 'rule', 'severity', 'source'], w)
  requireString(obj, 'label', w)
  const patterns = requireArray(obj, 'patterns', w)
  patterns.forEach((p, i) => {
    const field = `patterns[${i}]`
    if (!isText(p)) fail(w, field, 'must be a non-empty string')
    const problem = patternProblem(p)
    if (problem) fail(w, field, `${show(p)} ${problem}`)
  })
  requireOneOf(obj, 'category', [...CATEGORY_IDS, null], w, 'category')
  requireOneOf(obj, 'rule', RULE_IDS, w, 'rule')
  requireOneOf(obj, 'severity', SEVERITIES, w, 'severity')
  requireString(obj, 'source', w)
  return obj as unknown as RedFlag
}

function validateSituation(obj: Obj, w: Where, flagIds: ReadonlySet<string>): Situation {
  onlyFields(obj, ['id', 'label', 'flagId'], w)
  requireString(obj, 'label', w)
  const flagId = requireString(obj, 'flagId', w)
  if (!flagIds.has(flagId)) fail(w, 'flagId', `unknown flag ${show(flagId)}`)
  return obj as unknown as Situation
}

/** Checks every record of an array: an object, a unique non-empty id, then the record's own fields. */
export function validateRedFlags(raw: unknown, file = 'red-flags.json'): RedFlagData {
  const rootWhere = { file, record: ROOT }
  if (!isObject(raw)) fail(rootWhere, ROOT, 'must be an object')
  onlyFields(raw, ['flags', 'situations'], rootWhere)
  const flags = validateUniqueRecords(requireArray(raw, 'flags', rootWhere), 'flags', file, validateFlag)
  const flagIds = new Set(flags.map((f) => f.id))
  const situations = validateUniqueRecords(
    requireArray(raw, 'situations', rootWhere),
    'situations',
    file,
    (o, w) => validateSituation(o, w, flagIds)
  )
  return { flags, situations }
}

/** The shipped red flags and tick boxes, validated. */
export const redFlagData: RedFlagData = deepFreeze(validateRedFlags(redFlagsJson))
