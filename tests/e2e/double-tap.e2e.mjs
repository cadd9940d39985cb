// Real double taps (two mouse clicks 250 ms apart at the same spot, as older hands do) on the quiz controls
// (issue #12 §3): only the answers the person meant are recorded, and the quiz is never left by accident.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import {
  openRoute,
  screenshot,
  setDefaultFontSize,
  switchOnLargeText,
  visiblePageText,
  waitForQuestionReading,
  waitForReading,
  waitForSettle,
  waitForText
} from './support/browser.mjs'
import { startBrowserApp } from './support/harness.mjs'
import bank from '../../src/data/quiz-questions.json' with { type: 'json' }

const app = startBrowserApp()
const KEY = 'fraud-shield'
/** Longer than the quiet moment after a screen change (src/domain/tapGuard): a person's next deliberate tap. */
const PAUSE_MS = 700

/** Two clicks 250 ms apart at the centre of the control: the second lands on whatever is there by then. */
async function doubleTap(page, name) {
  const control = page.getByRole('button', { name, exact: true }).last()
  await control.scrollIntoViewIfNeeded()
  const box = await control.boundingBox()
  const x = box.x + box.width / 2
  const y = box.y + box.height / 2
  await page.mouse.click(x, y)
  await page.waitForTimeout(250)
  await page.mouse.click(x, y)
  await page.waitForTimeout(PAUSE_MS)
}

/** The saved round: how many answers are recorded. */
async function savedAnswers(page) {
  const state = await page.evaluate(
    (key) => JSON.parse(JSON.parse(localStorage.getItem(key)).data).state,
    KEY
  )
  return state.activeRound ? state.activeRound.answers.length : null
}

async function savedResults(page) {
  return page.evaluate(
    (key) => JSON.parse(JSON.parse(localStorage.getItem(key)).data).state.results.length,
    KEY
  )
}

/** Answers the question on screen right, with one deliberate tap. */
async function answerRight(page) {
  const prompt = await page.locator('.fs-question__prompt').last().innerText()
  const question = bank.find((q) => q.prompt === prompt)
  const text = question.options[question.answer]
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  // A person reads the question first: an option may be where the tap that brought it landed (a tap's burst).
  await waitForQuestionReading(page)
  await page
    .getByRole('button', { name: new RegExp(`^选项[A-D]：${escaped}$`) })
    .last()
    .click()
  await waitForText(page, '答对了')
  // A person reads the verdict: 下一题 may be where the option was.
  await waitForReading(page)
}

test('double taps on 开始测试, 下一题, 查看结果 and 再测一次 record only the answers the person chose', async () => {
  const handle = await app.visit()
  const { page } = handle
  await openRoute(page, app.url, '/pages/quiz/index', '开始测试')

  await doubleTap(page, '开始测试')
  await waitForText(page, '第 1/10 题')
  assert.equal(await savedAnswers(page), 0, '开始测试 ×2 answered question 1')
  const shown = await visiblePageText(page)
  assert.ok(!shown.includes('答对了') && !shown.includes('答错了'), 'a verdict shows that nobody chose')

  for (let i = 0; i < 10; i++) {
    await waitForText(page, `第 ${i + 1}/10 题`)
    await answerRight(page)
    assert.equal(await savedAnswers(page), i + 1)
    if (i < 9) {
      await doubleTap(page, '下一题')
      // The second tap may land on an option of the new question: held, it says 看完题目再选 in the progress line's
      // place for HELD_TAP_HINT_MS (2.5 s), and then the number is back (CI223 read the line while the note stood).
      await waitForText(page, `第 ${i + 2}/10 题`, 5000).catch(() => {})
      const text = await visiblePageText(page)
      assert.ok(text.includes(`第 ${i + 2}/10 题`), `下一题 ×2 left question ${i + 1}: ${text.slice(0, 400)}`)
      assert.equal(await savedAnswers(page), i + 1, `下一题 ×2 answered question ${i + 2}`)
    }
  }
  await doubleTap(page, '查看结果')
  await waitForText(page, '您的得分')
  assert.ok((await visiblePageText(page)).includes('100'), 'the result page shows the score')
  assert.equal(await savedResults(page), 1)
  assert.equal(await savedAnswers(page), null, '查看结果 ×2 started a new round')

  // A person reads the score first: 再测一次 may be where 查看结果 was.
  await waitForReading(page)
  await doubleTap(page, '再测一次')
  await waitForText(page, '第 1/10 题')
  assert.equal(await savedAnswers(page), 0, '再测一次 ×2 answered question 1')
  await app.finish(handle)
})

