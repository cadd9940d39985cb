import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import ActionButton from '@/components/ActionButton'
import { contactTitle } from '@/domain/trustedContact'
import { useTrustedContact } from '@/hooks/useTrustedContact'
import { callNumber } from '@/services/phone'
import { roleProps } from '@/components/a11y'
import './index.scss'

export interface TrustedCallButtonProps {
  className?: string
  /** The words before the name: 先打给 (ask family before acting); 报警后打给 where 110 must come first. */
  lead?: string
}

/**
 * 「先打给 儿子 小明」: one tap to the relative saved on this phone, beside 96110 and 110. Renders nothing until a
 * relative is saved (or when what was saved is damaged). Where the platform cannot call, the number is shown large.
 */
export default function TrustedCallButton({ className = '', lead = '先打给' }: TrustedCallButtonProps) {
  const contact = useTrustedContact()
  const [cannotCall, setCannotCall] = useState(false)
  if (!contact) return null
  const title = contactTitle(contact)
  const { display, dial, extension } = contact.number

  const dial_ = async () => {
    const outcome = await callNumber(dial)
    setCannotCall(outcome === 'unavailable')
  }

  return (
    <View className={`fs-trusted-call ${className}`}>
      <ActionButton className='fs-trusted-call__button' label={`${lead}${title}，${display}`} onTap={dial_}>
        <Text className='fs-trusted-call__title'>
          {lead} {title}
        </Text>
        <Text className='fs-trusted-call__number'>{display}</Text>
        {extension && <Text className='fs-trusted-call__number'>接通后转分机 {extension}</Text>}
      </ActionButton>
      {cannotCall && (
        <View className='fs-trusted-call__fallback' {...roleProps('alert')}>
          <Text className='fs-trusted-call__fallback-text'>这台设备不能直接拨号，请用手机拨打</Text>
          <Text className='fs-trusted-call__fallback-number'>{display}</Text>
        </View>
      )}
    </View>
  )
}
