import { screen } from '@testing-library/dom'
import { act } from 'react'
import Taro from '@tarojs/taro'
import HomePage from '@/pages/index'
import { DAY_MS } from '@/domain/review'
import { RULE_IDS } from '@/data/ids'
import type { RuleId } from '#types/content'
import { openPage } from '@/services/navigation'
import { STORAGE_KEY, useAppStore } from '@/store'
import { mountComponent, nameStarting, tap, visibleText } from './support'

// The home panel sits in the main package: it must work without the quiz bank, the scenarios or the drills.
jest.mock('@/data/quiz', () => {
  throw new Error('the quiz bank was loaded')
})
jest.mock('@/data/scenario', () => {
  throw new Error('the scenarios were loaded')
})
jest.mock('@/data/drill', () => {
  throw new Error('the drills were loaded')
})
jest.mock('@/services/navigation', () => jest.requireActual('./mocks').navigationMock())

const NOW = Date.UTC(2026, 10, 29, 9)

beforeEach(() => {
  document.body.innerHTML = ''
  jest.clearAllMocks()
})

afterEach(() => jest.restoreAllMocks())

/** The phone's clock, as the panel reads it. */
function setClock(time: number): void {
  jest.spyOn(Date, 'now').mockReturnValue(time)
}

async function load(state: Record<string, unknown>, version = 2): Promise<void> {
  Taro.setStorageSync(STORAGE_KEY, JSON.stringify({ state, version }))
  await act(async () => {
    await useAppStore.persist.rehydrate()
  })
}

const tally = (pairs: [number, number][]) => pairs

test('the content modules cannot load in this file, so the tests below prove home does not need them', () => {
  expect(() => require('@/data/scenario')).toThrow('the scenarios were loaded')
  expect(() => require('@/data/drill')).toThrow('the drills were loaded')
})

test('shows categories read, scenarios played, the reviews due today and the weakest rule over everything', async () => {
  setClock(NOW)
  await load({
    readCategories: ['fake-credit', 'online-loan', 'pig-butchering'],
    reviewSchedule: {
      'q-fake-credit-1': { box: 0, due: NOW - DAY_MS },
      'scn:online-loan:p2': { box: 1, due: NOW - 1 },
      'q-later': { box: 2, due: NOW + DAY_MS }
    },
    scenarioRecords: {
      'online-loan': {
        at: NOW,
        ending: 'outcome',
        tally: tally([
          [0, 1],
          [0, 1],
          [0, 1],
          [0, 1]
        ])
      },
      'fake-credit': {
        at: NOW,
        ending: 'safe',
        tally: tally([
          [1, 1],
          [0, 0],
          [0, 0],
          [0, 0]
        ])
      }
    },
    drillRecord: { 'd-x': { rule: 'no-transfer', right: true } }
  })
  const utils = await mountComponent(HomePage)
  const seen = visibleText()
  expect(seen).toContain('已学习 3/10')
  expect(seen).toContain('情景演练 2/10')
  expect(seen).toContain('今天要复习 2 题')
  // no-disclose 0/1 and report 0/1 tie at 0: said as a tie, as the quiz result says it; the drill link starts with
  // 不透露 (money-related rules first) and says the tie too, not 先练「不透露」 alone (round 54's trial).
  expect(seen).toContain('算上情景演练和帮家人把关，这几条一样需要加强：不透露、及时报警')
  await tap(utils, screen.getByRole('button', { name: '今天要复习 2 题' }))
  expect(openPage).toHaveBeenCalledWith('quiz', { mode: 'review' })
  await tap(
    utils,
    screen.getByRole('button', { name: nameStarting('情景演练：从「不透露」开始，练练这几条') })
  )
  expect(openPage).toHaveBeenCalledWith('scenario', { rule: 'no-disclose' })
})

test('one 最需要加强 on home: the tally is said only when practice adds to the last test and names other rules', async () => {
  const byRule = (wrong: RuleId) =>
    RULE_IDS.map((rule) => ({ rule, correct: rule === wrong ? 0 : 2, asked: 2 }))
  const test = {
    at: NOW,
    mode: 'standard' as const,
    score: 75,
    correct: 6,
    total: 8,
    byRule: byRule('no-transfer'),
    weakestRule: 'no-transfer',
    grade: 'fair',
    missed: [],
    weakestCategories: []
  }
  // The last test alone: home's 上次测试最需要加强 says it; no second line.
  await load({ results: [test] })
  await mountComponent(HomePage)
  expect(visibleText()).toContain('上次测试最需要加强：不转账')
  expect(visibleText()).not.toContain('算上情景演练')
  document.body.innerHTML = ''
  // Scenarios that miss 不轻信 again and again: the tally names another rule, and says what it counts.
  await load({
    results: [test],
    scenarioRecords: {
      'online-loan': {
        at: NOW,
        ending: 'outcome',
        tally: tally([
          [0, 3],
          [0, 0],
          [2, 2],
          [0, 0]
        ])
      }
    }
  })
  await mountComponent(HomePage)
  expect(visibleText()).toContain('算上情景演练和帮家人把关，最需要加强：不轻信')
})

