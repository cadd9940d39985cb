import Taro from '@tarojs/taro'
import type { FontEnvironment } from '@/domain/fontScale'
import { LATE_TAP_MS } from '@/domain/tapGuard'

/** WeChat's scene value for a page opened from Moments (朋友圈单页模式): no navigation, separate storage. */
const MOMENTS_SINGLE_PAGE_SCENE = 1154

/**
 * The reader's font setting. In WeChat it is the app's font size setting; in a browser it is the browser's
 * default font size measured against the usual 16 px.
 */
export function readFontEnvironment(): FontEnvironment {
  if (process.env.TARO_ENV === 'h5') return { fontSizeScaleFactor: browserDefaultFontPx() / 16 }
  // The WeChat calls carry their own TARO_ENV test, a build constant: the browser build drops them at compile
  // time, and with them Taro's browser getSystemInfo, canIUse and API table, which would load with every page.
  const fromBaseInfo = process.env.TARO_ENV === 'weapp' ? appBaseInfoFont() : {}
  if (fromBaseInfo.fontSizeScaleFactor !== undefined || fromBaseInfo.fontSizeSetting !== undefined) {
    return fromBaseInfo
  }
  // WeChat before base library 2.20.1 has no getAppBaseInfo (and before 2.23.4 it has no font fields): the font
  // setting is then in the older getSystemInfoSync, as fontSizeSetting in px (e.g. 24 on iOS ≈ 1.41×).
  return process.env.TARO_ENV === 'weapp' ? systemInfoFont() : {}
}

function appBaseInfoFont(): FontEnvironment {
  if (!hasApi('getAppBaseInfo')) return {}
  try {
    // Taro's typings lag WeChat's: both font fields exist since base library 2.23.4.
    const info = Taro.getAppBaseInfo() as { fontSizeScaleFactor?: number; fontSizeSetting?: number }
    const device = hasApi('getDeviceInfo') ? Taro.getDeviceInfo() : undefined
    return {
      fontSizeScaleFactor: info?.fontSizeScaleFactor,
      fontSizeSetting: info?.fontSizeSetting,
      platform: device?.platform
    }
  } catch {
    return {}
  }
}

function systemInfoFont(): FontEnvironment {
  if (!hasApi('getSystemInfoSync')) return {}
  try {
    const info = Taro.getSystemInfoSync() as { fontSizeSetting?: number; platform?: string }
    return { fontSizeSetting: info?.fontSizeSetting, platform: info?.platform }
  } catch {
    return {}
  }
}

/**
 * Whether this WeChat client has the API. Taro builds its API table from the client's `wx` object, so a
 * missing API is an undefined function; canIUse, where it exists, also knows APIs the client lists as absent.
 */
function hasApi(name: 'getAppBaseInfo' | 'getDeviceInfo' | 'getSystemInfoSync' | 'getWindowInfo'): boolean {
  if (typeof (Taro as unknown as Record<string, unknown>)[name] !== 'function') return false
  try {
    return typeof Taro.canIUse !== 'function' || Taro.canIUse(name) !== false
  } catch {
    return true
  }
}

/**
 * The height in px of the window the page shows in: getWindowInfo (base library 2.20.1), else the older
 * getSystemInfoSync; 0 when neither answers.
 */
export function windowHeight(): number {
  try {
    if (hasApi('getWindowInfo')) return Taro.getWindowInfo().windowHeight ?? 0
    if (hasApi('getSystemInfoSync')) return Taro.getSystemInfoSync().windowHeight ?? 0
  } catch {
    // Neither answered: the caller leaves the page as it is.
  }
  return 0
}

/** True when WeChat opened this page from Moments in single-page mode, where nothing can navigate. */
export function isSinglePageMode(): boolean {
  try {
    // Only WeChat has the call; the browser build drops it (TARO_ENV is a build constant).
    return process.env.TARO_ENV === 'weapp' && Taro.getEnterOptionsSync().scene === MOMENTS_SINGLE_PAGE_SCENE
  } catch {
    return false
  }
}

function browserDefaultFontPx(): number {
  if (typeof document === 'undefined' || !document.body) return 16
  const probe = document.createElement('div')
  probe.style.cssText = 'font-size:medium;position:absolute;visibility:hidden'
  document.body.appendChild(probe)
  const px = parseFloat(getComputedStyle(probe).fontSize)
  probe.remove()
  return Number.isFinite(px) && px > 0 ? px : 16
}

/**
 * How long ago (ms, ≥ 0) the touch behind `event` happened, so a tap a busy page handles late is judged by when
 * the finger came down. In the browser an event's `timeStamp` is on `performance.now()`'s clock. In the
 * mini-program WeChat's event time counts from another starting point on the render thread, so it is 0 there, as
 * it is for anything that is not a real event (a test's click on jsdom, whose clock differs).
 */
export function tapDelayMs(event: unknown): number {
  if (process.env.TARO_ENV !== 'h5' || typeof performance === 'undefined') return 0
  const stamp = (event as { timeStamp?: unknown } | undefined)?.timeStamp
  if (typeof stamp !== 'number' || !Number.isFinite(stamp)) return 0
  const delay = performance.now() - stamp
  return delay > 0 && delay <= LATE_TAP_MS ? delay : 0
}

/**
 * Where on the screen (px from the viewport's top left) the finger behind `event` touched: the mini-program's tap
 * carries `changedTouches`, the browser's click `clientX`/`clientY`. Null when the event says nowhere (a key press) or
 * says the origin, which synthetic clicks do (a test's click on jsdom); no finger taps the corner pixel.
 */
export function tapPoint(event: unknown): { x: number; y: number } | null {
  const e = event as
    | {
        changedTouches?: Array<{ clientX?: unknown; clientY?: unknown }>
        clientX?: unknown
        clientY?: unknown
      }
    | undefined
  const touch = e?.changedTouches?.[0] ?? e
  const x = touch?.clientX
  const y = touch?.clientY
  if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y))
    return null
  return x === 0 && y === 0 ? null : { x, y }
}

/**
 * Calls `onWheel` whenever the mouse wheel (or a touchpad's two-finger swipe) scrolls the page, and `onScroll` whenever
 * the page or a part of it scrolls, by anyone (the app too): in the browser, where a page also scrolls with no finger on
 * the screen. Returns what stops both. Nothing in the mini-program, which has neither.
 */
export function watchScrolling(onWheel: () => void, onScroll: () => void): () => void {
  if (process.env.TARO_ENV !== 'h5' || typeof document === 'undefined') return () => undefined
  const options = { capture: true, passive: true }
  document.addEventListener('wheel', onWheel, options)
  document.addEventListener('scroll', onScroll, options)
  return () => {
    document.removeEventListener('wheel', onWheel, options)
    document.removeEventListener('scroll', onScroll, options)
  }
}
