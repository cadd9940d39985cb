// Jest on top of @tarojs/test-utils-react's preset. defineJestConfig merges globals and moduleNameMapper into
// its defaults and replaces every other key, so each key below is deliberate (see ../shared/TOOLCHAIN.md).
const defineJestConfig = require('@tarojs/test-utils-react/dist/jest.js').default

module.exports = defineJestConfig({
  testMatch: ['<rootDir>/tests/{unit,components}/**/*.test.{ts,tsx}'],
  // babel must not transform jest's or babel's own packages ("Class private methods are not enabled").
  transformIgnorePatterns: [
    '/node_modules/(@jest|jest|jest-[^/]+|@babel|babel-[^/]+|core-js|react|react-dom|scheduler|jsdom|typescript)/'
  ],
  transform: {
    '^.+\\.(js|jsx|ts|tsx|mjs)$': require.resolve('@tarojs/test-utils-react/dist/jest/babel-transformer.js')
  },
  // The bench and test:size build a blank Taro app in reports/.cache; its package.json would share this one's name.
  modulePathIgnorePatterns: ['<rootDir>/reports/'],
  setupFilesAfterEnv: ['<rootDir>/tests/setup/jest.setup.ts'],
  // No test here times anything (speed is the bench's): a page test that mounts, types and runs 风险自测 can pass jest's
  // 5 s on an idle machine and not on a busy one (round 62: CI259 timed out on one such test, a local run on another).
  testTimeout: 20_000,
  moduleNameMapper: {
    '\\.(css|scss|sass|less)$': '<rootDir>/tests/setup/styleMock.js',
    '^@/(.*)$': '<rootDir>/src/$1',
    '^#types/(.*)$': '<rootDir>/types/$1'
  },
  collectCoverageFrom: ['src/**/*.{ts,tsx}']
})
