/**
 * Double taps (two taps ~250 ms apart, common with older hands) must not reach a control that appeared under
 * the finger after the first tap: a question that was not read yet, a 回到首页 link that moved up.
 *
 * A tap guard opens a short quiet period whenever the screen changes; taps inside it are ignored. 500 ms is the
 * usual double-click time of desktop systems (Windows' default), comfortably above a 250 ms double tap, and
 * far below the time anyone needs to read a new question before answering it.
 */
export const SETTLE_MS = 500

/**
 * The quiet moment when a new question appears (ms): its options come up under the finger that tapped 开始测试 or
 * 下一题, and a slow double tap (520–700 ms apart) answered a question nobody had read (a new user's trial, at 320 px
 * in 大字模式). A second is still far below the time anyone needs to read a question and its options. Not on a quiz
 * option after the person scrolled the page: a double tap has no swipe in it, and round 58's fresh tester, who tapped
 * 下一题, swiped 0.3 s later and tapped option B 0.3 s after that, was held with 没选上. A tap elsewhere with no scroll
 * between is still held: the trial timed a slow double tap, and did not measure how far from the first its second tap
 * lands (SAME_SPOT_PX was set for a call button), and without a scroll nothing shows that the person has read.
 */
export const QUESTION_SETTLE_MS = 1000

/**
 * The quiet moment after a tick box or a switch changes (ms), on that control only: a slow double tap 600–800 ms apart
 * on a tick box (家庭防骗约定, 风险自测's 还可以勾选) unticked what its first tap ticked (round 48's new-user trial, at
 * 320 px in 大字模式). A second, as for a new question; the next box ticked right after is heard, and so is a tap on
 * the same box after a second.
 */
export const TOGGLE_SETTLE_MS = 1000

/**
 * The quiet moment when 风险自测's result appears (ms): each 检查 scrolls the verdict, with 拨打 96110 and 拨打 110, up
 * under the finger that tapped, and a slow double tap 500–900 ms apart dialled 110 or 96110 (round 37's new-user
 * trial, at 320 px, in 大字模式 and at font ×2). A second and a half is still far less than anyone takes to read the
 * verdict before calling; a deliberate call right after is heard.
 */
export const RESULT_SETTLE_MS = 1500

/**
 * The longest a tap can wait for a busy phone before it is handled (ms), and so how long before a screen change a
 * tap may have happened and still be held back: it happened on the old screen, so it is not meant for what is there
 * now. Beyond this, a tap "before" the change means a clock that was set back, not a late tap. Ten seconds is far
 * beyond any drawing of this app, even on an old phone.
 */
export const LATE_TAP_MS = 10_000

/**
 * How long a burst of taps may keep the quiet moment going (ms after the tap that acted or the screen change). A
 * shaky triple tap 300 ms apart is one burst: its third tap came after the first tap's quiet moment and dialled
 * 96110 a second time (a new user's trial). Five taps 400 ms apart end at 1.6 s, and at a 1.5 s cap the fifth
 * dialled again (the next trial), so the cap leaves room for them. A person who keeps tapping is heard again after
 * this at the latest.
 */
export const MAX_BURST_MS = 2000

/**
 * How long a steady burst of taps on one spot that landed on a new screen is held back (ms after the tap that acted):
 * each held tap keeps it going for MAX_BURST_MS more, up to this. Three taps 1.8 s apart end at 3.6 s: round 43's
 * new-user trial tapped 回到首页 three times 1.0–1.8 s apart, and the third tap, just past the first's 2 s, dialled 110
 * in 7 of 7 runs and turned 大字模式 off in 6 of 6. A tap after it, or after a pause of MAX_BURST_MS, is heard.
 */
export const LANDED_BURST_MS = 4000

/**
 * How long after the tap that acted a tap on its spot, on another control that the screen change brought there, is
 * still that tap's burst when the control only moves on (下一题, 查看结果: nothing dialled, switched or ticked), with no
 * chaining by further taps (ms). Round 42's trial: the second tap of a slow double tap on a low quiz option came 0.5–1.6
 * s later on the 下一题 that the answer brought under the finger, and skipped its explanation; round 44's, 1.0–1.8 s
 * apart on 冷静一下's 不是, answered the next question unseen. Round 56's trial: with LANDED_BURST_MS and its chaining, a
 * reader tapping 下一题 steadily once a second was ignored at +1, +2 and +3 s; now the tap at +2 s moves on. A call or
 * a switch keeps LANDED_BURST_MS (round 43's steady triple tap on 回到首页 dialled 110).
 */
