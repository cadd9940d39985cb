import Taro from '@tarojs/taro'

/**
 * Brings the top of the page into view, e.g. when a result replaces the questions: what changed is where the
 * person is looking. A platform without pageScrollTo, or one that refuses, leaves the page as it is.
 */
export function scrollToTop(): void {
  if (typeof Taro.pageScrollTo !== 'function') return
  try {
    Taro.pageScrollTo({ scrollTop: 0, duration: 0 })?.catch(() => undefined)
  } catch {
    // Nothing to do: the result is still on the page.
  }
}
