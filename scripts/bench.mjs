// npm run bench [-- --skip-build]
// Builds the product (dist/, dist-h5/) and the blank Taro app of bench/blank-app (same config, in
// reports/.cache/blank-app) for production in the same run, and prints each figure of the two side by side with
// the ratio: package sizes and duplicates, home load timings in Chromium (375×667, 4× CPU throttling, 5 fresh
// loads each, product and blank alternating; min / median / max), JS requested by home, DOM size per page (the
// search page with results too), JS heap after a quiz round, the risk self-check rates and search speed. Writes
// reports/bench.json and exits non-zero when a size is over its budget in bench-budgets.json or a measurement
// failed. Timings are reported, never asserted. --skip-build reuses the existing builds.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { gzipSync } from 'node:zlib'
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
import { addAppShell } from './app-shell.mjs'
import { BLANK_ROOT, taroBuild } from './lib/blank-app.mjs'
import { formatBytes, formatKb, formatMs, formatPercent, median, renderTable } from './lib/bench-format.mjs'
import { h5ScriptText, measureH5 } from './lib/bench-sizes.mjs'
import { buildWeappPair, checkWeappBudgets, compareWeapp } from './lib/size-compare.mjs'

const WEAPP_DIR = 'dist'
const H5_DIR = 'dist-h5'
const REPORT_DIR = 'reports'
/**
 * The H5 build is measured and served from a private copy, so a build started meanwhile by someone else
 * (npm run test:e2e, dev:h5) cannot empty the folder under the browser.
 */
const H5_SNAPSHOT = join(REPORT_DIR, '.cache', 'dist-h5')
const BLANK_H5_SNAPSHOT = join(REPORT_DIR, '.cache', 'blank-dist-h5')
const BUDGET_FILE = 'bench-budgets.json'
/** WeChat DevTools' audit flags a page with this many WXML nodes or more. */
const DOM_NODE_LIMIT = 1000

/** Typed on the search page before its DOM is counted: a character found all over the content. */
const SEARCH_CHARACTER = '骗'

/** Page routes whose DOM is counted; `always` pages must exist, the others only once they are built. */
const PAGES = [
  { name: 'index', path: 'pages/index/index', always: true },
  { name: 'category', path: 'pages/category/index', query: '?id=fake-credit', always: true },
  { name: 'prevention', path: 'pages/prevention/index', always: true },
  { name: 'quiz', path: 'pages/learn/quiz/index' },
  { name: 'quiz-result', path: 'pages/learn/quiz-result/index' },
  { name: 'check', path: 'pages/check/index' },
  { name: 'search', path: 'pages/learn/search/index' },
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
  for (const key of Object.keys(budgets)) {
    if (!['weapp', 'h5'].includes(key))
      throw new Error(`${BUDGET_FILE}: unknown section "${key}" (weapp, h5)`)
  }
  for (const key of Object.keys(budgets.h5 ?? {})) {
    if (key !== 'h5JsGzipBytes') throw new Error(`${BUDGET_FILE}: unknown h5 budget "${key}"`)
  }
  return budgets
}

const ratio = (product, blank) => `${(product / blank).toFixed(2)}×`

/** One row per figure of the two apps: product, blank, and their ratio. */
function sideBySide(section, metric, product, blank, format, note = '') {
  row(
    section,
    metric,
    `${format(product)} vs ${format(blank)}`,
    `${ratio(product, blank)}${note ? `; ${note}` : ''}`
  )
}

function snapshotH5(from, to) {
  if (!existsSync(join(from, 'index.html'))) throw new Error(`${from}/index.html is missing`)
  rmSync(to, { recursive: true, force: true })
  cpSync(from, to, { recursive: true })
  const html = existsSync(join(to, 'index.html')) ? readFileSync(join(to, 'index.html'), 'utf8') : ''
  const assets = Array.from(html.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g), (m) => m[1])
  if (!html || assets.some((asset) => !existsSync(join(to, asset)))) {
    throw new Error(`${from} changed while it was copied: is another H5 build running?`)
  }
}

