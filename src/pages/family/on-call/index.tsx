import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import ActionButton from '@/components/ActionButton'
import HangUpScreen from '@/components/HangUpScreen'
import Heading from '@/components/Heading'
import KeepChecking from '@/components/KeepChecking'
import PageShell from '@/components/PageShell'
import NoOrphan from '@/components/NoOrphan'
import { brochure } from '@/data'
import { sourceLabel } from '@/domain/familySource'
import { QUICK_CHECK_ITEMS, decideQuickCheck, type FamilyCheckOutcome } from '@/domain/quickCheck'
import { scrollToTop } from '@/services/scroll'
import './index.scss'

/**
 * 通话中速查: with the call on speaker, one tap on what the caller is doing. No typing, nothing stored: the answer
 * lives in this page's state only.
 */
export default function OnCallPage() {
  const [outcome, setOutcome] = useState<FamilyCheckOutcome | null>(null)

  const decide = (yes: string[]) => {
    setOutcome(decideQuickCheck(yes))
    scrollToTop()
  }
  const restart = () => {
    setOutcome(null)
    scrollToTop()
  }
  // Taps are held back for a moment whenever the screen changes: the second tap of a double tap on 重新查一遍 must
  // not answer the fresh question for the person, in the middle of a call.
  const screenKey = outcome?.verdict ?? 'ask'

  if (outcome?.verdict === 'hang-up') {
    return (
      <PageShell contentFirst settleKey={screenKey}>
        <HangUpScreen
          reasons={outcome.matched.map((item) => ({
            heard: `对方${item.text}`,
            why: item.why,
            source: sourceLabel(item.source, brochure)
          }))}
          onRestart={restart}
        />
      </PageShell>
    )
  }
  if (outcome?.verdict === 'no-match') {
    return (
      <PageShell contentFirst settleKey={screenKey}>
        <KeepChecking title='这几种说法都没有出现' onRestart={restart} />
      </PageShell>
    )
  }

  return (
    <PageShell contentFirst settleKey={screenKey}>
      <Heading className='fs-on-call__title' level={1}>
        通话中速查
      </Heading>
      <Text className='fs-on-call__lead'>
        <NoOrphan text='不用挂电话，开着免提点一下。对方是不是：' />
      </Text>
      <View className='fs-on-call__items'>
        {QUICK_CHECK_ITEMS.map((item) => (
          <ActionButton
            key={item.id}
            className='fs-on-call__item'
            label={`是，对方${item.text}`}
            onTap={() => decide([item.id])}
          >
            <Text>
              <NoOrphan text={item.text} />
            </Text>
          </ActionButton>
        ))}
      </View>
      <ActionButton className='fs-on-call__none' label='都不是' onTap={() => decide([])}>
        <Text>都不是</Text>
      </ActionButton>
      <Text className='fs-on-call__note'>
        <NoOrphan text='每一条都出自宣传手册，点了会告诉您出处。这里不记录您点了什么。' />
      </Text>
    </PageShell>
  )
}
