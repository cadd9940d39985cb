// Pages that moved into a shared subpackage (src/route-table.json `oldRoutes`): a share card forwarded before the
// move still opens its page, with its query, through App.onPageNotFound; and app.json is the route table's.
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import { SHARE_CARD_SCENE, launch } from './support/miniprogram.mjs'
import { weappRealm } from './support/realm.mjs'
import { findWayHome } from './support/survey.mjs'
import { visibleText } from './support/tree.mjs'

const PAGES = JSON.parse(readFileSync(new URL('../../src/route-table.json', import.meta.url), 'utf8'))
const appJson = JSON.parse(readFileSync(new URL('../../dist/app.json', import.meta.url), 'utf8'))
const { packages } = weappRealm()

/** Queries such cards carry (values raw, as WeChat passes them); each page reads some of them. */
const CARD_QUERIES = {
  quiz: [{ from: 'share' }, { challenge: '12345', check: 'zz', from: 'share' }, { mode: 'review' }],
  'quiz-result': [{ from: 'share' }],
  search: [{ from: 'share' }],
  scenario: [{ id: 'fake-credit', from: 'share' }, { rule: 'no-transfer' }, { id: '%E4%B8%AD' }],
  helper: [{ from: 'share' }],
  pact: [{}],
  'on-call': [{ from: 'share' }],
  pause: [{ from: 'share' }]
}

const moved = Object.entries(PAGES).flatMap(([name, page]) =>
  (page.oldRoutes ?? []).map((oldRoute) => ({ name, route: page.route, oldRoute }))
)

test('every page that moved has its old routes listed, and each is tested here with the queries its cards carry', () => {
  assert.deepEqual(moved.map((m) => m.name).sort(), Object.keys(CARD_QUERIES).sort())
  for (const { oldRoute } of moved)
    assert.ok(!packages.routes.includes(oldRoute), `${oldRoute} is still a page`)
})

/** What a launch shows once settled: the route, its query and the text on screen. */
async function opened(path, query) {
  const mp = await launch({ path, query, scene: SHARE_CARD_SCENE })
  try {
    assert.deepEqual(mp.errors, [])
    assert.equal(mp.stack.length, 1, 'the old route stays on the stack (redirectTo, not navigateTo)')
    return {
      route: mp.page.route,
      query: mp.page.query,
      text: visibleText(mp.page),
      wayHome: await findWayHome(mp)
    }
  } finally {
    mp.close()
  }
}

for (const { name, route, oldRoute } of moved) {
  for (const query of CARD_QUERIES[name]) {
    const search = Object.entries(query).map(([key, value]) => `${key}=${value}`)
    const link = search.length ? `${oldRoute}?${search.join('&')}` : oldRoute
    test(`the old link ${link} opens ${route} with the same query and shows what the new link shows`, async () => {
      const now = await opened(route, query)
      const old = await opened(oldRoute, query)
      assert.equal(old.route, route)
      assert.deepEqual(old.query, query)
      assert.equal(old.text, now.text)
      assert.ok((old.text.match(/[\u4e00-\u9fff]/g) || []).length >= 12, `too little to read: ${old.text}`)
      assert.ok(old.wayHome, 'no way home')
    })
  }
}

test('an old scenario card opens that scenario; an old challenge card with a broken fingerprint says so', async () => {
  const scenario = await opened('pages/scenario/index', { id: 'fake-credit', from: 'share' })
  assert.match(scenario.text, /“客服”要帮您注销校园贷/)
  const challenge = await opened('pages/quiz/index', { challenge: '12345', check: 'zz', from: 'share' })
  assert.match(challenge.text, /题目已经更新，邀请里的那套题对不上了/)
})

test('a route that never existed still lands on the not-found page, not on a moved page, with the greeting', async () => {
  const page = await opened('pages/quiz-results/index', { from: 'share' })
  assert.equal(page.route, PAGES['not-found'].route)
  assert.ok(page.text.includes('防骗提醒'), 'a forwarded card keeps its greeting on the not-found page')
})

test('a path that names a page loosely (no index, .html, a doubled slash) opens that page with its query', async () => {
  for (const path of ['pages/category', 'pages/category/index.html', 'pages//category/index']) {
    const page = await opened(path, { id: 'fake-credit', from: 'share' })
    assert.equal(page.route, PAGES.category.route, path)
    assert.deepEqual(page.query, { id: 'fake-credit', from: 'share' }, path)
    assert.ok(page.text.includes('个人征信无法人为更改或消除'), path)
  }
})

test("app.json's pages and subpackages are the route table's", () => {
  const fromJson = [
    ...appJson.pages.map((route) => ({ route, package: 'main' })),
    ...appJson.subPackages.flatMap((sub) =>
      sub.pages.map((p) => ({ route: `${sub.root}/${p}`, package: sub.root }))
    )
  ]
  const fromTable = Object.values(PAGES).map((p) => ({ route: p.route, package: p.package }))
  assert.deepEqual(
    fromJson.sort((a, b) => a.route.localeCompare(b.route)),
    fromTable.sort((a, b) => a.route.localeCompare(b.route))
  )
  assert.equal(appJson.pages[0], PAGES.index.route, 'home must be the first page')
})

test('a forwarded category or prevention card opens its page directly: same route, no redirect on the way', async () => {
  for (const [path, query, text] of [
    [PAGES.category.route, { id: 'fake-credit', from: 'share' }, '个人征信无法人为更改或消除'],
    [PAGES.prevention.route, { from: 'share' }, '不轻信']
  ]) {
    const mp = await launch({ path, query, scene: SHARE_CARD_SCENE })
    try {
      assert.deepEqual(mp.errors, [])
      assert.equal(mp.page.route, path)
      assert.ok(visibleText(mp.page).includes(text), `"${text}" not on ${path}`)
      assert.deepEqual(
        mp.log.filter((entry) => /^(redirectTo|reLaunch|navigateTo)$/.test(entry.api)),
        []
      )
    } finally {
      mp.close()
    }
  }
})
