import Taro from '@tarojs/taro'
import { brochure } from '@/data'
import {
  layoutCard,
  layoutPoster,
  type CardLayout,
  type MeasureText,
  type PosterLayout
} from '@/domain/cardLayout'
import { buildResultPosterText, buildShareCardText, shareTargetKey } from '@/domain/share'
import type { RuleScore } from '../../types/quiz'
import type { ShareImageShape, ShareTarget } from '../../types/share'

/**
 * Share images drawn at run time on an offscreen 2D canvas, so no picture ships in the package: a 5:4 card for
 * chats, a 1:1 card for Moments and the quiz-result poster. Every failure (no offscreen canvas on this WeChat,
 * a draw or export error, the browser build) gives undefined: the share then uses WeChat's default image.
 */

export const CARD_SIZES: Record<ShareImageShape, { width: number; height: number }> = {
  chat: { width: 500, height: 400 },
  moments: { width: 500, height: 500 }
}
export const POSTER_SIZE = { width: 600, height: 800 }

const FONT_FAMILY = '"PingFang SC", "Microsoft YaHei", sans-serif'
const COLORS = {
  page: '#fff8f0',
  red: '#b71c1c',
  ink: '#1a1a1a',
  onRed: '#ffffff',
  track: '#eadfd3',
  fill: '#1b5e20'
}

/** The part of the 2D context the drawing uses (Taro types the offscreen context as an empty interface). */
interface Context2D {
  fillStyle: string
  font: string
  textAlign: string
  textBaseline: string
  fillRect(x: number, y: number, width: number, height: number): void
  fillText(text: string, x: number, y: number): void
  measureText(text: string): { width: number }
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
    return render(width, height, (context, measure) => {
      const text = buildShareCardText(target, brochure)
      paintCard(context, layoutCard({ ...text, width, height, measure }))
    })
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
  return once(key, () =>
    render(width, height, (context, measure) =>
      paintPoster(context, layoutPoster({ text, width, height, measure }))
    )
  )
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
      Taro.showShareImageMenu(options as Taro.showShareImageMenu.Option)
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

type Paint = (context: Context2D, measure: MeasureText) => void

async function render(width: number, height: number, paint: Paint): Promise<string | undefined> {
  try {
    const canvas = Taro.createOffscreenCanvas({ type: '2d', width, height })
    const context = canvas?.getContext('2d') as Context2D | null | undefined
    if (!context || typeof context.fillText !== 'function') return undefined
    const measure: MeasureText = (text, fontSize) => {
      context.font = font(fontSize)
      return context.measureText(text).width
    }
    paint(context, measure)
    const { tempFilePath } = await Taro.canvasToTempFilePath({
      canvas: canvas as unknown as Taro.Canvas,
      x: 0,
      y: 0,
      width,
      height,
      destWidth: width,
      destHeight: height,
      fileType: 'png'
    })
    return typeof tempFilePath === 'string' && tempFilePath !== '' ? tempFilePath : undefined
  } catch {
    return undefined
  }
}

function paintCard(context: Context2D, layout: CardLayout): void {
  context.fillStyle = COLORS.page
  context.fillRect(0, 0, layout.width, layout.height)
  context.fillStyle = COLORS.red
  context.fillRect(0, 0, layout.width, Math.round(layout.height * 0.03))
  context.fillRect(0, layout.footerBand.y, layout.width, layout.footerBand.height)
  context.textAlign = 'left'
  context.textBaseline = 'middle'
  for (const line of layout.lines) {
    context.fillStyle =
      line.role === 'title' ? COLORS.red : line.role === 'footer' ? COLORS.onRed : COLORS.ink
    context.font = font(line.fontSize)
    context.fillText(line.text, line.x, line.y)
  }
}

function paintPoster(context: Context2D, layout: PosterLayout): void {
  context.fillStyle = COLORS.page
  context.fillRect(0, 0, layout.width, layout.height)
  context.fillStyle = COLORS.red
  context.fillRect(0, layout.headerBand.y, layout.width, layout.headerBand.height)
  context.fillRect(0, layout.footerBand.y, layout.width, layout.footerBand.height)
  for (const bar of layout.bars) {
    context.fillStyle = COLORS.track
    context.fillRect(bar.x, bar.y, bar.width, bar.height)
    context.fillStyle = COLORS.fill
    if (bar.fillWidth > 0) context.fillRect(bar.x, bar.y, bar.fillWidth, bar.height)
  }
  context.textAlign = 'left'
  context.textBaseline = 'middle'
  for (const text of layout.texts) {
    const onBand = text.role === 'title' || text.role === 'footer'
    context.fillStyle = onBand ? COLORS.onRed : text.role === 'score' ? COLORS.red : COLORS.ink
    context.font = font(text.fontSize)
    context.fillText(text.text, text.x, text.y)
  }
}

function font(size: number): string {
  return `bold ${size}px ${FONT_FAMILY}`
}

function canUse(api: string): boolean {
  try {
    return typeof Taro.canIUse === 'function' ? Taro.canIUse(api) : false
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
