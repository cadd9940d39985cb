// The logic side of the WXML tier: dist/app.js and each page's JS run in their own vm context, as in WeChat's
// JS engine, with wx, App, Page, Component, getApp, getCurrentPages and a require that follows WeChat's package
// rules. Each Page() becomes an exparser component whose template is the wcc-compiled page, so Taro's setData
// renders the real templates.
import { readFileSync } from 'node:fs'
import { dirname, join, posix } from 'node:path'
import vm from 'node:vm'
import { packageOf, weappRealm } from './realm.mjs'
import { createWx } from './wx.mjs'

/** The scene WeChat reports for a page opened from Moments (朋友圈单页模式). */
export const MOMENTS_SCENE = 1154
/** The scene for a chat share card. */
export const SHARE_CARD_SCENE = 1007

/** Where every launch's clock starts: 2026-11-29 08:00 UTC, a morning like any other. */
const CLOCK_START = Date.UTC(2026, 10, 29, 8, 0, 0)

let active = null
let launches = 0
let errorListenerInstalled = false

/**
 * Starts the mini-program as WeChat would: app.js, App's onLaunch/onShow with the launch options, then the
 * entry page with its query (values are passed raw, as WeChat does). Resolves once the first render settled.
 *
 * options: path (route, default app.json's first page), query, scene (1001 = from the chat list), storage,
 * storageFaults, phone, baseInfo (see createWx).
 */
export async function launch(options = {}) {
  const mp = new MiniProgram(options)
  await mp.start()
  return mp
}

