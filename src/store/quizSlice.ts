import type { StateCreator } from 'zustand'
import type { SavedState } from '#types/saved'

/**
 * What the quiz remembers. Its actions live in ./quizActions: they need the question bank and the round-drawing
 * and scoring code, which only the quiz subpackages load, so the main package's pages never carry them.
 */
export interface QuizSlice {
  activeRound: SavedState['activeRound']
  results: SavedState['results']
  bestScore: SavedState['bestScore']
  wrongBook: SavedState['wrongBook']
}

export const createQuizSlice: StateCreator<QuizSlice, [], [], QuizSlice> = () => ({
  activeRound: null,
  results: [],
  bestScore: null,
  wrongBook: {}
})
