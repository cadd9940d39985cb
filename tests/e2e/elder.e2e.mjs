import assert from 'node:assert/strict'
import { test } from 'node:test'
import {
  openRoute,
  screenshot,
  seriousAxeViolations,
  setDefaultFontSize,
  switchOnLargeText,
  waitForReading,
  waitForText
} from './support/browser.mjs'
import { startBrowserApp } from './support/harness.mjs'
import { appPageRoutes } from './support/appPages.mjs'
import {
  brokenNames,
  brokenWords,
  linesOf,
  linesStartingWithPunctuation,
  loneCharacterLines,
  loneLastCharacters,
  shortCallLines,
  shortLastLines,
  shortWordLines,
  shown as readAloud,
  splitNumbers,
  unevenLabels,
  wordsSplitAcrossLines
} from './support/lines.mjs'
import brochure from '../../src/data/brochure.json' with { type: 'json' }
import questions from '../../src/data/quiz-questions.json' with { type: 'json' }
import scenarios from '../../src/data/scenarios.json' with { type: 'json' }

const app = startBrowserApp()

const ROUTES = [
  ['home', '/pages/index/index', '全国反诈热线'],
  ['category', '/pages/category/index?id=pig-butchering', '网络交友务必提高警惕'],
  ['prevention', '/pages/prevention/index', '断卡行动'],
  ['quiz', '/pages/quiz/index', '开始测试'],
  ['quiz-result', '/pages/quiz-result/index', '还没有测试结果'],
  ['check', '/pages/check/index', '检查'],
  ['search', '/pages/search/index', '安全账户'],
  ['help', '/pages/help/index', '已被骗'],
  ['family', '/pages/family/index', '这个号码只存在这台手机上'],
  ['pact', '/pages/pact/index', '我家的防骗约定'],
  ['on-call', '/pages/on-call/index', '对方是不是'],
  ['pause', '/pages/pause/index', '转账前冷静一下'],
  ['not-found', '/pages/category/index?id=nope', '没有找到'],
  ['scenario-list', '/pages/scenario/index', '兼职刷单群'],
  ['scenario', '/pages/scenario/index?id=fake-credit', '您会？'],
  ['helper', '/pages/helper/index', '您会怎么跟']
]

/** Every fraud type's page and every drill, by its title. */
const EVERY_CATEGORY = brochure.categories.map((c) => [
  `category ${c.id}`,
  `/pages/category/index?id=${c.id}`,
  c.name
])
const EVERY_SCENARIO = scenarios.map((s) => [
  `scenario ${s.id}`,
  `/pages/learn/scenario/index?id=${s.id}`,
  s.title
])
/** ROUTES with every fraud type's page and every drill: where round 62's titles and short lines were checked. */
const EVERY_TITLED_PAGE = [...ROUTES, ...EVERY_CATEGORY, ...EVERY_SCENARIO]

/** The pages whose intros and notes round 61's tester found splitting words: each page's own paragraphs. */
const INTRO_PAGES = [
  ['quiz', '/pages/quiz/index', '开始测试'],
  ['quiz-result (none yet)', '/pages/quiz-result/index', '还没有测试结果'],
  ['on-call', '/pages/on-call/index', '对方是不是'],
  ['pause', '/pages/pause/index', '转账前冷静一下'],
  ['not-found', '/pages/category/index?id=nope', '没有找到'],
  ['scenario-list', '/pages/scenario/index', '兼职刷单群'],
  ...scenarios.map((s) => [`scenario ${s.id}`, `/pages/learn/scenario/index?id=${s.id}`, s.title]),
  ['helper', '/pages/helper/index', '您会怎么跟'],
  ['family', '/pages/family/index', '这个号码只存在这台手机上'],
  ['search', '/pages/search/index', '安全账户'],
  ['check', '/pages/check/index', '检查']
]

// The browser's default font size stands in for WeChat's font setting (16 px = standard).
const MODES = [
  { name: 'scale-1', fontPx: 16, largeText: false, textScale: 1 },
  { name: 'scale-1.5', fontPx: 24, largeText: false, textScale: 1.5 },
  { name: 'scale-2', fontPx: 32, largeText: false, textScale: 2 },
  { name: 'large-text', fontPx: 16, largeText: true, textScale: 1.4 }
]

/** What a 320 px wide phone shows: sideways overflow, tap targets and their overlaps, the applied scale. */
function inspectLayout(page) {
  return page.evaluate(() => {
    const pages = Array.from(document.querySelectorAll('.taro_page')).filter(
      (p) => getComputedStyle(p).display !== 'none'
    )
    const current = pages[pages.length - 1]
    const shell = current.querySelector('.fs-page')
    const targets = Array.from(
      current.querySelectorAll('[role="button"],[role="link"],[role="switch"],[role="checkbox"]')
    )
      .map((el) => ({
        label: el.getAttribute('aria-label') || el.textContent.trim().slice(0, 20),
        rect: el.getBoundingClientRect()
      }))
      .filter((t) => t.rect.width > 0 && t.rect.height > 0)
    const overlaps = []
    for (let i = 0; i < targets.length; i++) {
      for (let j = i + 1; j < targets.length; j++) {
        const a = targets[i].rect
        const b = targets[j].rect
        const overlapX = Math.min(a.right, b.right) - Math.max(a.left, b.left)
        const overlapY = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top)
        if (overlapX > 1 && overlapY > 1) overlaps.push(`${targets[i].label} × ${targets[j].label}`)
      }
    }
    const wide = Array.from(current.querySelectorAll('*'))
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
      .map((el) => el.className || el.tagName)
    return {
      scrollOverflow: current.scrollWidth - current.clientWidth,
      wide: wide.slice(0, 5),
      overlaps,
      smallTargets: targets
        .filter((t) => t.rect.height < 43.5)
        .map((t) => `${t.label} ${t.rect.height.toFixed(1)}px`),
      minTargetHeight: Math.min(...targets.map((t) => t.rect.height)),
      scale: parseFloat(getComputedStyle(shell).getPropertyValue('--fs-scale'))
    }
  })
}

