import { Text } from '@tarojs/components'
import NoOrphan from '@/components/NoOrphan'
import Phrases from '@/components/Phrases'
import { HELD_TAP_HINT_PHRASES } from '@/hooks/useHeldHint'

export interface HeldCallHintProps {
  /** True while the button's last tap was held back (useHeldHint's `shown`). */
  held: boolean
  /** What the line says otherwise: the number's purpose (反诈预警 劝阻咨询) or a relative's number. */
  text: string
}

/**
 * The line under a call button's number: its purpose, or 再点一次就能拨打 after a held tap, in its two Phrases so a
 * narrow button wraps it between them (styled by CallButton's classes). The purpose keeps its words and its last
 * phrase whole (NoOrphan): "反诈预警 / 劝阻咨询" on a narrow button, never a phrase cut (round 60's tester at 320 px, font
 * ×2, 大字模式: "反诈预警劝阻/ / 咨询" on every page's 96110).
 */
export default function HeldCallHint({ held, text }: HeldCallHintProps) {
  return (
    <Text className='fs-call__purpose'>
      {held ? <Phrases phrases={HELD_TAP_HINT_PHRASES} /> : <NoOrphan text={text} />}
    </Text>
  )
}
