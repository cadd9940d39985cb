import type { ResultPosterText } from '#types/share'
import {
  LINE_HEIGHT,
  MIN_FONT_PX,
  fitLine,
  minFont,
  type Band,
  type LaidOutText,
  type MeasureText
} from './textWrap'

/**
 * The quiz-result poster (the share image of 测验结果). Pure; see ./textWrap for the measure and the coordinates.
 */

export type PosterTextRole =
  'title' | 'score' | 'rows-title' | 'row-label' | 'row-count' | 'invite' | 'footer'

/** One rule's bar: the track, and how much of it is filled. px. */
export interface PosterBar {
  x: number
  y: number
  width: number
  height: number
  /** Width of the filled part: correct / asked of the track, 0 when the rule was not asked. */
  fillWidth: number
}

/** The poster's words and rows (domain/share's buildResultPosterText) and canvas: size in px and the measure. */
export interface PosterLayoutInput {
  text: ResultPosterText
  width: number
  height: number
  measure: MeasureText
}

/** Where each text and bar of the poster goes, in px. */
export interface PosterLayout {
  width: number
  height: number
  texts: LaidOutText<PosterTextRole>[]
  bars: PosterBar[]
  headerBand: Band
  footerBand: Band
}

/** Horizontal sizes, as fractions of the poster's width. Fonts are a largest size and the smallest it shrinks to. */
const ACROSS = {
  /** Empty margin left and right. */
  padding: 0.08,
  titleFont: 0.075,
  titleMinFont: 0.045,
  footerFont: 0.07,
  footerMinFont: 0.04,
  /** The score is the largest thing on the poster. */
  scoreFont: 0.2,
  scoreMinFont: 0.08,
  rowsTitleFont: 0.045,
  rowsTitleMinFont: 0.03,
  inviteFont: 0.05,
  inviteMinFont: 0.035,
  /** Height of a rule's row (label and bar) when there is room. */
  rowHeight: 0.15,
  /** Largest row label font. */
  rowLabelFont: 0.05
}

/** Vertical sizes, as fractions of the poster's height. */
const DOWN = {
  headerBand: 0.13,
  footerBand: 0.11,
  /** Space between each band and the content between them. */
  bandGap: 0.03,
  /** Space under the score, under the rows' title, and above the invitation. */
  afterScore: 0.02,
  afterRowsTitle: 0.015,
  beforeInvite: 0.02
}

/** The score's share of the room between the bands, at most (a short poster keeps room for the rows). */
const SCORE_SHARE_OF_AREA = 0.22
/** The score's line box, as a multiple of its font size: big digits need less leading than text. */
const SCORE_LINE_HEIGHT = 1.2
/** Parts of a rule's row, as fractions of the row's height. */
const ROW = {
  /** Largest label font. */
  labelFont: 0.38,
  /** Bar thickness, never under BAR_MIN_PX. */
  barHeight: 0.2,
  /** Space between the label and the bar. */
  barGap: 0.05
}
/** A row label may shrink to this fraction of the row's font before it is cut. */
const ROW_LABEL_MIN_SHRINK = 0.7
/** Thinnest bar, px: still visible on a small canvas. */
const BAR_MIN_PX = 4

/**
 * The quiz-result poster, top to bottom: a header band with the title, the score in very large type, one labelled
 * bar per rule, the invitation, and the hotline in a footer band. Rows shrink together when there are many.
 */
export function layoutPoster({ text, width, height, measure }: PosterLayoutInput): PosterLayout {
  const padding = Math.round(width * ACROSS.padding)
  const contentWidth = Math.max(1, width - 2 * padding)
  const headerBand: Band = { y: 0, height: Math.round(height * DOWN.headerBand) }
  const footerBand: Band = {
    y: height - Math.round(height * DOWN.footerBand),
    height: Math.round(height * DOWN.footerBand)
  }
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

  centred(
    'title',
    text.title,
    headerBand.height / 2,
    Math.round(width * ACROSS.titleFont),
    width * ACROSS.titleMinFont
  )
  centred(
    'footer',
    text.footer,
    footerBand.y + footerBand.height / 2,
    Math.round(width * ACROSS.footerFont),
    width * ACROSS.footerMinFont
  )

  // Between the bands: score, rows title, rows, invitation.
  const areaTop = headerBand.height + Math.round(height * DOWN.bandGap)
  const areaBottom = footerBand.y - Math.round(height * DOWN.bandGap)
  const scoreSize = Math.round(
    Math.min(width * ACROSS.scoreFont, (areaBottom - areaTop) * SCORE_SHARE_OF_AREA)
  )
  let top = areaTop
  centred(
    'score',
    text.scoreLabel,
    top + (scoreSize * SCORE_LINE_HEIGHT) / 2,
    scoreSize,
    width * ACROSS.scoreMinFont
  )
  top += scoreSize * SCORE_LINE_HEIGHT + Math.round(height * DOWN.afterScore)

  const rowsTitleSize = Math.round(width * ACROSS.rowsTitleFont)
  centred(
    'rows-title',
    text.rowsTitle,
    top + (rowsTitleSize * LINE_HEIGHT) / 2,
    rowsTitleSize,
    width * ACROSS.rowsTitleMinFont
  )
  top += rowsTitleSize * LINE_HEIGHT + Math.round(height * DOWN.afterRowsTitle)

  const inviteSize = Math.round(width * ACROSS.inviteFont)
  const inviteBox = inviteSize * LINE_HEIGHT
  const rowsRoom = Math.max(0, areaBottom - inviteBox - Math.round(height * DOWN.beforeInvite) - top)
  const rowCount = text.rows.length
  const idealRow = Math.round(width * ACROSS.rowHeight)
  const rowHeight = rowCount > 0 ? Math.min(idealRow, rowsRoom / rowCount) : 0
  const labelSize = Math.max(
    MIN_FONT_PX,
    Math.round(Math.min(width * ACROSS.rowLabelFont, rowHeight * ROW.labelFont))
  )
  const barHeight = Math.max(BAR_MIN_PX, Math.round(rowHeight * ROW.barHeight))

  text.rows.forEach((row) => {
    const labelY = top + (labelSize * LINE_HEIGHT) / 2
    const count = row.asked > 0 ? `${Math.min(row.correct, row.asked)}/${row.asked}` : '未考到'
    const countWidth = measure(count, labelSize)
    const label = fitLine(row.label, Math.max(1, contentWidth - countWidth - labelSize), {
      max: labelSize,
      min: minFont(labelSize * ROW_LABEL_MIN_SHRINK),
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
      y: top + labelSize * LINE_HEIGHT + Math.round(rowHeight * ROW.barGap),
      width: contentWidth,
      height: barHeight,
      fillWidth: Math.round(contentWidth * ratio)
    })
    top += rowHeight
  })

  centred('invite', text.invite, areaBottom - inviteBox / 2, inviteSize, width * ACROSS.inviteMinFont)

  return { width, height, texts, bars, headerBand, footerBand }
}