for (const mode of MODES) {
  test(`every page at ${mode.name} on a 320 px screen: no sideways scrolling, no overlapping targets, axe clean`, async () => {
    const handle = await app.visit({ width: 320, height: 640 })
    const { page } = handle
    await setDefaultFontSize(page, mode.fontPx)
    if (mode.largeText) {
      await switchOnLargeText(page, app.url)
    }
    for (const [name, route, text] of ROUTES) {
      await openRoute(page, app.url, route, text)
      await page.reload()
      await page.waitForFunction((t) => document.body.innerText.includes(t), text)
      const layout = await inspectLayout(page)
      assert.ok(
        Math.abs(layout.scale - mode.textScale) < 0.01,
        `${name}: text scale ${layout.scale}, want ${mode.textScale}`
      )
      assert.ok(
        layout.scrollOverflow <= 0,
        `${name}: scrolls sideways by ${layout.scrollOverflow}px (${layout.wide})`
      )
      assert.deepEqual(layout.wide, [], `${name}: elements wider than the screen`)
      assert.deepEqual(layout.overlaps, [], `${name}: overlapping tap targets`)
      assert.deepEqual(layout.smallTargets, [], `${name}: tap targets under 44 px`)
      if (mode.largeText)
        assert.ok(
          layout.minTargetHeight >= 47.5,
          `${name}: smallest target ${layout.minTargetHeight}px in 大字模式`
        )
      assert.deepEqual(await seriousAxeViolations(page), [], `${name}: axe`)
      if (name === 'home' || name === 'category') await screenshot(page, `${mode.name}-${name}`)
    }
    await app.finish(handle)
  })
}

/**
 * Opens each of `routes` ([name, route, words to wait for]) afresh on `page` and gathers what `read(page, name)` finds
 * there, each fault as "name: fault". The line walks below differ only in what they read.
 */
async function faultsOnPages(page, routes, read) {
  const found = []
  for (const [name, route, text] of routes) {
    await openRoute(page, app.url, route, text)
    await page.reload()
    await page.waitForFunction((t) => document.body.innerText.includes(t), text)
    for (const fault of await read(page, name)) found.push(`${name}: ${fault}`)
  }
  return found
}

for (const size of [
  { width: 320, height: 568 },
  { width: 568, height: 320 }
]) {
  test(`at font ×2 with 大字模式 at ${size.width}×${size.height}, no title breaks a line inside a word, no short label inside a phrase`, async () => {
    // Round 42's new-user trial: "虚假投资理 / 财诈骗", "情景演练·“杀猪 / 盘”诈骗" (all ten cases), "第1步：立即拨 / 打110报警",
    // "✗ 答错了，正 / 确答案是 A", "第 1/22 题 · “杀 / 猪盘” 诈骗".
    const handle = await app.visit(size)
    const { page } = handle
    await setDefaultFontSize(page, 32)
    await switchOnLargeText(page, app.url)
    const routes = [
      ...ROUTES,
      ...brochure.categories.map((c) => [`category ${c.id}`, `/pages/category/index?id=${c.id}`, c.name]),
      ...scenarios.map((s) => [`scenario ${s.id}`, `/pages/learn/scenario/index?id=${s.id}`, s.title]),
      ['helper', '/pages/learn/helper/index', '帮家人把关']
    ]
    const found = await faultsOnPages(page, routes, async () => [
      ...(await brokenWords(page)),
      ...(await unevenLabels(page))
    ])
    assert.deepEqual(found, [])
    await app.finish(handle)
  })
}

/**
 * The short titles of the page shown (headings and home's card names of seven characters or fewer, punctuation, spaces
 * and "›" aside) that take more than one line other than after their own punctuation, as "line / line", and those set
 * smaller than three quarters of their box's own size, as "title at 0.70".
 */
