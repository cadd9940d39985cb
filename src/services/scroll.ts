import Taro from '@tarojs/taro'
import { windowHeight } from './system'

/**
 * Brings the result of an action to where the person is looking: the element matching `selector` on the page
 * shown now. Nothing moves when it is already fully on screen. A block taller than the screen is aligned at its
 * top (its first line is what matters: "答错了，正确答案是 B"); a shorter one is scrolled just enough to be
 * whole, above `bottomInset` px kept clear for a bar fixed at the bottom (the quiz's 下一题). Never throws: a
 * missing element or API leaves the page as it is.
 */
export function revealElement(selector: string, bottomInset = 0): void {
  if (process.env.TARO_ENV === 'h5') {
    revealInBrowser(selector, bottomInset)
    return
  }
  try {
    // WeChat scrolls the page so the element's top is at the top of the screen.
    Taro.pageScrollTo({ selector, offsetTop: -16, duration: 200 }).catch(() => undefined)
  } catch {
    // An old base library without selector support: the result stays below, as before.
  }
}

/**
 * Scrolls the page just enough to show the whole element matching `selector` (a unique class), and nothing when it is
 * already on screen: for words that appear under a call button the person just tapped (再点一次就能拨打, 不能直接拨号),
 * which a jump to the top of the button would move from under the finger. In the mini-program it measures the element
 * and the page first (createSelectorQuery); a platform without it leaves the page as it is. Never throws.
 */
export function nudgeIntoView(selector: string): void {
  // An if/else, not an early return: the browser build drops the else branch, and with it the mini-program's
  // measuring calls that would otherwise bring Taro's browser API table into the first load (first-load e2e).
  if (process.env.TARO_ENV === 'h5') {
    revealInBrowser(selector, 0)
  } else {
    try {
      const query = Taro.createSelectorQuery()
      query.select(selector).boundingClientRect()
      query.selectViewport().scrollOffset()
      query.exec((res: unknown) => {
        const [rect, viewport] = (Array.isArray(res) ? res : []) as [
          { top?: number; bottom?: number } | null,
          { scrollTop?: number } | null
        ]
        const height = windowHeight()
        if (!rect || typeof rect.bottom !== 'number' || typeof rect.top !== 'number' || height <= 0) return
        const scrollTop = viewport?.scrollTop ?? 0
        const below = rect.bottom + 16 - height
        if (rect.top >= 0 && below <= 0) return
        const by = rect.top < 0 ? rect.top - 16 : below
        Taro.pageScrollTo({ scrollTop: Math.max(0, scrollTop + by), duration: 200 })?.catch(() => undefined)
      })
    } catch {
      // No selector query on this platform: the words stay where they are.
    }
  }
}

/** The height in px of the last shown element matching `selector`; 0 when there is none. */
export function elementHeight(selector: string): number {
  if (process.env.TARO_ENV !== 'h5' || typeof document === 'undefined') return 0
  return shownElement(selector)?.getBoundingClientRect().height ?? 0
}

/**
 * Where the last shown element matching `selector` is on the screen (px from the viewport's top), or null: none, or the
 * mini-program, which cannot measure at once.
 */
export function shownElementRect(selector: string): { top: number; bottom: number } | null {
  if (process.env.TARO_ENV !== 'h5' || typeof document === 'undefined') return null
  return shownElement(selector)?.getBoundingClientRect() ?? null
}

/** When the app last scrolled the page itself in the browser (ms): see ownScrollAt. */
let ownScrolledAt = -Infinity

/**
 * When the app last scrolled the page itself (ms; -Infinity when never): a scroll event right after it is the app's, not
 * the person's (tapGuard's isOwnScroll).
 */
export function ownScrollAt(): number {
  return ownScrolledAt
}

function revealInBrowser(selector: string, bottomInset: number) {
  if (typeof document === 'undefined') return
  const element = shownElement(selector)
  if (!element || typeof element.scrollIntoView !== 'function') return
  const rect = element.getBoundingClientRect()
  const visibleBottom = window.innerHeight - bottomInset
  if (rect.top >= 0 && rect.bottom <= visibleBottom) return
  const tall = rect.height > visibleBottom - 16
  element.style.scrollMarginTop = '16px'
  element.style.scrollMarginBottom = `${bottomInset + 16}px`
  ownScrolledAt = Date.now()
  element.scrollIntoView({ block: tall ? 'start' : 'nearest' })
}

