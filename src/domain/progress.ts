/**
 * The learning picture of the home panel: one per-rule tally over the last quiz, every scenario played and every
 * helper drill answered, and the rule to practise next. Small and pure: the home page (main package) uses it
 * without any of the content it summarises.
 */
import { RULE_IDS } from '@/data/ids'
import type { RuleId } from '#types/content'
import type { DrillRecord, ScenarioRecords } from '#types/learning'
import type { RuleScore } from '#types/quiz'
import { practiseFirst, rulesToStrengthen } from './grades'

/** Sums per-rule tallies: the quiz's byRule, each scenario's [correct, asked] pairs, each drill's answer. */
export function combinedRuleScores(
  quiz: readonly RuleScore[] | undefined,
  scenarios: ScenarioRecords,
  drills: DrillRecord
): RuleScore[] {
  const sums = new Map<RuleId, [number, number]>(RULE_IDS.map((r) => [r, [0, 0]]))
  const add = (rule: RuleId, correct: number, asked: number) => {
    const t = sums.get(rule)
    if (t) sums.set(rule, [t[0] + correct, t[1] + asked])
  }
  quiz?.forEach((s) => add(s.rule, s.correct, s.asked))
  Object.values(scenarios).forEach((record) =>
    record?.tally.forEach(([correct, asked], i) => add(RULE_IDS[i], correct, asked))
  )
  Object.values(drills).forEach((d) => add(d.rule, d.right ? 1 : 0, 1))
  return RULE_IDS.map((rule) => {
    const [correct, asked] = sums.get(rule) ?? [0, 0]
    return { rule, correct, asked, ratio: asked > 0 ? correct / asked : 0 }
  })
}

/**
 * The rule to practise first: of grades.ts rulesToStrengthen (the lowest share right), the first in PRACTICE_ORDER
 * (grades.ts practiseFirst); null when there is none.
 */
export function weakestOf(byRule: readonly RuleScore[]): RuleId | null {
  return practiseFirst(rulesToStrengthen(byRule))
}