async function brokenShortTitles(page) {
  const titles = await page.evaluate(() => {
    const shown = Array.from(document.querySelectorAll('.taro_page'))
      .filter((p) => getComputedStyle(p).display !== 'none')
      .at(-1)
    return Array.from(shown.querySelectorAll('[role="heading"],.fs-category-card__name'))
      .filter((el) => el.getClientRects().length > 0)
      .map((el) => {
        const own = parseFloat(getComputedStyle(el).fontSize)
        const sizes = []
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT)
        for (let node = walker.nextNode(); node; node = walker.nextNode())
          if (node.nodeValue.trim()) sizes.push(parseFloat(getComputedStyle(node.parentElement).fontSize))
        return { text: el.textContent.replace(/[\u200b\u2060]/g, ''), scale: Math.min(...sizes) / own }
      })
  })
  const letters = (text) => (text.match(/[0-9A-Za-z\u3400-\u9fff]/g) ?? []).length
  const short = titles.filter(({ text }) => letters(text.replace(/✓已学习/, '')) <= 7)
  const found = short
    .filter(({ scale }) => scale < 0.749)
    .map(({ text, scale }) => `${text} at ${scale.toFixed(2)}`)
  for (const lines of await linesOf(page, '[role="heading"],.fs-category-card__name')) {
    const text = lines.join('')
    // A break after the title's own punctuation is one between its phrases ("“导师” / 带您炒股").
    const betweenPhrases = lines.slice(0, -1).every((line) => /[”」』》、，：？！]\s*$/.test(line))
    if (lines.length > 1 && letters(text.replace(/✓已学习/, '')) <= 7 && !betweenPhrases)
      found.push(readAloud(lines))
  }
  return found
}

// Round 62's tester at 320×568, font ×2 and 大字模式: six-character titles broke 2 + 4, "虚假 / 征信诈骗" and "家庭 / 防骗约定",
// a fraud type's or a tool's name read as one word. Such a title is set on one line, at least three quarters of its size;
// one that still does not fit breaks only after its own punctuation.
test('at 320×568, font ×2 (32 / 26) and 大字模式, a title of up to seven characters stays on one line, a little smaller where it must', async () => {
  const handle = await app.visit({ width: 320, height: 568 })
  const { page } = handle
  await setDefaultFontSize(page, 32, 26)
  await switchOnLargeText(page, app.url)
  const found = await faultsOnPages(page, EVERY_TITLED_PAGE, () => brokenShortTitles(page))
  assert.deepEqual(found, [])
  await app.finish(handle)
})

// Round 62's tester at 320×568, font ×2 and 大字模式: a line of two characters between a full line and a word that did not
// fit beside it, "一旦发现被骗， / 及时 / 拨打110报警。" (如何防范's rule) and "挂断， / 自己 / 拨打110核实" (情景演练's
// choice). Every title, label and short sentence of every page, the drills' choices and titles too.
test('at 320×568, font ×2 (32 / 26) and 大字模式, no title, label or short sentence leaves a word of two characters on a line between two others', async () => {
  const handle = await app.visit({ width: 320, height: 568 })
  const { page } = handle
  await setDefaultFontSize(page, 32, 26)
  await switchOnLargeText(page, app.url)
  const found = await faultsOnPages(page, EVERY_TITLED_PAGE, () => shortWordLines(page))
  assert.deepEqual(found, [])
  await app.finish(handle)
})

for (const size of [
  { width: 320, height: 568 },
  { width: 568, height: 320 }
]) {
  test(`at font ×2 with 大字模式 at ${size.width}×${size.height}, no heading, button, link or card title leaves one character alone on its last line`, async () => {
    // Round 40's new-user trial: "…如果是你会怎么 / 做？ ›", "说贷款要先交 / 钱", "…一步步指 / 导", "虚假投资理财诈 / 骗";
    // round 41's: 通话中速查's "这是诈骗 / 的典型说 / 法。", and the home quiz card's title held sideways.
    const handle = await app.visit(size)
    const { page } = handle
    await setDefaultFontSize(page, 32)
    await switchOnLargeText(page, app.url)
    const found = await faultsOnPages(page, ROUTES, async (_, name) => {
      const lone = await loneLastCharacters(page)
      // The questions' options too, and 通话中速查's answer.
      const next =
        name === 'quiz' ? [/开始测试/, '第 1/'] : name === 'on-call' ? [/^是，对方/, '现在挂断'] : null
      if (next) {
        await page.waitForTimeout(700)
        await page.getByRole('button', { name: next[0] }).first().click()
        await page.waitForFunction((t) => document.body.innerText.includes(t), next[1])
        await page.waitForTimeout(300)
        for (const more of await loneLastCharacters(page)) lone.push(`next screen: ${more}`)
      }
      return lone
    })
    assert.deepEqual(found, [])
    await app.finish(handle)
  })
}

/**
 * What the phone has saved after a test whose wrong answers are `missed` (question ids, up to 50): the result page lists
 * each with its explanation, in 大字模式.
 */
function afterMissing(missed) {
  return savedAfter(
    {
      at: 1,
      mode: 'standard',
      score: 0,
      correct: 0,
      total: missed.length,
      byRule: ['no-trust', 'no-disclose', 'no-transfer', 'report'].map((rule) => ({
        rule,
        correct: 0,
        asked: 1,
        ratio: 0
      })),
      weakestRule: null,
      grade: { id: 'starter', title: '', advice: '' },
      missed,
      weakestCategories: []
    },
    0
  )
}

/** What the phone has saved, in 大字模式, after one test whose result is `result` and with `bestScore` the best. */
function savedAfter(result, bestScore) {
  return JSON.stringify({
    state: {
      activeRound: null,
      results: [result],
      bestScore,
      wrongBook: {},
      readCategories: [],
      largeText: true,
      reviewSchedule: {},
      scenarioRecords: {},
      drillRecord: {}
    },
    version: 2
  })
}

