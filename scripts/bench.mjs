// npm run bench [-- --skip-build]
// Builds the mini-program (dist/) and the browser version (dist-h5/) for production, measures package sizes,
// load timings in Chromium (375×667, 4× CPU throttling, median of 5 fresh loads), DOM size per page, JS heap
// after a quiz round, the risk self-check rates and search speed. Prints one table, writes reports/bench.json,
// and exits non-zero when a size is over its budget in bench-budgets.json or a measurement failed.
// Timings are reported, never asserted. --skip-build reuses the existing dist/ and dist-h5/.
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { launchBrowser } from '../tests/e2e/support/browser.mjs'
import { serveStatic } from '../tests/e2e/support/server.mjs'
import {
  CPU_THROTTLE_RATE,
  RUNS,
  countDomNodes,
  measureLoadTimings,
  measureQuizHeap
} from './lib/bench-browser.mjs'
import {
  NotAvailable,
  SEARCH_QUERIES,
  appConfigRoutes,
  measureRiskCheck,
  measureSearch
} from './lib/bench-domain.mjs'
import { formatBytes, formatKb, formatMs, formatPercent, renderTable } from './lib/bench-format.mjs'
import { h5ScriptText, measureH5, measureWeapp } from './lib/bench-sizes.mjs'

const WEAPP_DIR = 'dist'
const H5_DIR = 'dist-h5'
const REPORT_DIR = 'reports'
/**
 * The H5 build is measured and served from a private copy, so a build started meanwhile by someone else
 * (npm run test:e2e, dev:h5) cannot empty the folder under the browser.
 */
const H5_SNAPSHOT = join(REPORT_DIR, '.cache', 'dist-h5')
const BUDGET_FILE = 'bench-budgets.json'
/** WeChat DevTools' audit flags a page with this many WXML nodes or more. */
const DOM_NODE_LIMIT = 1000

/** Budget keys and what they limit; subPackageBytes applies to each subpackage. */
const BUDGET_KEYS = ['totalWeappBytes', 'mainPackageBytes', 'subPackageBytes', 'h5JsBytes', 'h5JsGzipBytes']

/** Page routes whose DOM is counted; `always` pages must exist, the others only once they are built. */
const PAGES = [
  { name: 'index', path: 'pages/index/index', always: true },
  { name: 'category', path: 'pages/category/index', query: '?id=fake-credit', always: true },
  { name: 'prevention', path: 'pages/prevention/index', always: true },
  { name: 'quiz', path: 'pages/quiz/index' },
  { name: 'quiz-result', path: 'pages/quiz-result/index' },
  { name: 'check', path: 'pages/check/index' },
  { name: 'search', path: 'pages/search/index' },
  { name: 'help', path: 'pages/help/index' },
  { name: 'not-found', path: 'pages/not-found/index' }
]

const startedAt = performance.now()
const rows = []
const failures = []
const overBudget = []
const report = { startedAt: new Date().toISOString(), node: process.version }

function parseArgs(argv) {
  const known = new Set(['--skip-build'])
  const unknown = argv.filter((a) => !known.has(a))
  if (unknown.length > 0) {
    console.error(`bench: unknown argument ${unknown.join(' ')} (known: ${[...known].join(' ')})`)
    process.exit(2)
  }
  return { skipBuild: argv.includes('--skip-build') }
}

function progress(message) {
  process.stderr.write(`bench: ${message}\n`)
}

function row(section, metric, value, note = '') {
  rows.push({ section, metric, value, note })
}

/** A figure that could not be measured: "n/a (why)" when it does not exist yet, otherwise a failure. */
function notMeasured(section, metric, error) {
  if (error instanceof NotAvailable) {
    row(section, metric, `n/a (${error.message})`)
  } else {
    failures.push(`${metric}: ${error.message}`)
    row(section, metric, 'error', error.message.split('\n')[0].slice(0, 100))
  }
}

