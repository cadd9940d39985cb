import assert from 'node:assert/strict'
import { test } from 'node:test'
import {
  openRoute,
  screenshot,
  seriousAxeViolations,
  setDefaultFontSize,
  switchOnLargeText,
  visiblePageText,
  waitForQuestionReading,
  waitForReading,
  waitForSettle,
  waitForText
} from './support/browser.mjs'
import { startBrowserApp } from './support/harness.mjs'
import bank from '../../src/data/quiz-questions.json' with { type: 'json' }
import scenarios from '../../src/data/scenarios.json' with { type: 'json' }

const app = startBrowserApp()
const DAY = 24 * 60 * 60 * 1000
const T0 = Date.UTC(2026, 10, 1, 9)
const QUESTION = bank[0]

/**
 * Before any app code: the phone's clock reads `now`, and storage holds `state` as this version saved it (Taro H5
 * wraps each value as {"data": text}). A clock set with Date.now is what the app reads for due reviews.
 */
async function atTime(page, now, state) {
  await page.addInitScript(
    ({ clock, text }) => {
      // The phone's clock set to another day; it still runs, as a real one does.
      const realNow = Date.now.bind(Date)
      const offset = clock - realNow()
      Date.now = () => realNow() + offset
      if (text && !sessionStorage.getItem('seeded')) {
        localStorage.setItem('fraud-shield', JSON.stringify({ data: text }))
        sessionStorage.setItem('seeded', '1')
      }
    },
    { clock: now, text: state ? JSON.stringify({ state, version: 2 }) : null }
  )
}

function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** Answers the question on screen with its right option; returns its prompt. */
async function answerRight(page) {
  const prompt = (await page.locator('.fs-question__prompt').last().innerText()).trim()
  const question = bank.find((q) => q.prompt === prompt)
  assert.ok(question, `question on screen is in the bank: ${prompt}`)
  // A person reads the question first: an option may be where the tap that brought it landed (a tap's burst).
  await waitForQuestionReading(page)
  await page
    .getByRole('button', { name: new RegExp(`^选项[A-D]：${escape(question.options[question.answer])}$`) })
    .last()
    .click()
  await waitForText(page, '答对了')
  return prompt
}

async function playRound(page, label) {
  const prompts = []
  for (let i = 0; i < 10; i++) {
    await waitForText(page, `${label}第 ${i + 1}/10 题`)
    prompts.push(await answerRight(page))
    await waitForReading(page)
    await page
      .getByRole('button', { name: i === 9 ? '查看结果' : '下一题' })
      .last()
      .click()
  }
  return prompts
}

test('a missed question comes back on home once the clock reaches its day, and reviews on the quiz page', async () => {
  const saved = { reviewSchedule: { [QUESTION.id]: { box: 0, due: T0 + DAY } } }

  const before = await app.visit()
  await atTime(before.page, T0 + DAY / 2, saved)
  await openRoute(before.page, app.url, '/pages/index/index', '我的学习进度')
  assert.ok((await visiblePageText(before.page)).includes('今天没有要复习的题'))
  await app.finish(before)

  const after = await app.visit()
  await atTime(after.page, T0 + 2 * DAY, saved)
  await openRoute(after.page, app.url, '/pages/index/index', '今天要复习 1 题')
  await screenshot(after.page, 'home-review-due')
  await after.page.getByRole('button', { name: '今天要复习 1 题' }).click()
  await waitForText(after.page, '今天的复习 · 第 1/1 题')
  assert.ok((await visiblePageText(after.page)).includes(QUESTION.prompt))
  await answerRight(after.page)
  assert.ok((await visiblePageText(after.page)).includes(QUESTION.explanation))
  await waitForReading(after.page)
  await after.page.getByRole('button', { name: '查看结果' }).click()
  await waitForText(after.page, '复习得分')
  await app.finish(after)
})