/** 320×568 with font ×2 (CDP standard 32 / fixed 26) and 大字模式, and plain 320 px: where round 57's tester tapped. */
const SMALL_PHONES = [
  { name: '320×568, font ×2, 大字模式', big: true },
  { name: 'plain 320×568', big: false }
]

/**
 * A fresh 320×568 page in `setting`. 大字模式 is switched on by a key (Space), not a tap: a tap on the switch may be on
 * the spot 开始测试 takes when the quiz is opened by address, and the guard takes a tap there within its burst as the
 * rest of the tap on the switch. Then the quiet moment after it, as a person takes.
 */
async function smallPhone(setting) {
  const handle = await app.visit({ width: 320, height: 568 })
  const { page } = handle
  if (setting.big) {
    await setDefaultFontSize(page, 32, 26)
    await openRoute(page, app.url, '/pages/index/index', '大字模式')
    const largeText = page.getByRole('switch', { name: '大字模式' })
    await largeText.focus()
    await largeText.press(' ')
    await page.waitForFunction(
      () => document.querySelector('[role="switch"]')?.getAttribute('aria-checked') === 'true'
    )
    await waitForSettle(page)
  }
  return handle
}

/** The centre of a control, where a finger taps it. */
async function centre(control) {
  await control.scrollIntoViewIfNeeded()
  const box = await control.boundingBox()
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 }
}

/** The spoken name of the quiz option under `point`, or null. */
function optionAt(page, point) {
  return page.evaluate(
    ({ x, y }) =>
      document.elementFromPoint(x, y)?.closest('.fs-question__option')?.getAttribute('aria-label') ?? null,
    point
  )
}

/** Waits until `ms` after `since` (Date.now()), as a person's tap at that moment. */
async function until(page, since, ms) {
  await page.waitForTimeout(Math.max(0, ms - (Date.now() - since)))
}

/** Answers question 1 right and puts the finger on 下一题: its spot. */
async function firstAnsweredNextSpot(page) {
  await openRoute(page, app.url, '/pages/quiz/index', '开始测试')
  await page.getByRole('button', { name: '开始测试' }).click()
  await waitForText(page, '第 1/10 题')
  await answerRight(page)
  return centre(page.getByRole('button', { name: '下一题', exact: true }).last())
}

const HELD_WORDS = '没选上：看完题目，再点一次'

