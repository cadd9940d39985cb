import { create } from 'zustand'
import { mayStartNavigation, WAIT_GIVE_UP_MS, WAIT_NOTICE_AFTER_MS } from '@/domain/navigationWait'

/**
 * The navigation under way, if any (see domain/navigationWait): when it started, and whether its wait notice shows.
 * Never saved. PageShell shows the notice on the page that was tapped and ends the wait when the new page mounts.
 */
export const useNavigationWait = create<{
  since: number | null
  noticeShown: boolean
  failed: boolean
  /** The page being opened, in words ("风险自测", a category's name), or '' when not known: the failure names it. */
  target: string
}>(() => ({
  since: null,
  noticeShown: false,
  failed: false,
  target: ''
}))

let timers: ReturnType<typeof setTimeout>[] = []

/**
 * Starts waiting for a new page, unless a navigation is already under way: returns false then, and the caller must
 * not navigate (the second tap of a double tap, or an impatient tap while the notice shows). The notice shows after
 * WAIT_NOTICE_AFTER_MS and the wait is given up after WAIT_GIVE_UP_MS.
 */
export function startNavigationWait(target = ''): boolean {
  const now = Date.now()
  if (!mayStartNavigation(useNavigationWait.getState().since, now)) return false
  endNavigationWait()
  useNavigationWait.setState({ since: now, target })
  timers = [
    setTimeout(() => useNavigationWait.setState({ noticeShown: true }), WAIT_NOTICE_AFTER_MS),
    setTimeout(failNavigationWait, WAIT_GIVE_UP_MS)
  ]
  return true
}

/**
 * The new page could not be loaded (the browser offline before its script came, or no page after WAIT_GIVE_UP_MS):
 * the wait ends and the page that was tapped says so, instead of going quiet (trial 12), until a tap on the notice or
 * on the next link (endNavigationWait). It never leaves by itself: when it left after 8 s, a tap meant to close it
 * dialled the call button under it (round 52's second fresh tester).
 * Returns whether a navigation was under way (false: nothing was waiting, and nothing is shown).
 */
export function failNavigationWait(): boolean {
  const { since, target } = useNavigationWait.getState()
  if (since === null) return false
  endNavigationWait()
  useNavigationWait.setState({ failed: true, target })
  return true
}

/**
 * A page could not be loaded: the navigation under way fails (failNavigationWait), or, when none was (an address typed,
 * set or followed in the browser's open tab), the page on screen says so all the same, until a tap on the notice or on
 * the next link (round 60's tester: offline, location.hash set to 风险自测's route left home on screen with that address
 * and no word). `target`: that page in words, for a failure with no navigation under way. Returns whether a navigation
 * was under way.
 */
export function failPageLoad(target: string): boolean {
  const waiting = failNavigationWait()
  if (!waiting) useNavigationWait.setState({ failed: true, target })
  return waiting
}

/** The new page is on screen, or the navigation failed and the person stays where they were: the wait is over. */
export function endNavigationWait(): void {
  timers.forEach(clearTimeout)
  timers = []
  const { since, failed } = useNavigationWait.getState()
  if (since !== null || failed)
    useNavigationWait.setState({ since: null, noticeShown: false, failed: false, target: '' })
}

/**
 * The page's content changed under a 没打开 notice (the quiz's next question) or the page went: the notice, about a link
 * no longer on the screen, goes (round 61's tester: it stayed up on the next question). A navigation under way is left alone.
 */
export function dismissFailedOpen(): void {
  if (useNavigationWait.getState().since === null) useNavigationWait.setState({ failed: false })
}
