// Real-browser figures of the H5 build: paint and content timings under CPU throttling, DOM size of every page,
// JS heap after a quiz round. Each load gets a fresh browser context, so nothing is cached between runs.
import { newPhonePage } from '../../tests/e2e/support/browser.mjs'
import { median } from './bench-format.mjs'

export const VIEWPORT = { width: 375, height: 667 }
export const CPU_THROTTLE_RATE = 4
export const RUNS = 5
const TIMEOUT = 30000
const QUIZ_ROUND = 10

/**
 * Runs in the page before any of its scripts: records performance.now() (relative to the navigation start) once
 * `count` elements matching `selector` are in the DOM and rendered (not inside a hidden Taro page) and the frame
 * showing them has been produced: the first task after the next animation frame (`visibleAt`). The same for
 * `readySelector` (`readyAt`): the app's own elements, which answer a tap, where `selector` may also match the
 * first-visit shell that index.html paints before the scripts run (scripts/app-shell.mjs). Checked on every DOM
 * change and as the document's loading state changes: markup that arrives with the HTML changes nothing later.
 */
function watchContent({ selector, count, readySelector = selector }) {
  window.__bench = { visibleAt: 0, readyAt: 0 }
  const rendered = (query) => {
    const found = document.querySelectorAll(query)
    if (found.length < count) return false
    let shown = 0
    for (const element of found) if (element.getClientRects().length > 0) shown++
    return shown >= count
  }
  const afterNextFrame = (key) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel()
      channel.port1.onmessage = () => {
        if (window.__bench[key] === 0) window.__bench[key] = performance.now()
      }
      channel.port2.postMessage(null)
    })
  }
  const pending = { visibleAt: selector, readyAt: readySelector }
  const check = () => {
    for (const [key, query] of Object.entries(pending)) {
      if (!rendered(query)) continue
      delete pending[key]
      afterNextFrame(key)
    }
    if (Object.keys(pending).length === 0) observer.disconnect()
  }
  const observer = new MutationObserver(check)
  // 'interactive': the HTML is parsed, before deferred scripts run (DOMContentLoaded waits for them).
  document.addEventListener('readystatechange', check)
  observer.observe(document, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['class', 'style', 'hidden']
  })
}

/** A fresh phone page (own context, empty cache) with a CDP session, optionally CPU-throttled. */
async function openFresh(browser, baseUrl, { throttle }) {
  const handle = await newPhonePage(browser, baseUrl, VIEWPORT)
  const cdp = await handle.context.newCDPSession(handle.page)
  if (throttle) await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLE_RATE })
  return { ...handle, cdp }
}

function assertClean(problems, what) {
  const trouble = [...problems.pageErrors, ...problems.offsiteRequests]
  if (trouble.length > 0) throw new Error(`${what}: ${trouble[0]}`)
}

/**
 * One load: first contentful paint and the moment the content is visible, both in ms since navigation start,
 * and the path of every script the page requested until then.
 */
async function measureLoad(browser, target) {
  const { page, context, problems } = await openFresh(browser, target.baseUrl, { throttle: true })
  const scripts = []
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (url.pathname.endsWith('.js')) scripts.push(url.pathname)
  })
  try {
    await page.addInitScript(watchContent, {
      selector: target.selector,
      count: target.count,
      readySelector: target.readySelector
    })
    await page.goto(`${target.baseUrl}/#/${target.route}`)
    await page.waitForFunction(
      () =>
        window.__bench.visibleAt > 0 &&
        window.__bench.readyAt > 0 &&
        performance.getEntriesByType('paint').some((e) => e.name === 'first-contentful-paint'),
      null,
      { timeout: TIMEOUT }
    )
    const timing = await page.evaluate(() => ({
      fcp: performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint').startTime,
      visible: window.__bench.visibleAt,
      ready: window.__bench.readyAt
    }))
    assertClean(problems, target.route)
    return { ...timing, scripts: [...new Set(scripts)].sort() }
  } finally {
    await context.close()
  }
}

/**
 * RUNS loads of each target ({ baseUrl, route, selector, count, readySelector? }), interleaved and in an order that alternates
 * every run, so a slow moment of the machine does not land on one app only. Returns per target the runs of
 * { fcp, visible, ready } (in load order, so run i of two targets can be paired), their medians, and the scripts the
 * first load requested.
 */
export async function measureLoadTimings(browser, targets) {
  const runs = targets.map(() => [])
  for (let run = 0; run < RUNS; run++) {
    const order = run % 2 === 0 ? [...targets.keys()] : [...targets.keys()].reverse()
    for (const i of order) runs[i].push(await measureLoad(browser, targets[i]))
  }
  return targets.map((target, i) => {
    const fcp = runs[i].map((r) => r.fcp)
    const visible = runs[i].map((r) => r.visible)
    const ready = runs[i].map((r) => r.ready)
    return {
      route: target.route,
      fcpMs: median(fcp),
      visibleMs: median(visible),
      readyMs: median(ready),
      fcpRuns: fcp,
      visibleRuns: visible,
      readyRuns: ready,
      scripts: runs[i][0].scripts
    }
  })
}

