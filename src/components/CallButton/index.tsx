import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import ActionButton from '@/components/ActionButton'
import { callHotline } from '@/services/phone'
import { roleProps } from '@/components/a11y'
import type { HotlineNumber } from '../../../types/content'
import './index.scss'

export interface CallButtonProps {
  /** 96110 for warnings and advice; 110 once money has gone. */
  phoneNumber: HotlineNumber
}

const LABELS: Record<HotlineNumber, { purpose: string; spoken: string }> = {
  '96110': { purpose: '反诈预警劝阻/咨询', spoken: '拨打96110反诈专线，反诈预警劝阻和咨询' },
  '110': { purpose: '已被骗，立即报警', spoken: '已被骗，拨打110立即报警' }
}

/** One tap to dial. Where the platform cannot call, the number is shown large so it can be dialled by hand. */
export default function CallButton({ phoneNumber }: CallButtonProps) {
  const [cannotCall, setCannotCall] = useState(false)
  const label = LABELS[phoneNumber]

  const dial = async () => {
    const outcome = await callHotline(phoneNumber)
    setCannotCall(outcome === 'unavailable')
  }

  return (
    <View className={`fs-call fs-call--${phoneNumber === '110' ? 'police' : 'hotline'}`}>
      <ActionButton className='fs-call__button' label={label.spoken} onTap={dial}>
        <Text className='fs-call__number'>拨打 {phoneNumber}</Text>
        <Text className='fs-call__purpose'>{label.purpose}</Text>
      </ActionButton>
      {cannotCall && (
        <View className='fs-call__fallback' {...roleProps('alert')}>
          <Text className='fs-call__fallback-text'>这台设备不能直接拨号，请用手机拨打</Text>
          <Text className='fs-call__fallback-number'>{phoneNumber}</Text>
        </View>
      )}
    </View>
  )
}
