import { CATEGORY_IDS, RULE_IDS } from '@/data/ids'
import type { CategoryId, QuizQuestion } from '#types/content'
import type { AnswerRecord, QuizRound, RuleScore } from '#types/quiz'
import type { ActiveRound, RoundMode, SavedResult, SavedState } from '#types/saved'
import { gradeFor } from './grades'
import { LEARNING_SLICES } from './learningState'
import { mergeBooks, pruneBook, sanitizeBook } from './wrongBook'
import { foldSeed } from './seed'

/** 2: the learning progress (review schedule, scenario plays, drill answers), review and challenge rounds. */
export const SAVED_STATE_VERSION = 2
export const MAX_RESULTS = 20
/** Question ids are short ("q-fake-credit-3"); a longer string in saved state is junk, not data. */
const MAX_ID_LENGTH = 64
/** A round has 10 questions and a question at most 4 options; generous bounds for anything saved. */
const MAX_ROUND_QUESTIONS = 50
const MAX_OPTIONS = 8

export const EMPTY_SAVED_STATE: SavedState = {
  activeRound: null,
  results: [],
  bestScore: null,
  wrongBook: {},
  readCategories: [],
  largeText: false,
  reviewSchedule: {},
  scenarioRecords: {},
  drillRecord: {}
}

/**
 * How one field of the saved state is read back and how two tabs' copies are combined. Each field has one
 * entry, so a new field is one new entry here (plus a version bump when its meaning changes).
 */
export interface SavedSlice<T> {
  /** Rebuilds the field from whatever storage held, from checked parts only; never throws. */
  sanitize: (raw: unknown) => T
  /**
   * Combines this tab's value (`ours`) with what another tab saved (`theirs`), both grown from `base`, the
   * value this tab last read or wrote. Nothing either tab added may be lost.
   */
  merge: (base: T, ours: T, theirs: T) => T
}

type SavedSlices = { [K in keyof SavedState]: SavedSlice<SavedState[K]> }

/** Takes ours when this tab changed the value since `base`, theirs otherwise. */
function lastChange<T>(base: T, ours: T, theirs: T): T {
  return sameJson(ours, base) ? theirs : ours
}

const SAVED_SLICES: SavedSlices = {
  activeRound: {
    sanitize: sanitizeActiveRound,
    // A round in progress in this tab is never replaced by another tab's; a round this tab just finished stays
    // finished. Only a tab with no round before or now takes up the other tab's round.
    merge: (base, ours, theirs) =>
      ours && theirs && sameRound(ours, theirs)
        ? withBothAnswers(ours, theirs)
        : (ours ?? (base === null ? theirs : null))
  },
  results: {
    sanitize: (raw) =>
      Array.isArray(raw)
        ? raw
            .slice(0, MAX_RESULTS * 5)
            .map(sanitizeResult)
            .filter((r): r is SavedResult => r !== null)
            .slice(0, MAX_RESULTS)
        : [],
    merge: (_base, ours, theirs) => {
      const seen = new Set<string>()
      return [...ours, ...theirs]
        .filter((r) => {
          const key = `${r.at}|${r.mode}|${r.correct}|${r.total}`
          if (seen.has(key)) return false
          seen.add(key)
          return true
        })
        .sort((a, b) => b.at - a.at)
        .slice(0, MAX_RESULTS)
    }
  },
  bestScore: {
    sanitize: finiteScore,
    merge: (_base, ours, theirs) => maxOrNull(ours, theirs)
  },
  wrongBook: { sanitize: sanitizeBook, merge: mergeBooks },
  readCategories: {
    sanitize: (raw) =>
      Array.isArray(raw) ? CATEGORY_IDS.filter((id) => (raw as unknown[]).includes(id)) : [],
    merge: (_base, ours, theirs) => CATEGORY_IDS.filter((id) => ours.includes(id) || theirs.includes(id))
  },
  largeText: { sanitize: (raw) => raw === true, merge: lastChange },
  ...LEARNING_SLICES
}

const SLICE_KEYS = Object.keys(SAVED_SLICES) as (keyof SavedState)[]

/**
 * True for a round that is a whole test (standard, or a relative's challenge): only those count towards the best
 * score. A review or practice round asks only some questions, often ones already seen, so its 100 分 is no test score.
 */
export function isFullTest(mode: RoundMode): boolean {
  return mode === 'standard' || mode === 'challenge'
}

/**
 * Values derived from other fields are recomputed, never trusted: the best score is at least the best full test's
 * result.
 */
function withDerived(state: SavedState): SavedState {
  const fullTests = state.results.filter((r) => isFullTest(r.mode)).map((r) => r.score)
  const bestFromResults = fullTests.length > 0 ? Math.max(...fullTests) : null
  return { ...state, bestScore: maxOrNull(state.bestScore, bestFromResults) }
}

