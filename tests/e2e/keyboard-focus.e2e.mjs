import assert from 'node:assert/strict'
import { test } from 'node:test'
import {
  openRoute,
  setDefaultFontSize,
  switchOnLargeText,
  waitForSettle,
  waitForText
} from './support/browser.mjs'
import { startBrowserApp } from './support/harness.mjs'

// Round 56's trial at 320×568, font ×2, 大字模式: after 清空 (搜索, 风险自测), an example word, every page change and Back to
// home, keyboard focus was left on the page's body, so the next Tab started from the top of the page or far from what
// was being read. Each journey here presses Enter as a keyboard user does and reads where focus went.

const app = startBrowserApp()

/** What has keyboard focus on the page shown: its class and its words, or 'body'. */
function focusedPlace(page) {
  return page.evaluate(() => {
    const el = document.activeElement
    if (!el || el === document.body) return 'body'
    return `${el.className} ${(el.getAttribute('aria-label') || el.textContent || '').trim().slice(0, 24)}`
  })
}

/** A 320×568 phone at font ×2 in 大字模式, as the trial had it. */
async function openPhone() {
  const handle = await app.visit({ width: 320, height: 568 })
  await setDefaultFontSize(handle.page, 32)
  await switchOnLargeText(handle.page, app.url)
  return handle
}

/** Presses Enter on the shown page's control named `name` (a RegExp or exact words), and lets focus settle. */
async function enterOn(page, name, role = 'button') {
  await waitForSettle(page)
  const control = page
    .locator('.taro_page:visible')
    .last()
    .getByRole(role, { name, exact: typeof name === 'string' })
    .first()
  await control.focus()
  await page.keyboard.press('Enter')
  // Focus is placed once the new view is drawn, and again 100 and 400 ms later if it fell to the body.
  await page.waitForTimeout(700)
}

test('搜索 by keyboard: 清空 puts focus back in the box, an example word on the count before the results', async () => {
  const handle = await openPhone()
  const { page } = handle
  await openRoute(page, app.url, '/pages/search/index', '不知道搜什么')
  await enterOn(page, '搜索：验证码')
  await waitForText(page, '找到')
  assert.match(await focusedPlace(page), /fs-search__count .*找到/)
  await page.keyboard.press('Tab')
  assert.match(await focusedPlace(page), /fs-search__result|fs-search__question/)

  await enterOn(page, '清空搜索')
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'INPUT')
  await page.keyboard.type('转账')
  await waitForText(page, '找到')
  await app.finish(handle)
})

test('风险自测 by keyboard: 清空重来 puts focus back in the emptied box', async () => {
  const handle = await openPhone()
  const { page } = handle
  await openRoute(page, app.url, '/pages/check/index', '检查')
  await page
    .getByRole('textbox', { name: /要检查的短信/ })
    .fill('对方说我的银行卡涉嫌洗钱，要我把钱转到安全账户')
  await enterOn(page, '检查')
  await enterOn(page, '清空重来')
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'TEXTAREA')
  await app.finish(handle)
})

test('a new page takes focus at its start; Back to home returns it to the card left from', async () => {
  const handle = await openPhone()
  const { page } = handle
  // Home → a category card (the fifth, far down at this size): the category's title has focus, on screen.
  const card = page.locator('.fs-category-card').nth(4)
  const cardName = await card.locator('.fs-category-card__name').innerText()
  await card.focus()
  await page.keyboard.press('Enter')
  await page.waitForFunction(() => window.location.hash.includes('category'))
  await page.waitForTimeout(700)
  const title = await focusedPlace(page)
  assert.match(title, /fs-category__name/, title)
  assert.ok(title.includes(cardName.slice(0, 4)), `${title} names ${cardName}`)

  // Back: focus is on the card again, where home came back scrolled to, so the next Tab goes on from there.
  await page.goBack()
  await page.waitForFunction(() => !window.location.hash.includes('category'))
  await page.waitForTimeout(700)
  assert.match(await focusedPlace(page), new RegExp(cardName.slice(0, 4)))
  const box = await page.evaluate(() => document.activeElement.getBoundingClientRect().top)
  assert.ok(box > -10 && box < 568, `the card at ${box} px`)

  // Home → 反诈知识测试: its title; 开始测试 → the question; 搜索 and 风险自测 open at their titles as well.
  await enterOn(page, /反诈知识测试/)
  await waitForText(page, '开始测试')
  assert.match(await focusedPlace(page), /反诈知识测试/)
  await enterOn(page, '开始测试')
  assert.match(await focusedPlace(page), /fs-question__prompt/)
  await app.finish(handle)
})

test('练习错题 opens the review at its question, as 开始测试 does; 查看结果 at the score', async () => {
  const handle = await openPhone()
  const { page } = handle
  await openRoute(page, app.url, '/pages/quiz/index', '开始测试')
  await enterOn(page, '开始测试')
  // Ten questions answered by keyboard: the first option each time (some right, most wrong).
  for (let n = 1; n <= 10; n += 1) {
    await page.waitForTimeout(1200)
    await enterOn(page, /^选项A：/)
    await waitForText(page, n === 10 ? '查看结果' : '下一题')
    await page.waitForTimeout(600)
    await enterOn(page, n === 10 ? '查看结果' : '下一题')
  }
  await waitForText(page, '分')
  assert.match(await focusedPlace(page), /fs-result__score-card/)
  await enterOn(page, /^练习错题/)
  await page.waitForFunction(
    () => window.location.hash.includes('mode=practice') || window.location.hash.includes('quiz')
  )
  await page.waitForTimeout(700)
  assert.match(await focusedPlace(page), /fs-question__prompt/)
  await app.finish(handle)
})
