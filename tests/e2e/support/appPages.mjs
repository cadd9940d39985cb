import { readFileSync } from 'node:fs'

/**
 * Every page route the app config lists (main package and subpackages), read from src/app.config.ts so a page
 * added by anyone is walked too. Returns routes such as "/pages/quiz/index".
 */
export function appPageRoutes(configFile = 'src/app.config.ts') {
  const source = readFileSync(configFile, 'utf8')
  const main = source.match(/pages:\s*\[([^\]]*)\]/)
  const routes = main ? quoted(main[1]) : []
  for (const sub of source.matchAll(/root:\s*'([^']+)'\s*,\s*pages:\s*\[([^\]]*)\]/g)) {
    for (const page of quoted(sub[2])) routes.push(`${sub[1]}/${page}`)
  }
  return [...new Set(routes)].map((route) => `/${route}`)
}

function quoted(list) {
  return Array.from(list.matchAll(/'([^']+)'/g), (m) => m[1])
}
