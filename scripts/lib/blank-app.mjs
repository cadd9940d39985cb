// The blank Taro app the bench compares against: bench/blank-app/src built with this project's own config/,
// babel config, tsconfig and browserslist (package.json), in a workspace under reports/.cache/ so that its
// dist/ and dist-h5/ never touch the product's.
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, realpathSync, rmSync, symlinkSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'

/** Where the blank app's workspace lives; its builds land in dist/ and dist-h5/ inside it. */
export const BLANK_ROOT = resolve('reports', '.cache', 'blank-app')
const TEMPLATE = resolve('bench', 'blank-app', 'src')
/** What the blank app shares with the product: everything that decides how source becomes a build. */
const SHARED = ['config', 'types', 'babel.config.js', 'tsconfig.json', 'package.json', 'project.config.json']

/** Rebuilds the workspace from the template and the project's current build settings. */
export function prepareBlankApp() {
  if (!existsSync(join(TEMPLATE, 'app.config.ts'))) throw new Error(`${TEMPLATE}/app.config.ts is missing`)
  rmSync(BLANK_ROOT, { recursive: true, force: true })
  mkdirSync(BLANK_ROOT, { recursive: true })
  cpSync(TEMPLATE, join(BLANK_ROOT, 'src'), { recursive: true })
  for (const name of SHARED) cpSync(resolve(name), join(BLANK_ROOT, name), { recursive: true })
  symlinkSync(realpathSync('node_modules'), join(BLANK_ROOT, 'node_modules'), 'dir')
  return BLANK_ROOT
}

/**
 * `taro build --type <type>` in `cwd` (the project root or the blank app's workspace). Returns the seconds it
 * took; throws with the end of the build log when it fails.
 */
export function taroBuild(type, cwd = process.cwd(), log = () => {}) {
  log(`taro build --type ${type}${cwd === process.cwd() ? '' : ` (in ${cwd})`}`)
  const started = performance.now()
  const result = spawnSync('npx', ['taro', 'build', '--type', type], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: process.env
  })
  if (result.status !== 0) {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n').slice(-30).join('\n')
    process.stderr.write(`${output}\n`)
    throw new Error(`taro build --type ${type} in ${cwd} failed (exit ${result.status ?? result.signal})`)
  }
  return (performance.now() - started) / 1000
}
