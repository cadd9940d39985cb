import { screen, within } from '@testing-library/dom'
import Taro from '@tarojs/taro'
import CategoryPage from '@/pages/category'
import HomePage from '@/pages/index'
import OnCallPage from '@/pages/family/on-call'
import { brochure } from '@/data'
import { openPage } from '@/services/navigation'
import { callHotline, callNumber } from '@/services/phone'
import { TRUSTED_CONTACT_KEY, forgetCachedContact } from '@/services/trustedContact'
import { mountComponent, nameStarting, routerParams, tap, visibleText } from './support'

jest.mock('@/services/navigation', () => jest.requireActual('./mocks').navigationMock())
jest.mock('@tarojs/taro', () => jest.requireActual('./mocks').taroWithRouterParams())
jest.mock('@/services/phone', () => ({
  callHotline: jest.fn(() => Promise.resolve('dialed')),
  callNumber: jest.fn(() => Promise.resolve('dialed'))
}))

beforeEach(() => {
  jest.clearAllMocks()
  document.body.innerHTML = ''
  routerParams.current = {}
  forgetCachedContact()
})

const callButtons = () =>
  Array.from(document.querySelectorAll<HTMLElement>('.fs-hang-up__calls [role="button"]')).map((b) =>
    (b.getAttribute('aria-label') ?? b.textContent ?? '').replace(/\s+/g, ' ').trim()
  )

test('"是" to 自称公检法 → one hang-up screen with 96110, 110 and the relative, and the brochure’s reason', async () => {
  Taro.setStorageSync(
    TRUSTED_CONTACT_KEY,
    JSON.stringify({ v: 1, relation: '儿子', name: '小明', dial: '13800138000' })
  )
  const utils = await mountComponent(OnCallPage)
  expect(visibleText()).toContain('对方是不是')
  await tap(utils, screen.getByRole('button', { name: '是，对方自称公检法' }))
  expect(within(screen.getByRole('alert')).getByRole('heading', { level: 1 }).textContent).toBe(
    '这是诈骗的典型说法。现在挂断。'
  )
  expect(callButtons()).toEqual([
    '拨打 96110 反诈预警 劝阻咨询',
    '拨打 110 已被骗，立即报警',
    '先打给儿子 小明，138 0013 8000'
  ])
  expect(visibleText()).toContain('公检法不会通过电话做笔录办案。')
  expect(visibleText()).toContain('出自宣传手册「冒充公检法及政府机关诈骗」反诈提示')
  await tap(utils, screen.getByRole('button', { name: nameStarting('先打给儿子 小明') }))
  expect(callNumber).toHaveBeenCalledWith('13800138000')
  await tap(utils, screen.getByRole('button', { name: nameStarting('拨打 110') }))
  expect(callHotline).toHaveBeenCalledWith('110')
})

test('without a saved relative the hang-up screen offers 96110 and 110, and a way to save one', async () => {
  const utils = await mountComponent(OnCallPage)
  await tap(utils, screen.getByRole('button', { name: '是，对方让您说出验证码' }))
  expect(callButtons()).toHaveLength(2)
  expect(visibleText()).toContain('出自宣传手册「如何防范」不透露')
  await tap(utils, screen.getByRole('button', { name: nameStarting('存一个家人号码') }))
  expect(openPage).toHaveBeenCalledWith('family')
  await tap(utils, screen.getByRole('button', { name: '重新查一遍' }))
  expect(visibleText()).toContain('对方是不是')
})

test('"都不是" ends with the four rules and 还不放心就打96110问一问, never calling anything safe', async () => {
  const utils = await mountComponent(OnCallPage)
  await tap(utils, screen.getByRole('button', { name: '都不是' }))
  const seen = visibleText()
  expect(seen).not.toContain('现在挂断')
  for (const rule of brochure.rules) expect(seen).toContain(rule.text)
  expect(seen).toContain('还不放心就打96110问一问')
  expect(seen).toContain('这不能说明对方可信')
  // The brochure's own rule says 资金安全; nothing else on the screen may speak of safety.
  const withoutRules = brochure.rules.reduce((text, rule) => text.replace(rule.text, ''), seen)
  expect(withoutRules).not.toMatch(/安全|放心吧|没问题/)
  await tap(utils, screen.getByRole('button', { name: nameStarting('拨打 96110') }))
  expect(callHotline).toHaveBeenCalledWith('96110')
})

test('one tap from home', async () => {
  const utils = await mountComponent(HomePage)
  await tap(utils, screen.getByRole('button', { name: nameStarting('正在接电话？通话中速查') }))
  expect(openPage).toHaveBeenCalledWith('on-call')
})

test('one tap from the first screen of a forwarded card, and only there', async () => {
  routerParams.current = { id: 'fake-credit', from: 'share' }
  const utils = await mountComponent(CategoryPage)
  await tap(utils, screen.getByRole('button', { name: '正在接可疑电话？通话中速查' }))
  expect(openPage).toHaveBeenCalledWith('on-call')

  document.body.innerHTML = ''
  routerParams.current = { id: 'fake-credit' }
  await mountComponent(CategoryPage)
  expect(visibleText()).not.toContain('正在接可疑电话')
})
