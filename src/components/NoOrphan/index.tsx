import { Text } from '@tarojs/components'
import { splitLineEnd } from '@/domain/lineEnd'

export interface NoOrphanProps {
  /** The words as they read: "情景演练：如果是你会怎么做？ ›". */
  text: string
}

/**
 * Text whose last line never holds one character alone: its last two words keep together (splitLineEnd), so a narrow
 * line breaks before them. Inline: it sits inside the caller's Text and takes its type; what it reads is the text
 * unchanged.
 */
export default function NoOrphan({ text }: NoOrphanProps) {
  const [head, end] = splitLineEnd(text)
  if (end === '') return <>{text}</>
  return (
    <>
      {head}
      <Text className='fs-phrase'>{end}</Text>
    </>
  )
}