export const LANDED_TAP_MS = 1900

/**
 * How long after the tap that brought a question up a tap on its spot, on one of the question's options, is still that
 * tap's burst and answers nothing (ms). Round 56's fresh tester tapped 下一题 three times 2 s apart: the second tap, past
 * the question's quiet second and LANDED_TAP_MS, answered whatever option had come under the finger, unread. 3 s takes
 * in a tap 2 s later with room for an unsteady hand. Only once per question (isAnswerBurstTap): the held tap says, next
 * to the option, what to do (没选上：看完题目，再点一次), and the person's next tap is answered. Not after a scroll, and
 * only on that spot: a finger that moved to another option is answered once the question's quiet second is over.
 */
export const ANSWER_LANDED_MS = 3000

/**
 * How soon after a held tap on an option another tap on the same spot is still the same quick burst (a shaky triple
 * tap, 250–400 ms apart; a slow double tap, 520–700 ms), held with it (ms). Nobody sees the words a held tap puts up,
 * reads them and taps again this fast; the first tap later than this is the person's answer (round 57's fresh tester:
 * a reader who tapped again 2.1 s after 看完题目再选 was held again, and again 1.7 s later, with the same words).
 */
export const ANSWER_HELD_AGAIN_MS = 800

/**
 * The longest a quick burst that brought a question up holds back its options (ms after the tap that acted): a person
 * who keeps tapping the spot faster than ANSWER_HELD_AGAIN_MS is heard from then on.
 */
export const ANSWER_BURST_MS = 2 * ANSWER_LANDED_MS

/**
 * How long after the app moved the page itself (a new question or a verdict brought into view, a held tap's words
 * shown whole) or the screen changed (a shorter page pulls the scroll back) a scroll of the page is still that doing,
 * not the person's (ms). Half a second is many frames even on a busy old phone; a scroll after it is the person's, also
 * one no finger or wheel made (a scroll bar, the keyboard): round 58's fresh tester brought option B into view 1 s after
 * 开始测试, at font ×2 in 大字模式 it sat where 开始测试 had been, and the tap on it 1.5 s after 开始测试 was held.
 */
export const OWN_SCROLL_MS = 500

/** True when a scroll of the page at `at` (ms) is the app's own: within OWN_SCROLL_MS of `movedAt`, when it moved it. */
export function isOwnScroll(at: number, movedAt: number): boolean {
  return at - movedAt <= OWN_SCROLL_MS
}

/** A point on the screen, px from the viewport's top left. */
export interface ScreenPoint {
  x: number
  y: number
}

/** A tap: when it happened (ms) and where (null: a key press, or a click that says nowhere). */
export interface Tap {
  at: number
  point: ScreenPoint | null
}

/** What isAnswerBurstTap weighs, for the question on the screen. */
export interface AnswerTaps {
  /** The tap that last acted: the one that brought the question up (开始测试, 下一题). */
  acted: Tap
  /** The last tap on the question's options held back since then (and said why), or null. */
  held: Tap | null
  /**
   * Whether the person scrolled the page since that tap was handled. By the order the phone handled them, not by their
   * times: a tap handled late carries its own earlier time, and a scroll just before it would seem to come after it.
   */
  scrolled: boolean
}

/**
 * True when a tap on an option of a question is the rest of the burst of the tap that brought the question up, and so
 * answers nothing. The guard is for the second tap of a double tap landing on an option nobody has read, not for a
 * reader, so never when the person scrolled the page since that tap (a double tap has no swipe in it; round 57's fresh
 * tester scrolled, read and tapped 2.1 s after 开始测试 and was held); once a tap on the question was held, only a tap
 * on its spot within ANSWER_HELD_AGAIN_MS of it, the same quick burst, up to ANSWER_BURST_MS (nobody is held twice for
 * one question: the next tap after the words is answered); else a tap on the spot of the tap that brought the question
 * up, within ANSWER_LANDED_MS of it.
 */
