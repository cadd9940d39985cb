import { createContext, useContext, useLayoutEffect, useRef, useState } from 'react'
import {
  answersHeldTap,
  createTapGuard,
  DIAL_BURST_MS,
  DIAL_QUIET_MS,
  isAnswerBurstTap,
  isOwnScroll,
  isSameSpot,
  LANDED_BURST_MS,
  LANDED_TAP_MS,
  MAX_BURST_MS,
  type ScreenPoint,
  type Tap,
  TOGGLE_SETTLE_MS
} from '@/domain/tapGuard'
import { ownScrollAt } from '@/services/scroll'
import { tapDelayMs, tapPoint, watchScrolling } from '@/services/system'

/**
 * One tap guard for the whole app (see domain/tapGuard): the tap that opens a page counts too, so the second
 * tap of a double tap on 查看结果 or 再测一次 is held back on the page it opened.
 */
const appTapGuard = createTapGuard()

/**
 * Taps on the buttons that make a call (96110, 110, the family number) also go to a guard of their own, every one of
 * them, also those the app's guard holds back: see DIAL_QUIET_MS.
 */
const dialGuard = createTapGuard(DIAL_QUIET_MS, DIAL_BURST_MS)

/**
 * The last tap that acted, on any control: when (ms), where (tapPoint) and on which control (`by`, the control's own
 * token), for telling a burst from a new tap.
 */
let lastActed: { at: number; point: { x: number; y: number } | null; by: object | null } = {
  at: -Infinity,
  point: null,
  by: null
}

/** Where the tap that last acted landed (px from the viewport's top left), or null (a key press, or none yet). */
export function lastTapPoint(): ScreenPoint | null {
  return lastActed.point
}

/** When the screen last changed (ms): a page shown, or a page's settleKey changed (see noteScreenChange). */
let screenChangedAt = -Infinity

/**
 * The screen changed at `at` (ms, now by default): a page was opened or shown again, or its content changed. A tap
 * after it where the tap that acted before it landed is that tap's burst (see useTapFilter).
 */
export function noteScreenChange(at: number = Date.now()): void {
  screenChangedAt = Math.max(screenChangedAt, at)
}

/** When the last tap held back as the rest of a burst that landed on a new screen came (ms; see inLandedBurst). */
let landedHeldAt = -Infinity

/**
 * True when a tap at `at` (ms) and `point` is the same finger's burst as the tap that last acted: on its spot
 * (isSameSpot), within `withinMs` of it (MAX_BURST_MS by default).
 */
function inActedBurst(at: number, point: { x: number; y: number } | null, withinMs = MAX_BURST_MS): boolean {
  return (
    point !== null &&
    lastActed.point !== null &&
    at - lastActed.at <= withinMs &&
    isSameSpot(point, lastActed.point)
  )
}

/**
 * True when a tap at `at` (ms) and `point` is the rest of the burst of the tap that last acted, landed on the screen
 * that tap changed: on its spot, up to LANDED_BURST_MS after it, and within MAX_BURST_MS of it or of the burst's last
 * tap held back (a steady triple tap).
 */
function inLandedBurst(at: number, point: { x: number; y: number } | null): boolean {
  return (
    inActedBurst(at, point, LANDED_BURST_MS) &&
    (at - lastActed.at <= MAX_BURST_MS || at - landedHeldAt <= MAX_BURST_MS)
  )
}

/**
 * The last tap on a question's options held back since the tap that last acted (see isAnswerBurstTap): the next tap
 * that is not the same quick burst answers.
 */
let answerHeld: Tap | null = null

/**
 * Whether the person scrolled the page since the tap that last acted was handled: a swipe (useScrollWatch) or, in the
 * browser, the mouse wheel or a scroll the app did not make (notePageScroll). Kept by order, not by time: round 58's
 * e2e run saw a scroll made just before a tap on a busy machine handled after that tap's own, earlier, time.
 */
let scrolledSinceActed = false

/**
 * The person scrolls the page now: a tap after it is no double tap's second tap, which has no swipe in it, but a
 * reader's (round 57's fresh tester: scrolled to the options, read, tapped, and was held as if it were the rest of the
 * tap on 开始测试).
 */
function notePersonScroll(): void {
  scrolledSinceActed = true
}

/**
 * Whether the person did something on the screen since the tap that last acted that no double tap has in it: typed into
 * a text field (noteTyping), or tapped, away from that tap's spot or by keyboard, a control whose second tap changes
 * nothing (a 称呼 chip, noteRepeatableTap). Kept by order, as scrolledSinceActed is.
 */