// Round 60's tester at 320×568, Chromium's font ×2 (standard 32, fixed 26) and 大字模式: one character alone on a line
// in any text, not only a last line: 家庭防骗约定's "…电话，挂断 / 后 / 打110核实。" and its source's "宁海发布转 / 载， /
// 2024年1月7日", 冒充公检法's case "一直 / 等 / “国家安全账户”", the quiz's "（出 / 自 / 「虚假征信诈骗」反诈提示）"; and
// "反诈预警劝阻/ / 咨询" under every page's 96110.
// Round 61's tester, the same way: a word split across lines in a paragraph, 家庭防骗约定's "…打他本人 / 的老 / 号码确认。",
// 已被骗怎么办's "自称律师、黑 / 客或" and its sources' "（绍兴 / 网转" and "荆 / 楚网".
test('at 320×568, font ×2 (32 / 26) and 大字模式, no line of any text holds one character alone or splits a word, and no 96110 ends on two', async () => {
  const handle = await app.visit({ width: 320, height: 568 })
  const { page } = handle
  await setDefaultFontSize(page, 32, 26)
  await switchOnLargeText(page, app.url)
  const ids = questions.map((q) => q.id)
  const routes = [
    ['home', '/pages/index/index', '全国反诈热线'],
    ['pact', '/pages/family/pact/index', '我家的防骗约定'],
    ...brochure.categories.map((c) => [`category ${c.id}`, `/pages/category/index?id=${c.id}`, c.name]),
    ['prevention', '/pages/prevention/index', '断卡行动'],
    ['help', '/pages/help/index', '已被骗'],
    ['shared home', '/pages/index/index?from=share', '防骗提醒'],
    // Round 61's tester: the intros and notes of the newer pages split words ("深呼 / 吸", "经 / 历", "往 / 下读",
    // "怎 / 么跟他们", "宣传手 / 册", "比一 / 比").
    ...INTRO_PAGES
  ]
  const found = await faultsOnPages(page, routes, async () => [
    ...(await loneCharacterLines(page)),
    ...(await wordsSplitAcrossLines(page)),
    ...(await shortCallLines(page)).map((lines) => `96110: ${lines}`)
  ])
  // Every question's explanation, as the result page lists the wrong answers (50 at most a round).
  for (const missed of [ids.slice(0, 40), ids.slice(40)]) {
    await page.evaluate(
      (text) => localStorage.setItem('fraud-shield', JSON.stringify({ data: text })),
      afterMissing(missed)
    )
    // Read at once, so what the app keeps in memory (and saves again on every page) is the result just seeded.
    await page.reload()
    const more = await faultsOnPages(
      page,
      [[`quiz-result ${missed[0]}…`, '/pages/learn/quiz-result/index', '您的得分']],
      async () => [
        ...(await loneCharacterLines(page)),
        ...(await wordsSplitAcrossLines(page)),
        ...(await shortCallLines(page)).map((lines) => `96110: ${lines}`)
      ]
    )
    found.push(...more)
  }
  assert.deepEqual(found, [])
  await app.finish(handle)
})

/**
 * Paragraphs whose last line still holds two characters at 320×568, font ×2 and 大字模式 (round 63): a word kept whole
 * before them (a quoted term, a date) leaves no break that gives the last line three. Any other is a fault.
 */
const SHORT_LAST_LINES_LEFT = [
  'help: …2022年2月10日 / 转载）',
  'scenario: 直播间抽奖 / “百分百 / 中奖”\u00a0›',
  'category impersonating-officials: …“安全账户” / 转账。',
  // The line before it moved with 信以为真 kept whole (round 65); its last line is the same.
  'category impersonating-leaders: …“冒充领导 / 诈骗”！',
  // Round 66: 李女士 kept whole on the category page too (it was "引起李 / 女士警觉……", a name cut; CI271).
  'category online-loan: …引起李女士 / 警觉……',
  'scenario fake-shopping: 主播说加微信 / 就能参加购物 / 抽奖，“中奖率 / 百分百”， / 您会？',
  'scenario fake-shopping: 不加微信， / 不信“百分百 / 中奖”',
  'quiz q-impersonating-officials-6: 继续等 / “安全账户” / 还钱',
  // The result page's link under each of the six “杀猪盘” questions it lists (a link's › stays with a no-break space).
  ...Array(6).fill('quiz-result q-pig-butchering-1…: 看看 / 「“杀猪盘” / 诈骗」\u00a0›')
]

/** A round of one question, `question`, answered wrong: the quiz shows its options, the verdict and the explanation. */
function answeredQuestion(question, largeText) {
  return JSON.stringify({
    state: {
      activeRound: {
        mode: 'standard',
        round: { seed: 1, questionIds: [question.id], optionOrders: [question.options.map((_, i) => i)] },
        answers: [
          {
            questionId: question.id,
            chosen: (question.answer + 1) % question.options.length,
            correct: false
          }
        ]
      },
      results: [],
      bestScore: null,
      wrongBook: {},
      readCategories: [],
      largeText,
      reviewSchedule: {},
      scenarioRecords: {},
      drillRecord: {}
    },
    version: 2
  })
}

/** A long paragraph's fault as the list above writes it: its last three lines only. */
const lastLinesOf = (fault) => {
  const [where, lines] = fault.split(/: (.*)/s)
  const all = lines.split(' / ')
  return all.length > 6 ? `${where}: …${all.slice(-2).join(' / ')}` : fault
}

