import Taro from '@tarojs/taro'
import { openedFromShare, repairBrowserLink } from '@/domain/links'
import { SHARE_ORIGIN } from '@/domain/share'
import { findCategory } from '@/data'
import { movedRoute, pageAt, pagePath, passQuery, PAGES, type PageName } from '@/routes'
import { endNavigationWait, failPageLoad, startNavigationWait } from '@/store/navigationWait'

/** Every page's name; the pages are declared once, in src/route-table.json. */
export type { PageName }

/** The absolute path of a page with its query, from the route table. */
function pageUrl(page: PageName, query: Record<string, string | number> = {}): string {
  return pagePath(page, query)
}

/** A page in words, as the notice of a page that did not open names it: its title, a category by its name. */
function pageWords(page: PageName, query: Record<string, string | number> = {}): string {
  return (page === 'category' && findCategory(String(query.id))?.name) || PAGES[page].title
}

/** WeChat keeps at most 10 pages on the stack. */
const MAX_STACK = 10

/**
 * Opens a page. On a full stack it replaces the current page instead; any other failure leaves the person
 * where they are (a failed navigation must never become an unhandled error). Like replacePage and goHome, it does
 * nothing while another navigation is under way, and says 正在打开，请稍等… if the page is slow to come (see
 * store/navigationWait).
 */
export function openPage(page: PageName, query?: Record<string, string | number>): void {
  if (!beginNavigation(pageWords(page, query))) return
  const url = pageUrl(page, query)
  if (stackDepth() >= MAX_STACK) redirect(url)
  else {
    if (process.env.TARO_ENV === 'h5') addressBeforePush = window.location.href
    Taro.navigateTo({ url }).then(endWaitOnSuccess, endNavigationWait)
  }
}

/** Replaces the current page, e.g. previous/next category, so the back button does not walk every step. */
export function replacePage(page: PageName, query?: Record<string, string | number>): void {
  if (beginNavigation(pageWords(page, query))) redirect(pageUrl(page, query))
}

/**
 * Opens home as the only page on the stack; from a page opened directly (a forwarded card), on top of it, so the back
 * button returns to the card (round 42's new-user trial: ‹ 回到首页, then back, left the app and the card was gone).
 */
export function goHome(): void {
  if (!beginNavigation(PAGES.index.title)) return
  const url = pageUrl('index')
  const relaunch = () => Taro.reLaunch({ url }).then(endWaitOnSuccess, endNavigationWait)
  if (stackDepth() === 1) Taro.navigateTo({ url }).then(endWaitOnSuccess, relaunch)
  else relaunch()
}

/**
 * The browser's address before openPage pushed a page, while that page may still fail to load (see
 * watchPageLoadFailures); null when the last navigation was no push, or in the mini-program.
 */
let addressBeforePush: string | null = null

/** Starts a navigation's wait (false: one is under way, do nothing); no push of an earlier one is left to undo. */
function beginNavigation(target: string): boolean {
  if (!startNavigationWait(target)) return false
  addressBeforePush = null
  return true
}

/** Replaces the current page, or if that fails starts again from `url`; if both fail the person stays where they are. */
function redirect(url: string): void {
  Taro.redirectTo({ url }).then(endWaitOnSuccess, () =>
    Taro.reLaunch({ url }).then(endWaitOnSuccess, endNavigationWait)
  )
}

/**
 * WeChat reports a navigation's success once the new page is open, so the wait ends there as well as in the new
 * page's PageShell (a page that never mounts a PageShell, or a test that holds navigations, would otherwise hold
 * every tap until the wait is given up). The browser's router reports success when the address changes, before the
 * page's script has loaded: there only the new page ends the wait.
 */
function endWaitOnSuccess(): void {
  if (process.env.TARO_ENV !== 'h5') endNavigationWait()
}

function stackDepth(): number {
  try {
    return Taro.getCurrentPages().length
  } catch {
    return 0
  }
}

/**
 * The browser version loads a page's script when the page is first opened; offline, that load fails (webpack's
 * ChunkLoadError, "Loading chunk 745 failed", "Loading CSS chunk 203 failed") and no page comes. The wait then ends at
 * once with its notice instead of 正在打开 for ten seconds and silence (trial 12), and the history entry the router
 * had already pushed is taken back: left there, it named a page that never came, so once the page opened on a second
 * tap the back button showed it again before home (trial 12's fresh eyes), and each failed tap left home one more
 * Back to press (trial 14). The router must not hear that step back: it would mount the tapped page again, scrolled
 * to its top. So it is hidden from the router's listeners, which Taro adds after app.ts has added these. The failure
 * is handled here, so it is no uncaught error. The mini-program has its pages.
 *
 * An address changed in the open tab (typed, set by a script, a link with '#') to a page whose script cannot load says
 * the same (failPageLoad; round 60's tester saw home with 风险自测's address and no word). When that change was a step
 * forward the router did not make (its entries carry an index in history.state, the browser's own none), the step is
 * taken back too: the address names the page on screen again, and the same address typed once online opens the page
 * (typed again unchanged, it would be no change at all).
 */
