import { Text } from '@tarojs/components'

export interface PhrasesProps {
  /** The words in the order they are read, each a phrase that must not break inside: ['再点一次', '就能拨打']. */
  phrases: readonly string[]
}

/**
 * Words that wrap only between their phrases, each phrase kept whole on one line, so a narrow line never leaves one
 * character alone (round 39's trial: 再点一次就能拨 / 打 at 320 px, font ×2; round 40's: 刚起步，多练几次 ran past
 * its card, and 错题练习 left 习 alone). Inline: it sits inside the caller's Text and takes its type.
 */
export default function Phrases({ phrases }: PhrasesProps) {
  return (
    <>
      {phrases.map((phrase, n) => (
        <Text key={`${n}-${phrase}`} className='fs-phrase'>
          {phrase}
        </Text>
      ))}
    </>
  )
}

/** A sentence's phrases at its commas, each keeping its comma: "刚起步，多练几次" → ["刚起步，", "多练几次"]. */
export function phrasesAtCommas(sentence: string): string[] {
  return sentence.split('，').map((phrase, n, all) => (n < all.length - 1 ? `${phrase}，` : phrase))
}
