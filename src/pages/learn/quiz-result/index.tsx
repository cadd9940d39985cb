import { Text, View } from '@tarojs/components'
import ActionButton from '@/components/ActionButton'
import CallButton from '@/components/CallButton'
import TrustedCallButton from '@/components/TrustedCallButton'
import Heading from '@/components/Heading'
import { focusTargetProps } from '@/components/a11y'
import PageShell from '@/components/PageShell'
import Phrases, { phrasesAtCommas } from '@/components/Phrases'
import PracticeButton from '@/components/PracticeButton'
import RuleBars from '@/components/RuleBars'
import ShareButton from '@/components/ShareButton'
import { SharePosterButton } from '@/components/SharePoster'
import PageLink from '@/components/PageLink'
import NoOrphan from '@/components/NoOrphan'
import { findCategory, findRule } from '@/data'
import {
  gradeForRound,
  practiseFirst,
  practiseFirstWords,
  rulesToStrengthen,
  strengthenTitle
} from '@/domain/grades'
import { challengeTarget } from '@/hooks/useQuizEntry'
import { useQuizStore } from '@/hooks/useQuizStore'
import { useSharePage } from '@/hooks/useSharePage'
import { openPage, replacePage } from '@/services/navigation'
import { useAppStore } from '@/store'
import type { RoundMode } from '#types/saved'
import type { ShareTarget } from '#types/share'
import './index.scss'

