// Round 28's mini-program probe, kept: screens that change under the finger hold the second tap of a double tap (two
// taps 250 ms apart on the same spot: the second lands on whatever is now there, see atSamePlace), and a family
// number the phone refuses to read once is still offered.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { launch, MiniProgram } from './support/miniprogram.mjs'
import { controls, doubleTap, getControl, renderedNodes, tap, visibleText } from './support/tree.mjs'

const PAUSE = 'pages/family/pause/index'
const SEARCH = 'pages/learn/search/index'
const CONTACT_KEY = 'fs-trusted-contact'

const pauseStep = (mp) =>
  visibleText(mp.page).match(/第 (\d)\/5 题/)?.[1] ?? visibleText(mp.page).slice(0, 30)

test('转账前冷静一下: a double tap on 跳过 or 不是 answers no question the person has not seen', async () => {
  const mp = await launch({ path: PAUSE })
  try {
    const second = await doubleTap(
      mp,
      controls(mp.page).find((c) => c.name.startsWith('跳过'))
    )
    assert.ok(second?.startsWith('是：'), `the second tap landed on ${second}`)
    assert.equal(pauseStep(mp), '1')
    await mp.wait(1000)
    await doubleTap(
      mp,
      controls(mp.page).find((c) => c.name.startsWith('不是：'))
    )
    assert.equal(pauseStep(mp), '2')
    assert.deepEqual(mp.errors, [])
  } finally {
    mp.close()
  }
})

test('搜索: a double tap on an example word opens nothing and keeps its results', async () => {
  for (const word of ['验证码', '安全账户']) {
    const mp = await launch({ path: SEARCH })
    try {
      const second = await doubleTap(mp, getControl(mp.page, 'button', `搜索：${word}`))
      assert.ok(second, `nothing under the finger after ${word}`)
      assert.equal(mp.page.route, SEARCH)
      assert.deepEqual(
        mp.log.filter((e) => /navigate|redirect/.test(e.api)),
        [],
        `${word}: the second tap, on ${second}, navigated`
      )
      assert.match(visibleText(mp.page), /找到 \d+ 条/)
    } finally {
      mp.close()
    }
  }
})

test('a family number the phone refuses to read once is still offered on home', async () => {
  const saved = JSON.stringify({ v: 1, relation: '儿子', name: '', dial: '13812345678' })
  const mp = new MiniProgram({ storage: { [CONTACT_KEY]: saved } })
  let refusals = 1
  const read = mp.wx.getStorageSync
  mp.wx.getStorageSync = (key) => {
    if (key === CONTACT_KEY && refusals-- > 0) throw new Error('getStorageSync:fail')
    return read(key)
  }
  await mp.start()
  try {
    assert.ok(
      controls(mp.page).some((c) => c.name.startsWith('先打给')),
      visibleText(mp.page).slice(0, 120)
    )
    assert.equal(mp.storage.get(CONTACT_KEY), saved)
  } finally {
    mp.close()
  }
})

// Round 42's new-user trial (in the browser): the second tap of a slow double tap on a not-found page's 回到首页,
// 0.5–1.6 s later, dialled home's 110 or turned 大字模式 off. Here on WeChat's own event path (every tap of this tier
// lands on the same spot): the second tap does nothing on home; a tap after the burst does what it says.
test('a slow double tap on a not-found page’s 回到首页 neither dials nor flips 大字模式 on home', async () => {
  for (const [second, gap] of [
    ['拨打 110', 700],
    ['大字模式', 1500]
  ]) {
    const mp = await launch({ path: 'pages/not-found/index' })
    try {
      await tap(mp, getControl(mp.page, 'button', '回到首页'))
      assert.equal(mp.page.route, 'pages/index/index')
      const control = () => controls(mp.page).find((c) => c.name.startsWith(second))
      const largeText = () => control().attrs.ariaChecked
      const before = second === '大字模式' ? largeText() : null
      await tap(mp, control(), { pause: gap })
      assert.deepEqual(
        mp.log.filter((e) => e.api === 'makePhoneCall'),
        [],
        `${second} ${gap} ms later dialled`
      )
      if (before !== null) assert.equal(largeText(), before, `大字模式 flipped ${gap} ms later`)
      // A deliberate tap once the burst is over acts.
      await tap(mp, control())
      if (before !== null) assert.notEqual(largeText(), before)
      else assert.equal(mp.log.filter((e) => e.api === 'makePhoneCall').length, 1)
      assert.deepEqual(mp.errors, [])
    } finally {
      mp.close()
    }
  }
})

// Round 53: the page that never came says 没打开，连上网再点一次 at the top, as a control a tap closes. Closed, it stays
// where it was, unseen and no control, for a moment (the rest of a double tap lands on it, not on what it covered:
// WeChat's renderer sends a tap to the topmost node), then goes; a deliberate tap on 拨打 110 then dials at once.
test('没打开 closes at a tap, leaves a shield for a moment, and 拨打 110 dials at the next tap', async () => {
  const mp = new MiniProgram({})
  // A subpackage that never arrives: WeChat neither opens the page nor answers.
  mp.wx.navigateTo = (opts = {}) => mp.log.push({ api: 'navigateTo', url: opts.url, hung: true })
  await mp.start()
  try {
    const link = controls(mp.page).find((c) => c.name.startsWith('已被骗怎么办'))
    assert.ok(link, 'home links to 已被骗怎么办')
    await tap(mp, link)
    await mp.wait(10_000)
    const notice = getControl(mp.page, 'button', '没打开，连上网再点一次。点这里关闭')
    assert.match(visibleText(mp.page), /没打开，连上网再点一次/)
    await tap(mp, notice)
    assert.equal(
      controls(mp.page).filter((c) => c.name.includes('没打开')).length,
      0,
      'no control left to close'
    )
    const shield = () =>
      renderedNodes(mp.page).filter((n) => /fs-page__opening-text--closed/.test(n.attrs.class ?? ''))
    assert.equal(shield().length, 1, 'the shield stands where the notice was')
    await mp.wait(600)
    assert.equal(shield().length, 0, 'and goes after a moment')
    const call = controls(mp.page).find((c) => c.name.startsWith('拨打 110'))
    await tap(mp, call, { pause: 700 })
    assert.equal(mp.log.filter((e) => e.api === 'makePhoneCall').length, 1)
    assert.deepEqual(mp.errors, [])
  } finally {
    mp.close()
  }
})
