import { Text, View } from '@tarojs/components'
import ActionButton from '@/components/ActionButton'
import { focusTargetProps, roleProps } from '@/components/a11y'
import NoOrphan from '@/components/NoOrphan'
import type { QuizQuestion as Question } from '#types/content'
import './index.scss'

export interface QuizQuestionProps {
  question: Question
  /** Display order: original option indices, as drawn for this round. */
  optionOrder: number[]
  /** The original option index the person chose, once answered; the question is then locked. */
  chosen: number | null
  onChoose: (originalIndex: number) => void
  /** A tap on an option was held back (the question had only just appeared: see ActionButton's onHeld). */
  onHeld?: () => void
}

const LETTERS = ['A', 'B', 'C', 'D']

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
 * is moved) to 下一题 and Shift+Tab from 下一题 never back through them.
 */
export default function QuizQuestion({ question, optionOrder, chosen, onChoose, onHeld }: QuizQuestionProps) {
  const answered = chosen !== null

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
              onHeld={onHeld}
            >
              <Text className='fs-question__letter'>{LETTERS[position]}</Text>
              <Text className='fs-question__option-text'>
                <NoOrphan text={question.options[original]} />
              </Text>
            </ActionButton>
          )
        })}
      </View>
      {/* The live region is always there, so screen readers announce the feedback the moment it appears. */}
      <View className='fs-question__live' {...roleProps('status')}>
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