/** The latest result of this phone. A forwarded card never opens this page: it opens the quiz start. */
export default function QuizResultPage() {
  // First: it brings the bank and drops saved progress naming removed questions before anything reads it.
  const { startRound, findQuestion } = useQuizStore()
  const result = useAppStore((s) => s.results[0] ?? null)
  // Only a full test's score goes on a card, and the card offers the same round (家庭同题挑战); a practice or
  // review round of missed questions is not a test result.
  const fullTest = result?.mode === 'standard' || result?.mode === 'challenge'
  const shareTarget: ShareTarget =
    fullTest && result.seed !== undefined
      ? challengeTarget(result.seed, result.score)
      : fullTest
        ? { page: 'quiz-result', score: result.score }
        : { page: 'quiz' }
  useSharePage(shareTarget)

  const again = (mode: RoundMode) => {
    // resume=1: the round is the person's choice, shown at once (see the quiz page's plain entry).
    if (startRound(mode, Date.now())) replacePage('quiz', { resume: 1 })
  }

  if (!result) {
    return (
      <PageShell inviteToQuiz={false} settleKey='result'>
        <Text className='fs-result__empty'>
          <NoOrphan text='还没有测试结果。做一次测试，看看自己能识破几种骗局。' />
        </Text>
        <ActionButton className='fs-result__primary' label='开始测试' onTap={() => again('standard')}>
          <Text>开始测试</Text>
        </ActionButton>
      </PageShell>
    )
  }

  const grade = gradeForRound(result.score, result.mode)
  // Equal bars are reported as equal: every rule tied at the lowest score, not one picked by a fixed order.
  const strengthen = rulesToStrengthen(result.byRule)
  const toStrengthen = strengthen.map(findRule).filter((rule) => rule !== undefined)
  // Named in the bars' order; within a tie the drill starts with the rule PRACTICE_ORDER puts first (grades.ts
  // practiseFirst), as home's does, and says so by name.
  const first = toStrengthen.find((rule) => rule.id === practiseFirst(strengthen)) ?? toStrengthen[0]
  // 练习错题 stands with the other actions, before the wrong answers it practises.
  const practice = <PracticeButton className='fs-result__secondary' onStart={() => again('practice')} />

  return (
    <PageShell inviteToQuiz={false} settleKey='result'>
      {/* Where the page starts for the keyboard (services/pageFocus): the score, then 练习错题 and the rest. */}
      <View className='fs-result__score-card fs-page-start' {...focusTargetProps()}>
        <Text className='fs-result__label'>{SCORE_LABELS[result.mode]}</Text>
        {/* 分 after the number: a large "10" above "10 题答对 1 题" read as ten out of ten (trial 12). */}
        <Text className='fs-result__score'>
          {result.score}
          <Text className='fs-result__unit'> 分</Text>
        </Text>
        <Text className='fs-result__detail'>
          {/* Each count is kept whole with its 题 (round 46's trial: "10 题答对 5 / 题" at 320 px, font ×2, 大字模式).
              The grade has a line of its own: a "·" between them stood alone at a line's start or end. */}
          <Phrases phrases={[`${result.total} 题`, `答对 ${result.correct} 题`]} />
          <Text className='fs-result__grade'>
            {/* Kept whole, 刚起步，多练几次 ran 16 px past the card at font ×2 on a 320 px phone (round 40's trial). */}
            <Phrases phrases={phrasesAtCommas(grade.title)} />
          </Text>
        </Text>
        <Text className='fs-result__advice'>
          <NoOrphan text={grade.advice} />
        </Text>
      </View>

      <Heading className='fs-result__heading' level={2}>
        <NoOrphan text='四条防骗原则，各答对几题' />
      </Heading>
      <RuleBars byRule={result.byRule} strengthen={strengthen} />

      {toStrengthen.length > 0 && (
        <View className='fs-result__weakest'>
          {/* A review or a practice round says it is this round's: home names the last full test's (trial 13). */}
          <Text className='fs-result__weakest-title'>
            <NoOrphan
              text={`${fullTest ? '' : '这一轮'}${strengthenTitle(toStrengthen.map((rule) => rule.name))}`}
            />
          </Text>
          {toStrengthen.map((rule) => (
            <Text key={rule.id} className='fs-result__weakest-text'>
              <NoOrphan text={rule.text} />
            </Text>
          ))}
          <PageLink className='fs-result__link' to='prevention' text='查看「如何防范」' />
          <ActionButton
            className='fs-result__link'
            onTap={() => openPage('scenario', { rule: first.id })}
            navigates
          >
            <Text>
              <NoOrphan
                text={`模拟一下：${practiseFirstWords(first.name, toStrengthen.length > 1)}的情景演练`}
                arrow
              />
            </Text>
          </ActionButton>
        </View>
      )}

      {/* One primary action (再测一次); the rest are outlined, as WeUI does, so the next step is plain to see. Before
          the wrong answers, not after them: after eight of them 再测一次 and 96110 were twenty screens down at font ×2
          (round 49's trial), and 练习错题 ten in 大字模式 (an earlier one). */}
      <View className='fs-result__actions'>
        <ActionButton className='fs-result__primary' onTap={() => again('standard')}>
          <Text>再测一次</Text>
        </ActionButton>
        {practice}
        <View className='fs-result__call'>
          <CallButton phoneNumber='96110' emphasis='secondary' />
          <TrustedCallButton className='fs-result__trusted' />
        </View>
        {shareTarget.page === 'quiz-challenge' && (
          <Text className='fs-result__advice'>
            <NoOrphan
              text={
                result.mode === 'challenge'
                  ? '这是家人邀请您做的同一套题。把您的结果卡发回家庭群，和家人比一比。'
                  : '邀请家人做同一套题：题目和顺序都和您的一样，做完各自把结果卡发到群里比一比。什么也不上传，也没有奖励。'
              }
            />
          </Text>
        )}
        <ShareButton
          target={shareTarget}
          label={
            shareTarget.page !== 'quiz-challenge'
              ? undefined
              : result.mode === 'challenge'
                ? '把结果发回给家人'
                : '邀请家人做同一套题'
          }
        />
        {fullTest && <SharePosterButton score={result.score} byRule={result.byRule} />}
      </View>
      {result.missed.length > 0 && (
        <View className='fs-result__missed'>
          <Heading className='fs-result__heading' level={2}>
            答错的题
          </Heading>
          {result.missed.map((id) => {
            const question = findQuestion(id)
            if (!question) return null
            const category = question.category === 'general' ? undefined : findCategory(question.category)
            return (
              <View key={id} className='fs-result__missed-item'>
                <Text className='fs-result__missed-prompt'>
                  <NoOrphan text={question.prompt} />
                </Text>
                <Text className='fs-result__missed-answer'>
                  <NoOrphan text={`正确答案：${question.options[question.answer]}`} />
                </Text>
                <Text className='fs-result__missed-explanation'>
                  <NoOrphan text={question.explanation} />
                </Text>
                {category && (
                  <PageLink
                    className='fs-result__link'
                    to='category'
                    query={{ id: category.id }}
                    text={`看看「${category.name}」`}
                  />
                )}
              </View>
            )
          })}
        </View>
      )}
    </PageShell>
  )
}

const SCORE_LABELS: Record<RoundMode, string> = {
  standard: '您的得分',
  practice: '错题练习得分',
  review: '复习得分',
  challenge: '家庭同题挑战得分'
}
