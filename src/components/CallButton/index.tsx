import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import ActionButton from '@/components/ActionButton'
import CannotCallNotice from '@/components/CannotCallNotice'
import HeldCallHint from '@/components/HeldCallHint'
import { callHotline } from '@/services/phone'
import { useCanNavigate } from '@/hooks/useCanNavigate'
import { useHeldHint } from '@/hooks/useHeldHint'
import type { HotlineNumber } from '#types/content'
import NoOrphan from '@/components/NoOrphan'
import './index.scss'

export interface CallButtonProps {
  /** 96110 for warnings and advice; 110 once money has gone. */
  phoneNumber: HotlineNumber
  /** `secondary` is outlined: for a page whose one primary action is something else (the quiz result). */
  emphasis?: 'primary' | 'secondary'
  /** What the number is for, in place of the usual words (PURPOSES): "被威胁要钱，立即报警" on a threat's result. */
  purpose?: string
}

/**
 * What each number is for, in the app's words (not the brochure's): two phrases of four that a narrow button sets one
 * above the other, "反诈预警 / 劝阻咨询". Round 60's tester at 320 px, font ×2 and 大字模式 found "反诈预警劝阻/ / 咨询"
 * under every 96110: "反诈预警劝阻/咨询" had no place to break between whole phrases.
 */
const PURPOSES: Record<HotlineNumber, string> = {
  '96110': '反诈预警 劝阻咨询',
  '110': '已被骗，立即报警'
}

/**
 * One tap to dial. Where the platform cannot call, the number is shown large so it can be dialled by hand. In
 * Moments' single-page mode (no navigation; calls may be unavailable) there is no button at all: the number
 * large, selectable for long-press copy, and where to get one-tap calling.
 */
export default function CallButton({ phoneNumber, emphasis = 'primary', purpose: told }: CallButtonProps) {
  const [cannotCall, setCannotCall] = useState(false)
  const held = useHeldHint()
  // Navigation is off only in Moments' single-page mode (see PageShell).
  const singlePage = !useCanNavigate()
  const purpose = told ?? PURPOSES[phoneNumber]
  const tone = phoneNumber === '110' ? 'police' : 'hotline'

  if (singlePage) {
    return (
      <View className={`fs-call fs-call--${tone} fs-call--manual`}>
        <View className='fs-call__fallback'>
          <Text className='fs-call__fallback-text'>{purpose}，请用手机拨打</Text>
          <Text className='fs-call__fallback-number' userSelect>
            {phoneNumber}
          </Text>
          <Text className='fs-call__fallback-hint'>
            <NoOrphan text='长按号码可复制；点右下角「前往小程序」可一键拨打' />
          </Text>
        </View>
      </View>
    )
  }

  const dial = async () => {
    held.clear()
    const outcome = await callHotline(phoneNumber)
    setCannotCall(outcome === 'unavailable')
  }

  return (
    <View className={`fs-call fs-call--${tone} fs-call--${emphasis}`}>
      {/* Named by its visible text, "拨打 96110 反诈预警 劝阻咨询", so what is said matches what is shown. */}
      <ActionButton className={`fs-call__button ${held.anchor}`} onTap={dial} dials onHeld={held.show}>
        <Text className='fs-call__number'>{`拨打 ${phoneNumber} `}</Text>
        <HeldCallHint held={held.shown} text={purpose} />
      </ActionButton>
      {cannotCall && <CannotCallNotice phoneNumber={phoneNumber} />}
    </View>
  )
}
