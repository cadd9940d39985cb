import { act } from 'react'
import { getAllByRole, getByRole, queryByRole } from '@testing-library/dom'
import HomePage from '@/pages/index'
import CategoryPage from '@/pages/category'
import QuizPage from '@/pages/learn/quiz'
import { questions } from '@/data/quiz'
import { callHotline } from '@/services/phone'
import { openPage } from '@/services/navigation'
import { useAppStore } from '@/store'
import { createQuizActions } from '@/store/quizActions'
import { mountComponent, routerParams, tap, tapAfter, tapSoon, visibleText } from './support'

jest.mock('@/services/phone', () => ({ callHotline: jest.fn(async () => 'dialed') }))
jest.mock('@/services/navigation', () => jest.requireActual('./mocks').navigationMock())
jest.mock('@tarojs/taro', () => jest.requireActual('./mocks').taroWithRouterParams())

beforeEach(() => {
  document.body.innerHTML = ''
  routerParams.current = {}
  jest.clearAllMocks()
})

function pauseRoundAfterOneAnswer(mode: 'standard' | 'practice' = 'standard') {
  act(() => {
    if (mode === 'practice')
      useAppStore.setState({
        wrongBook: { [questions[0].id]: 1, [questions[1].id]: 1, [questions[2].id]: 1 }
      })
    createQuizActions(useAppStore).startRound(questions, mode, 4)
  })
  const { round } = useAppStore.getState().activeRound!
  const first = questions.find((q) => q.id === round.questionIds[0])!
  act(() => createQuizActions(useAppStore).answerQuestion(questions, first.id, first.answer))
}

test('the big red 96110 on home calls 96110 when tapped', async () => {
  const utils = await mountComponent(HomePage)
  await tap(utils, getByRole(document.body, 'button', { name: '96110 点击拨打' }))
  expect(callHotline).toHaveBeenCalledWith('96110')
})

// Round 41's new-user trial: on a computer the big number's tap did nothing that could be seen.
test('where the big 96110 cannot dial, home says so under it and shows the number to dial by hand', async () => {
  jest.mocked(callHotline).mockResolvedValueOnce('unavailable')
  const utils = await mountComponent(HomePage)
  expect(visibleText()).not.toContain('不能直接拨号')
  await tap(utils, getByRole(document.body, 'button', { name: '96110 点击拨打' }))
  const notice = getByRole(document.body, 'alert')
  expect(notice.textContent).toBe('这台设备不能直接拨号，请用手机拨打96110')
})

// Trial 13: a double tap on the big number dialled twice, a triple tap three times (the call buttons held them).
test('the big 96110 dials once for a double or triple tap, and again for a deliberate tap later', async () => {
  const utils = await mountComponent(HomePage)
  const number = () => getByRole(document.body, 'button', { name: '96110 点击拨打' })
  await tap(utils, number())
  await tapSoon(utils, number())
  await tapAfter(utils, number(), 300)
  expect(callHotline).toHaveBeenCalledTimes(1)
  await tapAfter(utils, number(), 2500)
  expect(callHotline).toHaveBeenCalledTimes(2)
})

test('a paused quiz round is offered on home and 继续上次的测试 goes straight back to the next question', async () => {
  const utils = await mountComponent(HomePage)
  expect(queryByRole(document.body, 'button', { name: /继续上次的测试/ })).toBeNull()
  pauseRoundAfterOneAnswer()
  expect(visibleText()).toContain('上次的测试还没做完（已答 1/10 题）')
  await tap(utils, getByRole(document.body, 'button', { name: /继续上次的测试/ }))
  expect(openPage).toHaveBeenCalledWith('quiz', { resume: 1 })

  document.body.innerHTML = ''
  routerParams.current = { resume: '1' }
  await mountComponent(QuizPage)
  expect(visibleText()).not.toContain('要接着做吗')
  expect(visibleText()).toContain('第 2/10 题')
})

test("a paused round is named as the quiz page names it (round 52's trial: a 错题练习 was called 上次的测试)", async () => {
  await mountComponent(HomePage)
  pauseRoundAfterOneAnswer('practice')
  expect(visibleText()).toContain('上次的错题练习还没做完（已答 1/3 题）')
  expect(getByRole(document.body, 'button', { name: /继续上次的错题练习/ })).toBeTruthy()
  expect(visibleText()).not.toContain('上次的测试')
})

test('a page opened from a shared card offers 回到首页 once', async () => {
  routerParams.current = { id: 'fake-credit', from: 'share' }
  await mountComponent(CategoryPage)
  expect(getAllByRole(document.body, 'button', { name: '回到首页' })).toHaveLength(1)
  expect(document.querySelector('.fs-page__home--top')).not.toBeNull()
})
