/**
 * The checks of the 帮家人把关 drills (drills.json): unique ids, known categories and rules, a right answer, a
 * brochure source. They run in the tests and before every build (scripts/check-content.mjs), not in the app:
 * ./drill.ts only loads the file.
 */
import { CATEGORY_IDS, RULE_IDS } from '@/data/ids'
import type { BrochureContent } from '#types/content'
import type { HelperDrill } from '#types/learning'
import { brochure } from './index'
import {
  fail,
  get,
  onlyFields,
  requireOneOf,
  requireString,
  requireStringArray,
  ROOT,
  show,
  validateUniqueRecords,
  type Obj,
  type Where
} from './validation'
import { allowedSources } from './scenarioChecks'

/** Family roles a drill may name: a relative, never a person's name. */
const RELATIVES = [
  '妈妈',
  '爸爸',
  '奶奶',
  '爷爷',
  '外婆',
  '外公',
  '姑姑',
  '舅舅',
  '叔叔',
  '姐姐',
  '妹妹',
  '弟弟',
  '表弟'
]

function validateDrill(obj: Obj, w: Where, content: BrochureContent): HelperDrill {
  onlyFields(
    obj,
    [
      'id',
      'category',
      'rule',
      'channel',
      'relative',
      'message',
      'options',
      'answer',
      'redFlag',
      'explanation'
    ],
    w
  )
  const categoryId = requireOneOf(obj, 'category', CATEGORY_IDS, w, 'category')
  requireOneOf(obj, 'rule', RULE_IDS, w, 'rule')
  requireOneOf(obj, 'channel', ['sms', 'call', 'chat'] as const, w, 'channel')
  requireOneOf(obj, 'relative', RELATIVES, w, 'relative')
  requireString(obj, 'message', w)
  const options = requireStringArray(obj, 'options', w)
  if (options.length < 2 || options.length > 4)
    fail(w, 'options', `must have 2–4 options, has ${options.length}`)
  if (new Set(options).size !== options.length) fail(w, 'options', 'must not repeat an option')
  const answer = get(obj, 'answer')
  if (typeof answer !== 'number' || !Number.isInteger(answer) || answer < 0 || answer >= options.length) {
    fail(w, 'answer', `must be an option index from 0 to ${options.length - 1}, got ${show(answer)}`)
  }
  requireString(obj, 'redFlag', w)
  const explanation = requireString(obj, 'explanation', w)
  const category = content.categories.find((c) => c.id === categoryId)
  // Like the quiz: every explanation ends by naming where in the brochure it comes from.
  if (!category || !allowedSources(category, content).some((s) => explanation.endsWith(`（出自${s}）`))) {
    fail(w, 'explanation', 'must end with its brochure source, e.g. （出自「网络贷款诈骗」反诈提示）')
  }
  return obj as unknown as HelperDrill
}

/** Validates the drills: unique ids, known categories and rules, a right answer, a brochure source. */
export function validateDrills(
  raw: unknown,
  content: BrochureContent = brochure,
  file = 'drills.json'
): HelperDrill[] {
  if (!Array.isArray(raw)) fail({ file, record: ROOT }, ROOT, 'must be an array of drills')
  return validateUniqueRecords(raw, '', file, (obj, w) => validateDrill(obj, w, content))
}
