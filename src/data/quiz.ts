/**
 * The quiz question bank, typed. Checked by ./contentChecks.ts's validateQuestions in the tests and before every
 * build, not at each launch. Kept apart from ./index.ts so that only the pages that need the bank (quiz, quiz
 * result, search) carry it: in the mini-program those pages are subpackages, and the main package stays small.
 */
import type { QuizQuestion } from '#types/content'
import questionsJson from './quiz-questions.json'
import { deepFreeze } from './freeze'

export const questions: readonly QuizQuestion[] = deepFreeze(questionsJson as unknown as QuizQuestion[])
