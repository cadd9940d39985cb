import {
  LINE_HEIGHT,
  ellipsize,
  fitLine,
  minFont,
  normalize,
  oneLine,
  wrapBalanced,
  wrapText,
  type Band,
  type LaidOutText,
  type MeasureText
} from './textWrap'

/**
 * The share card of a page (a category, the rules, the quiz…): a title, a body and the hotline footer, laid out
 * left-aligned on a canvas of any size. Pure; see ./textWrap for the measure and the coordinates.
 */

export type CardLineRole = 'title' | 'body' | 'footer'

/** The card's words and canvas: size in px, and the measure of the canvas's font. */
export interface CardLayoutInput {
  title: string
  body: string
  footer: string
  width: number
  height: number
  measure: MeasureText
}

/** Where each line of the card goes, in px. */
export interface CardLayout {
  width: number
  height: number
  lines: LaidOutText<CardLineRole>[]
  /** The strip at the bottom that carries the footer (the hotline). */
  footerBand: Band
  /** True when some text did not fit even at the smallest size and was cut with "…". */
  truncated: boolean
}

/** The card's proportions, as fractions of its shorter side, so a chat card (5:4) and a Moments card (1:1) match. */
const CARD = {
  /** Empty margin on each side. */
  padding: 0.08,
  /** Height of the footer band at the bottom. */
  footerBandHeight: 0.18,
  /** Smallest footer font before it is cut. */
  footerMinFont: 0.05,
  /** Title font when it fits at full size, and the smallest it shrinks to. */
  titleMaxFont: 0.15,
  titleMinFont: 0.07,
  /** Body font when it fits at full size, and the smallest it shrinks to. */
  bodyMaxFont: 0.12,
  bodyMinFont: 0.06,
  /** Space between the title and the body. */
  titleBodyGap: 0.04
}
/** Largest footer font as a fraction of the footer band's height (one line, with room above and below). */
const FOOTER_FONT_OF_BAND = 0.46
/** A longer title is cut: a share card is read at a glance. */
const TITLE_MAX_LINES = 2
/** Title and body shrink together by this fraction of their full size per try. */
const SHRINK_STEP = 0.05

/**
 * Lays out a card, left-aligned: the title and the body as large as they fit, shrinking both together down to a minimum size;
 * what still does not fit is cut at the last line that fits, which ends in "…". The footer sits alone in a band
 * at the bottom, shrunk (then cut) to one line.
 */
export function layoutCard(input: CardLayoutInput): CardLayout {
  const { width, height, measure } = input
  const title = normalize(input.title)
  const body = normalize(input.body)
  const unit = Math.min(width, height)
  const padding = Math.round(unit * CARD.padding)
  const contentWidth = Math.max(1, width - 2 * padding)

  const bandHeight = Math.round(unit * CARD.footerBandHeight)
  const footerBand: Band = { y: height - bandHeight, height: bandHeight }
  const footer = fitLine(oneLine(input.footer), contentWidth, {
    max: Math.round(bandHeight * FOOTER_FONT_OF_BAND),
    min: minFont(unit * CARD.footerMinFont),
    measure
  })

  const titleMax = Math.max(minFont(unit * CARD.titleMinFont), Math.round(unit * CARD.titleMaxFont))
  const bodyMax = Math.max(minFont(unit * CARD.bodyMinFont), Math.round(unit * CARD.bodyMaxFont))
  const titleMin = minFont(unit * CARD.titleMinFont)
  const bodyMin = minFont(unit * CARD.bodyMinFont)
  const gap = Math.round(unit * CARD.titleBodyGap)
  const areaTop = padding
  const areaHeight = Math.max(0, footerBand.y - padding - areaTop)

  let block: TextBlock | null = null
  for (let scale = 1; ; scale -= SHRINK_STEP) {
    const titleSize = Math.max(titleMin, Math.round(titleMax * scale))
    const bodySize = Math.max(bodyMin, Math.round(bodyMax * scale))
    const candidate = wrapBlock(title, body, titleSize, bodySize, contentWidth, measure)
    const atMinimum = titleSize === titleMin && bodySize === bodyMin
    const fits = candidate.titleLines.length <= TITLE_MAX_LINES && blockHeight(candidate, gap) <= areaHeight
    // A lone character on a paragraph's last line ("不转账、及时报 / 警") reads badly: try a smaller size first.
    if (fits && (!candidate.widow || atMinimum)) {
      block = candidate
      break
    }
    if (atMinimum) {
      block = cutToFit(candidate, title, body, gap, areaHeight, contentWidth, measure)
      break
    }
  }

  const lines: LaidOutText<CardLineRole>[] = []
  let top = areaTop + Math.max(0, (areaHeight - blockHeight(block, gap)) / 2)
  const place = (role: CardLineRole, text: string, fontSize: number) => {
    const lineBox = fontSize * LINE_HEIGHT
    lines.push({ role, text, x: padding, y: top + lineBox / 2, fontSize, width: measure(text, fontSize) })
    top += lineBox
  }
  block.titleLines.forEach((line) => place('title', line, block.titleSize))
  if (block.titleLines.length > 0 && block.bodyLines.length > 0) top += gap
  block.bodyLines.forEach((line) => place('body', line, block.bodySize))

  if (footer.text) {
    lines.push({
      role: 'footer',
      text: footer.text,
      x: padding + (contentWidth - footer.width) / 2,
      y: footerBand.y + footerBand.height / 2,
      fontSize: footer.fontSize,
      width: footer.width
    })
  }

  return { width, height, lines, footerBand, truncated: block.truncated || footer.truncated }
}

