import { Text } from '@tarojs/components'
import { paragraphRuns, shortLabelHalves, splitLineRuns } from '@/domain/lineEnd'
import type { TextRun } from '@/domain/keepTogether'

export interface NoOrphanProps {
  /** The words as they read: "情景演练：如果是你会怎么做？". */
  text: string
  /** Ends the text with "›", for a control that opens another page (PageLink or not). */
  arrow?: boolean
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
 * Text whose last line never holds one character alone, and, up to WHOLE_WORDS_MAX_CHARS, whose lines break only
 * between words: each word of two characters or more, with what trails it, keeps together (wordRuns), and so do the
 * last two words (splitLineRuns), so a narrow line breaks before them. At any length an amount and its unit, a date, a
 * counter and a phone number with its verb keep together ("2000元", "2021年1月15日", "第 1/10 题", "拨打110报警":
 * keepTogether), and so does a name in 「」《》, and the words of any quotation (lineEnd paragraphRuns), so every paragraph of
 * the brochure goes through here. Inline: it sits inside the caller's Text and
 * takes its type; what it reads is the text unchanged.
 */
export default function NoOrphan({ text: words, arrow = false }: NoOrphanProps) {
  const text = arrow ? withArrow(words) : words
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
  const { head, end } = splitLineRuns(text)
  if (text.length > WHOLE_WORDS_MAX_CHARS) {
    // A nowrap span only around each number's phrase and name: a paragraph wraps as text does everywhere else. The
    // runs are read from the whole text, so a name that ends in the last words is seen as one ("…领导小组《防范电信网 /
    // 络诈骗 宣传手册》" when its 》 was in `end`: round 56's fresh tester, in every page's source line).
    const { runs, tail } = paragraphWithEnd(text, end)
    return (
      <>
        {runs.map((run, i) =>
          run.whole ? (
            <Text key={i} className='fs-phrase'>
              {run.text}
            </Text>
          ) : (
            run.text
          )
        )}
        {tail !== '' && <Text className='fs-phrase'>{tail}</Text>}
      </>
    )
  }
  return (
    <>
      {/* A single character breaks anywhere anyway, and spaces are where a line breaks: plain text, one node fewer. */}
      {head.map((run, i) =>
        run.trim().length < 2 ? (
          run
        ) : (
          <Text key={i} className='fs-word'>
            {run}
          </Text>
        )
      )}
      {end !== '' && <Text className='fs-phrase'>{end}</Text>}
    </>
  )
}

/**
 * A paragraph's runs (paragraphRuns of all of `text`, with or without its long quotations' words) up to its last words
 * `end`, which keep together; a kept run that reaches into them takes them along, so no line breaks inside it.
 */
function paragraphWithEnd(text: string, end: string): { runs: TextRun[]; tail: string } {
  const all = paragraphRuns(text)
  let cut = text.length - end.length
  let at = 0
  for (const run of all) {
    if (run.whole && at < cut && at + run.text.length > cut) cut = at
    at += run.text.length
  }
  const runs: TextRun[] = []
  at = 0
  for (const run of all) {
    if (at >= cut) break
    runs.push({ text: run.text.slice(0, cut - at), whole: run.whole })
    at += run.text.length
  }
  return { runs, tail: text.slice(cut) }
}
