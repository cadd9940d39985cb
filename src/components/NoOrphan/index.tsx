import { Fragment } from 'react'
import { Text } from '@tarojs/components'
import { splitLineEnd, wordRuns } from '@/domain/lineEnd'

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
const WHOLE_WORDS_MAX_CHARS = 32

/**
 * Text whose last line never holds one character alone, and, up to WHOLE_WORDS_MAX_CHARS, whose lines break only
 * between words: each word of two characters or more, with what trails it, keeps together (wordRuns), and so do the
 * last two words (splitLineEnd), so a narrow line breaks before them. Inline: it sits inside the caller's Text and
 * takes its type; what it reads is the text unchanged.
 */
export default function NoOrphan({ text: words, arrow = false }: NoOrphanProps) {
  const text = arrow ? withArrow(words) : words
  const [head, end] = splitLineEnd(text)
  return (
    <>
      {text.length > WHOLE_WORDS_MAX_CHARS
        ? head
        : wordRuns(head).map((run, i) => {
            // A single character breaks anywhere anyway: plain text, one node fewer. The spaces after a word stay
            // outside it, where a line may break.
            let wordEnd = run.length
            while (wordEnd > 0 && ' \t\n'.includes(run[wordEnd - 1])) wordEnd--
            const word = run.slice(0, wordEnd)
            if (word.length < 2) return run
            return (
              <Fragment key={i}>
                <Text className='fs-word'>{word}</Text>
                {run.slice(word.length)}
              </Fragment>
            )
          })}
      {end !== '' && <Text className='fs-phrase'>{end}</Text>}
    </>
  )
}
