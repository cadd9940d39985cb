import { useEffect } from 'react'
import { Text, View } from '@tarojs/components'
import { roleProps } from '@/components/a11y'
import { useAnchorClass } from '@/hooks/useAnchorClass'
import { nudgeIntoView } from '@/services/scroll'
import NoOrphan from '@/components/NoOrphan'

export interface CannotCallNoticeProps {
  /** The number as the person should dial it by hand: "96110", "138 0013 8000". */
  phoneNumber: string
  /** Extra classes for the number (a relative's number is long: no letter spacing). */
  numberClassName?: string
}

/**
 * 「这台设备不能直接拨号，请用手机拨打」 and the number large, under a call button whose tap could not dial (a computer,
 * PC WeChat). It scrolls itself into view when it appears: a call button at the bottom of the screen put it below
 * the fold, so the tap seemed to do nothing (round 39's new-user trial); this notice, not another one already on the
 * page (round 40's: 拨打 110 then 96110 scrolled to the 110 one). Styled by CallButton's classes.
 */
export default function CannotCallNotice({ phoneNumber, numberClassName = '' }: CannotCallNoticeProps) {
  // Its own class: the notice just shown is the one brought into view, not the page's last.
  const anchor = useAnchorClass('fs-call__cannot')
  useEffect(() => nudgeIntoView(`.${anchor}`), [anchor])
  return (
    <View className={`fs-call__fallback fs-call__cannot ${anchor}`} {...roleProps('alert')}>
      <Text className='fs-call__fallback-text'>
        <NoOrphan text='这台设备不能直接拨号，请用手机拨打' />
      </Text>
      <Text className={`fs-call__fallback-number ${numberClassName}`} userSelect>
        {phoneNumber}
      </Text>
    </View>
  )
}