test('a 家庭同题挑战 link gives a relative the same questions in the same order', async () => {
  const sender = await app.visit()
  await openRoute(sender.page, app.url, '/pages/quiz/index', '开始测试')
  await waitForSettle(sender.page)
  await sender.page.getByRole('button', { name: '开始测试' }).click()
  const sent = await playRound(sender.page, '')
  await waitForText(sender.page, '您的得分')
  await waitForSettle(sender.page)
  await sender.page.getByRole('button', { name: '邀请家人做同一套题' }).click()
  const link = (await sender.page.locator('.fs-share__link-text').innerText()).trim()
  assert.match(link, /#\/pages\/quiz\/index\?challenge=\d+&check=[0-9a-z]+&from=share$/)
  await app.finish(sender)

  const relative = await app.visit()
  await relative.page.goto(link)
  await waitForText(relative.page, '家庭同题挑战 · 第 1/10 题')
  assert.deepEqual(await seriousAxeViolations(relative.page), [])
  const got = await playRound(relative.page, '家庭同题挑战 · ')
  assert.deepEqual(got, sent)
  await waitForText(relative.page, '家庭同题挑战得分')
  const text = await visiblePageText(relative.page)
  assert.ok(text.includes('把您的结果卡发回家庭群'))
  assert.equal(await relative.page.locator('.fs-rule-bars__row').count(), 4)
  assert.equal(await relative.page.getByRole('button', { name: '把结果发回给家人' }).count(), 1)
  await screenshot(relative.page, 'challenge-result')
  await app.finish(relative)
})

test('a challenge link that no longer fits lands on a fresh round with a note', async () => {
  const handle = await app.visit()
  await openRoute(handle.page, app.url, '/pages/quiz/index?challenge=12&check=zzzz&from=share', '第 1/10 题')
  assert.ok((await visiblePageText(handle.page)).includes('题目已经更新'))
  await app.finish(handle)
})

test('情景演练 from a category page: risky all the way reaches the real outcome with the hotlines', async () => {
  const handle = await app.visit()
  const { page } = handle
  await openRoute(page, app.url, '/pages/category/index?id=online-loan', '模拟一下')
  await page.getByRole('button', { name: '模拟一下：如果是您会怎么做？' }).click()
  const scenario = scenarios.find((s) => s.id === 'online-loan')
  for (const point of scenario.points) {
    await waitForText(page, point.question)
    await waitForReading(page)
    const risky = point.choices.find((c) => !c.safe)
    await page.getByRole('button', { name: `选择：${risky.label}` }).click()
  }
  await waitForText(page, '真实案例的结局')
  const text = await visiblePageText(page)
  // The whole ending in order; since round 66 a long one is shown in short paragraphs (outcomeParts), one per line.
  const unbroken = (t) => t.replace(/\s/g, '')
  assert.ok(unbroken(text).includes(unbroken(scenario.outcome[0])))
  assert.ok(text.includes('凡是网络贷款需要先交钱的都是诈骗'))
  assert.equal(await page.getByRole('button', { name: '拨打 110 已被骗，立即报警' }).count(), 1)
  assert.deepEqual(await seriousAxeViolations(page), [])
  await screenshot(page, 'scenario-outcome')
  await app.finish(handle)
})

test('帮家人把关 at 320×568, font ×2, 大字模式: the verdict of option A comes into view, and the next drill starts at its top', async () => {
  // Round 42's new-user trial: after option A the verdict sat at 714–816 px on a 568 px screen, 6 of 6 times.
  const handle = await app.visit({ width: 320, height: 568 })
  const { page } = handle
  await setDefaultFontSize(page, 32)
  await switchOnLargeText(page, app.url)
  await openRoute(page, app.url, '/pages/learn/helper/index', '帮家人把关')
  for (let i = 0; i < 3; i++) {
    await waitForText(page, `第 ${i + 1}/`)
    // A person reads the drill: 下一题 was where option A now is.
    await waitForQuestionReading(page)
    await page
      .getByRole('button', { name: /^选项A：/ })
      .last()
      .click()
    await page.waitForTimeout(400)
    const verdict = await page.locator('.fs-question__feedback').last().boundingBox()
    assert.ok(verdict && verdict.y >= 0 && verdict.y < 568 - 40, `drill ${i + 1}: verdict at ${verdict?.y}`)
    await waitForReading(page)
    await page.getByRole('button', { name: '下一题' }).last().click()
    await page.waitForTimeout(400)
    const title = await page.locator('.fs-helper__title').last().boundingBox()
    assert.ok(title && title.y >= 0 && title.y < 568, `drill ${i + 2}: title at ${title?.y}`)
  }
  await app.finish(handle)
})
