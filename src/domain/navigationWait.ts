/**
 * Opening another page can take a second or more on a slow phone (the browser loads the page's script; the
 * mini-program may still be downloading a subpackage). Meanwhile the page that was tapped says 正在打开，请稍等…,
 * and a second tap does not open the page again.
 */

/** How long a navigation may take before the wait notice shows (ms): fast phones open the page sooner, so never see it. */
export const WAIT_NOTICE_AFTER_MS = 300

/**
 * When a navigation that has not shown its page is given up (ms): the notice goes and taps open pages again, so a
 * navigation that failed without saying so never leaves the notice on screen or the links dead.
 */
export const WAIT_GIVE_UP_MS = 10_000

/**
 * True when a navigation may start at `now` (ms): none is under way, or the one that started at `underWaySince`
 * has been given up (a clock set back counts as given up too, so it can never hold navigations for hours).
 */
export function mayStartNavigation(underWaySince: number | null, now: number): boolean {
  if (underWaySince === null) return true
  const waited = now - underWaySince
  return waited < 0 || waited >= WAIT_GIVE_UP_MS
}
