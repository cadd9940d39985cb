import { screen } from '@testing-library/dom'
import { act } from 'react'
import HomePage from '@/pages/index'
import PactPage from '@/pages/family/pact'
import { reportReadFailed, reportSave, useSaveStatus } from '@/store/saveStatus'
import { STORAGE_KEY } from '@/store'
import { mountComponent, tap, visibleText } from './support'

jest.mock('@/services/navigation', () => jest.requireActual('./mocks').navigationMock())
jest.mock('@tarojs/taro', () => jest.requireActual('./mocks').taroWithRouterParams())

const READ_FAILED = '暂时读不了学习记录和大字设置'

beforeEach(() => {
  document.body.innerHTML = ''
  useSaveStatus.setState({
    failingKeys: [],
    newerReleaseKeys: [],
    unreadableKeys: [],
    readFailedKeys: [],
    dismissedProblem: null
  })
})

/** Whether `first` comes before `second` in the page (document order, which is reading order here). */
function comesBefore(first: Element, second: Element): boolean {
  return (first.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0
}

// Round 42's new-user trial, 320 px in 大字模式, storage blocked: a 10-line notice with no 知道了 filled home's first
// screen above 96110 and the 大字模式 switch, and came back at the top of every page.
test('home says storage is blocked under its hotline and calls, not above them', async () => {
  reportReadFailed(STORAGE_KEY)
  await mountComponent(HomePage)
  const notice = screen.getAllByRole('status').find((s) => s.textContent?.includes(READ_FAILED))
  expect(notice).toBeDefined()
  const call = screen.getByRole('button', { name: /^拨打 110/ })
  expect(comesBefore(call, notice!)).toBe(true)
  expect(comesBefore(screen.getByRole('switch', { name: '大字模式' }), notice!)).toBe(true)
})

test('知道了 closes the notice for the session, on every page; another problem is said again', async () => {
  reportReadFailed(STORAGE_KEY)
  const home = await mountComponent(HomePage)
  await tap(home, screen.getByRole('button', { name: '知道了' }))
  expect(visibleText()).not.toContain(READ_FAILED)
  document.body.innerHTML = ''
  await mountComponent(PactPage)
  expect(visibleText()).not.toContain(READ_FAILED)
  // The same session, a save a newer release made: a different problem, so a new notice.
  act(() => {
    useSaveStatus.setState({ readFailedKeys: [] })
    reportSave(STORAGE_KEY, false, true)
  })
  expect(visibleText()).toContain('是新版本存的')
})
