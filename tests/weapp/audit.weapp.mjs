// WeChat's audit limits, page by page, in the compiled mini-program (issue #15): every route of src/route-table.json
// with the queries its pages need, the screens that grow as a person uses them (搜索 after one character, 风险自测
// after a long message, a quiz round's result with every answer wrong), each under 1000 WXML nodes and with a first
// setData under 64 KB. The figures are printed (and recorded in README's size section).
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { after, test } from 'node:test'
import { SHARE_CARD_SCENE, launch } from './support/miniprogram.mjs'
import {
  controls,
  getControl,
  nodeCount,
  renderedNodes,
  tap,
  typeInto,
  visibleText
} from './support/tree.mjs'

/** WeChat DevTools' audit flags a page with this many WXML nodes or more. */
const NODE_LIMIT = 1000
/** Issue #15's limit for a page's first setData: 64 KB of JSON. */
const SET_DATA_LIMIT = 65_536

const json = (path) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'))
const ROUTES = json('../../src/route-table.json')
const CATEGORY_IDS = json('../../src/data/brochure.json').categories.map((c) => c.id)
const BANK = json('../../src/data/quiz-questions.json')
const MESSAGES = json('../fixtures/check-messages.json')
const route = (name) => ROUTES[name].route

/** Typed on 搜索 before counting: a character found all over the content (the bench types the same). */
const SEARCH_CHARACTER = '骗'

/**
 * A long paste for 风险自测: every scam message of the fixtures, one after another, so that the result lists as
 * many signals and quotes as a paste can bring up. About LONG_MESSAGE_CHARS characters: a long chat history.
 */
const LONG_MESSAGE_CHARS = 4000
const LONG_MESSAGE = (() => {
  let text = ''
  for (const m of MESSAGES.filter((message) => message.scam)) {
    if (text.length + m.text.length > LONG_MESSAGE_CHARS) break
    text += `${m.text}\n`
  }
  return text
})()

/** The figures of every screen measured, printed at the end: {screen, nodes, firstBytes, largestBytes}. */
const figures = []

/**
 * Measures the screen on top of `mp`'s stack: its WXML nodes now, the first setData its page sent and the largest
 * one (after `since`, the count of setData calls before the person's action, when there was one).
 */
function measure(screen, mp, since = 0) {
  assert.deepEqual(mp.errors, [], `${screen}: errors`)
  const sizes = mp.page.setDataBytes
  assert.ok(sizes.length > 0, `${screen}: the page never called setData`)
  const figure = {
    screen,
    nodes: nodeCount(mp.page),
    firstBytes: sizes[0],
    largestBytes: Math.max(...sizes.slice(since))
  }
  figures.push(figure)
  return figure
}

/** The audit's limits: fewer than NODE_LIMIT nodes, a first setData under SET_DATA_LIMIT. */
function assertWithinLimits(figure) {
  assert.ok(
    figure.nodes < NODE_LIMIT,
    `${figure.screen}: ${figure.nodes} WXML nodes (WeChat's audit flags ${NODE_LIMIT})`
  )
  assert.ok(
    figure.firstBytes < SET_DATA_LIMIT,
    `${figure.screen}: first setData ${figure.firstBytes} B (limit ${SET_DATA_LIMIT} B)`
  )
}

/** After a person's action: the setData that drew its outcome is held to the same limit as a first one. */
function assertActionWithinLimit(figure) {
  assert.ok(
    figure.largestBytes < SET_DATA_LIMIT,
    `${figure.screen}: the action's setData was ${figure.largestBytes} B (limit ${SET_DATA_LIMIT} B)`
  )
}

/** Opens `path` as from a share card and measures it as it first shows. */
async function opened(screen, path, query = {}) {
  const mp = await launch({ path, query, scene: SHARE_CARD_SCENE })
  try {
    assert.equal(mp.page.route, path, `${screen}: landed on ${mp.page.route}`)
    return measure(screen, mp)
  } finally {
    mp.close()
  }
}

/** The bank question on screen (its prompt is shown and its options are the option buttons). */
function questionOnScreen(mp) {
  const text = visibleText(mp.page)
  const options = controls(mp.page).filter((c) => c.name.startsWith('选项'))
  const shown = BANK.filter(
    (q) =>
      text.includes(q.prompt) && options.every((o) => q.options.some((opt) => o.name.endsWith(`：${opt}`)))
  )
  assert.equal(shown.length, 1, `not one bank question on screen: ${text.slice(0, 160)}`)
  return { question: shown[0], options }
}

/**
 * A round played from home with every answer wrong (the result then lists all ten questions: its longest form).
 * Returns the running mini-program on the result page.
 */
