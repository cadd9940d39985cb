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
  /** White text on red. */
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
