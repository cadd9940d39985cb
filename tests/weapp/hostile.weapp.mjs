// Hostile launch links and damaged saved state, from tests/fixtures/hostile-inputs.json (shared with the browser
// tests), plus storage that fails. Each case: no errors, a way home, and nothing valid lost.
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import vm from 'node:vm'
import { MOMENTS_SCENE, SHARE_CARD_SCENE, launch } from './support/miniprogram.mjs'
import { weappRealm } from './support/realm.mjs'
import { findWayHome } from './support/survey.mjs'
import { controls, getControl, perceived, queryControl, tap, visibleText } from './support/tree.mjs'

const fixture = JSON.parse(readFileSync(new URL('../fixtures/hostile-inputs.json', import.meta.url), 'utf8'))
/** The route table: a fixture link names a page, which lands on its current route (old routes redirect). */
const PAGES = JSON.parse(readFileSync(new URL('../../src/route-table.json', import.meta.url), 'utf8'))
const { packages } = weappRealm()
const HOME = packages.home
const KEY = fixture.storageKey

/** Replaces the fixture's placeholders (kept short in git) by the long values they stand for. */
function expand(value, placeholders = {}) {
  let out = value
  for (const [name, { repeat, times }] of Object.entries(placeholders))
    out = out.split(name).join(repeat.repeat(times))
  return out
}

const LANDING = {
  home: () => HOME,
  category: () => 'pages/category/index',
  page: (link) => PAGES[link.page].route
}

const links = fixture.links.filter((link) => link.weapp)
/** Each page is also opened with a junk query from a chat card and from Moments (below). */
const JUNK_SCENES = [SHARE_CARD_SCENE, MOMENTS_SCENE]
test(`at least 60 hostile launches (${links.length} fixture links with a mini-program form + ${JUNK_SCENES.length} per page) and 25 damaged saved states (${fixture.savedStates.length})`, () => {
  assert.ok(links.length + JUNK_SCENES.length * packages.routes.length >= 60)
  assert.ok(fixture.savedStates.length >= 25)
})

for (const link of links) {
  test(`launch link "${link.label}" lands on ${link.lands}${link.page ? ` ${link.page}` : ''} with a way home`, async () => {
    const query = Object.fromEntries(
      Object.entries(link.weapp.query).map(([k, v]) => [k, expand(v, link.expand)])
    )
    const mp = await launch({ path: link.weapp.path, query, scene: 1007 })
    try {
      assert.deepEqual(mp.errors, [])
      assert.ok(mp.page, 'no page is showing (WeChat would show its own error page)')
      if (LANDING[link.lands]) assert.equal(mp.page.route, LANDING[link.lands](link))
      const text = visibleText(mp.page)
      assert.ok(text.includes(link.text), `"${link.text}" not on screen: ${text.slice(0, 120)}`)
      if (link.lands === 'not-found') {
        assert.ok(!/诈骗方式/.test(text), 'a category is shown for a link that names none')
        // A broken card may be all a worried parent opens: both calls stay on it.
        for (const call of ['拨打 96110', '拨打 110'])
          assert.ok(text.includes(call), `no ${call} on not-found`)
      }
      assert.equal(vm.runInContext('typeof __injected', mp.context), 'undefined', 'a query value ran as code')
      if (mp.page.route !== HOME) assert.ok(await findWayHome(mp), 'no way home')
      assert.deepEqual(mp.errors, [])
    } finally {
      mp.close()
    }
  })
}

// Every page of app.json (new ones included) opened with a query of broken escapes, prototype names and markup,
// from a chat card and from Moments: it must show something a person can read, and from a chat card a way home.
const JUNK_QUERY = {
  id: '%E0%A4%A',
  q: '%',
  mode: '__proto__',
  text: '<script>window.__injected=1</script>',
  'a[]': 'constructor'
}
for (const route of packages.routes) {
  for (const scene of JUNK_SCENES) {
    test(`${route} with a junk query${scene === MOMENTS_SCENE ? ' in Moments' : ''}: readable, no errors${scene === MOMENTS_SCENE ? '' : ', a way home'}`, async () => {
      const mp = await launch({ path: route, query: JUNK_QUERY, scene })
      try {
        assert.deepEqual(mp.errors, [])
        assert.ok(mp.page, 'no page is showing')
        const text = visibleText(mp.page)
        assert.ok(
          (text.match(/[\u4e00-\u9fff]/g) || []).length >= 12,
          `nothing to read: "${text.slice(0, 80)}"`
        )
        assert.equal(
          vm.runInContext('typeof __injected', mp.context),
          'undefined',
          'a query value ran as code'
        )
        if (scene !== MOMENTS_SCENE && mp.page.route !== HOME) assert.ok(await findWayHome(mp), 'no way home')
        assert.deepEqual(mp.errors, [])
      } finally {
        mp.close()
      }
    })
  }
}

/** What the app saved, read back as the fixture describes it. */
function savedFacts(raw) {
  const state = JSON.parse(raw).state
  return {
    readCategories: state.readCategories,
    bestScore: state.bestScore,
    resultScores: (state.results || []).map((r) => r.score),
    wrongBookIds: Object.keys(state.wrongBook || {}).sort(),
    largeText: state.largeText,
    activeRoundAnswers: state.activeRound?.answers?.length ?? 0
  }
}

