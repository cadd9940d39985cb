/**
 * The kinds of quiz round as the person sees them: their names and how many questions a round holds. Apart from
 * ./quiz so home, which names a paused round and says how many a practice round takes, does not carry the drawing.
 */
import type { RoundMode } from '#types/saved'

/** Questions in a test and in a round of wrong answers practised (drawRound, drawPracticeRound). */
export const ROUND_SIZE = 10

/** Each kind of round in the person's words: "上次的复习还没做完", home's "继续上次的错题练习". */
export const ROUND_NAMES: Record<RoundMode, string> = {
  standard: '测试',
  practice: '错题练习',
  review: '复习',
  challenge: '家庭同题挑战'
}
