import type { StoreApi } from 'zustand'
import {
  drawPracticeRound,
  drawRound,
  isAnswerCorrect,
  recordAnswers,
  scoreQuiz,
  wrongBookIds
} from '@/domain/quiz'
import { foldSeed } from '@/domain/seed'
import { dueIds, pruneSchedule, recordReviews } from '@/domain/review'
import { isFullTest, MAX_RESULTS, pruneAgainstBank } from '@/domain/savedState'
import type { QuizQuestion } from '#types/content'
import type { RoundMode, SavedResult } from '#types/saved'
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
    /**
     * Starts a fresh round; a practice round draws from the wrong-answer book, a review round from what is due at
     * `now`. False when there is nothing to practise or review.
     */
    startRound(bank: Bank, mode: RoundMode, seed: number, now = Date.now()): boolean {
      // Stored folded, as saved results keep it and a challenge link carries it: the same round either way.
      seed = foldSeed(seed)
      const round =
        mode === 'practice'
          ? drawPracticeRound(bank, wrongBookIds(get().wrongBook), seed)
          : mode === 'review'
            ? drawPracticeRound(bank, dueIds(get().reviewSchedule, now), seed)
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
      const fullTest = isFullTest(active.mode)
      const result: SavedResult = {
        ...scoreQuiz(bank, active.round, active.answers),
        at: now,
        mode: active.mode,
        // Every round's seed: another tab that took this round up knows it finished (savedState's merge).
        seed: active.round.seed
      }
      // Right or wrong as the bank says, not as the saved record claims (saved state can be tampered with).
      const answers = active.answers.map((a) => ({ ...a, correct: !result.missed.includes(a.questionId) }))
      set((state) => ({
        activeRound: null,
        results: [result, ...state.results].slice(0, MAX_RESULTS),
        bestScore: fullTest ? Math.max(state.bestScore ?? 0, result.score) : state.bestScore,
        // Review questions from scenarios are not quiz questions: they stay out of the wrong-answer book.
        wrongBook: recordAnswers(
          state.wrongBook,
          answers.filter((a) => !a.questionId.startsWith('scn:')),
          now
        ),
        // Every answer feeds the spaced review: a miss comes back in a day, a due item answered right moves on.
        reviewSchedule: recordReviews(
          state.reviewSchedule,
          answers.map((a) => ({ id: a.questionId, right: a.correct })),
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
      const { activeRound, wrongBook, reviewSchedule } = get()
      const current = { activeRound, wrongBook }
      const pruned = pruneAgainstBank(current, bank)
      const ids = new Set(bank.map((q) => q.id))
      const schedule = pruneSchedule(reviewSchedule, (id) => ids.has(id))
      // Nothing removed: no update, so no subscriber re-renders.
      if (pruned !== current) set(pruned)
      if (schedule !== reviewSchedule) set({ reviewSchedule: schedule })
    }
  }
}
