import Taro from '@tarojs/taro'
import { brochure } from '@/data'
import { buildResultPosterText, buildShareCardText, shareTargetKey } from '@/domain/share'
import type { RuleScore } from '#types/quiz'
import type { ShareImageShape, ShareTarget } from '#types/share'
import type { CanvasPlatform } from './shareDrawing'
import { loadShareDrawing } from './shareDrawingLoader'

/**
 * Share images drawn at run time on an offscreen 2D canvas, so no picture ships in the package: a 5:4 card for
 * chats, a 1:1 card for Moments and the quiz-result poster. This module keeps what the pages need at once (which
 * images exist, the share-image menu); the layout and painting (./shareDrawing) load on the first drawing. Every
 * failure (no offscreen canvas on this WeChat, the drawing module not loading, a draw or export error, the
 * browser build) gives undefined: the share then uses WeChat's default image.
 */

const CARD_SIZES: Record<ShareImageShape, { width: number; height: number }> = {
  chat: { width: 500, height: 400 },
  moments: { width: 500, height: 500 }
}
const POSTER_SIZE = { width: 600, height: 800 }

/**
 * Taro's canvas calls, looked up at each call (tests replace them). Only the mini-program draws: the browser
 * build drops these calls at compile time (TARO_ENV is a build constant) and so does not load Taro's browser
 * canvas code; there they would give no canvas.
 */
const PLATFORM: CanvasPlatform = {
  createOffscreenCanvas: (options) =>
    process.env.TARO_ENV === 'weapp' ? Taro.createOffscreenCanvas(options) : undefined,
  canvasToTempFilePath: (options) =>
    process.env.TARO_ENV === 'weapp'
      ? Taro.canvasToTempFilePath({ ...options, canvas: options.canvas as Taro.Canvas })
      : Promise.resolve({})
}

/**
 * How long a drawing or the share-image menu may take before the person is told to take a screenshot instead.
 * Some clients never call back from canvasToTempFilePath or showShareImageMenu; a drawing takes well under 1 s.
 */
export const SHARE_IMAGE_TIMEOUT_MS = 6000

/** Paths of finished images and the drawings in flight, per target and shape. Failures are kept too. */
const drawings = new Map<string, Promise<string | undefined>>()
const finished = new Map<string, string>()

/** Only WeChat has an offscreen canvas whose pixels can become a share image; the browser build skips drawing. */
export function canDrawShareImages(): boolean {
  return process.env.TARO_ENV === 'weapp'
}

/** Draws (once) the card image of a target: the page's name and key sentence in large type, and 96110. */
export function drawShareCard(target: ShareTarget, shape: ShareImageShape): Promise<string | undefined> {
  const key = `${shareTargetKey(target)}|${shape}`
  return once(key, () => {
    const { width, height } = CARD_SIZES[shape]
    const text = buildShareCardText(target, brochure)
    return withDrawing((drawing) => drawing.drawCard(PLATFORM, text, width, height))
  })
}

/** The card image already drawn for this target and shape, for the synchronous share handlers. */
export function cachedShareCard(target: ShareTarget, shape: ShareImageShape): string | undefined {
  return finished.get(`${shareTargetKey(target)}|${shape}`)
}

/** Draws (once per result) the quiz-result poster: the score, one bar per rule and 96110. */
export function drawResultPoster(score: number, byRule: readonly RuleScore[]): Promise<string | undefined> {
  const text = buildResultPosterText(score, byRule, brochure)
  const key = `poster|${text.score}|${text.rows.map((r) => `${r.correct}/${r.asked}`).join(',')}`
  const { width, height } = POSTER_SIZE
  return once(key, () => withDrawing((drawing) => drawing.drawPoster(PLATFORM, text, width, height)))
}

/**
 * What happened to the share-image menu: shown (the person saw it — not that they sent anything); cancelled (closed
 * it); refused (a permission such as saving to the album was refused); unavailable (this WeChat lacks the menu);
 * timed-out (WeChat never answered within SHARE_IMAGE_TIMEOUT_MS).
 */
export type ImageMenuOutcome = 'shown' | 'cancelled' | 'refused' | 'unavailable' | 'timed-out'

/** Opens WeChat's share-image menu (send to a chat, Moments, save). `entrancePath` is where its mini-program link opens. */
export function openShareImageMenu(path: string, entrancePath: string): Promise<ImageMenuOutcome> {
  if (!canDrawShareImages() || !canUse('showShareImageMenu')) return Promise.resolve('unavailable')
  // Taro 4.2.1 passes showShareImageMenu straight to wx (it is not in its promisified list): use the callbacks.
  const menu = new Promise<ImageMenuOutcome>((resolve) => {
    try {
      const options = {
        path,
        entrancePath,
        success: () => resolve('shown'),
        fail: (error: unknown) => resolve(menuFailure(error))
      }
      if (process.env.TARO_ENV === 'weapp') Taro.showShareImageMenu(options as Taro.showShareImageMenu.Option)
      else resolve('unavailable')
    } catch {
      resolve('unavailable')
    }
  })
  return withTimeout(menu, 'timed-out')
}

/** Forgets every drawn image (tests; a new app session starts empty anyway). */
export function clearShareImages(): void {
  drawings.clear()
  finished.clear()
}

function once(key: string, draw: () => Promise<string | undefined>): Promise<string | undefined> {
  if (!canDrawShareImages()) return Promise.resolve(undefined)
  let drawing = drawings.get(key)
  if (!drawing) {
    drawing = withTimeout(draw(), undefined).then((path) => {
      if (path) finished.set(key, path)
      return path
    })
    drawings.set(key, drawing)
  }
  return drawing
}

/** Runs `draw` with the drawing module, loaded on first use; a module that cannot load gives undefined. */
async function withDrawing(
  draw: (drawing: typeof import('./shareDrawing')) => Promise<string | undefined>
): Promise<string | undefined> {
  try {
    return await draw(await loadShareDrawing())
  } catch {
    return undefined
  }
}

/** WeChat's canIUse. The browser build drops the call (TARO_ENV is a build constant), and so Taro's API table. */
function canUse(api: string): boolean {
  try {
    return process.env.TARO_ENV === 'weapp' && typeof Taro.canIUse === 'function' ? Taro.canIUse(api) : false
  } catch {
    return false
  }
}

/** `promise`, or `late` when it has not settled within SHARE_IMAGE_TIMEOUT_MS (a callback that never comes). */
function withTimeout<T>(promise: Promise<T>, late: T): Promise<T> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(late), SHARE_IMAGE_TIMEOUT_MS)
    promise.then(
      (value) => {
        clearTimeout(timer)
        resolve(value)
      },
      () => {
        clearTimeout(timer)
        resolve(late)
      }
    )
  })
}

function menuFailure(error: unknown): ImageMenuOutcome {
  const message = String((error as { errMsg?: unknown } | null)?.errMsg ?? '')
  if (/cancel/i.test(message)) return 'cancelled'
  if (/privacy|auth|den(y|ied)|permission/i.test(message)) return 'refused'
  return 'unavailable'
}
