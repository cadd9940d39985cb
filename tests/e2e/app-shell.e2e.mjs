// The first-visit app shell (scripts/app-shell.mjs): a first visitor sees home from the HTML before the app's
// scripts run; the app then takes its place without a blank frame, a second copy or a jump; everyone for whom the
// copy would be wrong (saved progress, another page, a query) gets no shell.
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import { setDefaultFontSize, switchOnLargeText } from './support/browser.mjs'
import { startBrowserApp } from './support/harness.mjs'

const app = startBrowserApp()
const HOME = '/#/pages/index/index'
const DIST = process.env.E2E_DIST || 'dist-h5'

/** The scripts index.html itself loads (Taro's runtime and the app); pages come later, in chunks of their own. */
function entryScripts() {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8')
  return new Set([...html.matchAll(/<script[^>]* src="([^"]+)"/g)].map((m) => m[1]))
}

/**
 * Holds back every script file of the app until `release()` (inline scripts in the HTML still run). With
 * `pageChunksOnly`, index.html's own scripts (Taro's runtime and the app) load and only the chunks they fetch later,
 * home's page code among them, are held; with `fail` those chunks never arrive.
 */
async function holdScripts(page, { pageChunksOnly = false, fail = false } = {}) {
  const entries = pageChunksOnly ? entryScripts() : new Set()
  let release
  const gate = new Promise((resolve) => {
    release = resolve
  })
  await page.route('**/js/*.js', async (route) => {
    if (entries.has(new URL(route.request().url()).pathname)) return route.continue()
    if (fail) return route.abort()
    await gate
    // A request the page gave up meanwhile (a call from the shell cancels the loads under way) is no error here.
    return route.continue().catch(() => {})
  })
  return { release }
}

/** Opens home as a first visitor with every script of the app held back, once the shell's ten cards are there. */
async function openHomeWithScriptsHeld(page) {
  const scripts = await holdScripts(page)
  await page.goto(`${app.url}${HOME}`, { waitUntil: 'commit' })
  await page.waitForFunction(() => document.querySelectorAll('.fs-category-card').length === 10)
  return scripts
}

/** Lets the held scripts go and asserts that the app's first screen, once drawn, is exactly `shellShot`. */
async function assertAppMatchesShell(page, scripts, shellShot) {
  scripts.release()
  await page.waitForFunction(() => !document.getElementById('fs-shell'))
  await page.waitForFunction(() => document.querySelectorAll('#app .fs-category-card').length === 10)
  await page.evaluate(() => document.fonts.ready)
  assert.ok(
    shellShot.equals(await page.screenshot()),
    'the first screen changed when the app replaced the shell'
  )
}

/** The ten category titles as a person sees them, and whether the shell is shown. */
function shownHome(page) {
  return page.evaluate(() => ({
    shell: getComputedStyle(document.getElementById('fs-shell')).display !== 'none',
    titles: [...document.querySelectorAll('.fs-category-card')]
      .filter((card) => card.getClientRects().length > 0)
      .map((card) => card.innerText),
    appEmpty: document.getElementById('app').children.length === 0
  }))
}

test('a first visit shows home from the HTML, before any script of the app has loaded', async () => {
  const handle = await app.visit()
  const { page } = handle
  const scripts = await openHomeWithScriptsHeld(page)
  const before = await shownHome(page)
  assert.equal(before.shell, true)
  assert.equal(before.appEmpty, true, 'the app has not started')
  assert.equal(before.titles.length, 10)
  assert.match(before.titles[0], /杀猪盘/)
  // What the shell shows is what the app then draws, pixel for pixel on the first screen.
  await assertAppMatchesShell(page, scripts, await page.screenshot())
  assert.equal(await page.locator('.fs-category-card').count(), 10, 'one copy of each card')
  await app.finish(handle)
})

// A fresh reviewer on a slow network: a call from the shell cancelled the app's scripts still loading, and the shell
// stayed, dead, with no stalled notice (the load event never came). Coming back from the dialer now loads the page
// again, and the notice is timed from the call too.
test('a call from the shell while the app still loads: back from the dialer, the app starts', async () => {
  const handle = await app.visit()
  const { page } = handle
  const scripts = await openHomeWithScriptsHeld(page)
  await page.evaluate(() => document.querySelector('#fs-shell [data-fs-tel="96110"]').click())
  for (let waited = 0; handle.problems.telNavigations.length === 0 && waited < 3000; waited += 100)
    await page.waitForTimeout(100)
  assert.deepEqual(handle.problems.telNavigations, ['tel:96110'])
  scripts.release()
  // The person comes back to the page from the dialer.
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')))
  await page.waitForFunction(() => document.querySelectorAll('#app .fs-category-card').length === 10, null, {
    timeout: 20000
  })
  await handle.context.close()
})

test('Taro’s first script, which adds a navigation bar and sizes the app, does not move the shell', async () => {
  const handle = await app.visit()
  const { page } = handle
  const scripts = await holdScripts(page, { pageChunksOnly: true })
  await page.goto(`${app.url}${HOME}`, { waitUntil: 'domcontentloaded' })
  await page.waitForFunction(() => document.getElementById('taro-navigation-bar'))
  assert.equal(await page.evaluate(() => document.getElementById('fs-shell').getBoundingClientRect().top), 0)
  assert.equal(await page.evaluate(() => document.documentElement.scrollTop), 0)
  await assertAppMatchesShell(page, scripts, await page.screenshot())
  await app.finish(handle)
})

test('before the app runs, the shell’s call buttons call at once and any other tap says it is opening', async () => {
  const calling = await app.visit()
  await openHomeWithScriptsHeld(calling.page)
  const numbers = await calling.page.evaluate(() =>
    [...document.querySelectorAll('#fs-shell [data-fs-tel]')].map((b) => b.getAttribute('data-fs-tel'))
  )
  assert.deepEqual(numbers, ['96110', '96110', '110'])
  // A triple tap, 250 ms apart, dials once (trial 14: three calls before the app took over). Dispatched from the
  // page: headless Chromium takes no more clicks from outside once a page opened tel:.
  await calling.page.evaluate(async () => {
    const button = document.querySelector('#fs-shell [data-fs-tel="110"]')
    for (let tap = 0; tap < 3; tap++) {
      if (tap > 0) await new Promise((resolve) => setTimeout(resolve, 250))
      button.click()
    }
  })
  await calling.page.waitForTimeout(300)
  assert.deepEqual(calling.problems.telNavigations, ['tel:110'])
  // Headless Chromium takes no more clicks in a page that opened tel:, so the other tap gets a page of its own.
  await calling.context.close()

  const handle = await app.visit()
  const { page } = handle
  const scripts = await openHomeWithScriptsHeld(page)
  await page.locator('#fs-shell .fs-home__quiz').first().click()
  assert.equal(await page.getByRole('status').innerText(), '正在打开，请稍等…')
  assert.deepEqual(handle.problems.telNavigations, [])
  scripts.release()
  await page.waitForFunction(() => !document.getElementById('fs-shell'))
  assert.equal(await page.locator('#fs-wait').count(), 0, 'the wait notice goes with the shell')
  await app.finish(handle)
})

test('a page script that never arrives: a notice with 96110 and 110 to call replaces the silence', async () => {
  const handle = await app.visit()
  const { page, context, problems } = handle
  await holdScripts(page, { pageChunksOnly: true, fail: true })
  await page.goto(`${app.url}${HOME}`)
  const notice = page.getByRole('alert')
  await notice.waitFor({ timeout: 20000 })
  assert.match(await notice.innerText(), /页面没有加载完整，请刷新再试/)
  assert.equal(await notice.getByRole('link', { name: '96110 反诈咨询' }).getAttribute('href'), 'tel:96110')
  assert.equal(await notice.getByRole('link', { name: '110 报警' }).getAttribute('href'), 'tel:110')
  assert.deepEqual(problems.offsiteRequests, [])
  await context.close()
})

test('a tap on the shell before the app runs is made again once the app is there', async () => {
  // Round 49's trial: 风险自测 tapped on the shell stayed on home, and the 大字模式 switch stayed off.
  for (const [what, control, arrived] of [
    [
      '风险自测',
      (page) => page.locator('#fs-shell [role="button"]', { hasText: '风险自测' }).first(),
      isCheckPage
    ],
    ['大字模式', (page) => page.locator('#fs-shell [role="switch"]').first(), isLargeTextOn]
  ]) {
    const handle = await app.visit()
    const { page } = handle
    const scripts = await openHomeWithScriptsHeld(page)
    await control(page).click()
    assert.equal(await page.getByRole('status').innerText(), '正在打开，请稍等…')
    scripts.release()
    await page.waitForFunction(() => !document.getElementById('fs-shell'))
    await page.waitForFunction(arrived, null, { timeout: 10000 })
    assert.ok(await page.evaluate(arrived), what)
    await app.finish(handle)
  }
})

/** 风险自测 is the page on top. */
function isCheckPage() {
  return window.location.hash.startsWith('#/pages/check/index')
}
/** Home's 大字模式 switch is on. */
function isLargeTextOn() {
  return document.querySelector('#app [role="switch"]')?.getAttribute('aria-checked') === 'true'
}

test('another page or large text: a plain 正在打开 note with 96110 and 110 instead of a white page', async () => {
  const handle = await app.visit()
  const { page } = handle
  await setDefaultFontSize(page, 32)
  const scripts = await holdScripts(page)
  await page.goto(`${app.url}/#/pages/category/index?id=online-loan`, { waitUntil: 'commit' })
  const note = page.locator('#fs-loading')
  await note.waitFor({ state: 'visible', timeout: 5000 })
  assert.match(await note.innerText(), /正在打开反诈守护，请稍等/)
  assert.equal(await note.getByRole('link', { name: '96110 反诈咨询' }).getAttribute('href'), 'tel:96110')
  assert.equal(await note.getByRole('link', { name: '110 报警' }).getAttribute('href'), 'tel:110')
  scripts.release()
  await page.waitForFunction(() => document.querySelector('#app .taro_page'))
  await page.waitForFunction(() => !document.getElementById('fs-loading'))
  await app.finish(handle)
})

test('a script that never answers: the stalled notice, with 刷新, comes 12 s after the page opened', async () => {
  // The load event never comes while a script hangs (round 49's trial: still white 15 s on).
  const handle = await app.visit()
  const { page, context } = handle
  await page.route('**/js/*.js', () => new Promise(() => {}))
  await page.goto(`${app.url}/#/pages/category/index?id=online-loan`, { waitUntil: 'commit' })
  const notice = page.getByRole('alert')
  await notice.waitFor({ timeout: 20000 })
  assert.match(await notice.innerText(), /页面没有加载完整，请刷新再试/)
  assert.equal(await notice.getByRole('link', { name: '110 报警' }).getAttribute('href'), 'tel:110')
  assert.equal(await notice.getByRole('button', { name: '刷新' }).count(), 1)
  assert.equal(await page.locator('#fs-loading').count(), 0, 'the opening note gives way to the notice')
  await context.close()
})

test('the app replaces the shell in one step: never both, never neither', async () => {
  const handle = await app.visit()
  const { page } = handle
  await page.addInitScript(() => {
    window.__swap = null
    new MutationObserver((records, observer) => {
      const removed = records.some((r) => [...r.removedNodes].some((n) => n.id === 'fs-shell'))
      if (!removed) return
      observer.disconnect()
      const cards = [...document.querySelectorAll('#app .fs-category-card')]
      window.__swap = {
        cards: cards.length,
        shown: cards.filter((c) => c.getClientRects().length > 0).length
      }
    }).observe(document, { childList: true, subtree: true })
  })
  await page.goto(`${app.url}${HOME}`)
  await page.waitForFunction(() => window.__swap !== null)
  assert.deepEqual(await page.evaluate(() => window.__swap), { cards: 10, shown: 10 })
  await app.finish(handle)
})

test('a person who scrolled the shell stays where they were when the app takes over', async () => {
  const handle = await app.visit()
  const { page } = handle
  const scripts = await openHomeWithScriptsHeld(page)
  await page.mouse.move(180, 400)
  await page.mouse.wheel(0, 900)
  await page.waitForFunction(() => document.querySelector('.fs-shell__page').scrollTop > 0)
  const scrolled = await page.evaluate(() => document.querySelector('.fs-shell__page').scrollTop)
  scripts.release()
  await page.waitForFunction(() => !document.getElementById('fs-shell'))
  const kept = await page.evaluate(() => document.querySelector('#app .taro_page').scrollTop)
  assert.equal(kept, scrolled)
  await app.finish(handle)
})

test('no shell for a returning visitor, another page or a query: each sees the app alone', async () => {
  for (const [what, route, returning] of [
    ['a returning visitor who turned on 大字模式', HOME, true],
    ['a category page', '/#/pages/category/index?id=online-loan', false],
    ['home opened from a forwarded card', `${HOME}?from=share`, false],
    ['an address the router does not know as home', '/#pages/index/index', false]
  ]) {
    const handle = await app.visit()
    const { page } = handle
    if (returning) await switchOnLargeText(page, app.url)
    const scripts = await holdScripts(page)
    // The same address again is only a change of hash: a returning visitor comes back with a fresh load.
    if (returning) await page.reload({ waitUntil: 'commit' })
    else await page.goto(`${app.url}${route}`, { waitUntil: 'commit' })
    await page.waitForFunction(() => document.readyState !== 'loading')
    const shown = await page.evaluate(
      () => getComputedStyle(document.getElementById('fs-shell')).display !== 'none'
    )
    assert.equal(shown, false, what)
    scripts.release()
    await page.waitForFunction(() => document.querySelector('#app .taro_page'))
    await page.waitForFunction(() => !document.getElementById('fs-shell'))
    await app.finish(handle)
  }
})
