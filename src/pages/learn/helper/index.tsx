import { useEffect, useMemo, useRef, useState } from 'react'
import { Text, View } from '@tarojs/components'
import ActionButton from '@/components/ActionButton'
import Heading from '@/components/Heading'
import PageShell from '@/components/PageShell'
import QuizQuestion from '@/components/QuizQuestion'
import RuleBars from '@/components/RuleBars'
import PageLink from '@/components/PageLink'
import NoOrphan from '@/components/NoOrphan'
import { findCategory, findRule } from '@/data'
import { drills } from '@/data/drill'
import { combinedRuleScores, weakestOf } from '@/domain/progress'
import { questionCounter } from '@/domain/rounds'
import { openPage, setPageTitle } from '@/services/navigation'
import { revealElement } from '@/services/scroll'
import { useAppStore } from '@/store'
import { createLearningActions } from '@/store/learningActions'
import type { QuizQuestion as Question } from '#types/content'
import type { HelperDrill } from '#types/learning'
import './index.scss'

const { recordDrill } = createLearningActions(useAppStore)

const CHANNEL: Record<HelperDrill['channel'], string> = {
  sms: '收到这条短信',
  call: '接到这个电话',
  chat: '收到这条消息'
}

/** A drill in the quiz's question shape, so it shows with the same options and feedback. */
function asQuestion(drill: HelperDrill): Question {
  const rule = findRule(drill.rule)
  return {
    id: drill.id,
    kind: 'single',
    prompt: `${drill.relative}${CHANNEL[drill.channel]}：${drill.message}您会怎么跟${drill.relative}说？`,
    options: drill.options,
    answer: drill.answer,
    explanation: `危险信号：${drill.redFlag}。这是「${rule?.name ?? ''}」。${drill.explanation}`,
    rule: drill.rule,
    category: drill.category
  }
}

/** Identity order: the drills place their right answers at different positions already. */
function identity(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i)
}

/**
 * 帮家人把关: a relative got a message or a call; the person picks the advice to give. Older adults spot scams
 * better when helping someone else, so the drills put them in that role.
 */
export default function HelperPage() {
  const drillRecord = useAppStore((s) => s.drillRecord)
  const [index, setIndex] = useState(0)
  const [chosen, setChosen] = useState<number | null>(null)
  const [finished, setFinished] = useState(false)
  const drill = drills[index]
  const question = useMemo(() => asQuestion(drill), [drill])
  const category = findCategory(drill.category)
  useEffect(() => setPageTitle('帮家人把关'), [])
  // What the last tap brought that may be off the screen: the verdict under option A sat a screen and a half down at
  // 320 px in 大字模式 (round 42's new-user trial), and a new drill starts at the top.
  const toReveal = useRef<'feedback' | 'drill' | null>(null)
  useEffect(() => {
    const target = toReveal.current
    toReveal.current = null
    if (target === 'feedback') revealElement('.fs-question__feedback')
    if (target === 'drill') revealElement('.fs-helper__title')
  })

  // Only this content's drills count; answers to drills since removed are left out.
  const byRule = combinedRuleScores(
    undefined,
    {},
    Object.fromEntries(Object.entries(drillRecord).filter(([id]) => drills.some((d) => d.id === id)))
  )

  // Taps are held back for a moment whenever the screen changes: the second tap of a double tap on 下一题 must not
  // answer the next question.
  const screenKey = finished ? 'finished' : `${index}:${chosen ?? 'open'}`

  const choose = (option: number) => {
    if (chosen !== null) return
    setChosen(option)
    toReveal.current = 'feedback'
    recordDrill(drill.id, drill.rule, option === drill.answer)
  }

  const next = () => {
    if (index === drills.length - 1) {
      setFinished(true)
      toReveal.current = 'drill'
      return
    }
    setIndex(index + 1)
    setChosen(null)
    toReveal.current = 'drill'
  }

  if (finished) {
    return (
      <PageShell contentFirst settleKey={screenKey}>
        <Heading className='fs-helper__title' level={1}>
          帮家人把关：做完了
        </Heading>
        <Text className='fs-helper__intro'>
          <NoOrphan text='您给家人的建议，按四条防骗原则算：' />
        </Text>
        <RuleBars byRule={byRule} weakestRule={weakestOf(byRule)} />
        <ActionButton
          className='fs-helper__primary'
          label='从头再练一遍'
          onTap={() => {
            setIndex(0)
            setChosen(null)
            setFinished(false)
          }}
        >
          <Text>从头再练一遍</Text>
        </ActionButton>
        <PageLink className='fs-helper__link' to='scenario' text='去情景演练' />
      </PageShell>
    )
  }

  return (
    <PageShell contentFirst settleKey={screenKey}>
      <Heading className='fs-helper__title' level={1}>
        帮家人把关
      </Heading>
      <Text className='fs-helper__progress'>
        <NoOrphan text={`${questionCounter(index + 1, drills.length)} · ${category?.name ?? ''}`} />
      </Text>
      <QuizQuestion
        question={question}
        optionOrder={identity(question.options.length)}
        chosen={chosen}
        onChoose={choose}
      />
      {chosen !== null && (
        <View className='fs-helper__after'>
          {category && (
            <ActionButton
              className='fs-helper__link'
              onTap={() => openPage('category', { id: category.id })}
              navigates
            >
              <Text>
                <NoOrphan text={`看看「${category.name}」的详细说明`} arrow />
              </Text>
            </ActionButton>
          )}
          <ActionButton
            className='fs-helper__primary'
            label={index === drills.length - 1 ? '看看结果' : '下一题'}
            onTap={next}
          >
            <Text>{index === drills.length - 1 ? '看看结果' : '下一题'}</Text>
          </ActionButton>
        </View>
      )}
      {/* Below the question, not above it: at 320 px in 大字模式 it pushed option A off the first screen (trial 7). */}
      <Text className='fs-helper__intro fs-helper__about'>
        <NoOrphan text='家里人收到可疑的短信、电话，常常先来问您。您会怎么跟他们说？' />
      </Text>
    </PageShell>
  )
}