async function measureSizes(budgets, { skipBuild }) {
  const W = 'mini-program: product vs blank Taro app (same config, same run)'
  try {
    const seconds = skipBuild ? null : buildWeappPair(progress)
    const comparison = compareWeapp(WEAPP_DIR)
    const { product, blank } = comparison
    report.weapp = { ...comparison, buildSeconds: seconds }
    sideBySide(
      W,
      'main package',
      product.mainPackageBytes,
      blank.mainPackageBytes,
      formatBytes,
      'target ≤ 1.15×'
    )
    sideBySide(W, 'total', product.totalBytes, blank.totalBytes, formatBytes, 'target ≤ 1.6×')
    for (const [root, bytes] of Object.entries(product.packages)) {
      if (root !== 'main') row(W, `subpackage ${root}`, formatBytes(bytes))
    }
    row(
      W,
      'stored in more than one package',
      String(product.duplicates.length),
      product.duplicates.map((d) => `${d.what} (${d.packages.length}×)`).join('; ')
    )
    for (const line of checkWeappBudgets(comparison, budgets.weapp ?? {})) overBudget.push(line)
    if (seconds) row(W, 'build time', `${seconds.product.toFixed(1)} s vs ${seconds.blank.toFixed(1)} s`)
  } catch (error) {
    notMeasured(W, 'mini-program sizes', error)
  }

  const H = 'H5: product vs blank Taro app'
  try {
    const seconds = skipBuild
      ? null
      : [taroBuild('h5', process.cwd(), progress), taroBuild('h5', BLANK_ROOT, progress)]
    // The product's build step after Taro's (npm run build:h5): home's first paint in index.html. The blank app
    // has no such step; the timings below also report when the app itself is ready, which the shell does not change.
    if (!skipBuild) await addAppShell(H5_DIR)
    snapshotH5(H5_DIR, H5_SNAPSHOT)
    snapshotH5(join(BLANK_ROOT, 'dist-h5'), BLANK_H5_SNAPSHOT)
    const h5 = measureH5(H5_SNAPSHOT)
    const blank = measureH5(BLANK_H5_SNAPSHOT)
    report.h5 = { ...h5, blank, buildSeconds: seconds }
    sideBySide(
      H,
      `JS raw, every file (${h5.jsFiles} vs ${blank.jsFiles} files)`,
      h5.jsBytes,
      blank.jsBytes,
      formatBytes
    )
    const limit = budgets.h5?.h5JsGzipBytes?.max
    if (limit && h5.jsGzipBytes > limit)
      overBudget.push(`H5 JS gzip ${formatBytes(h5.jsGzipBytes)} > ${formatBytes(limit)}`)
    sideBySide(
      H,
      'JS gzip -9, every file',
      h5.jsGzipBytes,
      blank.jsGzipBytes,
      formatBytes,
      limit ? `budget ${formatKb(limit)}` : ''
    )
    return true
  } catch (error) {
    notMeasured(H, 'H5 sizes', error)
    return false
  }
}

/**
 * Page routes of src/app.config.ts (falling back to dist/app.json), `find` giving a page's browser address, and
 * which of them the H5 build contains.
 */
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
  // The browser shows a page that moved into a shared subpackage at its old route (src/route-table.json).
  const table = Object.values(JSON.parse(readFileSync('src/route-table.json', 'utf8')))
  const address = (route) => table.find((p) => p.route === route)?.oldRoutes?.[0] ?? route
  const find = (path) => {
    const route = configured.find((r) => r === path || r.endsWith(`/${path}`))
    return route && address(route)
  }
  return { configured, find, inH5: (route) => built.includes(route) }
}

const domNote = (count) =>
  count >= DOM_NODE_LIMIT ? `${count - DOM_NODE_LIMIT + 1} over the audit limit` : ''

const msNote = (runs) =>
  `median of ${runs.length} (${formatMs(Math.min(...runs))}–${formatMs(Math.max(...runs))})`

/** min / median / max of a list of figures, formatted. */
const spread = (values, format) =>
  `${format(Math.min(...values))} / ${format(median(values))} / ${format(Math.max(...values))}`

/** gzip -9 bytes of the scripts a load requested, read from the served folder. */
function requestedGzip(dir, scripts) {
  return scripts.reduce(
    (total, path) => total + gzipSync(readFileSync(join(dir, path)), { level: 9 }).length,
    0
  )
}

