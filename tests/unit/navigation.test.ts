import Taro from '@tarojs/taro'
import { goHome, openPage } from '../../src/services/navigation'
import { endNavigationWait } from '../../src/store/navigationWait'

const flush = () => new Promise((resolve) => setTimeout(resolve, 0))

afterEach(() => jest.restoreAllMocks())

function stackOf(depth: number) {
  jest.spyOn(Taro, 'getCurrentPages').mockReturnValue(Array.from({ length: depth }) as never)
}

describe('opening pages', () => {
  test('opens the page on top of the current one', async () => {
    stackOf(2)
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'ok' } as never)
    openPage('category', { id: 'fake-credit' })
    await flush()
    expect(navigate).toHaveBeenCalledWith({ url: '/pages/category/index?id=fake-credit' })
  })

  test('on a full stack (10 pages) it replaces the current page instead', async () => {
    stackOf(10)
    const navigate = jest.spyOn(Taro, 'navigateTo')
    const redirect = jest.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'ok' } as never)
    openPage('help')
    await flush()
    expect(navigate).not.toHaveBeenCalled()
    expect(redirect).toHaveBeenCalledWith({ url: '/pages/help/index' })
  })

  test('any other failure leaves the person where they are, without an unhandled error', async () => {
    stackOf(3)
    jest.spyOn(Taro, 'navigateTo').mockRejectedValue({ errMsg: 'navigateTo:fail' })
    const redirect = jest.spyOn(Taro, 'redirectTo')
    const relaunch = jest.spyOn(Taro, 'reLaunch')
    openPage('quiz')
    await flush()
    expect(redirect).not.toHaveBeenCalled()
    expect(relaunch).not.toHaveBeenCalled()
  })

  test('回到首页 from a page opened directly keeps that page under home; from deeper, home is the only page', async () => {
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'ok' } as never)
    const relaunch = jest.spyOn(Taro, 'reLaunch').mockResolvedValue({ errMsg: 'ok' } as never)
    stackOf(1)
    goHome()
    await flush()
    expect(navigate).toHaveBeenCalledWith({ url: '/pages/index/index' })
    expect(relaunch).not.toHaveBeenCalled()
    endNavigationWait()
    stackOf(3)
    goHome()
    await flush()
    expect(relaunch).toHaveBeenCalledWith({ url: '/pages/index/index' })
  })

  test('if opening home on top fails, home starts again as the only page', async () => {
    stackOf(1)
    jest.spyOn(Taro, 'navigateTo').mockRejectedValue({ errMsg: 'navigateTo:fail' })
    const relaunch = jest.spyOn(Taro, 'reLaunch').mockResolvedValue({ errMsg: 'ok' } as never)
    goHome()
    await flush()
    expect(relaunch).toHaveBeenCalledWith({ url: '/pages/index/index' })
  })

  test('a failing way home does not throw', async () => {
    jest.spyOn(Taro, 'reLaunch').mockRejectedValue({ errMsg: 'reLaunch:fail' })
    expect(() => goHome()).not.toThrow()
    await flush()
  })
})
