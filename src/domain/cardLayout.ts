import type { ResultPosterText } from './share'

/**
 * Where the words of a share image go. Pure: the width of a text is asked of an injected `measure`, so the
 * same layout runs on the 2D canvas (ctx.measureText) and in tests (a fake measure).
 *
 * Every laid-out text carries its left edge `x`, its vertical middle `y` and its font size: draw it with
 * textAlign 'left' and textBaseline 'middle'.
 */

/** Width in px of `text` set at `fontSize` px. */
export type MeasureText = (text: string, fontSize: number) => number

export type CardLineRole = 'title' | 'body' | 'footer'

export interface LaidOutText<Role extends string = string> {
  role: Role
  text: string
  /** Left edge. */
  x: number
  /** Vertical middle of the line. */
  y: number
  fontSize: number
  /** Measured width of `text`. */
  width: number
}

export interface Band {
  y: number
  height: number
}

export interface CardLayoutInput {
  title: string
  body: string
  footer: string
  width: number
  height: number
  measure: MeasureText
}

export interface CardLayout {
  width: number
  height: number
  lines: LaidOutText<CardLineRole>[]
  /** The strip at the bottom that carries the footer (the hotline). */
  footerBand: Band
  /** True when some text did not fit even at the smallest size and was cut with "…". */
  truncated: boolean
}

export const ELLIPSIS = '…'
/** Line box height as a multiple of the font size. */
const LINE_HEIGHT = 1.3
/** Never below this many px, whatever the canvas size. */
const ABSOLUTE_MIN_FONT = 12
const TITLE_MAX_LINES = 2
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
  const padding = Math.round(unit * 0.08)
  const contentWidth = Math.max(1, width - 2 * padding)

  const bandHeight = Math.round(unit * 0.18)
  const footerBand: Band = { y: height - bandHeight, height: bandHeight }
  const footer = fitLine(oneLine(input.footer), contentWidth, {
    max: Math.round(bandHeight * 0.46),
    min: minFont(unit * 0.05),
    measure
  })

  const titleMax = Math.max(minFont(unit * 0.07), Math.round(unit * 0.15))
  const bodyMax = Math.max(minFont(unit * 0.06), Math.round(unit * 0.12))
  const titleMin = minFont(unit * 0.07)
  const bodyMin = minFont(unit * 0.06)
  const gap = Math.round(unit * 0.04)
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

interface FitOptions {
  max: number
  min: number
  measure: MeasureText
}

interface FittedLine {
  text: string
  fontSize: number
  width: number
  truncated: boolean
}

/** One line: the largest size from max down to min at which it fits, else cut with "…" at min. */
export function fitLine(text: string, maxWidth: number, { max, min, measure }: FitOptions): FittedLine {
  const floor = Math.min(min, max)
  for (let size = max; size >= floor; size -= 1) {
    const width = measure(text, size)
    if (width <= maxWidth) return { text, fontSize: size, width, truncated: false }
  }
  const cut = ellipsize(text, maxWidth, floor, measure, false)
  return { text: cut, fontSize: floor, width: measure(cut, floor), truncated: cut !== text }
}

/** Characters that must not begin a line (Chinese line-breaking rules, 避头). */
const NO_LINE_START = new Set([...'，。！？、；：”’）》」』】〕…,.!?;:)]}%'])
/** Characters that must not end a line (避尾). */
const NO_LINE_END = new Set([...'“‘（《「『【〔([{'])

