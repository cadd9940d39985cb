import { create } from 'zustand'
import { mayStartNavigation, WAIT_GIVE_UP_MS, WAIT_NOTICE_AFTER_MS } from '@/domain/navigationWait'

/**
 * The navigation under way, if any (see domain/navigationWait): when it started, and whether its wait notice shows.
 * Never saved. PageShell shows the notice on the page that was tapped and ends the wait when the new page mounts.
 */
export const useNavigationWait = create<{ since: number | null; noticeShown: boolean; failed: boolean }>(
  () => ({
    since: null,
    noticeShown: false,
    failed: false
  })
)

/** How long the page that was tapped says the new page did not open (ms); the next tap on a link clears it sooner. */
export const FAILED_NOTICE_MS = 8000

let timers: ReturnType<typeof setTimeout>[] = []
/** The route of the page a navigation left, and of the page whose navigation failed (see pageShown). */
let leftPage: string | null = null
let failedOnPage: string | null = null

/**
 * Starts waiting for a new page, unless a navigation is already under way: returns false then, and the caller must
 * not navigate (the second tap of a double tap, or an impatient tap while the notice shows). The notice shows after
 * WAIT_NOTICE_AFTER_MS and the wait is given up after WAIT_GIVE_UP_MS.
 */
export function startNavigationWait(fromPage: string | null = null): boolean {
  const now = Date.now()
  if (!mayStartNavigation(useNavigationWait.getState().since, now)) return false
  endNavigationWait()
  leftPage = fromPage
  useNavigationWait.setState({ since: now })
  timers = [
    setTimeout(() => useNavigationWait.setState({ noticeShown: true }), WAIT_NOTICE_AFTER_MS),
    setTimeout(failNavigationWait, WAIT_GIVE_UP_MS)
  ]
  return true
}

/**
 * The new page could not be loaded (the browser offline before its script came, or no page after WAIT_GIVE_UP_MS):
 * the wait ends and the page that was tapped says so for FAILED_NOTICE_MS, instead of going quiet (trial 12).
 * Returns whether a navigation was under way (false: nothing was waiting, and nothing is shown).
 */
export function failNavigationWait(): boolean {
  if (useNavigationWait.getState().since === null) return false
  endNavigationWait()
  failedOnPage = leftPage
  useNavigationWait.setState({ failed: true })
  timers = [setTimeout(() => useNavigationWait.setState({ failed: false }), FAILED_NOTICE_MS)]
  return true
}

/**
 * A page is on screen (mounted or shown again; `page` its route, without query): a wait under way is over, and so is
 * a failed notice, unless this is the page it was shown on. A page that came after its wait was given up, or the page
 * the back button shows, clears it: it is not that page's notice.
 */
export function pageShown(page: string | null): void {
  const { since, failed } = useNavigationWait.getState()
  if (since !== null || (failed && (failedOnPage === null || page !== failedOnPage))) endNavigationWait()
}

/** The new page is on screen, or the navigation failed and the person stays where they were: the wait is over. */
export function endNavigationWait(): void {
  timers.forEach(clearTimeout)
  timers = []
  const { since, failed } = useNavigationWait.getState()
  if (since !== null || failed) useNavigationWait.setState({ since: null, noticeShown: false, failed: false })
}
