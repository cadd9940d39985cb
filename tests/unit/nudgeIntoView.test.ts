import Taro from '@tarojs/taro'
import { nudgeIntoView } from '../../src/services/scroll'

/**
 * Runs nudgeIntoView as the mini-program build, with a selector query that measures the element at `rect` (px from the
 * top of the window) on a page scrolled by `scrollTop` in a window `height` px tall. Returns pageScrollTo's calls.
 */
function nudgeInWeChat(
  rect: { top: number; bottom: number } | null,
  scrollTop: number,
  height: number
): unknown[] {
  const names = ['createSelectorQuery', 'getWindowInfo', 'pageScrollTo', 'canIUse']
  const taro = Taro as unknown as Record<string, unknown>
  const saved = Object.fromEntries(names.map((n) => [n, taro[n]]))
  const env = process.env.TARO_ENV
  const scrolled: unknown[] = []
  process.env.TARO_ENV = 'weapp'
  const query = {
    select: () => ({ boundingClientRect: () => query }),
    selectViewport: () => ({ scrollOffset: () => query }),
    exec: (done: (res: unknown[]) => void) => done([rect, { scrollTop }])
  }
  taro.createSelectorQuery = () => query
  taro.getWindowInfo = () => ({ windowHeight: height })
  taro.canIUse = () => true
  taro.pageScrollTo = (options: unknown) => {
    scrolled.push(options)
    return Promise.resolve()
  }
  try {
    nudgeIntoView('.fs-held-1')
  } finally {
    process.env.TARO_ENV = env
    names.forEach((n) => {
      taro[n] = saved[n]
    })
  }
  return scrolled
}

describe('bringing the words under a tapped call button into view in the mini-program', () => {
  test('a button whole on the screen does not move', () => {
    expect(nudgeInWeChat({ top: 300, bottom: 400 }, 500, 600)).toEqual([])
  })

  test('a button half below the screen comes up just enough, with 16 px to spare', () => {
    expect(nudgeInWeChat({ top: 560, bottom: 660 }, 500, 600)).toEqual([{ scrollTop: 576, duration: 200 }])
  })

  test('a button above the screen comes down to 16 px under its top', () => {
    expect(nudgeInWeChat({ top: -40, bottom: 60 }, 500, 600)).toEqual([{ scrollTop: 444, duration: 200 }])
  })

  test('nothing measured, nothing moves', () => {
    expect(nudgeInWeChat(null, 500, 600)).toEqual([])
    expect(nudgeInWeChat({ top: 560, bottom: 660 }, 500, 0)).toEqual([])
  })
})