for (const setting of SMALL_PHONES) {
  // Round 56's fresh tester: three taps on 下一题 2 s apart; the second answered whichever option of question 2 had come
  // under the finger, unread. Round 57's: held at 1.6 s with 看完题目再选 at the top of the screen, 490 px above the
  // finger, and held again at 3.7 s and 5.4 s with the same words.
  // Where an option comes under the finger on 下一题 (font ×2, 大字模式), the tester's tap at 1.6 s, held as the rest of
  // that tap; where none does (plain 320 px: the new question's options end above it), a tap on option A 0.6 s after
  // the question appeared, held by the question's quiet second. Either way: said on that option, then answered.
  test(`${setting.name}: a tap held on a new question's option says so on that option; the next tap answers`, async () => {
    const handle = await smallPhone(setting)
    const { page } = handle
    const next = await firstAnsweredNextSpot(page)
    await page.mouse.click(next.x, next.y)
    const shown = Date.now()
    await waitForText(page, '第 2/10 题')
    const landed = await optionAt(page, next)
    const spot = landed ? next : await centre(page.locator('.fs-question__option:visible').first())
    const tapped = landed ?? (await optionAt(page, spot))
    await until(page, shown, landed ? 1600 : 600)
    await page.mouse.click(spot.x, spot.y)
    const words = page.locator('.fs-question__held:visible')
    await words.waitFor()
    assert.equal(await savedAnswers(page), 1, 'the held tap answered question 2 unread')
    assert.ok(!/答对了|答错了/.test(await visiblePageText(page)))
    assert.equal((await words.innerText()).replace(/\s/g, ''), HELD_WORDS)
    // On the option tapped, still under the finger, whole on the screen, near the finger; the progress line keeps its
    // number; a screen reader hears the words.
    await page.waitForTimeout(300)
    const option = page.locator('.fs-question__option', { has: words })
    assert.equal(await option.getAttribute('aria-label'), tapped)
    assert.equal(await optionAt(page, spot), tapped, 'the option moved from under the finger')
    const box = await words.boundingBox()
    assert.ok(box.y >= 0 && box.y + box.height <= 568, `the words are off the screen: ${JSON.stringify(box)}`)
    assert.ok(
      spot.y - box.y < 200 && box.y - spot.y < 60,
      `the words are ${spot.y - box.y} px above the finger`
    )
    assert.ok((await visiblePageText(page)).includes('第 2/10 题'))
    const said = await page.locator('[role="status"]').allInnerTexts()
    assert.ok(
      said.some((text) => text.includes(HELD_WORDS)),
      `not announced: ${JSON.stringify(said)}`
    )
    await screenshot(page, `quiz-held-beside-finger-${setting.big ? 'big' : 'plain'}`)
    // The person read the words and taps again, on the same spot: answered, and the words go.
    await until(page, shown, landed ? 3700 : 2700)
    await page.mouse.click(spot.x, spot.y)
    await page.waitForFunction(() => /答对了|答错了/.test(document.body.innerText))
    assert.equal(await savedAnswers(page), 2)
    assert.ok(!(await visiblePageText(page)).includes('没选上'))
    await app.finish(handle)
  })

  test(`${setting.name}: three taps on 下一题 2 s apart: the second answers nothing and says why, the third is the person's answer`, async () => {
    const handle = await smallPhone(setting)
    const { page } = handle
    const spot = await firstAnsweredNextSpot(page)
    const start = Date.now()
    await page.mouse.click(spot.x, spot.y)
    await waitForText(page, '第 2/10 题')
    const under = await optionAt(page, spot)
    await until(page, start, 2000)
    await page.mouse.click(spot.x, spot.y)
    await page.waitForTimeout(400)
    assert.equal(await savedAnswers(page), 1, 'the second tap answered question 2 unread')
    if (under) assert.equal(await page.locator('.fs-question__held:visible').count(), 1)
    await until(page, start, 4000)
    await page.mouse.click(spot.x, spot.y)
    await page.waitForTimeout(400)
    assert.equal(await savedAnswers(page), under ? 2 : 1)
    await app.finish(handle)
  })

  // Round 57's fresh tester: 开始测试, a scroll down 0.8 s later (the options are below the first screen at font ×2), and
  // at 2.1 s a tap on the option now where 开始测试 was: held as if it were the rest of the tap on 开始测试. At plain
  // 320 px the options are on the first screen below 开始测试's spot, and no scroll brings one there.
  for (const how of setting.big ? ['wheel', 'swipe'] : [])
    test(`${setting.name}: a person who scrolls (${how}) after 开始测试 and taps where it was is answered`, async () => {
      const handle = await smallPhone(setting)
      const { page } = handle
      await openRoute(page, app.url, '/pages/quiz/index', '开始测试')
      const spot = await centre(page.getByRole('button', { name: '开始测试' }))
      await page.mouse.click(spot.x, spot.y)
      const start = Date.now()
      await waitForText(page, '第 1/10 题')
      await until(page, start, 800)
      // The scroll the tester made: down until the options are where the finger was (at font ×2 they are below the
      // first screen).
      const first = await page.locator('.fs-question__option:visible').first().boundingBox()
      const by = Math.round(first.y + first.height / 2 - spot.y)
      assert.ok(by > 0, 'the options are on the first screen: no scroll needed to reach them')
      if (how === 'wheel') {
        await page.mouse.move(160, 300)
        await page.mouse.wheel(0, by)
      } else {
        await swipeUp(page, 160, 500, 500 - by)
        // A swipe scrolls by more or less than its length: once the page is still, it is put with an option under the
        // finger (a scroll by script, which tells the guard nothing).
        await page.waitForFunction(
          () =>
            new Promise((resolve) => {
              const before = window.scrollY
              setTimeout(() => resolve(window.scrollY === before), 200)
            })
        )
        await page.evaluate((y) => {
          const options = Array.from(document.querySelectorAll('.fs-question__option'))
          const shown = options.find((option) => option.getClientRects().length > 0)
          const box = shown.getBoundingClientRect()
          window.scrollBy(0, box.top + box.height / 2 - y)
        }, spot.y)
      }
      await page.waitForTimeout(300)
      const under = await optionAt(page, spot)
      assert.ok(under, 'no option under the finger after the scroll: the case does not arise here')
      await until(page, start, 2100)
      await page.mouse.click(spot.x, spot.y)
      // Inside the burst that would hold it (ANSWER_LANDED_MS, 3 s): later, the case is not tested.
      assert.ok(Date.now() - start < 2900, `the tap came ${Date.now() - start} ms after 开始测试`)
      await page.waitForFunction(() => /答对了|答错了/.test(document.body.innerText), undefined, {
        timeout: 3000
      })
      assert.equal(await savedAnswers(page), 1)
      assert.equal(await page.locator('.fs-question__held:visible').count(), 0)
      await app.finish(handle)
    })
  // Round 58's fresh tester (M-1), with a finger: 下一题, a swipe (0.3 s later; here at once, so a busy machine still taps
  // inside the second), and 0.3 s after it a tap on option B, 280 px from where 下一题 was tapped (plain 320 px). Held by
  // the question's quiet second with 没选上：看完题目，再点一次, though a double tap has no swipe in it.
  test(`${setting.name}: a swipe after 下一题 and a tap 0.3 s later on an option far from it, inside the question's quiet second, is answered`, async () => {
    const handle = await smallPhone(setting)
    const { page } = handle
    const next = await firstAnsweredNextSpot(page)
    const finger = await touchScreen(page)
    await finger.tap(next)
    const start = Date.now()
    // The swipe comes on question 2, whose options are measured first: one of them, and the swipe's length, are chosen
    // so that the swipe brings that option onto the screen far from 下一题's spot. A fixed 250 px swipe, begun at once,
    // left now and then no option far from it on the screen (CI: "no option far from 下一题's spot"): question 2 is
    // drawn at random, its options at another height each time (the swipe needed here ranged over 137–488 px at font ×2
    // in 大字模式), and the swipe could begin before it was drawn.
    await waitForText(page, '第 2/10 题')
    const plan = await swipeToFarOption(page, next.y)
    await finger.swipe(160, plan.fromY, plan.by)
    const at = await settledOptionCentre(page, plan.option)
    await until(page, start, 600)
    assert.ok(
      Math.abs(at.y - next.y) > 100 && at.y >= 8 && at.y <= 560,
      `option ${plan.option + 1} is at ${at.y} px after a ${plan.by} px swipe, 下一题 was at ${next.y} px`
    )
    await finger.tap(at)
    // Inside the question's quiet second (QUESTION_SETTLE_MS): later, the case is not tested.
    assert.ok(Date.now() - start < 1000, `the tap came ${Date.now() - start} ms after 下一题`)
    await page.waitForFunction(() => /答对了|答错了/.test(document.body.innerText), undefined, {
      timeout: 3000
    })
    assert.equal(await savedAnswers(page), 2)
    assert.equal(await page.locator('.fs-question__held:visible').count(), 0)
    await app.finish(handle)
  })

  // Round 58's fresh tester (M-2): 开始测试, 1.5 s of reading, option B brought into view by a scroll the app does not see
  // as a finger's (a script, a scroll bar, the keyboard), and a tap on it: at font ×2 in 大字模式 option B then sat where
  // 开始测试 had been, and the tap was held as the rest of the tap on 开始测试. At plain 320 px no scroll brings it there.
  test(`${setting.name}: a tap 1.5 s after 开始测试 on option B scrolled into view is answered`, async () => {
    const handle = await smallPhone(setting)
    const { page } = handle
    await openRoute(page, app.url, '/pages/quiz/index', '开始测试')
    const spot = await centre(page.getByRole('button', { name: '开始测试' }))
    const finger = await touchScreen(page)
    await finger.tap(spot)
    const start = Date.now()
    await waitForText(page, '第 1/10 题')
    await until(page, start, 1000)
    await page.evaluate((y) => {
      const options = Array.from(document.querySelectorAll('.fs-question__option'))
      const option = options.filter((shown) => shown.getClientRects().length > 0)[1]
      const box = option.getBoundingClientRect()
      let scroller = option.parentElement
      while (scroller && scroller.scrollHeight <= scroller.clientHeight + 1) scroller = scroller.parentElement
      ;(scroller ?? document.scrollingElement).scrollBy(0, box.top + box.height / 2 - y)
    }, spot.y)
    await page.waitForTimeout(100)
    const option = await centre(page.locator('.fs-question__option:visible').nth(1))
    if (setting.big)
      assert.ok(Math.abs(option.y - spot.y) < 24, `option B is not where 开始测试 was: ${option.y}`)
    await until(page, start, 1500)
    await finger.tap(option)
    assert.ok(Date.now() - start < 2900, `the tap came ${Date.now() - start} ms after 开始测试`)
    await page.waitForFunction(() => /答对了|答错了/.test(document.body.innerText), undefined, {
      timeout: 3000
    })
    assert.equal(await savedAnswers(page), 1)
    assert.equal(await page.locator('.fs-question__held:visible').count(), 0)
    await app.finish(handle)
  })
}

