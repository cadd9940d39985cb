import { mkdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { chromium } from 'playwright-core'

const require = createRequire(import.meta.url)
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')
export const SCREENSHOT_DIR = join(process.cwd(), 'reports', 'screenshots')

/** Debian's Chromium (apt-get install chromium); playwright cannot download browsers here. */
export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync'
    ]
  })
}

/**
 * A phone-sized page that records every uncaught error, console error and request that leaves 127.0.0.1,
 * so each journey can assert there were none.
 */
export async function newPhonePage(browser, baseUrl, { width = 375, height = 667 } = {}) {
  const context = await browser.newContext({
    viewport: { width, height },
    deviceScaleFactor: 1,
    locale: 'zh-CN'
  })
  const page = await context.newPage()
  const problems = { pageErrors: [], consoleErrors: [], offsiteRequests: [], telNavigations: [] }
  page.on('pageerror', (error) => problems.pageErrors.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text())
  })
  page.on('request', (request) => {
    const url = request.url()
    if (url.startsWith('tel:')) problems.telNavigations.push(url)
    else if (!url.startsWith(baseUrl) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      problems.offsiteRequests.push(url)
    }
  })
  return { page, context, problems }
}

/** Opens a route of the hash router, e.g. "/pages/category/index?id=fake-credit", and waits for `text`. */
export async function openRoute(page, baseUrl, route, text) {
  await page.goto(`${baseUrl}/#${route}`)
  // The app itself, not the first-visit copy of home that the HTML paints before it (scripts/app-shell.mjs).
  await page.waitForFunction(
    () => !document.getElementById('fs-shell') && document.querySelector('#app .taro_page')
  )
  if (text) await waitForText(page, text)
}

/** Opens a route afresh (a reload, so nothing of the previous page stays) and waits until its page frame is drawn. */
export async function showFramedPage(page, baseUrl, route) {
  await page.goto(`${baseUrl}/#${route}`)
  await page.reload()
  await page.waitForFunction(
    () => {
      const shown = Array.from(document.querySelectorAll('.taro_page')).filter(
        (p) => getComputedStyle(p).display !== 'none'
      )
      return shown.at(-1)?.querySelector('.fs-page .fs-source')
    },
    undefined,
    { timeout: 10000 }
  )
}

/** Opens home and switches 大字模式 on, waiting until the switch says it is on. */
export async function switchOnLargeText(page, baseUrl) {
  await openRoute(page, baseUrl, '/pages/index/index', '大字模式')
  await page.getByRole('switch', { name: '大字模式' }).click()
  await page.waitForFunction(
    () => document.querySelector('[role="switch"]')?.getAttribute('aria-checked') === 'true'
  )
}

/**
 * A little over the app's quiet moment after a tap or a screen change (src/domain/tapGuard SETTLE_MS = 500), in
 * which a page that holds back double taps ignores the next tap. A journey that taps again on purpose waits this
 * long first, as a person reading the new screen does; a fast browser otherwise taps inside the quiet moment.
 */
export const SETTLE_MS = 600

/** Waits out the quiet moment (SETTLE_MS) before a deliberate next tap. */
export function waitForSettle(page) {
  return page.waitForTimeout(SETTLE_MS)
}

/**
 * Taps `control` as a person does on a screen that holds double taps: once it is on screen, after the quiet moment.
 * The moment counts from when the screen is drawn, not from the previous tap, so on a slow machine a fixed wait after
 * the tap can still land inside it (CI: a screen that a countdown brought up ignored the tap made as it appeared).
 */
export async function tapWhenSettled(page, control) {
  await control.waitFor({ state: 'visible' })
  await waitForSettle(page)
  await control.click()
}

/**
 * A little over the quiet moment when a new question appears (src/domain/tapGuard QUESTION_SETTLE_MS = 1000): a person
 * reads the question before answering it, and the quiz ignores taps until then.
 */
export const QUESTION_SETTLE_MS = 1100

/**
 * A little over the quiet moment when 风险自测's result appears (src/domain/tapGuard RESULT_SETTLE_MS = 1500): its call
 * buttons come up under the finger that tapped 检查, and the app's taps are held until then.
 */
export const RESULT_SETTLE_MS = 1600

/** Waits out a new result's quiet moment (RESULT_SETTLE_MS) before a deliberate tap, as a person reads the verdict. */
export function waitForResult(page) {
  return page.waitForTimeout(RESULT_SETTLE_MS)
}

/**
 * A little over a tap's burst (src/domain/tapGuard MAX_BURST_MS = 2000): a tap on another control where the previous tap
 * landed, before this and after the screen it changed, is that tap's burst and does nothing (a low quiz option's 下一题,
 * a drill's next choice). A person reads the verdict or the new question first; a journey that taps there waits this.
 */
export const READING_MS = 2100

/** Waits out a tap's burst (READING_MS) before a deliberate tap where the previous tap landed. */
export function waitForReading(page) {
  return page.waitForTimeout(READING_MS)
}

/**
 * A little over the burst that holds back an option on the spot of the tap that brought its question up (src/domain/
 * tapGuard ANSWER_LANDED_MS = 3000): a person reads a new question before answering it; a journey that answers by a
 * tap (a click lands on the option's middle, which may be where 下一题's was) waits this.
 */
export const QUESTION_READING_MS = 3100

/** Waits out a new question's burst (QUESTION_READING_MS) before a deliberate tap on one of its options. */
export function waitForQuestionReading(page) {
  return page.waitForTimeout(QUESTION_READING_MS)
}

/**
 * A zero-width space marks where a line may break between words kept whole, and a word joiner where it must not
 * (KeptWords): nobody sees them, so the text a person reads is without them. A source for the page's own regular expression (page.evaluate).
 */
const WORD_BREAKS = '[\\u200b\\u2060]'

export async function waitForText(page, text, timeout = 10000) {
  await page.waitForFunction(
    ([expected, breaks]) => document.body.innerText.replace(new RegExp(breaks, 'g'), '').includes(expected),
    [text, WORD_BREAKS],
    { timeout }
  )
}

/**
 * Sets the browser's default font size, which stands in for WeChat's font setting: 16 px is the standard, 32 px the
 * largest (×2); `fixedPx`, when given, the monospace default too (a tester's font ×2 is standard 32 / fixed 26).
 */
export async function setDefaultFontSize(page, px, fixedPx) {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Page.enable')
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: px, ...(fixedPx ? { fixed: fixedPx } : {}) } })
}

export function bodyText(page) {
  return page.evaluate((breaks) => document.body.innerText.replace(new RegExp(breaks, 'g'), ''), WORD_BREAKS)
}

/** The page currently shown by the Taro H5 router (earlier pages stay in the DOM, hidden). */
export function visiblePageText(page) {
  return page.evaluate((breaks) => {
    const pages = Array.from(document.querySelectorAll('.taro_page'))
    const shown = pages.filter((p) => getComputedStyle(p).display !== 'none')
    return (shown[shown.length - 1] ?? document.body).innerText.replace(new RegExp(breaks, 'g'), '')
  }, WORD_BREAKS)
}

export async function screenshot(page, name) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) })
}

/** axe-core on the current page; returns the serious and critical violations. */
export async function seriousAxeViolations(page) {
  await page.evaluate(AXE_SOURCE)
  const results = await page.evaluate(() =>
    // eslint-disable-next-line no-undef
    axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'best-practice'] } })
  )
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`
    )
}
