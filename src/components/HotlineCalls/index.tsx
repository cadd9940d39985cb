import { View } from '@tarojs/components'
import CallButton from '@/components/CallButton'
import TrustedCallButton from '@/components/TrustedCallButton'
import './index.scss'

export interface HotlineCallsProps {
  /** The page's spacing around the pair. */
  className?: string
}

/** 96110 for warnings and advice beside 110 for those already defrauded: the pair every content page offers. */
export default function HotlineCalls({ className = '' }: HotlineCallsProps) {
  return (
    <View className={`fs-hotline-calls ${className}`}>
      <CallButton phoneNumber='96110' />
      <CallButton phoneNumber='110' />
      <TrustedCallButton />
    </View>
  )
}
