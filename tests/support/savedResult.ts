import type { RuleId } from '#types/content'
import type { RuleScore } from '#types/quiz'
import type { SavedResult } from '#types/saved'
import { RULE_IDS } from '@/data/ids'

/** One rule's tally, as the quiz scores it: ratio is correct / asked, 0 when nothing was asked. */
export function ruleScore(rule: RuleId, correct: number, asked: number): RuleScore {
  return { rule, correct, asked, ratio: asked > 0 ? correct / asked : 0 }
}

/**
 * A finished standard test as the store saves it, for the tests that start from "after a quiz": 5 of 10 right,
 * one of two right for every rule, 不转账 to study next, nothing missed, unless `overrides` says otherwise.
 */
export function savedResult(overrides: Partial<SavedResult> = {}): SavedResult {
  return {
    at: 1,
    mode: 'standard',
    score: 50,
    correct: 5,
    total: 10,
    byRule: RULE_IDS.map((rule) => ruleScore(rule, 1, 2)),
    weakestRule: 'no-transfer',
    grade: { id: 'learner', title: '还需加油', advice: '' },
    missed: [],
    weakestCategories: [],
    ...overrides
  }
}
