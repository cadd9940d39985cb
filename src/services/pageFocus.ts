/**
 * Where keyboard focus goes when a page is shown (browser only: the mini-program has no keyboard focus). Round 56's
 * trial at 320×568: after every page change focus stayed on the page's body, so the next Tab started at the top of
 * the new page or jumped to a control far from what was read; after Back to home it lost the card the reader had left
 * from (home came back scrolled to card 5, and Tab went to 大字模式 at the very top). Taro's browser router keeps an
 * earlier page in the document, hidden, when another opens over it: the element focused there is still there when it
 * is shown again, so it can be focused again.
 */

/** Where a page starts for the keyboard, first found first: a page's own mark, its title, a result, a control. */
const START_SELECTORS = [
  '.fs-page-start',
  '[role="heading"][aria-level="1"]',
  '[tabindex="-1"]',
  '[tabindex="0"]'
]

/** When focus is placed again if it fell back to the body meanwhile (ms after the page was shown). */
const REFOCUS_MS = [0, 100, 400]

/** The element last focused inside each page (by the page's element id), kept while the page is hidden. */
const lastFocused = new Map<string, HTMLElement>()

/** Pages shown so far in this run: the first one (home, a forwarded card) keeps the browser's own start. */
let pagesShown = 0

function browser(): boolean {
  return process.env.TARO_ENV === 'h5' && typeof document !== 'undefined'
}

function shown(element: Element | null): element is HTMLElement {
  return element instanceof HTMLElement && element.isConnected && element.getClientRects().length > 0
}

/** Whether focus is nowhere a person put it: on the body, or on an element of a page now hidden. */
function focusIsLost(): boolean {
  const active = document.activeElement
  return active === null || active === document.body || !shown(active)
}

/**
 * Remembers, from now on, the last element focused inside the page whose element has id `pageId`, so that
 * focusShownPage can return to it. Returns the function that stops (and forgets the page).
 */
export function trackPageFocus(pageId: string): () => void {
  if (!browser()) return () => undefined
  const note = (event: FocusEvent) => {
    const root = document.getElementById(pageId)
    if (root && event.target instanceof HTMLElement && root.contains(event.target))
      lastFocused.set(pageId, event.target)
  }
  document.addEventListener('focusin', note)
  return () => {
    document.removeEventListener('focusin', note)
    lastFocused.delete(pageId)
  }
}

/**
 * Puts keyboard focus on the page with element id `pageId`, which has just been shown: back on the element focused
 * there last (a card on home, after Back), else at the page's start (START_SELECTORS: the quiz's question, a title).
 * Nothing moves on the first page of a run, nor once the person has put focus somewhere on this page. Never scrolls:
 * the router has restored the page's place, and a title is at its top. Never throws.
 */
export function focusShownPage(pageId: string): void {
  if (!browser()) return
  pagesShown += 1
  if (pagesShown === 1) return
  const place = () => {
    const root = document.getElementById(pageId)
    if (!shown(root) || !focusIsLost()) return
    const remembered = lastFocused.get(pageId)
    const target = shown(remembered ?? null) && root.contains(remembered ?? null) ? remembered : startOf(root)
    try {
      target?.focus({ preventScroll: true })
    } catch {
      // An engine that refuses the options object: focus stays where it was.
    }
  }
  for (const ms of REFOCUS_MS) setTimeout(place, ms)
}

/** The first shown element of `root` matching START_SELECTORS, in their order. */
function startOf(root: HTMLElement): HTMLElement | undefined {
  for (const selector of START_SELECTORS) {
    const found = Array.from(root.querySelectorAll<HTMLElement>(selector)).find(shown)
    if (found) return found
  }
  return undefined
}