test('nothing due: no review prompt; a day later the same saved item is due', async () => {
  setClock(NOW)
  const state = { reviewSchedule: { 'q-fake-credit-1': { box: 0, due: NOW + DAY_MS } } }
  await load(state)
  await mountComponent(HomePage)
  expect(visibleText()).not.toContain('今天要复习')
  expect(visibleText()).toContain('今天没有要复习的题')

  document.body.innerHTML = ''
  setClock(NOW + DAY_MS + 1)
  await load(state)
  await mountComponent(HomePage)
  expect(visibleText()).toContain('今天要复习 1 题')
})

test("nothing due right after a bad round: home offers the wrong answers to practise now (round 51's trial)", async () => {
  setClock(NOW)
  const wrongBook = { 'q-fake-credit-1': 1, 'q-fake-credit-2': 1 }
  await load({ wrongBook, reviewSchedule: { 'q-fake-credit-1': { box: 0, due: NOW + DAY_MS } } })
  const utils = await mountComponent(HomePage)
  expect(visibleText()).toContain('今天没有要复习的题')
  await tap(utils, screen.getByRole('button', { name: nameStarting('现在就练答错的 2 道题') }))
  expect(openPage).toHaveBeenCalledWith('quiz', { mode: 'practice' })

  // With nothing in the wrong-answer book, no such offer.
  document.body.innerHTML = ''
  await load({ wrongBook: {}, reviewSchedule: {} })
  await mountComponent(HomePage)
  expect(visibleText()).not.toContain('现在就练')
})

test("more wrong answers than a round holds: home says a round takes ten (round 52's trial)", async () => {
  setClock(NOW)
  const wrongBook = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`q-fake-credit-${i + 1}`, 1]))
  await load({ wrongBook, reviewSchedule: {} })
  const utils = await mountComponent(HomePage)
  await tap(utils, screen.getByRole('button', { name: nameStarting('现在就练答错的 12 道题，每次 10 题') }))
  expect(openPage).toHaveBeenCalledWith('quiz', { mode: 'practice' })
})

test('more due than a round holds: home says how many a round takes', async () => {
  setClock(NOW)
  const due = Object.fromEntries(
    Array.from({ length: 14 }, (_, i) => [`q-fake-credit-${i + 1}`, { box: 0, due: NOW - 1 }])
  )
  await load({ reviewSchedule: due })
  await mountComponent(HomePage)
  expect(visibleText()).toContain('今天要复习 14 题，每次 10 题')
})

test('answers given after home opened are not due at once (home stays open behind the quiz, then back)', async () => {
  setClock(NOW)
  await load({ reviewSchedule: {} })
  await mountComponent(HomePage)
  expect(visibleText()).toContain('今天没有要复习的题')

  // Ten minutes later the quiz records five wrong answers, each due a day after it was answered.
  const later = NOW + 10 * 60 * 1000
  setClock(later)
  const schedule = Object.fromEntries(
    ['q-a', 'q-b', 'q-c', 'q-d', 'q-e'].map((id) => [id, { box: 0, due: later + DAY_MS }])
  )
  await act(async () => {
    useAppStore.setState({ reviewSchedule: schedule })
  })
  expect(visibleText()).not.toContain('今天要复习')
  expect(visibleText()).toContain('今天没有要复习的题')
})

test('version 1 saved state migrates: quiz progress kept, learning progress starts empty', async () => {
  await load(
    {
      bestScore: 70,
      readCategories: ['fake-credit'],
      wrongBook: { 'q-fake-credit-1': 5 },
      reviewSchedule: { 'q-fake-credit-1': 'junk' }
    },
    1
  )
  const state = useAppStore.getState()
  expect(state.bestScore).toBe(70)
  expect(state.wrongBook).toEqual({ 'q-fake-credit-1': 5 })
  expect(state.reviewSchedule).toEqual({})
  expect(state.scenarioRecords).toEqual({})
  await mountComponent(HomePage)
  expect(visibleText()).toContain('情景演练 0/10')
})

test('damaged learning progress never breaks home: the valid part stays', async () => {
  await load({
    reviewSchedule: { 'q-a': { box: 0, due: 0 }, 'q-b': { box: 'x', due: null } },
    scenarioRecords: {
      'fake-credit': { at: 'then' },
      'game-trading': {
        at: 1,
        ending: 'safe',
        tally: tally([
          [1, 1],
          [0, 0],
          [0, 0],
          [0, 0]
        ])
      }
    },
    drillRecord: 'junk'
  })
  await mountComponent(HomePage)
  expect(visibleText()).toContain('情景演练 1/10')
  expect(visibleText()).toContain('今天要复习 1 题')
})
