import { useEffect, useRef, useState } from 'react'
import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import ActionButton from '@/components/ActionButton'
import Heading from '@/components/Heading'
import PageShell from '@/components/PageShell'
import PracticeButton from '@/components/PracticeButton'
import QuizQuestion from '@/components/QuizQuestion'
import ShareButton from '@/components/ShareButton'
import { findCategory } from '@/data'
import { questionCounter, ROUND_NAMES } from '@/domain/rounds'
import { ROUND_LABELS, useQuizEntry } from '@/hooks/useQuizEntry'
import { useHeldHint } from '@/hooks/useHeldHint'
import { useQuizStore } from '@/hooks/useQuizStore'
import { useSharePage } from '@/hooks/useSharePage'
import { replacePage } from '@/services/navigation'
import { elementHeight, focusElement, revealElement } from '@/services/scroll'
import { useAppStore } from '@/store'
import { QUESTION_SETTLE_MS } from '@/domain/tapGuard'
import { roleProps } from '@/components/a11y'
import PageLink from '@/components/PageLink'
import NoOrphan from '@/components/NoOrphan'
import type { RoundMode } from '#types/saved'
import './index.scss'

export default function QuizPage() {
  // First: it brings the bank and drops saved progress naming removed questions before anything reads it.
  const { startRound, answerQuestion, finishRound, findQuestion } = useQuizStore()
  // Second: a review link or a 家庭同题挑战 card starts its round before anything reads the store.
  const entry = useQuizEntry(startRound)
  const entryNote = entry.note
  const shareTarget = useSharePage({ page: 'quiz' })
  const stored = useAppStore((s) => s.activeRound)
  const bestScore = useAppStore((s) => s.bestScore)
  // 反诈知识测试 opened plainly after a review or a practice round was left before its first answer: nothing is lost
  // by offering the test instead (the round opened straight at its question, with no way to a test: trial 10).
  const [setAside, setSetAside] = useState(
    () => entry.plain && stored !== null && stored.mode !== 'standard' && stored.answers.length === 0
  )
  const active = setAside ? null : stored

  // A round with answers already given was left half-way: offer to resume it rather than silently continuing —
  // unless the person came from home's 继续上次的测试 (?resume=1), which already was that choice.
  const resumeChosen = useRouter()?.params?.resume === '1'
  const [resumeOffered, setResumeOffered] = useState(() => !resumeChosen && (active?.answers.length ?? 0) > 0)
  const [viewIndex, setViewIndex] = useState(() => Math.min(active?.answers.length ?? 0, lastIndex(active)))
  // What the last tap produced, to bring into view once it is drawn: the feedback, or the next question.
  const toReveal = useRef<'feedback' | 'question' | null>(null)
  // A tap on 下一题 held back as the rest of the answer's tap (it came up under the finger) says so, in the bar: round
  // 56's trial tapped it again and again and saw nothing happen.
  const heldNext = useHeldHint(false)
  useEffect(() => {
    const target = toReveal.current
    toReveal.current = null
    // Focus follows, so the next Tab goes on from what is shown: the feedback, then 下一题; the new question, then its
    // options (the chosen option, locked and off screen, kept it; 下一题, gone, left it on the page's body).
    if (target === 'feedback') {
      revealElement('.fs-question__feedback', elementHeight('.fs-quiz__bar'))
      focusElement('.fs-question__feedback')
    }
    if (target === 'question') {
      revealElement('.fs-quiz__progress')
      focusElement('.fs-question__prompt')
    }
  })

  const start = (mode: RoundMode) => {
    if (startRound(mode, Date.now())) {
      setSetAside(false)
      toReveal.current = 'question'
      setViewIndex(0)
      setResumeOffered(false)
    }
  }

  if (!active) {
    return (
      <PageShell contentFirst inviteToQuiz={false} settleKey='start'>
        <Heading className='fs-quiz__title' level={1}>
          反诈知识测试
        </Heading>
        {/* 开始测试 before what the test is: at font ×2 on a small phone the intro pushed it to 721 px, under the
            first screen (round 38's new-user trial). */}
        {entryNote && <Text className='fs-quiz__intro'>{entryNote}</Text>}
        <ActionButton className='fs-quiz__primary' label='开始测试' onTap={() => start('standard')}>
          <Text>开始测试</Text>
        </ActionButton>
        {bestScore !== null && (
          <Text className='fs-quiz__best'>
            <NoOrphan text={`您的最好成绩：${bestScore} 分`} />
          </Text>
        )}
        <Text className='fs-quiz__intro'>
          <NoOrphan text='10道题，都来自防骗手册里的真实骗局。答完告诉您：不轻信、不透露、不转账、及时报警这四条，哪一条最需要加强。' />
        </Text>
        <PracticeButton className='fs-quiz__secondary' onStart={() => start('practice')} />
        <ShareButton target={shareTarget} />
      </PageShell>
    )
  }

  const total = active.round.questionIds.length
  // A round with answers under way: resume it, or (a review or challenge card asked for another) start that one.
  if (entry.waiting || resumeOffered) {
    const name = ROUND_NAMES[active.mode]
    const wanted = entry.waiting && ROUND_NAMES[entry.waiting]
    // The other choice: the round a card asked for; the test the person came for when 反诈知识测试 opened over a
    // half-done review, practice or challenge (trial 11: 重新开始 restarted the review); else the same round again.
    const other = wanted
      ? {
          label: `开始${wanted}`,
          text: `开始${wanted}（上次的不再保留）`,
          onTap: () => {
            toReveal.current = 'question'
            entry.proceed()
            setViewIndex(0)
            setResumeOffered(false)
          }
        }
      : entry.plain && active.mode !== 'standard'
        ? {
            label: `开始${ROUND_NAMES.standard}`,
            text: `开始${ROUND_NAMES.standard}（上次的${name}不再保留）`,
            onTap: () => start('standard')
          }
        : { label: '重新开始', text: '重新开始', onTap: () => start(active.mode) }
    return (
      <PageShell contentFirst inviteToQuiz={false} settleKey={wanted ? 'waiting' : 'resume'}>
        <View className='fs-quiz__resume' {...roleProps('alert')}>
          <Text className='fs-quiz__resume-text'>
            <NoOrphan
              text={`上次的${name}还没做完（已答 ${active.answers.length}/${total} 题）${
                wanted ? `。先做完它，还是现在开始${wanted}？` : '，要接着做吗？'
              }`}
            />
          </Text>
          <ActionButton
            className='fs-quiz__primary'
            label={`继续上次的${name}`}
            onTap={() => {
              toReveal.current = 'question'
              setResumeOffered(false)
              entry.dismiss()
            }}
          >
            <Text>继续上次的{name}</Text>
          </ActionButton>
          <ActionButton className='fs-quiz__secondary' label={other.label} onTap={other.onTap}>
            <Text>{other.text}</Text>
          </ActionButton>
        </View>
      </PageShell>
    )
  }

  const questionId = active.round.questionIds[viewIndex]
  const question = findQuestion(questionId)
  if (!question) {
    // useQuizStore drops saved rounds naming removed questions, so this only happens if the bank changed while
    // the app was open.
    return (
      <PageShell contentFirst inviteToQuiz={false} settleKey='stale'>
        <Text className='fs-quiz__intro'>
          <NoOrphan text='这轮测试的题目已经更新，请重新开始。' />
        </Text>
        <ActionButton className='fs-quiz__primary' label='重新开始' onTap={() => start(active.mode)}>
          <Text>重新开始</Text>
        </ActionButton>
      </PageShell>
    )
  }
  const answer = active.answers.find((a) => a.questionId === questionId)
  const isLast = viewIndex === total - 1
  const category = question.category === 'general' ? undefined : findCategory(question.category)
  // Taps are held back for a moment whenever this changes, a second for a new question (a double tap on 下一题 must
  // not answer a question nobody has read).
  const screenKey = `${active.round.seed}:${viewIndex}:${answer ? 'answered' : 'open'}`

  const next = () => {
    heldNext.clear()
    if (!isLast) {
      toReveal.current = 'question'
      setViewIndex(viewIndex + 1)
      return
    }
    if (finishRound(Date.now())) replacePage('quiz-result')
  }

  return (
    <PageShell
      contentFirst
      inviteToQuiz={false}
      settleKey={screenKey}
      settleMs={answer ? undefined : QUESTION_SETTLE_MS}
    >
      <View className='fs-quiz__progress'>
        {/* A status: a screen reader says the new number. A tap on an option held back says why on the option itself
            (QuizQuestion), where the finger is. */}
        <View {...roleProps('status')}>
          <Text className='fs-quiz__progress-text' aria-label={`第${viewIndex + 1}题，共${total}题`}>
            <NoOrphan text={`${ROUND_LABELS[active.mode]}${questionCounter(viewIndex + 1, total)}`} />
          </Text>
        </View>
        <View className='fs-quiz__progress-track'>
          <View className='fs-quiz__progress-fill' style={{ width: `${((viewIndex + 1) / total) * 100}%` }} />
        </View>
      </View>
      {entryNote && viewIndex === 0 && <Text className='fs-quiz__intro'>{entryNote}</Text>}
      <QuizQuestion
        question={question}
        optionOrder={active.round.optionOrders[viewIndex]}
        chosen={answer ? answer.chosen : null}
        onChoose={(chosen) => {
          toReveal.current = 'feedback'
          answerQuestion(question.id, chosen)
        }}
      />
      {answer && category && (
        <View className='fs-quiz__after'>
          {category && (
            <PageLink
              className='fs-quiz__link'
              to='category'
              query={{ id: category.id }}
              text={`看看「${category.name}」的详细说明`}
            />
          )}
        </View>
      )}
      {/* Stays at the bottom of the screen however long the explanation is: the next step is always in view. A
          direct child of the page body, so position: sticky has the whole page to stick within. */}
      {answer && (
        <View className='fs-quiz__bar fs-sticky-bottom'>
          <View {...roleProps('status')}>
            {heldNext.shown && (
              <Text className='fs-quiz__held'>
                <NoOrphan text={NEXT_HELD_NOTE} />
              </Text>
            )}
          </View>
          <ActionButton className='fs-quiz__primary fs-quiz__next' onTap={next} onHeld={heldNext.show}>
            <Text>{isLast ? '查看结果' : '下一题'}</Text>
          </ActionButton>
        </View>
      )}
    </PageShell>
  )
}

/** Said above 下一题 when a tap on it was held back: the next tap moves on. */
const NEXT_HELD_NOTE = '看完解析，再点一次'

function lastIndex(active: { round: { questionIds: string[] } } | null): number {
  return active ? Math.max(0, active.round.questionIds.length - 1) : 0
}
