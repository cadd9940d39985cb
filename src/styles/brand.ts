/**
 * The app's colours, in one place. The styles use them as `$fs-<kebab-name>` from ./_variables.scss (Sass cannot
 * import a TS module; tests/unit/brandColors.test.ts fails when the two disagree); the window bar
 * (app.config.ts) and the share images (services/shareDrawing.ts) import them from here. Text colours keep a
 * contrast of at least 4.5 on `page` and `card` (checked by axe in the browser tests).
 */
export const BRAND = {
  /** The police red: headers, the title bar, primary buttons. */
  red: '#b71c1c',
  redDark: '#8e1111',
  /** White text (and a ring) on a coloured fill: red, blue, ink, a verdict. */
  onRed: '#fff',
  ink: '#1a1a1a',
  inkSoft: '#3d3d3d',
  /** The warm page background. */
  page: '#fff8f0',
  card: '#fff',
  tipBg: '#fff3cd',
  tipBorder: '#b26a00',
  blue: '#0b4f9c',
  green: '#1b5e20',
  line: '#d9cfc4',
  /** The empty part of a progress or score bar. */
  track: '#eadfd3'
} as const

/**
 * Colours only the styles use ($fs-<kebab-name> in ./_variables.scss), kept apart from BRAND so that the share-card
 * drawing, which bundles BRAND, does not carry them.
 */
export const STYLE_TINTS = {
  /** Tints behind text in ink: a right answer, a safe reply in a scenario. */
  rightBg: '#e6f4ea',
  safeBg: '#e8f5e9',
  /** Red tints: a wrong answer, the scammer's line in a scenario; a ticked situation in 风险自测. */
  redTint: '#fdecea',
  redTintPale: '#fff0f0',
  /** A scenario's lines and its points already done. */
  sand: '#f3ede6',
  sandPale: '#f6f1ea',
  /** The 大字模式 switch's track when it is off. */
  switchOff: '#6b6259'
} as const