let engagedSinceActed = false

/**
 * The person types into a text field now (any field: 先问家人's, 搜索's, 风险自测's box; called by its onInput): the next
 * tap is a deliberate one on what the screen shows, never the rest of the tap that brought the field up. Round 60's
 * tester tapped 修改, filled the three fields, scrolled 保存 to where 修改 had been and tapped it 1.8 s after 修改: the tap
 * was held as the rest of a slow double tap on 修改 (LANDED_TAP_MS) and nothing was saved, without a word.
 */
export function noteTyping(): void {
  engagedSinceActed = true
}

/**
 * A control whose second tap changes nothing (ActionButton's `repeatable`) was tapped with `event`: it acts at once and
 * holds nothing back (see useTapFilter), and a tap on it away from the spot of the tap that last acted, or by keyboard,
 * is a deliberate choice on the new screen (as typing is, noteTyping). On that spot it may be the rest of a double tap.
 */
export function noteRepeatableTap(event?: unknown): void {
  const point = tapPoint(event)
  if (point === null || lastActed.point === null || !isSameSpot(point, lastActed.point))
    engagedSinceActed = true
}

/**
 * The page scrolled (in the browser): the person's doing (notePersonScroll) unless the app just moved it or the screen
 * just changed (isOwnScroll). It catches a scroll that no finger or wheel made: a scroll bar, the keyboard.
 */
function notePageScroll(): void {
  if (!isOwnScroll(Date.now(), Math.max(ownScrollAt(), screenChangedAt))) notePersonScroll()
}

/**
 * Handlers for a page's frame that tell a swipe from a tap: a finger that moved more than a finger's width
 * (SAME_SPOT_PX) since it came down scrolled the page (notePersonScroll). In the browser the mouse wheel counts too,
 * and any scroll of the page that the app did not make (notePageScroll).
 */
export function useScrollWatch(): {
  onTouchStart: (event: unknown) => void
  onTouchMove: (event: unknown) => void
} {
  const start = useRef<ScreenPoint | null>(null)
  useLayoutEffect(() => watchScrolling(notePersonScroll, notePageScroll), [])
  return {
    onTouchStart: (event) => {
      start.current = tapPoint(event)
    },
    onTouchMove: (event) => {
      const from = start.current
      const now = tapPoint(event)
      if (from === null || now === null || isSameSpot(from, now)) return
      start.current = null
      notePersonScroll()
    }
  }
}

/**
 * What a tap does: `acts`; `held`, held back because the screen had just changed or the tap came right after another
 * (a control may say so, see ActionButton's onHeld); `repeats`, the same wish as a tap just handled (a call just made,
 * or more taps on the spot of the tap that changed the screen), which says nothing.
 */
export type TapOutcome = 'acts' | 'held' | 'repeats'

/** True inside a page that holds back double taps; PageShell provides it when the page passes a `settleKey`. */
export const HoldDoubleTapsContext = createContext(false)

/**
 * Decides what a tap (or key press) of an ActionButton does (TapOutcome), given its event. Every tap is recorded; on
 * a page that holds back double taps, a tap within the quiet moment after the previous tap or a screen change is ignored,
 * and so is one that happened before the change but was handled after it (judged by the event's own time).
 * `alwaysHolds`: the control holds back double taps on any page (see ActionButton's holdsDoubleTaps); `dials`: it
 * makes a call, and its taps also go to the calls' guard; `toggles`: it ticks and unticks, and its taps also go to a
 * guard of its own (TOGGLE_SETTLE_MS), so the second tap of a double tap does not untick what the first ticked (trial 12:
 * 150–400 ms apart; round 48's trial: 600–800 ms) while the next box ticked right after is heard; `answersQuestion`: it
 * answers a question (a quiz option), so the rest of the burst that brought the question up answers nothing (ANSWER_LANDED_MS).
 */
