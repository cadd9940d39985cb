/**
 * Every page of the app, declared once in ./route-table.json: its name, its title, its route (the page's file under src/, as
 * WeChat and the browser address it), the package WeChat stores it in, and the routes it had before it moved
 * (share cards already forwarded into family chats still point at those). app.config.ts builds the page list
 * and subpackages from it, config/routes.ts the browser's addresses, services/navigation links and the
 * page-not-found redirect, domain/share the share cards. Plain data and functions, no Taro: Taro reads it at
 * build time and the tests and scripts read the JSON directly.
 */
import routeTable from './route-table.json'

/** One page of src/route-table.json. */
export interface PageRoute {
  /** e.g. "pages/learn/quiz/index": no leading '/', the page's file under src/ without extension. */
  route: string
  /** MAIN_PACKAGE, or the root of the subpackage that holds the page (its route starts with it). */
  package: string
  /** Where the page was before it moved; WeChat redirects these (navigation.ts), the browser keeps them. */
  oldRoutes?: readonly string[]
  /** Its name in words, as its title bar shows it (home: 首页): "「风险自测」没打开" names it. */
  title: string
}

/** Every page's name, e.g. 'quiz' or 'on-call'. */
export type PageName = keyof typeof routeTable

/** The table; its order is app.json's: home first, as WeChat opens the first page of the main package. */
export const PAGES: Readonly<Record<PageName, PageRoute>> = routeTable

/** The `package` of a page in the main package. */
export const MAIN_PACKAGE = 'main'

const entries = Object.entries(PAGES) as [PageName, PageRoute][]

/** A query as a link carries it: "?a=1&b=x%20y" (values URI-encoded), or '' when there is none. */
function queryString(query: Readonly<Record<string, string | number>> = {}): string {
  const search = Object.entries(query)
    .map(([key, value]) => `${key}=${encodeURIComponent(String(value))}`)
    .join('&')
  return search ? `?${search}` : ''
}

/** The absolute path of a page with its query, e.g. pagePath('quiz', { mode: 'review' }). */
export function pagePath(page: PageName, query?: Readonly<Record<string, string | number>>): string {
  return `/${PAGES[page].route}${queryString(query)}`
}

/** app.config's `pages` (the main package) and `subPackages`, in table order. */
export function packageLayout(): { pages: string[]; subPackages: { root: string; pages: string[] }[] } {
  const pages: string[] = []
  const subPackages: { root: string; pages: string[] }[] = []
  for (const [, { route, package: root }] of entries) {
    if (root === MAIN_PACKAGE) {
      pages.push(route)
      continue
    }
    let sub = subPackages.find((p) => p.root === root)
    if (!sub) subPackages.push((sub = { root, pages: [] }))
    sub.pages.push(route.slice(root.length + 1))
  }
  return { pages, subPackages }
}

const trimSlash = (route: string) => route.replace(/^\/+/, '')

/**
 * The route a link to a missing page means, else null: a moved page's route now, for one of its old routes
 * ("pages/quiz/index", '/' optional), and any page's route for a path that names it loosely, as links copied by
 * hand or through chats arrive ("pages//category", "pages/category/", no "index", ".html" added, capitals). Null
 * for a route that is right as it is, so a redirect can never loop.
 */
export function movedRoute(path: string): string | null {
  const page = pageAt(path)
  const route = page && PAGES[page].route
  return route && route !== trimSlash(path) ? route : null
}

/** The page a route names, old or new, loosely written as movedRoute reads it; null for none. */
export function pageAt(path: string): PageName | null {
  const wanted = loosePath(path)
  return (
    entries.find(([, p]) => [p.route, ...(p.oldRoutes ?? [])].some((r) => loosePath(r) === wanted))?.[0] ??
    null
  )
}

/** A route's words without empty parts, a trailing "index" or ".html": "/pages//Category/index.html" → "pages/category". */
function loosePath(path: string): string {
  const parts = path
    .toLowerCase()
    .replace(/\.html?$/, '')
    .split('/')
    .filter(Boolean)
  if (parts.length > 2 && parts[parts.length - 1] === 'index') parts.pop()
  return parts.join('/')
}

/**
 * A page path as the browser shows it: a moved page keeps its first old route as its address (config/routes.ts
 * gives Taro's router the same), e.g. "/pages/learn/quiz/index?from=share" → "/pages/quiz/index?from=share".
 */
export function browserPath(path: string): string {
  const cut = path.search(/[?#]/)
  const route = trimSlash(cut < 0 ? path : path.slice(0, cut))
  const page = entries.find(([, p]) => p.route === route)?.[1]
  const address = page?.oldRoutes?.[0]
  return address ? `/${address}${cut < 0 ? '' : path.slice(cut)}` : path
}

/**
 * Carries a query WeChat hands over as it came in the link (values may still be percent-encoded, or decoded):
 * only characters a link cannot hold are encoded, so a value is never encoded twice.
 */
export function passQuery(query: unknown): string {
  if (typeof query !== 'object' || query === null) return ''
  const keep = (text: string) => text.replace(/[^\w\-.!~*'()%]/g, (c) => encodeURIComponent(c))
  const search = Object.entries(query as Record<string, unknown>)
    .filter(([, value]) => typeof value === 'string' || typeof value === 'number')
    .map(([key, value]) => `${keep(key)}=${keep(String(value))}`)
    .join('&')
  return search ? `?${search}` : ''
}
