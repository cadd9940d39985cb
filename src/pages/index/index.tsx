import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import ActionButton from '@/components/ActionButton'
import CannotCallNotice from '@/components/CannotCallNotice'
import CategoryCard from '@/components/CategoryCard'
import FamilyTools from '@/components/FamilyTools'
import Heading from '@/components/Heading'
import HotlineCalls from '@/components/HotlineCalls'
import LargeTextSwitch from '@/components/LargeTextSwitch'
import PageShell from '@/components/PageShell'
import SaveNotice from '@/components/SaveNotice'
import ProgressPanel from '@/components/ProgressPanel'
import RuleList from '@/components/RuleList'
import ShareButton from '@/components/ShareButton'
import WeakestRule from '@/components/WeakestRule'
import NoOrphan from '@/components/NoOrphan'
import { brochure } from '@/data'
import { rulesToStrengthen } from '@/domain/grades'
import { ROUND_NAMES } from '@/domain/rounds'
import { useSharePage } from '@/hooks/useSharePage'
import { openPage } from '@/services/navigation'
import { callHotline } from '@/services/phone'
import { useCanNavigate } from '@/hooks/useCanNavigate'
import { useAppStore } from '@/store'
import { isFullTest } from '@/domain/savedState'
import './index.scss'

export default function HomePage() {
  const shareTarget = useSharePage({ page: 'index' })
  const { hotline, categories, rules } = brochure
  const bestScore = useAppStore((s) => s.bestScore)
  const readCategories = useAppStore((s) => s.readCategories)
  // The latest full test, a 家庭同题挑战 included (it sets the best score too): a practice round of missed questions
  // says little about the four rules.
  const lastResult = useAppStore((s) => s.results.find((r) => isFullTest(r.mode)))
  // A round left half-way: offered on home, so the person need not remember it is waiting in the quiz.
  const pausedAnswered = useAppStore((s) => s.activeRound?.answers.length ?? 0)
  const pausedTotal = useAppStore((s) => s.activeRound?.round.questionIds.length ?? 0)
  const pausedMode = useAppStore((s) => s.activeRound?.mode ?? 'standard')
  // Named as the quiz page names it: a half-done 错题练习 was called 上次的测试 here (round 52's trial).
  const paused =
    pausedAnswered > 0
      ? { answered: pausedAnswered, total: pausedTotal, name: ROUND_NAMES[pausedMode] }
      : null

  return (
    <PageShell isHome>
      <LargeTextSwitch />
      {/* The call buttons come right under the number, so even at 320×568 with font ×2 they are on the first
          screen; the brochure's paragraph about the line comes after the tools below. */}
      <View className='fs-home__banner'>
        <Text className='fs-home__banner-heading'>{hotline.heading}</Text>
        <HotlineNumber number={hotline.number} />
        <HotlineCalls className='fs-home__calls' />
      </View>
      <SaveNotice />
      {paused && (
        <View className='fs-home__paused'>
          <Text className='fs-home__paused-text'>
            <NoOrphan text={`上次的${paused.name}还没做完（已答 ${paused.answered}/${paused.total} 题）`} />
          </Text>
          <ActionButton
            className='fs-home__paused-button'
            onTap={() => openPage('quiz', { resume: 1 })}
            navigates
          >
            <Text>
              <NoOrphan text={`继续上次的${paused.name}`} arrow />
            </Text>
          </ActionButton>
        </View>
      )}
      {/* A person with a message in hand, or already defrauded, finds 风险自测 and 已被骗怎么办 right under the
          hotline: below the quiz and the progress they were three screens down in 大字模式 at 320 px and five at
          font ×2 (round 48's new-user trial), and below the paragraph about 96110 a whole screen down at font ×2
          (round 49's). */}
      <View className='fs-home__tools'>
        <ActionButton
          className='fs-home__tool'
          label='风险自测：这是不是骗局'
          onTap={() => openPage('check')}
          navigates
        >
          <Text>风险自测</Text>
        </ActionButton>
        <ActionButton
          className='fs-home__tool'
          label='搜索：防骗内容'
          onTap={() => openPage('search')}
          navigates
        >
          <Text>搜索</Text>
        </ActionButton>
        <ActionButton
          className='fs-home__tool fs-home__tool--help'
          label='已被骗怎么办'
          onTap={() => openPage('help')}
          navigates
        >
          <Text>已被骗怎么办</Text>
        </ActionButton>
      </View>
      <Text className='fs-home__hotline-text'>
        <NoOrphan text={hotline.description} />
      </Text>
      <FamilyTools />

      <ActionButton className='fs-home__quiz' onTap={() => openPage('quiz')} navigates>
        <Text className='fs-home__quiz-title'>
          <NoOrphan text='反诈知识测试' arrow />
        </Text>
        {/* Through NoOrphan, so the score keeps its 分 (round 55's trial: "70 / 分" at 320 px in 大字模式). */}
        <Text className='fs-home__quiz-text'>
          <NoOrphan
            text={
              bestScore === null
                ? '10道题，测测您能识破几种骗局'
                : `您的最好成绩：${bestScore} 分，再来一次？`
            }
          />
        </Text>
      </ActionButton>
      {lastResult?.weakestRule && (
        <WeakestRule
          rule={lastResult.weakestRule}
          tiedRules={rulesToStrengthen(lastResult.byRule)}
          categories={lastResult.weakestCategories}
        />
      )}
      <ProgressPanel />

      <View className='fs-home__section'>
        <Heading className='fs-home__section-title' level={2}>
          十种常见骗局
        </Heading>
        <Text className='fs-home__progress'>
          <NoOrphan text={`已学习 ${readCategories.length}/${categories.length}`} />
        </Text>
        {categories.map((category, index) => (
          <CategoryCard
            key={category.id}
            category={category}
            position={index + 1}
            read={readCategories.includes(category.id)}
          />
        ))}
      </View>

      <View className='fs-home__section'>
        <Heading className='fs-home__section-title' level={2}>
          如何防范
        </Heading>
        <RuleList rules={rules} onSelect={() => openPage('prevention')} />
      </View>
      <ShareButton target={shareTarget} />
    </PageShell>
  )
}

/**
 * The big red 96110: tapping it calls, as people expect of a number shown this large. Text where calls can't; where
 * the tap could not dial (a computer, PC WeChat), 「这台设备不能直接拨号」 under it, as under every call button.
 */
function HotlineNumber({ number }: { number: string }) {
  const [cannotCall, setCannotCall] = useState(false)
  if (!useCanNavigate()) return <Text className='fs-home__banner-number'>{number}</Text>
  const dial = async () => setCannotCall((await callHotline('96110')) === 'unavailable')
  return (
    <>
      <ActionButton className='fs-home__banner-number' label={`${number} 点击拨打`} onTap={dial} dials>
        <Text>{number}</Text>
      </ActionButton>
      {cannotCall && <CannotCallNotice phoneNumber={number} />}
    </>
  )
}
