// `npm run dev:h5` (and so `npm start`) must show the app, not a blank page: the dev bundle evaluates modules
// with eval, which the production Content-Security-Policy forbids. Starts the dev server once on a free port,
// opens home in Chromium, and checks that the production build keeps the strict policy.
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { after, before, test } from 'node:test'
import { launchBrowser, newPhonePage } from './support/browser.mjs'

const STARTUP_TIMEOUT = 240_000

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

/** Resolves once the dev server answers with the app's page; rejects if the process ends first. */
async function waitUntilServed(url, child) {
  const started = Date.now()
  let exited = null
  child.once('exit', (code) => (exited = code))
  while (Date.now() - started < STARTUP_TIMEOUT) {
    if (exited !== null) throw new Error(`dev server exited with ${exited}`)
    try {
      const response = await fetch(url)
      const html = await response.text()
      if (response.ok && html.includes('id="app"')) return html
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  throw new Error(`dev server did not answer at ${url} within ${STARTUP_TIMEOUT / 1000} s`)
}

const dev = { child: null, url: '', html: '', output: '' }

before(
  async () => {
    const port = await freePort()
    dev.url = `http://127.0.0.1:${port}`
    // Its own process group, so the watcher and everything it starts end together.
    dev.child = spawn('npx', ['taro', 'build', '--type', 'h5', '--watch'], {
      env: {
        ...process.env,
        NODE_ENV: 'development',
        FS_DEV_PORT: String(port),
        // Never dist-h5/: the other journeys serve the production build from there.
        FS_OUTPUT_ROOT: 'reports/.cache/dev-h5',
        BROWSER: 'none'
      },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    dev.child.stdout.on('data', (chunk) => (dev.output = `${dev.output}${chunk}`.slice(-4000)))
    dev.child.stderr.on('data', (chunk) => (dev.output = `${dev.output}${chunk}`.slice(-4000)))
    try {
      dev.html = await waitUntilServed(dev.url, dev.child)
    } catch (error) {
      throw new Error(`${error.message}\n${dev.output}`)
    }
  },
  { timeout: STARTUP_TIMEOUT + 10_000 }
)

after(() => {
  if (dev.child?.pid && dev.child.exitCode === null) {
    try {
      process.kill(-dev.child.pid, 'SIGTERM')
    } catch {
      // already gone
    }
  }
})

test('the dev server allows the eval its bundle needs, and home renders in Chromium', async () => {
  assert.match(dev.html, /script-src 'self' 'unsafe-inline' 'unsafe-eval'/)
  const browser = await launchBrowser()
  try {
    const { page, context, problems } = await newPhonePage(browser, dev.url)
    await page.goto(`${dev.url}/#/pages/index/index`)
    await page.locator('.fs-category-card').first().waitFor({ timeout: 60_000 })
    assert.equal(await page.locator('.fs-category-card').count(), 10, 'ten fraud categories on home')
    assert.deepEqual(problems.pageErrors, [], 'uncaught page errors')
    await context.close()
  } finally {
    await browser.close()
  }
})

test('the production build keeps the strict policy: no eval', () => {
  const built = 'dist-h5/index.html'
  assert.ok(existsSync(built), `${built} is missing: run "npm run build:h5"`)
  const html = readFileSync(built, 'utf8')
  assert.match(html, /script-src 'self' 'unsafe-inline';/)
  assert.doesNotMatch(html, /unsafe-eval/)
})