export function useTapFilter(
  alwaysHolds = false,
  dials = false,
  toggles = false,
  answersQuestion = false
): (event?: unknown) => TapOutcome {
  const holds = useContext(HoldDoubleTapsContext) || alwaysHolds
  const [ownGuard] = useState(() => createTapGuard(TOGGLE_SETTLE_MS))
  // This control's token in lastActed.
  const [self] = useState(() => ({}))
  // When this call button last held a tap back and said so (ms): the next deliberate tap answers it.
  const heldAt = useRef<number | null>(null)
  return (event) => {
    const at = Date.now() - tapDelayMs(event)
    const point = tapPoint(event)
    const answers = dials && heldAt.current !== null && answersHeldTap(heldAt.current, at)
    // A person who scrolled since the tap that acted is reading: a tap on an option is answered inside the question's
    // quiet second too (QUESTION_SETTLE_MS; round 58's fresh tester).
    const reading = answersQuestion && scrolledSinceActed
    const appAllowed = appTapGuard.accept(at) || !holds || answers || reading
    const toggleAllowed = !toggles || ownGuard.accept(at)
    // The calls' guard hears every tap: an uneven triple tap (430 ms, then 620 ms) dialled twice while only the taps
    // the app's guard let through reached it (a new user's trial). One the app's guard held back keeps a burst after
    // a call going but is no call of its own.
    const acts = (): TapOutcome => {
      lastActed = { at, point, by: self }
      scrolledSinceActed = false
      engagedSinceActed = false
      landedHeldAt = -Infinity
      answerHeld = null
      return 'acts'
    }
    // A tap on an option that does not act is held for its question: the next one after it is answered unless it is
    // the same quick burst (isAnswerBurstTap).
    const heldBack = (outcome: TapOutcome): TapOutcome => {
      if (answersQuestion) answerHeld = { at, point }
      return outcome
    }
    // A slow double tap on 回到首页 (0.5–1.6 s) landed on home's 拨打 110 or its 大字模式 switch, and one on a low
    // quiz option on the 下一题 that the answer brought under the finger (round 42's new-user trial, at 320 px in
    // 大字模式): a tap on another control, on the spot of the tap that acted, after the screen that tap changed, is
    // the rest of that tap's burst and says nothing, on any page. A control tapped again on its own spot is heard.
    // On a control that only moves on, the burst is a slow double tap's at most (LANDED_TAP_MS, not kept going by
    // held taps): a deliberate tap a moment later is heard (round 56's trial: 下一题 ignored for 2–5 s). A call or a
    // switch holds the whole burst; an option holds a tap up to 3 s later, once per question (isAnswerBurstTap; round
    // 56's fresh tester: taps on 下一题 2 s apart answered the next question unread; round 57's: a reader told
    // 看完题目再选 was held three times). A person who scrolled since that tap is reading, on any control: a double tap
    // has no swipe in it (round 57's fresh tester). Nor has it typing, or a tap on a chip elsewhere: a person who did
    // either on the new screen is using it (round 60's tester: 保存 held 1.8 s after 修改, the form filled in between).
    const deliberate = scrolledSinceActed || engagedSinceActed
    const landed = answersQuestion
      ? isAnswerBurstTap({ acted: lastActed, held: answerHeld, scrolled: deliberate }, { at, point })
      : !deliberate && (dials || toggles ? inLandedBurst(at, point) : inActedBurst(at, point, LANDED_TAP_MS))
    if (lastActed.by !== self && screenChangedAt >= lastActed.at && landed) {
      landedHeldAt = at
      return heldBack('repeats')
    }
    if (!dials) return appAllowed && toggleAllowed ? acts() : heldBack('held')
    heldAt.current = null
    if (!appAllowed) {
      // A tap where the tap that changed the screen landed is the rest of that burst: it says nothing, and so
      // promises nothing the next tap of the burst could answer.
      if (dialGuard.hold(at) || inActedBurst(at, point)) return 'repeats'
      heldAt.current = at
      return 'held'
    }
    return dialGuard.accept(at) ? acts() : 'repeats'
  }
}

/**
 * Holds back taps for a moment whenever `screenKey` changes after the first render (a new question, the
 * answer shown, the round finished), also when no tap caused the change: `quietMs`, or the guard's own moment.
 * Returns whether the page holds back double taps: true when `screenKey` is given.
 */
export function useSettledScreen(screenKey: string | undefined, quietMs?: number): boolean {
  // A screen with its own quiet moment settles when it first appears too: the tap that opened the page (home's
  // 今天要复习) was on another screen, and its double lands on the options.
  const shown = useRef(quietMs === undefined ? screenKey : undefined)
  // A layout effect runs in the same task as the commit that drew the new screen, so no tap can come between the
  // drawing and the quiet moment (a passive effect may run after a tap queued behind a slow render).
  useLayoutEffect(() => {
    if (screenKey === undefined || shown.current === screenKey) return
    shown.current = screenKey
    appTapGuard.settle(Date.now(), quietMs)
    noteScreenChange()
  }, [screenKey, quietMs])
  return screenKey !== undefined
}