/** Element count of the page once it has rendered (and `act` has run) and stopped changing. */
export async function countDomNodes(browser, baseUrl, route, act) {
  const { page, context, problems } = await openFresh(browser, baseUrl, { throttle: false })
  try {
    await page.goto(`${baseUrl}/#/${route}`)
    await page.waitForFunction(
      () => Array.from(document.querySelectorAll('.taro_page')).some((p) => p.getClientRects().length > 0),
      null,
      { timeout: TIMEOUT }
    )
    // What a person does first on the page (e.g. type a search), before the count.
    if (act) await act(page)
    const deadline = Date.now() + TIMEOUT
    let last = -1
    let stableFor = 0
    while (stableFor < 4) {
      if (Date.now() > deadline) throw new Error(`${route}: the DOM never stopped changing`)
      await page.waitForTimeout(150)
      const count = await page.evaluate(() => document.getElementsByTagName('*').length)
      stableFor = count === last ? stableFor + 1 : 0
      last = count
    }
    assertClean(problems, route)
    return last
  } finally {
    await context.close()
  }
}

/** Text of the Taro page currently shown (earlier pages stay in the DOM, hidden). */
function shownPageText(page) {
  return page.evaluate(() => {
    const shown = Array.from(document.querySelectorAll('.taro_page')).filter((p) => p.getClientRects().length)
    return (shown[shown.length - 1] ?? document.body).innerText
  })
}

/**
 * Plays one quiz round the way a person does (开始测试 on the start screen; 重新开始 when the app offers to
 * resume; then an option and 下一题 / 查看结果, ten times), then reports the JS heap after a forced garbage
 * collection, and the DOM size of the busiest answered question and of the result page it ends on.
 */
/** A little longer than the quiz's tap guard (SETTLE_MS in src/domain/tapGuard.ts, 500 ms). */
const TAP_SETTLE_MS = 600

export async function measureQuizHeap(browser, baseUrl, route) {
  const { page, context, problems, cdp } = await openFresh(browser, baseUrl, { throttle: false })
  try {
    await page.goto(`${baseUrl}/#/${route}`)
    const option = page.locator('[role="button"][aria-label^="选项"]:visible')
    const restart = page.getByRole('button', { name: '重新开始', exact: true }).first()
    const start = page.getByRole('button', { name: '开始测试', exact: true }).first()
    // Named by their visible text, like every control (ActionButton).
    const next = page.getByRole('button', { name: /^(下一题|查看结果)$/ })
    const domNodes = () => page.evaluate(() => document.getElementsByTagName('*').length)
    let answeredQuestionNodes = 0
    let answered = 0
    let restarts = 0
    let finished = false
    while (!finished && answered < QUIZ_ROUND) {
      await option.or(restart).or(start).first().waitFor({ timeout: TIMEOUT })
      const begin = (await restart.isVisible()) ? restart : (await start.isVisible()) ? start : null
      if (begin) {
        if (++restarts > 2) throw new Error(`${route}: the quiz keeps offering to start over`)
        await begin.click()
        await begin.waitFor({ state: 'hidden', timeout: TIMEOUT })
        continue
      }
      // The quiz ignores taps in the first moments after its screen changes (domain/tapGuard.ts): wait them out.
      await page.waitForTimeout(TAP_SETTLE_MS)
      await option.first().click()
      await next.first().waitFor({ timeout: TIMEOUT })
      answeredQuestionNodes = Math.max(answeredQuestionNodes, await domNodes())
      const label = (await next.first().innerText()).trim()
      await page.waitForTimeout(TAP_SETTLE_MS)
      const before = await shownPageText(page)
      await next.first().click()
      answered++
      finished = label === '查看结果'
      await page.waitForFunction(
        (text) => {
          const shown = Array.from(document.querySelectorAll('.taro_page')).filter(
            (p) => p.getClientRects().length
          )
          return (shown[shown.length - 1] ?? document.body).innerText !== text
        },
        before,
        { timeout: TIMEOUT }
      )
    }
    if (!finished) throw new Error(`${route}: no 查看结果 after ${answered} questions`)
    await page.waitForLoadState('networkidle')
    await page.waitForTimeout(500)
    const resultNodes = await domNodes()
    assertClean(problems, route)
    await cdp.send('HeapProfiler.collectGarbage')
    const heap = await cdp.send('Runtime.getHeapUsage')
    return {
      answered,
      usedBytes: heap.usedSize,
      totalBytes: heap.totalSize,
      url: page.url(),
      answeredQuestionNodes,
      resultNodes
    }
  } finally {
    await context.close()
  }
}
