// Every page of dist/app.json, opened as from a share card, read and tapped control by control; then every page
// a control leads to, the same way. New pages are covered as soon as they are listed in app.json.
import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import { weappRealm } from './support/realm.mjs'
import { MOMENTS_SCENE, launch } from './support/miniprogram.mjs'
import { didSomething, survey } from './support/survey.mjs'

const { packages } = weappRealm()
const HOME = packages.home
const started = performance.now()

const key = (route, query) => `${route}?${new URLSearchParams(Object.entries(query).sort()).toString()}`
const queue = packages.routes.map((route) => ({ route, query: {} }))
const surveys = []
const seen = new Set(queue.map((item) => key(item.route, item.query)))
while (queue.length) {
  const { route, query } = queue.shift()
  const result = await survey(route, query)
  surveys.push({ requested: route, ...result })
  for (const effect of result.effects) {
    for (const nav of effect.navigations) {
      if (nav.error || !nav.route) continue
      const next = key(nav.route, nav.query)
      if (seen.has(next)) continue
      seen.add(next)
      queue.push({ route: nav.route, query: nav.query })
    }
  }
}
const surveyMs = performance.now() - started

/** Visible text that is not a control's own text: what the page says, not what it offers to tap. */
function prose(result) {
  let text = result.text
  for (const control of result.controls) text = text.replace(control.text.replace(/\s+/g, ' ').trim(), '')
  return text
}
const cjk = (text) => (text.match(/[\u4e00-\u9fff]/g) || []).length

