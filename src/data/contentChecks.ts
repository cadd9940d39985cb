/**
 * The content checks: the brochure, the quiz bank, the help steps, the scenarios and the drills against their
 * types, naming the file, record and field of the first problem (ContentError). They run in the tests and before every build (scripts/check-content.mjs),
 * never in the app: the shipped JSON cannot change after the build, so checking it at each launch only cost
 * bytes in the main package and time at start. Plain TypeScript, no Node or Taro APIs.
 */
import { CATEGORY_IDS, RULE_IDS } from '@/data/ids'
import type {
  BrochureContent,
  FraudCategory,
  HelpStep,
  PreventionRule,
  QuestionCategory,
  QuizQuestion
} from '#types/content'
import { isFromBrochure } from './help'
import {
  ContentError,
  fail,
  get,
  isObject,
  isText,
  onlyFields,
  recordName,
  requireArray,
  requireObject,
  requireOneOf,
  requireString,
  requireStringArray,
  ROOT,
  show,
  validateUniqueRecords,
  type Obj,
  type Where
} from './validation'

export { ContentError }
// The learning content's checks live beside their loaders' data; run with the rest before every build.
export { validateScenarios } from './scenarioChecks'
export { validateDrills } from './drillChecks'

/** Requires the records' ids to be exactly `known`, once each, in that order. */
function requireIdSequence(ids: string[], known: readonly string[], file: string, arrayName: string): void {
  for (const id of known) {
    if (!ids.includes(id)) fail({ file, record: ROOT }, arrayName, `is missing ${show(id)}`)
  }
  ids.forEach((id, i) => {
    if (id !== known[i]) {
      fail(
        { file, record: `${arrayName}[${i}] (${id})` },
        'id',
        `is out of order: expected ${show(known[i])} here`
      )
    }
  })
}

/** Validates every record of an array field: known ids, no duplicates, then the exact sequence. */
function validateRecords<T>(
  items: unknown[],
  arrayName: string,
  known: readonly string[],
  file: string,
  validate: (item: Obj, w: Where) => T
): T[] {
  const seen = new Map<string, number>()
  const out = items.map((item, i) => {
    const w = { file, record: recordName(arrayName, i, item) }
    if (!isObject(item)) fail(w, ROOT, 'must be an object')
    const id = requireOneOf(item, 'id', known, w, 'id')
    const first = seen.get(id)
    if (first !== undefined) fail(w, 'id', `duplicate id ${show(id)} (also ${arrayName}[${first}])`)
    seen.set(id, i)
    return validate(item, w)
  })
  requireIdSequence(Array.from(seen.keys()), known, file, arrayName)
  return out
}

function validateCategory(obj: Obj, w: Where): FraudCategory {
  onlyFields(obj, ['id', 'name', 'method', 'case', 'tip', 'tipKeySentence', 'highlight'], w)
  requireString(obj, 'name', w)
  requireStringArray(obj, 'method', w)
  requireStringArray(obj, 'case', w)
  const tip = requireStringArray(obj, 'tip', w)
  const key = requireString(obj, 'tipKeySentence', w)
  // Share titles quote it as the brochure's words, so it must really be in the tip.
  if (!tip.some((p) => p.includes(key))) {
    fail(w, 'tipKeySentence', 'must be a verbatim part of a tip paragraph')
  }
  if (get(obj, 'highlight') !== undefined) requireStringArray(obj, 'highlight', w)
  return obj as unknown as FraudCategory
}

function validateRule(obj: Obj, w: Where): PreventionRule {
  onlyFields(obj, ['id', 'name', 'text'], w)
  requireString(obj, 'name', w)
  requireString(obj, 'text', w)
  return obj as unknown as PreventionRule
}

/** Checks that the named fields of a section are all non-empty strings (or string arrays) and nothing else. */
function validateSection(root: Obj, section: string, strings: string[], arrays: string[], file: string): Obj {
  const obj = requireObject(root, section, { file, record: ROOT })
  const w = { file, record: section }
  onlyFields(obj, [...strings, ...arrays], w)
  strings.forEach((f) => requireString(obj, f, w))
  arrays.forEach((f) => requireStringArray(obj, f, w))
  return obj
}

