import { Fragment, useState } from 'react'
import { Text, View } from '@tarojs/components'
import ActionButton from '@/components/ActionButton'
import CannotCallNotice from '@/components/CannotCallNotice'
import HeldCallHint from '@/components/HeldCallHint'
import NoOrphan from '@/components/NoOrphan'
import { contactTitle } from '@/domain/trustedContact'
import { useHeldHint } from '@/hooks/useHeldHint'
import { useTrustedContact } from '@/hooks/useTrustedContact'
import { callNumber } from '@/services/phone'
import '../CallButton/index.scss'
import './index.scss'

export interface TrustedCallButtonProps {
  className?: string
  /** The words before the name: 先打给 (ask family before acting); 报警后打给 where 110 must come first. */
  lead?: string
}

/**
 * The longest word of the button (先打给, a relation, a name) kept whole on a line: four characters fit any line of it.
 * A longer name breaks between its words, never one character alone.
 */
const WHOLE_PART_MAX_CHARS = 4

/**
 * 「先打给 儿子 小明」: one tap to the relative saved on this phone, beside 96110 and 110. Renders nothing until a
 * relative is saved (or when what was saved is damaged). Where the platform cannot call, the number is shown
 * large. It wears CallButton's look (its classes) in its own colour, so the main package carries no second copy.
 */
export default function TrustedCallButton({ className = '', lead = '先打给' }: TrustedCallButtonProps) {
  const contact = useTrustedContact()
  const [cannotCall, setCannotCall] = useState(false)
  const held = useHeldHint()
  if (!contact) return null
  const title = contactTitle(contact)
  const { display, dial, extension } = contact.number

  const call = async () => {
    held.clear()
    const outcome = await callNumber(dial)
    setCannotCall(outcome === 'unavailable')
  }

  return (
    <View className={`fs-call fs-call--trusted ${className}`}>
      <ActionButton
        className={`fs-call__button ${held.anchor}`}
        label={`${lead}${title}，${display}`}
        onTap={call}
        dials
        onHeld={held.show}
      >
        {/* Broken between words and centred, as 96110 and 110 are: an eight-character name left one character
            alone, left-aligned ("先打给 大儿子 / 张建国建国建国 / 国", round 61's tester). */}
        <Text className='fs-call__number'>
          {[lead, ...title.split(' ')].map((part, i) => (
            <Fragment key={i}>
              {i > 0 && ' '}
              {part.length > WHOLE_PART_MAX_CHARS ? (
                <NoOrphan text={part} />
              ) : (
                <Text className='fs-words'>{part}</Text>
              )}
            </Fragment>
          ))}
        </Text>
        <HeldCallHint held={held.shown} text={display} />
        {extension && <Text className='fs-call__purpose'>接通后转分机 {extension}</Text>}
      </ActionButton>
      {cannotCall && (
        <CannotCallNotice phoneNumber={display} numberClassName='fs-trusted-call__fallback-number' />
      )}
    </View>
  )
}
