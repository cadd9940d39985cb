// Builds the browser version (production) and runs every real-browser journey in tests/e2e against dist-h5/.
// E2E_SKIP_BUILD=1 reuses the existing build. The mini-program is tested by the WXML tier (npm run test:weapp).
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

if (process.env.E2E_SKIP_BUILD !== '1') {
  run('npx', ['taro', 'build', '--type', 'h5'])
  run(process.execPath, ['scripts/app-shell.mjs', 'dist-h5'])
}

const files = readdirSync('tests/e2e')
  .filter((name) => name.endsWith('.e2e.mjs'))
  .map((name) => `tests/e2e/${name}`)
run(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=spec', ...files])
