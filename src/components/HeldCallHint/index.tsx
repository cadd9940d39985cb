import { Text } from '@tarojs/components'
import Phrases from '@/components/Phrases'
import { HELD_TAP_HINT_PHRASES } from '@/hooks/useHeldHint'

export interface HeldCallHintProps {
  /** True while the button's last tap was held back (useHeldHint's `shown`). */
  held: boolean
  /** What the line says otherwise: the number's purpose (反诈预警劝阻/咨询) or a relative's number. */
  text: string
}

/**
 * The line under a call button's number: its purpose, or 再点一次就能拨打 after a held tap, in its two Phrases so a
 * narrow button wraps it between them (styled by CallButton's classes).
 */
export default function HeldCallHint({ held, text }: HeldCallHintProps) {
  return <Text className='fs-call__purpose'>{held ? <Phrases phrases={HELD_TAP_HINT_PHRASES} /> : text}</Text>
}
