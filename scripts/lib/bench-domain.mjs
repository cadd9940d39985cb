// The TypeScript side of the benchmark: the app config, the risk self-check rates and search speed. The domain
// code is bundled with esbuild (already installed by Taro) into reports/.cache and imported from there.
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { pathToFileURL } from 'node:url'
import { median } from './bench-format.mjs'

const ROOT = process.cwd()
export const CACHE_DIR = join(ROOT, 'reports', '.cache')

/** Marks a figure that cannot be measured yet, with the reason; never a made-up number. */
export class NotAvailable extends Error {}

let esbuildPromise
function loadEsbuild() {
  esbuildPromise ??= import('esbuild').then(
    (mod) => mod.default ?? mod,
    () => null
  )
  return esbuildPromise
}

/** Bundles `contents` (TypeScript, resolved from the project root) into one ESM file and imports it. */
export async function bundleAndImport(name, contents, banner) {
  const esbuild = await loadEsbuild()
  if (!esbuild) throw new NotAvailable('esbuild is not installed')
  mkdirSync(CACHE_DIR, { recursive: true })
  const outfile = join(CACHE_DIR, `${name}.mjs`)
  try {
    await esbuild.build({
      stdin: { contents, resolveDir: ROOT, sourcefile: `bench-${name}.ts`, loader: 'ts' },
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      outfile,
      tsconfig: join(ROOT, 'tsconfig.json'),
      banner: banner ? { js: banner } : undefined,
      logLevel: 'silent'
    })
  } catch (error) {
    const first = error.errors?.[0]
    const where = first?.location ? `${first.location.file}:${first.location.line}: ` : ''
    throw new Error(`esbuild could not bundle ${name}: ${where}${first?.text ?? error.message}`)
  }
  return import(`${pathToFileURL(outfile).href}?t=${Date.now()}`)
}

function requireFiles(...files) {
  for (const file of files) {
    if (!existsSync(join(ROOT, file))) throw new NotAvailable(`${file} does not exist yet`)
  }
}

/** Every page path of src/app.config.ts, subpackage pages prefixed with their root. */
export async function appConfigRoutes() {
  const mod = await bundleAndImport(
    'app-config',
    `import config from './src/app.config'\nexport default config\n`,
    'const defineAppConfig = (config) => config;'
  )
  const config = mod.default
  const sub = [...(config.subPackages ?? []), ...(config.subpackages ?? [])]
  return [
    ...(config.pages ?? []),
    ...sub.flatMap((p) =>
      (p.pages ?? []).map((page) => `${String(p.root).replace(/^\/+|\/+$/g, '')}/${page}`)
    )
  ]
}

/** The two parts of tests/fixtures/check-corpus.json, split once by source (see its splitRule). */
export const CORPUS_PARTS = ['tuning', 'held-out']

/**
 * The risk self-check on the corpus of real messages, per part: scams flagged and 高风险, ordinary messages
 * flagged and 高风险; plus the time to check 5,000 characters, as messages and as a pasted chat (medians of repeated runs).
 */
