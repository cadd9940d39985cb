/**
 * The browser version's first-visit app shell (scripts/app-shell.mjs writes it into index.html): a copy of home as a
 * first visitor sees it, painted before the app's scripts have loaded. The first page that mounts removes it,
 * keeping how far the person had scrolled. In the mini-program there is no shell: the call compiles away.
 */
export function removeAppShell(): void {
  if (process.env.TARO_ENV !== 'h5' || typeof document === 'undefined') return
  // A notice that the page stalled (shown when no page had appeared 8 s after loading) is out of date too.
  document.getElementById('fs-stalled')?.remove()
  // The shell's "正在打开，请稍等…" after a tap that came before the app: the app is here now.
  document.getElementById('fs-wait')?.remove()
  const shell = document.getElementById('fs-shell')
  if (!shell) return
  // Recorded by the shell's own script as the person scrolls: reading scrollTop here would lay out the whole
  // document, shell and new page together, in the middle of the app's first render.
  const scrolled = Number((window as { fsShellScroll?: unknown }).fsShellScroll) || 0
  shell.remove()
  const page = document.querySelector('#app .taro_page')
  if (scrolled > 0 && page) page.scrollTop = scrolled
}
