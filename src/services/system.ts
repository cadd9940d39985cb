import Taro from '@tarojs/taro'
import type { FontEnvironment } from '@/domain/fontScale'

/** WeChat's scene value for a page opened from Moments (朋友圈单页模式): no navigation, separate storage. */
const MOMENTS_SINGLE_PAGE_SCENE = 1154

/**
 * The reader's font setting. In WeChat it is the app's font size setting; in a browser it is the browser's
 * default font size measured against the usual 16 px.
 */
export function readFontEnvironment(): FontEnvironment {
  if (process.env.TARO_ENV === 'h5') return { fontSizeScaleFactor: browserDefaultFontPx() / 16 }
  try {
    // Taro's typings lag WeChat's: both font fields exist since base library 2.23.4.
    const info = Taro.getAppBaseInfo() as { fontSizeScaleFactor?: number; fontSizeSetting?: number }
    const device = typeof Taro.getDeviceInfo === 'function' ? Taro.getDeviceInfo() : undefined
    return {
      fontSizeScaleFactor: info.fontSizeScaleFactor,
      fontSizeSetting: info.fontSizeSetting,
      platform: device?.platform
    }
  } catch {
    return {}
  }
}

/** True when WeChat opened this page from Moments in single-page mode, where nothing can navigate. */
export function isSinglePageMode(): boolean {
  if (process.env.TARO_ENV !== 'weapp') return false
  try {
    return Taro.getEnterOptionsSync().scene === MOMENTS_SINGLE_PAGE_SCENE
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