/**
 * Greedy line breaking for mixed Chinese and ASCII: a Chinese character can end a line anywhere, an ASCII word
 * only at a space, and a run wider than a whole line (a long link) is broken between characters. Closing
 * punctuation does not begin a line and opening punctuation does not end one, while the line still fits.
 * A "\n" always starts a new line.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, measure: MeasureText): string[] {
  return normalize(text)
    .split('\n')
    .flatMap((paragraph) => wrapParagraph(paragraph, maxWidth, fontSize, measure))
}

function wrapParagraph(text: string, maxWidth: number, fontSize: number, measure: MeasureText): string[] {
  const lines: string[] = []
  const fits = (candidate: string) => measure(candidate, fontSize) <= maxWidth
  const push = (value: string) => {
    const trimmed = value.trimEnd()
    if (trimmed !== '') lines.push(trimmed)
  }
  let line = ''
  let space = false

  for (const token of tokenize(text)) {
    if (token === ' ') {
      space = line !== ''
      continue
    }
    const separator = space ? ' ' : ''
    space = false
    if (fits(line + separator + token)) {
      line += separator + token
      continue
    }
    if (!fits(token)) {
      // Too wide for any line: fill this line, then break between characters (at least one per line).
      line += separator
      for (const char of token) {
        if (line.trim() !== '' && !fits(line + char)) {
          push(line)
          line = ''
        }
        line += char
      }
      continue
    }
    const [ended, carried] = breakBefore(line, token, fits)
    push(ended)
    line = carried + token
  }
  push(line)
  return lines
}

/**
 * Like wrapText, but with lines of even length: a two-line name breaks near its middle ("网络游戏产品 / 虚假交易诈骗")
 * rather than leaving a short tail. Uses the narrowest width that needs no more lines.
 */
export function wrapBalanced(
  text: string,
  maxWidth: number,
  fontSize: number,
  measure: MeasureText
): string[] {
  const lines = wrapText(text, maxWidth, fontSize, measure)
  if (lines.length < 2) return lines
  let low = 1
  let high = maxWidth
  while (high - low > 1) {
    const middle = (low + high) / 2
    if (wrapText(text, middle, fontSize, measure).length <= lines.length) high = middle
    else low = middle
  }
  return wrapText(text, high, fontSize, measure)
}

/** Ends `line` before `next`, moving characters down so punctuation sits where Chinese typesetting puts it. */
function breakBefore(line: string, next: string, fits: (candidate: string) => boolean): [string, string] {
  const chars = [...line]
  let carried = ''
  if (NO_LINE_START.has(next) && chars.length > 1 && !isAsciiWordChar(chars[chars.length - 1])) {
    carried = chars.pop() as string
  }
  while (chars.length > 1 && NO_LINE_END.has(chars[chars.length - 1])) carried = chars.pop() + carried
  if (carried !== '' && !fits(carried + next)) return [line, '']
  return [chars.join(''), carried]
}

/**
 * Cuts `text` so that it and a trailing "…" fit. With `always`, the "…" is added even if the text fits (the line
 * is followed by text that was dropped).
 */
export function ellipsize(
  text: string,
  maxWidth: number,
  fontSize: number,
  measure: MeasureText,
  always: boolean
): string {
  if (!always && measure(text, fontSize) <= maxWidth) return text
  const chars = [...text]
  while (chars.length > 0) {
    const candidate = trimTrailing(chars.join('')) + ELLIPSIS
    if (measure(candidate, fontSize) <= maxWidth) return candidate
    chars.pop()
  }
  return ELLIPSIS
}

function trimTrailing(text: string): string {
  return text.replace(/[\s，、；：,;:。.]+$/u, '')
}

function tokenize(text: string): string[] {
  return text.match(/[\x21-\x7e]+| |./gu) ?? []
}

function isAsciiWordChar(char: string): boolean {
  return /^[\x21-\x7e]$/.test(char)
}

