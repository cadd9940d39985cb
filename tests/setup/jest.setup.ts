// @tarojs/taro must load before test-utils: they import each other and the other order leaves `history` undefined.
/* eslint-disable @typescript-eslint/no-var-requires */
require('@tarojs/taro')
const React = require('react')
const ReactDOM = require('react-dom')
const { createH5NativeComponentConfig } = require('@tarojs/plugin-framework-react/dist/runtime')

// Taro hooks read React from the framework runtime; without this they fail with "React.useContext is not a function".
createH5NativeComponentConfig(null, React, ReactDOM)

afterEach(() => {
  window.localStorage.clear()
})
