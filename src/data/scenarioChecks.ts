/**
 * The checks of the 情景演练 scenarios (scenarios.json) against the brochure, naming file, record and field of the
 * first problem (ContentError). They run in the tests and before every build (scripts/check-content.mjs), not in
 * the app: ./scenario.ts only loads the file, so the learning subpackage does not carry these validators.
 */
import { CATEGORY_IDS, RULE_IDS } from '@/data/ids'
import type { BrochureContent, FraudCategory } from '#types/content'
import type { ChoicePoint, Scenario, ScenarioChoice, ScenarioLine } from '#types/learning'
import { brochure } from './index'
import {
  fail,
  get,
  isObject,
  onlyFields,
  recordName,
  requireArray,
  requireOneOf,
  requireString,
  ROOT,
  show,
  type Obj,
  type Where
} from './validation'

/** A risky choice that goes all the way leads here: the case's real outcome. */
export const OUTCOME = 'outcome'
const MIN_POINTS = 3
const MAX_POINTS = 5

/** Sources a red flag may name: a part of its own category, or one of the four rules. */
export function allowedSources(category: FraudCategory, content: BrochureContent): string[] {
  return [
    ...['诈骗方式', '诈骗案例', '反诈提示'].map((part) => `「${category.name}」${part}`),
    ...content.rules.map((rule) => `如何防范·${rule.name}`)
  ]
}

function inCase(category: FraudCategory, text: string): boolean {
  return category.case.some((paragraph) => paragraph.includes(text))
}

/** A character after which a sentence of the brochure starts. */
const SENTENCE_END = /[。！？!?…]/

/**
 * Whether `text` starts a sentence of the case: at a paragraph's start or after a sentence's end. A real-case ending
 * that began mid-sentence ("也承诺所有…", "先后安装了…": round 65's fresh tester) read as a fragment.
 */
function startsSentence(category: FraudCategory, text: string): boolean {
  return category.case.some((paragraph) => {
    for (let at = paragraph.indexOf(text); at >= 0; at = paragraph.indexOf(text, at + 1))
      if (at === 0 || SENTENCE_END.test(paragraph[at - 1])) return true
    return false
  })
}

function validateLine(raw: unknown, category: FraudCategory, w: Where): ScenarioLine {
  if (!isObject(raw)) fail(w, 'lines', 'must hold objects')
  onlyFields(raw, ['speaker', 'text', 'fromCase'], w)
  requireOneOf(raw, 'speaker', ['scammer', 'narrator'] as const, w, 'speaker')
  const text = requireString(raw, 'text', w)
  const fromCase = get(raw, 'fromCase')
  if (typeof fromCase !== 'boolean') fail(w, 'fromCase', 'must be true or false')
  // A line presented as the case's own words must be them, character for character.
  if (fromCase && !inCase(category, text))
    fail(w, 'text', `is not a verbatim part of the case: ${show(text)}`)
  return raw as unknown as ScenarioLine
}

function validateChoice(raw: unknown, ids: Set<string>, w: Where): ScenarioChoice {
  if (!isObject(raw)) fail(w, 'choices', 'must hold objects')
  onlyFields(raw, ['label', 'safe', 'next'], w)
  requireString(raw, 'label', w)
  const safe = get(raw, 'safe')
  if (typeof safe !== 'boolean') fail(w, 'safe', 'must be true or false')
  const next = get(raw, 'next')
  if (safe && next !== undefined) fail(w, 'next', 'must be absent on a safe choice: it ends the story well')
  if (!safe && (typeof next !== 'string' || (next !== OUTCOME && !ids.has(next)))) {
    fail(w, 'next', `must name a choice point or "${OUTCOME}", got ${show(next)}`)
  }
  return raw as unknown as ScenarioChoice
}

function validatePoint(
  raw: Obj,
  category: FraudCategory,
  ids: Set<string>,
  sources: string[],
  w: Where
): ChoicePoint {
  onlyFields(raw, ['id', 'lines', 'question', 'redFlag', 'rule', 'source', 'choices'], w)
  requireArray(raw, 'lines', w).forEach((line) => validateLine(line, category, w))
  requireString(raw, 'question', w)
  requireString(raw, 'redFlag', w)
  requireOneOf(raw, 'rule', RULE_IDS, w, 'rule')
  requireOneOf(raw, 'source', sources, w, 'source')
  const choices = requireArray(raw, 'choices', w).map((c) => validateChoice(c, ids, w))
  if (choices.length < 2 || choices.length > 3)
    fail(w, 'choices', `must have 2–3 choices, has ${choices.length}`)
  if (!choices.some((c) => c.safe) || choices.every((c) => c.safe)) {
    fail(w, 'choices', 'must offer at least one safe and one risky choice')
  }
  return raw as unknown as ChoicePoint
}

