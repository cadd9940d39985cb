import { screen, waitFor } from '@testing-library/dom'
import { act } from 'react'
import QuizPage from '@/pages/learn/quiz'
import { questions } from '@/data/quiz'
import { useAppStore } from '@/store'
import { mountComponent, nameEnding, pressEnter, routerParams, tap, visibleText } from './support'

jest.mock('@/services/navigation', () => jest.requireActual('./mocks').navigationMock(false))
jest.mock('@tarojs/taro', () => jest.requireActual('./mocks').taroWithRouterParams())

const LETTERS = ['A', 'B', 'C', 'D']

beforeEach(() => {
  jest.clearAllMocks()
  document.body.innerHTML = ''
  routerParams.current = {}
  // jsdom lays nothing out, so every element would count as hidden; the scroll and focus services take the shown one.
  jest.spyOn(HTMLElement.prototype, 'getClientRects').mockImplementation(() => [{}] as unknown as DOMRectList)
})

afterEach(() => jest.restoreAllMocks())

/** The question on screen, and the letter each of its options shows. */
function shownQuestion() {
  const active = useAppStore.getState().activeRound!
  const index = active.answers.length
  const question = questions.find((q) => q.id === active.round.questionIds[index])!
  const order = active.round.optionOrders[index]
  return { question, letterOf: (original: number) => LETTERS[order.indexOf(original)] }
}

// Round 54's trial at 320 px, font ×2, 大字模式: the page scrolls the feedback to the top, the options above the screen.
test('the verdict says the answer in words, not only its letter: the right one when wrong, the chosen one when right', async () => {
  const utils = await mountComponent(QuizPage)
  await tap(utils, screen.getByRole('button', { name: '开始测试' }))
  const first = shownQuestion()
  const wrong = first.question.options.findIndex((_, i) => i !== first.question.answer)
  await tap(utils, screen.getByRole('button', { name: nameEnding(`：${first.question.options[wrong]}`) }))
  expect(document.querySelector('.fs-question__verdict')!.textContent).toBe(
    `✗ 答错了，正确答案是 ${first.letterOf(first.question.answer)}：${first.question.options[first.question.answer]}`
  )

  await tap(utils, screen.getByRole('button', { name: '下一题' }))
  const second = shownQuestion()
  const right = second.question.options[second.question.answer]
  await tap(utils, screen.getByRole('button', { name: nameEnding(`：${right}`) }))
  expect(document.querySelector('.fs-question__verdict')!.textContent).toBe(
    `✓ 答对了，您选的是 ${second.letterOf(second.question.answer)}：${right}`
  )
})

// Round 55's trial: after an answer, Shift+Tab from 下一题 stopped on each answered, locked option.
test('once answered, the options are said to be unavailable and leave the Tab order; the feedback and 下一题 take focus', async () => {
  const utils = await mountComponent(QuizPage)
  await tap(utils, screen.getByRole('button', { name: '开始测试' }))
  const options = () => screen.getAllByRole('button', { name: /^选项[A-D]：/ })
  expect(options().map((o) => o.getAttribute('tabindex'))).toEqual(options().map(() => '0'))
  await tap(utils, options()[0])
  expect(options().map((o) => [o.getAttribute('aria-disabled'), o.getAttribute('tabindex')])).toEqual(
    options().map(() => ['true', '-1'])
  )
  expect(document.querySelector('.fs-question__feedback')!.getAttribute('tabindex')).toBe('-1')
  expect(screen.getByRole('button', { name: '下一题' }).getAttribute('tabindex')).toBe('0')
})

// Round 54's trial: "今天的复习 · 第" / "1/10 题" at 320 px, font ×2, 大字模式.
test("a review's header keeps 第 n/m 题 on one line", async () => {
  const due = questions.slice(0, 3)
  act(() =>
    useAppStore.setState({
      reviewSchedule: Object.fromEntries(due.map((q) => [q.id, { box: 0, due: Date.now() - 1000 }]))
    })
  )
  routerParams.current = { mode: 'review' }
  await mountComponent(QuizPage)
  expect(visibleText()).toContain('今天的复习 · 第 1/3 题')
  const unbroken = Array.from(
    document.querySelectorAll('.fs-quiz__progress-text .fs-word, .fs-quiz__progress-text .fs-phrase')
  ).map((el) => el.textContent)
  expect(unbroken).toContain('第 1/3 题')
})

// Round 54's trial: after Enter on an option focus stayed on it, locked and 622 px above the screen; after 下一题 it
// fell back to the page's body.
test('by keyboard, focus goes to the feedback after an answer and to the new question after 下一题', async () => {
  const utils = await mountComponent(QuizPage)
  await tap(utils, screen.getByRole('button', { name: '开始测试' }))
  const onPrompt = () =>
    expect(document.activeElement === document.querySelector('.fs-question__prompt')).toBe(true)
  await waitFor(onPrompt)
  const { question } = shownQuestion()
  await pressEnter(
    utils,
    screen.getByRole('button', { name: nameEnding(`：${question.options[question.answer]}`) })
  )
  await waitFor(() =>
    expect(document.activeElement === document.querySelector('.fs-question__feedback')).toBe(true)
  )
  const feedback = document.activeElement as HTMLElement
  expect(feedback.textContent).toContain('答对了')
  // Focusable by script only: no extra Tab stop.
  expect(feedback.getAttribute('tabindex')).toBe('-1')

  await pressEnter(utils, screen.getByRole('button', { name: '下一题' }))
  expect(visibleText()).toContain('第 2/10 题')
  await waitFor(onPrompt)
  expect(document.activeElement!.textContent).toBe(shownQuestion().question.prompt)
})
