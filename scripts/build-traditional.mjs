// npm run build:traditional — writes src/data/traditional-chars.json (tests/support/traditionalChars.ts) from OpenCC
// and src/data/risk-signals.json. Run it after the signal words change; a unit test fails while the file differs.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { bundleAndImport } from './lib/bench-domain.mjs'

const ROOT = process.cwd()
const mod = await bundleAndImport('build-traditional', "export * from './tests/support/traditionalChars'")
const signals = readFileSync(join(ROOT, 'src/data/risk-signals.json'), 'utf8')
const chars = mod.buildTraditionalChars(signals)
writeFileSync(join(ROOT, 'src/data/traditional-chars.json'), `${JSON.stringify(chars, null, 2)}\n`)
console.log(`build:traditional: ${chars.traditional.length} characters`)
