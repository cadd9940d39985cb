import Taro from '@tarojs/taro'
import { readerFontScale } from '../../src/domain/fontScale'
import { readFontEnvironment } from '../../src/services/system'

/** Runs `fn` as the mini-program build, with Taro's API table holding exactly `api` for the font calls. */
function asWeChat(api: Record<string, unknown>, fn: () => void) {
  const names = ['getAppBaseInfo', 'getDeviceInfo', 'getSystemInfoSync', 'canIUse']
  const taro = Taro as unknown as Record<string, unknown>
  const saved = Object.fromEntries(names.map((n) => [n, taro[n]]))
  const env = process.env.TARO_ENV
  process.env.TARO_ENV = 'weapp'
  names.forEach((n) => {
    taro[n] = api[n]
  })
  try {
    fn()
  } finally {
    process.env.TARO_ENV = env
    names.forEach((n) => {
      taro[n] = saved[n]
    })
  }
}

describe('the WeChat font setting', () => {
  test('a client with getAppBaseInfo gives its scale factor', () => {
    asWeChat(
      {
        getAppBaseInfo: () => ({ fontSizeScaleFactor: 1.5 }),
        getSystemInfoSync: () => ({ fontSizeSetting: 99 })
      },
      () => {
        expect(readerFontScale(readFontEnvironment())).toBe(1.5)
      }
    )
  })

  test('a client without getAppBaseInfo (base library < 2.20.1) falls back to getSystemInfoSync: 24 px on iOS ≈ 1.41', () => {
    asWeChat({ getSystemInfoSync: () => ({ fontSizeSetting: 24, platform: 'ios' }) }, () => {
      expect(readerFontScale(readFontEnvironment())).toBeCloseTo(24 / 17, 3)
    })
  })

  test('getAppBaseInfo without font fields (before 2.23.4) also falls back', () => {
    asWeChat(
      {
        getAppBaseInfo: () => ({ SDKVersion: '2.21.0' }),
        getSystemInfoSync: () => ({ fontSizeSetting: 20, platform: 'android' })
      },
      () => expect(readerFontScale(readFontEnvironment())).toBe(1.25)
    )
  })

  test('an API that canIUse reports missing is not called', () => {
    const getAppBaseInfo = jest.fn(() => ({ fontSizeScaleFactor: 2 }))
    asWeChat(
      {
        getAppBaseInfo,
        canIUse: (name: string) => name !== 'getAppBaseInfo',
        getSystemInfoSync: () => ({ fontSizeSetting: 17, platform: 'ios' })
      },
      () => expect(readerFontScale(readFontEnvironment())).toBe(1)
    )
    expect(getAppBaseInfo).not.toHaveBeenCalled()
  })

  test('a client where every call throws reads as the standard size', () => {
    const fail = () => {
      throw new Error('not supported')
    }
    asWeChat({ getAppBaseInfo: fail, getSystemInfoSync: fail }, () => {
      expect(readerFontScale(readFontEnvironment())).toBe(1)
    })
  })
})
