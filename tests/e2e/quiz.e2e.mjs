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

const app = startBrowserApp()
const QUIZ = '/pages/quiz/index'

/** Answers the question on screen: right when `right`, otherwise the first wrong option. */
async function answer(page, right) {
  const prompt = await page.locator('.fs-question__prompt').last().innerText()
  const question = bank.find((q) => q.prompt === prompt)
  assert.ok(question, `question on screen is in the bank: ${prompt}`)
  const text = right
    ? question.options[question.answer]
    : question.options.find((_, i) => i !== question.answer)
  // A person reads the question first: an option may be where the tap that brought it landed (a tap's burst).
  await waitForQuestionReading(page)
  await page
    .getByRole('button', { name: new RegExp(`^选项[A-D]：${escape(text)}$`) })
    .last()
    .click()
  await waitForText(page, right ? '答对了' : '答错了')
}

function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

async function playRound(page, pickRight) {
  for (let i = 0; i < 10; i++) {
    await waitForText(page, `第 ${i + 1}/10 题`)
    await answer(page, pickRight(i))
    await waitForReading(page)
    await page
      .getByRole('button', { name: i === 9 ? '查看结果' : '下一题' })
      .last()
      .click()
  }
  await waitForText(page, '您的得分')
}

test('a full round ends on the result page with a bar per rule', async () => {
  const handle = await app.visit()
  const { page } = handle
  await openRoute(page, app.url, QUIZ, '开始测试')
  assert.deepEqual(await seriousAxeViolations(page), [])
  await page.getByRole('button', { name: '开始测试' }).click()
  await waitForText(page, '第 1/10 题')
  await screenshot(page, 'quiz-question')
  await playRound(page, (i) => i < 6)
  const text = await visiblePageText(page)
  assert.match(text, /\b60\b/)
  assert.equal(await page.locator('.fs-rule-bars__row').count(), 4)
  // The round is drawn at random, so two rules can tie at the lowest score: then both are named as a tie.
  assert.match(text, /最需要加强：|这几条一样需要加强：/)
  await screenshot(page, 'quiz-result')
  assert.deepEqual(await seriousAxeViolations(page), [])
  await openRoute(page, app.url, '/pages/index/index', '十种常见骗局')
  assert.ok((await visiblePageText(page)).includes('您的最好成绩：60 分'))
  // The weakest rule shows on home too, with the scams to read next.
  const home = await visiblePageText(page)
  assert.match(home, /上次测试(最|这几条一样)需要加强：(不轻信|不透露|不转账|及时报警)/)
  assert.ok((await page.getByRole('button', { name: /^看看「.*」$|^查看「如何防范」$/ }).count()) > 0)
  await app.finish(handle)
})

test('reloading mid-round offers to resume where it stopped', async () => {
  const handle = await app.visit()
  const { page } = handle
  await openRoute(page, app.url, QUIZ, '开始测试')
  await page.getByRole('button', { name: '开始测试' }).click()
  await answer(page, true)
  await waitForReading(page)
  await page.getByRole('button', { name: '下一题' }).click()
  // Question 2 drawn before answer() reads its prompt and waits out its quiet moment, which counts from then.
  await waitForText(page, '第 2/10 题')
  await answer(page, false)
  await page.reload()
  await waitForText(page, '已答 2/10 题')
  await page.getByRole('button', { name: '继续上次的测试' }).click()
  await waitForText(page, '第 3/10 题')
  await app.finish(handle)
})

test('the wrong-answer book fills with missed questions and empties as they are answered right', async () => {
  const handle = await app.visit()
  const { page } = handle
  await openRoute(page, app.url, QUIZ, '开始测试')
  await page.getByRole('button', { name: '开始测试' }).click()
  await playRound(page, (i) => i >= 3)
  assert.ok((await visiblePageText(page)).includes('练习错题（3 道）'))
  await waitForSettle(page)
  await page.getByRole('button', { name: /练习错题/ }).click()
  for (let i = 0; i < 3; i++) {
    await waitForText(page, `第 ${i + 1}/3 题`)
    await answer(page, true)
    await waitForReading(page)
    await page
      .getByRole('button', { name: i === 2 ? '查看结果' : '下一题' })
      .last()
      .click()
  }
  await waitForText(page, '错题练习得分')
  const text = await visiblePageText(page)
  assert.ok(!text.includes('练习错题（'), 'no wrong answers left to practise')
  await app.finish(handle)
})