/**
 * Turns whatever storage held — an older version, a hand-edited or half-written value — into a state of the
 * right shape, field by field (SAVED_SLICES). What cannot be trusted is dropped; the rest is kept. The result
 * holds only freshly built plain data: no junk fields, no deep nesting, no over-long ids.
 *
 * This runs on every load, without the question bank: the store lives in the mini-program's main package and
 * the bank does not. So a saved round is only checked for shape here (ids are strings, each option order is a
 * permutation, answers belong to the round and choose an option that exists). Whether its questions still
 * exist is checked by `pruneAgainstBank`, when a quiz page brings the bank.
 */
export function sanitizeSavedState(raw: unknown): SavedState {
  const source = isRecord(raw) ? raw : {}
  const state = {} as Record<keyof SavedState, unknown>
  SLICE_KEYS.forEach((key) => {
    state[key] = SAVED_SLICES[key].sanitize(own(source, key))
  })
  return withDerived(state as unknown as SavedState)
}

/**
 * Whether a stored state holds a value of the wrong kind under one of the app's fields: a list where a list belongs is
 * no loss, even of ids a later release dropped, but "results": "x" or "bestScore": "abc" is (round 49's trial found such
 * a record reset without a word). Kinds: list, record, nothing (null), or the JavaScript type.
 */
export function holdsFieldsOfWrongKind(raw: unknown): boolean {
  if (!isRecord(raw)) return false
  return SLICE_KEYS.some((key) => {
    const value = own(raw, key)
    if (value === undefined) return false
    return kindOf(value) !== kindOf(EMPTY_SAVED_STATE[key])
  })
}

/** A value's kind, for holdsFieldsOfWrongKind. */
function kindOf(value: unknown): string {
  if (value === null) return 'nothing'
  if (Array.isArray(value)) return 'list'
  return isRecord(value) ? 'record' : typeof value
}

/**
 * Combines this tab's state with the one another tab saved (two browser tabs of the same app), field by field:
 * results and wrong-book entries of both are kept. `base` is what this tab last read or wrote.
 */
export function mergeSavedStates(base: SavedState, ours: SavedState, theirs: SavedState): SavedState {
  const state = {} as Record<keyof SavedState, unknown>
  SLICE_KEYS.forEach((key) => {
    const slice = SAVED_SLICES[key] as SavedSlice<unknown>
    state[key] = slice.merge(base[key], ours[key], theirs[key])
  })
  // A round the other tab finished since `base` is finished here too: this tab's copy of it, taken up while the
  // other tab played, must not come back as a test to do again (a new user's trial with two tabs).
  const round = state.activeRound as ActiveRound | null
  if (round && theirs.activeRound === null && finishedSince(base, theirs, round)) state.activeRound = null
  return withDerived(state as unknown as SavedState)
}

/** The same kind of round drawn from the same seed. */
function sameRound(a: ActiveRound, b: ActiveRound): boolean {
  return a.mode === b.mode && a.round.seed === b.round.seed
}

/**
 * One round played in two tabs: the answers of both, this tab's where both answered a question, in the round's
 * order. A copy taken up at 0 answers no longer writes the other tab's answers away (a new user's trial).
 */
function withBothAnswers(ours: ActiveRound, theirs: ActiveRound): ActiveRound {
  const byQuestion = new Map(theirs.answers.map((a) => [a.questionId, a]))
  ours.answers.forEach((a) => byQuestion.set(a.questionId, a))
  const answers = ours.round.questionIds.flatMap((id) => byQuestion.get(id) ?? [])
  return answers.length === ours.answers.length ? ours : { ...ours, answers }
}

/** True when `theirs` holds a result, not in `base`, of the same kind of round drawn from the same seed. */
function finishedSince(base: SavedState, theirs: SavedState, round: ActiveRound): boolean {
  const known = new Set(base.results.map((r) => `${r.at}|${r.mode}`))
  return theirs.results.some(
    (r) => !known.has(`${r.at}|${r.mode}`) && r.mode === round.mode && r.seed === round.round.seed
  )
}

/** True when two saved states hold the same data (key order aside). */
export function sameSavedState(a: SavedState, b: SavedState): boolean {
  return sameJson(a, b)
}

/** What storage held, once decoded: the saved fields as found and the version that wrote them. */
export interface StoredSavedState {
  state: unknown
  /** The SAVED_STATE_VERSION that wrote it; 0 when it carries none. */
  version: number
}

/**
 * Decodes the text stored under the persist key (zustand's `{"state": ..., "version": n}`). Tolerates a
 * byte-order mark and text that was JSON-encoded twice. Returns null when nothing of ours can be read
 * (cut-off JSON, a foreign value); never throws.
 */
