/**
 * Module factories shared by the page tests. jest.mock calls must stay in each test file (jest hoists them),
 * so they call these through jest.requireActual:
 *   jest.mock('@/services/navigation', () => jest.requireActual('./mocks').navigationMock())
 */

/** services/navigation with every call recorded; `firstPage` says whether the page has no back stack. */
export function navigationMock(firstPage = true) {
  return {
    goHome: jest.fn(),
    openPage: jest.fn(),
    replacePage: jest.fn(),
    setPageTitle: jest.fn(),
    isFirstPage: jest.fn(() => firstPage)
  }
}

/** @tarojs/taro whose useRouter returns the params a test sets in support.routerParams. */
export function taroWithRouterParams() {
  const actual = jest.requireActual('@tarojs/taro')
  const { routerParams } = jest.requireActual('./support')
  return {
    __esModule: true,
    ...actual,
    default: actual.default ?? actual,
    useRouter: () => ({ params: routerParams.current })
  }
}