// Round 63's fresh tester at 320×568, font ×2 and 大字模式: paragraphs ending on a line of two, "打电话给家人 / 核实。"
// (家庭防骗约定), "「如何防范·及时 / 报警」" (已被骗怎么办's source), the quiz's "听他一步步 / 指导" and "先提一部分 / 试试". Every
// page of the route table, every fraud type, every drill, and every quiz question with its options, verdict and
// explanation; at 375×667 in the browser's own size too.
for (const setting of [
  {
    name: '320×568, font ×2 (32 / 26) and 大字模式',
    size: { width: 320, height: 568 },
    fontPx: 32,
    large: true
  },
  { name: '375×667 at 16 px', size: { width: 375, height: 667 }, fontPx: 16, large: false }
]) {
  test(`at ${setting.name}, no paragraph of any page ends on a line of one or two characters`, async () => {
    const handle = await app.visit(setting.size)
    const { page } = handle
    if (setting.fontPx !== 16) await setDefaultFontSize(page, setting.fontPx, 26)
    if (setting.large) await switchOnLargeText(page, app.url)
    const routes = [
      ...appPageRoutes().map((route) => [route.split('/')[2], route, '']),
      ['shared home', '/pages/index/index?from=share', '防骗提醒'],
      ...EVERY_TITLED_PAGE.filter(([name]) => / /.test(name))
    ]
    const found = await faultsOnPages(page, routes, async () => {
      // The page's own words, not only its frame: each page settles its first paint before this reads it.
      await page.waitForTimeout(500)
      return shortLastLines(page)
    })
    for (const question of questions) {
      await page.evaluate(
        (text) => localStorage.setItem('fraud-shield', JSON.stringify({ data: text })),
        answeredQuestion(question, setting.large)
      )
      // Read at once, so what the app keeps in memory is the round just seeded.
      await page.reload()
      const more = await faultsOnPages(
        page,
        [[`quiz ${question.id}`, '/pages/quiz/index?resume=1', '']],
        async () => {
          await page.waitForSelector('.fs-question__explanation')
          return shortLastLines(page)
        }
      )
      found.push(...more)
    }
    // Every question's explanation again as the result page lists the wrong answers, in a wider column.
    const ids = questions.map((q) => q.id)
    for (const missed of [ids.slice(0, 40), ids.slice(40)]) {
      const saved = JSON.parse(afterMissing(missed))
      saved.state.largeText = setting.large
      await page.evaluate(
        (text) => localStorage.setItem('fraud-shield', JSON.stringify({ data: text })),
        JSON.stringify(saved)
      )
      await page.reload()
      found.push(
        ...(await faultsOnPages(
          page,
          [[`quiz-result ${missed[0]}…`, '/pages/learn/quiz-result/index', '您的得分']],
          () => shortLastLines(page)
        ))
      )
    }
    assert.deepEqual(found.map(lastLinesOf), setting.large ? SHORT_LAST_LINES_LEFT : [])
    await app.finish(handle)
  })
}

/**
 * What the played walk below still finds (after the won title and the source line were fixed: 36 → 11), each behind a
 * word kept whole: a question's 您会？ after a quoted term or a phrase that cannot break ("“安全账户”， / 您会？"), a quoted
 * term at a paragraph's end (as in SHORT_LAST_LINES_LEFT's categories), 2100元 with its unit, 如何防范·不透露's dot.
 */
/**
 * Words of 情景演练's endings that read as one and that the browser's word breaker reads as two or three: 支付宝 and the
 * cases' people, whom it cut as "支付 / 宝" and "唐 / 女士" (round 66's tester).
 */
const ENDING_TERMS = ['危险信号', '信以为真', '支付宝', '唐女士', '李女士', '黄先生', '李小姐', '薛某']

const PLAYED_SHORT_LAST_LINES_LEFT = [
  'scenario pig-butchering p3 missed: 软件打不开， / 人也联系 / 不上了， / 您会？',
  'scenario fake-credit p3 missed: 该做到 / 「不透露」： / 个人姓名、身份 / 证号、手机号、 / 银行账号、短信 / 验证码等个人 / 信息不要轻易 / 泄露。（出自 / 如何防范·不 / 透露）',
  'scenario fake-investment p3 missed: 投了一点真能 / 提现，导师 / 劝您把钱都 / 投进去， / 您会？',
  'scenario impersonating-officials p2 missed: 对方要您下载 / 一个软件 / “配合核查”， / 您会？',
  'scenario impersonating-officials p3 missed: 对方让您把钱 / 转到 / “安全账户”， / 您会？',
  'scenario impersonating-officials p4 missed: 公检法绝不会让 / 群众向所谓 / “安全账户” / 转账',
  'scenario impersonating-officials p4 missed: 公检法不会通过 / 电话做笔录 / 办案，也绝不会 / 在互联网上发送 / 各种法律文书， / 更不会让群众 / 向所谓 / “安全账户” / 转账。',
  'scenario fake-shopping p1 missed: 主播说加微信 / 就能参加购物 / 抽奖，“中奖率 / 百分百”， / 您会？',
  // Round 66: the run-on ending in short paragraphs of its own clauses (outcomeParts); its last still ends on a quoted term.
  'scenario impersonating-leaders p3 missed: 事后薛某发现 / 对方根本不是 / 书记，自己 / 遇上了 / “冒充领导 / 诈骗”！',
  'scenario game-trading p2 missed: 再充2100元 / 解冻',
  'scenario online-loan p1 missed: APP说放款 / 失败，让您再 / 下载软件、加 / “专员”， / 您会？',
  // Round 66: 李女士 kept whole (it was "引起李 / 女士警觉……", a name cut); "引起李女士警觉……" is wider than the line.
  'scenario online-loan p4 missed: 最终，“专员” / 拒绝退还本金并 / 以必须办理保险 / 为由继续施骗 / 引起李女士 / 警觉……'
]

