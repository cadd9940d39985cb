import Taro from '@tarojs/taro'

/**
 * Scrolls the page so the element matching `selector` is in view, e.g. a result the person just asked for.
 * Never throws: where the platform cannot scroll, the content is still on the page.
 */
export function scrollToElement(selector: string): void {
  try {
    const done = Taro.pageScrollTo({ selector, duration: 300, fail: () => undefined })
    if (done && typeof (done as Promise<unknown>).catch === 'function') {
      ;(done as Promise<unknown>).catch(() => undefined)
    }
  } catch {
    // An old client without pageScrollTo({ selector }) leaves the page where it is.
  }
}
