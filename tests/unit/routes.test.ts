import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import Taro from '@tarojs/taro'
import { CATEGORY_IDS } from '@/data/ids'
import type { ShareTarget } from '#types/share'
import { browserAliases } from '../../config/routes'
import { brochure } from '../../src/data'
import { buildSharePayload } from '../../src/domain/share'
import { NOT_FOUND_HASH } from '../../src/domain/links'
import {
  MAIN_PACKAGE,
  PAGES,
  browserPath,
  movedRoute,
  packageLayout,
  pagePath,
  passQuery,
  type PageName
} from '../../src/routes'
import { redirectMissingPages } from '../../src/services/navigation'
import { browserLink } from '../../src/services/share'

const names = Object.keys(PAGES) as PageName[]
const routes = names.map((name) => PAGES[name].route)

afterEach(() => jest.restoreAllMocks())

/** app.config.ts as Taro reads it (defineAppConfig is a global Taro provides at build time). */
function appConfig(): {
  pages: string[]
  subPackages: { root: string; pages: string[] }[]
  preloadRule: Record<string, { packages: string[] }>
} {
  const global = globalThis as { defineAppConfig?: (config: unknown) => unknown }
  global.defineAppConfig = (config) => config
  try {
    let config: unknown
    jest.isolateModules(() => {
      config = (require('../../src/app.config') as { default: unknown }).default
    })
    return config as ReturnType<typeof appConfig>
  } finally {
    delete global.defineAppConfig
  }
}

describe('the route table', () => {
  // The notice of a page that did not open names it by this title (round 61's tester: "没打开" did not say what).
  test('each page has its title bar’s words as its title (home: 首页)', () => {
    for (const name of names) {
      const config = readFileSync(join(__dirname, '../../src', `${PAGES[name].route}.config.ts`), 'utf8')
      const title = /navigationBarTitleText: '([^']+)'/.exec(config)?.[1]
      expect(PAGES[name].title).toBe(name === 'index' ? '首页' : title)
    }
  })

  test('each page has its own route, under its package, and its source file is there', () => {
    expect(new Set(routes).size).toBe(routes.length)
    for (const name of names) {
      const { route, package: root } = PAGES[name]
      if (root !== MAIN_PACKAGE) expect(route.startsWith(`${root}/`)).toBe(true)
      expect(existsSync(join('src', `${route}.tsx`))).toBe(true)
      expect(existsSync(join('src', `${route}.config.ts`))).toBe(true)
    }
  })

  test('packages do not overlap, as WeChat requires: no root inside another, no main page under a root', () => {
    const { pages, subPackages } = packageLayout()
    const roots = subPackages.map((sub) => sub.root)
    for (const root of roots) {
      expect(roots.filter((other) => other === root || other.startsWith(`${root}/`))).toEqual([root])
      expect(pages.filter((page) => page.startsWith(`${root}/`))).toEqual([])
    }
  })

  test('no page file is left outside the table, and no old route is a page any more', () => {
    const pageFiles: string[] = []
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir)) {
        const path = join(dir, entry)
        if (statSync(path).isDirectory()) walk(path)
        else if (entry === 'index.tsx') pageFiles.push(path.slice('src/'.length, -'.tsx'.length))
      }
    }
    walk('src/pages')
    expect(pageFiles.sort()).toEqual([...routes].sort())
    for (const name of names) {
      for (const old of PAGES[name].oldRoutes ?? []) {
        expect(routes).not.toContain(old)
        expect(existsSync(join('src', `${old}.tsx`))).toBe(false)
      }
    }
  })

  test("app.config's pages, subpackages and preloads are the table's; home comes first", () => {
    const config = appConfig()
    expect({ pages: config.pages, subPackages: config.subPackages }).toEqual(packageLayout())
    expect(config.pages[0]).toBe('pages/index/index')
    const fromConfig = [
      ...config.pages,
      ...config.subPackages.flatMap((sub) => sub.pages.map((page) => `${sub.root}/${page}`))
    ]
    expect(fromConfig.sort()).toEqual([...routes].sort())
    // Home links to every subpackage's pages: each is fetched while home is read, so a tap opens at once.
    const roots = config.subPackages.map((sub) => sub.root)
    expect(Object.keys(config.preloadRule)).toEqual([PAGES.index.route])
    expect([...config.preloadRule[PAGES.index.route].packages].sort()).toEqual([...roots].sort())
    expect(roots).toEqual(expect.arrayContaining([PAGES.category.package, PAGES.prevention.package]))
  })

  test('no other source file spells out a route: pages are declared once', () => {
    const offenders: string[] = []
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir)) {
        const path = join(dir, entry)
        if (statSync(path).isDirectory()) walk(path)
        else if (/\.tsx?$/.test(entry) && path !== join('src', 'routes.ts')) {
          const code = readFileSync(path, 'utf8').replace(/^\s*(\/\/|\*|\/\*).*$/gm, '')
          if (/['"`]\/?pages\/[\w-]+\/(?!share-drawing)/.test(code)) offenders.push(path)
        }
      }
    }
    walk('src')
    expect(offenders).toEqual([])
  })
})

