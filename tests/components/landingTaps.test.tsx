import { screen } from '@testing-library/dom'
import HomePage from '@/pages/index'
import NotFoundPage from '@/pages/not-found'
import { goHome } from '@/services/navigation'
import { callHotline } from '@/services/phone'
import { useAppStore } from '@/store'
import { mountComponent, nameStarting, tap, tapAfter } from './support'

jest.mock('@/services/phone', () => ({ callHotline: jest.fn(async () => 'dialed') }))
jest.mock('@/services/navigation', () => jest.requireActual('./mocks').navigationMock())
jest.mock('@tarojs/taro', () => jest.requireActual('./mocks').taroWithRouterParams())

/** Where the finger taps 回到首页 on the not-found page, and where home's controls may come up. */
const spot = { x: 160, y: 300 }
const near = { x: 163, y: 304 }

beforeEach(() => {
  jest.clearAllMocks()
  document.body.innerHTML = ''
  useAppStore.setState({ largeText: true })
})

/** Taps 回到首页 on a not-found page at `spot`, then shows home as the navigation would. */
async function goHomeFromNotFound() {
  const notFound = await mountComponent(NotFoundPage)
  await tap(notFound, screen.getByRole('button', { name: '回到首页' }))
  await tapAfter(notFound, screen.getByRole('button', { name: '回到首页' }), 1000, spot)
  expect(goHome).toHaveBeenCalled()
  document.body.innerHTML = ''
  return mountComponent(HomePage)
}

// Round 42's new-user trial, 320 px in 大字模式: the second tap of a slow double tap on 回到首页 dialled 110 on home
// in 24 of 28 tries (0.5–1.2 s apart), and turned 大字模式 off in 16 of 16 (0.5–1.6 s).
describe('the rest of a slow double tap on 回到首页 lands on home', () => {
  test.each([500, 800, 1200, 1600])('%i ms later on 拨打 110: no call', async (gap) => {
    const home = await goHomeFromNotFound()
    await tapAfter(home, screen.getByRole('button', { name: nameStarting('拨打 110') }), gap, near)
    expect(callHotline).not.toHaveBeenCalled()
  })

  test.each([500, 800, 1200, 1600])('%i ms later on 大字模式: large text stays on', async (gap) => {
    const home = await goHomeFromNotFound()
    await tapAfter(home, screen.getByRole('switch', { name: '大字模式' }), gap, near)
    expect(useAppStore.getState().largeText).toBe(true)
  })

  // Round 43's trial: a steady triple tap 1.0–1.8 s apart dialled 110 (7 of 7) or turned 大字模式 off (6 of 6) with its
  // third tap, just past the first's 2 s.
  test.each([1000, 1500, 1800])(
    'a steady triple tap %i ms apart: no call, large text stays on',
    async (gap) => {
      const home = await goHomeFromNotFound()
      await tapAfter(home, screen.getByRole('button', { name: nameStarting('拨打 110') }), gap, near)
      await tapAfter(home, screen.getByRole('button', { name: nameStarting('拨打 110') }), gap, spot)
      expect(callHotline).not.toHaveBeenCalled()
      const again = await goHomeFromNotFound()
      await tapAfter(again, screen.getByRole('switch', { name: '大字模式' }), gap, near)
      await tapAfter(again, screen.getByRole('switch', { name: '大字模式' }), gap, spot)
      expect(useAppStore.getState().largeText).toBe(true)
    }
  )

  test('after the burst, a pause of two seconds, and a tap on the spot is heard', async () => {
    const home = await goHomeFromNotFound()
    await tapAfter(home, screen.getByRole('button', { name: nameStarting('拨打 110') }), 1000, near)
    expect(callHotline).not.toHaveBeenCalled()
    await tapAfter(home, screen.getByRole('button', { name: nameStarting('拨打 110') }), 2100, near)
    expect(callHotline).toHaveBeenCalledWith('110')
  })

  test('a tap elsewhere, or on the spot once the burst is over, is heard', async () => {
    const home = await goHomeFromNotFound()
    await tapAfter(home, screen.getByRole('button', { name: nameStarting('拨打 110') }), 700, {
      x: 160,
      y: 420
    })
    expect(callHotline).toHaveBeenCalledWith('110')
    await tapAfter(home, screen.getByRole('switch', { name: '大字模式' }), 2500, near)
    expect(useAppStore.getState().largeText).toBe(false)
  })
})
