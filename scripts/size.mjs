// npm run test:size — the fast size guard of `npm run test:all`. Builds the mini-program of the product and of
// the blank Taro app (bench/blank-app) with the same config, then fails when a ratio or a size is over its
// budget in bench-budgets.json (`weapp`), or when a source module or data file is stored in more than one package.
// Timings are not measured here: they belong to `npm run bench`, which never fails on noise.
import { readFileSync } from 'node:fs'
import { formatBytes } from './lib/bench-format.mjs'
import { buildWeappPair, checkWeappBudgets, compareWeapp } from './lib/size-compare.mjs'

const budgets = JSON.parse(readFileSync('bench-budgets.json', 'utf8')).weapp
buildWeappPair((line) => process.stderr.write(`test:size: ${line}\n`))
const comparison = compareWeapp()
const { product, blank } = comparison
console.log(
  `main package  ${formatBytes(product.mainPackageBytes)} vs blank ${formatBytes(blank.mainPackageBytes)}`
)
console.log(
  `              ${comparison.mainPackageRatio.toFixed(3)}× (budget ${budgets.mainPackageRatio.max}×)`
)
console.log(`total         ${formatBytes(product.totalBytes)} vs blank ${formatBytes(blank.totalBytes)}`)
console.log(`              ${comparison.totalRatio.toFixed(3)}× (budget ${budgets.totalRatio.max}×)`)
for (const [root, bytes] of Object.entries(product.packages)) {
  if (root !== 'main') console.log(`  ${root.padEnd(22)} ${formatBytes(bytes)}`)
}
console.log(`stored in more than one package: ${product.duplicates.length}`)
const problems = checkWeappBudgets(comparison, budgets)
for (const line of problems) console.error(`test:size: ${line}`)
if (problems.length > 0) process.exitCode = 1
else console.log('test:size: every size budget holds')
