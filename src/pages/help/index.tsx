import { Text, View } from '@tarojs/components'
import CallButton from '@/components/CallButton'
import TrustedCallButton from '@/components/TrustedCallButton'
import Heading from '@/components/Heading'
import NoOrphan from '@/components/NoOrphan'
import PageShell from '@/components/PageShell'
import ShareButton from '@/components/ShareButton'
import { helpSteps } from '@/data/help'
import { useSharePage } from '@/hooks/useSharePage'
import { roleProps } from '@/components/a11y'
import './index.scss'

/** 已被骗怎么办: one tap to call 110 first, then what to do next, in order, each with where it comes from. */
export default function HelpPage() {
  const shareTarget = useSharePage({ page: 'help' })

  return (
    // Opened from a forwarded card, 拨打 110 comes before the 防骗提醒 greeting: after it, the call was below the first
    // screen at 320×568 and sideways (round 44's new-user trial).
    <PageShell startsWithCall contentFirst>
      <Heading className='fs-help__title' level={1}>
        已被骗怎么办
      </Heading>
      <View className='fs-help__call'>
        <Text className='fs-help__lead'>
          <NoOrphan text='先报警，越快越好。' />
        </Text>
        <CallButton phoneNumber='110' />
        <TrustedCallButton className='fs-help__trusted' lead='报警后打给' />
      </View>

      <View className='fs-help__steps' {...roleProps('list')}>
        {helpSteps.map((step, index) => (
          <View key={step.id} className='fs-help__step' {...roleProps('listitem')}>
            <Text className='fs-help__number' aria-hidden='true'>
              {index + 1}
            </Text>
            <View className='fs-help__body'>
              <Heading className='fs-help__step-title' level={2}>
                第{index + 1}步：{step.title}
              </Heading>
              <Text className='fs-help__text'>
                <NoOrphan text={step.text} />
              </Text>
              {step.quotes?.map((quote) => (
                // 「」 outside, so a quote that itself starts with “专员” reads 「“专员”以…」, not ““专员”.
                <Text key={quote} className='fs-help__quote'>
                  <NoOrphan text={`「${quote}」`} />
                </Text>
              ))}
              <Text className='fs-help__source'>
                <NoOrphan text={`来源：${step.source}`} />
              </Text>
            </View>
          </View>
        ))}
      </View>
      {/* Again after the steps: at font ×2 on a small phone they are some fifteen screens, and whoever read them all
          before calling should not have to scroll back up to the top for 110 (round 52's page trial). */}
      <View className='fs-help__again'>
        <Text className='fs-help__lead'>
          <NoOrphan text='还没报警？现在就打。' />
        </Text>
        <CallButton phoneNumber='110' />
      </View>
      <ShareButton target={shareTarget} />
    </PageShell>
  )
}
