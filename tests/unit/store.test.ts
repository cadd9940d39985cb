import Taro from '@tarojs/taro'
import { questions } from '../../src/data'

const KEY = 'fraud-shield'

/** A fresh store module, created after the test has arranged storage. */
function loadStore() {
  let store!: typeof import('../../src/store')
  jest.isolateModules(() => {
    store = require('../../src/store')
  })
  return store.useAppStore
}

function answerAll(useAppStore: ReturnType<typeof loadStore>, pickRight: (i: number) => boolean) {
  const active = useAppStore.getState().activeRound!
  active.round.questionIds.forEach((id, i) => {
    const question = questions.find((q) => q.id === id)!
    const wrong = (question.answer + 1) % question.options.length
    useAppStore.getState().answerQuestion(id, pickRight(i) ? question.answer : wrong)
  })
}

beforeEach(() => window.localStorage.clear())

describe('the quiz store', () => {
  test('a finished round is scored, remembered, and fills the wrong-answer book', () => {
    const useAppStore = loadStore()
    expect(useAppStore.getState().startRound('standard', 11)).toBe(true)
    answerAll(useAppStore, (i) => i < 7)
    const result = useAppStore.getState().finishRound(1000)!
    expect(result.score).toBe(70)
    expect(useAppStore.getState().bestScore).toBe(70)
    expect(useAppStore.getState().results[0].score).toBe(70)
    expect(Object.keys(useAppStore.getState().wrongBook)).toHaveLength(3)
    expect(useAppStore.getState().activeRound).toBeNull()
  })

  test('a question can be answered once; a double tap does not answer the next one', () => {
    const useAppStore = loadStore()
    useAppStore.getState().startRound('standard', 3)
    const [first] = useAppStore.getState().activeRound!.round.questionIds
    useAppStore.getState().answerQuestion(first, 0)
    useAppStore.getState().answerQuestion(first, 1)
    expect(useAppStore.getState().activeRound!.answers).toHaveLength(1)
    expect(useAppStore.getState().activeRound!.answers[0].chosen).toBe(0)
  })

  test('practising the wrong answers empties the book as they are answered right', () => {
    const useAppStore = loadStore()
    useAppStore.getState().startRound('standard', 5)
    answerAll(useAppStore, () => false)
    useAppStore.getState().finishRound(1)
    expect(Object.keys(useAppStore.getState().wrongBook)).toHaveLength(10)
    expect(useAppStore.getState().startRound('practice', 9)).toBe(true)
    answerAll(useAppStore, () => true)
    useAppStore.getState().finishRound(2)
    expect(useAppStore.getState().wrongBook).toEqual({})
    expect(useAppStore.getState().bestScore).toBe(0)
    expect(useAppStore.getState().startRound('practice', 10)).toBe(false)
  })

  test('a round in progress survives a restart', () => {
    const first = loadStore()
    first.getState().startRound('standard', 21)
    const id = first.getState().activeRound!.round.questionIds[0]
    first.getState().answerQuestion(id, 0)
    const reopened = loadStore()
    expect(reopened.getState().activeRound!.answers).toHaveLength(1)
    expect(reopened.getState().activeRound!.round).toEqual(first.getState().activeRound!.round)
  })

  test('corrupted storage never crashes: the quiz starts empty and still works', () => {
    Taro.setStorageSync(KEY, '{not json')
    const useAppStore = loadStore()
    expect(useAppStore.getState().bestScore).toBeNull()
    expect(useAppStore.getState().startRound('standard', 1)).toBe(true)
  })

  test('an old-version saved state is migrated, keeping what is valid', () => {
    Taro.setStorageSync(KEY, JSON.stringify({ state: { bestScore: 90, wrongBook: { nope: 1 } }, version: 0 }))
    const useAppStore = loadStore()
    expect(useAppStore.getState().bestScore).toBe(90)
    expect(useAppStore.getState().wrongBook).toEqual({})
  })

  test('storage that throws on write: the quiz still works in memory', () => {
    const spy = jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new Error('QuotaExceededError')
    })
    try {
      const useAppStore = loadStore()
      useAppStore.getState().startRound('standard', 2)
      answerAll(useAppStore, () => true)
      expect(useAppStore.getState().finishRound(5)!.score).toBe(100)
      expect(useAppStore.getState().bestScore).toBe(100)
    } finally {
      spy.mockRestore()
    }
  })
})
