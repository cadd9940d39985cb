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
/** The largest text the app draws: every page's layout is tested at ×2 on a 320 px phone, in 大字模式 too. */
const MAX_SCALE = 2
/**
 * What 大字模式 adds to a reader's own size (about two of WeChat's font-size steps): above care-mode size the switch
 * still makes the text visibly bigger (round 52's page trial: at a phone font of ×1.4 or more, 大字模式 changed nothing
 * on screen, and 关 seemed to do nothing either).
 */
const LARGE_TEXT_STEP = 1.2
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

/**
 * The page's scale for a reader's own scale (readerFontScale). 大字模式 lifts text to at least care-mode size and a
 * step (LARGE_TEXT_STEP) above the reader's own, up to MAX_SCALE; it never makes text smaller than the reader chose.
 */
export function pageScale(readerScale: number, largeText: boolean): PageScale {
  const text = largeText
    ? Math.max(readerScale, Math.min(MAX_SCALE, Math.max(readerScale * LARGE_TEXT_STEP, CARE_MODE_SCALE)))
    : readerScale
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
