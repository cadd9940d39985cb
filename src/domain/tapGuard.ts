/**
 * Double taps (two taps ~250 ms apart, common with older hands) must not reach a control that appeared under
 * the finger after the first tap: a question that was not read yet, a 回到首页 link that moved up.
 *
 * A tap guard opens a short quiet period whenever the screen changes; taps inside it are ignored. 500 ms is the
 * usual double-click time of desktop systems (Windows' default), comfortably above a 250 ms double tap, and
 * far below the time anyone needs to read a new question before answering it.
 */
export const SETTLE_MS = 500

export interface TapGuard {
  /** The screen just changed at `now` (ms): ignore taps until it has settled. */
  settle(now: number): void
  /** True when a tap at `now` (ms) is meant for what is on the screen; an accepted tap settles the screen too. */
  accept(now: number): boolean
}

export function createTapGuard(quietMs: number = SETTLE_MS): TapGuard {
  let quietUntil = -Infinity
  return {
    settle(now) {
      quietUntil = Math.max(quietUntil, now + quietMs)
    },
    accept(now) {
      // Inside the quiet moment. A clock set back (quietUntil far ahead of now) must not hold taps back for
      // hours: only a wait no longer than the quiet moment itself counts.
      if (now < quietUntil && quietUntil - now <= quietMs) return false
      quietUntil = now + quietMs
      return true
    }
  }
}
