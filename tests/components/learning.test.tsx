import { screen } from '@testing-library/dom'
import { act } from 'react'
import ScenarioPage from '@/pages/learn/scenario'
import HelperPage from '@/pages/learn/helper'
import QuizPage from '@/pages/learn/quiz'
import { scenarios } from '@/data/scenario'
import { drills } from '@/data/drill'
import { questions } from '@/data/quiz'
import { drawRound } from '@/domain/quiz'
import { DAY_MS } from '@/domain/review'
import { roundFingerprint } from '@/domain/challenge'
import { createQuizActions } from '@/store/quizActions'
import { openPage, replacePage } from '@/services/navigation'
import { callHotline } from '@/services/phone'
import { useAppStore } from '@/store'
import { mountComponent, nameEnding, nameStarting, routerParams, tap, tapSoon, visibleText } from './support'

jest.mock('@/services/navigation', () => jest.requireActual('./mocks').navigationMock(false))
jest.mock('@tarojs/taro', () => jest.requireActual('./mocks').taroWithRouterParams())
jest.mock('@/services/phone', () => ({ callHotline: jest.fn(async () => 'called') }))

beforeEach(() => {
  jest.clearAllMocks()
  document.body.innerHTML = ''
  routerParams.current = {}
})

describe('情景演练', () => {
  it('a safe first choice ends well: the red flag caught, its rule, and a per-rule score', async () => {
    routerParams.current = { id: 'fake-credit' }
    const utils = await mountComponent(ScenarioPage)
    const first = scenarios[1].points[0]
    expect(visibleText()).toContain(first.question)
    // A line that is not the case's own words is labelled as a dramatisation.
    expect(visibleText()).toContain('根据手册案例改编')
    await tap(utils, screen.getByRole('button', { name: `选择：${first.choices[0].label}` }))
    const seen = visibleText()
    expect(seen).toContain('您识破了骗局')
    expect(seen).toContain(`抓住的危险信号：${first.redFlag}`)
    expect(seen).toContain('您做到了「不轻信」')
    expect(seen).not.toContain('真实案例的结局')
    expect(useAppStore.getState().scenarioRecords['fake-credit']?.ending).toBe('safe')
    expect(useAppStore.getState().reviewSchedule).toEqual({})
  })

  // Round 42's new-user trial: Back then Forward started the case again at step 1.
  it('opened again, a half-played case goes on where it was, and a finished one is recorded once', async () => {
    routerParams.current = { id: 'impersonating-officials' }
    const scenario = scenarios[3]
    const [first, second] = scenario.points
    const risky = (point: (typeof scenario.points)[number]) => point.choices.find((c) => !c.safe)!
    const utils = await mountComponent(ScenarioPage)
    await tap(utils, screen.getByRole('button', { name: `选择：${risky(first).label}` }))
    document.body.innerHTML = ''
    const again = await mountComponent(ScenarioPage)
    expect(visibleText()).toContain(first.redFlag)
    expect(visibleText()).toContain(second.question)
    for (const point of scenario.points.slice(1))
      await tap(again, screen.getByRole('button', { name: `选择：${risky(point).label}` }))
    const record = useAppStore.getState().scenarioRecords['impersonating-officials']
    expect(record?.ending).toBe('outcome')
    document.body.innerHTML = ''
    await mountComponent(ScenarioPage)
    expect(visibleText()).toContain('真实案例的结局')
    // Not recorded a second time: the record is the same object.
    expect(useAppStore.getState().scenarioRecords['impersonating-officials']).toBe(record)
  })

  it('risky all the way: each missed red flag shown at once, then the real outcome, the tip and the hotlines', async () => {
    routerParams.current = { id: 'impersonating-officials' }
    const utils = await mountComponent(ScenarioPage)
    const scenario = scenarios[3]
    for (const point of scenario.points) {
      const risky = point.choices.find((c) => !c.safe)!
      await tap(utils, screen.getByRole('button', { name: `选择：${risky.label}` }))
      expect(visibleText()).toContain(point.redFlag)
    }
    const seen = visibleText()
    expect(seen).toContain('您错过了一个危险信号')
    expect(seen).toContain('真实案例的结局')
    expect(seen).toContain('当自己银行卡内37.3万元转走后')
    expect(seen).toContain('公检法不会通过电话做笔录办案')
    await tap(utils, screen.getByRole('button', { name: nameStarting('拨打 110') }))
    expect(callHotline).toHaveBeenCalledWith('110')
    const state = useAppStore.getState()
    expect(state.scenarioRecords['impersonating-officials']?.ending).toBe('outcome')
    // Each missed choice comes back for review in a day.
    expect(Object.keys(state.reviewSchedule).sort()).toEqual(
      scenario.points.map((p) => `scn:impersonating-officials:${p.id}`).sort()
    )
  })

  it('an unknown scenario id shows a friendly message and a way to the list', async () => {
    routerParams.current = { id: '%E4%B8%8D' }
    const utils = await mountComponent(ScenarioPage)
    expect(visibleText()).toContain('没有找到这个情景演练')
    await tap(utils, screen.getByRole('button', { name: '看看全部情景演练' }))
    expect(replacePage).toHaveBeenCalledWith('scenario')
  })

  it("the list puts the weakest rule's scenarios first", async () => {
    routerParams.current = { rule: 'report' }
    const utils = await mountComponent(ScenarioPage)
    expect(visibleText()).toContain('先练练「及时报警」')
    const items = Array.from(document.querySelectorAll('.fs-scenario__item'))
    const firstId = scenarios.find((s) => items[0].textContent!.includes(s.title))!
    expect(firstId.points.some((p) => p.rule === 'report')).toBe(true)
    await tap(utils, screen.getByRole('button', { name: nameStarting(scenarios[9].title) }))
    expect(openPage).toHaveBeenCalledWith('scenario', { id: 'online-loan' })
  })

  it.each(['__proto__', 'constructor', '%E4%B8%8D', ''])(
    'a link naming an unknown rule (%j) says so and lists all',
    async (rule) => {
      routerParams.current = { rule }
      await mountComponent(ScenarioPage)
      expect(visibleText()).toContain('链接里说的防骗原则没有找到，下面是全部情景演练')
      expect(document.querySelectorAll('.fs-scenario__item')).toHaveLength(scenarios.length)
    }
  )
})

