import { act } from 'react'
import Taro from '@tarojs/taro'
import CategoryPage from '@/pages/category'
import CheckPage from '@/pages/check'
import FamilyPage from '@/pages/family'
import HelpPage from '@/pages/help'
import HomePage from '@/pages/index'
import NotFoundPage from '@/pages/not-found'
import PreventionPage from '@/pages/prevention'
import QuizPage from '@/pages/learn/quiz'
import QuizResultPage from '@/pages/learn/quiz-result'
import SearchPage from '@/pages/learn/search'
import { brochure } from '@/data'
import { buildShareCardText, buildSharePayload } from '@/domain/share'
import { TRUSTED_CONTACT_KEY, forgetCachedContact } from '@/services/trustedContact'
import { useAppStore } from '@/store'
import type { ShareTarget } from '#types/share'
import { mountComponent, routerParams, visibleText } from './support'
import { savedResult } from '../support/savedResult'

// Every share handler a page registers is kept here, so the test can ask it what it would hand WeChat.
const mockShareHandlers: Array<() => unknown> = []
jest.mock('@tarojs/taro', () => {
  const mocked = jest.requireActual('./mocks').taroWithRouterParams()
  const record = (handler: () => unknown) => {
    mockShareHandlers.push(handler)
  }
  return { ...mocked, useShareAppMessage: record, useShareTimeline: record }
})
jest.mock('@/services/navigation', () => jest.requireActual('./mocks').navigationMock())

// A relative whose number and names are unlike anything in the brochure, so any trace of them is found.
const CONTACT = { v: 1, relation: '外孙女', name: '晓雯', dial: '13912345678' }
const TRACES = ['13912345678', '139 1234 5678', '1234 5678', '12345678', '外孙女', '晓雯']

// [name, page, router params, whether the page itself shows the relative's call button on its first screen]
const pages: Array<[string, () => JSX.Element, Record<string, string>, boolean]> = [
  ['home', HomePage, {}, true],
  ['category', CategoryPage, { id: 'fake-credit', from: 'share' }, true],
  ['prevention', PreventionPage, {}, true],
  ['quiz', QuizPage, {}, false],
  ['quiz-result', QuizResultPage, {}, true],
  ['check', CheckPage, {}, false],
  ['search', SearchPage, {}, false],
  ['help', HelpPage, {}, true],
  ['not-found', NotFoundPage, {}, false],
  ['family', FamilyPage, {}, true]
]

beforeEach(() => {
  document.body.innerHTML = ''
  mockShareHandlers.length = 0
  forgetCachedContact()
  Taro.setStorageSync(TRUSTED_CONTACT_KEY, JSON.stringify(CONTACT))
  act(() => useAppStore.setState({ results: [savedResult()] }))
})

test.each(pages)(
  '%s: what it hands WeChat to share carries no trace of the trusted relative',
  async (_, Page, params, showsRelative) => {
    routerParams.current = params
    await mountComponent(Page)
    const shared = JSON.stringify(mockShareHandlers.map((handler) => handler()))
    for (const trace of TRACES) expect(shared).not.toContain(trace)
    if (Page !== FamilyPage && Page !== NotFoundPage) {
      // The page did register its share handlers, and the relative is on the page itself: this test can fail.
      expect(mockShareHandlers.length).toBeGreaterThanOrEqual(2)
      expect(shared).toContain('/pages/')
    }
    if (showsRelative) expect(visibleText()).toContain('外孙女 晓雯')
  }
)

test('no share payload, card text or link of any target can carry the relative', () => {
  const targets: ShareTarget[] = [
    { page: 'index' },
    ...brochure.categories.map((c) => ({ page: 'category' as const, id: c.id })),
    { page: 'prevention' },
    { page: 'quiz' },
    { page: 'quiz-result', score: 80 },
    { page: 'check' },
    { page: 'help' },
    { page: 'search' }
  ]
  const everything = JSON.stringify(
    targets.map((t) => [buildSharePayload(t, brochure), buildShareCardText(t, brochure)])
  )
  for (const trace of TRACES) expect(everything).not.toContain(trace)
})
