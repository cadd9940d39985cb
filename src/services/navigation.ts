import Taro from '@tarojs/taro'

/** Routes of the app; the page files are src/pages/<name>/index. */
export type PageName =
  'index' | 'not-found' | 'category' | 'prevention' | 'quiz' | 'quiz-result' | 'check' | 'search' | 'help'

export function pageUrl(page: PageName, query: Record<string, string | number> = {}): string {
  const search = Object.entries(query)
    .map(([key, value]) => `${key}=${encodeURIComponent(String(value))}`)
    .join('&')
  return `/pages/${page}/index${search ? `?${search}` : ''}`
}

/** Opens a page; when the page stack is full (WeChat allows 10) it replaces the current page instead. */
export function openPage(page: PageName, query?: Record<string, string | number>): void {
  const url = pageUrl(page, query)
  Taro.navigateTo({ url }).catch(() => Taro.redirectTo({ url }).catch(() => Taro.reLaunch({ url })))
}

/** Replaces the current page, e.g. previous/next category, so the back button does not walk every step. */
export function replacePage(page: PageName, query?: Record<string, string | number>): void {
  const url = pageUrl(page, query)
  Taro.redirectTo({ url }).catch(() => Taro.reLaunch({ url }))
}

export function goHome(): void {
  Taro.reLaunch({ url: pageUrl('index') })
}

/** True when this page was opened directly (from a share card or a link): there is nothing to go back to. */
export function isFirstPage(): boolean {
  try {
    return Taro.getCurrentPages().length <= 1
  } catch {
    return true
  }
}

export function setPageTitle(title: string): void {
  Taro.setNavigationBarTitle({ title }).catch(() => undefined)
}

/** The redirect runs synchronously inside the callback: WeChat ignores one made later. */
export function redirectMissingPagesToNotFound(): void {
  if (typeof Taro.onPageNotFound !== 'function') return
  Taro.onPageNotFound(() => {
    const url = pageUrl('not-found')
    Taro.redirectTo({ url }).catch(() => Taro.reLaunch({ url }))
  })
}
