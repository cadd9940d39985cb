// Real double taps (two mouse clicks 250 ms apart at the same spot, as older hands do) on the quiz controls
// (issue #12 §3): only the answers the person meant are recorded, and the quiz is never left by accident.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { openRoute, visiblePageText, waitForText } from './support/browser.mjs'
import { startBrowserApp } from './support/harness.mjs'
import bank from '../../src/data/quiz-questions.json' with { type: 'json' }

const app = startBrowserApp()
const KEY = 'fraud-shield'
/** Longer than the quiet moment after a screen change (src/domain/tapGuard): a person's next deliberate tap. */
const PAUSE_MS = 700

/** Two clicks 250 ms apart at the centre of the control: the second lands on whatever is there by then. */
async function doubleTap(page, name) {
  const control = page.getByRole('button', { name, exact: true }).last()
  await control.scrollIntoViewIfNeeded()
  const box = await control.boundingBox()
  const x = box.x + box.width / 2
  const y = box.y + box.height / 2
  await page.mouse.click(x, y)
  await page.waitForTimeout(250)
  await page.mouse.click(x, y)
  await page.waitForTimeout(PAUSE_MS)
}

/** The saved round: how many answers are recorded. */
async function savedAnswers(page) {
  const state = await page.evaluate(
    (key) => JSON.parse(JSON.parse(localStorage.getItem(key)).data).state,
    KEY
  )
  return state.activeRound ? state.activeRound.answers.length : null
}

async function savedResults(page) {
  return page.evaluate(
    (key) => JSON.parse(JSON.parse(localStorage.getItem(key)).data).state.results.length,
    KEY
  )
}

/** Answers the question on screen right, with one deliberate tap. */
async function answerRight(page) {
  const prompt = await page.locator('.fs-question__prompt').last().innerText()
  const question = bank.find((q) => q.prompt === prompt)
  const text = question.options[question.answer]
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  await page
    .getByRole('button', { name: new RegExp(`^选项[A-D]：${escaped}$`) })
    .last()
    .click()
  await waitForText(page, '答对了')
  await page.waitForTimeout(PAUSE_MS)
}

test('double taps on 开始测试, 下一题, 查看结果 and 再测一次 record only the answers the person chose', async () => {
  const handle = await app.visit()
  const { page } = handle
  await openRoute(page, app.url, '/pages/quiz/index', '开始测试')

  await doubleTap(page, '开始测试')
  await waitForText(page, '第 1/10 题')
  assert.equal(await savedAnswers(page), 0, '开始测试 ×2 answered question 1')
  const shown = await visiblePageText(page)
  assert.ok(!shown.includes('答对了') && !shown.includes('答错了'), 'a verdict shows that nobody chose')

  for (let i = 0; i < 10; i++) {
    await waitForText(page, `第 ${i + 1}/10 题`)
    await answerRight(page)
    assert.equal(await savedAnswers(page), i + 1)
    if (i < 9) {
      await doubleTap(page, '下一题')
      const text = await visiblePageText(page)
      assert.ok(text.includes(`第 ${i + 2}/10 题`), `下一题 ×2 left question ${i + 1}: ${text.slice(0, 400)}`)
      assert.equal(await savedAnswers(page), i + 1, `下一题 ×2 answered question ${i + 2}`)
    }
  }
  await doubleTap(page, '查看结果')
  await waitForText(page, '你的得分')
  assert.ok((await visiblePageText(page)).includes('100'), 'the result page shows the score')
  assert.equal(await savedResults(page), 1)
  assert.equal(await savedAnswers(page), null, '查看结果 ×2 started a new round')

  await doubleTap(page, '再测一次')
  await waitForText(page, '第 1/10 题')
  assert.equal(await savedAnswers(page), 0, '再测一次 ×2 answered question 1')
  await app.finish(handle)
})

// The same guard on the other pages that start over or move on under the finger (a new user's trial, round 14).
test('double taps on 重新查一遍, 下一题 and 再演练一次 make no choice for the person on the next screen', async () => {
  const handle = await app.visit()
  const { page } = handle

  // 通话中速查, during a call: the fresh question must wait for the person.
  await openRoute(page, app.url, '/pages/family/on-call/index', '都不是')
  await page
    .getByRole('button', { name: /^是，对方/ })
    .first()
    .click()
  await waitForText(page, '重新查一遍')
  await page.waitForTimeout(PAUSE_MS)
  await doubleTap(page, '重新查一遍')
  await waitForText(page, '都不是')
  let shown = await visiblePageText(page)
  assert.ok(!shown.includes('重新查一遍'), '重新查一遍 ×2 answered the fresh question')

  // 帮家人把关: question 2 is not answered by the second tap on 下一题.
  await openRoute(page, app.url, '/pages/learn/helper/index', '第 1/')
  await page.locator('.fs-question__option').first().click()
  await waitForText(page, '下一题')
  await page.waitForTimeout(PAUSE_MS)
  await doubleTap(page, '下一题')
  await waitForText(page, '第 2/')
  assert.equal(await page.locator('.fs-question__feedback').count(), 0, '下一题 ×2 answered question 2')

  // 情景演练: play to the end, then 再演练一次 ×2 starts a fresh run with no choice made.
  await openRoute(page, app.url, '/pages/learn/scenario/index?id=impersonating-officials', '情景演练')
  for (let step = 0; step < 10; step++) {
    if ((await page.getByRole('button', { name: '再演练一次', exact: true }).count()) > 0) break
    await page
      .getByRole('button', { name: /^选择：/ })
      .first()
      .click()
    await page.waitForTimeout(PAUSE_MS)
  }
  await waitForText(page, '再演练一次')
  await doubleTap(page, '再演练一次')
  assert.equal(
    await page.locator('.fs-scenario__point--done').count(),
    0,
    '再演练一次 ×2 made the first choice'
  )
  shown = await visiblePageText(page)
  assert.ok(!shown.includes('再演练一次'), 'the fresh run ended at once')
  await app.finish(handle)
})
