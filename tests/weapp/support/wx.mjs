// The `wx` object the mini-program sees: miniprogram-simulate's mock of ~700 APIs, extended with what this tier
// needs to observe or control: storage (with faults), the page stack, calls, toasts, the launch scene.

/**
 * Builds `wx` for one launch. `host` is the mini-program (navigation and page-not-found go through it);
 * `log` receives one entry per observable platform call: {api, ...arguments that matter}.
 *
 * options.storage: initial key → stored value (strings as written by the app).
 * options.storageFaults: { readFails: 'never'|'once'|'always', writeFails: 'never'|'always'|'quota' }.
 * options.phone: 'dial' (default) | 'cancel' | 'fail' — what the dialer sheet answers.
 * options.baseInfo: extra fields for getAppBaseInfo (fontSizeScaleFactor …); null removes getAppBaseInfo.
 */
export function createWx(mock, host, log, options = {}) {
  const storage = new Map(Object.entries(options.storage || {}))
  const faults = { readFails: 'never', writeFails: 'never', ...(options.storageFaults || {}) }
  let readsFailed = 0
  const enter = host.enterOptions
  const notFoundListeners = []

  const later = (fn) => host.schedule(fn)
  /** WeChat's callback style; Taro promisifies it from success/fail. */
  const answer = (opts, errMsg, extra = {}) =>
    later(() => {
      const res = { errMsg, ...extra }
      if (errMsg.endsWith(':ok')) opts?.success?.(res)
      else opts?.fail?.(res)
      opts?.complete?.(res)
    })
  const navigation =
    (api) =>
    (opts = {}) => {
      const entry = { api, url: opts.url, delta: opts.delta }
      log.push(entry)
      const error = host.navigate(api, opts)
      if (error) entry.error = error
      answer(opts, error ? `${api}:fail ${error}` : `${api}:ok`)
    }
  const unavailable = (code) => {
    const error = new Error(`${code}: storage unavailable`)
    error.errMsg = `${code}:fail`
    return error
  }

  const wx = {
    ...mock,
    getStorageSync(key) {
      if (faults.readFails === 'always' || (faults.readFails === 'once' && readsFailed === 0)) {
        readsFailed += 1
        throw unavailable('getStorageSync')
      }
      return storage.has(key) ? storage.get(key) : ''
    },
    setStorageSync(key, value) {
      log.push({ api: 'setStorageSync', key })
      if (faults.writeFails === 'always') throw unavailable('setStorageSync')
      if (faults.writeFails === 'quota') {
        const error = new Error('setStorageSync:fail exceed storage max size 10MB')
        error.errMsg = error.message
        throw error
      }
      // WeChat stores a copy: later changes to the object must not leak into storage.
      storage.set(key, typeof value === 'string' ? value : JSON.parse(JSON.stringify(value)))
    },
    removeStorageSync(key) {
      log.push({ api: 'removeStorageSync', key })
      storage.delete(key)
    },
    getStorageInfoSync: () => ({ keys: [...storage.keys()], currentSize: 1, limitSize: 10240 }),
    makePhoneCall(opts = {}) {
      log.push({ api: 'makePhoneCall', phoneNumber: opts.phoneNumber })
      const outcome = options.phone || 'dial'
      answer(opts, outcome === 'dial' ? 'makePhoneCall:ok' : `makePhoneCall:fail ${outcome}`)
    },
    navigateTo: navigation('navigateTo'),
    redirectTo: navigation('redirectTo'),
    reLaunch: navigation('reLaunch'),
    switchTab: navigation('switchTab'),
    navigateBack: navigation('navigateBack'),
    showToast(opts = {}) {
      log.push({ api: 'showToast', title: opts.title })
      answer(opts, 'showToast:ok')
    },
    showModal(opts = {}) {
      log.push({ api: 'showModal', title: opts.title, content: opts.content })
      answer(opts, 'showModal:ok', { confirm: true, cancel: false })
    },
    setClipboardData(opts = {}) {
      log.push({ api: 'setClipboardData', data: opts.data })
      answer(opts, 'setClipboardData:ok')
    },
    showShareImageMenu(opts = {}) {
      log.push({ api: 'showShareImageMenu', path: opts.path })
      answer(opts, 'showShareImageMenu:ok')
    },
    setNavigationBarTitle(opts = {}) {
      host.title = opts.title
      answer(opts, 'setNavigationBarTitle:ok')
    },
    getEnterOptionsSync: () => ({ ...enter, query: { ...enter.query } }),
    getLaunchOptionsSync: () => ({ ...enter, query: { ...enter.query } }),
    getAppBaseInfo: () => ({
      ...mock.getAppBaseInfo(),
      fontSizeScaleFactor: 1,
      fontSizeSetting: 17,
      ...options.baseInfo
    }),
    onPageNotFound: (listener) => notFoundListeners.push(listener),
    offPageNotFound: (listener) => notFoundListeners.splice(notFoundListeners.indexOf(listener) >>> 0, 1)
  }
  if (options.baseInfo === null) delete wx.getAppBaseInfo
  return { wx, storage, notFoundListeners }
}