export async function measureRiskCheck() {
  const corpusFile = 'tests/fixtures/check-corpus.json'
  requireFiles(
    'src/domain/riskCheck/index.ts',
    'src/domain/riskCheck/data.ts',
    'tests/support/corpusRates.ts',
    corpusFile
  )
  const mod = await bundleAndImport(
    'risk-check',
    `export * as risk from './src/domain/riskCheck'\nexport * as data from './src/domain/riskCheck/data'\nexport * as rates from './tests/support/corpusRates'\n`
  )
  if (typeof mod.rates.rateCorpus !== 'function') {
    throw new NotAvailable('tests/support/corpusRates.ts does not export rateCorpus')
  }
  const signals = mod.data.riskSignalData
  const { messages } = JSON.parse(readFileSync(join(ROOT, corpusFile), 'utf8'))
  const parts = CORPUS_PARTS.map((part) => ({
    part,
    ...mod.rates.rateCorpus(
      messages.filter((m) => m.part === part),
      signals
    )
  }))
  let sample = ''
  for (let i = 0; sample.length < 5000; i++) sample += `${messages[i % messages.length].text}\n`
  sample = sample.slice(0, 5000)
  // The same messages as a pasted chat, a clause a turn between two speakers: flagged as a whole, so it is read
  // again in windows of turns (src/domain/riskCheck/chat.ts), the check's slowest ordinary path.
  let chat = ''
  const clauses = sample.split(/[，。！？\n]/).filter((c) => c.trim() !== '')
  for (let i = 0; chat.length < 5000; i++)
    chat += `${i % 2 ? '我' : '对方'}：${clauses[i % clauses.length]}\n`
  chat = chat.slice(0, 5000)
  const timed = (text) => {
    const timings = []
    for (let i = 0; i < 60; i++) {
      const start = performance.now()
      mod.risk.checkMessage({ text, situations: [] }, signals)
      if (i >= 10) timings.push(performance.now() - start)
    }
    return median(timings)
  }
  const checkMs5000 = timed(sample)
  const checkChatMs5000 = timed(chat)
  // The longest paste read (MAX_INPUT_CHARS) in shapes that make a careless pattern rescan the text from every
  // position: unclosed quotation marks, one character or one signal word over and over, one long Latin word, dots,
  // masks, negations, digits, spaces, and one long clause before the writer says they paid. Each is [repeated unit,
  // ending]. Timed here, not in the unit tests, which only check that each shape gets its answer.
  const longest = mod.risk.MAX_INPUT_CHARS
  const hostile = [
    ['“'],
    ['「说'],
    ['：“'],
    ['"说'],
    ['转账'],
    ['不要'],
    ['a'],
    ['a.'],
    ['***.'],
    ['请'],
    ['1'],
    ['转 '],
    ['http://a.'],
    ['，不'],
    ['费', '你，我已经交了'],
    ['我:转账\n客服:验证码\n']
  ]
  let worstMs = 0
  let worstShape = ''
  for (const [unit, ending = ''] of hostile) {
    const shape = unit + ending
    const body = longest - ending.length
    const text = unit.repeat(Math.ceil(body / unit.length)).slice(0, body) + ending
    const runs = []
    for (let i = 0; i < 7; i++) {
      const start = performance.now()
      mod.risk.checkMessage({ text, situations: [] }, signals)
      if (i >= 2) runs.push(performance.now() - start)
    }
    if (median(runs) > worstMs) {
      worstMs = median(runs)
      worstShape = shape
    }
  }
  return {
    parts,
    signals: signals.signals.length,
    checkMs5000,
    checkChatMs5000,
    hostile: { chars: longest, shapes: hostile.length, worstMs, worstShape }
  }
}

/** What people type into the search box: single words, numbers, two-word queries, Latin in either case. */
export const SEARCH_QUERIES = [
  '刷单',
  '验证码',
  '安全账户',
  '96110',
  '征信',
  '贷款 手续费',
  '客服 退款',
  '公检法',
  '投资理财',
  '游戏装备',
  '冒充领导',
  '转账',
  '屏幕 共享',
  '杀猪盘',
  'app',
  '不轻信',
  '银行卡',
  '断卡',
  '及时报警',
  '微信 转账'
]

const REPEATS = 200

export async function measureSearch() {
  requireFiles('src/domain/search.ts', 'src/data/index.ts', 'src/data/quiz.ts')
  const mod = await bundleAndImport(
    'search',
    `export * as search from './src/domain/search'\nexport * as data from './src/data'\n` +
      `export * as quiz from './src/data/quiz'\n`
  )
  const { buildSearchIndex, searchContent } = mod.search
  if (typeof buildSearchIndex !== 'function' || typeof searchContent !== 'function') {
    throw new NotAvailable('src/domain/search.ts does not export buildSearchIndex and searchContent')
  }
  const buildStart = performance.now()
  const index = buildSearchIndex(mod.data.brochure, mod.quiz.questions)
  const buildMs = performance.now() - buildStart
  const perQuery = SEARCH_QUERIES.map((query) => {
    for (let i = 0; i < 20; i++) searchContent(index, query)
    const start = performance.now()
    let results = 0
    for (let i = 0; i < REPEATS; i++) results = searchContent(index, query).length
    return { query, ms: (performance.now() - start) / REPEATS, results }
  })
  // Content ten times the brochure's (each category's paragraphs repeated): search stays linear in what it holds.
  const tenfold = (paragraphs) => Array.from({ length: 10 }, () => paragraphs).flat()
  const bigBrochure = {
    ...mod.data.brochure,
    categories: mod.data.brochure.categories.map((c) => ({
      ...c,
      method: tenfold(c.method),
      case: tenfold(c.case),
      tip: tenfold(c.tip)
    }))
  }
  const bigIndex = buildSearchIndex(bigBrochure, mod.quiz.questions)
  const bigMs = SEARCH_QUERIES.map((query) => {
    searchContent(bigIndex, query)
    const start = performance.now()
    for (let i = 0; i < 20; i++) searchContent(bigIndex, query)
    return (performance.now() - start) / 20
  })
  return {
    entries: index.length,
    buildMs,
    tenfoldMaxMs: Math.max(...bigMs),
    queries: perQuery.length,
    medianMs: median(perQuery.map((q) => q.ms)),
    maxMs: Math.max(...perQuery.map((q) => q.ms)),
    withoutResults: perQuery.filter((q) => q.results === 0).map((q) => q.query),
    perQuery
  }
}