/**
 * A finger on the touch screen (CDP touch events, as a phone sends them): `tap` at a point, `swipe` up by `by` px from
 * (x, fromY) in 8 moves 16 ms apart, as round 58's fresh tester swiped, and a moment's rest before the finger lifts.
 */
async function touchScreen(page) {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 })
  const touch = (type, points) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points })
  return {
    async tap({ x, y }) {
      await touch('touchStart', [{ x, y }])
      await page.waitForTimeout(30)
      await touch('touchEnd', [])
    },
    async swipe(x, fromY, by) {
      await touch('touchStart', [{ x, y: fromY }])
      for (let k = 1; k <= 8; k++) {
        await touch('touchMove', [{ x, y: fromY - (by * k) / 8 }])
        await page.waitForTimeout(16)
      }
      // The finger stops before it lifts: a page still flinging takes the next touch as a stop, not as a tap.
      await page.waitForTimeout(50)
      await touch('touchEnd', [])
    }
  }
}

/**
 * A swipe up that brings an option of the question on screen far from `awayFrom` (下一题's spot): the option's index,
 * the swipe's length (at least 100 px, as a person's swipe, though the page may scroll less or not at all) and where
 * the finger starts. Measured, not scrolled: the swipe does the scrolling.
 */
function swipeToFarOption(page, awayFrom) {
  return page.evaluate((nextY) => {
    const options = Array.from(document.querySelectorAll('.fs-question__option')).filter(
      (option) => option.getClientRects().length > 0
    )
    let scroller = options[0].parentElement
    while (scroller && scroller.scrollHeight <= scroller.clientHeight + 1) scroller = scroller.parentElement
    const scrolled = scroller ?? document.scrollingElement
    const room = Math.max(0, scrolled.scrollHeight - scrolled.clientHeight - scrolled.scrollTop)
    const height = window.innerHeight
    // Far from 下一题's spot, in the middle of the other part of the screen, where a slightly short swipe still leaves it.
    const target =
      nextY > height / 2 ? Math.max(80, (nextY - 150) / 2) : Math.min(height - 80, (nextY + 150 + height) / 2)
    const plans = options.map((option, index) => {
      const box = option.getBoundingClientRect()
      const middle = box.top + box.height / 2
      // The finger moves at least 100 px; the page scrolls as far as it can, up to that.
      const by = Math.min(Math.max(100, middle - target), height - 80)
      return { option: index, by, after: middle - Math.min(room, by) }
    })
    const best = plans.sort((a, b) => Math.abs(a.after - target) - Math.abs(b.after - target))[0]
    return { ...best, fromY: Math.min(height - 20, best.by + 60) }
  }, awayFrom)
}

