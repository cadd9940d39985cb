import Taro from '@tarojs/taro'

export type LinkShareOutcome = 'shared' | 'cancelled' | 'show-link'

/** copied: the link is on the clipboard; failed: the clipboard was refused or is missing — show it to copy by hand. */
export type CopyOutcome = 'copied' | 'failed'

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

/**
 * Puts a link on the clipboard. In WeChat the clipboard is a privacy API the person can refuse; a browser can
 * refuse it too. Either way the caller keeps the link on screen to copy by hand.
 */
export async function copyLink(link: string): Promise<CopyOutcome> {
  if (typeof Taro.setClipboardData !== 'function') return 'failed'
  try {
    await Taro.setClipboardData({ data: link })
    return 'copied'
  } catch {
    return 'failed'
  }
}

/** The full address of a page of the browser version (hash router). */
export function browserLink(path: string): string {
  if (typeof window === 'undefined') return path
  const { origin, pathname } = window.location
  return `${origin}${pathname}#${path}`
}