// Round 54's trial: the verdict named a letter whose option was above the screen; after Enter on an option focus stayed
// on it, locked and off screen; after 下一题 it fell back to <body>; the browser's 1 px focus ring was all but invisible.
test('by keyboard: the verdict says the answer in words, focus follows it, then the next question; a thick ring', async () => {
  const handle = await app.visit({ width: 320, height: 568 })
  const { page } = handle
  await openRoute(page, app.url, QUIZ, '开始测试')
  await page.getByRole('button', { name: '开始测试' }).focus()
  await page.keyboard.press('Enter')
  await waitForText(page, '第 1/10 题')
  const prompt = await page.locator('.fs-question__prompt').last().innerText()
  const question = bank.find((q) => q.prompt === prompt)
  const wrong = question.options.find((_, i) => i !== question.answer)
  await waitForReading(page)
  const option = page.getByRole('button', { name: new RegExp(`^选项[A-D]：${escape(wrong)}$`) }).last()
  await option.focus()
  const ring = await option.evaluate((el) => {
    const style = getComputedStyle(el)
    return { width: parseFloat(style.outlineWidth), style: style.outlineStyle }
  })
  assert.equal(ring.style, 'solid')
  assert.ok(ring.width >= 3, `focus ring ${ring.width}px`)
  await page.keyboard.press('Enter')
  await waitForText(page, '答错了')
  const verdict = await page.locator('.fs-question__verdict').last().innerText()
  assert.match(verdict, new RegExp(`正确答案是 [A-D]：${escape(question.options[question.answer])}`))
  await page.waitForFunction(() => document.activeElement?.classList.contains('fs-question__feedback'))
  // The focused feedback is on screen, and the next Tab goes forward to the link or 下一题, not to a locked option.
  const top = await page.evaluate(() => document.activeElement.getBoundingClientRect().top)
  assert.ok(top >= 0 && top < 568, `feedback at ${top}px`)
  await page.keyboard.press('Tab')
  const next = await page.evaluate(() => document.activeElement?.textContent ?? '')
  assert.ok(!/^[A-D]/.test(next.trim()), `Tab after the answer went to ${next}`)
  await waitForReading(page)
  await page.getByRole('button', { name: '下一题' }).last().focus()
  await page.keyboard.press('Enter')
  await waitForText(page, '第 2/10 题')
  await page.waitForFunction(() => document.activeElement?.classList.contains('fs-question__prompt'))
  await app.finish(handle)
})

/** What has keyboard focus: its spoken name or its words, and whether it is one of the question's options. */
function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement
    return {
      name: (el?.getAttribute('aria-label') || el?.textContent || '').trim().slice(0, 30),
      option: Boolean(el?.closest('.fs-question__option')),
      feedback: Boolean(el?.classList.contains('fs-question__feedback'))
    }
  })
}

// Round 55's trial at 320×568, font ×2, 大字模式: after an answer, Shift+Tab from 下一题 stopped on the four answered,
// locked options before anything else.
test('by keyboard at font ×2 in 大字模式: answered options take no Tab stop either way; the feedback and 下一题 take focus', async () => {
  const handle = await app.visit({ width: 320, height: 568 })
  const { page } = handle
  await setDefaultFontSize(page, 32)
  await switchOnLargeText(page, app.url)
  await openRoute(page, app.url, QUIZ, '开始测试')
  await waitForSettle(page)
  await page.getByRole('button', { name: '开始测试' }).focus()
  await page.keyboard.press('Enter')
  await waitForText(page, '第 1/10 题')
  await waitForReading(page)
  const options = page.locator('.fs-question__option:visible')
  const count = await options.count()
  assert.ok(count >= 2, `${count} options`)
  await options.first().focus()
  await page.keyboard.press('Enter')
  await page.waitForFunction(() => document.activeElement?.classList.contains('fs-question__feedback'))
  // The options are still shown, said to be unavailable, and none is in the Tab order.
  assert.equal(await options.count(), count)
  assert.deepEqual(
    await options.evaluateAll((all) =>
      all.map((o) => [o.getAttribute('aria-disabled'), o.getAttribute('tabindex')])
    ),
    Array(count).fill(['true', '-1'])
  )
  // Tab from the feedback reaches 下一题 without an option on the way.
  const forward = []
  for (let i = 0; i < 6; i += 1) {
    await page.keyboard.press('Tab')
    forward.push(await focused(page))
    if (forward.at(-1).name === '下一题') break
  }
  assert.equal(forward.at(-1).name, '下一题', `Tab went ${forward.map((f) => f.name).join(' → ')}`)
  assert.ok(!forward.some((f) => f.option), `Tab stopped on an option: ${forward.map((f) => f.name)}`)
  // Shift+Tab from 下一题 all the way back to the top never stops on an option.
  const back = []
  for (let i = 0; i < 12; i += 1) {
    await page.keyboard.press('Shift+Tab')
    const now = await focused(page)
    if (now.name === '' || back.some((b) => b.name === now.name)) break
    back.push(now)
  }
  assert.ok(back.length > 0, 'Shift+Tab went nowhere')
  assert.ok(
    !back.some((b) => b.option),
    `Shift+Tab stopped on an option: ${back.map((b) => b.name).join(' ← ')}`
  )
  await app.finish(handle)
})