/** Taro's browser router keeps earlier pages in the document, hidden: take the match on the page shown. */
function shownElement(selector: string): HTMLElement | null {
  const matches = Array.from(document.querySelectorAll<HTMLElement>(selector))
  return matches.reverse().find((el) => el.getClientRects().length > 0) ?? null
}

/**
 * Brings the top of the page into view, e.g. when a result replaces the questions: what changed is where the
 * person is looking. A platform without pageScrollTo, or one that refuses, leaves the page as it is.
 */
export function scrollToTop(): void {
  if (typeof Taro.pageScrollTo !== 'function') return
  ownScrolledAt = Date.now()
  try {
    Taro.pageScrollTo({ scrollTop: 0, duration: 0 })?.catch(() => undefined)
  } catch {
    // Nothing to do: the result is still on the page.
  }
}

/**
 * Moves keyboard focus to the shown element matching `selector` (one made focusable by a11y's focusTargetProps), so the
 * next Tab goes on from the result of an action, not from a control now locked or scrolled away (round 54's trial: after
 * an answer by keyboard, focus stayed on the chosen option 622 px above the screen; after 检查, on 检查). It does not
 * scroll: revealElement has placed the result already. Browser only: the mini-program has no keyboard focus, and its
 * screen reader hears the result through the live region. Never throws.
 */
export function focusElement(selector: string): void {
  if (process.env.TARO_ENV !== 'h5' || typeof document === 'undefined') return
  // Only the latest call acts: an earlier call's later check must not pull focus back to the result before this one.
  const call = ++focusCalls
  const focus = () => {
    if (call !== focusCalls) return
    const element = shownElement(selector)
    if (!element || typeof element.focus !== 'function') return
    try {
      element.focus({ preventScroll: true })
      // Only a result (focusTargetProps: focusable, no Tab stop): a text box is left as a person leaves it (a tap
      // beside it puts the phone's keyboard away), and a control keeps the browser's own ways.
      placedFocus = element.tabIndex < 0 ? element : null
    } catch {
      // An engine that refuses the options object: focus stays where it was.
    }
  }
  // Once what was just drawn is in place, and again a little later if focus fell back to the page's body: Taro's
  // components may still move a new element once drawn, which drops the focus it was given (seen under jsdom). Never
  // taken back from wherever the person has moved it meanwhile.
  setTimeout(focus, 0)
  for (const ms of REFOCUS_MS)
    setTimeout(() => {
      if (document.activeElement === null || document.activeElement === document.body) focus()
    }, ms)
  keepFocusThroughTextTaps()
}

/**
 * A tap on words that are no control (a verdict's sentence, a reason) drops the browser's focus to the page's body:
 * the rest of a triple tap on 检查, 300 ms to 2 s apart, landed on the result that 检查 brought up under the finger,
 * and focus left the verdict it had just been put on (round 56's fresh tester: document.activeElement was BODY). Such
 * a tap chose nothing, so focus goes back to the result focusElement put it on. Only to a result: a tap on a control
 * still takes focus, as usual; a tap beside a text box still leaves it (on a phone, that is how the keyboard is put
 * away); and the words stay selectable (focus is put back after the tap, not by cancelling it).
 * Installed once, on the first focusElement call.
 */
function keepFocusThroughTextTaps(): void {
  if (textTapsWatched) return
  textTapsWatched = true
  document.addEventListener(
    'mousedown',
    () => {
      const before = document.activeElement
      if (!(before instanceof HTMLElement) || before !== placedFocus) return
      setTimeout(() => {
        const now = document.activeElement
        if ((now !== null && now !== document.body) || !before.isConnected) return
        if (before.getClientRects().length === 0) return
        try {
          before.focus({ preventScroll: true })
        } catch {
          // An engine that refuses the options object: focus stays on the body.
        }
      }, 0)
    },
    true
  )
}

/** Whether keepFocusThroughTextTaps has set up its listener. */
let textTapsWatched = false
/** The element focusElement last put focus on: the only one a tap on plain words gives focus back to. */
let placedFocus: HTMLElement | null = null

/** When focusElement checks again that focus did not fall back to the body (ms after the call). */
const REFOCUS_MS = [100, 400]

/** focusElement's calls so far: each call's timers act only while it is the latest. */
let focusCalls = 0
