// npm run build:traditional — writes src/data/traditional-chars.json (tests/support/traditionalChars.ts) from OpenCC,
// src/data/risk-signals.json and the matcher's code, and src/data/search-traditional-chars.json from the content people
// search. Run it after the signal words, the patterns or the content change; a unit test fails while a file differs.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { bundleAndImport } from './lib/bench-domain.mjs'

const ROOT = process.cwd()
const mod = await bundleAndImport('build-traditional', "export * from './tests/support/traditionalChars'")
const chars = mod.buildTraditionalChars(mod.matcherText(ROOT))
writeFileSync(join(ROOT, 'src/data/traditional-chars.json'), `${JSON.stringify(chars, null, 2)}\n`)
console.log(`build:traditional: ${chars.traditional.length} characters`)
const searched = mod.buildTraditionalChars(mod.searchText(ROOT), mod.SEARCH_TRADITIONAL_SOURCE)
writeFileSync(join(ROOT, 'src/data/search-traditional-chars.json'), `${JSON.stringify(searched, null, 2)}\n`)
console.log(`build:traditional: ${searched.traditional.length} characters for 搜索`)
