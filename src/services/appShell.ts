/**
 * The browser version's first-visit app shell (scripts/app-shell.mjs writes it into index.html): a copy of home as a
 * first visitor sees it, painted before the app's scripts have loaded. The first page that mounts removes it,
 * keeping how far the person had scrolled. In the mini-program there is no shell: the call compiles away.
 */
export function removeAppShell(): void {
  if (process.env.TARO_ENV !== 'h5' || typeof document === 'undefined') return
  // A notice that the page stalled (shown when no page had appeared in time) is out of date too, and so is the plain
  // 正在打开 note that stands in for the shell on other pages and at other text sizes.
  document.getElementById('fs-stalled')?.remove()
  document.getElementById('fs-loading')?.remove()
  // The shell's "正在打开，请稍等…" after a tap that came before the app: the app is here now.
  document.getElementById('fs-wait')?.remove()
  const shell = document.getElementById('fs-shell')
  if (!shell) return
  // Recorded by the shell's own script as the person scrolls: reading scrollTop here would lay out the whole
  // document, shell and new page together, in the middle of the app's first render.
  const shellWindow = window as { fsShellScroll?: unknown; fsShellTap?: ShellTap }
  const scrolled = Number(shellWindow.fsShellScroll) || 0
  shell.remove()
  const page = document.querySelector('#app .taro_page')
  if (scrolled > 0 && page) page.scrollTop = scrolled
  const tap = shellWindow.fsShellTap
  delete shellWindow.fsShellTap
  if (tap && page) setTimeout(() => replayShellTap(page, tap), 0)
}

/** A tap on the shell before the app ran (its script records it): the control's place among them, and its label. */
interface ShellTap {
  index: number
  label: string
}

/** The controls the shell's script counts, in the same order on the app's home (scripts/app-shell.mjs TAPPABLE). */
export const TAPPABLE = '[role="button"],[role="switch"],[role="link"],[role="checkbox"]'

/**
 * Makes a tap on the shell again on the app's home (round 49's trial: 风险自测 tapped while the app loaded stayed on
 * home, and 大字模式 stayed off), on the control at the same place with the same label; none if home differs.
 */
function replayShellTap(page: Element, tap: ShellTap): void {
  const control = page.querySelectorAll<HTMLElement>(TAPPABLE)[tap.index]
  if (control && (control.getAttribute('aria-label') || control.textContent) === tap.label) control.click()
}
