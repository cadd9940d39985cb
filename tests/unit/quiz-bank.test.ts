import { CATEGORY_IDS, RULE_IDS } from '@/data/ids'
import type { QuizQuestion } from '#types/content'
import rawQuestions from '../../src/data/quiz-questions.json'
import { validateQuestions } from '../../src/data/contentChecks'
import { questions } from '../../src/data/quiz'

const countWhere = (keep: (q: QuizQuestion) => boolean): number => questions.filter(keep).length

describe('quiz question bank', () => {
  it('passes the content loader checks, so the quiz page can trust every question', () => {
    expect(() => validateQuestions(rawQuestions, 'quiz-questions.json')).not.toThrow()
    expect(questions).toHaveLength(rawQuestions.length)
  })

  it('has at least 60 questions, so repeated rounds do not feel the same', () => {
    expect(questions.length).toBeGreaterThanOrEqual(60)
  })

  it.each(RULE_IDS)('tests the prevention rule "%s" with at least 12 questions', (rule) => {
    expect(countWhere((q) => q.rule === rule)).toBeGreaterThanOrEqual(12)
  })

  it.each(CATEGORY_IDS)('covers the fraud category "%s" with at least 4 questions', (category) => {
    expect(countWhere((q) => q.category === category)).toBeGreaterThanOrEqual(4)
  })

  it('has at least 8 control questions, where the situation is legitimate and panic is the wrong answer', () => {
    expect(countWhere((q) => q.control === true)).toBeGreaterThanOrEqual(8)
  })

  it('explains every answer in words and names where in the brochure it comes from', () => {
    const unexplained = questions.filter((q) => q.explanation.trim() === '').map((q) => q.id)
    expect(unexplained).toEqual([])
    // Every explanation ends with its source, e.g. "（出自「网络贷款诈骗」反诈提示）" or "（四不原则：不转账）".
    const unsourced = questions.filter((q) => !/（[^（）]+）$/.test(q.explanation)).map((q) => q.id)
    expect(unsourced).toEqual([])
  })

  it('offers exactly 对 and 错 on every true-false question', () => {
    const trueFalse = questions.filter((q) => q.kind === 'true-false')
    expect(trueFalse.length).toBeGreaterThan(0)
    trueFalse.forEach((q) =>
      expect({ id: q.id, options: q.options }).toEqual({ id: q.id, options: ['对', '错'] })
    )
  })

  it('gives every question its own id, so saved progress and share links point at one question', () => {
    const ids = questions.map((q) => q.id)
    const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i)
    expect(duplicates).toEqual([])
  })

  it('does not put most right answers in the same place, so guessing one position does not pay', () => {
    const singles = questions.filter((q) => q.kind === 'single')
    const perPosition = [0, 1, 2, 3].map((i) => singles.filter((q) => q.answer === i).length)
    perPosition.forEach((n) => expect(n).toBeLessThanOrEqual(Math.ceil(singles.length * 0.4)))
  })
})
