import { screen } from '@testing-library/dom'
import CategoryPage from '@/pages/category'
import HomePage from '@/pages/index'
import PreventionPage from '@/pages/prevention'
import { act } from 'react'
import { brochure } from '@/data'
import { useAppStore } from '@/store'
import { goHome, openPage, replacePage } from '@/services/navigation'
import { mountComponent, nameStarting, routerParams, tap, visibleText } from './support'
import { ruleScore, savedResult } from '../support/savedResult'

jest.mock('@/services/navigation', () => jest.requireActual('./mocks').navigationMock())
jest.mock('@tarojs/taro', () => jest.requireActual('./mocks').taroWithRouterParams())

beforeEach(() => {
  jest.clearAllMocks()
  document.body.innerHTML = ''
  routerParams.current = {}
})

const text = (s: string) => s.replace(/\s+/g, ' ')

describe('home page', () => {
  test('shows the 96110 banner, both call buttons, ten categories, four rules and the source', async () => {
    await mountComponent(HomePage)
    const seen = visibleText()
    expect(seen).toContain(text(brochure.hotline.description))
    expect(seen).toContain('拨打 96110')
    expect(seen).toContain('拨打 110')
    for (const category of brochure.categories) expect(seen).toContain(category.name)
    for (const rule of ['不轻信', '不透露', '不转账', '及时报警']) expect(seen).toContain(rule)
    expect(seen).toContain('中共山西省委平安山西建设领导小组')
    expect(seen).not.toContain('回到首页')
  })

  test('after a quiz, shows the weakest rule with its brochure text and the scams to read next', async () => {
    const byRule = brochure.rules.map((rule) => ruleScore(rule.id, rule.id === 'no-transfer' ? 0 : 1, 2))
    act(() =>
      useAppStore.setState({
        results: [savedResult({ byRule, weakestCategories: ['online-loan', 'fake-credit'] })]
      })
    )
    const utils = await mountComponent(HomePage)
    expect(visibleText()).toContain('上次测试最需要加强：不转账')
    expect(visibleText()).toContain('保障个人资金安全，绝不向陌生人转账。')
    await tap(utils, screen.getByRole('button', { name: '看看「网络贷款诈骗」' }))
    expect(openPage).toHaveBeenCalledWith('category', { id: 'online-loan' })
  })

  test('tapping a category opens its page by id', async () => {
    const utils = await mountComponent(HomePage)
    await tap(utils, screen.getByRole('link', { name: nameStarting('2 虚假征信诈骗') }))
    expect(openPage).toHaveBeenCalledWith('category', { id: 'fake-credit' })
  })
})

