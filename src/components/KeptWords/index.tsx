import { Text } from '@tarojs/components'
import NoOrphan, { WHOLE_WORDS_MAX_CHARS } from '@/components/NoOrphan'
import { keepAllRuns } from '@/domain/keepAll'
import { shortLabelHalves } from '@/domain/lineEnd'

export interface KeptWordsProps {
  /** The words as they read: a signal's label, "原话：“…”". */
  text: string
}

/**
 * NoOrphan's lines (no character alone on the last one, no line break inside a word) for text a page draws in numbers:
 * 风险自测's signals and their quotes, up to 2 × 45 for a long paste. Where NoOrphan gives each word a span, this sets
 * the text with `word-break: keep-all` (.fs-words) and a zero-width space between its words (domain/keepAll), with a
 * span only round a word keep-all would still break ("20%", "etc-abc.cn"): at font ×2 in 大字模式 on a 320 px phone
 * the lines are the same, with a node and ~60 B of setData less per word (issue #15's audit: the result of a
 * 3,986-character paste had 475 such spans). A short label's two halves and a long text are NoOrphan's already.
 * Inline, like NoOrphan: it sits inside the caller's Text.
 */
export default function KeptWords({ text }: KeptWordsProps) {
  if (text.length > WHOLE_WORDS_MAX_CHARS || shortLabelHalves(text)) return <NoOrphan text={text} />
  return (
    <Text className='fs-words'>
      {keepAllRuns(text).map((run, i) =>
        run.whole ? (
          <Text key={i} className='fs-phrase'>
            {run.text}
          </Text>
        ) : (
          run.text
        )
      )}
    </Text>
  )
}