async function measureBrowser(routes) {
  const T = `Chromium 375×667, ${CPU_THROTTLE_RATE}× CPU, fresh context per load, product vs blank alternating`
  const D = 'DOM elements per page (WeChat audit: < 1000 nodes)'
  const Q = 'JS heap'
  const server = await serveStatic(H5_SNAPSHOT)
  const blankServer = await serveStatic(BLANK_H5_SNAPSHOT)
  let browser
  try {
    browser = await launchBrowser()
    report.chromium = browser.version()

    const home = routes.find('pages/index/index')
    const category = routes.find('pages/category/index')
    const targets = [
      {
        label: 'home',
        baseUrl: server.url,
        dir: H5_SNAPSHOT,
        route: home,
        selector: '.fs-category-card',
        readySelector: '#app .fs-category-card',
        count: 10
      },
      {
        label: 'blank home',
        baseUrl: blankServer.url,
        dir: BLANK_H5_SNAPSHOT,
        route: 'pages/index/index',
        selector: '.index',
        count: 1
      },
      {
        label: 'category deep link',
        baseUrl: server.url,
        dir: H5_SNAPSHOT,
        route: `${category}?id=fake-credit&from=share`,
        selector: '.fs-category__tip',
        count: 1
      }
    ]
    progress(`load timings: ${RUNS} runs × ${targets.length} pages, ${CPU_THROTTLE_RATE}× CPU throttling`)
    try {
      if (!home || !category)
        throw new Error('pages/index/index or pages/category/index is not in src/app.config.ts')
      const [product, blank, deepLink] = await measureLoadTimings(browser, targets)
      report.timings = { home: product, blankHome: blank, categoryDeepLink: deepLink }
      const ms = (x) => formatMs(x)
      const x2 = (x) => `${x.toFixed(2)}×`
      for (const [metric, key, target] of [
        ['home: first contentful paint', 'fcpRuns', 'target ≤ 1.25×'],
        // A frame after the content is laid out: with the first-visit shell that frame waits for the app's
        // scripts, though the shell was painted at the first contentful paint.
        [
          'home: content visible (10 categories vs "Hello world!", next free frame)',
          'visibleRuns',
          'target ≤ 1.3×'
        ],
        [
          "home: ready to tap (the app's own 10 categories, not the first-visit shell)",
          'readyRuns',
          'no target'
        ]
      ]) {
        const paired = product[key].map((value, i) => value / blank[key][i])
        row(
          T,
          metric,
          `${ms(median(product[key]))} vs ${ms(median(blank[key]))}`,
          `${x2(median(paired))} (${target})`
        )
        row(T, '  product min / median / max', spread(product[key], ms))
        row(T, '  blank min / median / max', spread(blank[key], ms))
        row(T, '  ratio per paired run min / median / max', spread(paired, x2))
        report.timings[`${key}Ratios`] = paired
      }
      row(T, 'category deep link: first contentful paint', formatMs(deepLink.fcpMs), msNote(deepLink.fcpRuns))
      row(T, 'category deep link: tip visible', formatMs(deepLink.visibleMs), msNote(deepLink.visibleRuns))
      const productJs = requestedGzip(H5_SNAPSHOT, product.scripts)
      const blankJs = requestedGzip(BLANK_H5_SNAPSHOT, blank.scripts)
      report.timings.homeJsGzip = { product: productJs, blank: blankJs }
      sideBySide(
        T,
        `home: JS requested, gzip -9 (${product.scripts.length} vs ${blank.scripts.length} files)`,
        productJs,
        blankJs,
        formatBytes
      )
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

    try {
      const search = routes.find('pages/learn/search/index')
      if (!search) throw new NotAvailable('search is not a page')
      const typed = await countDomNodes(browser, server.url, search, async (page) => {
        await page.getByRole('searchbox').first().fill(SEARCH_CHARACTER)
        await page.locator('.fs-search__mark').first().waitFor({ timeout: 10000 })
      })
      report.domNodes[`search, "${SEARCH_CHARACTER}" typed`] = typed
      row(D, `search with results ("${SEARCH_CHARACTER}" typed)`, String(typed), domNote(typed))
      const blankHome = await countDomNodes(browser, blankServer.url, 'pages/index/index')
      report.domNodes['blank app home'] = blankHome
      row(D, 'blank Taro app home (yardstick)', String(blankHome))
    } catch (error) {
      notMeasured(D, 'search with results', error)
    }

    const quiz = routes.find('pages/learn/quiz/index')
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
    await blankServer.close()
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
    row(
      R,
      'check a 5,000-character chat',
      formatMs(rates.checkChatMs5000, 2),
      'the same words a clause a turn: read whole, then in windows of turns; median of 50 runs, node'
    )
    row(
      R,
      `check ${rates.hostile.chars.toLocaleString('en')} hostile characters`,
      formatMs(rates.hostile.worstMs, 2),
      `slowest of ${rates.hostile.shapes} repeated shapes (${JSON.stringify(rates.hostile.worstShape)}), median of 5 runs each, node`
    )
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
    row(
      S,
      'slowest query, content ten times the brochure',
      formatMs(search.tenfoldMaxMs, 2),
      'a frame is 16 ms'
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
  const h5Ready = await measureSizes(budgets, options)

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