function loadBudgets() {
  const budgets = JSON.parse(readFileSync(BUDGET_FILE, 'utf8'))
  for (const [key, value] of Object.entries(budgets)) {
    if (!BUDGET_KEYS.includes(key))
      throw new Error(`${BUDGET_FILE}: unknown budget "${key}" (known: ${BUDGET_KEYS})`)
    if (!Number.isInteger(value) || value <= 0)
      throw new Error(`${BUDGET_FILE}: "${key}" must be a positive integer`)
  }
  return budgets
}

/** The note of a budgeted size; records it when over. */
function budgetNote(budgets, key, bytes, what) {
  const limit = budgets[key]
  if (limit === undefined) return ''
  if (bytes > limit) {
    overBudget.push(`${what}: ${formatBytes(bytes)} > ${key} ${formatBytes(limit)}`)
    return `OVER budget ${formatKb(limit)} by ${formatKb(bytes - limit)}`
  }
  return `budget ${formatKb(limit)}: ok (${Math.round((bytes / limit) * 100)}%)`
}

function build(type) {
  progress(`taro build --type ${type}`)
  const started = performance.now()
  const result = spawnSync('npx', ['taro', 'build', '--type', type], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: process.env
  })
  const seconds = (performance.now() - started) / 1000
  if (result.status !== 0) {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n').slice(-30).join('\n')
    process.stderr.write(`${output}\n`)
    throw new Error(`taro build --type ${type} failed (exit ${result.status ?? result.signal})`)
  }
  return seconds
}

function snapshotH5() {
  if (!existsSync(join(H5_DIR, 'index.html'))) throw new Error(`${H5_DIR}/index.html is missing`)
  rmSync(H5_SNAPSHOT, { recursive: true, force: true })
  cpSync(H5_DIR, H5_SNAPSHOT, { recursive: true })
  const html = existsSync(join(H5_SNAPSHOT, 'index.html'))
    ? readFileSync(join(H5_SNAPSHOT, 'index.html'), 'utf8')
    : ''
  const assets = Array.from(html.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g), (m) => m[1])
  if (!html || assets.some((asset) => !existsSync(join(H5_SNAPSHOT, asset)))) {
    throw new Error(`${H5_DIR} changed while it was copied: is another H5 build running?`)
  }
}

function measureSizes(budgets, { skipBuild }) {
  const W = 'mini-program (dist/)'
  try {
    const seconds = skipBuild ? null : build('weapp')
    const weapp = measureWeapp(WEAPP_DIR)
    report.weapp = { ...weapp, buildSeconds: seconds }
    row(
      W,
      'total',
      formatBytes(weapp.totalBytes),
      budgetNote(budgets, 'totalWeappBytes', weapp.totalBytes, 'weapp total')
    )
    row(
      W,
      'main package',
      formatBytes(weapp.mainPackageBytes),
      budgetNote(budgets, 'mainPackageBytes', weapp.mainPackageBytes, 'weapp main package')
    )
    if (weapp.subPackages.length === 0) row(W, 'subpackages', 'none', 'app.json declares no subPackages')
    for (const sub of weapp.subPackages) {
      row(
        W,
        `subpackage ${sub.root}`,
        formatBytes(sub.bytes),
        budgetNote(budgets, 'subPackageBytes', sub.bytes, `weapp subpackage ${sub.root}`)
      )
    }
    weapp.largest.forEach((f, i) => row(W, `largest #${i + 1}`, formatBytes(f.bytes), f.path))
    row(
      W,
      'files',
      String(weapp.fileCount),
      skipBuild ? 'existing build (--skip-build)' : `built in ${seconds.toFixed(1)} s`
    )
  } catch (error) {
    notMeasured(W, 'mini-program sizes', error)
  }

  const H = 'H5 (dist-h5/)'
  try {
    const seconds = skipBuild ? null : build('h5')
    snapshotH5()
    const h5 = measureH5(H5_SNAPSHOT)
    report.h5 = { ...h5, buildSeconds: seconds }
    row(
      H,
      `JS raw (${h5.jsFiles} files)`,
      formatBytes(h5.jsBytes),
      budgetNote(budgets, 'h5JsBytes', h5.jsBytes, 'H5 JS raw')
    )
    row(
      H,
      'JS gzip -9 (per file, summed)',
      formatBytes(h5.jsGzipBytes),
      budgetNote(budgets, 'h5JsGzipBytes', h5.jsGzipBytes, 'H5 JS gzip')
    )
    if (seconds !== null) row(H, 'build time', `${seconds.toFixed(1)} s`)
    return true
  } catch (error) {
    notMeasured(H, 'H5 sizes', error)
    return false
  }
}

