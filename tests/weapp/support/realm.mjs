// The renderer's side of the WXML tier, set up once per process: a jsdom document for exparser, WeChat's built-in
// tags from miniprogram-simulate, and every template of dist/ compiled by WeChat's own wcc.
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'
import { installDiff } from './diff.mjs'

const require = createRequire(import.meta.url)

let shared = null

/**
 * The compiled templates and the exparser tooling for one dist folder (WEAPP_DIST or dist/).
 * `gwx(path)` returns the wcc render function of `path` (e.g. "pages/index/index.wxml").
 * Throws with the command to run when the build is missing.
 */
export function weappRealm(dist = process.env.WEAPP_DIST || 'dist') {
  if (shared) return shared
  const root = resolve(dist)
  if (!existsSync(join(root, 'app.json'))) {
    throw new Error(
      `${root}/app.json is missing: run "npm run build:weapp" (or "npm run test:weapp", which builds)`
    )
  }
  installDocument()
  const jComponent = require('j-component')
  const exparser = require('miniprogram-exparser')
  // No DOM behind the exparser tree: there is no layout to compute here. Events are dispatched on exparser
  // nodes, as WeChat's renderer does.
  exparser.globalOptions.documentBackend = 'none'
  installDiff(exparser)
  // Registers view, text, button, ... as WeChat's built-in tags (slot stubs: no layout, no native behaviour).
  require('miniprogram-simulate/src/definition')()
  const wxApi = require('miniprogram-simulate/src/api')
  const { wxmlToJs } = require('miniprogram-compiler')
  const started = performance.now()
  // wcc needs every wxml and wxs file of the project at once; the result defines $gwx.
  const gwx = new Function(wxmlToJs(root))()
  const compileMs = performance.now() - started
  const appJson = JSON.parse(readFileSync(join(root, 'app.json'), 'utf8'))
  shared = {
    renders: 0,
    root,
    gwx,
    jComponent,
    exparser,
    wxApi,
    appJson,
    compileMs,
    packages: packagesOf(appJson)
  }
  return shared
}

/**
 * Page routes and package roots from app.json. Subpackage pages are "<root>/<page>". Main package files are
 * everything outside the subpackage roots.
 */
function packagesOf(appJson) {
  const subs = (appJson.subPackages || appJson.subpackages || []).map((sub) => ({
    root: sub.root.replace(/\/$/, ''),
    pages: sub.pages.map((page) => `${sub.root.replace(/\/$/, '')}/${page}`)
  }))
  return {
    main: appJson.pages,
    subs,
    routes: [...appJson.pages, ...subs.flatMap((sub) => sub.pages)],
    home: appJson.entryPagePath || appJson.pages[0]
  }
}

/** The package a dist file belongs to: a subpackage root, or '' for the main package. */
export function packageOf(file, packages) {
  const sub = packages.subs.find((s) => file === s.root || file.startsWith(`${s.root}/`))
  return sub ? sub.root : ''
}

/**
 * The renderer side has no DOM (exparser runs with documentBackend 'none'): j-component only asks the document
 * for placeholder elements, and wcc's output records its version on `window`. A few no-op nodes stand in for
 * jsdom, which took a second to load.
 */
function installDocument() {
  if (globalThis.window) return
  class Placeholder {
    appendChild(child) {
      return child
    }
    removeChild(child) {
      return child
    }
    insertBefore(child) {
      return child
    }
    addEventListener() {}
    removeEventListener() {}
    dispatchEvent() {
      return true
    }
  }
  globalThis.document = {
    createElement: () => new Placeholder(),
    createDocumentFragment: () => new Placeholder(),
    createTextNode: () => new Placeholder()
  }
  // wcc's output checks the renderer version it runs on.
  globalThis.window = { __webview_engine_version__: 0.02 }
}
