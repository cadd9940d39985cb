import { screen, within } from '@testing-library/dom'
import { act } from 'react'
import PausePage from '@/pages/family/pause'
import { PAUSE_QUESTIONS } from '@/domain/quickCheck'
import { mountComponent, tap, tapAfter, tapSoon, visibleText } from './support'

jest.mock('@/services/navigation', () => jest.requireActual('./mocks').navigationMock(false))
jest.mock('@/services/phone', () => ({
  callHotline: jest.fn(() => Promise.resolve('dialed')),
  callNumber: jest.fn(() => Promise.resolve('dialed'))
}))

beforeEach(() => {
  document.body.innerHTML = ''
})
afterEach(() => {
  jest.useRealTimers()
})

test('a ten-second pause counts down, then asks the first question by itself', async () => {
  // Timers still advance with the clock, so mounting (which waits on timers itself) completes.
  jest.useFakeTimers({ advanceTimers: true })
  await mountComponent(PausePage)
  // The machine may be slow to mount: a second may already have gone.
  expect(visibleText()).toMatch(/(10|9) 秒后问您五个问题/)
  for (let i = 0; i < 10; i += 1) {
    act(() => {
      jest.advanceTimersByTime(1000)
    })
  }
  expect(visibleText()).not.toContain('秒后问您')
  expect(visibleText()).toContain(`第 1/5 题${PAUSE_QUESTIONS[0].question}`)
})

test('the pause can be skipped; a "是" to 安全账户 leads to the hang-up screen with its brochure source', async () => {
  const utils = await mountComponent(PausePage)
  await tap(utils, screen.getByRole('button', { name: '跳过，现在就问' }))
  expect(visibleText()).toContain('对方是您只在网上认识的人吗？')
  await tap(utils, screen.getByRole('button', { name: '不是：对方是您只在网上认识的人吗？' }))
  expect(visibleText()).toContain('第 2/5 题')
  await tap(utils, screen.getByRole('button', { name: '是：对方说这是“安全账户”吗？' }))
  // The person may be about to pay, not on a call: the alert says stop the transfer, not hang up.
  const alert = screen.getByRole('alert')
  expect(within(alert).getByRole('heading', { level: 1 }).textContent).toBe('这很可能是诈骗。先别转账。')
  expect(alert.textContent).toContain('先停下，打下面的电话问一问。钱不要转，验证码不要说。')
  expect(alert.textContent).not.toContain('挂断')
  expect(alert.textContent).not.toContain('说法')
  expect(visibleText()).toContain('更不会让群众向所谓“安全账户”转账')
  expect(visibleText()).toContain('出自宣传手册「冒充公检法及政府机关诈骗」反诈提示')
})

test('five "不是" end with the four rules and 96110, never a promise of safety', async () => {
  const utils = await mountComponent(PausePage)
  await tap(utils, screen.getByRole('button', { name: '跳过，现在就问' }))
  for (const q of PAUSE_QUESTIONS)
    await tap(utils, screen.getByRole('button', { name: `不是：${q.question}` }))
  expect(visibleText()).toContain('五个问题都答了“不是”')
  expect(visibleText()).toContain('还不放心就打96110问一问')
  expect(visibleText()).not.toContain('先别转账')
})

test.each(PAUSE_QUESTIONS.map((q, i) => [q.question, i] as const))(
  'a "是" to 「%s」 shows 先别转账 with 96110 and 110 to call, and that question as the reason',
  async (question, index) => {
    const utils = await mountComponent(PausePage)
    await tap(utils, screen.getByRole('button', { name: '跳过，现在就问' }))
    for (const earlier of PAUSE_QUESTIONS.slice(0, index))
      await tap(utils, screen.getByRole('button', { name: `不是：${earlier.question}` }))
    await tap(utils, screen.getByRole('button', { name: `是：${question}` }))
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('这很可能是诈骗。先别转账。')
    expect(screen.getByRole('button', { name: /^拨打 96110/ })).toBeTruthy()
    expect(screen.getByRole('button', { name: /^拨打 110/ })).toBeTruthy()
    expect(visibleText()).toContain(`您答了“是”：${question}`)
  }
)

// The mini-program probe: each screen replaces the last under the finger, and the second tap of a double tap answered
// the next question unseen (安全账户 among them).
test('a double tap on 跳过 or 不是 answers nothing the person has not seen', async () => {
  const utils = await mountComponent(PausePage)
  await tap(utils, screen.getByRole('button', { name: '跳过，现在就问' }))
  await tapSoon(utils, screen.getByRole('button', { name: `是：${PAUSE_QUESTIONS[0].question}` }))
  expect(visibleText()).toContain('第 1/5 题')
  await tap(utils, screen.getByRole('button', { name: `不是：${PAUSE_QUESTIONS[0].question}` }))
  await tapSoon(utils, screen.getByRole('button', { name: `不是：${PAUSE_QUESTIONS[1].question}` }))
  expect(visibleText()).toContain('第 2/5 题')
  await tap(utils, screen.getByRole('button', { name: `不是：${PAUSE_QUESTIONS[1].question}` }))
  expect(visibleText()).toContain('第 3/5 题')
})

// Round 44's new-user trial, sideways in 大字模式: the second tap of a slow double tap on 不是, 1.0–1.8 s apart, landed on
// the next question's 不是 and answered it unseen (15 of 15).
test.each([1000, 1500, 1800])(
  'a slow double tap on 不是 (%i ms apart) answers one question; the next is answered once read',
  async (gap) => {
    const utils = await mountComponent(PausePage)
    await tap(utils, screen.getByRole('button', { name: '跳过，现在就问' }))
    const spot = { x: 200, y: 300 }
    const no = (n: number) => screen.getByRole('button', { name: `不是：${PAUSE_QUESTIONS[n].question}` })
    await tapAfter(utils, no(0), 1200, spot)
    expect(visibleText()).toContain('第 2/5 题')
    await tapAfter(utils, no(1), gap, spot)
    expect(visibleText()).toContain('第 2/5 题')
    await tapAfter(utils, no(1), 2100, spot)
    expect(visibleText()).toContain('第 3/5 题')
  }
)