// Round 64's fresh tester at 320×568, font ×2 and 大字模式: a 情景演练 won ended on "✓ 您识破了 / 骗局". The walk above reads
// every page as it opens; this plays every scenario: each point's missed-signal note after the unsafe choice, the real
// case's ending after the last, and the won ending after a safe first choice.
test('at 320×568, font ×2 (32 / 26) and 大字模式, no paragraph of a played 情景演练 or its endings ends on a line of one or two characters, splits a word or starts a line with a comma', async () => {
  const handle = await app.visit({ width: 320, height: 568 })
  const { page } = handle
  await setDefaultFontSize(page, 32, 26)
  await switchOnLargeText(page, app.url)
  const found = []
  const seen = new Set()
  const choose = async (label) => {
    // A person reads the new point first; a tap where the last one landed, sooner, is that tap's burst.
    await waitForReading(page)
    await page.getByRole('button', { name: `选择：${label}`, exact: true }).click()
  }
  const cut = []
  const punctuation = []
  const read = async (name) => {
    await page.waitForTimeout(300)
    // A point played stays on the page above the next: each paragraph is listed where it was first found.
    for (const fault of await shortLastLines(page)) if (!seen.has(fault)) found.push(`${name}: ${fault}`)
    for (const fault of await shortLastLines(page)) seen.add(fault)
    // Round 65's fresh tester: endings wrapped inside a word, "危险 / 信号" among them; and "信 / 以为真" once the real
    // case's ending started at its sentence's start. Neither is a word of the browser's word breaker.
    for (const fault of await wordsSplitAcrossLines(page, ENDING_TERMS))
      if (!seen.has(fault)) cut.push(`${name}: ${fault}`)
    for (const fault of await wordsSplitAcrossLines(page, ENDING_TERMS)) seen.add(fault)
    // Round 66's tester: "又连续投入18笔 / ，但这次想要…", a comma starting a line inside a paragraph.
    for (const fault of await linesStartingWithPunctuation(page))
      if (!seen.has(fault)) punctuation.push(`${name}: ${fault}`)
    for (const fault of await linesStartingWithPunctuation(page)) seen.add(fault)
  }
  const points = (scenario) => {
    const byId = new Map(scenario.points.map((p) => [p.id, p]))
    const run = []
    for (let at = byId.get(scenario.start); at; at = byId.get(at.choices.find((c) => !c.safe)?.next))
      run.push(at)
    return run
  }
  for (const scenario of scenarios) {
    const route = `/pages/learn/scenario/index?id=${scenario.id}`
    await openRoute(page, app.url, route, scenario.title)
    await page.reload()
    await waitForText(page, scenario.points[0].question)
    const run = points(scenario)
    for (const [n, point] of run.entries()) {
      await choose(point.choices.find((c) => !c.safe).label)
      await waitForText(page, n === run.length - 1 ? '真实案例的结局' : run[n + 1].question)
      await read(`scenario ${scenario.id} ${point.id} missed`)
    }
    await page.reload()
    await waitForText(page, scenario.points[0].question)
    await choose(run[0].choices.find((c) => c.safe).label)
    await waitForText(page, '您识破了骗局')
    await read(`scenario ${scenario.id} won`)
  }
  // One comparison, so that a run reports all three kinds of fault at once.
  assert.deepEqual(
    { short: found, cut, punctuation },
    { short: PLAYED_SHORT_LAST_LINES_LEFT, cut: [], punctuation: [] }
  )
  await app.finish(handle)
})

// Round 61's tester, at 16 px too: "换成您来经 / 历", "由您决 / 定", "真实骗 / 局", "对 / 方是不是", "请回 / 到首页",
// "群里比一 / 比". Every page's intro and notes, and the quiz result's (seeded with an answered round).
test('at 320×568 and 16 px, no intro or note of any page splits a word across lines', async () => {
  const handle = await app.visit({ width: 320, height: 568 })
  const { page } = handle
  const found = await faultsOnPages(page, INTRO_PAGES, async () => await wordsSplitAcrossLines(page))
  await page.evaluate(
    (text) => localStorage.setItem('fraud-shield', JSON.stringify({ data: text })),
    afterMissing(questions.slice(0, 3).map((q) => q.id))
  )
  await page.reload()
  found.push(
    ...(await faultsOnPages(page, [['quiz-result', '/pages/learn/quiz-result/index', '您的得分']], async () =>
      wordsSplitAcrossLines(page)
    ))
  )
  assert.deepEqual(found, [])
  await app.finish(handle)
})

