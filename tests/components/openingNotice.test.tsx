import { Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type TestUtils from '@tarojs/test-utils-react'
import { screen } from '@testing-library/dom'
import PageLink from '@/components/PageLink'
import PageShell from '@/components/PageShell'
import { WAIT_NOTICE_AFTER_MS } from '@/domain/navigationWait'
import { mountComponent, tap, tapSoon, visibleText } from './support'

// The real navigation service; only the platform's navigation is held, as on a slow phone loading the next page.
jest.mock('@tarojs/taro', () => jest.requireActual('./mocks').taroWithRouterParams())

const NOTICE = '正在打开，请稍等…'

function TappedPage() {
  return (
    <PageShell>
      <PageLink to='help' text='已被骗怎么办？' />
    </PageShell>
  )
}

function OpenedPage() {
  return (
    <PageShell>
      <Text>已被骗，先做这三件事</Text>
    </PageShell>
  )
}

let navigate: jest.SpyInstance
beforeEach(() => {
  document.body.innerHTML = ''
  jest.spyOn(Taro, 'getCurrentPages').mockReturnValue([{}, {}] as never)
  // A page still loading: the navigation neither succeeds nor fails yet.
  navigate = jest.spyOn(Taro, 'navigateTo').mockReturnValue(new Promise(() => {}) as never)
})
afterEach(() => jest.restoreAllMocks())

/** Real time passes (the notice's timer runs), inside act so the page redraws. */
async function wait(utils: TestUtils, ms: number): Promise<void> {
  await utils.act(() => new Promise((resolve) => setTimeout(resolve, ms)))
}

const link = () => screen.getByRole('button', { name: '已被骗怎么办？' })
const statusText = () =>
  Array.from(document.querySelectorAll('[role="status"]'))
    .map((s) => s.textContent)
    .join('')

test('a page slow to open says 正在打开，请稍等… in a status region, and the new page takes it away', async () => {
  const utils = await mountComponent(TappedPage)
  expect(statusText()).toBe('')
  // Measured from the navigation's start (the wait's timer starts with it), not from when tap() returns: on a loaded
  // machine tap() returned over 100 ms after it (CI200), and a fixed wait after it looked past the notice's moment.
  let started = 0
  navigate.mockImplementation(() => {
    started = Date.now()
    return new Promise(() => {})
  })
  await tap(utils, link())
  const early = WAIT_NOTICE_AFTER_MS - 100 - (Date.now() - started)
  if (early > 0) {
    await wait(utils, early)
    expect(visibleText()).not.toContain(NOTICE)
  }
  await wait(utils, Math.max(0, WAIT_NOTICE_AFTER_MS + 100 - (Date.now() - started)))
  expect(visibleText()).toContain(NOTICE)
  expect(statusText()).toBe(NOTICE)
  expect(navigate.mock.calls).toEqual([[{ url: '/pages/help/index' }]])

  await mountComponent(OpenedPage)
  expect(visibleText()).toContain('已被骗，先做这三件事')
  expect(visibleText()).not.toContain(NOTICE)
})

test('a double tap, or a third tap while the notice shows, opens the page once', async () => {
  const utils = await mountComponent(TappedPage)
  await tap(utils, link())
  await tapSoon(utils, link())
  await wait(utils, WAIT_NOTICE_AFTER_MS + 100)
  expect(visibleText()).toContain(NOTICE)
  await tap(utils, link())
  expect(navigate).toHaveBeenCalledTimes(1)
})

test('a navigation that fails leaves the person on the page, with no notice, and the link works again', async () => {
  navigate.mockRejectedValue({ errMsg: 'navigateTo:fail' })
  const utils = await mountComponent(TappedPage)
  await tap(utils, link())
  await wait(utils, WAIT_NOTICE_AFTER_MS + 100)
  expect(visibleText()).not.toContain(NOTICE)
  await tap(utils, link())
  expect(navigate).toHaveBeenCalledTimes(2)
})
