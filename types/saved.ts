import type { CategoryId } from './content'
import type { AnswerRecord, QuizResult, QuizRound, WrongBook } from './quiz'

export type RoundMode = 'standard' | 'practice'

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
}