/** Checks brochure.json; returns it typed or throws a ContentError naming file, record and field. */
export function validateBrochure(raw: unknown, file = 'brochure.json'): BrochureContent {
  const rootWhere = { file, record: ROOT }
  if (!isObject(raw)) fail(rootWhere, ROOT, 'must be an object')
  onlyFields(raw, ['source', 'hotline', 'categories', 'rules', 'cardCrackdown', 'notice'], rootWhere)

  validateSection(raw, 'source', ['title', 'englishTitle', 'subtitle', 'issuer'], [], file)
  const hotline = validateSection(raw, 'hotline', ['heading', 'number', 'description'], [], file)
  // The number is dialled from the app: a typo here would send people nowhere.
  if (get(hotline, 'number') !== '96110') fail({ file, record: 'hotline' }, 'number', 'must be "96110"')

  const categories = requireArray(raw, 'categories', rootWhere)
  validateRecords(categories, 'categories', CATEGORY_IDS, file, validateCategory)
  const rules = requireArray(raw, 'rules', rootWhere)
  validateRecords(rules, 'rules', RULE_IDS, file, validateRule)

  validateSection(
    raw,
    'cardCrackdown',
    ['title', 'reminder', 'statement', 'penaltiesTitle', 'liabilityTitle', 'liability'],
    ['penalties'],
    file
  )
  validateSection(raw, 'notice', ['title', 'preamble', 'closing', 'date'], ['issuers', 'points'], file)
  return raw as unknown as BrochureContent
}

const QUESTION_CATEGORIES: readonly QuestionCategory[] = [...CATEGORY_IDS, 'general']
const TRUE_FALSE_OPTIONS = ['对', '错']

function validateQuestion(obj: Obj, w: Where): QuizQuestion {
  onlyFields(
    obj,
    ['id', 'kind', 'prompt', 'options', 'answer', 'explanation', 'rule', 'category', 'control'],
    w
  )
  const kind = requireOneOf(obj, 'kind', ['single', 'true-false'] as const, w, 'kind')
  requireString(obj, 'prompt', w)
  const options = requireStringArray(obj, 'options', w)
  if (options.length < 2 || options.length > 4) {
    fail(w, 'options', `must have 2–4 options, has ${options.length}`)
  }
  if (new Set(options).size !== options.length) fail(w, 'options', 'must not repeat an option')
  if (kind === 'true-false' && options.join('\n') !== TRUE_FALSE_OPTIONS.join('\n')) {
    fail(w, 'options', 'must be exactly ["对", "错"] for a true-false question')
  }
  const answer = get(obj, 'answer')
  if (typeof answer !== 'number' || !Number.isInteger(answer) || answer < 0 || answer >= options.length) {
    fail(w, 'answer', `must be an option index from 0 to ${options.length - 1}, got ${show(answer)}`)
  }
  requireString(obj, 'explanation', w)
  requireOneOf(obj, 'rule', RULE_IDS, w, 'rule')
  requireOneOf(obj, 'category', QUESTION_CATEGORIES, w, 'category')
  const control = get(obj, 'control')
  if (control !== undefined && typeof control !== 'boolean') {
    fail(w, 'control', 'must be true or false when present')
  }
  return obj as unknown as QuizQuestion
}

/** Checks quiz-questions.json (ids unique, answers in range, known rules and categories); throws ContentError. */
export function validateQuestions(raw: unknown, file = 'quiz-questions.json'): QuizQuestion[] {
  if (!Array.isArray(raw)) fail({ file, record: ROOT }, ROOT, 'must be an array of questions')
  return validateUniqueRecords(raw, '', file, validateQuestion)
}

const HELP_FIELDS = ['id', 'title', 'text', 'quotes', 'source', 'sourceUrls'] as const

function validateHelpStep(obj: Obj, w: Where): HelpStep {
  for (const key of Object.keys(obj)) {
    if (!(HELP_FIELDS as readonly string[]).includes(key)) fail(w, key, 'is not a known field')
  }
  requireString(obj, 'title', w)
  requireString(obj, 'text', w)
  requireString(obj, 'source', w)
  const quotes = get(obj, 'quotes')
  if (quotes !== undefined && (!Array.isArray(quotes) || quotes.length === 0 || !quotes.every(isText))) {
    fail(w, 'quotes', 'must be a non-empty array of non-empty strings when present')
  }
  const urls = get(obj, 'sourceUrls')
  if (urls !== undefined && (!Array.isArray(urls) || urls.length === 0 || !urls.every(isWebAddress))) {
    fail(w, 'sourceUrls', 'must be a non-empty array of http(s) addresses when present')
  }
  if (urls === undefined && !isFromBrochure(obj as unknown as HelpStep)) {
    fail(w, 'sourceUrls', 'is required for a step not from the brochure: name its public source')
  }
  return obj as unknown as HelpStep
}

function isWebAddress(value: unknown): boolean {
  return typeof value === 'string' && /^https?:\/\/\S+$/.test(value)
}

/** Checks the help steps: an array of records, each with a unique id, a title, a text and a source. */
export function validateHelpSteps(raw: unknown, file = 'help.json'): HelpStep[] {
  if (!Array.isArray(raw) || raw.length === 0) {
    fail({ file, record: ROOT }, ROOT, 'must be a non-empty array of steps')
  }
  return validateUniqueRecords(raw, '', file, validateHelpStep)
}
