import { useState } from 'react'
import { brochure } from '@/data'
import { questions } from '@/data/quiz'
import { scenarios } from '@/data/scenario'
import { scenarioQuestions } from '@/domain/scenario'
import { useAppStore } from '@/store'
import { createQuizActions } from '@/store/quizActions'
import type { QuizQuestion } from '#types/content'
import type { RoundMode, SavedResult } from '#types/saved'

/**
 * The quiz bank plus every scenario choice point as a question: a review round may bring back either. Standard
 * and challenge rounds draw from the quiz bank alone, so a challenge seed draws the same round on every phone.
 */
const reviewBank: readonly QuizQuestion[] = [...questions, ...scenarioQuestions(scenarios, brochure)]
const byId: ReadonlyMap<string, QuizQuestion> = new Map(reviewBank.map((q) => [q.id, q] as const))

const actions = createQuizActions(useAppStore)

/** The quiz actions with the question bank filled in; stable, so they never re-render a page. */
const quizActions = {
  startRound: (mode: RoundMode, seed: number): boolean =>
    actions.startRound(mode === 'review' ? reviewBank : questions, mode, seed),
  answerQuestion: (questionId: string, chosen: number): void =>
    actions.answerQuestion(reviewBank, questionId, chosen),
  finishRound: (now: number): SavedResult | null => actions.finishRound(reviewBank, now),
  /** The bank's question with this id; undefined for an id the bank no longer has. */
  findQuestion: (id: string): QuizQuestion | undefined => byId.get(id)
}

export type QuizActions = typeof quizActions

function reconcile(): true {
  actions.reconcileWithBank(reviewBank)
  return true
}

/**
 * The quiz pages' access to the question bank. The store is shared with the main package's pages and never
 * imports the bank (it would put 46 KB into the main package), so saved progress is only checked for shape when
 * it loads. This hook brings the bank: once per page, before the page's first render reads the store, it drops
 * a saved round or wrong-answer entries naming questions the bank no longer has. That update is a no-op after
 * the first quiz page of a session, and no other page shows the quiz progress it can change.
 */
export function useQuizStore(): QuizActions {
  // A lazy initial state runs during the first render only, before the selectors below this hook read the store.
  useState(reconcile)
  return quizActions
}
