import TestUtils from '@tarojs/test-utils-react'
import { RESULT_SETTLE_MS } from '../../src/domain/tapGuard'

/** Router params a page under test sees; tests set them before mounting. */
export const routerParams: { current: Record<string, string | undefined> } = { current: {} }

export async function mountComponent<P extends object>(
  component: (props: P) => JSX.Element | null,
  props?: NoInfer<P>
): Promise<TestUtils> {
  const testUtils = new TestUtils()
  await testUtils.mount(component as never, { props })
  return testUtils
}

/**
 * The text of `node` as a person reads it: without the zero-width spaces and word joiners that mark where a line may or
 * may not break between words kept whole (KeptWords), which nobody sees.
 */
export function seenText(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/[\u200b\u2060]/g, '')
}

/** Everything a person can read on the screen, whitespace collapsed. */
export function visibleText(): string {
  return seenText(document.body).replace(/\s+/g, ' ')
}

/**
 * Name matchers for @testing-library/dom's `getByRole(role, { name })`, for a control whose name says more than
 * the words a test knows (an option's letter, a call button's purpose). In jsdom a name joins the control's text
 * parts without spaces ("拨打 110已被骗，立即报警"): match the part the test means.
 */
export const nameStarting = (text: string) => (name: string) => name.startsWith(text)
export const nameEnding = (text: string) => (name: string) => name.endsWith(text)

/**
 * The clock the app sees in component tests once a test taps: it moves only when `tap` moves it, never with real
 * time, so a slow mount on a busy machine cannot open the quiet moment early. The quiz pages ignore taps for a
 * moment after the screen changes (src/domain/tapGuard), so each `tap` comes the way a person taps, after reading:
 * past the longest quiet moment after the previous one; `tapSoon` comes 250 ms after it, like the second tap of a double tap.
 */
let virtualNow = 0
/** How long after the previous tap `tap` comes: past the longest quiet moment, 风险自测's result (RESULT_SETTLE_MS). */
const READING_PAUSE_MS = RESULT_SETTLE_MS + 100
function advanceClock(ms: number): void {
  if (!jest.isMockFunction(Date.now)) {
    virtualNow = Date.now()
    jest.spyOn(Date, 'now').mockImplementation(() => virtualNow)
  }
  virtualNow += ms
}

export async function tap(testUtils: TestUtils, element: HTMLElement): Promise<void> {
  await tapAfter(testUtils, element, READING_PAUSE_MS)
}

/** The second tap of a double tap: 250 ms after the previous tap, on whatever is there now. */
export async function tapSoon(testUtils: TestUtils, element: HTMLElement): Promise<void> {
  await tapAfter(testUtils, element, 250)
}

/** A tap `ms` after the previous one, on whatever is there now, at `point` on the screen when given. */
export async function tapAfter(
  testUtils: TestUtils,
  element: HTMLElement,
  ms: number,
  point?: { x: number; y: number }
): Promise<void> {
  advanceClock(ms)
  await click(testUtils, element, point)
}

/** A click, at `point` on the screen when given (clientX, clientY); jsdom's own clicks say the origin. */
async function click(
  testUtils: TestUtils,
  element: HTMLElement,
  point?: { x: number; y: number }
): Promise<void> {
  await testUtils.act(async () => {
    testUtils.fireEvent.click(element, point ? { clientX: point.x, clientY: point.y } : undefined)
    await Promise.resolve()
  })
}

/** Enter on a control, as a keyboard user presses it: focus on it, key down and up, a reading pause after the last tap. */
export async function pressEnter(testUtils: TestUtils, element: HTMLElement): Promise<void> {
  advanceClock(READING_PAUSE_MS)
  await testUtils.act(async () => {
    element.focus()
    testUtils.fireEvent.keyDown(element, { key: 'Enter' })
    testUtils.fireEvent.keyUp(element, { key: 'Enter' })
    await Promise.resolve()
  })
}

/**
 * A finger that comes down at `from` on the page and moves to `to` before it lifts, 300 ms after the previous tap: a
 * swipe that scrolls the page when the two are more than a finger's width apart, a trembling tap when they are not.
 * Then `tapAfter` counts from its end.
 */
export async function swipe(
  testUtils: TestUtils,
  from: { x: number; y: number },
  to: { x: number; y: number }
): Promise<void> {
  const page = document.querySelector('.fs-page')
  if (!page) throw new Error('no page frame (.fs-page) to swipe on')
  advanceClock(300)
  // jsdom's touch events carry what they are given: the two coordinates are all the app reads.
  const at = (point: { x: number; y: number }) => ({
    changedTouches: [{ clientX: point.x, clientY: point.y }] as unknown as Touch[]
  })
  await testUtils.act(async () => {
    testUtils.fireEvent.touchStart(page, at(from))
    testUtils.fireEvent.touchMove(page, at(to))
    testUtils.fireEvent.touchEnd(page, at(to))
    await Promise.resolve()
  })
}

/**
 * The page scrolls `ms` after the previous step with no finger on the screen and no wheel (a scroll bar, the keyboard,
 * a script): a scroll event only, as the browser sends.
 */
export async function scrollAfter(testUtils: TestUtils, ms: number): Promise<void> {
  const page = document.querySelector('.fs-page')
  if (!page) throw new Error('no page frame (.fs-page) to scroll')
  advanceClock(ms)
  await testUtils.act(async () => {
    page.dispatchEvent(new Event('scroll'))
    await Promise.resolve()
  })
}
