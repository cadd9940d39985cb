import Taro from '@tarojs/taro'
import type { HotlineNumber } from '#types/content'

/**
 * What happened when the person tapped a call button:
 * - dialed: the system dialer opened (not that the call was made);
 * - cancelled: the person closed the confirm sheet — not an error, nothing to show;
 * - unavailable: this platform cannot call (WeChat on a PC, a desktop browser): show the number to dial by hand.
 */
export type CallOutcome = 'dialed' | 'cancelled' | 'unavailable'

export async function callHotline(phoneNumber: HotlineNumber): Promise<CallOutcome> {
  return callNumber(phoneNumber)
}

/**
 * Dials any number the app has checked, e.g. the trusted relative's (digits only: domain/phoneNumber's `dial`).
 * Same outcomes as callHotline.
 */
export async function callNumber(phoneNumber: string): Promise<CallOutcome> {
  if (typeof Taro.makePhoneCall !== 'function') return 'unavailable'
  try {
    await Taro.makePhoneCall({ phoneNumber })
    // A browser reports success for any tel: link; on a computer nothing may dial, so show the number as well.
    return isDesktopBrowser() ? 'unavailable' : 'dialed'
  } catch (error) {
    return isCancel(error) ? 'cancelled' : 'unavailable'
  }
}

function isCancel(error: unknown): boolean {
  const message = (error as { errMsg?: unknown } | null)?.errMsg
  return typeof message === 'string' && message.includes('cancel')
}

function isDesktopBrowser(): boolean {
  if (process.env.TARO_ENV !== 'h5' || typeof navigator === 'undefined') return false
  return !/Android|iPhone|iPad|iPod|Mobile|HarmonyOS/i.test(navigator.userAgent)
}