async function roundAllWrong() {
  const mp = await launch()
  await tap(mp, getControl(mp.page, 'button', '反诈知识测试'))
  await tap(mp, getControl(mp.page, 'button', '开始测试'))
  for (let n = 1; n <= 10; n += 1) {
    const { question, options } = questionOnScreen(mp)
    const wrong = question.options[(question.answer + 1) % question.options.length]
    await tap(
      mp,
      options.find((o) => o.name.endsWith(`：${wrong}`))
    )
    await tap(mp, getControl(mp.page, 'button', n < 10 ? '下一题' : '查看结果'))
  }
  assert.equal(mp.page.route, route('quiz-result'))
  return mp
}

/** The screens measured by opening a link: each route with the queries its pages read. */
const LINKS = [
  ...Object.keys(ROUTES).flatMap((name) => {
    switch (name) {
      case 'category':
        return CATEGORY_IDS.map((id) => [`${name}?id=${id}`, route(name), { id, from: 'share' }])
      case 'scenario':
        return [
          [`${name} (the list)`, route(name), {}],
          [`${name}?rule=no-transfer`, route(name), { rule: 'no-transfer' }],
          ...CATEGORY_IDS.map((id) => [`${name}?id=${id}`, route(name), { id, from: 'share' }])
        ]
      default:
        return [[name, route(name), { from: 'share' }]]
    }
  })
]

test('every route of the route table is measured', () => {
  const measured = new Set(LINKS.map(([, path]) => path))
  for (const [name, page] of Object.entries(ROUTES)) assert.ok(measured.has(page.route), name)
})

for (const [screen, path, query] of LINKS) {
  test(`${screen}: under ${NODE_LIMIT} nodes, first setData under ${SET_DATA_LIMIT} B`, async () => {
    assertWithinLimits(await opened(screen, path, query))
  })
}

test(`搜索 after typing "${SEARCH_CHARACTER}": results shown, under the limits`, async () => {
  const mp = await launch({ path: route('search') })
  try {
    const box = renderedNodes(mp.page).find((n) => n.tag === 'input')
    assert.ok(box, 'the page has a search box')
    const since = mp.page.setDataBytes.length
    await typeInto(mp, box.node, SEARCH_CHARACTER)
    assert.ok(controls(mp.page).length > 20, 'the results are on screen')
    const figure = measure(`search, "${SEARCH_CHARACTER}" typed`, mp, since)
    assertWithinLimits(figure)
    assertActionWithinLimit(figure)
  } finally {
    mp.close()
  }
})

let checked
test(`风险自测 after checking a long message (${LONG_MESSAGE.length} characters): under the limits`, async () => {
  const mp = await launch({ path: route('check') })
  try {
    const box = renderedNodes(mp.page).find((n) => n.tag === 'textarea')
    await typeInto(mp, box.node, LONG_MESSAGE)
    const since = mp.page.setDataBytes.length
    await tap(mp, getControl(mp.page, 'button', /^检查$/))
    assert.match(visibleText(mp.page), /高风险/)
    checked = measure(`check, a ${LONG_MESSAGE.length}-character message checked`, mp, since)
    assertWithinLimits(checked)
  } finally {
    mp.close()
  }
})

// The setData that draws this result was 83,436 B until issue #15's fix (68,600 B before round 56's page fixes kept more
// words whole): the page's whole list of parts was sent again with it, the box's 3,986 characters too (a result that
// came into the list, a link that went; Taro re-sent the box's value at every render of it), and each quote and signal
// was drawn word by word, a span per word (475 spans). The result now comes into a frame always on the page, the box is
// drawn only when its text changes, and the signals and quotes keep their words whole with word-break: keep-all and a
// zero-width space between words (KeptWords), a span only where keep-all would break (20%, etc-abc.cn).
test("风险自测: the setData that draws a long message's result is under 64 KB", () => {
  assert.ok(checked, 'measured by the test above')
  assertActionWithinLimit(checked)
})

test('the quiz result after a round with every answer wrong, and the challenge card it shares', async () => {
  const mp = await roundAllWrong()
  let challenge
  try {
    assertWithinLimits(measure('quiz-result, ten wrong answers', mp))
    const share = mp.page.instance.onShareAppMessage?.({ from: 'menu' })
    const query = Object.fromEntries(new URLSearchParams(share.path.split('?')[1] ?? ''))
    assert.ok(query.challenge && query.check, `no challenge in the share path ${share.path}`)
    challenge = query
  } finally {
    mp.close()
  }
  assertWithinLimits(await opened('quiz, a challenge card', route('quiz'), challenge))
})

after(() => {
  const rows = figures.map((f) => [f.screen, String(f.nodes), String(f.firstBytes), String(f.largestBytes)])
  const head = ['screen', 'nodes', 'first setData B', 'largest setData B']
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)))
  const line = (cells) => cells.map((c, i) => (i ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ')
  console.log(
    [
      `WeChat audit figures (limits: < ${NODE_LIMIT} nodes, < ${SET_DATA_LIMIT} B):`,
      line(head),
      ...rows.map(line)
    ].join('\n')
  )
})