/** Page routes of src/app.config.ts (falling back to dist/app.json) and which of them the H5 build contains. */
async function resolveRoutes() {
  let configured
  try {
    configured = await appConfigRoutes()
  } catch (error) {
    progress(`reading src/app.config.ts failed (${error.message}); using ${WEAPP_DIR}/app.json`)
    const appJson = JSON.parse(readFileSync(join(WEAPP_DIR, 'app.json'), 'utf8'))
    const sub = [...(appJson.subPackages ?? []), ...(appJson.subpackages ?? [])]
    configured = [
      ...appJson.pages,
      ...sub.flatMap((p) => p.pages.map((page) => `${p.root.replace(/\/+$/, '')}/${page}`))
    ]
  }
  const built = h5ScriptText(H5_SNAPSHOT)
  const find = (path) => configured.find((r) => r === path || r.endsWith(`/${path}`))
  return { configured, find, inH5: (route) => built.includes(route) }
}

const domNote = (count) =>
  count >= DOM_NODE_LIMIT ? `${count - DOM_NODE_LIMIT + 1} over the audit limit` : ''

const msNote = (runs) =>
  `median of ${runs.length} (${formatMs(Math.min(...runs))}–${formatMs(Math.max(...runs))})`

async function measureBrowser(routes) {
  const T = `Chromium 375×667, ${CPU_THROTTLE_RATE}× CPU, fresh context per load`
  const D = 'DOM elements per page (WeChat audit: < 1000 nodes)'
  const Q = 'JS heap'
  const server = await serveStatic(H5_SNAPSHOT)
  let browser
  try {
    browser = await launchBrowser()
    report.chromium = browser.version()

    const home = routes.find('pages/index/index')
    const category = routes.find('pages/category/index')
    const targets = [
      {
        label: 'home',
        route: home,
        selector: '.fs-category-card',
        count: 10,
        content: '10 categories visible'
      },
      {
        label: 'category deep link',
        route: `${category}?id=fake-credit&from=share`,
        selector: '.fs-category__tip',
        count: 1,
        content: 'tip visible'
      }
    ]
    progress(`load timings: ${RUNS} runs × ${targets.length} pages, ${CPU_THROTTLE_RATE}× CPU throttling`)
    try {
      if (!home || !category)
        throw new Error('pages/index/index or pages/category/index is not in src/app.config.ts')
      const timings = await measureLoadTimings(browser, server.url, targets)
      report.timings = timings
      timings.forEach((t, i) => {
        row(T, `${targets[i].label}: first contentful paint`, formatMs(t.fcpMs), msNote(t.fcpRuns))
        row(T, `${targets[i].label}: ${targets[i].content}`, formatMs(t.visibleMs), msNote(t.visibleRuns))
      })
    } catch (error) {
      notMeasured(T, 'load timings', error)
    }

    progress('DOM size of every page')
    report.domNodes = {}
    for (const p of PAGES) {
      const route = routes.find(p.path)
      const metric = p.query ? `${p.name}${p.query}` : p.name
      try {
        if (!route) {
          if (p.always) throw new Error(`${p.path} is not in src/app.config.ts`)
          throw new NotAvailable('not a page yet')
        }
        if (!routes.inH5(route)) throw new NotAvailable(`not in ${H5_DIR}: rebuild`)
        const count = await countDomNodes(browser, server.url, `${route}${p.query ?? ''}`)
        report.domNodes[metric] = count
        row(D, metric, String(count), domNote(count))
      } catch (error) {
        notMeasured(D, metric, error)
      }
    }

    const quiz = routes.find('pages/quiz/index')
    try {
      if (!quiz) throw new NotAvailable('quiz not built')
      if (!routes.inH5(quiz)) throw new NotAvailable(`quiz not in ${H5_DIR}: rebuild`)
      progress('JS heap after a quiz round')
      const heap = await measureQuizHeap(browser, server.url, quiz)
      report.quizHeap = heap
      report.domNodes['quiz (a question answered)'] = heap.answeredQuestionNodes
      report.domNodes['quiz-result (after a round)'] = heap.resultNodes
      row(
        D,
        'quiz (a question answered, busiest)',
        String(heap.answeredQuestionNodes),
        domNote(heap.answeredQuestionNodes)
      )
      row(D, 'quiz-result (after the round)', String(heap.resultNodes), domNote(heap.resultNodes))
      row(
        Q,
        'after a full quiz round',
        `${(heap.usedBytes / 1024 / 1024).toFixed(2)} MB`,
        `used heap after GC, ${heap.answered} questions answered (Runtime.getHeapUsage)`
      )
    } catch (error) {
      notMeasured(Q, 'after a full quiz round', error)
    }
  } finally {
    await browser?.close()
    await server.close()
  }
}

