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
const HOME = '/pages/index/index'
const RULES = ['不轻信', '不透露', '不转账', '及时报警']

test('home: the 96110 banner, all ten categories and the four rules', async () => {
  const handle = await app.visit()
  const { page } = handle
  await openRoute(page, app.url, HOME, '全国反诈热线')
  const text = await visiblePageText(page)
  assert.match(text, /96110是反电信网络诈骗专用号码/)
  for (const category of brochure.categories) assert.ok(text.includes(category.name), category.name)
  for (const rule of RULES) assert.ok(text.includes(rule), rule)
  assert.ok(text.includes('中共山西省委平安山西建设领导小组'))
  await screenshot(page, 'home')
  assert.deepEqual(await seriousAxeViolations(page), [])
  await app.finish(handle)
})

test('tap a category, read it, step next and previous, go home', async () => {
  const handle = await app.visit()
  const { page } = handle
  await openRoute(page, app.url, HOME, '全国反诈热线')
  await page.getByRole('link', { name: /^2 虚假征信诈骗/ }).click()
  await waitForText(page, '个人征信无法人为更改或消除')
  let text = await visiblePageText(page)
  assert.ok(text.includes('诈骗方式') && text.includes('诈骗案例') && text.includes('反诈提示'))
  assert.ok(text.includes('此时小杨已损失近4万元。'))
  await page.getByRole('button', { name: /下一种/ }).click()
  await waitForText(page, '只有你是“真韭菜”')
  text = await visiblePageText(page)
  assert.ok(text.includes('虚假投资理财诈骗'))
  await page.getByRole('button', { name: /上一种/ }).click()
  await page.waitForFunction(() =>
    document.querySelector('.taro_page:last-of-type')?.innerText.includes('虚假征信诈骗')
  )
  await page.getByRole('button', { name: '回到首页' }).last().click()
  await waitForText(page, '十种常见骗局')
  assert.match(page.url(), /pages\/index\/index/)
  await app.finish(handle)
})

for (const category of brochure.categories) {
  test(`deep link to ${category.id} shows its content and a way home`, async () => {
    const handle = await app.visit()
    const { page } = handle
    await openRoute(page, app.url, `/pages/category/index?id=${category.id}&from=share`, category.tip[0])
    const text = await visiblePageText(page)
    for (const paragraph of [...category.method, ...category.case])
      assert.ok(text.includes(paragraph), paragraph)
    assert.ok(text.includes('回到首页'))
    await screenshot(page, `category-${category.id}`)
    if (category.id === 'pig-butchering') assert.deepEqual(await seriousAxeViolations(page), [])
    await app.finish(handle)
  })
}

test('prevention page: four rules, 断卡行动 and the whole notice', async () => {
  const handle = await app.visit()
  const { page } = handle
  await openRoute(page, app.url, '/pages/prevention/index', '断卡行动')
  const text = await visiblePageText(page)
  for (const rule of brochure.rules) assert.ok(text.includes(rule.text), rule.text)
  for (const point of brochure.notice.points) assert.ok(text.includes(point.slice(0, 40)), point.slice(0, 40))
  assert.ok(text.includes(brochure.notice.date))
  await screenshot(page, 'prevention')
  assert.deepEqual(await seriousAxeViolations(page), [])
  await app.finish(handle)
})

test('call buttons dial tel:96110 and tel:110', async () => {
  for (const [label, number] of [
    [/拨打 96110/, '96110'],
    [/拨打 110/, '110']
  ]) {
    const handle = await app.visit()
    const { page, problems } = handle
    await openRoute(page, app.url, HOME, '全国反诈热线')
    await page.getByRole('button', { name: label }).first().click()
    await page.waitForTimeout(300)
    assert.deepEqual(problems.telNavigations, [`tel:${number}`])
    await app.finish(handle)
  }
})

const BAD_LINKS = [
  ['missing id', '/pages/category/index'],
  ['empty id', '/pages/category/index?id='],
  ['unknown id', '/pages/category/index?id=lottery'],
  [
    'html in id',
    `/pages/category/index?id=${encodeURIComponent('<img src=x onerror="window.__injected=1">')}`
  ],
  ['2000-character id', `/pages/category/index?id=${'a'.repeat(2000)}`],
  ['broken percent-encoding', '/pages/category/index?id=%E0%A4%A'],
  ['unknown route', '/pages/no-such-page/index?id=fake-credit']
]

// A link edited in the address bar of a tab that is already open: only the part after '#' changes, so the page does
// not load again and the repair must run before the router reads the new address (services/navigation).
const EDITED_HASHES = [
  ["a route's '/' left out", 'pages/category/index?id=fake-credit', '个人征信无法人为更改或消除'],
  ['a full-width ？ and ＝', '/pages/category/index？id＝fake-credit', '个人征信无法人为更改或消除'],
  ["the route's '?' encoded", '/pages/category/index%3Fid=fake-credit', '个人征信无法人为更改或消除'],
  ['a stray %', '/%', '没有找到']
]

for (const [label, hash, expected] of EDITED_HASHES) {
  test(`a link edited in an open tab (${label}) is repaired like a fresh one`, async () => {
    const handle = await app.visit()
    const { page } = handle
    await openRoute(page, app.url, HOME, '全国反诈热线')
    await page.evaluate((edited) => {
      window.location.hash = edited
    }, hash)
    await waitForText(page, expected)
    await app.finish(handle)
  })
}

for (const [label, route] of BAD_LINKS) {
  test(`bad link (${label}) lands on a friendly not-found with a way home`, async () => {
    const handle = await app.visit()
    const { page } = handle
    await openRoute(page, app.url, route, '没有找到')
    const text = await visiblePageText(page)
    assert.ok(text.includes('回到首页'))
    assert.equal(await page.evaluate(() => window.__injected), undefined)
    assert.equal(await page.locator('img[src="x"]').count(), 0)
    if (label === 'unknown route') {
      await screenshot(page, 'not-found')
      assert.deepEqual(await seriousAxeViolations(page), [])
    }
    await page.getByRole('button', { name: '回到首页' }).first().click()
    await waitForText(page, '十种常见骗局')
    await app.finish(handle)
  })
}
