export type LinkShareOutcome = 'shared' | 'cancelled' | 'show-link'

/** True where WeChat's own forward sheet exists (a <Button openType="share"> opens it). */
export function canUseWeChatShare(): boolean {
  return process.env.TARO_ENV === 'weapp'
}

/**
 * The browser version forwards the page's link: the Web Share API where the browser has it, otherwise the caller
 * shows the link for the person to copy.
 */
export async function shareLink(title: string, path: string): Promise<LinkShareOutcome> {
  const url = browserLink(path)
  const nav = typeof navigator === 'undefined' ? undefined : navigator
  if (!nav || typeof nav.share !== 'function') return 'show-link'
  try {
    await nav.share({ title, url })
    return 'shared'
  } catch (error) {
    return (error as { name?: string } | null)?.name === 'AbortError' ? 'cancelled' : 'show-link'
  }
}

/** The full address of a page of the browser version (hash router). */
export function browserLink(path: string): string {
  if (typeof window === 'undefined') return path
  const { origin, pathname } = window.location
  return `${origin}${pathname}#${path}`
}
