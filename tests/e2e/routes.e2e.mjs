// The browser keeps every address it had before pages moved into shared subpackages (src/route-table.json,
// config/routes.ts): an old link opens its page with its query, and moving between pages shows the old address,
// so links copied from the address bar look as they always did. The new addresses open their pages too.
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import { openRoute, visiblePageText, waitForText } from './support/browser.mjs'
import { startBrowserApp } from './support/harness.mjs'

const app = startBrowserApp()
const PAGES = JSON.parse(readFileSync('src/route-table.json', 'utf8'))

/** Each moved page's old address with a query its links carry, and a sentence that query makes the page show. */
const OLD_LINKS = {
  quiz: ['?challenge=12345&check=zz&from=share', '题目已经更新，邀请里的那套题对不上了'],
  'quiz-result': ['?from=share', '还没有测试结果'],
  search: ['?from=share', '搜索'],
  scenario: ['?id=fake-credit&from=share', '“客服”要帮您注销校园贷'],
  helper: ['?from=share', '帮家人把关'],
  pact: ['', '家庭防骗约定'],
  'on-call': ['?from=share', '通话中'],
  pause: ['?from=share', '冷静']
}

test('every moved page is listed here', () => {
  const moved = Object.keys(PAGES).filter((name) => PAGES[name].oldRoutes?.length)
  assert.deepEqual(moved.sort(), Object.keys(OLD_LINKS).sort())
})

test('an old link opens its page with its query and keeps its address', async () => {
  const handle = await app.visit()
  const { page } = handle
  for (const [name, [query, text]] of Object.entries(OLD_LINKS)) {
    const old = `/${PAGES[name].oldRoutes[0]}${query}`
    await openRoute(page, app.url, old, text)
    assert.ok(!(await visiblePageText(page)).includes('没有找到这个页面'), `${name}: not found`)
    assert.equal(new URL(page.url()).hash, `#${old}`, `${name}: the address changed`)
  }
  await app.finish(handle)
})

test('a moved page also opens at its new address, the one the mini-program uses', async () => {
  const handle = await app.visit()
  const { page } = handle
  for (const [name, [query, text]] of Object.entries(OLD_LINKS)) {
    await openRoute(page, app.url, `/${PAGES[name].route}${query}`, text)
    assert.ok(!(await visiblePageText(page)).includes('没有找到这个页面'), `${name}: not found`)
  }
  await app.finish(handle)
})

test('tapping through from home shows the old addresses in the address bar', async () => {
  const handle = await app.visit()
  const { page } = handle
  await openRoute(page, app.url, '/pages/index/index', '全国反诈热线')
  await page.getByRole('button', { name: /^反诈知识测试/ }).click()
  await waitForText(page, '开始测试')
  assert.match(new URL(page.url()).hash, /^#\/pages\/quiz\/index(\?|$)/)
  await app.finish(handle)
  // Home afresh in a new page: a hash change back to home would race the router's back transition.
  const again = await app.visit()
  await openRoute(again.page, app.url, '/pages/index/index', '全国反诈热线')
  await again.page.getByRole('button', { name: '搜索：防骗内容' }).click()
  await again.page.waitForFunction(() => window.location.hash.startsWith('#/pages/search/index'))
  await app.finish(again)
})

// Round 61's tester: on a category, `location.hash = '#/'` or `'#'` showed 没有找到这个页面; a fresh load of /#/ opened home.
test('a hash of "#/" or "#" set in the open app opens home', async () => {
  for (const hash of ['#/', '#']) {
    const handle = await app.visit()
    const { page } = handle
    await openRoute(page, app.url, '/pages/category/index?id=fake-credit', '虚假征信')
    await page.evaluate((h) => {
      window.location.hash = h
    }, hash)
    await page.waitForFunction(() => window.location.hash.startsWith('#/pages/index/index'))
    await page.waitForTimeout(1500)
    const shown = await visiblePageText(page)
    assert.ok(!shown.includes('没有找到这个页面'), `${hash}: not found`)
    assert.ok(shown.includes('全国反诈热线'), `${hash}: ${shown.slice(0, 80)}`)
    await app.finish(handle)
  }
})
