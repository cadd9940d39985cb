/**
 * The text engine of the share images: line breaking for mixed Chinese and ASCII, fitting one line by shrinking,
 * and cutting with "…". Pure: the width of a text is asked of an injected `measure`, so the same code runs on the
 * 2D canvas (ctx.measureText) and in tests (a fake measure). The two layouts (./categoryCard, ./resultPoster)
 * are built on it.
 *
 * Every laid-out text carries its left edge `x`, its vertical middle `y` and its font size: draw it with
 * textAlign 'left' and textBaseline 'middle'.
 */

/** Width in px of `text` set at `fontSize` px. */
export type MeasureText = (text: string, fontSize: number) => number

/** One line of text where a layout put it (px on the canvas). */
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

/** A full-width horizontal strip of a layout (a header or footer band), in px from the top. */
export interface Band {
  y: number
  height: number
}

export const ELLIPSIS = '…'
/** Line box height as a multiple of the font size. */
export const LINE_HEIGHT = 1.3
/** No text is set smaller than this many px, whatever the canvas size: below it Chinese is hard to read. */
export const MIN_FONT_PX = 12

/** A font size in px, rounded, and never below MIN_FONT_PX. */
export function minFont(size: number): number {
  return Math.max(MIN_FONT_PX, Math.round(size))
}

/** Font sizes (px) to try for fitLine, largest first, and the measure. */
export interface FitOptions {
  max: number
  min: number
  measure: MeasureText
}

/** What fitLine chose: the text (cut with "…" when `truncated`), its size in px and its measured width. */
export interface FittedLine {
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

const TRAILING = new Set([...'，、；：,;:。.'])

function trimTrailing(text: string): string {
  let end = text.length
  while (end > 0 && (TRAILING.has(text[end - 1]) || text[end - 1].trim() === '')) end--
  return text.slice(0, end)
}

function tokenize(text: string): string[] {
  return text.match(/[\x21-\x7e]+| |./gu) ?? []
}

function isAsciiWordChar(char: string): boolean {
  return /^[\x21-\x7e]$/.test(char)
}

/** Runs of spaces become one space; line breaks are kept, blank lines dropped. */
export function normalize(text: string): string {
  return text
    .split(/\r?\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter((paragraph) => paragraph !== '')
    .join('\n')
}

/** All whitespace, line breaks included, as single spaces; trimmed. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