interface TextBlock {
  titleLines: string[]
  bodyLines: string[]
  titleSize: number
  bodySize: number
  truncated: boolean
  /** Some body paragraph wraps and leaves one character alone on its last line. */
  widow: boolean
}

function wrapBlock(
  title: string,
  body: string,
  titleSize: number,
  bodySize: number,
  maxWidth: number,
  measure: MeasureText
): TextBlock {
  const paragraphs = body ? body.split('\n').map((p) => wrapText(p, maxWidth, bodySize, measure)) : []
  return {
    titleLines: wrapBalanced(title, maxWidth, titleSize, measure),
    bodyLines: paragraphs.flat(),
    titleSize,
    bodySize,
    truncated: false,
    widow: paragraphs.some((lines) => lines.length > 1 && [...lines[lines.length - 1]].length === 1)
  }
}

function blockHeight(block: TextBlock, gap: number): number {
  const titleHeight = block.titleLines.length * block.titleSize * LINE_HEIGHT
  const bodyHeight = block.bodyLines.length * block.bodySize * LINE_HEIGHT
  return titleHeight + bodyHeight + (block.titleLines.length > 0 && block.bodyLines.length > 0 ? gap : 0)
}

/** At the smallest sizes: keep as many lines as fit (title first, at most two), the last kept line ending in "…". */
function cutToFit(
  block: TextBlock,
  title: string,
  body: string,
  gap: number,
  areaHeight: number,
  maxWidth: number,
  measure: MeasureText
): TextBlock {
  const titleBox = block.titleSize * LINE_HEIGHT
  const bodyBox = block.bodySize * LINE_HEIGHT
  const titleRoom = Math.min(TITLE_MAX_LINES, Math.floor(areaHeight / titleBox))
  const titleLines = title ? takeLines(block.titleLines, titleRoom, block.titleSize, maxWidth, measure) : []
  const titleHeight = titleLines.length * titleBox
  const bodyRoom = Math.max(
    0,
    Math.floor((areaHeight - titleHeight - (titleLines.length > 0 ? gap : 0)) / bodyBox)
  )
  const bodyLines = body ? takeLines(block.bodyLines, bodyRoom, block.bodySize, maxWidth, measure) : []
  return {
    ...block,
    titleLines,
    bodyLines,
    truncated: titleLines.length < block.titleLines.length || bodyLines.length < block.bodyLines.length
  }
}

/** The first `count` lines; when some are dropped, the last kept line ends in "…". */
function takeLines(
  lines: string[],
  count: number,
  fontSize: number,
  maxWidth: number,
  measure: MeasureText
): string[] {
  if (count >= lines.length) return lines
  if (count <= 0) return []
  const kept = lines.slice(0, count)
  kept[count - 1] = ellipsize(kept[count - 1], maxWidth, fontSize, measure, true)
  return kept
}
