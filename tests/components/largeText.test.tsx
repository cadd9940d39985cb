import HomePage from '@/pages/index'
import CategoryPage from '@/pages/category'
import HelpPage from '@/pages/help'
import QuizPage from '@/pages/learn/quiz'
import { useAppStore } from '@/store'
import { screen } from '@testing-library/dom'
import { mountComponent, nameStarting, routerParams, tap, visibleText } from './support'

jest.mock('@/services/navigation', () => jest.requireActual('./mocks').navigationMock())
jest.mock('@tarojs/taro', () => jest.requireActual('./mocks').taroWithRouterParams())

beforeEach(() => {
  document.body.innerHTML = ''
  routerParams.current = {}
})

const pageStyle = () => document.querySelector('.fs-page')?.getAttribute('style') ?? ''

test('the 大字模式 switch on home enlarges text to care-mode size and is remembered', async () => {
  const utils = await mountComponent(HomePage)
  const toggle = document.querySelector<HTMLElement>('[role="switch"]')!
  expect(toggle.getAttribute('aria-label')).toBe('大字模式')
  expect(toggle.getAttribute('aria-checked')).toBe('false')
  expect(pageStyle()).toContain('--fs-scale:1;')
  await tap(utils, toggle)
  expect(toggle.getAttribute('aria-checked')).toBe('true')
  expect(pageStyle()).toContain('--fs-scale:1.4')
  expect(pageStyle()).toContain('--fs-target:1.091')
  expect(useAppStore.getState().largeText).toBe(true)
})

test('a page opened from a forwarded card offers the 大字模式 switch at its top, and 关闭大字 once it is on', async () => {
  // A new user's trial (round 21): a parent who opens a forwarded 风险自测 never sees home, where the switch lives.
  routerParams.current = { id: 'fake-credit', from: 'share' }
  const utils = await mountComponent(CategoryPage)
  const toggle = document.querySelector<HTMLElement>('[role="switch"]')!
  expect(toggle.getAttribute('aria-label')).toBe('大字模式')
  expect(visibleText().indexOf('大字模式')).toBeLessThan(visibleText().indexOf('虚假征信诈骗'))
  await tap(utils, toggle)
  expect(useAppStore.getState().largeText).toBe(true)
  expect(pageStyle()).toContain('--fs-scale:1.4')
  // On, it gives its row back to the page (风险自测's 检查 must stay on the first screen in 大字模式), and a link beside
  // 回到首页 undoes it there: a new user's trial found no way back but home.
  expect(document.querySelector('[role="switch"]')).toBeNull()
  const off = document.querySelector<HTMLElement>('[aria-label="关闭大字模式"]')!
  expect(off.textContent).toBe('关闭大字')
  expect(off.parentElement).toBe(document.querySelector('.fs-page__home--top')!.parentElement)
  await tap(utils, off)
  expect(useAppStore.getState().largeText).toBe(false)
  expect(pageStyle()).toContain('--fs-scale:1;')
  expect(document.querySelector('[role="switch"]')?.getAttribute('aria-checked')).toBe('false')
})

test("a page opened from a card already in 大字模式 offers 关闭大字 beside 回到首页, not the switch's own row", async () => {
  // Round 50's new-user trial: a second forwarded card, opened in 大字模式, could only turn it off on home.
  useAppStore.setState({ largeText: true })
  routerParams.current = { id: 'fake-credit', from: 'share' }
  const utils = await mountComponent(CategoryPage)
  expect(document.querySelector('[role="switch"]')).toBeNull()
  const off = document.querySelector<HTMLElement>('[aria-label="关闭大字模式"]')!
  expect(off.parentElement).toBe(document.querySelector('.fs-page__home--top')!.parentElement)
  await tap(utils, off)
  expect(useAppStore.getState().largeText).toBe(false)
})

test('a forwarded quiz card puts 开始测试 before the greeting (a category card keeps it first, above)', async () => {
  // A new user's trial at 320×568 in 大字模式: the greeting pushed 开始测试 to 671 px.
  routerParams.current = { from: 'share' }
  await mountComponent(QuizPage)
  const text = visibleText()
  expect(text).toContain('防骗提醒')
  expect(text.indexOf('开始测试')).toBeLessThan(text.indexOf('防骗提醒'))
})