describe('帮家人把关', () => {
  it('asks what to tell a relative, explains the red flag and rule, and records the answer', async () => {
    const utils = await mountComponent(HelperPage)
    const drill = drills[0]
    expect(visibleText()).toContain(`您会怎么跟${drill.relative}说？`)
    await tap(utils, screen.getByRole('button', { name: nameEnding(`：${drill.options[drill.answer]}`) }))
    expect(visibleText()).toContain('答对了')
    expect(visibleText()).toContain(`危险信号：${drill.redFlag}`)
    expect(visibleText()).toContain(drill.explanation)
    expect(useAppStore.getState().drillRecord[drill.id]).toEqual({ rule: drill.rule, right: true })
    await tap(utils, screen.getByRole('button', { name: '下一题' }))
    expect(visibleText()).toContain(`第 2/${drills.length} 题`)
  })

  // It was silent here (round 57): a double tap on 下一题 that lands on the next drill's option says why, on the option.
  it('the second tap of a double tap on 下一题 chooses nothing and says so on the option it landed on', async () => {
    const utils = await mountComponent(HelperPage)
    const [first, second] = drills
    await tap(utils, screen.getByRole('button', { name: nameEnding(`：${first.options[first.answer]}`) }))
    await tap(utils, screen.getByRole('button', { name: '下一题' }))
    const option = screen.getByRole('button', { name: nameEnding(`：${second.options[0]}`) })
    await tapSoon(utils, option)
    expect(visibleText()).not.toMatch(/答对了|答错了/)
    expect(option.textContent).toContain('没选上：看完题目，再点一次')
    expect(screen.getAllByRole('status').map((region) => region.textContent)).toContain(
      '没选上：看完题目，再点一次'
    )
    await tap(utils, option)
    expect(visibleText()).toMatch(/答对了|答错了/)
    expect(visibleText()).not.toContain('没选上')
  })
})

