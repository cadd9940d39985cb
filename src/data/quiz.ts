/**
 * The quiz question bank, checked by the content loader's validateQuestions once, when the module loads.
 * Kept apart from ./index.ts so that only the pages that need the bank (quiz, quiz result, search) carry it:
 * in the mini-program those pages are subpackages, and the main package stays small.
 */
import questionsJson from './quiz-questions.json'
import { deepFreeze, validateQuestions } from './index'
import type { QuizQuestion } from '../../types/content'

export const questions: readonly QuizQuestion[] = deepFreeze(validateQuestions(questionsJson))