test('a page opened from a forwarded card greets the reader with 防骗提醒 and a way home', async () => {
  routerParams.current = { id: 'fake-credit', from: 'share' }
  await mountComponent(CategoryPage)
  expect(visibleText()).toContain('防骗提醒')
  expect(visibleText()).toContain('拨打96110问一问')
  expect(visibleText()).toContain('回到首页')
})

test('a forwarded link to a category that is not there shows the way home first, the greeting after it', async () => {
  routerParams.current = { id: 'no-such-kind', from: 'share' }
  await mountComponent(CategoryPage)
  const text = visibleText()
  expect(text).toContain('没有找到这种骗局')
  expect(text).toContain('防骗提醒')
  expect(text.indexOf('回到首页')).toBeLessThan(text.indexOf('防骗提醒'))
  // A page with its content keeps the greeting on top.
  document.body.innerHTML = ''
  routerParams.current = { id: 'fake-credit', from: 'share' }
  await mountComponent(CategoryPage)
  expect(visibleText().indexOf('防骗提醒')).toBeLessThan(visibleText().indexOf('回到首页'))
})

test('a broken link still offers 96110, 110 and the 大字模式 switch', async () => {
  // A parent who opens a card cut short in a family group sees only this page: a new user's trial found no call and no
  // way to enlarge the text on it.
  routerParams.current = { id: 'no-such-kind', from: 'share' }
  const utils = await mountComponent(CategoryPage)
  const text = visibleText()
  expect(text).toContain('没有找到这种骗局')
  expect(screen.getByRole('button', { name: nameStarting('拨打 96110') })).toBeTruthy()
  expect(screen.getByRole('button', { name: nameStarting('拨打 110') })).toBeTruthy()
  // The way home comes before the calls, and the calls before the switch.
  expect(text.indexOf('回到首页')).toBeLessThan(text.indexOf('拨打 96110'))
  await tap(utils, screen.getByRole('switch', { name: '大字模式' }))
  expect(useAppStore.getState().largeText).toBe(true)
  expect(pageStyle()).toContain('--fs-scale:1.4')
})

test("a forwarded card's invitations wait below its content; the greeting and 96110 stay on top", async () => {
  // A new user's trial at 320 px in 大字模式: the greeting, 96110 and both invitations filled the first screen.
  routerParams.current = { id: 'fake-credit', from: 'share' }
  await mountComponent(CategoryPage)
  const text = visibleText()
  const title = text.indexOf('虚假征信诈骗')
  expect(text.indexOf('防骗提醒')).toBeLessThan(title)
  expect(text.indexOf('拨打96110问一问')).toBeLessThan(title)
  expect(text.indexOf('做个小测试，看看能识破几种骗局')).toBeGreaterThan(text.indexOf('反诈提示'))
  expect(text.indexOf('正在接可疑电话？通话中速查')).toBeGreaterThan(text.indexOf('反诈提示'))
})

test('已被骗怎么办 from a forwarded card: 拨打 110 is the first call, the greeting adds no 96110 before it', async () => {
  routerParams.current = { from: 'share' }
  await mountComponent(HelpPage)
  const text = visibleText()
  expect(text).toContain('防骗提醒')
  expect(text).not.toContain('先别转账，拨打96110问一问')
  const calls = Array.from(document.querySelectorAll<HTMLElement>('.fs-call__button'))
  expect(calls[0].textContent).toContain('拨打 110')
  // The call before the greeting: after it, 拨打 110 was below the first screen at 320×568 (round 44's trial).
  expect(text.indexOf('拨打 110')).toBeLessThan(text.indexOf('防骗提醒'))
})

test('a forwarded link a chat mangled still greets the reader (id=fake-credit?from=share, &amp;from=share)', async () => {
  for (const params of [{ id: 'fake-credit?from=share' }, { id: 'fake-credit', 'amp;from': 'share' }]) {
    document.body.innerHTML = ''
    routerParams.current = params
    await mountComponent(CategoryPage)
    expect(visibleText()).toContain('虚假征信诈骗')
    expect(visibleText()).toContain('防骗提醒')
  }
})

test('a page opened normally has no 防骗提醒 greeting', async () => {
  routerParams.current = { id: 'fake-credit' }
  await mountComponent(CategoryPage)
  expect(visibleText()).not.toContain('防骗提醒')
})
