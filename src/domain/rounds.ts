/**
 * The kinds of quiz round as the person sees them: their names and how many questions a round holds. Apart from
 * ./quiz so home, which names a paused round and says how many a practice round takes, does not carry the drawing.
 */
import type { RoundMode } from '#types/saved'

/** Questions in a round of any kind: a test, wrong answers practised, a review (drawRound, drawPracticeRound). */
export const ROUND_SIZE = 10

/**
 * "，每次 10 题" when `count` questions take more than one round, else "": said wherever a count is offered, so "14 题"
 * never opens a round of 10 unexplained (round 52's trial: an elder thought 4 were lost). `unit` is the count's own
 * measure word, so one label never mixes 道 and 题 ("练习错题（17 道，每次 10 道）").
 */
export function eachRoundNote(count: number, unit: '题' | '道' = '题'): string {
  return count > ROUND_SIZE ? `，每次 ${ROUND_SIZE} ${unit}` : ''
}

/**
 * Where the person is in a run of questions, "第 1/10 题" (`position` counts from 1). Shown through NoOrphan, which
 * keeps it on one line (domain/keepTogether's counters): round 54's trial saw "今天的复习 · 第 / 1/10 题".
 */
export function questionCounter(position: number, total: number): string {
  return `第 ${position}/${total} 题`
}

/** Each kind of round in the person's words: "上次的复习还没做完", home's "继续上次的错题练习". */
export const ROUND_NAMES: Record<RoundMode, string> = {
  standard: '测试',
  practice: '错题练习',
  review: '复习',
  challenge: '家庭同题挑战'
}