describe('quiz entries', () => {
  it('a review link asks what is due, on the quiz question page with its explanation', async () => {
    const q = questions[0]
    act(() => useAppStore.setState({ reviewSchedule: { [q.id]: { box: 0, due: Date.now() - DAY_MS } } }))
    routerParams.current = { mode: 'review' }
    const utils = await mountComponent(QuizPage)
    expect(visibleText()).toContain('今天的复习 · 第 1/1 题')
    expect(visibleText()).toContain(q.prompt)
    await tap(utils, screen.getByRole('button', { name: nameEnding(`：${q.options[q.answer]}`) }))
    expect(visibleText()).toContain(q.explanation)
    await tap(utils, screen.getByRole('button', { name: '查看结果' }))
    // Right when due: on to the 3-day box.
    expect(useAppStore.getState().reviewSchedule[q.id].box).toBe(1)
    expect(useAppStore.getState().results[0].mode).toBe('review')
  })

  it('a practice link starts a round of the wrong answers, or says there are none', async () => {
    const q = questions[0]
    act(() => useAppStore.setState({ wrongBook: { [q.id]: 1 } }))
    routerParams.current = { mode: 'practice' }
    await mountComponent(QuizPage)
    expect(visibleText()).toContain('错题练习 · 第 1/1 题')
    expect(visibleText()).toContain(q.prompt)

    document.body.innerHTML = ''
    act(() => useAppStore.setState({ wrongBook: {}, activeRound: null }))
    await mountComponent(QuizPage)
    expect(visibleText()).toContain('没有要练的错题了')
  })

  /** A test paused after `n` answers, as home leaves it. */
  function pauseTest(n: number) {
    act(() => {
      const actions = createQuizActions(useAppStore)
      actions.startRound(questions, 'standard', 77)
      for (let i = 0; i < n; i++) {
        const id = useAppStore.getState().activeRound!.round.questionIds[i]
        actions.answerQuestion(questions, id, 0)
      }
    })
  }

  it('a review link over a half-done test asks first; continuing keeps every answer', async () => {
    const q = questions[0]
    act(() => useAppStore.setState({ reviewSchedule: { [q.id]: { box: 0, due: Date.now() - DAY_MS } } }))
    pauseTest(4)
    routerParams.current = { mode: 'review' }
    const utils = await mountComponent(QuizPage)
    expect(visibleText()).toContain('上次的测试还没做完（已答 4/10 题）。先做完它，还是现在开始复习？')
    expect(useAppStore.getState().activeRound!.answers).toHaveLength(4)
    await tap(utils, screen.getByRole('button', { name: '继续上次的测试' }))
    expect(visibleText()).toContain('第 5/10 题')
    expect(useAppStore.getState().activeRound!.mode).toBe('standard')
    expect(useAppStore.getState().activeRound!.answers).toHaveLength(4)
  })

  it('a challenge card over a half-done test starts the challenge only when asked to', async () => {
    pauseTest(3)
    const round = drawRound(questions, 123456)
    routerParams.current = { challenge: '123456', check: roundFingerprint(round.questionIds), from: 'share' }
    const utils = await mountComponent(QuizPage)
    expect(visibleText()).toContain('现在开始家庭同题挑战')
    await tap(utils, screen.getByRole('button', { name: '开始家庭同题挑战' }))
    expect(useAppStore.getState().activeRound!.mode).toBe('challenge')
    expect(useAppStore.getState().activeRound!.round.questionIds).toEqual(round.questionIds)
    expect(visibleText()).toContain('家庭同题挑战 · 第 1/10 题')
  })

  it('反诈知识测试 after a review left before its first answer offers the test, not the review', async () => {
    const q = questions[0]
    act(() => useAppStore.setState({ reviewSchedule: { [q.id]: { box: 0, due: Date.now() - DAY_MS } } }))
    routerParams.current = { mode: 'review' }
    await mountComponent(QuizPage)
    expect(visibleText()).toContain('今天的复习 · 第 1/1 题')
    document.body.innerHTML = ''
    routerParams.current = {}
    const utils = await mountComponent(QuizPage)
    expect(visibleText()).toContain('开始测试')
    expect(visibleText()).not.toContain('今天的复习')
    await tap(utils, screen.getByRole('button', { name: '开始测试' }))
    expect(useAppStore.getState().activeRound!.mode).toBe('standard')
    expect(visibleText()).toContain('第 1/10 题')
  })

  it('反诈知识测试 over a review with an answer offers to go on with it or start the test, not the review again', async () => {
    const [q1, q2] = questions
    act(() =>
      useAppStore.setState({
        reviewSchedule: {
          [q1.id]: { box: 0, due: Date.now() - DAY_MS },
          [q2.id]: { box: 0, due: Date.now() - DAY_MS }
        }
      })
    )
    act(() => {
      const actions = createQuizActions(useAppStore)
      actions.startRound(questions, 'review', 5)
      actions.answerQuestion(questions, useAppStore.getState().activeRound!.round.questionIds[0], 0)
    })
    routerParams.current = {}
    const utils = await mountComponent(QuizPage)
    expect(visibleText()).toContain('上次的复习还没做完（已答 1/2 题），要接着做吗？')
    expect(screen.queryByRole('button', { name: '重新开始' })).toBeNull()
    expect(visibleText()).toContain('开始测试（上次的复习不再保留）')
    await tap(utils, screen.getByRole('button', { name: '开始测试' }))
    expect(useAppStore.getState().activeRound!.mode).toBe('standard')
    expect(visibleText()).toContain('第 1/10 题')
  })

  it("a challenge link draws the sender's round: same questions, same order", async () => {
    const round = drawRound(questions, 123456)
    routerParams.current = { challenge: '123456', check: roundFingerprint(round.questionIds), from: 'share' }
    await mountComponent(QuizPage)
    const active = useAppStore.getState().activeRound!
    expect(active.mode).toBe('challenge')
    expect(active.round.questionIds).toEqual(round.questionIds)
    expect(visibleText()).toContain('家庭同题挑战 · 第 1/10 题')
    expect(visibleText()).toContain(questions.find((q) => q.id === round.questionIds[0])!.prompt)
  })

  it.each([
    [{ challenge: 'abc', check: 'x' }, '这个邀请链接不完整'],
    [{ challenge: '42', check: 'zzzz' }, '题目已经更新']
  ])('a challenge link %j that no longer fits lands on a fresh round with a note', async (params, note) => {
    routerParams.current = params
    await mountComponent(QuizPage)
    expect(visibleText()).toContain(note)
    expect(visibleText()).toContain('第 1/10 题')
    expect(useAppStore.getState().activeRound!.mode).toBe('standard')
  })
})