/** The centre of the question's `index`th option once the page has stopped moving (two frames alike). */
async function settledOptionCentre(page, index) {
  return page.evaluate(async (n) => {
    const option = Array.from(document.querySelectorAll('.fs-question__option')).filter(
      (shown) => shown.getClientRects().length > 0
    )[n]
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve))
    let last = null
    for (let k = 0; k < 30; k++) {
      await frame()
      const box = option.getBoundingClientRect()
      if (last !== null && box.top === last) break
      last = box.top
    }
    const box = option.getBoundingClientRect()
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 }
  }, index)
}

/** A finger swiping up from (x, fromY) to (x, toY) on the touch screen, as a person scrolls down a page. */
async function swipeUp(page, x, fromY, toY) {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 })
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y: fromY }] })
  for (let y = fromY - 30; y >= toY; y -= 30) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y }] })
  }
  // The finger rests before it lifts, as a reader's does: no fling scrolls on after it.
  await page.waitForTimeout(300)
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: toY }] })
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] })
  await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: false })
}

// The same guard on the other pages that start over or move on under the finger (a new user's trial, round 14).
test('double taps on 重新查一遍, 下一题 and 再演练一次 make no choice for the person on the next screen', async () => {
  const handle = await app.visit()
  const { page } = handle

  // 通话中速查, during a call: the fresh question must wait for the person.
  await openRoute(page, app.url, '/pages/family/on-call/index', '都不是')
  await page
    .getByRole('button', { name: /^是，对方/ })
    .first()
    .click()
  await waitForText(page, '重新查一遍')
  await page.waitForTimeout(PAUSE_MS)
  await doubleTap(page, '重新查一遍')
  await waitForText(page, '都不是')
  let shown = await visiblePageText(page)
  assert.ok(!shown.includes('重新查一遍'), '重新查一遍 ×2 answered the fresh question')

  // 帮家人把关: question 2 is not answered by the second tap on 下一题.
  await openRoute(page, app.url, '/pages/learn/helper/index', '第 1/')
  await page.locator('.fs-question__option').first().click()
  await waitForText(page, '下一题')
  await page.waitForTimeout(PAUSE_MS)
  await doubleTap(page, '下一题')
  await waitForText(page, '第 2/')
  assert.equal(await page.locator('.fs-question__feedback').count(), 0, '下一题 ×2 answered question 2')

  // 情景演练: play to the end, then 再演练一次 ×2 starts a fresh run with no choice made.
  await openRoute(page, app.url, '/pages/learn/scenario/index?id=impersonating-officials', '情景演练')
  for (let step = 0; step < 10; step++) {
    if ((await page.getByRole('button', { name: '再演练一次', exact: true }).count()) > 0) break
    await page
      .getByRole('button', { name: /^选择：/ })
      .first()
      .click()
    await page.waitForTimeout(PAUSE_MS)
  }
  await waitForText(page, '再演练一次')
  await doubleTap(page, '再演练一次')
  assert.equal(
    await page.locator('.fs-scenario__point--done').count(),
    0,
    '再演练一次 ×2 made the first choice'
  )
  shown = await visiblePageText(page)
  assert.ok(!shown.includes('再演练一次'), 'the fresh run ended at once')
  await app.finish(handle)
})