describe('paths', () => {
  test('a page path carries its query URI-encoded', () => {
    expect(pagePath('quiz', { mode: 'review' })).toBe('/pages/learn/quiz/index?mode=review')
    expect(pagePath('category', { id: 'fake-credit', q: '刷单 返利' })).toBe(
      '/pages/category/index?id=fake-credit&q=%E5%88%B7%E5%8D%95%20%E8%BF%94%E5%88%A9'
    )
    expect(pagePath('index')).toBe('/pages/index/index')
  })

  test('an old route names the route its page moved to; anything else gives null', () => {
    expect(movedRoute('pages/quiz-result/index')).toBe('pages/learn/quiz-result/index')
    expect(movedRoute('/pages/pact/index')).toBe('pages/family/pact/index')
    expect(movedRoute('pages/learn/quiz/index')).toBeNull()
    expect(movedRoute('pages/index/index')).toBeNull()
    expect(movedRoute('pages/quiz-results/index')).toBeNull()
    expect(movedRoute('')).toBeNull()
  })

  test.each([
    ['pages/category', 'pages/category/index'],
    ['/pages/category/', 'pages/category/index'],
    ['//pages//category/index', 'pages/category/index'],
    ['pages/category/index.html', 'pages/category/index'],
    ['pages/Learn/Quiz', 'pages/learn/quiz/index'],
    ['pages/quiz', 'pages/learn/quiz/index'],
    ['pages/index', 'pages/index/index'],
    // A right route, a typo, no page at all: nothing to redirect to.
    ['/pages/category/index', null],
    ['pages/categories', null],
    ['index', null]
  ])('the loosely written path %s opens %s', (path, route) => {
    expect(movedRoute(path)).toBe(route)
  })

  test('a query WeChat hands over is passed on, each value encoded once whether it came raw or decoded', () => {
    expect(passQuery({ id: 'fake-credit', from: 'share' })).toBe('?id=fake-credit&from=share')
    expect(passQuery({ q: '%E5%88%B7%E5%8D%95' })).toBe('?q=%E5%88%B7%E5%8D%95')
    expect(passQuery({ q: '刷单 a&b=c#d' })).toBe('?q=%E5%88%B7%E5%8D%95%20a%26b%3Dc%23d')
    expect(passQuery({ score: 80, bad: { nested: 1 }, no: null })).toBe('?score=80')
    expect(passQuery({})).toBe('')
    expect(passQuery(undefined)).toBe('')
    expect(passQuery('id=1')).toBe('')
  })

  test('the browser shows a moved page at its old address, as Taro’s router is told to', () => {
    expect(browserPath('/pages/learn/quiz/index?from=share')).toBe('/pages/quiz/index?from=share')
    expect(browserPath('/pages/family/on-call/index')).toBe('/pages/on-call/index')
    expect(browserPath('/pages/category/index?id=fake-credit')).toBe('/pages/category/index?id=fake-credit')
    expect(browserPath('/pages/nowhere/index')).toBe('/pages/nowhere/index')
    const aliases = browserAliases()
    for (const name of names) {
      const { route, oldRoutes } = PAGES[name]
      expect(aliases[`/${route}`]?.[0] ?? `/${route}`).toBe(browserPath(`/${route}`))
      expect(aliases[`/${route}`] ?? []).toEqual(
        oldRoutes ? [...oldRoutes.map((old) => `/${old}`), `/${route}`] : []
      )
    }
    expect(browserLink('/pages/learn/scenario/index?id=fake-credit')).toBe(
      `${window.location.origin}${window.location.pathname}#/pages/scenario/index?id=fake-credit`
    )
    expect(NOT_FOUND_HASH).toBe('#/pages/not-found/index')
  })
})