async function measureDomain() {
  const R = 'risk self-check (tests/fixtures/check-corpus.json, real messages)'
  progress('risk self-check and search')
  try {
    const rates = await measureRiskCheck()
    report.riskCheck = rates
    for (const p of rates.parts) {
      row(
        R,
        `${p.part}: scams flagged`,
        formatPercent(p.scams ? p.scamsFlagged / p.scams : 0),
        `${p.scamsFlagged} of ${p.scams}; 高风险 ${p.scamsHighRisk} (${formatPercent(p.scams ? p.scamsHighRisk / p.scams : 0)})`
      )
      row(
        R,
        `${p.part}: ordinary flagged`,
        formatPercent(p.ordinary ? p.ordinaryFlagged / p.ordinary : 0),
        `${p.ordinaryFlagged} of ${p.ordinary}; 高风险 ${p.ordinaryHighRisk} (${formatPercent(p.ordinary ? p.ordinaryHighRisk / p.ordinary : 0)})`
      )
    }
    row(R, 'check 5,000 characters', formatMs(rates.checkMs5000, 2), 'median of 50 runs, node')
  } catch (error) {
    notMeasured(R, 'scams / ordinary flagged per corpus part', error)
  }

  const S = 'search (src/domain/search.ts, node)'
  try {
    const search = await measureSearch()
    report.search = search
    row(
      S,
      `searchContent, median of ${search.queries} queries`,
      formatMs(search.medianMs, 3),
      `slowest ${formatMs(search.maxMs, 3)}; ${search.entries} entries, index built in ${formatMs(search.buildMs, 1)}`
    )
    if (search.withoutResults.length > 0) row(S, 'queries without results', search.withoutResults.join(' '))
  } catch (error) {
    notMeasured(S, `searchContent, ${SEARCH_QUERIES.length} queries`, error)
  }
}

async function main() {
  const options = parseArgs(process.argv.slice(2))
  report.skipBuild = options.skipBuild
  const budgets = loadBudgets()
  report.budgets = budgets
  const h5Ready = measureSizes(budgets, options)

  if (h5Ready) {
    try {
      await measureBrowser(await resolveRoutes())
    } catch (error) {
      notMeasured('Chromium', 'browser measurements', error)
    }
  } else {
    row('Chromium', 'browser measurements', 'n/a', 'no H5 build')
  }
  await measureDomain()

  const seconds = (performance.now() - startedAt) / 1000
  const table = renderTable(rows)
  console.log(table)
  console.log(`\nbench finished in ${seconds.toFixed(1)} s${options.skipBuild ? ' (--skip-build)' : ''}`)

  Object.assign(report, { durationSeconds: seconds, overBudget, failures, rows, table })
  mkdirSync(REPORT_DIR, { recursive: true })
  writeFileSync(join(REPORT_DIR, 'bench.json'), `${JSON.stringify(report, null, 2)}\n`)
  console.log(`report: ${join(REPORT_DIR, 'bench.json')}`)

  for (const line of overBudget) console.error(`over budget: ${line}`)
  for (const line of failures) console.error(`failed: ${line}`)
  if (overBudget.length > 0 || failures.length > 0) process.exitCode = 1
}

main().catch((error) => {
  console.error(error)
  process.exitCode = 1
})
