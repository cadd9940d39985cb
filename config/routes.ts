import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

/** The route table (src/routes.ts describes it). Read at build time; the blank app the bench builds has none. */
const ROUTE_TABLE = path.resolve(__dirname, '..', 'src', 'route-table.json')

/**
 * The browser's custom addresses (Taro's h5 `router.customRoutes`, "/route" → ["/old route", …]) from the route
 * table: a page that moved keeps its old routes as its addresses, the first one shown in the address bar, so links
 * and bookmarks made before still work and new ones look the same (src/routes.ts browserPath gives the same
 * address); its new route is an address too, so a mini-program path pasted into the browser opens the page as well.
 * Kept here, not in src/routes.ts: Taro loads the build config without compiling src/.
 */
export function browserAliases(table = ROUTE_TABLE): Record<string, string[]> {
  if (!existsSync(table)) return {}
  const pages = JSON.parse(readFileSync(table, 'utf8')) as Record<
    string,
    { route: string; oldRoutes?: string[] }
  >
  const aliases: Record<string, string[]> = {}
  for (const page of Object.values(pages)) {
    if (page.oldRoutes?.length)
      aliases[`/${page.route}`] = [...page.oldRoutes.map((old) => `/${old}`), `/${page.route}`]
  }
  return aliases
}
