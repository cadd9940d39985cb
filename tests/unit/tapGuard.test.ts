import {
  ANSWER_BURST_MS,
  ANSWER_HELD_AGAIN_MS,
  ANSWER_LANDED_MS,
  answersHeldTap,
  createTapGuard,
  HELD_TAP_HINT_MS,
  isAnswerBurstTap,
  isOwnScroll,
  isSameSpot,
  LATE_TAP_MS,
  OWN_SCROLL_MS,
  SAME_SPOT_PX,
  SETTLE_MS
} from '../../src/domain/tapGuard'

describe('the tap guard', () => {
  test('a tap 250 ms after the screen changed is ignored; one after the quiet moment is accepted', () => {
    const guard = createTapGuard()
    guard.settle(1000)
    expect(guard.accept(1250)).toBe(false)
    expect(guard.accept(1250 + SETTLE_MS)).toBe(true)
  })

  test('an accepted tap opens a quiet moment of its own: the second tap of a double tap is ignored', () => {
    const guard = createTapGuard()
    expect(guard.accept(0)).toBe(true)
    expect(guard.accept(250)).toBe(false)
    expect(guard.accept(250 + SETTLE_MS)).toBe(true)
  })

  test('a tap another guard held back keeps a quiet moment going but opens none', () => {
    const guard = createTapGuard(1000, 3000)
    // No call yet: a held tap leaves the next one free.
    guard.hold(800)
    expect(guard.accept(1400)).toBe(true)
    // After a call, a held tap is the same burst: the tap after it waits too.
    guard.hold(1800)
    expect(guard.accept(2600)).toBe(false)
    expect(guard.accept(4500)).toBe(true)
  })

  test('a later settle never shortens the wait', () => {
    const guard = createTapGuard(500)
    guard.settle(0)
    guard.settle(100)
    expect(guard.accept(550)).toBe(false)
    expect(guard.accept(550 + 500)).toBe(true)
  })

  test('a shaky triple tap, 300 ms apart, acts once: each ignored tap holds back the next one of its burst', () => {
    const guard = createTapGuard(500, 1500)
    expect([0, 300, 600].map((at) => guard.accept(at))).toEqual([true, false, false])
    // Taps 600 ms apart are separate taps.
    expect(guard.accept(1200)).toBe(true)
  })

  test('a person who keeps tapping is heard again when the burst ends', () => {
    const guard = createTapGuard(500, 1500)
    expect(guard.accept(0)).toBe(true)
    expect([300, 600, 900, 1200, 1450].map((at) => guard.accept(at))).toEqual([
      false,
      false,
      false,
      false,
      false
    ])
    expect(guard.accept(1500)).toBe(true)
  })

  test('five taps 400 ms apart act once at the default cap (a trial dialled twice at 1.5 s)', () => {
    const guard = createTapGuard()
    expect([0, 400, 800, 1200, 1600].map((at) => guard.accept(at))).toEqual([
      true,
      false,
      false,
      false,
      false
    ])
    expect(guard.accept(1600 + 500)).toBe(true)
  })
})

describe('a tap a busy phone handles late is judged by when it happened', () => {
  test('the second tap of a double tap, handled after the slow drawing of the next screen, is ignored', () => {
    const guard = createTapGuard(500)
    expect(guard.accept(0)).toBe(true) // 检查
    guard.settle(1200) // the result took 1.2 s to draw; the second tap (at 250 ms) is handled only now
    expect(guard.accept(250)).toBe(false)
    expect(guard.accept(1200 + 500)).toBe(true)
  })

  test('even when the next screen took four seconds to draw', () => {
    const guard = createTapGuard(500)
    expect(guard.accept(0)).toBe(true)
    guard.settle(4000)
    expect(guard.accept(250)).toBe(false)
  })

  test('a tap that came just before the screen changed by itself was meant for the old screen', () => {
    const guard = createTapGuard(500)
    guard.settle(5000)
    expect(guard.accept(5000 - LATE_TAP_MS)).toBe(false)
    expect(guard.accept(5600)).toBe(true)
  })
})

test('a clock set back by a day does not hold taps back', () => {
  const guard = createTapGuard(500)
  const day = 24 * 60 * 60 * 1000
  guard.settle(10 * day)
  expect(guard.accept(10 * day + 100)).toBe(false)
  expect(guard.accept(9 * day)).toBe(true)
})