export function parseSavedText(text: string): StoredSavedState | null {
  let value: unknown = parseJson(text.replace(/^\uFEFF/, ''))
  if (typeof value === 'string') value = parseJson(value.replace(/^\uFEFF/, ''))
  if (!isRecord(value) || !isRecord(own(value, 'state'))) return null
  return { state: value.state, version: storedVersion(value.version) }
}

/** True when the stored data was written by a newer release: it is kept read-only and never overwritten. */
export function isNewerVersion(stored: StoredSavedState): boolean {
  return stored.version > SAVED_STATE_VERSION
}

/** Serializes for storage; null when the state cannot be serialized (it then stays in memory only). */
export function serializeSavedState(state: SavedState): string | null {
  try {
    return JSON.stringify({ state, version: SAVED_STATE_VERSION })
  } catch {
    return null
  }
}

/**
 * Version 0 (before versioning) and version 1 kept the quiz and settings fields; version 2 added the learning
 * fields, which a version-1 state lacks and so start empty. Every version goes through the same sanitizer.
 */
export function migrateSavedState(raw: unknown, _fromVersion: number): SavedState {
  return sanitizeSavedState(raw)
}

/** The part of the saved state that names questions of the bank. */
export type QuizProgress = Pick<SavedState, 'activeRound' | 'wrongBook'>

/**
 * Drops what names questions the bank no longer has, from a state already through `sanitizeSavedState`:
 * a round with a removed question, or whose option order no longer fits its question, cannot be resumed
 * faithfully and is dropped (start afresh instead); wrong-book entries of removed questions go. Returns
 * `state` itself when nothing had to change, so a caller can skip an update.
 */
export function pruneAgainstBank<S extends QuizProgress>(state: S, bank: readonly QuizQuestion[]): S {
  const known = new Map(bank.map((q) => [q.id, q] as const))
  const round = state.activeRound?.round
  const roundFits =
    round === undefined ||
    round.questionIds.every((id, i) => known.get(id)?.options.length === round.optionOrders[i].length)
  const bookFits = Object.keys(state.wrongBook).every((id) => known.has(id))
  if (roundFits && bookFits) return state
  return {
    ...state,
    activeRound: roundFits ? state.activeRound : null,
    wrongBook: bookFits ? state.wrongBook : pruneBook(state.wrongBook, bank)
  }
}

function sanitizeActiveRound(raw: unknown): ActiveRound | null {
  if (!isRecord(raw) || !isRecord(raw.round)) return null
  const mode = ROUND_MODES.find((m) => m === raw.mode) ?? null
  const { questionIds, optionOrders, seed } = raw.round
  if (!mode || !Array.isArray(questionIds) || !Array.isArray(optionOrders)) return null
  if (questionIds.length === 0 || questionIds.length !== optionOrders.length) return null
  if (questionIds.length > MAX_ROUND_QUESTIONS) return null
  const wellFormed =
    questionIds.every(isShortId) &&
    new Set(questionIds).size === questionIds.length &&
    optionOrders.every(isPermutation)
  if (!wellFormed) return null
  const round: QuizRound = {
    seed: typeof seed === 'number' && Number.isFinite(seed) ? seed : 0,
    questionIds: [...(questionIds as string[])],
    optionOrders: (optionOrders as number[][]).map((order) => [...order])
  }
  // Answers are the round's first questions in order: stop at the first one that is not the next question, so
  // the next question to show is always answers.length.
  const answers: AnswerRecord[] = []
  for (const answer of Array.isArray(raw.answers) ? raw.answers : []) {
    if (!isAnswerIn(round)(answer) || answer.questionId !== round.questionIds[answers.length]) break
    answers.push({ questionId: answer.questionId, chosen: answer.chosen, correct: answer.correct })
    if (answers.length === round.questionIds.length) break
  }
  return { mode, round, answers }
}

/**
 * An answer belongs to the round and chooses one of its question's options. The option order has one entry
 * per option of the question (`pruneAgainstBank` checks that against the bank), so it bounds `chosen`.
 */
function isAnswerIn(round: QuizRound) {
  return (raw: unknown): raw is AnswerRecord => {
    if (!isRecord(raw) || typeof raw.questionId !== 'string' || typeof raw.correct !== 'boolean') return false
    const index = round.questionIds.indexOf(raw.questionId)
    return (
      index >= 0 &&
      Number.isInteger(raw.chosen) &&
      (raw.chosen as number) >= 0 &&
      (raw.chosen as number) < round.optionOrders[index].length
    )
  }
}

/**
 * Rebuilds a saved result from its counts: score, ratios and grade are recomputed (a stored 1e999 or NaN cannot
 * survive), ids are checked and bounded. A result without a real time or with impossible counts is dropped.
 */