/** Taps at the centre of a control `times` times, `gapMs` apart: a shaky tap lands where the first one did. */
async function tapsAt(page, control, times, gapMs) {
  await control.scrollIntoViewIfNeeded()
  const box = await control.boundingBox()
  for (let i = 0; i < times; i++) {
    if (i > 0) await page.waitForTimeout(gapMs)
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2)
  }
  await page.waitForTimeout(PAUSE_MS)
}

test('a shaky triple tap on 保存 keeps the number just saved: no 删除 and no 确定删除 under the finger (360×640)', async () => {
  // A new user's trial: the second tap landed on 删除, the third on 确定删除, and the number was gone.
  const handle = await app.visit({ width: 360, height: 640 })
  const { page } = handle
  await openRoute(page, app.url, '/pages/family/index', '这个号码只存在这台手机上')
  await page.getByRole('textbox', { name: '电话号码' }).fill('13812345678')
  await tapsAt(page, page.getByRole('button', { name: '保存家人号码' }), 3, 250)
  const text = await visiblePageText(page)
  assert.ok(text.includes('已保存：先打给'), text.slice(0, 300))
  assert.ok(!text.includes('确定从这台手机上删除这个号码吗'), 'a delete dialog opened that nobody asked for')
  assert.ok(
    await page.evaluate(() =>
      Object.keys(localStorage).some((k) => localStorage.getItem(k).includes('13812345678'))
    )
  )
  await app.finish(handle)
})

