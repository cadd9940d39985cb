/**
 * The saved fields of the learning features (情景演练 plays, helper drill answers, the review schedule): how each
 * is rebuilt from whatever storage held (right shape, finite numbers, capped sizes, known ids) and how two tabs'
 * copies combine. They join the saved state's field table (SAVED_SLICES in ./savedState).
 *
 * Sanitizing runs on every load, in the main package, without the scenario or drill content: ids are checked for
 * shape here and pruned against the content by the pages that carry it.
 */
import { CATEGORY_IDS, RULE_IDS } from '@/data/ids'
import type { CategoryId, RuleId } from '#types/content'
import type {
  DrillAnswer,
  DrillRecord,
  ReviewCard,
  ReviewSchedule,
  ScenarioRecord,
  ScenarioRecords
} from '#types/learning'
import { sanitizeSchedule } from './review'
import type { SavedSlice } from './savedState'

/** Most drill answers kept (the content has 22; room to grow, bounded against junk). */
const MAX_DRILL_ANSWERS = 100
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

function own(record: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined
}

function count(raw: unknown): number | null {
  return Number.isInteger(raw) && (raw as number) >= 0 && (raw as number) <= MAX_POINTS
    ? (raw as number)
    : null
}

/** Defines own properties, so an id like "__proto__" stays plain data. */
function define<T>(target: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

function sanitizeScenarioRecord(raw: unknown): ScenarioRecord | null {
  if (!isRecord(raw) || !Array.isArray(raw.tally) || raw.tally.length !== RULE_IDS.length) return null
  if (typeof raw.at !== 'number' || !Number.isFinite(raw.at) || raw.at < 0) return null
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

/** The latest play of each known scenario, each rebuilt from checked parts. */
function sanitizeScenarioRecords(raw: unknown): ScenarioRecords {
  const out: ScenarioRecords = {}
  if (!isRecord(raw)) return out
  CATEGORY_IDS.forEach((id: CategoryId) => {
    const record = sanitizeScenarioRecord(own(raw, id))
    if (record) out[id] = record
  })
  return out
}

/** Drill answers with a short id, a known rule and a yes/no; at most MAX_DRILL_ANSWERS. */
function sanitizeDrillRecord(raw: unknown): DrillRecord {
  const out: DrillRecord = {}
  if (!isRecord(raw)) return out
  Object.entries(raw)
    .filter(([id, answer]) => {
      if (!DRILL_ID.test(id) || !isRecord(answer)) return false
      return (RULE_IDS as readonly unknown[]).includes(answer.rule) && typeof answer.right === 'boolean'
    })
    .slice(0, MAX_DRILL_ANSWERS)
    .forEach(([id, answer]) => {
      const a = answer as { rule: RuleId; right: boolean }
      define(out, id, { rule: a.rule, right: a.right })
    })
  return out
}

/** Per key: this tab's value when this tab changed it since `base` (or deleted it), the other tab's otherwise. */
function mergeByKey<T>(
  base: Record<string, T>,
  ours: Record<string, T>,
  theirs: Record<string, T>
): Record<string, T> {
  const out: Record<string, T> = {}
  const keys = new Set([...Object.keys(ours), ...Object.keys(theirs)])
  keys.forEach((key) => {
    const b = own(base, key) as T | undefined
    const o = own(ours, key) as T | undefined
    const t = own(theirs, key) as T | undefined
    const value = sameJson(o, b) ? t : o
    if (value !== undefined) define(out, key, value)
  })
  return out
}

/** The learning fields of the saved state: sanitize on load, merge between tabs. */
export const LEARNING_SLICES: {
  reviewSchedule: SavedSlice<ReviewSchedule>
  scenarioRecords: SavedSlice<ScenarioRecords>
  drillRecord: SavedSlice<DrillRecord>
} = {
  reviewSchedule: {
    sanitize: (raw) => sanitizeSchedule(raw, isReviewId),
    merge: (base, ours, theirs) =>
      sanitizeSchedule(mergeByKey<ReviewCard>(base, ours, theirs), isReviewId) as ReviewSchedule
  },
  scenarioRecords: {
    sanitize: sanitizeScenarioRecords,
    // Each scenario's latest play, whichever tab played it.
    merge: (_base, ours, theirs) => {
      const out: ScenarioRecords = {}
      CATEGORY_IDS.forEach((id) => {
        const o = ours[id]
        const t = theirs[id]
        const latest = o && t ? (t.at > o.at ? t : o) : (o ?? t)
        if (latest) out[id] = latest
      })
      return out
    }
  },
  drillRecord: {
    sanitize: sanitizeDrillRecord,
    merge: (base, ours, theirs) =>
      sanitizeDrillRecord(mergeByKey<DrillAnswer>(base, ours, theirs)) as DrillRecord
  }
}
