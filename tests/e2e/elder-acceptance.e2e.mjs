// Acceptance for issue 11: every page usable by a 70-year-old on a small phone. Walks every page of the app
// config at 320×568 with font ×2 and at 375×667 with 大字模式, and follows the primary actions.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import {
  openRoute,
  QUESTION_SETTLE_MS,
  screenshot,
  setDefaultFontSize,
  SETTLE_MS,
  showFramedPage,
  waitForSettle,
  waitForText
} from './support/browser.mjs'
import { appPageRoutes } from './support/appPages.mjs'
import { startBrowserApp } from './support/harness.mjs'
import scenarios from '../../src/data/scenarios.json' with { type: 'json' }

const app = startBrowserApp()
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

/** Query strings a page needs to show its content; pages not named here open bare. */
const PAGE_QUERIES = { '/pages/category/index': '?id=pig-butchering' }

const SETTINGS = [
  { name: '320x568-font2', width: 320, height: 568, fontPx: 32, largeText: false },
  { name: '375x667-large-text', width: 375, height: 667, fontPx: 16, largeText: true }
]

const CONTROLS = '[role="button"],[role="link"],[role="switch"],[role="checkbox"],input,textarea'

async function openPhone(setting) {
  const handle = await app.visit({ width: setting.width, height: setting.height })
  await setDefaultFontSize(handle.page, setting.fontPx)
  if (setting.largeText) {
    await openRoute(handle.page, app.url, '/pages/index/index', '大字模式')
    await handle.page.getByRole('switch', { name: '大字模式' }).press('Space')
    await handle.page.getByRole('switch', { name: '大字模式', checked: true }).waitFor()
    // The setting is saved; each journey then starts the app afresh, with no page left in its history.
    await handle.page.goto('about:blank')
  }
  return handle
}

/**
 * Layout faults a person would see on the page shown: text spilling out of a bordered or filled box, and short
 * word groups (up to 6 characters, e.g. 已被骗怎么办) of a control's label broken across two lines.
 */
function layoutFaults(page) {
  return page.evaluate((selector) => {
    const shown = Array.from(document.querySelectorAll('.taro_page')).filter(
      (p) => getComputedStyle(p).display !== 'none'
    )
    const root = shown.at(-1)
    const faults = { spills: [], brokenLabels: [] }
    const isBox = (el) => {
      const style = getComputedStyle(el)
      return (
        parseFloat(style.borderLeftWidth) > 0 ||
        (style.backgroundColor !== 'rgba(0, 0, 0, 0)' && style.backgroundColor !== 'transparent')
      )
    }
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.nodeValue.trim()) continue
      let box = node.parentElement
      let clipped = false
      while (box && box !== root && !isBox(box)) {
        // Text cut on purpose (a two-line summary with …) is not spilling.
        if (getComputedStyle(box).overflow === 'hidden') clipped = true
        box = box.parentElement
      }
      if (clipped) continue
      if (!box || box === root || box.getClientRects().length === 0) continue
      const outer = box.getBoundingClientRect()
      const range = document.createRange()
      range.selectNodeContents(node)
      for (const r of range.getClientRects()) {
        if (r.width === 0) continue
        if (r.left < outer.left - 1 || r.right > outer.right + 1 || r.bottom > outer.bottom + 1) {
          faults.spills.push(`${node.nodeValue.trim().slice(0, 16)} (in .${box.className.split(' ').pop()})`)
          break
        }
      }
    }
    for (const control of root.querySelectorAll(selector)) {
      if (control.getClientRects().length === 0) continue
      // Each text as a whole: NoOrphan writes one text as several nodes (its words, its kept end), inline inside the
      // same paragraph; a control may hold several paragraphs (a card's title and its summary).
      const paragraphOf = (node) => {
        let el = node.parentElement
        while (el && el !== control && getComputedStyle(el).display.startsWith('inline'))
          el = el.parentElement
        return el
      }
      const byParagraph = new Map()
      const texts = document.createTreeWalker(control, NodeFilter.SHOW_TEXT)
      for (let node = texts.nextNode(); node; node = texts.nextNode()) {
        if (node.nodeValue === '') continue
        const paragraph = paragraphOf(node)
        if (!byParagraph.has(paragraph)) byParagraph.set(paragraph, [])
        byParagraph.get(paragraph).push(node)
      }
      const wholes = [...byParagraph.values()]
      for (const nodes of wholes) {
        const whole = nodes.map((node) => node.nodeValue).join('')
        // Labels, not sentences: a long text (a card's summary, a quiz option) wraps like any paragraph.
        if (whole.trim().length > 12) continue
        const at = (offset) => {
          for (const node of nodes) {
            if (offset <= node.nodeValue.length) return [node, offset]
            offset -= node.nodeValue.length
          }
          return [nodes.at(-1), nodes.at(-1).nodeValue.length]
        }
        for (const group of whole.matchAll(/[\p{L}\p{N}]+/gu)) {
          if (group[0].length < 2 || group[0].length > 6) continue
          const range = document.createRange()
          range.setStart(...at(group.index))
          range.setEnd(...at(group.index + group[0].length))
          const tops = new Set(
            Array.from(range.getClientRects())
              .filter((r) => r.width > 0)
              .map((r) => Math.round(r.top))
          )
          if (tops.size > 1) faults.brokenLabels.push(group[0])
        }
      }
    }
    return faults
  }, CONTROLS)
}

