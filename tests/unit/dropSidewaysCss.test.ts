/**
 * config/dropSidewaysCss.js leaves the browser version's sideways rules (fs-short-landscape) out of the mini-program's
 * stylesheets, which never turn. Run on real compiled styles: every sideways rule goes, every other rule stays.
 */
import { join } from 'node:path'
import postcss from 'postcss'
import { compile } from 'sass'

// eslint-disable-next-line @typescript-eslint/no-require-imports
const dropSidewaysCss = require('../../config/dropSidewaysCss.js') as () => postcss.Plugin

const SRC = join(__dirname, '../../src')

function compiled(file: string): string {
  return compile(join(SRC, file)).css
}

function mediaQueries(css: string): string[] {
  const queries: string[] = []
  postcss.parse(css).walkAtRules('media', (rule) => {
    queries.push(rule.params)
  })
  return queries
}

describe('the mini-program build without the sideways rules', () => {
  it.each(['components/PageShell/index.scss', 'pages/check/index.scss', 'pages/family/pause/index.scss'])(
    '%s keeps its rules and upright media queries, and loses only the sideways ones',
    (file) => {
      const css = compiled(file)
      const before = mediaQueries(css)
      expect(before.some((query) => query.includes('landscape'))).toBe(true)

      const trimmed = postcss([dropSidewaysCss()]).process(css, { from: undefined }).css
      expect(mediaQueries(trimmed)).toEqual(before.filter((query) => !query.includes('landscape')))
      // The rules outside media queries are all still there.
      const outside = (text: string) =>
        postcss
          .parse(text)
          .nodes.filter((node) => node.type === 'rule')
          .map(String)
      expect(outside(trimmed)).toEqual(outside(css))
    }
  )
})
