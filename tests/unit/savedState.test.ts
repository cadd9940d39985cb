import { questions } from '../../src/data'
import { drawRound } from '../../src/domain/quiz'
import {
  EMPTY_SAVED_STATE,
  MAX_RESULTS,
  migrateSavedState,
  sanitizeSavedState
} from '../../src/domain/savedState'
import { RULE_IDS } from '../../types/content'

const round = drawRound(questions, 7)
const validResult = {
  at: 1_700_000_000_000,
  mode: 'standard',
  score: 80,
  correct: 8,
  total: 10,
  byRule: RULE_IDS.map((rule) => ({ rule, correct: 2, asked: 2, ratio: 1 })),
  weakestRule: 'report',
  grade: { id: 'alert', title: '防骗达人', advice: '' },
  missed: [round.questionIds[0]]
}

describe('reading saved state', () => {
  test.each([
    [undefined],
    [null],
    ['garbage'],
    [42],
    [[]],
    [{ results: 'x', wrongBook: 7, activeRound: [] }]
  ])('a corrupted value %p becomes the empty state', (raw) => {
    expect(sanitizeSavedState(raw, questions)).toEqual(EMPTY_SAVED_STATE)
  })

  test('a valid state is kept as it was', () => {
    const answers = [{ questionId: round.questionIds[0], chosen: 0, correct: false }]
    const saved = {
      activeRound: { mode: 'standard', round, answers },
      results: [validResult],
      bestScore: 80,
      wrongBook: { [round.questionIds[0]]: 5 },
      readCategories: ['fake-credit', 'pig-butchering'],
      largeText: true
    }
    const clean = sanitizeSavedState(saved, questions)
    expect(clean.activeRound).toEqual({ mode: 'standard', round, answers })
    expect(clean.results).toHaveLength(1)
    expect(clean.results[0].score).toBe(80)
    expect(clean.bestScore).toBe(80)
    expect(clean.wrongBook).toEqual({ [round.questionIds[0]]: 5 })
    expect(clean.readCategories).toEqual(['pig-butchering', 'fake-credit'])
    expect(clean.largeText).toBe(true)
  })

  test('a round naming a question that no longer exists is dropped, the rest is kept', () => {
    const broken = { ...round, questionIds: ['q-removed', ...round.questionIds.slice(1)] }
    const clean = sanitizeSavedState(
      {
        activeRound: { mode: 'standard', round: broken, answers: [] },
        bestScore: 60,
        wrongBook: { 'q-removed': 1 }
      },
      questions
    )
    expect(clean.activeRound).toBeNull()
    expect(clean.bestScore).toBe(60)
    expect(clean.wrongBook).toEqual({})
  })

  test('a round whose option order is not a permutation is dropped', () => {
    const orders = round.optionOrders.map((o, i) => (i === 0 ? o.map(() => 0) : o))
    const clean = sanitizeSavedState(
      { activeRound: { mode: 'standard', round: { ...round, optionOrders: orders }, answers: [] } },
      questions
    )
    expect(clean.activeRound).toBeNull()
  })

  test('answers that do not belong to the round or have impossible choices are dropped', () => {
    const answers = [
      { questionId: round.questionIds[0], chosen: 0, correct: true },
      { questionId: 'q-removed', chosen: 0, correct: true },
      { questionId: round.questionIds[1], chosen: 9, correct: true },
      'junk'
    ]
    const clean = sanitizeSavedState({ activeRound: { mode: 'practice', round, answers } }, questions)
    expect(clean.activeRound?.mode).toBe('practice')
    expect(clean.activeRound?.answers).toEqual([answers[0]])
  })

  test('malformed results are dropped, at most 20 are kept, and the best score follows them', () => {
    const many = Array.from({ length: 25 }, (_, i) => ({ ...validResult, at: i, score: 50 + i }))
    const clean = sanitizeSavedState(
      { results: [{ score: 'high' }, { ...validResult, correct: 11 }, ...many], bestScore: 'x' },
      questions
    )
    expect(clean.results).toHaveLength(MAX_RESULTS)
    expect(clean.results[0].score).toBe(50)
    expect(clean.bestScore).toBe(69)
  })

  test('an impossible best score is ignored', () => {
    expect(sanitizeSavedState({ bestScore: 250 }, questions).bestScore).toBeNull()
    expect(sanitizeSavedState({ bestScore: -1 }, questions).bestScore).toBeNull()
  })

  test('an unversioned (version 0) state migrates through the same checks', () => {
    expect(
      migrateSavedState({ bestScore: 70, readCategories: ['online-loan', 'nope'] }, 0, questions)
    ).toEqual({
      ...EMPTY_SAVED_STATE,
      bestScore: 70,
      readCategories: ['online-loan']
    })
  })
})