test('the wx of this tier has every platform API the app calls (Taro builds its API table from wx)', async () => {
  const calls = new Set()
  for (const file of readdirSync('src', { recursive: true }).filter((f) => /\.tsx?$/.test(String(f)))) {
    for (const m of readFileSync(join('src', String(file)), 'utf8').matchAll(/Taro\.([a-zA-Z]+)\(/g))
      calls.add(m[1])
  }
  calls.delete('getCurrentPages') // Taro's own, from the global getCurrentPages
  assert.ok(calls.size > 5)
  const mp = await launch()
  try {
    for (const name of calls) assert.equal(typeof mp.wx[name], 'function', `wx.${name} is missing`)
  } finally {
    mp.close()
  }
})

test('as in WeChat, main-package code cannot require a subpackage file, nor one subpackage another', async () => {
  const [first, second] = packages.subs
  assert.ok(first, 'app.json has no subpackage')
  const mp = await launch()
  try {
    assert.throws(() => mp.require(`${first.pages[0]}.js`, ''), /cannot require subpackage/)
    if (second)
      assert.throws(() => mp.require(`${first.pages[0]}.js`, second.root), /cannot require subpackage/)
  } finally {
    mp.close()
  }
})

test(`every page in app.json and every page its controls lead to was surveyed (${surveys.length} screens, ${Math.round(surveyMs)} ms)`, () => {
  const routes = new Set(surveys.map((s) => s.requested))
  for (const route of packages.routes) assert.ok(routes.has(route), `${route} not surveyed`)
  // The survey follows links: category pages and scenarios are reached with each category's id. Every id must be
  // reached: a tap that silently stopped navigating (round 18's wait held every tap after the first, as this tier
  // holds navigations) surveyed 29 screens instead of 35 and no test failed.
  assert.ok(surveys.length > packages.routes.length, 'no control led to another screen')
  const ids = JSON.parse(readFileSync('src/data/brochure.json', 'utf8')).categories.map((c) => c.id)
  for (const route of ['pages/category/index', 'pages/learn/scenario/index']) {
    const reached = new Set(surveys.filter((s) => s.requested === route).map((s) => s.query.id))
    for (const id of ids) assert.ok(reached.has(id), `no control led to ${route}?id=${id}`)
  }
})

for (const result of surveys) {
  const label = key(result.requested, result.query)
  test(`${label}: opens with meaningful text and no errors`, () => {
    assert.deepEqual(result.errors, [], 'errors while opening')
    assert.ok(result.route, 'no page is showing')
    const words = cjk(prose(result))
    assert.ok(
      words >= 12,
      `only ${words} Chinese characters outside the controls: "${result.text.slice(0, 120)}"`
    )
  })

  test(`${label}: has a way home`, { skip: result.route === HOME && 'this is home' }, () => {
    const home = result.effects.filter((e) => e.navigations.some((n) => !n.error && n.route === HOME))
    assert.ok(
      home.length > 0,
      `no control leads home; controls: ${result.effects.map((e) => e.name).join(', ')}`
    )
  })

  test(`${label}: every control does something, without errors`, () => {
    assert.ok(result.effects.length > 0 || result.controls.length === 0)
    for (const effect of result.effects) {
      assert.deepEqual(effect.errors, [], `tapping ${effect.role} "${effect.name}" raised errors`)
      for (const nav of effect.navigations)
        assert.equal(nav.error, undefined, `${effect.name}: ${nav.api} failed: ${nav.error}`)
      assert.ok(
        didSomething(effect),
        `tapping ${effect.role} "${effect.name}" did nothing a person would notice`
      )
    }
  })

  test(`${label}: every hotline button calls the number it shows`, () => {
    for (const effect of result.effects) {
      const shown = `${effect.name} ${effect.text}`
      // A scenario's choice (选择：挂断，自己拨打110核实) mentions a number as part of the story; a choice is not a
      // hotline button.
      if (effect.name.startsWith('选择：')) continue
      const offered = [...shown.matchAll(/拨打\s*(\d{3,})/g)].map((m) => m[1])
      if (effect.role === 'button' && offered.length) {
        assert.equal(
          effect.calls.length,
          1,
          `"${effect.name}" offers ${offered[0]} but made ${effect.calls.length} calls`
        )
        assert.ok(
          offered.includes(effect.calls[0]),
          `"${effect.name}" shows ${offered} but dialed ${effect.calls[0]}`
        )
      }
      for (const number of effect.calls) {
        assert.ok(shown.includes(number), `"${effect.name}" dialed ${number}, which it does not show`)
      }
    }
  })

  test(`${label}: switches and checkboxes tell a screen reader their state`, () => {
    for (const control of result.controls.filter((c) => c.role === 'switch' || c.role === 'checkbox')) {
      assert.ok(
        ['true', 'false'].includes(String(control.ariaChecked)),
        `${control.role} "${control.name}" has aria-checked=${JSON.stringify(control.ariaChecked)}`
      )
    }
  })
}

// ---- sharing ------------------------------------------------------------------------------------------------

const byKey = new Map(surveys.map((s) => [key(s.requested, s.query), s]))
const parseQuery = (search) => Object.fromEntries(new URLSearchParams(search))

for (const result of surveys.filter((s) => s.share.app || s.share.timeline)) {
  const label = key(result.requested, result.query)
  test(`${label}: share payloads have a title and an absolute path to an existing page`, () => {
    const { app, timeline } = result.share
    if (app) {
      assert.equal(typeof app.title, 'string')
      assert.ok(app.title.trim().length >= 4, `chat card title "${app.title}"`)
      assert.match(app.path ?? '', /^\/pages\//, `chat card path "${app.path}" is not absolute`)
      const [route] = app.path.slice(1).split('?')
      assert.ok(packages.routes.includes(route), `chat card opens ${route}, which app.json does not list`)
    }
    if (timeline) {
      assert.ok(
        typeof timeline.title === 'string' && timeline.title.trim().length >= 4,
        `Moments title "${timeline.title}"`
      )
      assert.equal(typeof (timeline.query ?? ''), 'string', 'Moments query must be a query string')
    }
  })
}

// A chat card opens its path as the first page: it must land on the page it names, with meaningful text.
const cardPaths = [...new Set(surveys.map((s) => s.share.app?.path).filter(Boolean))]
test(`every chat share card opens the page it names (${cardPaths.length} cards)`, async () => {
  for (const path of cardPaths) {
    const [route, search = ''] = path.slice(1).split('?')
    const query = parseQuery(search)
    const opened = byKey.get(key(route, query)) ?? (await survey(route, query))
    assert.equal(opened.route, route, `${path} landed on ${opened.route}`)
    assert.deepEqual(opened.errors, [], `${path}: errors`)
    assert.ok(cjk(prose(opened)) >= 12, `${path}: no meaningful text`)
  }
})

// Opened normally, the same pages offer WeChat's own forward sheet: the share button is the mini-program's own
// (<Button openType="share">), not the browser version's message and link.
test("each page that can be shared, opened normally, has a share button that opens WeChat's forward sheet", () => {
  const firstOfRoute = [
    ...new Map(surveys.filter((s) => s.share.timeline).map((s) => [s.requested, s])).values()
  ]
  for (const opened of firstOfRoute) {
    const shareButtons = opened.controls.filter((c) => c.tag === 'button' && c.attrs.openType === 'share')
    assert.ok(shareButtons.length > 0, `${opened.requested}: no share button`)
    for (const button of shareButtons)
      assert.match(button.name, /转发|分享|发给/, `${opened.requested}: ${button.name}`)
  }
})

// Moments opens the page alone (scene 1154): nothing can navigate and share buttons do not work there, so the
// page must offer neither. One screen per page route.
const firstPerRoute = [
  ...new Map(surveys.filter((s) => s.share.timeline).map((s) => [s.requested, s])).values()
]
for (const shared of firstPerRoute) {
  test(`${shared.requested} in Moments single-page mode: readable, nothing that navigates, no share button`, async () => {
    const moments = await survey(shared.requested, parseQuery(shared.share.timeline.query ?? ''), {
      scene: MOMENTS_SCENE
    })
    assert.deepEqual(moments.errors, [])
    assert.equal(moments.route, shared.route)
    assert.ok(cjk(prose(moments)) >= 12, 'no meaningful text')
    const shareButtons = moments.controls.filter((c) => c.tag === 'button' && c.attrs.openType === 'share')
    assert.deepEqual(
      shareButtons.map((c) => c.name),
      [],
      'share buttons do not work in Moments'
    )
    for (const effect of moments.effects) {
      assert.deepEqual(effect.navigations, [], `"${effect.name}" tries to navigate`)
      assert.deepEqual(effect.errors, [], `"${effect.name}" raised errors`)
    }
  })
}
