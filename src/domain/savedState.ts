import { CATEGORY_IDS, RULE_IDS, type CategoryId, type QuizQuestion } from '../../types/content'
import type { AnswerRecord, QuizRound, RuleScore } from '../../types/quiz'
import type { ActiveRound, SavedResult, SavedState } from '../../types/saved'
import { gradeFor } from './grades'
import { pruneBook, sanitizeBook } from './wrongBook'

export const SAVED_STATE_VERSION = 1
export const MAX_RESULTS = 20

export const EMPTY_SAVED_STATE: SavedState = {
  activeRound: null,
  results: [],
  bestScore: null,
  wrongBook: {},
  readCategories: [],
  largeText: false
}

/**
 * Turns whatever storage held — an older version, a hand-edited or half-written value — into a state of the
 * right shape. What cannot be trusted is dropped; the rest is kept.
 *
 * This runs on every load, without the question bank: the store lives in the mini-program's main package and
 * the bank does not. So a saved round is only checked for shape here (ids are strings, each option order is a
 * permutation, answers belong to the round and choose an option that exists). Whether its questions still
 * exist is checked by `pruneAgainstBank`, when a quiz page brings the bank.
 */
export function sanitizeSavedState(raw: unknown): SavedState {
  const source = isRecord(raw) ? raw : {}
  const results = Array.isArray(source.results)
    ? source.results
        .map(sanitizeResult)
        .filter((r): r is SavedResult => r !== null)
        .slice(0, MAX_RESULTS)
    : []
  const storedBest = finiteScore(source.bestScore)
  const bestFromResults = results.length > 0 ? Math.max(...results.map((r) => r.score)) : null
  return {
    activeRound: sanitizeActiveRound(source.activeRound),
    results,
    bestScore: maxOrNull(storedBest, bestFromResults),
    wrongBook: sanitizeBook(source.wrongBook),
    readCategories: Array.isArray(source.readCategories)
      ? CATEGORY_IDS.filter((id) => (source.readCategories as unknown[]).includes(id))
      : [],
    largeText: source.largeText === true
  }
}

/** Version 0 (before versioning) kept the same fields; every version goes through the same sanitizer. */
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
  const mode = raw.mode === 'practice' ? 'practice' : raw.mode === 'standard' ? 'standard' : null
  const { questionIds, optionOrders, seed } = raw.round
  if (!mode || !Array.isArray(questionIds) || !Array.isArray(optionOrders)) return null
  if (questionIds.length === 0 || questionIds.length !== optionOrders.length) return null
  const wellFormed =
    questionIds.every((id) => typeof id === 'string' && id !== '') &&
    new Set(questionIds).size === questionIds.length &&
    optionOrders.every(isPermutation)
  if (!wellFormed) return null
  const round: QuizRound = {
    seed: typeof seed === 'number' && Number.isFinite(seed) ? seed : 0,
    questionIds: questionIds as string[],
    optionOrders: optionOrders as number[][]
  }
  // Answers are the round's first questions in order: stop at the first one that is not the next question, so
  // the next question to show is always answers.length.
  const answers: AnswerRecord[] = []
  for (const answer of Array.isArray(raw.answers) ? raw.answers : []) {
    if (!isAnswerIn(round)(answer) || answer.questionId !== round.questionIds[answers.length]) break
    answers.push(answer)
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

function sanitizeResult(raw: unknown): SavedResult | null {
  if (!isRecord(raw)) return null
  const score = finiteScore(raw.score)
  const at = typeof raw.at === 'number' && Number.isFinite(raw.at) ? raw.at : null
  if (score === null || at === null || !Array.isArray(raw.byRule)) return null
  const byRule = RULE_IDS.map((rule) => (raw.byRule as unknown[]).find((r) => isRecord(r) && r.rule === rule))
  if (!byRule.every(isRuleScore)) return null
  const correct = nonNegativeInt(raw.correct)
  const total = nonNegativeInt(raw.total)
  if (correct === null || total === null || correct > total) return null
  return {
    at,
    mode: raw.mode === 'practice' ? 'practice' : 'standard',
    score,
    correct,
    total,
    byRule: byRule as RuleScore[],
    weakestRule: (RULE_IDS as readonly unknown[]).includes(raw.weakestRule)
      ? (raw.weakestRule as RuleScore['rule'])
      : null,
    grade: gradeFor(score),
    missed: Array.isArray(raw.missed) ? raw.missed.filter((id): id is string => typeof id === 'string') : [],
    // Results saved before this field existed simply have no categories to suggest.
    weakestCategories: Array.isArray(raw.weakestCategories)
      ? raw.weakestCategories.filter(
          (id, index, all): id is CategoryId =>
            (CATEGORY_IDS as readonly unknown[]).includes(id) && all.indexOf(id) === index
        )
      : []
  }
}

function isRuleScore(raw: unknown): raw is RuleScore {
  if (!isRecord(raw)) return false
  const correct = nonNegativeInt(raw.correct)
  const asked = nonNegativeInt(raw.asked)
  return correct !== null && asked !== null && correct <= asked && typeof raw.ratio === 'number'
}

/** The display order of a question's options: each of 0..n-1 exactly once, for some n ≥ 1. */
function isPermutation(raw: unknown): raw is number[] {
  if (!Array.isArray(raw) || raw.length === 0) return false
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

function isRecord(raw: unknown): raw is Record<string, unknown> {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw)
}
