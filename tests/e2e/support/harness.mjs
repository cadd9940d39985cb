import assert from 'node:assert/strict'
import { after, before } from 'node:test'
import { launchBrowser, newPhonePage } from './browser.mjs'
import { serveStatic } from './server.mjs'

/**
 * Starts the static server and Chromium once per test file and closes both afterwards, also when a test fails.
 * `visit(options)` gives a fresh phone page; `finish(handle)` asserts the page stayed clean.
 */
export function startBrowserApp() {
  const app = { url: '', browser: null, server: null }
  before(async () => {
    app.server = await serveStatic(process.env.E2E_DIST || 'dist-h5')
    app.url = app.server.url
    app.browser = await launchBrowser()
  })
  after(async () => {
    await app.browser?.close()
    await app.server?.close()
  })
  app.visit = (options) => newPhonePage(app.browser, app.url, options)
  app.finish = async ({ context, problems }) => {
    await context.close()
    assert.deepEqual(problems.pageErrors, [], 'uncaught page errors')
    assert.deepEqual(problems.consoleErrors, [], 'console errors')
    assert.deepEqual(problems.offsiteRequests, [], 'requests that left the machine')
  }
  return app
}
