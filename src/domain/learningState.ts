/**
 * The saved part of the learning features (情景演练 plays, helper drill answers, the review schedule) and its
 * sanitizer: whatever storage holds, the result has the right shape, finite numbers, capped sizes and known ids.
 * Runs on every load, in the main package, without the scenario or drill content: ids are checked for shape here
 * and pruned against the content by the pages that carry it.
 */
import { CATEGORY_IDS, RULE_IDS } from '../../types/content'
import type { CategoryId, RuleId } from '../../types/content'
import type { DrillRecord, ReviewSchedule, ScenarioRecord, ScenarioRecords } from '../../types/learning'
import { sanitizeSchedule } from './review'

export interface LearningState {
  reviewSchedule: ReviewSchedule
  scenarioRecords: ScenarioRecords
  drillRecord: DrillRecord
}

export const EMPTY_LEARNING_STATE: LearningState = {
  reviewSchedule: {},
  scenarioRecords: {},
  drillRecord: {}
}

/** Most drill answers kept (the content has 22; room to grow, bounded against junk). */
export const MAX_DRILL_ANSWERS = 100
/** Most choice points in a scenario: a tally above it is not one of ours. */
const MAX_POINTS = 5

/** A quiz question id ("q-…") or a scenario point ("scn:<category>:<point>"): the shapes the review holds. */
const QUESTION_ID = /^[A-Za-z0-9][\w-]{0,63}$/
const SCENARIO_POINT = /^scn:([a-z-]+):([\w-]{1,16})$/
const DRILL_ID = /^[\w-]{1,64}$/

/** True for an id the review schedule may hold: a quiz question id, or a point of a known scenario. */
export function isReviewId(id: string): boolean {
  const point = SCENARIO_POINT.exec(id)
  if (point) return (CATEGORY_IDS as readonly string[]).includes(point[1])
  return !id.startsWith('scn:') && QUESTION_ID.test(id)
}

function isRecord(raw: unknown): raw is Record<string, unknown> {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw)
}

function count(raw: unknown): number | null {
  return Number.isInteger(raw) && (raw as number) >= 0 && (raw as number) <= MAX_POINTS
    ? (raw as number)
    : null
}

function sanitizeScenarioRecord(raw: unknown): ScenarioRecord | null {
  if (!isRecord(raw) || !Array.isArray(raw.tally) || raw.tally.length !== RULE_IDS.length) return null
  if (typeof raw.at !== 'number' || !Number.isFinite(raw.at)) return null
  if (raw.ending !== 'safe' && raw.ending !== 'outcome') return null
  const tally: [number, number][] = []
  for (const pair of raw.tally as unknown[]) {
    if (!Array.isArray(pair) || pair.length !== 2) return null
    const correct = count(pair[0])
    const asked = count(pair[1])
    if (correct === null || asked === null || correct > asked) return null
    tally.push([correct, asked])
  }
  if (tally.reduce((n, [, asked]) => n + asked, 0) > MAX_POINTS) return null
  return { at: raw.at, ending: raw.ending, tally }
}

/** Defines own properties, so an id like "__proto__" stays plain data. */
function define<T>(target: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
}

/** Cleans what storage held for the learning features; never throws, drops only what cannot be trusted. */
export function sanitizeLearningState(raw: unknown): LearningState {
  const source = isRecord(raw) ? raw : {}
  const scenarioRecords: ScenarioRecords = {}
  if (isRecord(source.scenarioRecords)) {
    const stored = source.scenarioRecords
    CATEGORY_IDS.forEach((id: CategoryId) => {
      const record = Object.prototype.hasOwnProperty.call(stored, id)
        ? sanitizeScenarioRecord(stored[id])
        : null
      if (record) scenarioRecords[id] = record
    })
  }
  const drillRecord: DrillRecord = {}
  if (isRecord(source.drillRecord)) {
    Object.entries(source.drillRecord)
      .filter(([id, answer]) => {
        if (!DRILL_ID.test(id) || !isRecord(answer)) return false
        return (RULE_IDS as readonly unknown[]).includes(answer.rule) && typeof answer.right === 'boolean'
      })
      .slice(0, MAX_DRILL_ANSWERS)
      .forEach(([id, answer]) => {
        const a = answer as { rule: RuleId; right: boolean }
        define(drillRecord, id, { rule: a.rule, right: a.right })
      })
  }
  return {
    reviewSchedule: sanitizeSchedule(source.reviewSchedule, isReviewId),
    scenarioRecords,
    drillRecord
  }
}