const short = (value) => {
  const text = JSON.stringify(value) ?? 'undefined'
  return text.length > 200 ? `${text.slice(0, 200)}… (${text.length} characters)` : text
}

/**
 * Ordinary use that makes the app save: 大字模式 on and off again, then the quiz page (which checks the saved
 * wrong-answer book against the question bank) and back home.
 */
async function useTheApp(mp) {
  for (let i = 0; i < 2; i += 1) await tap(mp, getControl(mp.page, 'switch', '大字模式'))
  await tap(mp, getControl(mp.page, 'button', '反诈知识测试'))
  assert.equal(mp.page.route, PAGES.quiz.route)
  await tap(mp, queryControl(mp.page, 'button', /^回到首页$/))
  assert.equal(mp.page.route, HOME)
}

for (const state of fixture.savedStates) {
  test(`damaged saved state "${state.label}": home works and the valid data survives`, async () => {
    const raw = expand(state.raw, state.expand)
    const mp = await launch({ storage: { [KEY]: raw } })
    try {
      assert.deepEqual(mp.errors, [])
      assert.equal(mp.page?.route, HOME)
      assert.ok(visibleText(mp.page).includes('十种常见骗局'))
      await useTheApp(mp)
      assert.deepEqual(mp.errors, [])
      assert.equal(
        vm.runInContext('Object.keys(Object.prototype).length', mp.context),
        0,
        'Object.prototype polluted'
      )
      const stored = mp.storage.get(KEY)
      if (state.untouched) {
        assert.ok(stored === raw, 'saved data from a newer version was rewritten')
        return
      }
      const facts = savedFacts(stored)
      for (const [field, expected] of Object.entries(state.survives)) {
        // A message of our own keeps a 2 MB value out of the report.
        assert.deepEqual(
          facts[field],
          expected,
          `${field} after a session: ${short(facts[field])}, expected ${short(expected)}`
        )
      }
    } finally {
      mp.close()
    }
  })
}

// ---- storage that fails ---------------------------------------------------------------------------------------

/** A valid saved state made by using the app: two categories read from home, then 大字模式 on. */
async function usedState() {
  const mp = await launch()
  for (const name of ['虚假征信', '网络贷款']) {
    await tap(mp, getControl(mp.page, 'link', name))
    await tap(mp, getControl(mp.page, 'button', '回到首页'))
  }
  await tap(mp, getControl(mp.page, 'switch', '大字模式'))
  mp.close()
  const raw = mp.storage.get(KEY)
  const facts = savedFacts(raw)
  assert.deepEqual(facts.readCategories.slice().sort(), ['fake-credit', 'online-loan'])
  assert.equal(facts.largeText, true)
  return raw
}

const failures = [
  { label: 'the first read fails', storageFaults: { readFails: 'once' }, unsaved: false },
  // The phone refused the read at launch: every page says the records could not be read (not deleted) and that
  // this session does not save over them.
  {
    label: 'every read fails',
    storageFaults: { readFails: 'always' },
    unsaved: true,
    notice: '存过的没有删掉'
  },
  { label: 'every write fails', storageFaults: { writeFails: 'always' }, unsaved: true },
  { label: 'storage is full', storageFaults: { writeFails: 'quota' }, unsaved: true }
]
/** What every page says while a change could not be saved (store/saveStatus, PageShell). */
const UNSAVED_NOTICE = '这台手机暂时存不下'
for (const failure of failures) {
  test(`when ${failure.label}: the app keeps working and the saved progress is not lost`, async () => {
    const raw = await usedState()
    const mp = await launch({ storage: { [KEY]: raw }, storageFaults: failure.storageFaults })
    try {
      assert.deepEqual(mp.errors, [])
      assert.ok(visibleText(mp.page).includes('十种常见骗局'))
      if (failure.notice)
        assert.ok(
          visibleText(mp.page).includes(failure.notice),
          'the first screen did not say why records are missing'
        )
      const before = perceived(mp.page)
      await tap(mp, getControl(mp.page, 'switch', '大字模式'))
      assert.notEqual(perceived(mp.page), before, '大字模式 did not respond')
      // 大字模式 off could not be saved (or was): the page says so. Switched back on, the screen matches what is
      // stored again, so with writes failing the notice goes (nothing unsaved); with reads failing it stays.
      assert.equal(
        visibleText(mp.page).includes(failure.notice ?? UNSAVED_NOTICE),
        failure.unsaved,
        failure.unsaved
          ? 'the page did not say the change could not be saved'
          : 'a notice for a save that worked'
      )
      await tap(mp, getControl(mp.page, 'switch', '大字模式'))
      await tap(
        mp,
        controls(mp.page).find((c) => c.role === 'link')
      )
      await mp.settle()
      assert.deepEqual(mp.errors, [])
      assert.ok(mp.page.route !== HOME, 'a category link did not open')
      const facts = savedFacts(mp.storage.get(KEY))
      for (const id of ['fake-credit', 'online-loan'])
        assert.ok(facts.readCategories.includes(id), `read category ${id} lost`)
      assert.equal(facts.largeText, true, '大字模式 setting lost')
    } finally {
      mp.close()
    }
  })
}
