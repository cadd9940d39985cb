// npm run build:traditional — writes src/data/traditional-chars.json (tests/support/traditionalChars.ts) from OpenCC,
// src/data/risk-signals.json and the matcher's code. Run it after the signal words or the patterns change; a unit test
// fails while the file differs.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { bundleAndImport } from './lib/bench-domain.mjs'

const ROOT = process.cwd()
const mod = await bundleAndImport('build-traditional', "export * from './tests/support/traditionalChars'")
const chars = mod.buildTraditionalChars(mod.matcherText(ROOT))
writeFileSync(join(ROOT, 'src/data/traditional-chars.json'), `${JSON.stringify(chars, null, 2)}\n`)
console.log(`build:traditional: ${chars.traditional.length} characters`)
