import { RULE_IDS } from '@/data/ids'
import { questions } from '../../src/data/quiz'
import { drawRound } from '../../src/domain/quiz'
import {
  EMPTY_SAVED_STATE,
  MAX_RESULTS,
  migrateSavedState,
  pruneAgainstBank,
  sanitizeSavedState
} from '../../src/domain/savedState'

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

/** What a quiz page works with: the shape checked on load, then pruned against the bank. */
const loadForQuiz = (raw: unknown) => pruneAgainstBank(sanitizeSavedState(raw), questions)

describe('reading saved state', () => {
  test.each([
    [undefined],
    [null],
    ['garbage'],
    [42],
    [[]],
    [{ results: 'x', wrongBook: 7, activeRound: [] }]
  ])('a corrupted value %p becomes the empty state', (raw) => {
    expect(sanitizeSavedState(raw)).toEqual(EMPTY_SAVED_STATE)
    expect(loadForQuiz(raw)).toEqual(EMPTY_SAVED_STATE)
  })

  test('a valid state is kept as it was, and the bank has nothing to prune', () => {
    const answers = [{ questionId: round.questionIds[0], chosen: 0, correct: false }]
    const saved = {
      activeRound: { mode: 'standard', round, answers },
      results: [validResult],
      bestScore: 80,
      wrongBook: { [round.questionIds[0]]: 5 },
      readCategories: ['fake-credit', 'pig-butchering'],
      largeText: true
    }
    const clean = sanitizeSavedState(saved)
    expect(clean.activeRound).toEqual({ mode: 'standard', round, answers })
    expect(clean.results).toHaveLength(1)
    expect(clean.results[0].score).toBe(80)
    expect(clean.bestScore).toBe(80)
    expect(clean.wrongBook).toEqual({ [round.questionIds[0]]: 5 })
    expect(clean.readCategories).toEqual(['pig-butchering', 'fake-credit'])
    expect(clean.largeText).toBe(true)
    // The same object back: the store skips the update and no page re-renders.
    expect(pruneAgainstBank(clean, questions)).toBe(clean)
  })

  test('a round naming a question that no longer exists is dropped against the bank, the rest is kept', () => {
    const broken = { ...round, questionIds: ['q-removed', ...round.questionIds.slice(1)] }
    const saved = {
      activeRound: { mode: 'standard', round: broken, answers: [] },
      bestScore: 60,
      wrongBook: { 'q-removed': 1, [round.questionIds[1]]: 2 }
    }
    // Without the bank the round is well-formed, so loading keeps it for the quiz page to judge.
    expect(sanitizeSavedState(saved).activeRound?.round).toEqual(broken)
    const clean = loadForQuiz(saved)
    expect(clean.activeRound).toBeNull()
    expect(clean.bestScore).toBe(60)
    expect(clean.wrongBook).toEqual({ [round.questionIds[1]]: 2 })
  })

  test('a round whose option order is not a permutation is dropped, with or without the bank', () => {
    const orders = round.optionOrders.map((o, i) => (i === 0 ? o.map(() => 0) : o))
    const saved = {
      activeRound: { mode: 'standard', round: { ...round, optionOrders: orders }, answers: [] }
    }
    expect(sanitizeSavedState(saved).activeRound).toBeNull()
    expect(loadForQuiz(saved).activeRound).toBeNull()
  })

  test('a round whose option order no longer fits its question is dropped against the bank', () => {
    const first = questions.find((q) => q.id === round.questionIds[0])!
    const shorter = first.options.slice(1).map((_, i) => i)
    const orders = round.optionOrders.map((o, i) => (i === 0 ? shorter : o))
    const saved = {
      activeRound: { mode: 'standard', round: { ...round, optionOrders: orders }, answers: [] }
    }
    expect(sanitizeSavedState(saved).activeRound).not.toBeNull()
    expect(loadForQuiz(saved).activeRound).toBeNull()
  })

  test('a round that lists a question twice is dropped', () => {
    const twice = { ...round, questionIds: [round.questionIds[1], ...round.questionIds.slice(1)] }
    expect(
      sanitizeSavedState({ activeRound: { mode: 'standard', round: twice, answers: [] } }).activeRound
    ).toBeNull()
  })

  test('answers that do not belong to the round or have impossible choices are dropped', () => {
    const answers = [
      { questionId: round.questionIds[0], chosen: 0, correct: true },
      { questionId: 'q-removed', chosen: 0, correct: true },
      { questionId: round.questionIds[1], chosen: 9, correct: true },
      'junk'
    ]
    const clean = loadForQuiz({ activeRound: { mode: 'practice', round, answers } })
    expect(clean.activeRound?.mode).toBe('practice')
    expect(clean.activeRound?.answers).toEqual([answers[0]])
  })

  test('answers are kept only as an in-order run from the first question, so the next question is never skipped', () => {
    const [q0, q1, q2] = round.questionIds
    const answer = (questionId: string) => ({ questionId, chosen: 0, correct: false })
    const load = (answers: unknown[]) => loadForQuiz({ activeRound: { mode: 'standard', round, answers } })
    expect(load([answer(q0), answer(q0)]).activeRound?.answers).toEqual([answer(q0)])
    expect(load([answer(q0), answer(q2)]).activeRound?.answers).toEqual([answer(q0)])
    expect(load([answer(q1)]).activeRound?.answers).toEqual([])
    expect(load([answer(q0), answer(q1), answer(q2)]).activeRound?.answers).toHaveLength(3)
  })

  test('malformed results are dropped, at most 20 are kept, and the best score follows them', () => {
    // Scores are recomputed from the counts: 0/10 … 9/10, twice over and a bit.
    const many = Array.from({ length: 25 }, (_, i) => ({
      ...validResult,
      at: i,
      correct: i % 10,
      score: 100
    }))
    const clean = sanitizeSavedState({
      results: [{ score: 'high' }, { ...validResult, correct: 11 }, ...many],
      bestScore: 'x'
    })
    expect(clean.results).toHaveLength(MAX_RESULTS)
    expect(clean.results[0].score).toBe(0)
    expect(clean.bestScore).toBe(90)
  })

  test('only a whole test sets the best score: a review or practice round of 100 分 does not, also after a reload', () => {
    // A new user's trial: 20 分 in the test, then all of a review right; home said 20 分 until a reload, then 100 分.
    const test20 = { ...validResult, correct: 2, at: 1, mode: 'standard' }
    const review = { ...validResult, correct: 8, total: 8, at: 2, mode: 'review' }
    const practice = { ...validResult, correct: 10, at: 3, mode: 'practice' }
    const clean = sanitizeSavedState({ results: [practice, review, test20], bestScore: 20 })
    expect(clean.results.map((r) => r.score)).toEqual([100, 100, 20])
    expect(clean.bestScore).toBe(20)
    expect(sanitizeSavedState({ results: [review] }).bestScore).toBeNull()
    expect(sanitizeSavedState({ results: [{ ...test20, mode: 'challenge', correct: 7 }] }).bestScore).toBe(70)
  })

  test('an impossible best score is ignored', () => {
    expect(sanitizeSavedState({ bestScore: 250 }).bestScore).toBeNull()
    expect(sanitizeSavedState({ bestScore: -1 }).bestScore).toBeNull()
  })

  test('wrong-book entries with impossible times are dropped on load, unknown ids against the bank', () => {
    const id = round.questionIds[0]
    const book = { [id]: 3, 'q-removed': 4, [round.questionIds[1]]: -1, [round.questionIds[2]]: 'x' }
    expect(sanitizeSavedState({ wrongBook: book }).wrongBook).toEqual({ [id]: 3, 'q-removed': 4 })
    expect(loadForQuiz({ wrongBook: book }).wrongBook).toEqual({ [id]: 3 })
  })

  test('an unversioned (version 0) state migrates through the same checks', () => {
    expect(migrateSavedState({ bestScore: 70, readCategories: ['online-loan', 'nope'] }, 0)).toEqual({
      ...EMPTY_SAVED_STATE,
      bestScore: 70,
      readCategories: ['online-loan']
    })
  })
})