function sanitizeResult(raw: unknown): SavedResult | null {
  if (!isRecord(raw)) return null
  const at = typeof raw.at === 'number' && Number.isFinite(raw.at) && raw.at >= 0 ? raw.at : null
  if (at === null || !Array.isArray(raw.byRule)) return null
  const ruleScores = raw.byRule.slice(0, RULE_IDS.length * 4)
  const byRule = RULE_IDS.map((rule) =>
    ruleScore(
      rule,
      ruleScores.find((r) => isRecord(r) && r.rule === rule)
    )
  )
  if (!byRule.every((r): r is RuleScore => r !== null)) return null
  const correct = nonNegativeInt(raw.correct)
  const total = nonNegativeInt(raw.total)
  if (correct === null || total === null || correct > total || total > MAX_ROUND_QUESTIONS) return null
  const score = total > 0 ? Math.round((100 * correct) / total) : 0
  return {
    at,
    mode: ROUND_MODES.find((m) => m === raw.mode) ?? 'standard',
    ...(isSeed(raw.seed) ? { seed: foldSeed(raw.seed) } : {}),
    score,
    correct,
    total,
    byRule,
    weakestRule: (RULE_IDS as readonly unknown[]).includes(raw.weakestRule)
      ? (raw.weakestRule as RuleScore['rule'])
      : null,
    grade: gradeFor(score),
    missed: Array.isArray(raw.missed)
      ? raw.missed
          .slice(0, MAX_ROUND_QUESTIONS * 2)
          .filter((id, index, all): id is string => isShortId(id) && all.indexOf(id) === index)
          .slice(0, total)
      : [],
    // Results saved before this field existed simply have no categories to suggest.
    weakestCategories: Array.isArray(raw.weakestCategories)
      ? raw.weakestCategories.filter(
          (id, index, all): id is CategoryId =>
            (CATEGORY_IDS as readonly unknown[]).includes(id) && all.indexOf(id) === index
        )
      : []
  }
}

const ROUND_MODES: readonly RoundMode[] = ['standard', 'practice', 'review', 'challenge']

/**
 * A round seed: rounds are seeded with Date.now() and fold it to 32 bits, as drawRound and challenge links read it
 * (foldSeed); results saved before rounds folded it keep the whole number, folded here the same way.
 */
function isSeed(raw: unknown): raw is number {
  return Number.isSafeInteger(raw) && (raw as number) >= 0
}

/** A rule's score rebuilt from its counts; the ratio is recomputed, never read. */
function ruleScore(rule: RuleScore['rule'], raw: unknown): RuleScore | null {
  if (!isRecord(raw)) return null
  const correct = nonNegativeInt(raw.correct)
  const asked = nonNegativeInt(raw.asked)
  if (correct === null || asked === null || correct > asked) return null
  return { rule, correct, asked, ratio: asked > 0 ? correct / asked : 0 }
}

/** The display order of a question's options: each of 0..n-1 exactly once, for some n ≥ 1. */
function isPermutation(raw: unknown): raw is number[] {
  if (!Array.isArray(raw) || raw.length === 0 || raw.length > MAX_OPTIONS) return false
  return [...raw].sort((a, b) => a - b).every((value, index) => value === index)
}

function finiteScore(raw: unknown): number | null {
  return typeof raw === 'number' && Number.isFinite(raw) && raw >= 0 && raw <= 100 ? raw : null
}

function nonNegativeInt(raw: unknown): number | null {
  return Number.isInteger(raw) && (raw as number) >= 0 ? (raw as number) : null
}

function maxOrNull(a: number | null, b: number | null): number | null {
  if (a === null) return b
  if (b === null) return a
  return Math.max(a, b)
}

function isShortId(raw: unknown): raw is string {
  return typeof raw === 'string' && raw.length > 0 && raw.length <= MAX_ID_LENGTH
}

/** An own field only: `{"__proto__": ...}` or inherited names never count as saved data. */
function own(record: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

/** zustand writes a number; a hand-edited "1" is read as 1; anything else as 0 (before versioning). */
function storedVersion(raw: unknown): number {
  if (typeof raw === 'number' && Number.isInteger(raw) && raw >= 0) return raw
  if (typeof raw === 'string' && /^\d{1,6}$/.test(raw)) return Number(raw)
  return 0
}

/** Order-insensitive comparison of plain JSON data (keys sorted at every level); false when not serializable. */
function sameJson(a: unknown, b: unknown): boolean {
  const left = canonicalJson(a)
  return left !== null && left === canonicalJson(b)
}

function canonicalJson(value: unknown): string | null {
  try {
    return JSON.stringify(value, (_key, v: unknown) =>
      isRecord(v)
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, v[k]])
          )
        : v
    )
  } catch {
    return null
  }
}

function isRecord(raw: unknown): raw is Record<string, unknown> {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw)
}