test('a shaky triple tap on 拨打 96110, 300 ms apart, dials once', async () => {
  // A new user's trial: taps 300 ms apart dialled twice; the third came after the first tap's quiet moment.
  const handle = await app.visit({ width: 320, height: 568 })
  const { page, problems } = handle
  await openRoute(page, app.url, '/pages/index/index', '全国反诈热线')
  await tapsAt(page, page.getByRole('button', { name: /^拨打 96110/ }).first(), 3, 300)
  assert.deepEqual(problems.telNavigations, ['tel:96110'])
  await app.finish(handle)
})

test('a slow double or triple tap on a not-found page’s 回到首页 neither dials nor turns 大字模式 off on home (320×568, font ×2)', async () => {
  // Round 42's new-user trial: the second tap, 0.5–1.6 s later, landed on home's 拨打 110 (24 of 28) or its 大字模式.
  // And a steady triple tap (round 43's trial: the third tap, 1.1–1.8 s after the second, dialled in 7 of 7).
  for (const [times, gap] of [
    [2, 600],
    [2, 1000],
    [3, 1500]
  ]) {
    const handle = await app.visit({ width: 320, height: 568 })
    const { page, problems } = handle
    await setDefaultFontSize(page, 32)
    await switchOnLargeText(page, app.url)
    await openRoute(page, app.url, '/pages/category/index?id=nope', '回到首页')
    await tapsAt(page, page.getByRole('button', { name: '回到首页' }), times, gap)
    await waitForText(page, '全国反诈热线')
    await page.waitForTimeout(1500)
    assert.deepEqual(problems.telNavigations, [], `${gap} ms`)
    const largeText = await page.getByRole('switch', { name: '大字模式' }).getAttribute('aria-checked')
    assert.equal(largeText, 'true', `${gap} ms`)
    await app.finish(handle)
  }
})
