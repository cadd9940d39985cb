// @tarojs/taro must load before test-utils: they import each other and the other order leaves `history` undefined.
import '@tarojs/taro'
import * as React from 'react'
import * as ReactDOM from 'react-dom'
import { createH5NativeComponentConfig } from '@tarojs/plugin-framework-react/dist/runtime'

// Taro hooks read React from the framework runtime; without this they fail with "React.useContext is not a function".
createH5NativeComponentConfig(null, React, ReactDOM)

// Tests drive state changes inside act(); tell React this environment supports it.
;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

afterEach(() => {
  window.localStorage.clear()
})

// test-utils-react 0.1.1 calls react-dom/test-utils' act, which React 18.3 marks deprecated on every render.
const consoleError = console.error
console.error = (...args: unknown[]) => {
  if (typeof args[0] === 'string' && args[0].includes('ReactDOMTestUtils.act')) return
  consoleError(...args)
}