/** Runs of spaces become one space; line breaks are kept, blank lines dropped. */
function normalize(text: string): string {
  return text
    .split(/\r?\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter((paragraph) => paragraph !== '')
    .join('\n')
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

function minFont(size: number): number {
  return Math.max(ABSOLUTE_MIN_FONT, Math.round(size))
}

export type PosterTextRole =
  'title' | 'score' | 'rows-title' | 'row-label' | 'row-count' | 'invite' | 'footer'

export interface PosterBar {
  x: number
  y: number
  width: number
  height: number
  /** Width of the filled part: correct / asked of the track, 0 when the rule was not asked. */
  fillWidth: number
}

export interface PosterLayoutInput {
  text: ResultPosterText
  width: number
  height: number
  measure: MeasureText
}

export interface PosterLayout {
  width: number
  height: number
  texts: LaidOutText<PosterTextRole>[]
  bars: PosterBar[]
  headerBand: Band
  footerBand: Band
}

/**
 * The quiz-result poster, top to bottom: a header band with the title, the score in very large type, one labelled
 * bar per rule, the invitation, and the hotline in a footer band. Rows shrink together when there are many.
 */
export function layoutPoster({ text, width, height, measure }: PosterLayoutInput): PosterLayout {
  const padding = Math.round(width * 0.08)
  const contentWidth = Math.max(1, width - 2 * padding)
  const headerBand: Band = { y: 0, height: Math.round(height * 0.13) }
  const footerBand: Band = { y: height - Math.round(height * 0.11), height: Math.round(height * 0.11) }
  const texts: LaidOutText<PosterTextRole>[] = []
  const bars: PosterBar[] = []

  const centred = (role: PosterTextRole, value: string, y: number, max: number, min: number) => {
    const fitted = fitLine(value, contentWidth, { max, min: minFont(min), measure })
    texts.push({
      role,
      text: fitted.text,
      x: padding + (contentWidth - fitted.width) / 2,
      y,
      fontSize: fitted.fontSize,
      width: fitted.width
    })
    return fitted.fontSize
  }

  centred('title', text.title, headerBand.height / 2, Math.round(width * 0.075), width * 0.045)
  centred('footer', text.footer, footerBand.y + footerBand.height / 2, Math.round(width * 0.07), width * 0.04)

  // Between the bands: score, rows title, rows, invitation.
  const areaTop = headerBand.height + Math.round(height * 0.03)
  const areaBottom = footerBand.y - Math.round(height * 0.03)
  const scoreSize = Math.round(Math.min(width * 0.2, (areaBottom - areaTop) * 0.22))
  let top = areaTop
  centred('score', text.scoreLabel, top + (scoreSize * 1.2) / 2, scoreSize, width * 0.08)
  top += scoreSize * 1.2 + Math.round(height * 0.02)

  const rowsTitleSize = Math.round(width * 0.045)
  centred('rows-title', text.rowsTitle, top + (rowsTitleSize * LINE_HEIGHT) / 2, rowsTitleSize, width * 0.03)
  top += rowsTitleSize * LINE_HEIGHT + Math.round(height * 0.015)

  const inviteSize = Math.round(width * 0.05)
  const inviteBox = inviteSize * LINE_HEIGHT
  const rowsRoom = Math.max(0, areaBottom - inviteBox - Math.round(height * 0.02) - top)
  const rowCount = text.rows.length
  const idealRow = Math.round(width * 0.15)
  const rowHeight = rowCount > 0 ? Math.min(idealRow, rowsRoom / rowCount) : 0
  const labelSize = Math.max(ABSOLUTE_MIN_FONT, Math.round(Math.min(width * 0.05, rowHeight * 0.38)))
  const barHeight = Math.max(4, Math.round(rowHeight * 0.2))

  text.rows.forEach((row) => {
    const labelY = top + (labelSize * LINE_HEIGHT) / 2
    const count = row.asked > 0 ? `${Math.min(row.correct, row.asked)}/${row.asked}` : '未考到'
    const countWidth = measure(count, labelSize)
    const label = fitLine(row.label, Math.max(1, contentWidth - countWidth - labelSize), {
      max: labelSize,
      min: minFont(labelSize * 0.7),
      measure
    })
    texts.push({
      role: 'row-label',
      text: label.text,
      x: padding,
      y: labelY,
      fontSize: label.fontSize,
      width: label.width
    })
    texts.push({
      role: 'row-count',
      text: count,
      x: padding + contentWidth - countWidth,
      y: labelY,
      fontSize: labelSize,
      width: countWidth
    })
    const ratio = row.asked > 0 ? Math.min(1, Math.max(0, row.correct / row.asked)) : 0
    bars.push({
      x: padding,
      y: top + labelSize * LINE_HEIGHT + Math.round(rowHeight * 0.05),
      width: contentWidth,
      height: barHeight,
      fillWidth: Math.round(contentWidth * ratio)
    })
    top += rowHeight
  })

  centred('invite', text.invite, areaBottom - inviteBox / 2, inviteSize, width * 0.035)

  return { width, height, texts, bars, headerBand, footerBand }
}
