import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import ActionButton from '@/components/ActionButton'
import Taro from '@tarojs/taro'
import type TestUtils from '@tarojs/test-utils-react'
import { screen } from '@testing-library/dom'
import CallButton from '@/components/CallButton'
import PageLink from '@/components/PageLink'
import PageShell, { failedOpenPlace } from '@/components/PageShell'
import { WAIT_NOTICE_AFTER_MS } from '@/domain/navigationWait'
import { SETTLE_MS } from '@/domain/tapGuard'
import { callHotline } from '@/services/phone'
import { failNavigationWait } from '@/store/navigationWait'
import { mountComponent, nameStarting, tap, tapAfter, tapSoon, visibleText } from './support'

// The real navigation service; only the platform's navigation is held, as on a slow phone loading the next page.
jest.mock('@tarojs/taro', () => jest.requireActual('./mocks').taroWithRouterParams())
jest.mock('@/services/phone', () => ({ callHotline: jest.fn(() => Promise.resolve('dialed')) }))

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

/** 已被骗怎么办's top: 拨打 110 where the failed notice shows. */
function CallingPage() {
  return (
    <PageShell>
      <CallButton phoneNumber='110' />
      <PageLink to='help' text='已被骗怎么办？' />
    </PageShell>
  )
}

// Round 61's tester: "没打开" did not say what; the notice names the page that was tapped.
const failedNotice = () =>
  screen.getByRole('button', { name: '「已被骗怎么办」没打开，连上网再点一次。点这里关闭' })

test('a page that never came says 没打开 in a button that closes it at a tap, and the link works again', async () => {
  const utils = await mountComponent(TappedPage)
  await tap(utils, link())
  await utils.act(() => {
    failNavigationWait()
  })
  expect(visibleText()).toContain('点这里关闭')
  await tap(utils, failedNotice())
  expect(screen.queryByRole('button', { name: /没打开/ })).toBeNull()
  await tap(utils, link())
  expect(navigate).toHaveBeenCalledTimes(2)
})

test('没打开 closed stays where it was, unseen, for a moment to take the rest of a double tap; 110 then dials at once', async () => {
  const utils = await mountComponent(CallingPage)
  const call = () => screen.getByRole('button', { name: nameStarting('拨打 110') })
  await tapAfter(utils, link(), 5000)
  await utils.act(() => {
    failNavigationWait()
  })
  await tapAfter(utils, failedNotice(), 1500)
  // The shield: where the notice was, hidden from screen readers, no control.
  const shield = document.querySelector('.fs-page__opening-text--closed')
  expect(shield?.getAttribute('aria-hidden')).toBe('true')
  expect(screen.queryByRole('button', { name: /没打开/ })).toBeNull()
  await wait(utils, SETTLE_MS + 50)
  expect(document.querySelector('.fs-page__opening-text--closed')).toBeNull()
  // A deliberate tap on what it covered acts at once: no burst held back (round 53's page trial).
  await tapAfter(utils, call(), 700)
  expect(callHotline).toHaveBeenCalledWith('110')
})

/** The quiz after an answer: a link in the feedback, and 下一题's bar stuck to the bottom of the screen. */
function QuizPage() {
  const [question, setQuestion] = useState(1)
  return (
    <PageShell settleKey={`question-${question}`}>
      <Text>第 {question} 题</Text>
      <PageLink to='category' query={{ id: 'fake-credit' }} text='看看「虚假征信诈骗」的详细说明' />
      <View className='fs-quiz__bar fs-sticky-bottom'>
        <ActionButton onTap={() => setQuestion((q) => q + 1)}>
          <Text>下一题</Text>
        </ActionButton>
      </View>
    </PageShell>
  )
}

/** Rects as at 320×568: 下一题's bar at `sticky`, the notice 80 px tall where it first shows, at the bottom. */
function measuredAt(sticky: { top: number; bottom: number }) {
  const rect = jest.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (
    this: Element
  ) {
    if (this.classList.contains('fs-sticky-bottom'))
      return { ...sticky, height: sticky.bottom - sticky.top } as DOMRect
    if (this.classList.contains('fs-page__opening-text--failed'))
      return { top: 480, bottom: 560, height: 80 } as DOMRect
    return { top: 0, bottom: 0, height: 0 } as DOMRect
  })
  const rects = jest
    .spyOn(Element.prototype, 'getClientRects')
    .mockImplementation(() => [{}] as unknown as DOMRectList)
  const height = window.innerHeight
  window.innerHeight = 568
  return () => {
    rect.mockRestore()
    rects.mockRestore()
    window.innerHeight = height
  }
}

// Round 61's tester: in the quiz, offline, the notice came up over half of the sticky 下一题 (all of it at font ×2 in
// 大字模式), said only "没打开" before, and stayed up on the next question.
test('the notice names the category, stands clear above the bar stuck to the bottom, and goes on the next question', async () => {
  const restore = measuredAt({ top: 400, bottom: 476 })
  try {
    const utils = await mountComponent(QuizPage)
    await tap(utils, screen.getByRole('button', { name: /详细说明/ }))
    await utils.act(() => {
      failNavigationWait()
    })
    const notice = screen.getByRole('button', { name: '「虚假征信诈骗」没打开，连上网再点一次。点这里关闭' })
    expect(visibleText()).toContain('「虚假征信诈骗」没打开')
    // Fixed just above 下一题's bar: 400 − 8 − 80.
    expect(notice.className).toContain('fs-page__opening-text--by-bar')
    expect((notice.parentElement as HTMLElement).style.getPropertyValue('--fs-notice-top')).toBe('312px')
    // The next question: the notice about a link no longer on the screen goes, with no shield left.
    await tapAfter(utils, screen.getByRole('button', { name: '下一题' }), 1500)
    expect(visibleText()).toContain('第 2 题')
    expect(screen.queryByRole('button', { name: /没打开/ })).toBeNull()
    expect(document.querySelector('.fs-page__opening-text--failed')).toBeNull()
  } finally {
    restore()
  }
})

test('where the notice goes: above 下一题, below it when it sits high, never under the finger, at the top without it', () => {
  const bar = { top: 480, bottom: 560 }
  // No bar stuck to the bottom: at the bottom, or at the top when the finger is there.
  expect(failedOpenPlace(bar, null, { y: 100 }, 568)).toEqual({ at: 'bottom' })
  expect(failedOpenPlace(bar, null, { y: 500 }, 568)).toEqual({ at: 'top' })
  // 下一题 stuck at the bottom of the screen: just above it.
  expect(failedOpenPlace(bar, { top: 500, bottom: 568 }, null, 568)).toEqual({
    at: 'by-bar',
    top: 412,
    height: 80
  })
  // Near the page's end at font ×2, 下一题 sits high (174–233 px, round 61): below it.
  expect(failedOpenPlace({ top: 370, bottom: 557 }, { top: 174, bottom: 233 }, null, 568)).toEqual({
    at: 'by-bar',
    top: 241,
    height: 187
  })
  // Above 下一题 is where the finger is: below it, when it fits.
  expect(failedOpenPlace(bar, { top: 250, bottom: 310 }, { y: 200 }, 568)).toEqual({
    at: 'by-bar',
    top: 318,
    height: 80
  })
})
