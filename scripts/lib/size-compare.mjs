// The size comparison shared by `npm run bench` and `npm run test:size`: the product's mini-program build next to
// the blank Taro app's (bench/blank-app), both built with this project's config in the same run, and the
// duplicate check (a source module or data file stored in more than one package).
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { BLANK_ROOT, prepareBlankApp, taroBuild } from './blank-app.mjs'
import { listFiles } from './bench-sizes.mjs'

const MAP_DIR = resolve('reports', '.cache')
/** Where config/index.ts's ModuleMapPlugin writes the source files of each emitted JS file. */
export const MODULE_MAPS = {
  product: join(MAP_DIR, 'module-map-product.json'),
  blank: join(MAP_DIR, 'module-map-blank.json')
}

/** "packageA", "/packageA/" → "packageA/" */
const normalizeRoot = (root) => `${String(root).replace(/^\/+|\/+$/g, '')}/`

/** The subpackage roots app.json declares, each ending in "/". */
function subPackageRoots(distDir) {
  const appJson = JSON.parse(readFileSync(join(distDir, 'app.json'), 'utf8'))
  const declared = [...(appJson.subPackages ?? []), ...(appJson.subpackages ?? [])]
  return Array.from(new Set(declared.map((p) => normalizeRoot(p.root))))
}

/**
 * Builds the mini-program of the product (project root) and of the blank app, with the module map on.
 * `log` receives progress lines. Returns the build seconds of each.
 */
export function buildWeappPair(log = () => {}) {
  mkdirSync(MAP_DIR, { recursive: true })
  const blankRoot = prepareBlankApp()
  const run = (which, cwd) => {
    rmSync(MODULE_MAPS[which], { force: true })
    process.env.FS_MODULE_MAP = MODULE_MAPS[which]
    try {
      return taroBuild('weapp', cwd, log)
    } finally {
      delete process.env.FS_MODULE_MAP
    }
  }
  return { product: run('product', process.cwd()), blank: run('blank', blankRoot) }
}

/**
 * One mini-program build, as WeChat counts it: bytes per package (main = every file under no subpackage root),
 * total, and the duplicates: each source file (from the module map) or identical file content that is stored in
 * more than one package. A source the main package holds is shared by all packages and is not a duplicate.
 */
export function measurePackages(distDir, moduleMapFile) {
  if (!existsSync(join(distDir, 'app.json'))) throw new Error(`${distDir}/app.json is missing: build first`)
  const roots = subPackageRoots(distDir)
  const files = listFiles(distDir)
  const packageOf = (path) => roots.find((root) => path.startsWith(root)) ?? 'main'
  const packages = { main: 0 }
  for (const root of roots) packages[root] = 0
  for (const f of files) packages[packageOf(f.path)] += f.bytes

  const map = existsSync(moduleMapFile) ? JSON.parse(readFileSync(moduleMapFile, 'utf8')).files : null
  const storedIn = new Map()
  const note = (key, pkg, path) => {
    if (!storedIn.has(key)) storedIn.set(key, new Map())
    storedIn.get(key).set(pkg, path)
  }
  for (const f of files) {
    const pkg = packageOf(f.path)
    // Taro emits a subpackage's shared chunks once (sub-common/x.js) and copies them under each root.
    const sources = map?.[f.path] ?? map?.[pkg === 'main' ? f.path : f.path.slice(pkg.length)]
    if (f.path.endsWith('.js') && sources) {
      for (const source of sources) note(`source ${source}`, pkg, f.path)
    } else if (f.bytes >= 1024) {
      const hash = createHash('sha1')
        .update(readFileSync(join(distDir, f.path)))
        .digest('hex')
      note(`content ${hash}`, pkg, f.path)
    }
  }
  const mainSources = new Set(
    [...storedIn]
      .filter(([key, where]) => key.startsWith('source ') && where.has('main'))
      .map(([key]) => key.slice(7))
  )
  const duplicates = []
  for (const [key, where] of storedIn) {
    const pkgs = [...where.keys()]
    if (pkgs.length > 1 && !pkgs.includes('main')) {
      const [kind, id] = [key.slice(0, key.indexOf(' ')), key.slice(key.indexOf(' ') + 1)]
      const what = kind === 'source' ? id : `same content: ${[...where.values()].join(', ')}`
      duplicates.push({ what, packages: pkgs })
    }
  }
  const sum = files.reduce((total, f) => total + f.bytes, 0)
  return {
    totalBytes: sum,
    mainPackageBytes: packages.main,
    packages,
    duplicates,
    mainSources,
    moduleMapFound: map !== null
  }
}