export function watchPageLoadFailures(): void {
  if (process.env.TARO_ENV !== 'h5' || typeof window === 'undefined') return
  let undoing = false
  // The address the tab last stepped to from another, by a change of its hash that the router did not make.
  let steppedTo: string | null = null
  const hideFromRouter = (event: Event) => {
    if (event.type === 'hashchange' && !undoing) {
      const state: unknown = window.history.state
      const routers = typeof state === 'object' && state !== null && 'idx' in state
      steppedTo = routers ? null : window.location.href
    }
    if (!undoing) return
    event.stopImmediatePropagation()
    // hashchange comes after popstate: the step back is over.
    if (event.type === 'hashchange') undoing = false
  }
  const stepBack = () => {
    undoing = true
    // Never left on: a browser that sends no hashchange must not have the router deaf to the next Back.
    setTimeout(() => (undoing = false), UNDO_SETTLE_MS)
    window.history.back()
  }
  window.addEventListener('popstate', hideFromRouter)
  window.addEventListener('hashchange', hideFromRouter)
  window.addEventListener('unhandledrejection', (event: PromiseRejectionEvent) => {
    const reason: unknown = event.reason
    const text = reason instanceof Error ? `${reason.name} ${reason.message}` : String(reason)
    if (!/ChunkLoadError|Loading (CSS )?chunk/.test(text)) return
    event.preventDefault()
    const pushedFrom = addressBeforePush
    addressBeforePush = null
    const typed = steppedTo === window.location.href
    steppedTo = null
    // The page the address names, in words, for an address changed in the open tab.
    const [route, search = ''] = window.location.hash.slice(1).split('?')
    const page = pageAt(route)
    const id = /(?:^|&)id=([^&]*)/.exec(search)?.[1] ?? ''
    if (!failPageLoad(page ? pageWords(page, { id }) : '')) {
      if (typed) stepBack()
      return
    }
    if (pushedFrom !== null && window.location.href !== pushedFrom) stepBack()
  })
}

/** Long enough for the browser to report the step back (popstate, then hashchange), short of any next tap (ms). */
const UNDO_SETTLE_MS = 400

function ignore(): void {
  // Nothing to show: the person stays on the page they were reading.
}

/** True when this page was opened directly (from a share card or a link): there is nothing to go back to. */
export function isFirstPage(): boolean {
  return stackDepth() <= 1
}

export function setPageTitle(title: string): void {
  Taro.setNavigationBarTitle({ title }).catch(ignore)
}

/**
 * A link to a page that is not there: a page that moved (a share card forwarded before the move, e.g.
 * pages/quiz-result/index?…) or a path that names a page loosely (see movedRoute) opens that page with the same
 * query; anything else (an old version's card, a typo) opens the not-found page, with its way home, and with the
 * 防骗提醒 greeting when the link came from a forwarded card. The redirect runs synchronously inside the callback:
 * WeChat ignores one made later.
 */
export function redirectMissingPages(): void {
  if (typeof Taro.onPageNotFound !== 'function') return
  Taro.onPageNotFound((missing) => {
    const moved = movedRoute(typeof missing?.path === 'string' ? missing.path : '')
    const query: unknown = missing?.query
    const shared =
      typeof query === 'object' && query !== null && openedFromShare(query as Record<string, unknown>)
    redirect(
      moved ? `/${moved}${passQuery(query)}` : pageUrl('not-found', shared ? { from: SHARE_ORIGIN } : {})
    )
  })
}

/**
 * In the browser, repairs the address before the hash router reads it (see repairBrowserLink): a broken
 * percent-escape in the route would otherwise throw inside the router and leave a white page, and a '#'
 * encoded as %23 would open home instead of the page it names. Runs at start and whenever the address changes in an
 * open tab (a link edited in the address bar): on popstate, which comes before hashchange and before the router reads
 * the address (a listener in the capture phase runs first), and again on hashchange for browsers without popstate
 * on a hash edit.
 */
export function repairBrowserAddress(): void {
  if (process.env.TARO_ENV !== 'h5' || typeof window === 'undefined') return
  const repair = (event?: Event) => {
    try {
      const { pathname, search, hash } = window.location
      // A '#' set alone in an open tab (the address then has no hash) names home, as a fresh load of it does.
      const repaired = repairBrowserLink({ pathname, search, hash: event && hash === '' ? '#/' : hash })
      if (repaired !== null) window.history.replaceState(window.history.state, '', repaired)
    } catch {
      // An address the browser will not let us replace: the router shows what it can.
    }
  }
  repair()
  window.addEventListener('popstate', repair, true)
  window.addEventListener('hashchange', repair, true)
}
