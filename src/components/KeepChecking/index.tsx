import { Text, View } from '@tarojs/components'
import ActionButton from '@/components/ActionButton'
import CallButton from '@/components/CallButton'
import Heading from '@/components/Heading'
import RuleList from '@/components/RuleList'
import TrustedCallButton from '@/components/TrustedCallButton'
import { brochure } from '@/data'
import { roleProps } from '@/components/a11y'
import NoOrphan from '@/components/NoOrphan'
import './index.scss'

export interface KeepCheckingProps {
  /** What was not found, e.g. "这几种说法都没有出现". Never a verdict that the caller is genuine. */
  title: string
  onRestart: () => void
}

/**
 * The end of a check where nothing matched. It never says "safe": a scam may use words the check does not list.
 * It gives the brochure's four rules and 96110 (and the trusted relative) instead.
 */
export default function KeepChecking({ title, onRestart }: KeepCheckingProps) {
  return (
    <View className='fs-keep-checking'>
      <View className='fs-keep-checking__alert' {...roleProps('status')}>
        <Heading className='fs-keep-checking__title' level={1}>
          {title}
        </Heading>
        <Text className='fs-keep-checking__text'>
          <NoOrphan text='但这不能说明对方可信。请记住防骗四条：' />
        </Text>
      </View>
      <RuleList rules={brochure.rules} detailed />
      <Text className='fs-keep-checking__ask'>还不放心就打96110问一问</Text>
      <CallButton phoneNumber='96110' />
      <TrustedCallButton className='fs-keep-checking__trusted' />
      <ActionButton className='fs-keep-checking__again' label='重新查一遍' onTap={onRestart}>
        <Text>重新查一遍</Text>
      </ActionButton>
    </View>
  )
}