describe('share cards', () => {
  const targets: ShareTarget[] = [
    { page: 'index' },
    ...CATEGORY_IDS.map((id): ShareTarget => ({ page: 'category', id })),
    { page: 'prevention' },
    { page: 'quiz' },
    { page: 'quiz-result', score: 80 },
    { page: 'quiz-challenge', seed: 7, check: 'abc', score: 60 },
    { page: 'check' },
    { page: 'help' },
    { page: 'search' }
  ]
  test.each(targets.map((t) => [t.page, t]))(
    'the %s card opens a current route of the table',
    (_, target) => {
      const { path } = buildSharePayload(target, brochure)
      const route = path.slice(1, path.indexOf('?'))
      expect(routes).toContain(route)
      const page = target.page === 'quiz-result' || target.page === 'quiz-challenge' ? 'quiz' : target.page
      expect(route).toBe(PAGES[page].route)
    }
  )
})

describe('page-not-found in the mini-program', () => {
  function handler(): (missing: unknown) => void {
    let listener: ((missing: unknown) => void) | undefined
    jest.spyOn(Taro, 'onPageNotFound').mockImplementation((fn) => {
      listener = fn as (missing: unknown) => void
    })
    redirectMissingPages()
    if (!listener) throw new Error('no page-not-found listener')
    return listener
  }

  test('an old route redirects at once to its new route with the same query', () => {
    const redirect = jest.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'ok' } as never)
    handler()({ path: 'pages/quiz-result/index', query: { score: '80', from: 'share' }, isEntryPage: true })
    expect(redirect).toHaveBeenCalledTimes(1)
    expect(redirect).toHaveBeenCalledWith({ url: '/pages/learn/quiz-result/index?score=80&from=share' })
  })

  test('a route that never existed, or no route at all, opens the not-found page', () => {
    const redirect = jest.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'ok' } as never)
    const onMissing = handler()
    onMissing({ path: 'pages/quizz/index', query: { id: 'x' } })
    onMissing(undefined)
    expect(redirect.mock.calls).toEqual([
      [{ url: '/pages/not-found/index' }],
      [{ url: '/pages/not-found/index' }]
    ])
  })

  test('a forwarded card to a page that never existed keeps its greeting; a loose path opens its page', () => {
    const redirect = jest.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'ok' } as never)
    const onMissing = handler()
    onMissing({ path: 'pages/quizz/index', query: { from: 'share' } })
    onMissing({ path: 'pages/category', query: { id: 'fake-credit', from: 'share' } })
    expect(redirect.mock.calls).toEqual([
      [{ url: '/pages/not-found/index?from=share' }],
      [{ url: '/pages/category/index?id=fake-credit&from=share' }]
    ])
  })

  test('when the redirect fails it relaunches at the same address', async () => {
    jest.spyOn(Taro, 'redirectTo').mockRejectedValue(new Error('fail'))
    const relaunch = jest.spyOn(Taro, 'reLaunch').mockResolvedValue({ errMsg: 'ok' } as never)
    handler()({ path: 'pages/on-call/index', query: {} })
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(relaunch).toHaveBeenCalledWith({ url: '/pages/family/on-call/index' })
  })
})