// Round 60's tester: 风险自测's reasons began "・ 以机构的 / 名义，给了链接，…", the first line half empty: the bullet was
// a full-width "·" and a space in the words, which took a character and a half of the first line.
test('风险自测 at 320×568, font ×2 (32 / 26) and 大字模式: a reason flows from its bullet, no line holds one character alone', async () => {
  const handle = await app.visit({ width: 320, height: 568 })
  const { page } = handle
  await setDefaultFontSize(page, 32, 26)
  await switchOnLargeText(page, app.url)
  await openRoute(page, app.url, '/pages/check/index', '您输入的内容只在本机检查，不会上传或保存')
  // Written for this test in the shape of the bank notices police warn of: an institution, a link, a threat.
  await page
    .locator('.taro_page:visible textarea')
    .fill('【中国银行】您的账户存在异常，今天不处理将被冻结，请立即点击 http://boc-verify.cn 验证身份。')
  await page.getByRole('button', { name: '检查', exact: true }).click()
  await waitForText(page, '为什么这样判断')
  const reasons = await page.evaluate(() =>
    Array.from(
      Array.from(document.querySelectorAll('.taro_page'))
        .filter((p) => getComputedStyle(p).display !== 'none')
        .at(-1)
        .querySelectorAll('.fs-check__reason')
    ).map((row) => {
      const words = row.querySelector('.fs-check__reason-text') ?? row
      const size = parseFloat(getComputedStyle(words).fontSize)
      return {
        text: words.textContent.replace(/[\u200b\u2060]/g, ''),
        bulletEm: (words.getBoundingClientRect().left - row.getBoundingClientRect().left) / size
      }
    })
  )
  assert.ok(reasons.length > 0, 'no reasons shown')
  // The bullet and its gap take less than a character, and the words are the reason's alone.
  for (const { text, bulletEm } of reasons) {
    assert.ok(bulletEm < 0.8, `${text}: the bullet takes ${bulletEm.toFixed(2)} em`)
    assert.ok(!text.startsWith('·'), `${text}: a bullet in the words`)
  }
  const lines = await linesOf(page, '.fs-check__reason')
  const official = lines.find((paragraph) => /^(· )?以机构的名义/.test(paragraph.join('').trim()))
  assert.ok(official, `the institution's reason is not shown: ${reasons.map((r) => r.text).join(' | ')}`)
  assert.equal(official[0].trim(), '以机构的名义，', official.join(' / '))
  assert.deepEqual(await loneCharacterLines(page), [])
  assert.deepEqual(await shortCallLines(page), [])
  await app.finish(handle)
})

/**
 * What the phone has saved after one full test of 10 right out of 10 (the widest score, 100) in 大字模式, as this version
 * saves it (Taro H5 wraps each value as {"data": text}): home and the quiz then show the score, the result page its bars.
 */
const AFTER_A_TEST = savedAfter(
  {
    at: 1,
    mode: 'standard',
    score: 100,
    correct: 10,
    total: 10,
    byRule: [
      { rule: 'no-trust', correct: 2, asked: 2, ratio: 1 },
      { rule: 'no-disclose', correct: 3, asked: 3, ratio: 1 },
      { rule: 'no-transfer', correct: 4, asked: 4, ratio: 1 },
      { rule: 'report', correct: 1, asked: 1, ratio: 1 }
    ],
    weakestRule: null,
    grade: { id: 'guardian', title: '反诈卫士', advice: '' },
    missed: [],
    weakestCategories: []
  },
  100
)

for (const size of [
  { width: 320, height: 568 },
  { width: 568, height: 320 }
]) {
  test(`at font ×2 with 大字模式 at ${size.width}×${size.height}, no number is split from its unit, no date across lines, no quotation mark hangs, no short name is cut`, async () => {
    // Round 54's trial: "投了2000 / 元", "充值3 / 倍", "2021年1 / 月15日", "2022 / 年7月6日", "拨打110 / 报警";
    // round 55's: home's "您的最好成绩：70 / 分" once a test was done, and the result's "100 / 分" (the pages below open
    // with a test of 100 saved).
    const handle = await app.visit(size)
    const { page } = handle
    await setDefaultFontSize(page, 32)
    await switchOnLargeText(page, app.url)
    await page.evaluate(
      (text) => localStorage.setItem('fraud-shield', JSON.stringify({ data: text })),
      AFTER_A_TEST
    )
    // Read at once, so what the app keeps in memory (and saves again on every page) is the test just seeded.
    await page.reload()
    await waitForText(page, '您的最好成绩：100 分')
    const routes = [
      ...brochure.categories.map((c) => [`category ${c.id}`, `/pages/category/index?id=${c.id}`, c.name]),
      ['prevention', '/pages/prevention/index', '断卡行动'],
      ['help', '/pages/help/index', '已被骗'],
      ['pact', '/pages/pact/index', '我家的防骗约定'],
      ['family', '/pages/family/index', '这个号码只存在这台手机上'],
      ['shared home', '/pages/index/index?from=share', '防骗提醒'],
      ['home', '/pages/index/index', '您的最好成绩：100 分'],
      ['quiz', '/pages/quiz/index', '您的最好成绩：100 分'],
      ['quiz-result', '/pages/quiz-result/index', '您的得分'],
      ['scenario', '/pages/learn/scenario/index?id=pig-butchering', '情景演练'],
      ['helper', '/pages/learn/helper/index', '帮家人把关']
    ]
    const found = await faultsOnPages(page, routes, async () => [
      ...(await splitNumbers(page)),
      ...(await brokenNames(page))
    ])
    assert.deepEqual(found, [])
    await app.finish(handle)
  })
}

