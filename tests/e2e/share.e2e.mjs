import assert from 'node:assert/strict'
import { test } from 'node:test'
import {
  openRoute,
  screenshot,
  seriousAxeViolations,
  visiblePageText,
  waitForText
} from './support/browser.mjs'
import { startBrowserApp } from './support/harness.mjs'
import brochure from '../../src/data/brochure.json' with { type: 'json' }

const app = startBrowserApp()
const fakeCredit = brochure.categories.find((c) => c.id === 'fake-credit')

/** Every content page: its route, a text that shows it has loaded, and the route its card must carry. */
const PAGES = [
  ['home', '/pages/index/index', '全国反诈热线', '/pages/index/index?from=share'],
  [
    'category',
    '/pages/category/index?id=fake-credit',
    fakeCredit.tip[0],
    '/pages/category/index?id=fake-credit&from=share'
  ],
  ['prevention', '/pages/prevention/index', '断卡行动', '/pages/prevention/index?from=share'],
  ['quiz', '/pages/quiz/index', '开始测试', '/pages/quiz/index?from=share'],
  ['check', '/pages/check/index', '风险自测', '/pages/check/index?from=share'],
  ['help', '/pages/help/index', '已被骗怎么办', '/pages/help/index?from=share'],
  ['search', '/pages/search/index', '不知道搜什么', '/pages/search/index?from=share']
]

/** Headless Chromium has no Web Share API on Linux; remove it anyway so the link path is what is tested. */
async function withoutWebShare(page) {
  await page.addInitScript(() => {
    delete Navigator.prototype.share
    delete navigator.share
  })
}

for (const [name, route, loaded, cardRoute] of PAGES) {
  test(`${name}: 转发给家人 offers the page link with from=share, selectable`, async () => {
    const handle = await app.visit()
    const { page } = handle
    await withoutWebShare(page)
    await openRoute(page, app.url, route, loaded)

    const button = page.getByRole('button', { name: '转发给家人' })
    assert.equal(await button.count(), 1, 'one 转发给家人 button')
    await button.scrollIntoViewIfNeeded()
    await button.click()

    const link = page.locator('.fs-share__link-text')
    await link.waitFor({ state: 'visible' })
    const shown = (await link.innerText()).trim()
    assert.equal(shown, `${app.url}/#${cardRoute}`)
    assert.equal(await link.evaluate((el) => getComputedStyle(el).userSelect), 'text')
    assert.ok((await visiblePageText(page)).includes('复制这段话'))
    if (name === 'category') {
      await page.locator('.fs-share__copy').scrollIntoViewIfNeeded()
      await screenshot(page, 'share-link')
      assert.deepEqual(await seriousAxeViolations(page), [])
    }
    await app.finish(handle)
  })
}

test('复制这段话 puts the words with the labelled link on the clipboard and keeps them on screen', async () => {
  const handle = await app.visit()
  const { page, context } = handle
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.url })
  await withoutWebShare(page)
  await openRoute(page, app.url, '/pages/prevention/index', '断卡行动')
  await page.getByRole('button', { name: '转发给家人' }).click()
  await page.getByRole('button', { name: '复制这段话' }).click()
  await page.waitForFunction(() => /已复制|请长按上面的文字复制/.test(document.body.innerText))
  const text = await visiblePageText(page)
  assert.ok(text.includes('已复制，可以粘贴给家人了。'), 'Chromium lets a tap copy')
  assert.ok(text.includes('/pages/prevention/index?from=share'), 'the link stays on screen')
  const clipboard = await page.evaluate(() => navigator.clipboard.readText())
  assert.equal(
    clipboard,
    `「反诈守护 · 如何防范」防骗牢记四条：不轻信、不透露、不转账、及时报警\n这是我转给你的反诈学习页，点开就能看：${app.url}/#/pages/prevention/index?from=share`
  )
  await app.finish(handle)
})

test('a browser that refuses to copy keeps the link on screen and says to long-press it', async () => {
  const handle = await app.visit()
  const { page } = handle
  await withoutWebShare(page)
  await page.addInitScript(() => {
    Document.prototype.execCommand = undefined
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined })
  })
  await openRoute(page, app.url, '/pages/help/index', '已被骗怎么办')
  await page.getByRole('button', { name: '转发给家人' }).click()
  await page.getByRole('button', { name: '复制这段话' }).click()
  await waitForText(page, '请长按上面的文字复制')
  const text = await visiblePageText(page)
  assert.ok(!text.includes('已复制，'))
  assert.equal(
    (await page.locator('.fs-share__link-text').innerText()).trim(),
    `${app.url}/#/pages/help/index?from=share`
  )
  await page.locator('.fs-share__status--failed').scrollIntoViewIfNeeded()
  await screenshot(page, 'share-copy-refused')
  assert.deepEqual(await seriousAxeViolations(page), [])
  await app.finish(handle)
})

test('the shown link opens the same content', async () => {
  const handle = await app.visit()
  const { page } = handle
  await withoutWebShare(page)
  await openRoute(page, app.url, '/pages/category/index?id=fake-credit', fakeCredit.tip[0])
  await page.getByRole('button', { name: '转发给家人' }).click()
  const shown = (await page.locator('.fs-share__link-text').innerText()).trim()
  await page.goto('about:blank')
  await page.goto(shown)
  await waitForText(page, fakeCredit.tip[0])
  assert.ok((await visiblePageText(page)).includes(fakeCredit.name))
  await app.finish(handle)
})

test('where the browser has the Web Share API, the button hands it the title and link instead', async () => {
  const handle = await app.visit()
  const { page } = handle
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'share', {
      configurable: true,
      value: async (data) => {
        window.__shared = data
      }
    })
  })
  await openRoute(page, app.url, '/pages/category/index?id=fake-credit', fakeCredit.tip[0])
  await page.getByRole('button', { name: '转发给家人' }).click()
  await page.waitForFunction(() => window.__shared !== undefined)
  const shared = await page.evaluate(() => window.__shared)
  // Plain words naming the app and the page; the address only in the url field.
  assert.equal(shared.title, '反诈守护 · 常见骗局')
  assert.equal(shared.text, `「反诈守护 · 常见骗局」${fakeCredit.name}：${fakeCredit.tipKeySentence}`)
  assert.equal(shared.url, `${app.url}/#/pages/category/index?id=fake-credit&from=share`)
  assert.equal(await page.locator('.fs-share__link-text').count(), 0)
  await app.finish(handle)
})
