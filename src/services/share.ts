import Taro from '@tarojs/taro'
import { browserPath } from '@/routes'

export type LinkShareOutcome = 'shared' | 'cancelled' | 'show-link'

/** copied: the link is on the clipboard; failed: the clipboard was refused or is missing — show it to copy by hand. */
export type CopyOutcome = 'copied' | 'failed'

/**
 * The browser version forwards the page's link: the Web Share API where the browser has it, otherwise the caller
 * shows the link for the person to copy.
 */
export async function shareLink(title: string, path: string, text?: string): Promise<LinkShareOutcome> {
  const url = browserLink(path)
  const nav = typeof navigator === 'undefined' ? undefined : navigator
  if (!nav || typeof nav.share !== 'function') return 'show-link'
  try {
    // The words go as text, the address only in its own field: the receiving app shows it as a link.
    await nav.share(text ? { title, text, url } : { title, url })
    return 'shared'
  } catch (error) {
    return (error as { name?: string } | null)?.name === 'AbortError' ? 'cancelled' : 'show-link'
  }
}

/**
 * Puts text (a message with its link) on the clipboard and says truthfully whether it got there. In WeChat the
 * clipboard is a privacy API the person can refuse, and WeChat itself confirms a copy with a toast. In a
 * browser, Taro's setClipboardData reports success even when the copy failed and shows a toast of its own, so
 * the browser path copies directly and shows nothing: the caller gives the one confirmation. On failure the
 * caller keeps the text on screen to copy by hand.
 */
export async function copyLink(text: string): Promise<CopyOutcome> {
  // The mini-program's path sits in the else branch, which the browser build drops at compile time (TARO_ENV is a
  // build constant); with it go Taro's browser clipboard and the toast, modal and action-sheet code it brings.
  if (process.env.TARO_ENV === 'h5') {
    return copyInBrowser(text)
  } else {
    if (typeof Taro.setClipboardData !== 'function') return 'failed'
    try {
      await Taro.setClipboardData({ data: text })
      return 'copied'
    } catch {
      return 'failed'
    }
  }
}

async function copyInBrowser(text: string): Promise<CopyOutcome> {
  try {
    if (typeof navigator !== 'undefined' && navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text)
      return 'copied'
    }
  } catch {
    // Refused or not a secure page: try the older way below.
  }
  if (typeof document === 'undefined' || typeof document.execCommand !== 'function') return 'failed'
  const area = document.createElement('textarea')
  area.value = text
  area.readOnly = true
  area.style.cssText = 'position:fixed;left:-10000px;top:0'
  document.body.appendChild(area)
  try {
    area.select()
    // execCommand says whether the copy happened; a false here must not become "已复制".
    return document.execCommand('copy') ? 'copied' : 'failed'
  } catch {
    return 'failed'
  } finally {
    area.remove()
  }
}

/** The full address of a page of the browser version (hash router), at the address the browser shows for it. */
export function browserLink(path: string): string {
  if (typeof window === 'undefined') return path
  const { origin, pathname } = window.location
  return `${origin}${pathname}#${browserPath(path)}`
}
