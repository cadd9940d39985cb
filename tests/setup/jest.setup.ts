// @tarojs/taro must load before test-utils: they import each other and the other order leaves `history` undefined.
import '@tarojs/taro'
import * as React from 'react'
import * as ReactDOM from 'react-dom'
import { createH5NativeComponentConfig } from '@tarojs/plugin-framework-react/dist/runtime'
import type { StateCreator } from 'zustand'

// Taro hooks read React from the framework runtime; without this they fail with "React.useContext is not a function".
createH5NativeComponentConfig(null, React, ReactDOM)

// Tests drive state changes inside act(); tell React this environment supports it.
;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

/**
 * zustand's testing guide: every store a test file creates goes back to its initial state after each test, here,
 * once (see the 'zustand' mock below), so no test inherits another's progress and no test file resets by hand.
 */
const mockStoreResets = new Set<() => void>()
jest.mock('zustand', () => {
  const actual = jest.requireActual<typeof import('zustand')>('zustand')
  const createAndTrack = (creator: StateCreator<unknown>) => {
    const store = actual.create(creator)
    const initial = store.getInitialState()
    mockStoreResets.add(() => store.setState(initial, true))
    return store
  }
  // create(creator) and the curried create<T>()(creator) that the app uses.
  const create = (creator?: StateCreator<unknown>) => (creator ? createAndTrack(creator) : createAndTrack)
  return { ...actual, create }
})

/**
 * The app's tap guard (src/hooks/useSettledTaps) is one for the whole app, as on a phone: a tap in one test would
 * hold back the first tap of the next, milliseconds later. Each test starts ten seconds after the previous one, a
 * person's fresh tap, by moving the clock the app reads (fake timers, where a test uses them, bring their own).
 */
let clockOffsetMs = 0
const realNow = Date.now.bind(Date)
Date.now = () => realNow() + clockOffsetMs

afterEach(() => {
  React.act(() => mockStoreResets.forEach((reset) => reset()))
  window.localStorage.clear()
  clockOffsetMs += 10_000
})

// test-utils-react 0.1.1 calls react-dom/test-utils' act, which React 18.3 marks deprecated on every render.
const consoleError = console.error
console.error = (...args: unknown[]) => {
  if (typeof args[0] === 'string' && args[0].includes('ReactDOMTestUtils.act')) return
  consoleError(...args)
}
