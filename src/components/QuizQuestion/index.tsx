import { useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import ActionButton from '@/components/ActionButton'
import { focusTargetProps, roleProps } from '@/components/a11y'
import NoOrphan from '@/components/NoOrphan'
import Phrases from '@/components/Phrases'
import { nudgeIntoView } from '@/services/scroll'
import type { QuizQuestion as Question } from '#types/content'
import './index.scss'

export interface QuizQuestionProps {
  question: Question
  /** Display order: original option indices, as drawn for this round. */
  optionOrder: number[]
  /** The original option index the person chose, once answered; the question is then locked. */
  chosen: number | null
  onChoose: (originalIndex: number) => void
}

const LETTERS = ['A', 'B', 'C', 'D']

/**
 * Said on an option when a tap on it was held back (the question had only just appeared under the finger that tapped
 * 下一题 or 开始测试: ActionButton's `answers`): that nothing was chosen and what to do, in words a first-time user reads
 * as help, not a scolding. The next tap is answered (tapGuard's isAnswerBurstTap), as the words promise. In three
 * phrases, so a narrow line breaks between them.
 */
export const OPTION_HELD_PHRASES = ['没选上：', '看完题目，', '再点一次'] as const

/**
 * The first line of the feedback, with the answer's words and not only its letter: the page scrolls the feedback to
 * the top, so the options are above the screen (round 54's trial, 320 px, font ×2: "正确答案是 B" named a letter no
 * longer in view). A right answer says what was chosen, a wrong one what is right.
 */
function verdictLine(question: Question, optionOrder: number[], chosen: number): string {
  const letter = (original: number) => LETTERS[optionOrder.indexOf(original)]
  return chosen === question.answer
    ? `✓ 答对了，您选的是 ${letter(chosen)}：${question.options[chosen]}`
    : `✗ 答错了，正确答案是 ${letter(question.answer)}：${question.options[question.answer]}`
}

/**
 * One question: its options, then — once answered — right or wrong and why. Answered, the options are disabled: shown
 * with their marks, announced as unavailable and no longer keyboard stops, so Tab goes from the feedback (where focus
 * is moved) to 下一题 and Shift+Tab from 下一题 never back through them. A tap on an option held back says so on that
 * option, where the finger is, until the question is answered (OPTION_HELD_PHRASES): round 57's fresh tester saw
 * 看完题目再选 at the top of the screen, 490 px above the finger. The words stay: going by themselves, they would move
 * the options below back up under a finger about to tap one. A screen reader hears them from the live region.
 */
export default function QuizQuestion({ question, optionOrder, chosen, onChoose }: QuizQuestionProps) {
  const answered = chosen !== null
  // The option whose tap was held, for the question it belongs to (the page keeps this component for the next one).
  const [held, setHeld] = useState<{ question: string; option: number } | null>(null)
  const heldOption = !answered && held?.question === question.id ? held.option : null
  // The words come at the top of the option tapped: on an option low on the screen they would be below its edge
  // (round 57's option under 下一题 at 320×568, font ×2, 大字模式), so the page moves just enough to show them whole; the
  // option grew by as much, and stays under the finger.
  useEffect(() => {
    if (heldOption !== null) nudgeIntoView('.fs-question__held')
  }, [heldOption])

  return (
    <View className='fs-question'>
      {/* Where a page showing a question starts for the keyboard (services/pageFocus), as after 开始测试. */}
      <Text className='fs-question__prompt fs-page-start' {...focusTargetProps()}>
        <NoOrphan text={question.prompt} />
      </Text>
      <View className='fs-question__options'>
        {optionOrder.map((original, position) => {
          const state = !answered
            ? ''
            : original === question.answer
              ? 'fs-question__option--right'
              : original === chosen
                ? 'fs-question__option--wrong'
                : 'fs-question__option--dim'
          return (
            <ActionButton
              key={original}
              className={`fs-question__option ${state}`}
              label={`选项${LETTERS[position]}：${question.options[original]}`}
              onTap={() => onChoose(original)}
              disabled={answered}
              answers
              onHeld={() => setHeld({ question: question.id, option: original })}
            >
              {heldOption === original && (
                <Text className='fs-question__held'>
                  <Phrases phrases={OPTION_HELD_PHRASES} />
                </Text>
              )}
              <Text className='fs-question__letter'>{LETTERS[position]}</Text>
              <Text className='fs-question__option-text'>
                <NoOrphan text={question.options[original]} />
              </Text>
            </ActionButton>
          )
        })}
      </View>
      {/* The live region is always there, so screen readers announce the feedback the moment it appears, and the words
          of a held tap: an option is a button, whose content a screen reader does not read out. */}
      <View className='fs-question__live' {...roleProps('status')}>
        {heldOption !== null && <Text className='fs-question__said'>{OPTION_HELD_PHRASES.join('')}</Text>}
        {answered && (
          <View
            className={`fs-question__feedback ${chosen === question.answer ? 'fs-question__feedback--right' : 'fs-question__feedback--wrong'}`}
            {...focusTargetProps()}
          >
            <Text className='fs-question__verdict'>
              <NoOrphan text={verdictLine(question, optionOrder, chosen)} />
            </Text>
            <Text className='fs-question__explanation'>
              <NoOrphan text={question.explanation} />
            </Text>
          </View>
        )}
      </View>
    </View>
  )
}
