import { act } from 'react'
import { Text } from '@tarojs/components'
import { fireEvent, getByRole, queryByRole } from '@testing-library/dom'
import ActionButton from '@/components/ActionButton'
import HomePage from '@/pages/index'
import { CanNavigateContext } from '@/hooks/useCanNavigate'
import { openPage } from '@/services/navigation'
import { useAppStore } from '@/store'
import { mountComponent, routerParams } from './support'

jest.mock('@/services/navigation', () => jest.requireActual('./mocks').navigationMock())
jest.mock('@tarojs/taro', () => jest.requireActual('./mocks').taroWithRouterParams())

const body = () => document.body

beforeEach(() => {
  document.body.innerHTML = ''
  routerParams.current = {}
  jest.mocked(openPage).mockClear()
})

/** Presses a key the way a browser sends it: down, then up. */
async function press(element: HTMLElement, key: 'Enter' | ' ' | 'a') {
  await act(async () => {
    fireEvent.keyDown(element, { key })
    fireEvent.keyUp(element, { key })
  })
}

describe('ActionButton in the browser', () => {
  test('Enter and Space activate it once each, as a native button; other keys do nothing', async () => {
    const onTap = jest.fn()
    await mountComponent(() => (
      <ActionButton label='风险自测：这是不是骗局' onTap={onTap}>
        <Text>风险自测</Text>
      </ActionButton>
    ))
    const button = getByRole(body(), 'button', { name: '风险自测：这是不是骗局' })
    expect(button.getAttribute('tabindex')).toBe('0')
    await press(button, 'Enter')
    expect(onTap).toHaveBeenCalledTimes(1)
    await press(button, ' ')
    expect(onTap).toHaveBeenCalledTimes(2)
    await press(button, 'a')
    expect(onTap).toHaveBeenCalledTimes(2)
  })

  test('a switch announces its checked state; a disabled control ignores taps and keys', async () => {
    const onTap = jest.fn()
    await mountComponent(() => (
      <>
        <ActionButton label='大字模式' role='switch' checked onTap={onTap}>
          <Text>大字模式</Text>
        </ActionButton>
        <ActionButton label='选项A：对' disabled onTap={onTap}>
          <Text>A 对</Text>
        </ActionButton>
      </>
    ))
    expect(getByRole(body(), 'switch', { name: '大字模式', checked: true })).toBeTruthy()
    const locked = getByRole(body(), 'button', { name: '选项A：对' })
    expect(locked.getAttribute('aria-disabled')).toBe('true')
    // No Tab stop (round 55's trial: Shift+Tab from 下一题 went back through the answered options).
    expect(locked.getAttribute('tabindex')).toBe('-1')
    fireEvent.click(locked)
    await press(locked, 'Enter')
    expect(onTap).not.toHaveBeenCalled()
  })

  test('a control that navigates is not shown where nothing can navigate', async () => {
    await mountComponent(() => (
      <CanNavigateContext.Provider value={false}>
        <ActionButton label='回到首页' navigates onTap={jest.fn()}>
          <Text>回到首页</Text>
        </ActionButton>
        <ActionButton label='复制链接' onTap={jest.fn()}>
          <Text>复制链接</Text>
        </ActionButton>
      </CanNavigateContext.Provider>
    ))
    expect(queryByRole(body(), 'button', { name: '回到首页' })).toBeNull()
    expect(getByRole(body(), 'button', { name: '复制链接' })).toBeTruthy()
  })
})

describe('home with the keyboard', () => {
  test('the large-text switch is a switch with 开/关 and toggles with Space', async () => {
    await mountComponent(HomePage)
    const toggle = getByRole(body(), 'switch', { name: '大字模式', checked: false })
    expect(toggle.textContent).toContain('关')
    expect(toggle.querySelector('.fs-large-text__knob')).not.toBeNull()
    await press(toggle, ' ')
    expect(getByRole(body(), 'switch', { name: '大字模式', checked: true }).textContent).toContain('开')
    expect(useAppStore.getState().largeText).toBe(true)
  })

  test('a category card is a link that opens with Enter', async () => {
    await mountComponent(HomePage)
    await press(getByRole(body(), 'link', { name: /^2 虚假征信诈骗/ }), 'Enter')
    expect(openPage).toHaveBeenCalledWith('category', { id: 'fake-credit' })
  })

  test('the four 如何防范 rules are focusable links that open the prevention page', async () => {
    await mountComponent(HomePage)
    for (const name of ['不轻信', '不透露', '不转账', '及时报警']) {
      const link = getByRole(body(), 'link', { name })
      expect(link.getAttribute('tabindex')).toBe('0')
    }
    await press(getByRole(body(), 'link', { name: '不转账' }), 'Enter')
    expect(openPage).toHaveBeenCalledWith('prevention')
  })

  test('every labelled control says its visible text, word for word, when spoken (WCAG 2.5.3)', async () => {
    await mountComponent(HomePage)
    const controls = Array.from(document.querySelectorAll<HTMLElement>('[role="button"],[role="link"]'))
    expect(controls.length).toBeGreaterThan(15)
    // As axe's label-content-name-mismatch compares them: punctuation splits words, then the visible words must
    // appear in the spoken name in the same order, side by side.
    const words = (s: string) =>
      s
        .normalize('NFKD')
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim()
    const labelled = controls.filter((c) => c.hasAttribute('aria-label'))
    expect(labelled.length).toBeGreaterThan(0)
    for (const control of labelled) {
      expect(` ${words(control.getAttribute('aria-label')!)} `).toContain(
        ` ${words(control.textContent ?? '')} `
      )
    }
  })
})
