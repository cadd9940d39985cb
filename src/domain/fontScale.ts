/**
 * How big the app's text is drawn, from the reader's WeChat font setting (适老化). WeChat reports
 * fontSizeScaleFactor = fontSizeSetting / standard size (17 px on iOS, 16 px on Android).
 */

/** WeChat's 「关怀模式」 size on iPhone is 23.8 px against a 17 px standard. */
export const CARE_MODE_SCALE = 23.8 / 17
/** Tap targets are at least 44 px; 大字模式 raises them to at least 48 px. */
const NORMAL_TARGET_PX = 44
const LARGE_TARGET_PX = 48

const MIN_SCALE = 0.9
const MAX_SCALE = 2
const STANDARD_PX = { ios: 17, android: 16 } as const

export interface FontEnvironment {
  fontSizeScaleFactor?: unknown
  fontSizeSetting?: unknown
  /** Decides the standard size when only fontSizeSetting is known. */
  platform?: unknown
}

export interface PageScale {
  /** Multiplies every text size. */
  text: number
  /** Multiplies every tap target's minimum height. */
  target: number
}

/** The reader's scale: the factor when WeChat gives one, else the setting over the standard size, else 1. */
export function readerFontScale(env: FontEnvironment): number {
  const factor = positive(env.fontSizeScaleFactor)
  if (factor !== null) return clamp(factor)
  const setting = positive(env.fontSizeSetting)
  if (setting === null) return 1
  const standard = env.platform === 'android' ? STANDARD_PX.android : STANDARD_PX.ios
  return clamp(setting / standard)
}

/** 大字模式 never makes text smaller than the reader chose; it lifts it to at least care-mode size. */
export function pageScale(readerScale: number, largeText: boolean): PageScale {
  const text = largeText ? Math.max(readerScale, CARE_MODE_SCALE) : readerScale
  return { text: round(text), target: largeText ? round(LARGE_TARGET_PX / NORMAL_TARGET_PX) : 1 }
}

/** The CSS custom properties every page root carries (see the fs-text and fs-target mixins). */
export function scaleStyle(scale: PageScale): string {
  return `--fs-scale:${scale.text};--fs-target:${scale.target}`
}

function positive(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : null
}

function clamp(scale: number): number {
  return round(Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale)))
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000
}
