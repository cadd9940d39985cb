import { useEffect, useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import ActionButton from '@/components/ActionButton'
import Heading from '@/components/Heading'
import PageLink from '@/components/PageLink'
import NoOrphan from '@/components/NoOrphan'
import { findRule } from '@/data'
import { practiseFirstWords, rulesToStrengthen, strengthenTitle } from '@/domain/grades'
import { combinedRuleScores, weakestOf } from '@/domain/progress'
import { dueIds } from '@/domain/review'
import { eachRoundNote } from '@/domain/rounds'
import { openPage } from '@/services/navigation'
import { useAppStore } from '@/store'
import { isFullTest } from '@/domain/savedState'
import { CATEGORY_IDS } from '@/data/ids'
import './index.scss'

/**
 * 我的学习进度 on home: categories read, scenarios played, reviews due today (or, with none due, the wrong answers to
 * practise now), and the weakest rule over the last
 * quiz, the scenarios and the helper drills, with where to practise it. Reads saved progress only, never the quiz
 * bank or the scenario content (it sits in the main package).
 */
export default function ProgressPanel() {
  // What is due is counted at one clock reading, not on every render: read again whenever home shows (back from
  // the quiz, or the next day) and whenever the schedule changes. A reading older than the answers would count
  // them as due at once: review.ts takes a due date further off than its interval for a clock turned back.
  const reviewSchedule = useAppStore((s) => s.reviewSchedule)
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => setNow(Date.now()), [reviewSchedule])
  useDidShow(() => setNow(Date.now()))
  const due = dueIds(reviewSchedule, now).length
  const wrongCount = useAppStore((s) => Object.keys(s.wrongBook).length)
  const read = useAppStore((s) => s.readCategories.length)
  const scenarioRecords = useAppStore((s) => s.scenarioRecords)
  const drillRecord = useAppStore((s) => s.drillRecord)
  const lastQuiz = useAppStore((s) => s.results.find((r) => isFullTest(r.mode)))
  const played = Object.keys(scenarioRecords).length
  const combined = combinedRuleScores(lastQuiz?.byRule, scenarioRecords, drillRecord)
  // Equal tallies are said to be equal, as the quiz result says them (a trial found home naming one of two).
  const tied = rulesToStrengthen(combined)
  const weakest = weakestOf(combined)
  const rule = weakest ? findRule(weakest) : undefined
  const practised = played > 0 || Object.keys(drillRecord).length > 0
  // Home's 上次测试最需要加强 already says it when the tally names the same rules as the last test.
  const testTied = lastQuiz ? rulesToStrengthen(lastQuiz.byRule) : []
  const sameAsTest = testTied.length === tied.length && testTied.every((id) => tied.includes(id))
  const total = CATEGORY_IDS.length

  return (
    <View className='fs-progress'>
      <Heading className='fs-progress__title' level={2}>
        我的学习进度
      </Heading>
      <View className='fs-progress__counts'>
        <Text className='fs-progress__count'>
          <NoOrphan text={`已学习 ${read}/${total}`} />
        </Text>
        <Text className='fs-progress__count'>
          <NoOrphan text={`情景演练 ${played}/${total}`} />
        </Text>
      </View>
      {due > 0 ? (
        <PageLink
          className='fs-progress__review'
          to='quiz'
          query={{ mode: 'review' }}
          text={`今天要复习 ${due} 题${eachRoundNote(due)}`}
        />
      ) : (
        <>
          <Text className='fs-progress__none'>
            <NoOrphan text='今天没有要复习的题。答错的题第二天会再来考您，答对了就隔得更久。' />
          </Text>
          {/* Right after a bad round the misses are not due yet: they can be practised now, as the result offers; ten at a
              time, as the review says (round 52's trial: 17 promised, a round of 10 given). */}
          {wrongCount > 0 && (
            <PageLink
              className='fs-progress__review'
              to='quiz'
              query={{ mode: 'practice' }}
              text={`现在就练答错的 ${wrongCount} 道题${eachRoundNote(wrongCount)}`}
            />
          )}
        </>
      )}
      {/* Said only when the scenarios and drills add to the last test, and in words that say so: home showed two
          different 最需要加强 on one screen, the test's and this one, and an elder could not tell which to follow. */}
      {rule && practised && !sameAsTest && (
        <Text className='fs-progress__weakest'>
          <NoOrphan
            text={`算上情景演练和帮家人把关，${strengthenTitle(tied.map((id) => findRule(id)?.name ?? ''))}`}
          />
        </Text>
      )}
      <ActionButton
        className='fs-progress__link'
        onTap={() => openPage('scenario', rule ? { rule: rule.id } : {})}
        navigates
      >
        <Text>
          <NoOrphan
            text={
              rule
                ? `情景演练：${practiseFirstWords(rule.name, tied.length > 1)}`
                : '情景演练：如果是您会怎么做？'
            }
            arrow
          />
        </Text>
      </ActionButton>
      <ActionButton className='fs-progress__link' onTap={() => openPage('helper')} navigates>
        <Text>
          <NoOrphan text='帮家人把关：家人收到可疑消息，您会怎么说？' arrow />
        </Text>
      </ActionButton>
    </View>
  )
}
