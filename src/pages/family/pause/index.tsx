import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import NoOrphan from '@/components/NoOrphan'
import { questionCounter } from '@/domain/rounds'
import ActionButton from '@/components/ActionButton'
import HangUpScreen, { type HangUpTitle } from '@/components/HangUpScreen'
import Heading from '@/components/Heading'
import KeepChecking from '@/components/KeepChecking'
import PageShell from '@/components/PageShell'
import { brochure } from '@/data'
import { sourceLabel } from '@/domain/familySource'
import { PAUSE_QUESTIONS, nextPauseStep } from '@/domain/quickCheck'
import { useCountdown } from '@/hooks/useCountdown'
import { scrollToTop } from '@/services/scroll'
import './index.scss'

/** How long the pause lasts before the questions, in seconds. Short: it is a breath, not a barrier. */
const PAUSE_SECONDS = 10

/**
 * A "是" here is about who is asking or what they promise, and the person may be about to pay rather than on a call,
 * so the first step is the money: 宣传手册「如何防范」不转账 (绝不向陌生人转账) and 不透露 (短信验证码), then ask
 * 96110 (the brochure's 预警劝阻 and consultation line) or 110 (及时报警).
 */
const PAUSE_TITLE: HangUpTitle = {
  what: '这很可能是诈骗。',
  now: '先别转账。',
  next: '先停下，打下面的电话问一问。钱不要转，验证码不要说。'
}

/**
 * 转账前冷静一下: a short countdown the person can skip, then five yes/no questions from the brochure's tips.
 * Any "是" leads to the hang-up screen. Answers stay in this page's state only.
 */
export default function PausePage() {
  const [breathing, setBreathing] = useState(true)
  const [answers, setAnswers] = useState<boolean[]>([])
  // The questions start at the page's top: 跳过 sits below the first screen at large text, and kept scrolled there the
  // first question was above the screen's edge while its 是/不是 stood under the finger (round 41's new-user trial).
  const ask = () => {
    setBreathing(false)
    scrollToTop()
  }
  const left = useCountdown(PAUSE_SECONDS, breathing, ask)
  const step = nextPauseStep(answers)

  const answer = (yes: boolean) => {
    setAnswers((current) => [...current, yes])
    scrollToTop()
  }
  const restart = () => {
    setAnswers([])
    scrollToTop()
  }

  // Each screen replaces the last under the finger (the countdown ends by itself too): the second tap of a double tap
  // on 不是 or 跳过 answered the next question unseen (the mini-program probe), so every change of screen holds taps.
  if (breathing) {
    return (
      <PageShell contentFirst settleKey='breathing'>
        <Heading className='fs-pause__title' level={1}>
          转账前冷静一下
        </Heading>
        <Text className='fs-pause__lead'>
          <NoOrphan text='先停一停，深呼吸。钱转出去就很难追回。' />
        </Text>
        <View className='fs-pause__breath'>
          <View className='fs-pause__count' aria-hidden='true'>
            <Text>{left}</Text>
          </View>
          <Text className='fs-pause__count-label'>
            <NoOrphan text={`${left} 秒后问您五个问题`} />
          </Text>
          <ActionButton className='fs-pause__skip' label='跳过，现在就问' onTap={ask}>
            <Text>跳过，现在就问</Text>
          </ActionButton>
        </View>
      </PageShell>
    )
  }

  if (step.step === 'hang-up') {
    return (
      <PageShell contentFirst settleKey='hang-up'>
        <HangUpScreen
          reasons={[
            {
              heard: `您答了“是”：${step.question.question}`,
              why: step.question.source.quote,
              source: sourceLabel(step.question.source, brochure)
            }
          ]}
          title={PAUSE_TITLE}
          onRestart={restart}
        />
      </PageShell>
    )
  }
  if (step.step === 'no-match') {
    return (
      <PageShell contentFirst settleKey='no-match'>
        <KeepChecking title='五个问题都答了“不是”' onRestart={restart} />
      </PageShell>
    )
  }

  return (
    <PageShell contentFirst settleKey={`question:${answers.length}`}>
      <Text className='fs-pause__position'>
        <NoOrphan text={questionCounter(step.position, PAUSE_QUESTIONS.length)} />
      </Text>
      <Heading className='fs-pause__question' level={1}>
        {step.question.question}
      </Heading>
      {/* Each question's 是 and 不是 are buttons of their own: the second tap of a slow double tap on 不是 (1–1.8 s) landed
          on the next question's 不是, the same control kept, and answered it unseen (round 44's new-user trial, 15 of
          15). New controls on the tap's spot hold the rest of its burst (useTapFilter). */}
      <View className='fs-pause__answers' key={answers.length}>
        <ActionButton
          className='fs-pause__yes'
          label={`是：${step.question.question}`}
          onTap={() => answer(true)}
        >
          <Text>是</Text>
        </ActionButton>
        <ActionButton
          className='fs-pause__no'
          label={`不是：${step.question.question}`}
          onTap={() => answer(false)}
        >
          <Text>不是</Text>
        </ActionButton>
      </View>
      <Text className='fs-pause__source'>出自{sourceLabel(step.question.source, brochure)}</Text>
    </PageShell>
  )
}
