import { Text } from '@tarojs/components'
import { HELD_TAP_HINT_PHRASES } from '@/hooks/useHeldHint'

export interface HeldCallHintProps {
  /** True while the button's last tap was held back (useHeldHint's `shown`). */
  held: boolean
  /** What the line says otherwise: the number's purpose (反诈预警劝阻/咨询) or a relative's number. */
  text: string
}

/**
 * The line under a call button's number: its purpose, or 再点一次就能拨打 after a held tap, phrase by phrase so a
 * narrow button wraps it between the phrases (each phrase keeps together; styled by CallButton's classes).
 */
export default function HeldCallHint({ held, text }: HeldCallHintProps) {
  return (
    <Text className='fs-call__purpose'>
      {held
        ? HELD_TAP_HINT_PHRASES.map((phrase) => (
            <Text key={phrase} className='fs-call__phrase'>
              {phrase}
            </Text>
          ))
        : text}
    </Text>
  )
}
