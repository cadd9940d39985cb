import { Text } from '@tarojs/components'
import { splitLineEnd } from '@/domain/lineEnd'

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
 * Text whose last line never holds one character alone: its last two words keep together (splitLineEnd), so a narrow
 * line breaks before them. Inline: it sits inside the caller's Text and takes its type; what it reads is the text
 * unchanged.
 */
export default function NoOrphan({ text: words, arrow = false }: NoOrphanProps) {
  const text = arrow ? withArrow(words) : words
  const [head, end] = splitLineEnd(text)
  if (end === '') return <>{text}</>
  return (
    <>
      {head}
      <Text className='fs-phrase'>{end}</Text>
    </>
  )
}
