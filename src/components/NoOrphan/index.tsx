import type { ReactNode } from 'react'
import { Text } from '@tarojs/components'
import {
  FIT_MAX_WIDTH,
  fitWidth,
  paragraphLineRuns,
  shortLabelHalves,
  splitLineRuns,
  twoLineWidth
} from '@/domain/lineEnd'

export interface NoOrphanProps {
  /** The words as they read: "情景演练：如果是你会怎么做？". */
  text: string
  /** Ends the text with "›", for a control that opens another page (PageLink or not). */
  arrow?: boolean
  /**
   * A title (a heading, a card's name): up to FIT_MAX_WIDTH it is set on one line, a little smaller (down to 0.75 of its
   * size) where its line is narrower than it, instead of breaking between its words; a longer one (TWO_LINE_MAX_CHARS)
   * whose two lines at best are each that narrow, on two lines so. Its box must be a size container (class
   * `fs-fit-box` where fitsTitle says so): the font size is the box's width over the title's line (titleFit).
   */
  fit?: boolean
}

/**
 * The longest title (characters) `fit` sets on two lines when it cannot take one: 情景演练's "“公安局”来电说您涉案" was
 * "“公安局” / 来电 / 说您涉案" at 320×568, font ×2 and 大字模式 (round 62's tester), "冒充公检法 / 及政府 / 机关诈骗" too.
 */
const TWO_LINE_MAX_CHARS = 16

/**
 * How wide a line of `text` as a title with `fit` is (fitWidth): the whole title up to FIT_MAX_WIDTH, else the wider of
 * its two lines at best (twoLineWidth over the places runsOf lets a line break) if that is no wider; null otherwise.
 */
function titleFit(text: string): number | null {
  const one = fitWidth(text)
  if (one <= FIT_MAX_WIDTH) return one
  if (text.trim().length > TWO_LINE_MAX_CHARS) return null
  const halves = shortLabelHalves(text)
  const { head, end } = splitLineRuns(text, { openers: true, title: true })
  const two = twoLineWidth(halves ?? [...head, end].filter((piece) => piece !== ''))
  return two <= FIT_MAX_WIDTH ? two : null
}

/** Whether NoOrphan with `fit` sizes `text` to its box (titleFit): the box then needs the class `fs-fit-box`. */
export function fitsTitle(text: string): boolean {
  return titleFit(text) !== null
}

/**
 * A link's text with its "›", as one string: a no-break space keeps "›" with the last word (at 320 px in 大字模式 it
 * wrapped onto a line of its own).
 */
function withArrow(text: string): string {
  return `${text}\u00a0›`
}

/**
 * The longest text whose every word is kept whole (characters): a title, a label, a quiz option or a drill's choice
 * (all 246 options are shorter), and the brochure's longest heading (31). A sentence as long as a card's summary
 * (70–147) wraps as text does, and takes no node per word (home's first paint doubled with them).
 */
export const WHOLE_WORDS_MAX_CHARS = 32

/**
 * The longest label (characters) drawn without a Text of its own that breaks between its words: in a control up to
 * this length a group of words between two punctuation marks stays whole as the control's keep-all keeps it
 * ("退群， / 刷单都是诈骗", "说要给您退款， / 找您借钱": the acceptance walk at 320×568, font ×2).
 */
const KEEP_ALL_MAX_CHARS = 12

/**
 * Text whose last line never holds one character alone, and whose lines break only between words: up to
 * WHOLE_WORDS_MAX_CHARS each word, a lone character joined to its neighbour (lineEnd joinLoneWords), with what trails it, keeps
 * together, and so do the last words (splitLineRuns), so a narrow line breaks before them. At any length an amount and
 * its unit, a date, a counter and a phone number with its verb keep together ("2000元", "2021年1月15日", "第 1/10 题",
 * "拨打110报警": keepTogether), and so does a name in 「」《》, the words of any quotation and the words that lead up to
 * each of them (lineEnd paragraphLineRuns), so every paragraph of the brochure goes through here; a longer text is
 * keep-all with a mark between its words (a <wbr> in the browser, which reads and copies as nothing; a zero-width
 * space in the mini-program). Inline: it sits inside
 * the caller's Text and takes its type; what it reads is the text unchanged. Past KEEP_ALL_MAX_CHARS its own Text
 * breaks lines between its words also inside a control, whose `keep-all` would otherwise join them all up to the next
 * punctuation ("看看「假冒客服退款 / 诈骗」 / 是怎么骗人的": round 60's tester); a shorter label keeps breaking at its
 * punctuation first there.
 */
