import Taro from '@tarojs/taro'
import { mayStartNavigation, WAIT_GIVE_UP_MS, WAIT_NOTICE_AFTER_MS } from '../../src/domain/navigationWait'
import { goHome, openPage, replacePage } from '../../src/services/navigation'
import {
  endNavigationWait,
  failNavigationWait,
  failPageLoad,
  startNavigationWait,
  useNavigationWait
} from '../../src/store/navigationWait'

describe('whether a navigation may start', () => {
  test('when none is under way', () => {
    expect(mayStartNavigation(null, 5000)).toBe(true)
  })

  test('not while one is under way, until it is given up', () => {
    expect(mayStartNavigation(1000, 1250)).toBe(false)
    expect(mayStartNavigation(1000, 1000 + WAIT_GIVE_UP_MS - 1)).toBe(false)
    expect(mayStartNavigation(1000, 1000 + WAIT_GIVE_UP_MS)).toBe(true)
  })

  test('a clock set back does not hold navigations', () => {
    expect(mayStartNavigation(1000, 400)).toBe(true)
  })
})

describe('the wait for a new page', () => {
  beforeEach(() => jest.useFakeTimers({ now: 100_000 }))
  afterEach(() => {
    endNavigationWait()
    jest.useRealTimers()
    jest.restoreAllMocks()
  })

  const noticeShown = () => useNavigationWait.getState().noticeShown

  test('the notice shows only once the page is 300 ms late, and goes when the page is there', () => {
    expect(startNavigationWait()).toBe(true)
    jest.advanceTimersByTime(WAIT_NOTICE_AFTER_MS - 1)
    expect(noticeShown()).toBe(false)
    jest.advanceTimersByTime(1)
    expect(noticeShown()).toBe(true)
    endNavigationWait()
    expect(noticeShown()).toBe(false)
  })

  test('a page that comes fast never shows it', () => {
    startNavigationWait()
    jest.advanceTimersByTime(200)
    endNavigationWait()
    jest.advanceTimersByTime(WAIT_GIVE_UP_MS)
    expect(noticeShown()).toBe(false)
  })

  test('a second navigation while one is under way is refused; after the page came, the next one starts', () => {
    expect(startNavigationWait()).toBe(true)
    jest.advanceTimersByTime(250)
    expect(startNavigationWait()).toBe(false)
    endNavigationWait()
    expect(startNavigationWait()).toBe(true)
  })

  test('a navigation that never shows its page is given up: the notice goes and taps navigate again', () => {
    startNavigationWait()
    jest.advanceTimersByTime(WAIT_GIVE_UP_MS - 1)
    expect(noticeShown()).toBe(true)
    expect(startNavigationWait()).toBe(false)
    jest.advanceTimersByTime(1)
    expect(noticeShown()).toBe(false)
    expect(startNavigationWait()).toBe(true)
  })

  const failed = () => useNavigationWait.getState().failed

  test('given up, or failed at once (a script that cannot load), the tapped page says so until a tap', () => {
    startNavigationWait()
    jest.advanceTimersByTime(WAIT_GIVE_UP_MS)
    expect(failed()).toBe(true)
    // It does not leave by itself: a tap meant to close it then landed on a call button (round 52).
    jest.advanceTimersByTime(60_000)
    expect(failed()).toBe(true)
    endNavigationWait()
    expect(failed()).toBe(false)

    startNavigationWait()
    failNavigationWait()
    expect(failed()).toBe(true)
    expect(noticeShown()).toBe(false)
    // The next tap on a link clears it and waits again.
    expect(startNavigationWait()).toBe(true)
    expect(failed()).toBe(false)
  })

  test('a failure with no navigation under way says nothing', () => {
    expect(failNavigationWait()).toBe(false)
    expect(failed()).toBe(false)
  })

  // Round 60's tester: offline, an address set in the tab to a page never loaded left home on screen and said nothing.
  test('a page that could not load with no navigation under way (an address changed in the tab) is said all the same', () => {
    expect(failPageLoad('风险自测')).toBe(false)
    expect(failed()).toBe(true)
    expect(useNavigationWait.getState().target).toBe('风险自测')
    // Until the next tap on a link, as after a tap.
    expect(startNavigationWait('已被骗怎么办')).toBe(true)
    expect(failed()).toBe(false)
    // With a navigation under way, the failure is that navigation's, and names its page.
    expect(failPageLoad('风险自测')).toBe(true)
    expect(failed()).toBe(true)
    expect(useNavigationWait.getState().target).toBe('已被骗怎么办')
    expect(noticeShown()).toBe(false)
    endNavigationWait()
  })
})

describe('navigation calls wait for their page', () => {
  const flush = async () => {
    await Promise.resolve()
    await Promise.resolve()
    await Promise.resolve()
  }
  beforeEach(() => {
    jest.useFakeTimers({ now: 100_000 })
    jest.spyOn(Taro, 'getCurrentPages').mockReturnValue([{}, {}] as never)
  })
  afterEach(() => {
    endNavigationWait()
    jest.useRealTimers()
    jest.restoreAllMocks()
  })

  test('a double tap on a link opens its page once', () => {
    const navigate = jest.spyOn(Taro, 'navigateTo').mockReturnValue(new Promise(() => {}) as never)
    openPage('help')
    jest.advanceTimersByTime(250)
    openPage('help')
    expect(navigate).toHaveBeenCalledTimes(1)
  })

  test('nor does another link, 回到首页 or a replacing link open while a page is on its way', () => {
    jest.spyOn(Taro, 'navigateTo').mockReturnValue(new Promise(() => {}) as never)
    const redirect = jest.spyOn(Taro, 'redirectTo')
    const relaunch = jest.spyOn(Taro, 'reLaunch')
    openPage('help')
    jest.advanceTimersByTime(1000)
    replacePage('quiz')
    goHome()
    expect(redirect).not.toHaveBeenCalled()
    expect(relaunch).not.toHaveBeenCalled()
  })

  test('a navigation that fails ends the wait at once: no notice, and the next tap navigates', async () => {
    const navigate = jest.spyOn(Taro, 'navigateTo').mockRejectedValue({ errMsg: 'navigateTo:fail' })
    openPage('help')
    await flush()
    jest.advanceTimersByTime(WAIT_NOTICE_AFTER_MS)
    expect(useNavigationWait.getState().noticeShown).toBe(false)
    openPage('help')
    expect(navigate).toHaveBeenCalledTimes(2)
  })

  test("in the mini-program WeChat's success ends the wait (the new page is open); in the browser only the new page does", async () => {
    const previous = process.env.TARO_ENV
    try {
      jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' } as never)
      process.env.TARO_ENV = 'weapp'
      openPage('help')
      await flush()
      expect(useNavigationWait.getState().since).toBeNull()
      process.env.TARO_ENV = 'h5'
      openPage('help')
      await flush()
      // The browser's router answers when the address changes, before the page's script has come.
      expect(useNavigationWait.getState().since).not.toBeNull()
    } finally {
      process.env.TARO_ENV = previous
    }
  })

  test('when replacing and starting again both fail, the wait ends too', async () => {
    jest.spyOn(Taro, 'redirectTo').mockRejectedValue({ errMsg: 'redirectTo:fail' })
    jest.spyOn(Taro, 'reLaunch').mockRejectedValue({ errMsg: 'reLaunch:fail' })
    replacePage('quiz')
    await flush()
    expect(useNavigationWait.getState().since).toBeNull()
    goHome()
    await flush()
    expect(useNavigationWait.getState().since).toBeNull()
  })
})
