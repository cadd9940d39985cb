import CategoryPage from '@/pages/category'
import HomePage from '@/pages/index'
import { brochure } from '@/data'
import { mountComponent, routerParams, visibleText } from './support'

// A page opened from Moments: WeChat's single-page mode, where no page can open another.
jest.mock('@/services/system', () => ({
  ...jest.requireActual('@/services/system'),
  isSinglePageMode: () => true
}))
jest.mock('@/services/navigation', () => jest.requireActual('./mocks').navigationMock())
jest.mock('@tarojs/taro', () => jest.requireActual('./mocks').taroWithRouterParams())

beforeEach(() => {
  document.body.innerHTML = ''
  routerParams.current = {}
})

const links = () => Array.from(document.querySelectorAll('[role="link"]'))
const buttonLabels = () =>
  Array.from(document.querySelectorAll('[role="button"]')).map((el) => el.getAttribute('aria-label'))

test('a category opened from Moments reads complete, shows the numbers to dial by hand and offers nothing that cannot work', async () => {
  routerParams.current = { id: 'fake-credit', from: 'share' }
  await mountComponent(CategoryPage)
  const category = brochure.categories[1]
  expect(visibleText()).toContain(category.tip[0])
  expect(visibleText()).toContain('防骗提醒')
  expect(visibleText()).toContain('前往小程序')
  // Calls may not work there: the numbers large, to copy or dial by hand, never "this device cannot dial".
  const numbers = Array.from(document.querySelectorAll('.fs-call__fallback-number')).map((n) => n.textContent)
  expect(numbers).toEqual(['96110', '110'])
  expect(visibleText()).toContain('长按号码可复制')
  expect(visibleText()).toContain('请用手机拨打')
  expect(visibleText()).not.toContain('这台设备不能直接拨号')
  expect(
    Array.from(document.querySelectorAll('[role="button"]')).some((b) => b.textContent?.includes('拨打'))
  ).toBe(false)
  // Share buttons are disabled there by WeChat: not shown at all.
  expect(visibleText()).not.toContain('转发给家人')
  for (const hidden of ['回到首页', '已被骗怎么办', '做个小测试，看看能识破几种骗局']) {
    expect(buttonLabels()).not.toContain(hidden)
  }
  expect(buttonLabels().some((label) => label?.startsWith('下一种'))).toBe(false)
})

test('home opened from Moments lists the ten categories as text, not as dead links', async () => {
  await mountComponent(HomePage)
  for (const category of brochure.categories) expect(visibleText()).toContain(category.name)
  expect(links()).toEqual([])
  expect(buttonLabels()).not.toContain('风险自测：这是不是骗局')
})
