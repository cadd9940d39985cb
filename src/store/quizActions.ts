import type { StoreApi } from 'zustand'
import {
  drawPracticeRound,
  drawRound,
  isAnswerCorrect,
  recordAnswers,
  scoreQuiz,
  wrongBookIds
} from '@/domain/quiz'
import { MAX_RESULTS, pruneAgainstBank } from '@/domain/savedState'
import type { QuizQuestion } from '../../types/content'
import type { RoundMode, SavedResult } from '../../types/saved'
import type { AppState } from './index'

/** The question bank, passed in by the quiz pages (hooks/useQuizStore): the store itself never imports it. */
type Bank = readonly QuizQuestion[]

/**
 * The quiz's actions on the app store. They sit outside the store (zustand's "actions outside the store"
 * pattern) so that only the quiz pages, in their subpackages, load the round-drawing and scoring code.
 */
export function createQuizActions(store: StoreApi<AppState>) {
  const { getState: get, setState: set } = store
  return {
    /** Starts a fresh round; a practice round draws from the wrong-answer book. False when nothing to practise. */
    startRound(bank: Bank, mode: RoundMode, seed: number): boolean {
      const round =
        mode === 'practice'
          ? drawPracticeRound(bank, wrongBookIds(get().wrongBook), seed)
          : drawRound(bank, seed)
      if (round.questionIds.length === 0) return false
      set({ activeRound: { mode, round, answers: [] } })
      return true
    },

    /**
     * Answers `questionId` with an original option index. Only the next unanswered question can be answered, so
     * a double tap or a stale screen never answers twice or answers the following question.
     */
    answerQuestion(bank: Bank, questionId: string, chosen: number): void {
      const active = get().activeRound
      if (!active || active.round.questionIds[active.answers.length] !== questionId) return
      const question = bank.find((q) => q.id === questionId)
      if (!question) return
      const answer = { questionId, chosen, correct: isAnswerCorrect(question, chosen) }
      set({ activeRound: { ...active, answers: [...active.answers, answer] } })
    },

    /** Scores the round, remembers the result and updates the wrong-answer book. */
    finishRound(bank: Bank, now: number): SavedResult | null {
      const active = get().activeRound
      if (!active) return null
      const result: SavedResult = {
        ...scoreQuiz(bank, active.round, active.answers),
        at: now,
        mode: active.mode
      }
      set((state) => ({
        activeRound: null,
        results: [result, ...state.results].slice(0, MAX_RESULTS),
        bestScore:
          active.mode === 'standard' ? Math.max(state.bestScore ?? 0, result.score) : state.bestScore,
        // Right or wrong as the bank says, not as the saved record claims (saved state can be tampered with).
        wrongBook: recordAnswers(
          state.wrongBook,
          active.answers.map((a) => ({ ...a, correct: !result.missed.includes(a.questionId) })),
          now
        )
      }))
      return result
    },

    /**
     * Drops saved progress that names questions the bank no longer has (see pruneAgainstBank). Loading only
     * checks the shape; the quiz pages call this with the bank before they use the saved round or the book.
     */
    reconcileWithBank(bank: Bank): void {
      const { activeRound, wrongBook } = get()
      const current = { activeRound, wrongBook }
      const pruned = pruneAgainstBank(current, bank)
      // Nothing removed: no update, so no subscriber re-renders.
      if (pruned !== current) set(pruned)
    }
  }
}

export type QuizActions = ReturnType<typeof createQuizActions>
