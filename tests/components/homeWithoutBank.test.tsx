import { act } from 'react'
import Taro from '@tarojs/taro'
import HomePage from '@/pages/index'
import { STORAGE_KEY, useAppStore } from '@/store'
import { mountComponent, visibleText } from './support'

// The home page, the store and everything they import must work without the quiz bank: in the mini-program the
// bank lives in the quiz subpackages, which are not loaded when the home page opens.
jest.mock('@/data/quiz', () => {
  throw new Error('the quiz bank was loaded')
})
jest.mock('@/services/navigation', () => jest.requireActual('./mocks').navigationMock())

beforeEach(() => {
  document.body.innerHTML = ''
})

test('the quiz bank cannot load in this file, so the test below proves the home page does not need it', () => {
  expect(() => require('@/data/quiz')).toThrow('the quiz bank was loaded')
})

test('the home page shows saved progress with no bank loaded, keeping a saved round for the quiz to judge', async () => {
  const round = {
    seed: 1,
    questionIds: ['q-removed', 'q-other'],
    optionOrders: [
      [1, 0],
      [0, 1, 2]
    ]
  }
  Taro.setStorageSync(
    STORAGE_KEY,
    JSON.stringify({
      state: {
        activeRound: { mode: 'standard', round, answers: [] },
        bestScore: 80,
        wrongBook: { 'q-removed': 1 },
        readCategories: ['fake-credit', 'pig-butchering']
      },
      version: 1
    })
  )
  await act(async () => {
    await useAppStore.persist.rehydrate()
  })
  await mountComponent(HomePage)
  const seen = visibleText()
  expect(seen).toContain('您的最好成绩：80 分')
  expect(seen).toContain('已学习 2/10')
  // Only the shape was checked: whether these questions still exist is for the quiz page, with the bank.
  expect(useAppStore.getState().activeRound?.round).toEqual(round)
  expect(useAppStore.getState().wrongBook).toEqual({ 'q-removed': 1 })
})
