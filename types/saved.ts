import type { CategoryId } from './content'
import type { DrillRecord, ReviewSchedule, ScenarioRecords } from './learning'
import type { AnswerRecord, QuizResult, QuizRound, WrongBook } from './quiz'

/**
 * standard: a fresh test; practice: the wrong-answer book; review: what the spaced review says is due today;
 * challenge: a relative's round from a 家庭同题挑战 card (a full test like standard, drawn from the card's seed).
 */
export type RoundMode = 'standard' | 'practice' | 'review' | 'challenge'

/** A round the person has started and not finished; survives closing the mini-program. */
export interface ActiveRound {
  mode: RoundMode
  round: QuizRound
  answers: AnswerRecord[]
}

export interface SavedResult extends QuizResult {
  /** When the round finished (ms since epoch). */
  at: number
  mode: RoundMode
  /**
   * The round's seed: 邀请家人做同一套题 shares a full test's (standard or challenge); another tab reads any round's to
   * know it finished. Results saved before 2026-12-02 carry it for full tests only.
   */
  seed?: number
}

/** Everything the app remembers: only what the person did, never content. */
export interface SavedState {
  activeRound: ActiveRound | null
  /** Newest first, at most MAX_RESULTS. */
  results: SavedResult[]
  bestScore: number | null
  wrongBook: WrongBook
  readCategories: CategoryId[]
  largeText: boolean
  /** 隔几天再练: what comes back for review, and when. */
  reviewSchedule: ReviewSchedule
  /** 情景演练: the latest play of each scenario. */
  scenarioRecords: ScenarioRecords
  /** 帮家人把关: the latest answer of each drill. */
  drillRecord: DrillRecord
}