export default function NoOrphan({ text: words, arrow = false, fit = false }: NoOrphanProps) {
  const text = arrow ? withArrow(words) : words
  const line = fit ? titleFit(text) : null
  // The line's width plus a little, so rounding and a bold face's wider marks never push its last character over; past
  // KEEP_ALL_MAX_CHARS its lines break between its words also inside a control (fs-runs).
  if (line !== null)
    return (
      <Text
        className={text.trim().length > KEEP_ALL_MAX_CHARS ? 'fs-fit fs-runs' : 'fs-fit'}
        style={{ '--fs-fit': `${Math.round((line + 0.2) * 10) / 10}` } as Record<string, string>}
      >
        {runsOf(text, true)}
      </Text>
    )
  if (text.trim().length <= KEEP_ALL_MAX_CHARS) return runsOf(text, fit)
  const paragraph = text.length > WHOLE_WORDS_MAX_CHARS
  return <Text className={paragraph ? 'fs-runs fs-paragraph' : 'fs-runs'}>{runsOf(text, fit)}</Text>
}

/**
 * What a word of a paragraph ends with where a keep-all line may break anyway (a space, Chinese punctuation): no mark
 * after it. A zero-width space there would part two marks the browser sets closer together.
 */
const BREAKS_ANYWAY = /[\s，。、：；？！」』）》】”’]$/

/**
 * What a word of a paragraph may start with that no line may start with (kinsoku): no mark before it. A <wbr> or a
 * zero-width space is a break opportunity even before a comma: "又连续投入18笔 / ，但这次…" in 情景演练, where a kept
 * number ("18笔") was followed by the sentence's comma (round 66's tester at 320 px, font ×2 and 大字模式).
 */
const NEVER_STARTS_A_LINE = /^[，。、：；？！,.:;?!」』）》】”’)…]/

/** NoOrphan's words as the nodes that keep them together; a `title`'s last words as a title's line holds them. */
function runsOf(text: string, title: boolean) {
  // A short label (a button's, a chip's, a heading's) breaks only between its two halves: at its punctuation or at the
  // word's edge nearest its middle, "转账前 / 冷静一下", never wherever the first line is full (lineEnd).
  const halves = shortLabelHalves(text)
  if (halves) {
    const [first, second] = halves
    const spaces = first.slice(first.trimEnd().length)
    return (
      <>
        <Text className='fs-phrase'>{first.trimEnd()}</Text>
        {spaces}
        <Text className='fs-phrase'>{second}</Text>
      </>
    )
  }
  if (text.length > WHOLE_WORDS_MAX_CHARS) {
    // A nowrap span only around each number's phrase and name, the words before it and the last words, and a mark
    // between words: the paragraph (.fs-paragraph) is keep-all, so a line breaks only there, at spaces and punctuation.
    const nodes: ReactNode[] = []
    const runs = paragraphLineRuns(text)
    for (const [i, run] of runs.entries()) {
      if (i > 0 && !BREAKS_ANYWAY.test(runs[i - 1].text) && !NEVER_STARTS_A_LINE.test(run.text))
        nodes.push(process.env.TARO_ENV === 'h5' ? <wbr key={`m${i}`} /> : '\u200b')
      const last = nodes.at(-1)
      if (run.whole)
        nodes.push(
          <Text key={i} className='fs-phrase'>
            {run.text}
          </Text>
        )
      // The mini-program's words and marks are one string: a node less each.
      else if (typeof last === 'string') nodes[nodes.length - 1] = last + run.text
      else nodes.push(run.text)
    }
    return nodes
  }
  const { head, end } = splitLineRuns(text, { openers: true, title })
  return (
    <>
      {/* Spaces are where a line breaks: plain text. A single character breaks anywhere anyway, but sits in a Text of
          its own too, so that the words of a control cut by the screen's edge read on screen as a piece of its name
          (axe's label-content-name-mismatch took "的用「风险自测」查一查" for a control's visible text). */}
      {head.map((run, i) =>
        run.trim() === '' ? (
          run
        ) : (
          <Text key={i} className={run.trim().length < 2 ? undefined : 'fs-word'}>
            {run}
          </Text>
        )
      )}
      {end !== '' && <Text className='fs-phrase'>{end}</Text>}
    </>
  )
}