// Round 57's fresh tester at plain 320 px and at font ×2 (standard 32 / fixed 26) in 大字模式: quotations longer than
// sixteen characters broke inside their words on 如何防范 ("《中国人民银行 公安 / 部…惩 / 戒的通知》"), 冒充公检法 ("“…配合调 /
// 查…”", "“…已落 / 网…”"), 已被骗怎么办 ("「…专用号 / 码…可 / 能…」", "“国家反诈中心”APP上 / 线」") and 先问家人 ("“直到给家人
// 讲述之 / 后…”").
for (const setting of [
  { name: 'plain 320×568', big: false },
  { name: '320×568 at font ×2 (32 / 26) in 大字模式', big: true }
])
  test(`${setting.name}: a long quotation breaks between its words, never inside one`, async () => {
    const handle = await app.visit({ width: 320, height: 568 })
    const { page } = handle
    if (setting.big) {
      await setDefaultFontSize(page, 32, 26)
      await switchOnLargeText(page, app.url)
    }
    const routes = [
      ['prevention', '/pages/prevention/index', '断卡行动'],
      ['impersonating-officials', '/pages/category/index?id=impersonating-officials', '诈骗团伙已落网'],
      ['help', '/pages/help/index', '避免上当受骗'],
      ['family', '/pages/family/index', '才恍然大悟上当受骗了']
    ]
    const found = await faultsOnPages(page, routes, (shown) => brokenNames(shown))
    assert.deepEqual(found, [])
    await app.finish(handle)
  })

/**
 * The highlighted words of the search results shown that a line break cuts, as "安全 / 账户": a highlight drawn on more
 * than one line.
 */
function brokenHighlights(page) {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('.fs-search__mark'))
      .filter((mark) => mark.getClientRects().length > 0)
      .filter((mark) => new Set(Array.from(mark.getClientRects(), (r) => Math.round(r.top))).size > 1)
      .map((mark) => mark.textContent)
  )
}

/** The brochure's section names a search result's title ends with, cut across its lines, as "name: line / line". */
async function cutSectionNames(page) {
  const cut = []
  for (const lines of await linesOf(page, '.fs-search__result-title')) {
    const text = lines.join('')
    let at = 0
    const ends = lines.slice(0, -1).map((line) => (at += line.length))
    for (const name of ['诈骗方式', '诈骗案例', '反诈提示']) {
      const from = text.indexOf(name)
      if (from >= 0 && ends.some((end) => end > from && end < from + name.length))
        cut.push(`${name}: ${lines.join(' / ')}`)
    }
  }
  return cut
}

for (const setting of [
  { name: 'font ×2, 大字模式', fontPx: 32, largeText: true },
  { name: 'plain 16 px', fontPx: 16, largeText: false }
]) {
  test(`搜索 at 320×568, ${setting.name}: no result breaks a highlighted word, a number or a title's word across lines`, async () => {
    // Round 56's trial: "接到961 / 10", "“9611 / 0”来电", "“安全 / 账户”", "…机关诈 / 骗 · 反 / 诈提示", "假冒客服退款诈 / 骗",
    // and at plain 16 px "…诈骗 · 诈骗 / 方式".
    const handle = await app.visit({ width: 320, height: 568 })
    const { page } = handle
    await setDefaultFontSize(page, setting.fontPx)
    if (setting.largeText) await switchOnLargeText(page, app.url)
    await openRoute(page, app.url, '/pages/search/index', '不知道搜什么')
    const found = []
    for (const query of [
      '96110',
      '安全账户',
      '转账',
      '冒充',
      '诈骗方式',
      '退款',
      '杀猪盘',
      '验证码',
      '冒充领导'
    ]) {
      await page.locator('.taro_page:visible .fs-search__input input').fill(query)
      await waitForText(page, '找到')
      for (const mark of await brokenHighlights(page)) found.push(`${query}: highlight ${mark}`)
      for (const broken of await brokenWords(page, '.fs-search__result-title'))
        found.push(`${query}: ${broken}`)
      for (const cut of await cutSectionNames(page)) found.push(`${query}: ${cut}`)
      for (const split of await splitNumbers(page)) found.push(`${query}: ${split}`)
    }
    assert.deepEqual(found, [])
    await app.finish(handle)
  })
}

test('搜索 at 320×568, plain size: when nothing is found, the ways out are full-size tap targets', async () => {
  // Round 56's fresh tester: 已经被骗了？看看该怎么办 was a line of text 27 px tall after a search that found nothing.
  const handle = await app.visit({ width: 320, height: 568 })
  const { page } = handle
  await openRoute(page, app.url, '/pages/search/index', '不知道搜什么')
  await page.locator('.taro_page:visible .fs-search__input input').fill('qzxwv啊啊')
  await waitForText(page, '已经被骗了')
  const heights = await page
    .locator('.taro_page:visible .fs-search__help')
    .evaluateAll((links) => links.map((link) => link.getBoundingClientRect().height))
  assert.ok(heights.length >= 2, `only ${heights.length} ways out shown`)
  for (const height of heights) assert.ok(height >= 44, `a way out ${height.toFixed(1)} px tall`)
  await app.finish(handle)
})