describe('category page', () => {
  test.each(brochure.categories.map((c) => [c.id, c] as const))(
    '%s shows method, every case paragraph and the tip',
    async (id, category) => {
      routerParams.current = { id }
      await mountComponent(CategoryPage)
      const seen = visibleText()
      expect(seen).toContain(category.name)
      for (const paragraph of [...category.method, ...category.case, ...category.tip])
        expect(seen).toContain(text(paragraph))
      expect(seen).toContain('反诈提示')
      expect(seen).toContain('拨打 96110')
      expect(seen).toContain('回到首页')
    }
  )

  test('order-brushing carries its 兼职刷单 诈骗高发 highlight', async () => {
    routerParams.current = { id: 'order-brushing' }
    await mountComponent(CategoryPage)
    expect(visibleText()).toContain('兼职刷单')
    expect(visibleText()).toContain('诈骗高发')
  })

  test('previous and next step through the brochure order', async () => {
    routerParams.current = { id: 'fake-credit' }
    const utils = await mountComponent(CategoryPage)
    await tap(utils, screen.getByRole('button', { name: '下一种 虚假投资理财诈骗' }))
    expect(replacePage).toHaveBeenCalledWith('category', { id: 'fake-investment' })
    await tap(utils, screen.getByRole('button', { name: '上一种 “杀猪盘” 诈骗' }))
    expect(replacePage).toHaveBeenCalledWith('category', { id: 'pig-butchering' })
  })

  test('a reader with such a message in hand goes on to 风险自测', async () => {
    routerParams.current = { id: 'fake-credit' }
    const utils = await mountComponent(CategoryPage)
    await tap(utils, screen.getByRole('button', { name: '收到类似的短信、消息？用「风险自测」查一查' }))
    expect(openPage).toHaveBeenCalledWith('check')
  })

  test('the first category has no previous, the last has no next', async () => {
    routerParams.current = { id: 'pig-butchering' }
    await mountComponent(CategoryPage)
    expect(visibleText()).not.toContain('上一种')
    expect(visibleText()).toContain('下一种')

    document.body.innerHTML = ''
    routerParams.current = { id: 'online-loan' }
    await mountComponent(CategoryPage)
    expect(visibleText()).toContain('上一种')
    expect(visibleText()).not.toContain('下一种')
  })

  test.each([
    ['missing', undefined],
    ['empty', ''],
    ['unknown', 'lottery'],
    ['script', '<script>alert(1)</script>'],
    ['very long', 'x'.repeat(2000)],
    ['broken encoding', '%E0%A4%A'],
    ['prototype key', '__proto__']
  ])('a %s id shows a friendly not-found with a way home', async (_label, id) => {
    routerParams.current = id === undefined ? {} : { id }
    const utils = await mountComponent(CategoryPage)
    expect(visibleText()).toContain('没有找到这种骗局')
    // Whatever the link carried is never echoed onto the page.
    if (id) expect(visibleText()).not.toContain(id)
    await tap(utils, screen.getByRole('button', { name: '回到首页' }))
    expect(goHome).toHaveBeenCalled()
  })

  test('a percent-encoded id still opens its category', async () => {
    routerParams.current = { id: encodeURIComponent('fake-shopping') + '%20' }
    await mountComponent(CategoryPage)
    expect(visibleText()).toContain('虚假购物、服务诈骗')
  })
})

// Round 54's trial at 320 px, font ×2, 大字模式: "投了2000 / 元", "2021年1 / 月15日", "拨打110 / 报警". The words stay the
// brochure's, verbatim; each amount, date and call is one unbreakable (nowrap) span.
describe('numbers keep their units on one line, the brochure text unchanged', () => {
  const unbroken = (selector: string) =>
    Array.from(document.querySelectorAll(`${selector} .fs-phrase, ${selector} .fs-word`)).map(
      (el) => el.textContent
    )

  test('a case keeps 2000元 whole, and reads exactly as the brochure', async () => {
    routerParams.current = { id: 'pig-butchering' }
    await mountComponent(CategoryPage)
    const category = brochure.categories.find((c) => c.id === 'pig-butchering')!
    const paragraphs = Array.from(document.querySelectorAll('.fs-category__paragraph')).map(
      (p) => p.textContent
    )
    expect(paragraphs).toEqual([...category.method, ...category.case])
    expect(unbroken('.fs-category__paragraph')).toContain('2000元')
  })

  test('the notice keeps its date whole, and 及时报警 keeps 拨打110报警 whole', async () => {
    await mountComponent(PreventionPage)
    expect(unbroken('.fs-prevention__paragraph')).toContain('2021年1月15日')
    expect(unbroken('.fs-rules__text').some((run) => run?.includes('拨打110报警'))).toBe(true)
  })
})

describe('prevention page', () => {
  test('shows the four rules with their text, 96110, 断卡行动 and the whole notice', async () => {
    await mountComponent(PreventionPage)
    const seen = visibleText()
    for (const rule of brochure.rules) {
      expect(seen).toContain(rule.name)
      expect(seen).toContain(text(rule.text))
    }
    expect(seen).toContain(text(brochure.hotline.description))
    const { cardCrackdown, notice } = brochure
    for (const line of [
      cardCrackdown.reminder,
      cardCrackdown.statement,
      ...cardCrackdown.penalties,
      cardCrackdown.liability
    ]) {
      expect(seen).toContain(text(line))
    }
    for (const line of [
      ...notice.issuers,
      notice.title,
      notice.preamble,
      ...notice.points,
      notice.closing,
      notice.date
    ]) {
      expect(seen).toContain(text(line))
    }
  })
})
