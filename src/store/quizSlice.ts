import type { StateCreator } from 'zustand'
import { questions } from '@/data'
import {
  drawPracticeRound,
  drawRound,
  isAnswerCorrect,
  recordAnswers,
  scoreQuiz,
  wrongBookIds
} from '@/domain/quiz'
import { MAX_RESULTS } from '@/domain/savedState'
import type { ActiveRound, RoundMode, SavedResult, SavedState } from '../../types/saved'
import type { AppState } from './index'

export interface QuizSlice {
  activeRound: ActiveRound | null
  results: SavedResult[]
  bestScore: number | null
  wrongBook: SavedState['wrongBook']
  /** Starts a fresh round; a practice round draws from the wrong-answer book. False when nothing to practise. */
  startRound: (mode: RoundMode, seed: number) => boolean
  /**
   * Answers `questionId` with an original option index. Only the next unanswered question can be answered, so a
   * double tap or a stale screen never answers twice or answers the following question.
   */
  answerQuestion: (questionId: string, chosen: number) => void
  /** Scores the round, remembers the result and updates the wrong-answer book. */
  finishRound: (now: number) => SavedResult | null
  abandonRound: () => void
}

export const createQuizSlice: StateCreator<AppState, [], [], QuizSlice> = (set, get) => ({
  activeRound: null,
  results: [],
  bestScore: null,
  wrongBook: {},

  startRound(mode, seed) {
    const round =
      mode === 'practice'
        ? drawPracticeRound(questions, wrongBookIds(get().wrongBook), seed)
        : drawRound(questions, seed)
    if (round.questionIds.length === 0) return false
    set({ activeRound: { mode, round, answers: [] } })
    return true
  },

  answerQuestion(questionId, chosen) {
    const active = get().activeRound
    if (!active || active.round.questionIds[active.answers.length] !== questionId) return
    const question = questions.find((q) => q.id === questionId)
    if (!question) return
    const answer = { questionId, chosen, correct: isAnswerCorrect(question, chosen) }
    set({ activeRound: { ...active, answers: [...active.answers, answer] } })
  },

  finishRound(now) {
    const active = get().activeRound
    if (!active) return null
    const result: SavedResult = {
      ...scoreQuiz(questions, active.round, active.answers),
      at: now,
      mode: active.mode
    }
    set((state) => ({
      activeRound: null,
      results: [result, ...state.results].slice(0, MAX_RESULTS),
      bestScore: active.mode === 'standard' ? Math.max(state.bestScore ?? 0, result.score) : state.bestScore,
      wrongBook: recordAnswers(state.wrongBook, active.answers, now)
    }))
    return result
  },

  abandonRound() {
    set({ activeRound: null })
  }
})
