import { View } from '@tarojs/components'
import CallButton from '@/components/CallButton'
import TrustedCallButton from '@/components/TrustedCallButton'
import './index.scss'

export interface HotlineCallsProps {
  /** The page's spacing around the pair. */
  className?: string
  /**
   * When 110 is the call to make now, what for ("被威胁要钱，立即报警"): 110 then comes first, with these words
   * instead of "已被骗，立即报警", which would not fit a person threatened who has not paid.
   */
  policeFirst?: string
}

/** 96110 for warnings and advice beside 110 for those already defrauded: the pair every content page offers. */
export default function HotlineCalls({ className = '', policeFirst }: HotlineCallsProps) {
  return (
    <View className={`fs-hotline-calls ${className}`}>
      {policeFirst !== undefined && <CallButton phoneNumber='110' purpose={policeFirst} />}
      <CallButton phoneNumber='96110' />
      {policeFirst === undefined && <CallButton phoneNumber='110' />}
      <TrustedCallButton />
    </View>
  )
}
