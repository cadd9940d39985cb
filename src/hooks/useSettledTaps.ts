import { createContext, useContext, useLayoutEffect, useRef } from 'react'
import { createTapGuard, DIAL_BURST_MS, DIAL_QUIET_MS } from '@/domain/tapGuard'
import { tapDelayMs } from '@/services/system'

/**
 * One tap guard for the whole app (see domain/tapGuard): the tap that opens a page counts too, so the second
 * tap of a double tap on 查看结果 or 再测一次 is held back on the page it opened.
 */
const appTapGuard = createTapGuard()

/** Calls asked for (96110, 110, the family number) share one guard of their own: see DIAL_QUIET_MS. */
const dialGuard = createTapGuard(DIAL_QUIET_MS, DIAL_BURST_MS)

/** True when a call asked for now should go ahead; false within DIAL_QUIET_MS of the last one (each ask counts). */
export function dialAllowed(): boolean {
  return dialGuard.accept(Date.now())
}

/** True inside a page that holds back double taps; PageShell provides it when the page passes a `settleKey`. */
export const HoldDoubleTapsContext = createContext(false)

/**
 * Decides whether a tap (or key press) of an ActionButton acts, given its event. Every tap is recorded; on a page
 * that holds back double taps, a tap within the quiet moment after the previous tap or a screen change is ignored,
 * and so is one that happened before the change but was handled after it (judged by the event's own time).
 * `alwaysHolds`: the control holds back double taps on any page (see ActionButton's holdsDoubleTaps).
 */
export function useTapFilter(alwaysHolds = false): (event?: unknown) => boolean {
  const holds = useContext(HoldDoubleTapsContext) || alwaysHolds
  return (event) => appTapGuard.accept(Date.now() - tapDelayMs(event)) || !holds
}

/**
 * Holds back taps for a moment whenever `screenKey` changes after the first render (a new question, the
 * answer shown, the round finished), also when no tap caused the change. Returns whether the page holds back
 * double taps: true when `screenKey` is given.
 */
export function useSettledScreen(screenKey: string | undefined): boolean {
  const shown = useRef(screenKey)
  // A layout effect runs in the same task as the commit that drew the new screen, so no tap can come between the
  // drawing and the quiet moment (a passive effect may run after a tap queued behind a slow render).
  useLayoutEffect(() => {
    if (screenKey === undefined || shown.current === screenKey) return
    shown.current = screenKey
    appTapGuard.settle(Date.now())
  }, [screenKey])
  return screenKey !== undefined
}
