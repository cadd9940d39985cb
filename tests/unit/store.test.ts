import Taro from '@tarojs/taro'
import { questions } from '../../src/data/quiz'
import { createAppStore } from '../../src/store/appStore'
import { createQuizActions } from '../../src/store/quizActions'

const KEY = 'fraud-shield'

/** A fresh store (one app start), created after the test has arranged storage. */
const loadStore = () => createAppStore().useAppStore

function answerAll(useAppStore: ReturnType<typeof loadStore>, pickRight: (i: number) => boolean) {
  const active = useAppStore.getState().activeRound!
  active.round.questionIds.forEach((id, i) => {
    const question = questions.find((q) => q.id === id)!
    const wrong = (question.answer + 1) % question.options.length
    createQuizActions(useAppStore).answerQuestion(questions, id, pickRight(i) ? question.answer : wrong)
  })
}

describe('the quiz store', () => {
  test('a finished round is scored, remembered, and fills the wrong-answer book', () => {
    const useAppStore = loadStore()
    expect(createQuizActions(useAppStore).startRound(questions, 'standard', 11)).toBe(true)
    answerAll(useAppStore, (i) => i < 7)
    const result = createQuizActions(useAppStore).finishRound(questions, 1000)!
    expect(result.score).toBe(70)
    expect(useAppStore.getState().bestScore).toBe(70)
    expect(useAppStore.getState().results[0].score).toBe(70)
    expect(Object.keys(useAppStore.getState().wrongBook)).toHaveLength(3)
    expect(useAppStore.getState().activeRound).toBeNull()
  })

  test('a question can be answered once; a double tap does not answer the next one', () => {
    const useAppStore = loadStore()
    createQuizActions(useAppStore).startRound(questions, 'standard', 3)
    const [first] = useAppStore.getState().activeRound!.round.questionIds
    createQuizActions(useAppStore).answerQuestion(questions, first, 0)
    createQuizActions(useAppStore).answerQuestion(questions, first, 1)
    expect(useAppStore.getState().activeRound!.answers).toHaveLength(1)
    expect(useAppStore.getState().activeRound!.answers[0].chosen).toBe(0)
  })

  test('practising the wrong answers empties the book as they are answered right', () => {
    const useAppStore = loadStore()
    createQuizActions(useAppStore).startRound(questions, 'standard', 5)
    answerAll(useAppStore, () => false)
    createQuizActions(useAppStore).finishRound(questions, 1)
    expect(Object.keys(useAppStore.getState().wrongBook)).toHaveLength(10)
    expect(createQuizActions(useAppStore).startRound(questions, 'practice', 9)).toBe(true)
    answerAll(useAppStore, () => true)
    createQuizActions(useAppStore).finishRound(questions, 2)
    expect(useAppStore.getState().wrongBook).toEqual({})
    expect(useAppStore.getState().bestScore).toBe(0)
    expect(createQuizActions(useAppStore).startRound(questions, 'practice', 10)).toBe(false)
  })

  test('a saved answer that claims to be right but is not still lands in the wrong-answer book', () => {
    const useAppStore = loadStore()
    const quiz = createQuizActions(useAppStore)
    quiz.startRound(questions, 'standard', 13)
    const active = useAppStore.getState().activeRound!
    const answers = active.round.questionIds.map((id) => {
      const question = questions.find((q) => q.id === id)!
      return { questionId: id, chosen: (question.answer + 1) % question.options.length, correct: true }
    })
    useAppStore.setState({ activeRound: { ...active, answers } })
    expect(quiz.finishRound(questions, 7)!.score).toBe(0)
    expect(Object.keys(useAppStore.getState().wrongBook).sort()).toEqual([...active.round.questionIds].sort())
  })

  test('a round in progress survives a restart', () => {
    const first = loadStore()
    createQuizActions(first).startRound(questions, 'standard', 21)
    const id = first.getState().activeRound!.round.questionIds[0]
    createQuizActions(first).answerQuestion(questions, id, 0)
    const reopened = loadStore()
    expect(reopened.getState().activeRound!.answers).toHaveLength(1)
    expect(reopened.getState().activeRound!.round).toEqual(first.getState().activeRound!.round)
  })

  test('corrupted storage never crashes: the quiz starts empty and still works', () => {
    Taro.setStorageSync(KEY, '{not json')
    const useAppStore = loadStore()
    expect(useAppStore.getState().bestScore).toBeNull()
    expect(createQuizActions(useAppStore).startRound(questions, 'standard', 1)).toBe(true)
  })

  test('an old-version saved state is migrated, keeping what is valid', () => {
    Taro.setStorageSync(KEY, JSON.stringify({ state: { bestScore: 90, wrongBook: { nope: 1 } }, version: 0 }))
    const useAppStore = loadStore()
    expect(useAppStore.getState().bestScore).toBe(90)
    // The unknown question id goes once a quiz page brings the bank.
    createQuizActions(useAppStore).reconcileWithBank(questions)
    expect(useAppStore.getState().wrongBook).toEqual({})
    expect(useAppStore.getState().bestScore).toBe(90)
  })

  test('a saved round naming a removed question is dropped on reconcile; progress and the rest stay', () => {
    const first = loadStore()
    createQuizActions(first).startRound(questions, 'standard', 31)
    const round = first.getState().activeRound!.round
    const removed = { ...round, questionIds: ['q-removed', ...round.questionIds.slice(1)] }
    const kept = round.questionIds[1]
    Taro.setStorageSync(
      KEY,
      JSON.stringify({
        state: {
          activeRound: { mode: 'standard', round: removed, answers: [] },
          bestScore: 60,
          wrongBook: { 'q-removed': 1, [kept]: 2 },
          readCategories: ['online-loan']
        },
        version: 1
      })
    )
    const reopened = loadStore()
    // Loading has no bank: the round is well-formed, so it is kept until a quiz page can judge it.
    expect(reopened.getState().activeRound!.round).toEqual(removed)
    createQuizActions(reopened).reconcileWithBank(questions)
    expect(reopened.getState().activeRound).toBeNull()
    expect(reopened.getState().wrongBook).toEqual({ [kept]: 2 })
    expect(reopened.getState().bestScore).toBe(60)
    expect(reopened.getState().readCategories).toEqual(['online-loan'])
    // The pruned state is what is saved, and a fresh round starts normally.
    expect(JSON.parse(Taro.getStorageSync(KEY)).state.activeRound).toBeNull()
    expect(createQuizActions(reopened).startRound(questions, 'standard', 32)).toBe(true)
  })

  test('reconciling a state the bank fully knows changes nothing and notifies nobody', () => {
    const useAppStore = loadStore()
    createQuizActions(useAppStore).startRound(questions, 'standard', 12)
    const before = useAppStore.getState()
    const listener = jest.fn()
    const unsubscribe = useAppStore.subscribe(listener)
    createQuizActions(useAppStore).reconcileWithBank(questions)
    unsubscribe()
    expect(listener).not.toHaveBeenCalled()
    expect(useAppStore.getState()).toBe(before)
  })

  test('storage that throws on write: the quiz still works in memory', () => {
    const spy = jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new Error('QuotaExceededError')
    })
    try {
      const useAppStore = loadStore()
      createQuizActions(useAppStore).startRound(questions, 'standard', 2)
      answerAll(useAppStore, () => true)
      expect(createQuizActions(useAppStore).finishRound(questions, 5)!.score).toBe(100)
      expect(useAppStore.getState().bestScore).toBe(100)
    } finally {
      spy.mockRestore()
    }
  })
})
