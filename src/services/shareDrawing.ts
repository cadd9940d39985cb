/**
 * The share images' pixels: lays out and paints a card or the quiz-result poster on an offscreen 2D canvas and
 * exports it as a PNG. Loaded only when a share image is drawn (./shareDrawingLoader): in the mini-program it is
 * emitted into a subpackage and fetched with require.async, so neither the main package nor the browser home
 * carries it. It imports no Taro module: ./shareImage passes the two platform calls in. Every failure resolves
 * to undefined, and the share then uses WeChat's default image.
 */
import {
  layoutCard,
  layoutPoster,
  type CardLayout,
  type CardLayoutInput,
  type MeasureText,
  type PosterLayout,
  type PosterLayoutInput
} from '../domain/cardLayout'
import { BRAND } from '../styles/brand'

/** The two platform calls drawing needs, as Taro (or wx) provides them. */
export interface CanvasPlatform {
  createOffscreenCanvas(options: { type: '2d'; width: number; height: number }): unknown
  canvasToTempFilePath(options: {
    canvas: unknown
    x: number
    y: number
    width: number
    height: number
    destWidth: number
    destHeight: number
    fileType: 'png'
  }): Promise<{ tempFilePath?: unknown }>
}

/** The card's words (from domain/share's buildShareCardText), without the size and measure the layout adds. */
export type CardText = Omit<CardLayoutInput, 'width' | 'height' | 'measure'>
/** The poster's words and bars (from domain/share's buildResultPosterText). */
export type PosterText = PosterLayoutInput['text']

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

/** Draws a share card of width × height px; resolves to the PNG's temporary path, or undefined on any failure. */
export function drawCard(
  platform: CanvasPlatform,
  text: CardText,
  width: number,
  height: number
): Promise<string | undefined> {
  return render(platform, width, height, (context, measure) =>
    paintCard(context, layoutCard({ ...text, width, height, measure }))
  )
}

/** Draws the quiz-result poster of width × height px; resolves to the PNG's path, or undefined on any failure. */
export function drawPoster(
  platform: CanvasPlatform,
  text: PosterText,
  width: number,
  height: number
): Promise<string | undefined> {
  return render(platform, width, height, (context, measure) =>
    paintPoster(context, layoutPoster({ text, width, height, measure }))
  )
}

const FONT_FAMILY = '"PingFang SC", "Microsoft YaHei", sans-serif'
const COLORS = {
  page: BRAND.page,
  red: BRAND.red,
  ink: BRAND.ink,
  onRed: BRAND.onRed,
  track: BRAND.track,
  fill: BRAND.green
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

type Paint = (context: Context2D, measure: MeasureText) => void

async function render(
  platform: CanvasPlatform,
  width: number,
  height: number,
  paint: Paint
): Promise<string | undefined> {
  try {
    const canvas = platform.createOffscreenCanvas({ type: '2d', width, height }) as
      { getContext(type: '2d'): unknown } | null | undefined
    const context = canvas?.getContext('2d') as Context2D | null | undefined
    if (!context || typeof context.fillText !== 'function') return undefined
    const measure: MeasureText = (text, fontSize) => {
      context.font = font(fontSize)
      return context.measureText(text).width
    }
    paint(context, measure)
    const { tempFilePath } = await platform.canvasToTempFilePath({
      canvas,
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
