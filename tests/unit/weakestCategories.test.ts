import type { QuestionCategory, QuizQuestion, RuleId } from '#types/content'
import { scoreQuiz } from '../../src/domain/quiz'
import { sanitizeSavedState } from '../../src/domain/savedState'

function question(id: string, rule: RuleId, category: QuestionCategory): QuizQuestion {
  return {
    id,
    kind: 'true-false',
    prompt: id,
    options: ['对', '错'],
    answer: 0,
    explanation: '…',
    rule,
    category
  }
}

const bank = [
  question('t1', 'no-transfer', 'fake-credit'),
  question('t2', 'no-transfer', 'online-loan'),
  question('t3', 'no-transfer', 'general'),
  question('t4', 'no-transfer', 'online-loan'),
  question('d1', 'no-disclose', 'fake-customer-service'),
  question('d2', 'no-disclose', 'pig-butchering'),
  question('r1', 'report', 'general'),
  question('r2', 'report', 'game-trading')
]
const round = { seed: 1, questionIds: bank.map((q) => q.id), optionOrders: bank.map(() => [0, 1]) }
const answer = (id: string, right: boolean) => ({ questionId: id, chosen: right ? 0 : 1, correct: right })

describe('what to read after a quiz', () => {
  test('the weakest rule’s categories, missed first, without general questions, each once', () => {
    const answers = [
      answer('t1', true),
      answer('t2', false),
      answer('t3', false),
      answer('t4', false),
      answer('d1', true),
      answer('d2', false),
      answer('r1', true),
      answer('r2', true)
    ]
    const result = scoreQuiz(bank, round, answers)
    expect(result.weakestRule).toBe('no-transfer')
    expect(result.weakestCategories).toEqual(['online-loan', 'fake-credit'])
  })

  test('nothing to suggest when every answer is right', () => {
    const result = scoreQuiz(
      bank,
      round,
      bank.map((q) => answer(q.id, true))
    )
    expect(result.weakestRule).toBeNull()
    expect(result.weakestCategories).toEqual([])
  })

  test('a saved result keeps its suggestions in order; junk and repeats are dropped; old results get none', () => {
    const saved = {
      at: 1,
      mode: 'standard',
      score: 50,
      correct: 4,
      total: 8,
      byRule: (['no-trust', 'no-disclose', 'no-transfer', 'report'] as const).map((rule) => ({
        rule,
        correct: 1,
        asked: 2,
        ratio: 0.5
      })),
      weakestRule: 'no-transfer',
      missed: []
    }
    const state = sanitizeSavedState({
      results: [
        { ...saved, weakestCategories: ['online-loan', 'nope', 'fake-credit', 'online-loan', 7] },
        saved
      ]
    })
    expect(state.results[0].weakestCategories).toEqual(['online-loan', 'fake-credit'])
    expect(state.results[1].weakestCategories).toEqual([])
  })
})
