// The WXML tier: builds the mini-program into dist/ when the sources are newer than the last build (or
// WEAPP_BUILD=1), then runs tests/weapp against it. WEAPP_SKIP_BUILD=1 uses dist/ as it is.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

const DIST = process.env.WEAPP_DIST || 'dist'

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

/** Newest modification time under the given paths, in ms. */
function newest(paths) {
  let latest = 0
  for (const path of paths.filter((p) => existsSync(p))) {
    const stat = statSync(path)
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path, { recursive: true }))
        latest = Math.max(latest, statSync(join(path, String(entry))).mtimeMs)
    } else {
      latest = Math.max(latest, stat.mtimeMs)
    }
  }
  return latest
}

const built = join(DIST, 'app.json')
const stale =
  !existsSync(built) || newest(['src', 'types', 'config', 'package.json']) > statSync(built).mtimeMs
if (process.env.WEAPP_SKIP_BUILD !== '1' && (stale || process.env.WEAPP_BUILD === '1')) {
  run('npx', ['taro', 'build', '--type', 'weapp'])
}

const files = readdirSync('tests/weapp')
  .filter((name) => name.endsWith('.weapp.mjs'))
  .map((name) => `tests/weapp/${name}`)
run(process.execPath, ['--test', '--test-reporter=spec', ...files])
