/**
 * Types of the quiz: a drawn round, the answers a person gave, the scored result and the wrong-answer book.
 * All plain data, so a round or a book can be persisted as JSON and restored as is.
 */
import type { CategoryId, RuleId } from './content'

/** One round of questions, reproducible from its seed and the bank it was drawn from. */
export interface QuizRound {
  seed: number
  questionIds: string[]
  /**
   * optionOrders[i] is the display order of question i's options, as original option indices:
   * [2, 0, 1] shows option 2 first. Answers are always recorded as original indices.
   */
  optionOrders: number[][]
}

export interface AnswerRecord {
  questionId: string
  /** Original option index (not the display position). */
  chosen: number
  correct: boolean
}

export interface RuleScore {
  rule: RuleId
  correct: number
  asked: number
  /** correct / asked, from 0 to 1; 0 when the rule was not asked (check `asked`). */
  ratio: number
}

export type GradeId = 'guardian' | 'alert' | 'learner' | 'starter' | 'practice' | 'review'

export interface Grade {
  id: GradeId
  /** e.g. 反诈卫士 */
  title: string
  /** One line of plain advice for this level. */
  advice: string
}

export interface QuizResult {
  /** 0–100, rounded. */
  score: number
  correct: number
  total: number
  /** One entry per rule, in RULE_IDS order. */
  byRule: RuleScore[]
  /** The rule to study next; null when nothing was asked or every answer was right. */
  weakestRule: RuleId | null
  grade: Grade
  /** Ids of the questions answered wrong or not answered, in round order. */
  missed: string[]
  /**
   * The fraud categories behind the weakest rule's questions in this round, missed ones first: where to read up.
   * Empty when there is no weakest rule or its questions were general ones.
   */
  weakestCategories: CategoryId[]
}

/** The wrong-answer book: question id → time (ms since epoch) it was added. A plain JSON object. */
export type WrongBook = Record<string, number>
