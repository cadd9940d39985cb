import { Text, View } from '@tarojs/components'
import ActionButton from '@/components/ActionButton'
import Heading from '@/components/Heading'
import NoOrphan from '@/components/NoOrphan'
import HotlineCalls from '@/components/HotlineCalls'
import { useTrustedContact } from '@/hooks/useTrustedContact'
import { roleProps } from '@/components/a11y'
import PageLink from '@/components/PageLink'
import './index.scss'

/** One thing the caller did, with the brochure's words on it and where they come from. */
export interface HangUpReason {
  /** What was heard or answered, e.g. "对方自称公检法". */
  heard: string
  /** e.g. "公检法不会通过电话做笔录办案。" */
  why: string
  /** e.g. "宣传手册「冒充公检法及政府机关诈骗」反诈提示". */
  source: string
}

/** The alert's words: what this is, then the one thing to do now (kept whole on its own line). */
export interface HangUpTitle {
  /** e.g. "这是诈骗的典型说法。" */
  what: string
  /** Short enough to stay on one line at 320 px with large text (five characters), e.g. "现在挂断。" */
  now: string
  /** The line under the title: what to do next, e.g. "挂断后再打下面的电话问一问。不要转账，不要说验证码。" */
  next: string
}

/** For a call in progress (通话中速查): the brochure's tips say hang up, then check with 96110 / 110. */
const ON_CALL_TITLE: HangUpTitle = {
  what: '这是诈骗的典型说法。',
  now: '现在挂断。',
  next: '挂断后再打下面的电话问一问。不要转账，不要说验证码。'
}

export interface HangUpScreenProps {
  reasons: readonly HangUpReason[]
  /** The alert's words; a call in progress (ON_CALL_TITLE) when left out. */
  title?: HangUpTitle
  /** Back to the questions, e.g. after a mistaken tap. */
  onRestart: () => void
}

/**
 * The one screen for "this is a scam line": hang up now (or, with `title`, another first step), then 96110, 110 and the trusted relative (when saved),
 * then why, in the brochure's words.
 */
export default function HangUpScreen({ reasons, title = ON_CALL_TITLE, onRestart }: HangUpScreenProps) {
  const contact = useTrustedContact()
  return (
    <View className='fs-hang-up'>
      <View className='fs-hang-up__alert' {...roleProps('alert')}>
        <Heading className='fs-hang-up__title' level={1}>
          {/* Two lines, so 「现在挂断。」 never leaves its 。 alone on a line at large text; nor 「…说 / 法。」 its 法. */}
          <Text className='fs-hang-up__line'>
            <NoOrphan text={title.what} />
          </Text>
          <Text className='fs-hang-up__line fs-hang-up__line--now'>
            <NoOrphan text={title.now} />
          </Text>
        </Heading>
        <Text className='fs-hang-up__text'>
          <NoOrphan text={title.next} />
        </Text>
      </View>
      <HotlineCalls className='fs-hang-up__calls' />
      {!contact && (
        <PageLink className='fs-hang-up__link' to='family' text='存一个家人号码，下次这里一键打给家人' />
      )}
      <View className='fs-hang-up__reasons'>
        {reasons.map((reason) => (
          <View key={reason.heard} className='fs-hang-up__reason'>
            <Text className='fs-hang-up__heard'>
              <NoOrphan text={reason.heard} />
            </Text>
            <Text className='fs-hang-up__why'>
              <NoOrphan text={reason.why} />
            </Text>
            <Text className='fs-hang-up__source'>出自{reason.source}</Text>
          </View>
        ))}
      </View>
      <ActionButton className='fs-hang-up__again' label='重新查一遍' onTap={onRestart}>
        <Text>重新查一遍</Text>
      </ActionButton>
    </View>
  )
}
