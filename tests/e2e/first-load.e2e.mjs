// What the browser version's home page downloads before it shows its content. Taro's browser versions of
// mini-program-only calls (toast, modal, action sheet, clipboard, canIUse, getSystemInfo) are large and slow to
// start on a phone; services call them only in branches the browser build drops (process.env.TARO_ENV checks),
// so no page of the browser version loads them. This fails when an import brings one back into the first load.
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import { openRoute } from './support/browser.mjs'
import { startBrowserApp } from './support/harness.mjs'

const app = startBrowserApp()
const DIST = process.env.E2E_DIST || 'dist-h5'

/** A string only that code contains, and what the code is. */
const NOT_IN_FIRST_LOAD = [
  ['taro__toast', 'Taro’s browser toast'],
  ['taro__modal', 'Taro’s browser modal'],
  ['taro__actionSheet', 'Taro’s browser action sheet'],
  // Taro's browser clipboard also copies every text selection of the page into localStorage.
  ['taro_clipboard', 'Taro’s browser clipboard'],
  // A name from Taro's 78 KB table of every mini-program API, which its browser canIUse reads.
  ['requestSubscribeDeviceMessage', 'Taro’s table of mini-program APIs (canIUse)'],
  // From platform.js, the user-agent parser that runs when Taro's browser getSystemInfo is loaded.
  ['Windows Phone', 'the user-agent parser of Taro’s browser getSystemInfo']
]

test('home shows its ten categories without loading Taro’s browser toast, modal, clipboard or API table', async () => {
  const handle = await app.visit()
  const { page } = handle
  const scripts = new Set()
  page.on('request', (request) => {
    const { pathname } = new URL(request.url())
    if (pathname.endsWith('.js')) scripts.add(pathname)
  })
  await openRoute(page, app.url, '/pages/index/index')
  await page.waitForFunction(() => document.querySelectorAll('.fs-category-card').length >= 10)
  assert.ok(scripts.size > 0, 'no scripts seen')
  const code = [...scripts].map((path) => readFileSync(join(DIST, path), 'utf8')).join('\n')
  const loaded = NOT_IN_FIRST_LOAD.filter(([marker]) => code.includes(marker)).map(([, what]) => what)
  assert.deepEqual(loaded, [], `home loaded: ${loaded.join('; ')}`)
  await app.finish(handle)
})