/**
 * Walks the graph from the start: every point reachable, no cycle (risky choices only lead forward), and the
 * real outcome reachable. Every choice leads somewhere by validateChoice, so there is no dead end.
 */
function checkGraph(points: ChoicePoint[], start: string, w: Where): void {
  const byId = new Map(points.map((p) => [p.id, p]))
  const visited = new Set<string>()
  const onPath = new Set<string>()
  let outcomeReached = false
  const visit = (id: string): void => {
    if (id === OUTCOME) {
      outcomeReached = true
      return
    }
    if (onPath.has(id)) fail(w, 'points', `have a cycle through ${show(id)}`)
    if (visited.has(id)) return
    visited.add(id)
    onPath.add(id)
    byId.get(id)?.choices.forEach((c) => c.next !== undefined && visit(c.next))
    onPath.delete(id)
  }
  visit(start)
  const unreachable = points.filter((p) => !visited.has(p.id)).map((p) => p.id)
  if (unreachable.length > 0) fail(w, 'points', `${unreachable.join(', ')} cannot be reached from the start`)
  if (!outcomeReached) fail(w, 'outcome', 'cannot be reached by any path of choices')
}

function validateScenario(raw: Obj, w: Where, content: BrochureContent): Scenario {
  onlyFields(raw, ['id', 'title', 'start', 'points', 'outcome'], w)
  const category = content.categories.find((c) => c.id === get(raw, 'id'))
  if (!category) fail(w, 'id', `must be a category id, got ${show(get(raw, 'id'))}`)
  requireString(raw, 'title', w)
  const rawPoints = requireArray(raw, 'points', w)
  if (rawPoints.length < MIN_POINTS || rawPoints.length > MAX_POINTS) {
    fail(w, 'points', `must have ${MIN_POINTS}–${MAX_POINTS} choice points, has ${rawPoints.length}`)
  }
  const ids = new Set<string>()
  rawPoints.forEach((p, i) => {
    const pw = { file: w.file, record: `${w.record}.${recordName('points', i, p)}` }
    if (!isObject(p)) fail(pw, ROOT, 'must be an object')
    const id = requireString(p, 'id', pw)
    if (id === OUTCOME || ids.has(id)) fail(pw, 'id', `must be unique and not "${OUTCOME}", got ${show(id)}`)
    ids.add(id)
  })
  const sources = allowedSources(category, content)
  const points = rawPoints.map((p, i) =>
    validatePoint(p as Obj, category, ids, sources, {
      file: w.file,
      record: `${w.record}.${recordName('points', i, p)}`
    })
  )
  const start = requireString(raw, 'start', w)
  if (!ids.has(start)) fail(w, 'start', `must name a choice point, got ${show(start)}`)
  checkGraph(points, start, w)
  const outcome = get(raw, 'outcome')
  if (!Array.isArray(outcome) || outcome.length === 0) fail(w, 'outcome', 'must be a non-empty array')
  outcome.forEach((part) => {
    if (typeof part !== 'string' || !inCase(category, part)) {
      fail(w, 'outcome', `must quote the case verbatim: ${show(part)}`)
    }
    if (!startsSentence(category, part))
      fail(w, 'outcome', `must start at a sentence of the case: ${show(part)}`)
  })
  return raw as unknown as Scenario
}

/** Validates the scenarios against the brochure: one per category, in brochure order. Throws ContentError. */
export function validateScenarios(
  raw: unknown,
  content: BrochureContent = brochure,
  file = 'scenarios.json'
): Scenario[] {
  if (!Array.isArray(raw)) fail({ file, record: ROOT }, ROOT, 'must be an array of scenarios')
  const out = raw.map((item, i) => {
    const w = { file, record: recordName('', i, item) }
    if (!isObject(item)) fail(w, ROOT, 'must be an object')
    return validateScenario(item, w, content)
  })
  CATEGORY_IDS.forEach((id, i) => {
    if (out[i]?.id !== id) fail({ file, record: ROOT }, ROOT, `needs the scenario of ${show(id)} at [${i}]`)
  })
  if (out.length !== CATEGORY_IDS.length) fail({ file, record: ROOT }, ROOT, 'has more scenarios than cases')
  return out
}