/** Both builds measured; ratios are product / blank. */
export function compareWeapp(productDist = 'dist') {
  const product = measurePackages(productDist, MODULE_MAPS.product)
  const blank = measurePackages(join(BLANK_ROOT, 'dist'), MODULE_MAPS.blank)
  return {
    product,
    blank,
    mainPackageRatio: product.mainPackageBytes / blank.mainPackageBytes,
    totalRatio: product.totalBytes / blank.totalBytes
  }
}

/**
 * Checks a comparison against bench-budgets.json's `weapp` section. Returns one line per broken budget (empty
 * when all hold). Unknown keys are an error, so a typo cannot switch a budget off.
 */
export function checkWeappBudgets(comparison, budgets) {
  const known = [
    'mainPackageRatio',
    'totalRatio',
    'duplicates',
    'mainPackageBytes',
    'subPackageBytes',
    'notInMainPackage'
  ]
  const problems = []
  for (const key of Object.keys(budgets)) {
    if (!known.includes(key))
      problems.push(`bench-budgets.json: unknown weapp budget "${key}" (known: ${known})`)
  }
  const limit = (key) => {
    const entry = budgets[key]
    if (!entry || typeof entry.max !== 'number')
      throw new Error(`bench-budgets.json: weapp.${key}.max is missing`)
    return entry.max
  }
  const over = (what, value, key, show) => {
    if (value > limit(key)) problems.push(`${what} ${show(value)} > budget ${show(limit(key))} (${key})`)
  }
  const ratio = (x) => `${x.toFixed(3)}×`
  const bytes = (x) => `${x.toLocaleString('en-US')} B`
  over('main package / blank', comparison.mainPackageRatio, 'mainPackageRatio', ratio)
  over('total / blank', comparison.totalRatio, 'totalRatio', ratio)
  over('main package', comparison.product.mainPackageBytes, 'mainPackageBytes', bytes)
  for (const [root, size] of Object.entries(comparison.product.packages)) {
    if (root !== 'main') over(`subpackage ${root}`, size, 'subPackageBytes', bytes)
  }
  if (!comparison.product.moduleMapFound)
    problems.push('no module map: was the build run with FS_MODULE_MAP?')
  problems.push(
    ...sourcesInMainPackage(budgets.notInMainPackage?.sources ?? [], comparison.product.mainSources)
  )
  const duplicates = comparison.product.duplicates
  if (duplicates.length > limit('duplicates')) {
    problems.push(
      `${duplicates.length} files stored in more than one package (budget ${limit('duplicates')}):\n` +
        duplicates.map((d) => `  ${d.what} in ${d.packages.join(', ')}`).join('\n')
    )
  }
  return problems
}

/**
 * The `notInMainPackage` guard: one problem per listed source that the main package holds, and per listed path that
 * does not exist (so a rename cannot turn the guard into a check of nothing, as src/domain/cardLayout.ts did when it
 * became a folder). A listed folder (a path that is a directory, written with or without a trailing "/") matches
 * every source under it. Paths are relative to the project root, as the module map writes them. `isDirectory`
 * answers true, false, or null when the path does not exist (the file system's answer unless a test passes one).
 */
export function sourcesInMainPackage(listed, mainSources, isDirectory = directoryOrNull) {
  const problems = []
  for (const entry of listed) {
    const path = String(entry).replace(/\/+$/, '')
    const directory = isDirectory(path)
    if (directory === null) {
      problems.push(`notInMainPackage lists ${entry}, which does not exist: name the files or folder that do`)
      continue
    }
    const inMain = directory
      ? [...mainSources].filter((source) => source.startsWith(`${path}/`)).sort()
      : mainSources.has(path)
        ? [path]
        : []
    for (const source of inMain)
      problems.push(`${source} is in the main package (notInMainPackage: ${entry})`)
  }
  return problems
}

function directoryOrNull(path) {
  return existsSync(path) ? statSync(path).isDirectory() : null
}
