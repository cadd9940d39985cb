import Taro from '@tarojs/taro'
import {
  clearShareImages,
  drawResultPoster,
  openShareImageMenu,
  SHARE_IMAGE_TIMEOUT_MS
} from '../../src/services/shareImage'

/** WeChat simulated: a canvas that draws, and callbacks that never come. */
describe('成绩做成图片 when WeChat never calls back', () => {
  const platform = process.env.TARO_ENV
  const taro = Taro as unknown as { canIUse?: (api: string) => boolean }

  beforeEach(() => {
    jest.useFakeTimers()
    process.env.TARO_ENV = 'weapp'
    clearShareImages()
    taro.canIUse = () => true
    const context = { fillRect: jest.fn(), fillText: jest.fn(), measureText: () => ({ width: 10 }) }
    jest
      .spyOn(Taro, 'createOffscreenCanvas')
      .mockImplementation(() => ({ getContext: () => context }) as unknown as Taro.OffscreenCanvas)
  })

  afterEach(() => {
    process.env.TARO_ENV = platform
    delete taro.canIUse
    jest.useRealTimers()
    jest.restoreAllMocks()
  })

  test('a canvas export that never finishes gives no image after the time-out', async () => {
    jest.spyOn(Taro, 'canvasToTempFilePath').mockImplementation(() => new Promise(() => undefined) as never)
    const poster = drawResultPoster(80, [{ rule: 'no-trust', correct: 1, asked: 1, ratio: 1 }])
    let settled = false
    void poster.then(() => (settled = true))
    await jest.advanceTimersByTimeAsync(SHARE_IMAGE_TIMEOUT_MS - 1)
    expect(settled).toBe(false)
    await jest.advanceTimersByTimeAsync(1)
    await expect(poster).resolves.toBeUndefined()
  })

  test('a share-image menu that never calls back is reported as timed out', async () => {
    jest.spyOn(Taro, 'showShareImageMenu').mockImplementation((() => undefined) as never)
    const outcome = openShareImageMenu('wxfile://p.png', '/')
    await jest.advanceTimersByTimeAsync(SHARE_IMAGE_TIMEOUT_MS)
    await expect(outcome).resolves.toBe('timed-out')
  })

  test('a menu that answers in time is not overridden by the time-out', async () => {
    jest
      .spyOn(Taro, 'showShareImageMenu')
      .mockImplementation(((options: { success: () => void }) => setTimeout(options.success, 100)) as never)
    const outcome = openShareImageMenu('wxfile://p.png', '/')
    await jest.advanceTimersByTimeAsync(SHARE_IMAGE_TIMEOUT_MS)
    await expect(outcome).resolves.toBe('shown')
  })
})
