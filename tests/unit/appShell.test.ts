import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { DIAL_QUIET_MS } from '@/domain/tapGuard'
import { removeAppShell, TAPPABLE } from '@/services/appShell'

/** index.html as scripts/app-shell.mjs leaves it, with the app's first page mounted after the shell. */
function mountShellAndPage(): { shellPage: HTMLElement; appPage: HTMLElement } {
  document.body.innerHTML =
    '<div id="fs-shell" aria-hidden="true"><div class="fs-shell__page">首页</div></div>' +
    '<div id="app"><div class="taro_page">首页</div></div>'
  return {
    shellPage: document.querySelector<HTMLElement>('.fs-shell__page')!,
    appPage: document.querySelector<HTMLElement>('#app .taro_page')!
  }
}

describe('removeAppShell', () => {
  const taroEnv = process.env.TARO_ENV
  afterEach(() => {
    process.env.TARO_ENV = taroEnv
    delete (window as { fsShellScroll?: number }).fsShellScroll
    document.body.innerHTML = ''
  })

  it('takes the browser shell away and leaves the app page', () => {
    process.env.TARO_ENV = 'h5'
    mountShellAndPage()
    removeAppShell()
    expect(document.getElementById('fs-shell')).toBeNull()
    expect(document.querySelectorAll('#app .taro_page')).toHaveLength(1)
  })

  it('takes away the notice that the page stalled, once a page has appeared after all', () => {
    process.env.TARO_ENV = 'h5'
    mountShellAndPage()
    document.body.insertAdjacentHTML('afterbegin', '<div id="fs-stalled" role="alert">页面没有加载完整</div>')
    removeAppShell()
    expect(document.getElementById('fs-stalled')).toBeNull()
  })

  it('keeps how far the person scrolled the shell, as its script recorded it', () => {
    process.env.TARO_ENV = 'h5'
    const { appPage } = mountShellAndPage()
    ;(window as { fsShellScroll?: number }).fsShellScroll = 420
    removeAppShell()
    expect(appPage.scrollTop).toBe(420)
  })

  it('does nothing when there is no shell, a second time, or in the mini-program', () => {
    process.env.TARO_ENV = 'h5'
    removeAppShell()
    mountShellAndPage()
    removeAppShell()
    expect(() => removeAppShell()).not.toThrow()
    process.env.TARO_ENV = 'weapp'
    mountShellAndPage()
    removeAppShell()
    expect(document.getElementById('fs-shell')).not.toBeNull()
  })
})

describe('a tap on the shell before the app ran', () => {
  afterEach(() => {
    delete (window as { fsShellTap?: unknown }).fsShellTap
    document.body.innerHTML = ''
  })

  test('is made again on the control at the same place with the same label, once', async () => {
    process.env.TARO_ENV = 'h5'
    const { appPage } = mountShellAndPage()
    appPage.innerHTML = '<div role="switch" aria-label="大字模式"></div><div role="button">风险自测</div>'
    const taps: string[] = []
    appPage.addEventListener('click', (e) => taps.push((e.target as HTMLElement).textContent ?? ''))
    ;(window as { fsShellTap?: unknown }).fsShellTap = { index: 1, label: '风险自测' }
    removeAppShell()
    removeAppShell()
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(taps).toEqual(['风险自测'])
  })

  test('is dropped when home differs there', async () => {
    process.env.TARO_ENV = 'h5'
    const { appPage } = mountShellAndPage()
    appPage.innerHTML = '<div role="button">搜索</div>'
    let tapped = false
    appPage.addEventListener('click', () => (tapped = true))
    ;(window as { fsShellTap?: unknown }).fsShellTap = { index: 0, label: '风险自测' }
    removeAppShell()
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(tapped).toBe(false)
  })

  test("counts the same controls as the shell's script", () => {
    const script = readFileSync(join(__dirname, '../../scripts/app-shell.mjs'), 'utf8')
    expect(script).toContain(`export const TAPPABLE = '${TAPPABLE}'`)
  })
})

describe("the shell's call buttons", () => {
  test('hold double taps as long as the app does (scripts/app-shell.mjs keeps its own copy of the quiet time)', () => {
    const script = readFileSync(join(__dirname, '../../scripts/app-shell.mjs'), 'utf8')
    expect(script).toContain(`export const DIAL_QUIET_MS = ${DIAL_QUIET_MS}\n`)
  })
})
