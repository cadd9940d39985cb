import { readFileSync } from 'node:fs'

/**
 * Every page of the route table (src/route-table.json, which app.config.ts builds the page list from), so a page
 * added by anyone is walked too. Returns each page's browser address, such as "/pages/quiz/index": a page that
 * moved into a shared subpackage keeps its first old route as its address (config/routes.ts).
 */
export function appPageRoutes(tableFile = 'src/route-table.json') {
  const pages = Object.values(JSON.parse(readFileSync(tableFile, 'utf8')))
  return pages.map((page) => `/${page.oldRoutes?.[0] ?? page.route}`)
}