export function isAnswerBurstTap(taps: AnswerTaps, tap: Tap): boolean {
  const { acted, held } = taps
  if (tap.point === null || taps.scrolled) return false
  if (held)
    return (
      held.point !== null &&
      isSameSpot(tap.point, held.point) &&
      tap.at - held.at < ANSWER_HELD_AGAIN_MS &&
      tap.at - acted.at <= ANSWER_BURST_MS
    )
  return acted.point !== null && isSameSpot(tap.point, acted.point) && tap.at - acted.at <= ANSWER_LANDED_MS
}

/**
 * The quiet moment after a call is asked for (ms): the call confirmation or the dialler is coming, so a tap within
 * it is the same wish to call. At SETTLE_MS, taps 500 ms apart, a steady pace for a worried person, dialled every
 * time (a new user's trial); a second call a second later is never meant.
 */
export const DIAL_QUIET_MS = 1000

/** How long a burst of taps may hold back the next call (ms), as MAX_BURST_MS does for other taps. */
export const DIAL_BURST_MS = 3000

/**
 * How long a call button says 再点一次就能拨打 after a tap on it was held back (ms): long enough to read five
 * characters and tap again.
 */
export const HELD_TAP_HINT_MS = 2500

/**
 * True when a tap at `at` (ms) on a call button answers the 再点一次就能拨打 its held tap at `heldAt` (ms) put up:
 * it comes a double tap's moment (SETTLE_MS) or more after that tap, while the words are still shown. Such a tap
 * dials even inside the result's quiet moment: a person who read "tap again" and tapped again 0.6 s later was held
 * back a second time (round 38's new-user trial). A double tap's second tap, or a shaky burst, still is not.
 */
/**
 * How far (px) a tap may be from the tap that acted and still be the same finger's burst: a slow triple tap on 检查 at
 * 600 ms put its second and third taps on the 拨打 96110 the result brought under the finger, and the third answered the
 * second's 再点一次就能拨打 and dialled (round 39's new-user trial). A finger that moved to the call button is no burst.
 */
export const SAME_SPOT_PX = 24

/** True when two points (px) are within SAME_SPOT_PX of each other. */
export function isSameSpot(a: ScreenPoint, b: ScreenPoint): boolean {
  return Math.hypot(a.x - b.x, a.y - b.y) <= SAME_SPOT_PX
}

export function answersHeldTap(heldAt: number, at: number): boolean {
  const since = at - heldAt
  return since >= SETTLE_MS && since <= HELD_TAP_HINT_MS
}

export interface TapGuard {
  /** The screen changed at `at` (ms): ignore taps until it has settled, for `quiet` ms (the guard's own by default). */
  settle(at: number, quiet?: number): void
  /**
   * True when a tap that happened at `at` (ms, the time of the touch, not of its handling) is meant for what is
   * on the screen; an accepted tap settles the screen too.
   */
  accept(at: number): boolean
  /**
   * A tap at `at` (ms) that another guard held back: it keeps this guard's quiet moment going, as a burst's next tap
   * does, but opens none. A tap held back because the screen had just changed is no call, so it must not hold back
   * the calls after it (round 38's new-user trial: taps on 96110 600 ms apart from 0.8 s after the result dialled only
   * at 3.8 s). True when it came inside this guard's quiet moment.
   */
  hold(at: number): boolean
}

export function createTapGuard(quietMs: number = SETTLE_MS, maxBurstMs: number = MAX_BURST_MS): TapGuard {
  let quietUntil = -Infinity
  // The latest an ignored tap may stretch the quiet moment to.
  let burstEnd = -Infinity
  // Inside the quiet moment, or before the change that opened it (a tap handled late), the tap is held back and
  // keeps the moment going: the next tap of the same burst is held back too, up to the burst's end. A clock set back
  // (quietUntil far ahead of `at`) must not hold taps back for hours.
  const holdBack = (at: number): boolean => {
    if (at >= quietUntil || quietUntil - at > quietMs + LATE_TAP_MS) return false
    quietUntil = Math.max(quietUntil, Math.min(at + quietMs, burstEnd))
    return true
  }
  return {
    settle(at, quiet = quietMs) {
      quietUntil = Math.max(quietUntil, at + quiet)
      burstEnd = Math.max(burstEnd, at + Math.max(maxBurstMs, quiet))
    },
    accept(at) {
      if (holdBack(at)) return false
      quietUntil = at + quietMs
      burstEnd = at + maxBurstMs
      return true
    },
    hold: holdBack
  }
}