/** A running mini-program: its page stack, the platform calls it made and the errors it raised. */
export class MiniProgram {
  constructor(options) {
    this.realm = weappRealm()
    this.id = ++launches
    const { packages } = this.realm
    const route = (options.path ?? packages.home).replace(/^\//, '')
    this.enterOptions = {
      path: route,
      query: { ...(options.query || {}) },
      scene: options.scene ?? 1001,
      referrerInfo: {}
    }
    /** Observable platform calls, oldest first: {api, ...}. */
    this.log = []
    /** Uncaught errors and console.error calls of the mini-program's code. */
    this.errors = []
    this.warnings = []
    /** The page stack, bottom first: {route, query, component, instance}. */
    this.stack = []
    /** The virtual clock (ms since epoch) and the timers waiting on it (see wait). */
    this.now = CLOCK_START
    this.timers = []
    this.timerIds = 0
    this.title = ''
    this.pageOptions = {}
    this.components = {}
    this.modules = {}
    this.pageIds = {}
    const { wx, storage, notFoundListeners } = createWx(this.realm.wxApi, this, this.log, options)
    this.wx = wx
    this.storage = storage
    this.notFoundListeners = notFoundListeners
    this.context = this.createContext()
  }

  get singlePage() {
    return this.enterOptions.scene === MOMENTS_SCENE
  }

  /** The page on top of the stack. */
  get page() {
    return this.stack[this.stack.length - 1]
  }

  async start() {
    active = this
    installErrorListener(this.realm.exparser)
    this.guard('app.js', () => this.require('app.js', ''))
    const app = this.app
    if (!app) throw new Error('app.js did not call App()')
    const launchOptions = { ...this.enterOptions, query: { ...this.enterOptions.query } }
    this.guard('App.onLaunch', () => app.onLaunch?.call(app, launchOptions))
    this.guard('App.onShow', () => app.onShow?.call(app, launchOptions))
    const { path, query } = this.enterOptions
    if (this.realm.packages.routes.includes(path)) {
      this.open(path, query)
    } else {
      // WeChat asks the app what to do with a missing entry page; the app must redirect synchronously.
      const info = { path, query: { ...query }, isEntryPage: true }
      this.guard('onPageNotFound', () => {
        app.onPageNotFound?.call(app, info)
        for (const listener of this.notFoundListeners) listener(info)
      })
    }
    await this.settle()
  }

  /**
   * Lets queued work finish: React's scheduler, Taro's setData batching, the mock's async callbacks and
   * navigations all run on timers that are due now. Runs them (and the promise callbacks they queue) until
   * nothing is due; later timers wait for the clock (see wait).
   */
  async settle() {
    for (let turn = 0; turn < 10000; turn += 1) {
      await new Promise((resolve) => setImmediate(resolve))
      const next = this.nextTimer()
      if (!next || next.due > this.now) return
      this.runTimer(next)
    }
    throw new Error('the mini-program never settled (a timer loop?)')
  }

  /**
   * Lets `ms` pass on the mini-program's clock: Date.now and every timer of its JS context run on this virtual
   * clock, so a person's pauses cost no real time and every run sees the same times (and quiz seeds).
   */
  async wait(ms) {
    const until = this.now + ms
    await this.settle()
    for (let next = this.nextTimer(); next && next.due <= until; next = this.nextTimer()) {
      this.now = Math.max(this.now, next.due)
      this.runTimer(next)
      await this.settle()
    }
    this.now = until
    await this.settle()
  }

  /** setTimeout / setInterval on the virtual clock; returns the timer's id. */
  schedule(fn, ms = 0, repeat = false) {
    const delay = Math.max(0, Number(ms) || 0)
    const timer = { id: ++this.timerIds, due: this.now + delay, fn, every: repeat ? Math.max(1, delay) : 0 }
    this.timers.push(timer)
    return timer.id
  }

  cancel(id) {
    this.timers = this.timers.filter((t) => t.id !== id)
  }

  nextTimer() {
    let next = null
    for (const t of this.timers)
      if (!next || t.due < next.due || (t.due === next.due && t.id < next.id)) next = t
    return next
  }

  runTimer(timer) {
    if (timer.every) timer.due += timer.every
    else this.cancel(timer.id)
    timer.fn()
  }

  /** Ends this launch: unloads every page. */
  close() {
    while (this.stack.length) this.unload(this.stack.pop())
    if (active === this) active = null
  }

  /** Opens the entry page afresh on this running app (cheaper than a new launch; the app's memory is kept). */
  async reopen() {
    while (this.stack.length) this.unload(this.stack.pop())
    this.open(this.enterOptions.path, this.enterOptions.query)
    await this.settle()
  }

  // ---- WeChat's navigation ---------------------------------------------------------------------------------

  /**
   * Called by wx.navigateTo & co. Checks the request synchronously (the error WeChat would give, or null) and
   * performs it after the current event, as WeChat does.
   */
  navigate(api, opts) {
    if (this.singlePage) return 'not supported in single page mode'
    if (this.holdNavigation) return this.checkOnly(api, opts)
    if (api === 'navigateBack') {
      if (this.stack.length <= 1) return 'cannot navigate back at first page'
      this.schedule(() => this.back(Math.max(1, Number(opts.delta) || 1)))
      return null
    }
    const target = this.resolveUrl(opts.url)
    if (!target || !this.realm.packages.routes.includes(target.route))
      return `page "${target?.route}" is not found`
    if (api === 'switchTab') return 'can not switch to a page that is not a tabBar page'
    if (api === 'navigateTo' && this.stack.length >= 10) return 'webview count limit exceed'
    this.schedule(() => {
      if (api === 'reLaunch') while (this.stack.length) this.unload(this.stack.pop())
      else if (api === 'redirectTo' && this.stack.length) this.unload(this.stack.pop())
      else this.hide(this.page)
      this.open(target.route, target.query)
    })
    return null
  }

  /**
   * With holdNavigation set, a navigation is checked and logged but the page stays: a survey taps every control
   * of one screen; where each link lands is tested by opening that URL on its own.
   */
  checkOnly(api, opts) {
    if (api === 'navigateBack') return this.stack.length <= 1 ? 'cannot navigate back at first page' : null
    const target = this.resolveUrl(opts.url)
    return target && this.realm.packages.routes.includes(target.route)
      ? null
      : `page "${target?.route}" is not found`
  }

  /** '/pages/x/index?a=b' or a path relative to the current page → {route, query} with raw query values. */
  resolveUrl(url) {
    if (typeof url !== 'string' || !url) return null
    const [pathPart, search = ''] = url.split(/\?(.*)/s)
    const base = this.page ? posix.dirname(this.page.route) : ''
    const route = pathPart.startsWith('/') ? pathPart.slice(1) : posix.join(base, pathPart)
    return { route, query: parseQuery(search) }
  }

  back(delta) {
    for (let i = 0; i < delta && this.stack.length > 1; i += 1) this.unload(this.stack.pop())
    const page = this.page
    this.guard(`${page.route} onShow`, () => page.instance.onShow?.())
  }

  hide(page) {
    if (page) this.guard(`${page.route} onHide`, () => page.instance.onHide?.())
  }

  unload(page) {
    this.guard(`${page.route} onUnload`, () => page.instance.onUnload?.())
    // Not component.detach(): without a DOM backend j-component cannot find the element it attached.
    this.realm.exparser.Element.pretendDetached(page.component._exparserNode)
  }

  /** Creates the page as an exparser component, pushes it and runs onLoad, onShow and onReady. */
  open(route, query) {
    const id = this.pageDefinition(route)
    const component = this.realm.jComponent.create(id)
    component.attach(document.createElement('div'))
    const instance = component.instance
    /** The size of each setData the page sent, in order: UTF-8 bytes of its JSON, as it crosses to the renderer. */
    const setDataBytes = []
    serializeSetData(instance, setDataBytes)
    Object.assign(instance, { route, __route__: route, options: { ...query } })
    const page = { route, query: { ...query }, component, instance, setDataBytes }
    this.stack.push(page)
    this.guard(`${route} onLoad`, () => instance.onLoad?.({ ...query }))
    this.guard(`${route} onShow`, () => instance.onShow?.())
    this.guard(`${route} onReady`, () => instance.onReady?.())
    return page
  }

  /** Loads the page's components and JS on first use (as WeChat loads a subpackage) and registers it. */
  pageDefinition(route) {
    if (this.pageIds[route]) return this.pageIds[route]
    const usingComponents = this.registerUsing(route)
    this.registering = route
    this.guard(`${route}.js`, () => this.require(`${route}.js`, packageOf(route, this.realm.packages)))
    this.registering = null
    const options = this.pageOptions[route]
    if (!options) throw new Error(`${route}.js did not call Page()`)
    const methods = {}
    for (const [key, value] of Object.entries(options)) if (typeof value === 'function') methods[key] = value
    this.pageIds[route] = this.realm.jComponent.register({
      template: this.realm.gwx(`${route}.wxml`),
      usingComponents,
      data: options.data,
      methods
    })
    return this.pageIds[route]
  }

  /** Registers the custom components a page or component JSON declares; returns tag → registered id. */
  registerUsing(file) {
    const json = JSON.parse(readFileSync(join(this.realm.root, `${file}.json`), 'utf8'))
    const using = {}
    for (const [tag, relative] of Object.entries(json.usingComponents || {})) {
      const path = relative.startsWith('/') ? relative.slice(1) : posix.join(posix.dirname(file), relative)
      using[tag] = this.componentDefinition(path, tag)
    }
    return using
  }

  componentDefinition(path, tag) {
    if (this.components[path]) return this.components[path]
    // The id is known before registration so that a recursive component (Taro's comp) can use itself.
    const id = `c${this.id}-${path.replace(/\W/g, '-')}`
    this.components[path] = id
    const using = this.registerUsing(path)
    this.componentPath = path
    this.guard(`${path}.js`, () => this.require(`${path}.js`, packageOf(path, this.realm.packages)))
    const options = this.componentOptions?.[path]
    if (!options) throw new Error(`${path}.js did not call Component()`)
    const created = options.lifetimes?.created || options.created
    this.realm.jComponent.register({
      ...options,
      lifetimes: {
        ...options.lifetimes,
        created() {
          serializeSetData(this)
          created?.call(this)
        }
      },
      id,
      tagName: tag,
      template: this.realm.gwx(`${path}.wxml`),
      usingComponents: using
    })
    return id
  }

  // ---- the JS engine ---------------------------------------------------------------------------------------

  createContext() {
    const mp = this
    const recordConsole =
      (kind) =>
      (...args) => {
        const text = args.map((arg) => (arg instanceof Error ? arg.stack : String(arg))).join(' ')
        if (kind === 'error') mp.errors.push(`console.error: ${text}`)
        else mp.warnings.push(text)
      }
    const timer =
      (repeat) =>
      (fn, ms, ...args) =>
        mp.schedule(() => mp.guard('timer', () => fn(...args)), ms, repeat)
    const context = vm.createContext({
      wx: this.wx,
      console: {
        log() {},
        info() {},
        debug() {},
        warn: recordConsole('warn'),
        error: recordConsole('error')
      },
      setTimeout: timer(false),
      setInterval: timer(true),
      clearTimeout: (handle) => mp.cancel(handle),
      clearInterval: (handle) => mp.cancel(handle),
      App(options) {
        mp.app = options
      },
      Page(options) {
        if (!mp.registering) throw new Error('Page() called outside a page file')
        mp.pageOptions[mp.registering] = options
      },
      Component(options) {
        mp.componentOptions = { ...mp.componentOptions, [mp.componentPath]: options }
      },
      getApp: () => mp.app,
      getCurrentPages: () => mp.stack.map((page) => page.instance)
    })
    // Date follows the virtual clock and Math.random is seeded: every run of a test sees the same times and the
    // same quiz rounds (the app seeds rounds with Date.now()).
    vm.runInContext(
      `(function (now, seed) {
        const RealDate = Date
        function VirtualDate(...args) {
          if (!new.target) return new RealDate(now()).toString()
          return args.length ? new RealDate(...args) : new RealDate(now())
        }
        VirtualDate.prototype = RealDate.prototype
        VirtualDate.now = now
        VirtualDate.UTC = RealDate.UTC
        VirtualDate.parse = RealDate.parse
        globalThis.Date = VirtualDate
        let state = seed >>> 0
        Math.random = function () {
          state = (state + 0x6d2b79f5) >>> 0
          let t = Math.imul(state ^ (state >>> 15), state | 1)
          t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
          return ((t ^ (t >>> 14)) >>> 0) / 4294967296
        }
      })`,
      context
    )(() => mp.now, 20261129)
    return context
  }

  /**
   * WeChat's require: paths relative to the requiring file, each module run once. A file may require its own
   * package or the main package; the main package never sees a subpackage, nor one subpackage another.
   */
  require(file, fromPackage) {
    const target = posix.normalize(file.endsWith('.js') ? file : `${file}.js`)
    const targetPackage = packageOf(target, this.realm.packages)
    if (targetPackage && targetPackage !== fromPackage) {
      throw new Error(
        `module "${target}" is not defined: a ${fromPackage ? `subpackage (${fromPackage})` : 'main package'} file cannot require subpackage ${targetPackage}`
      )
    }
    if (this.modules[target]) return this.modules[target].exports
    const module = { exports: {} }
    this.modules[target] = module
    const wrapper = compiled(this.realm, target).runInContext(this.context)
    wrapper(module, module.exports, (request) =>
      this.require(posix.join(dirname(target), request), packageOf(target, this.realm.packages))
    )
    return module.exports
  }

  /** Runs mini-program code the way WeChat does: an exception is reported (App.onError), not fatal. */
  guard(where, fn) {
    try {
      return fn()
    } catch (error) {
      this.errors.push(`${where}: ${error?.stack || error}`)
      return undefined
    }
  }
}

/** Each file is compiled once per process and run in every launch's context (V8 shares the compiled code). */
function compiled(realm, file) {
  realm.scripts ??= new Map()
  if (!realm.scripts.has(file)) {
    const code = readFileSync(join(realm.root, file), 'utf8')
    realm.scripts.set(
      file,
      new vm.Script(`(function (module, exports, require) {${code}\n})`, { filename: file })
    )
  }
  return realm.scripts.get(file)
}

/**
 * setData data crosses from WeChat's logic thread to the renderer as JSON. Doing the same here keeps values
 * from the app's vm context (whose arrays exparser would not recognise as arrays) out of the renderer. `sizes`,
 * when given, receives each call's size: the UTF-8 bytes of that JSON, which is what WeChat's audit weighs.
 */
function serializeSetData(instance, sizes) {
  const setData = instance.setData
  const realm = weappRealm()
  instance.setData = (data, callback) => {
    realm.renders += 1
    const json = JSON.stringify(data)
    sizes?.push(Buffer.byteLength(json, 'utf8'))
    return setData.call(instance, JSON.parse(json), callback)
  }
}

function parseQuery(search) {
  const query = {}
  for (const pair of search.split('&')) {
    if (!pair) continue
    const at = pair.indexOf('=')
    if (at < 0) query[pair] = ''
    else query[pair.slice(0, at)] = pair.slice(at + 1)
  }
  return query
}

/** Errors thrown inside event handlers surface through exparser's global error listener. */
function installErrorListener(exparser) {
  if (errorListenerInstalled) return
  errorListenerInstalled = true
  exparser.addGlobalErrorListener((error) => {
    if (active) active.errors.push(`event handler: ${error?.stack || error}`)
    return false
  })
  process.on('unhandledRejection', (reason) => {
    if (active) active.errors.push(`unhandled rejection: ${reason?.stack || reason?.errMsg || reason}`)
    else throw reason
  })
}
