/**
 * How a quiz result is put into words: the grade a score earns, the rules that need work and the colour of each
 * rule's bar. Kept apart from round drawing and scoring so the main package can read saved results without
 * loading the quiz engine. Grades encourage, never label a person: the app is for the very people scammers
 * target, and a low score means "not learned yet", not "a victim in waiting".
 */
import type { RuleId } from '#types/content'
import type { Grade, GradeId, RuleScore } from '#types/quiz'
import type { RoundMode } from '#types/saved'

export const GRADES: Record<GradeId, Grade> = {
  guardian: { id: 'guardian', title: '反诈卫士', advice: '防骗意识很强！请把这些知识讲给家人和朋友听。' },
  alert: { id: 'alert', title: '防骗达人', advice: '大部分骗局都难不倒您，再看看答错的题，查漏补缺。' },
  learner: {
    id: 'learner',
    title: '还需加油',
    advice: '有些骗局还不熟悉，建议把每类诈骗的反诈提示再读一遍。'
  },
  starter: {
    id: 'starter',
    title: '刚起步，多练几次',
    advice:
      '骗子的套路很多，谁都要学一学才能识破。看看下面答错的题和解释，记住不轻信、不透露、不转账；拿不准时，拨打96110问一问。'
  },
  practice: {
    id: 'practice',
    title: '错题练习',
    advice: '练习的是之前答错的题。做一次完整的测试，看看四条防骗原则掌握得怎么样。'
  },
  // A review is not the 错题练习 round (trial 10): it brings back what is due today, and a right answer waits longer.
  review: {
    id: 'review',
    title: '今天的复习',
    advice:
      '复习的是今天该再考的题：答对了，下次隔得更久再考；答错了，明天再来。做一次完整的测试，看看四条防骗原则掌握得怎么样。'
  }
}

/** The grade a full test's score (0–100) earns. */
export function gradeFor(score: number): Grade {
  if (score >= 90) return GRADES.guardian
  if (score >= 70) return GRADES.alert
  if (score >= 50) return GRADES.learner
  return GRADES.starter
}

/**
 * The grade to show for a round. A practice round repeats questions the person has already seen with their
 * answers, so it earns no title such as 反诈卫士: it says it was practice and points to a full test.
 */
export function gradeForRound(score: number, mode: RoundMode): Grade {
  // Practice and review rounds replay questions the person already saw: they earn no title.
  if (mode === 'practice') return GRADES.practice
  return mode === 'review' ? GRADES.review : gradeFor(score)
}

/**
 * The order in which equally weak rules are practised: 不转账 first, because a transfer is where the money is lost and
 * it cannot be undone; then 不透露, 不轻信, 及时报警. Not the order they are named in: that is the bars' (below).
 */
const PRACTICE_ORDER: readonly RuleId[] = ['no-transfer', 'no-disclose', 'no-trust', 'report']

/**
 * The rules that need work most. One rule decides it wherever a weakest rule is named (the quiz result, home's 上次测试
 * box and its 我的学习进度, the scenario and drill bars): the lowest share of right answers among the rules asked and
 * not all answered right, i.e. the shortest bar the person sees. By share, not by the count of wrong answers: 不透露 at
 * 0/2 is weaker than 不转账 at 1/4 (round 54's trial asked), since a rule asked more often would otherwise be named for
 * that alone. Every rule at that share is returned — a tie is said as a tie ("这几条一样需要加强"), never broken out of
 * sight — in the order of `byRule`, which is the order of the bars shown (RuleBars draws byRule as given): a tie is
 * named top to bottom as the bars tagged 需加强 stand (round 55's trial: 不转账、不轻信 was named over bars showing
 * 不轻信 above 不转账). Which of them to practise first is progress.ts weakestOf's (PRACTICE_ORDER), and the link says it
 * by name ("从「不转账」开始"). Empty when nothing was asked or every asked rule was answered fully right. Shares are
 * compared by cross-multiplying, so 1/3 and 2/6 tie exactly.
 */
export function rulesToStrengthen(byRule: readonly RuleScore[]): RuleId[] {
  const weak = byRule.filter((s) => s.asked > 0 && s.correct < s.asked)
  if (weak.length === 0) return []
  const lowest = weak.reduce((low, s) => (s.correct * low.asked < low.correct * s.asked ? s : low))
  return weak.filter((s) => s.correct * lowest.asked === lowest.correct * s.asked).map((s) => s.rule)
}

/** Of rules tied as weakest (rulesToStrengthen), the one to practise first: the first of them in PRACTICE_ORDER. */
export function practiseFirst(tied: readonly RuleId[]): RuleId | null {
  return PRACTICE_ORDER.find((rule) => tied.includes(rule)) ?? tied[0] ?? null
}

/**
 * How the weakest rules are named, the same on the result page and home: "最需要加强：不透露", or for a tie
 * "这几条一样需要加强：不透露、不转账". `names` in rulesToStrengthen's order, the bars'; '' when there is none.
 */
export function strengthenTitle(names: readonly string[]): string {
  if (names.length === 0) return ''
  return names.length === 1 ? `最需要加强：${names[0]}` : `这几条一样需要加强：${names.join('、')}`
}

/**
 * What a scenario link offers to practise, `name` being weakestOf's rule: "练练「不透露」" for one weakest rule; for a
 * tie "从「不转账」开始，练练这几条", so the link never singles out one of rules just said to be equal (round 54's trial:
 * after 0/10 the result said all four were equally weak and home said 先练「不转账」).
 */
export function practiseFirstWords(name: string, tied: boolean): string {
  return tied ? `从「${name}」开始，练练这几条` : `练练「${name}」`
}

/** A bar's colour band: `good` from 80 % right (green), `fair` from 50 % (amber), `weak` below (red). */
export type BarTone = 'good' | 'fair' | 'weak' | 'none'

/** The colour band of one rule's bar, following its score: 1/3 is `weak`, never green. `none` when not asked. */
export function barTone(score: RuleScore): BarTone {
  if (score.asked === 0) return 'none'
  if (score.correct * 5 >= score.asked * 4) return 'good'
  if (score.correct * 2 >= score.asked) return 'fair'
  return 'weak'
}
