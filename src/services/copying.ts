import { withoutWordMarks } from '@/domain/keepAll'

/**
 * In the browser version, what a person copies from a page reads as it shows: without the zero-width marks KeptWords
 * puts between words and inside tokens (domain/keepAll), so a scam's link or number copied from a 原话 and sent on
 * to a relative is the link or number itself. Listens while the page that draws such words is open; returns what stops
 * it. The mini-program copies what its long press selects and offers no way to change it: there it does nothing.
 */
export function copyWithoutWordMarks(): () => void {
  if (process.env.TARO_ENV !== 'h5' || typeof document === 'undefined') return () => undefined
  const onCopy = (event: ClipboardEvent) => {
    const selected = window.getSelection()?.toString() ?? ''
    const clean = withoutWordMarks(selected)
    if (clean === selected || !event.clipboardData) return
    event.clipboardData.setData('text/plain', clean)
    event.preventDefault()
  }
  document.addEventListener('copy', onCopy)
  return () => document.removeEventListener('copy', onCopy)
}
