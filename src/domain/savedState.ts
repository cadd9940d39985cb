import { CATEGORY_IDS, RULE_IDS, type QuizQuestion } from '../../types/content'
import type { AnswerRecord, QuizRound, RuleScore } from '../../types/quiz'
import type { ActiveRound, SavedResult, SavedState } from '../../types/saved'
import { gradeFor, pruneBook } from './quiz'

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
 * Turns whatever storage held — an older version, a hand-edited or half-written value, ids of questions that
 * were since removed — into a valid state. What cannot be trusted is dropped; the rest is kept.
 */
export function sanitizeSavedState(raw: unknown, bank: readonly QuizQuestion[]): SavedState {
  const source = isRecord(raw) ? raw : {}
  const known = new Map(bank.map((q) => [q.id, q] as const))
  const results = Array.isArray(source.results)
    ? source.results
        .map(sanitizeResult)
        .filter((r): r is SavedResult => r !== null)
        .slice(0, MAX_RESULTS)
    : []
  const storedBest = finiteScore(source.bestScore)
  const bestFromResults = results.length > 0 ? Math.max(...results.map((r) => r.score)) : null
  return {
    activeRound: sanitizeActiveRound(source.activeRound, known),
    results,
    bestScore: maxOrNull(storedBest, bestFromResults),
    wrongBook: pruneBook(source.wrongBook, bank),
    readCategories: Array.isArray(source.readCategories)
      ? CATEGORY_IDS.filter((id) => (source.readCategories as unknown[]).includes(id))
      : [],
    largeText: source.largeText === true
  }
}

/** Version 0 (before versioning) kept the same fields; every version goes through the same sanitizer. */
export function migrateSavedState(
  raw: unknown,
  _fromVersion: number,
  bank: readonly QuizQuestion[]
): SavedState {
  return sanitizeSavedState(raw, bank)
}

function sanitizeActiveRound(raw: unknown, known: Map<string, QuizQuestion>): ActiveRound | null {
  if (!isRecord(raw) || !isRecord(raw.round)) return null
  const mode = raw.mode === 'practice' ? 'practice' : raw.mode === 'standard' ? 'standard' : null
  const { questionIds, optionOrders, seed } = raw.round
  if (!mode || !Array.isArray(questionIds) || !Array.isArray(optionOrders)) return null
  if (questionIds.length === 0 || questionIds.length !== optionOrders.length) return null
  // A round that names a question which no longer exists cannot be resumed faithfully: start afresh instead.
  const valid = questionIds.every((id, i) => {
    const question = typeof id === 'string' ? known.get(id) : undefined
    return question !== undefined && isPermutation(optionOrders[i], question.options.length)
  })
  if (!valid) return null
  const round: QuizRound = {
    seed: typeof seed === 'number' && Number.isFinite(seed) ? seed : 0,
    questionIds: questionIds as string[],
    optionOrders: optionOrders as number[][]
  }
  const answers = Array.isArray(raw.answers) ? raw.answers.filter(isAnswerIn(round, known)) : []
  return { mode, round, answers: answers.slice(0, round.questionIds.length) }
}

function isAnswerIn(round: QuizRound, known: Map<string, QuizQuestion>) {
  return (raw: unknown): raw is AnswerRecord => {
    if (!isRecord(raw) || typeof raw.questionId !== 'string' || typeof raw.correct !== 'boolean') return false
    const question = known.get(raw.questionId)
    return (
      question !== undefined &&
      round.questionIds.includes(raw.questionId) &&
      Number.isInteger(raw.chosen) &&
      (raw.chosen as number) >= 0 &&
      (raw.chosen as number) < question.options.length
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
    missed: Array.isArray(raw.missed) ? raw.missed.filter((id): id is string => typeof id === 'string') : []
  }
}

function isRuleScore(raw: unknown): raw is RuleScore {
  if (!isRecord(raw)) return false
  const correct = nonNegativeInt(raw.correct)
  const asked = nonNegativeInt(raw.asked)
  return correct !== null && asked !== null && correct <= asked && typeof raw.ratio === 'number'
}

function isPermutation(raw: unknown, length: number): boolean {
  if (!Array.isArray(raw) || raw.length !== length) return false
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
