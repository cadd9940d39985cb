import Taro from '@tarojs/taro'

/**
 * Scrolls the page so the element matching `selector` is in view, e.g. a result the person just asked for.
 * Never throws: where the platform cannot scroll, the content is still on the page.
 */
export function scrollToElement(selector: string): void {
  scrollPage({ selector, duration: 300 })
}

/**
 * Brings the top of the page into view, e.g. when a result replaces the questions: what changed is where the
 * person is looking. A platform without pageScrollTo, or one that refuses, leaves the page as it is.
 */
export function scrollToTop(): void {
  scrollPage({ scrollTop: 0, duration: 0 })
}

function scrollPage(options: Taro.pageScrollTo.Option): void {
  if (typeof Taro.pageScrollTo !== 'function') return
  try {
    const done = Taro.pageScrollTo({ ...options, fail: () => undefined })
    if (done && typeof (done as Promise<unknown>).catch === 'function') {
      ;(done as Promise<unknown>).catch(() => undefined)
    }
  } catch {
    // An old client without pageScrollTo leaves the page where it is.
  }
}