/** The controls of the page shown that are on screen, by their spoken name. */
function controlNames(page) {
  return page.evaluate((selector) => {
    const shown = Array.from(document.querySelectorAll('.taro_page')).filter(
      (p) => getComputedStyle(p).display !== 'none'
    )
    return Array.from(shown.at(-1).querySelectorAll(selector))
      .filter((el) => el.getClientRects().length > 0 && !el.closest('[aria-hidden="true"]'))
      .map((el) => el.getAttribute('aria-label') || el.textContent.trim())
  }, CONTROLS)
}

/** Tabs through the page from the top and names every control that took focus. */
async function tabReachable(page, count) {
  await page.evaluate(() => document.activeElement?.blur())
  const reached = new Set()
  for (let i = 0; i < count * 2 + 10; i++) {
    await page.keyboard.press('Tab')
    const name = await page.evaluate(() => {
      let el = document.activeElement
      // Taro wraps inputs: the focus lands inside its custom element.
      while (el && el.shadowRoot?.activeElement) el = el.shadowRoot.activeElement
      return el ? el.getAttribute('aria-label') || el.textContent.trim() : ''
    })
    if (name) reached.add(name)
  }
  return reached
}

async function axeSerious(page) {
  await page.evaluate(AXE_SOURCE)
  const results = await page.evaluate(() =>
    // eslint-disable-next-line no-undef
    axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }
    })
  )
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`
    )
}

/** True when the element's first line is inside the viewport and not under a bar fixed or stuck at the bottom. */
function inView(page, selector) {
  return page.evaluate((sel) => {
    const all = Array.from(document.querySelectorAll(sel)).filter((el) => el.getClientRects().length > 0)
    const el = all.at(-1)
    if (!el) return false
    const rect = el.getBoundingClientRect()
    const bar = Array.from(document.querySelectorAll('.fs-quiz__bar'))
      .filter((b) => b.getClientRects().length > 0)
      .at(-1)
    const bottom =
      bar && bar !== el && !el.contains(bar) ? bar.getBoundingClientRect().top : window.innerHeight
    return rect.top >= -1 && rect.top + Math.min(rect.height, 40) <= bottom + 1
  }, selector)
}

const ROUTES = appPageRoutes()

test('the app config lists the pages this walk covers', () => {
  for (const route of [
    '/pages/index/index',
    '/pages/quiz/index',
    '/pages/help/index',
    '/pages/search/index'
  ]) {
    assert.ok(ROUTES.includes(route), `${route} missing from ${ROUTES}`)
  }
})

for (const setting of SETTINGS) {
  test(`every page at ${setting.name}: no spilled text, no broken labels, keyboard reaches every control, axe clean`, async () => {
    const handle = await openPhone(setting)
    const { page } = handle
    const problems = []
    for (const route of ROUTES) {
      const name = route.split('/')[2]
      await showFramedPage(page, app.url, `${route}${PAGE_QUERIES[route] ?? ''}`)
      const faults = await layoutFaults(page)
      if (faults.spills.length) problems.push(`${name}: text outside its box: ${faults.spills.slice(0, 4)}`)
      if (faults.brokenLabels.length)
        problems.push(`${name}: labels broken inside a word: ${faults.brokenLabels}`)
      const controls = await controlNames(page)
      const reached = await tabReachable(page, controls.length)
      const unreached = controls.filter((c) => !reached.has(c))
      if (unreached.length) problems.push(`${name}: not reachable with Tab: ${unreached.slice(0, 4)}`)
      const axe = await axeSerious(page)
      if (axe.length) problems.push(`${name}: axe ${axe}`)
      await page.evaluate(() => window.scrollTo(0, 0))
      await screenshot(page, `elder-${setting.name}-${name}`)
    }
    assert.deepEqual(problems, [])
    await app.finish(handle)
  })

  test(`quiz at ${setting.name}: answer feedback, the next question and the result each land in view`, async () => {
    const handle = await openPhone(setting)
    const { page } = handle
    await openRoute(page, app.url, '/pages/quiz/index', '开始测试')
    await page.waitForTimeout(SETTLE_MS)
    await page.getByRole('button', { name: '开始测试' }).press('Enter')
    for (let i = 0; i < 10; i++) {
      await waitForText(page, `第 ${i + 1}/10 题`)
      assert.ok(await inView(page, '.fs-quiz__progress'), `question ${i + 1} not in view`)
      // Answer with the keyboard, the last option (often below the first screen at these sizes).
      const options = page.locator('.fs-question__option')
      // A person reads the question first; the quiz ignores taps for a second after a question appears.
      await page.waitForTimeout(QUESTION_SETTLE_MS)
      await options.last().focus()
      await page.keyboard.press(i % 2 ? 'Enter' : ' ')
      await page.locator('.fs-question__feedback').waitFor()
      await page.waitForTimeout(100)
      assert.ok(await inView(page, '.fs-question__feedback'), `feedback ${i + 1} not in view`)
      assert.ok(await inView(page, '.fs-quiz__bar'), `下一题 ${i + 1} not in view`)
      const live = await page
        .locator('[role="status"]')
        .filter({ hasText: /答对了|答错了/ })
        .count()
      assert.equal(live, 1, 'feedback is announced from a live region')
      if (i === 0) await screenshot(page, `elder-${setting.name}-quiz-feedback`)
      await page.waitForTimeout(SETTLE_MS)
      await page.locator('.fs-quiz__next').press('Enter')
    }
    await waitForText(page, '您的得分')
    assert.ok(await inView(page, '.fs-result__score'), 'score not in view after 查看结果')
    await screenshot(page, `elder-${setting.name}-quiz-result-after`)
    await app.finish(handle)
  })

  test(`home at ${setting.name}: 拨打96110 on the first screen, keys open a card, a rule and 风险自测`, async () => {
    const handle = await openPhone(setting)
    const { page } = handle
    await openRoute(page, app.url, '/pages/index/index', '全国反诈热线')
    assert.ok(await inView(page, '.fs-call--hotline .fs-call__button'), '拨打 96110 below the first screen')
    await page.getByRole('link', { name: /^2 虚假征信诈骗/ }).press('Enter')
    await waitForText(page, '诈骗方式')
    // Home afresh each time rather than through the browser's back stack, whose page transition races the next
    // key press.
    await showFramedPage(page, app.url, '/pages/index/index')
    await page.getByRole('link', { name: '不转账' }).press('Enter')
    await waitForText(page, '断卡行动')
    await showFramedPage(page, app.url, '/pages/index/index')
    await page.getByRole('button', { name: /风险自测/ }).press('Space')
    await page.waitForURL(/\/pages\/check\//)
    await app.finish(handle)
  })

  test(`risk check at ${setting.name}: after 检查 the verdict is in view`, async () => {
    const handle = await openPhone(setting)
    const { page } = handle
    await openRoute(page, app.url, '/pages/check/index', '检查')
    await page
      .locator('textarea')
      .fill('您好，我是公安局民警，你的账户涉嫌洗钱，请把钱转到安全账户配合调查。')
    await page.getByRole('button', { name: '检查' }).press('Enter')
    await page.locator('.fs-check__result').waitFor()
    await page.waitForTimeout(300)
    assert.ok(await inView(page, '.fs-check__result'), 'verdict below the screen after 检查')
    await app.finish(handle)
  })

  test(`情景演练 at ${setting.name}: each missed red flag lands in view, then the real outcome`, async () => {
    const handle = await openPhone(setting)
    const { page } = handle
    await openRoute(page, app.url, '/pages/scenario/index?id=fake-credit', '情景演练')
    const scenario = scenarios.find((s) => s.id === 'fake-credit')
    for (const point of scenario.points) {
      await waitForText(page, point.question)
      await waitForSettle(page)
      const risky = point.choices.find((c) => !c.safe)
      await page.getByRole('button', { name: `选择：${risky.label}` }).press('Enter')
      await page.locator('.fs-scenario__missed--latest').waitFor()
      await page.waitForTimeout(300)
      assert.ok(
        await inView(page, '.fs-scenario__missed--latest'),
        `missed red flag of ${point.id} not in view`
      )
    }
    await waitForText(page, '真实案例的结局')
    await app.finish(handle)
  })
}