describe('a tap again after 再点一次就能拨打', () => {
  test("answers it from a double tap's moment after the held tap until the words go", () => {
    expect(answersHeldTap(800, 800 + 250)).toBe(false)
    expect(answersHeldTap(800, 800 + SETTLE_MS)).toBe(true)
    expect(answersHeldTap(800, 1400)).toBe(true)
    expect(answersHeldTap(800, 800 + HELD_TAP_HINT_MS)).toBe(true)
    expect(answersHeldTap(800, 800 + HELD_TAP_HINT_MS + 1)).toBe(false)
  })

  test('a clock set back answers nothing', () => {
    expect(answersHeldTap(10_000, 2000)).toBe(false)
  })
})

test("a tap within a finger's width of another is on the same spot", () => {
  expect(isSameSpot({ x: 100, y: 500 }, { x: 110, y: 515 })).toBe(true)
  expect(isSameSpot({ x: 100, y: 500 }, { x: 100, y: 500 + SAME_SPOT_PX + 1 })).toBe(false)
})

describe('a tap on an option of the question a tap just brought up', () => {
  const spot = { x: 160, y: 530 }
  const near = { x: 163, y: 526 }
  /** 下一题 tapped at 10 s on `spot`; nothing held yet, no scroll. */
  const afterNext = { acted: { at: 10_000, point: spot }, held: null, scrolled: false }

  test("on that tap's spot within ANSWER_LANDED_MS is the rest of its burst; later or elsewhere it answers", () => {
    expect(isAnswerBurstTap(afterNext, { at: 10_250, point: near })).toBe(true)
    expect(isAnswerBurstTap(afterNext, { at: 12_000, point: near })).toBe(true)
    expect(isAnswerBurstTap(afterNext, { at: 10_000 + ANSWER_LANDED_MS + 1, point: near })).toBe(false)
    expect(isAnswerBurstTap(afterNext, { at: 11_200, point: { x: 160, y: 330 } })).toBe(false)
  })

  test('a key press is no finger on a spot', () => {
    expect(isAnswerBurstTap(afterNext, { at: 10_250, point: null })).toBe(false)
  })

  // Round 57's fresh tester: 开始测试, a scroll 0.8 s later, a tap 2.1 s later where 开始测试 was: held as a double tap.
  test('after the person scrolled the page, it is a reader’s tap, not the rest of a burst', () => {
    expect(isAnswerBurstTap({ ...afterNext, scrolled: true }, { at: 12_100, point: spot })).toBe(false)
    expect(isAnswerBurstTap(afterNext, { at: 12_100, point: spot })).toBe(true)
  })

  // Round 57's fresh tester: held at 1.6 s with 看完题目再选, held again at 3.7 s and at 5.4 s, with the same words.
  test('once a tap was held, the next one is answered unless it is the same quick burst on the same spot', () => {
    const held = { ...afterNext, held: { at: 11_600, point: spot } }
    expect(isAnswerBurstTap(held, { at: 13_700, point: spot })).toBe(false)
    expect(isAnswerBurstTap(held, { at: 11_600 + ANSWER_HELD_AGAIN_MS, point: near })).toBe(false)
    // A shaky triple tap: its third tap comes 250–700 ms after its second.
    expect(isAnswerBurstTap(held, { at: 11_850, point: near })).toBe(true)
    expect(isAnswerBurstTap(held, { at: 11_600 + ANSWER_HELD_AGAIN_MS - 1, point: near })).toBe(true)
    expect(isAnswerBurstTap(held, { at: 11_850, point: { x: 160, y: 330 } })).toBe(false)
  })

  test('a person who keeps tapping quickly is answered once the burst is as long as it may be', () => {
    const held = { ...afterNext, held: { at: 10_000 + ANSWER_BURST_MS - 300, point: spot } }
    expect(isAnswerBurstTap(held, { at: 10_000 + ANSWER_BURST_MS, point: spot })).toBe(true)
    expect(isAnswerBurstTap(held, { at: 10_000 + ANSWER_BURST_MS + 1, point: spot })).toBe(false)
  })
})

describe('isOwnScroll', () => {
  // The app moves the page as a question appears and for a held tap's words; the scroll event comes a frame or a few
  // later. Round 58's fresh tester scrolled option B into view 1 s after 开始测试: the person's.
  test('a scroll within OWN_SCROLL_MS of the app moving the page is its own; later, the person’s', () => {
    expect(isOwnScroll(10_000, 10_000)).toBe(true)
    expect(isOwnScroll(10_000 + OWN_SCROLL_MS, 10_000)).toBe(true)
    expect(isOwnScroll(10_000 + OWN_SCROLL_MS + 1, 10_000)).toBe(false)
    expect(isOwnScroll(11_000, 10_000)).toBe(false)
    expect(isOwnScroll(11_000, -Infinity)).toBe(false)
  })
})
