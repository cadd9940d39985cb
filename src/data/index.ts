/**
 * The one loader of the app's content: the brochure, typed. The JSON is checked by ./contentChecks.ts in the
 * tests and before every build, not here at each launch: content cannot change after the build. Runs in the
 * mini-program too: plain TypeScript, no Node or Taro APIs.
 *
 * The quiz bank is loaded by ./quiz.ts instead, so that the pages that only show the brochure (home, category,
 * prevention, in the mini-program's main package) do not carry the 46 KB bank: only the quiz and search pages
 * import it, from their subpackages.
 */
import { CATEGORY_IDS, RULE_IDS } from '@/data/ids'
import type { BrochureContent, CategoryId, FraudCategory, PreventionRule, RuleId } from '#types/content'
import brochureJson from './brochure.json'
import { deepFreeze } from './freeze'

// Callers import the freezer from the loader; the error type comes from ./validation, which the main package
// does not carry.
export { deepFreeze }

/** brochure.json, frozen so no page can change the verbatim text by accident. */
export const brochure: BrochureContent = deepFreeze(brochureJson as unknown as BrochureContent)
export const categories: FraudCategory[] = brochure.categories
export const rules: PreventionRule[] = brochure.rules

export function isCategoryId(x: unknown): x is CategoryId {
  return typeof x === 'string' && (CATEGORY_IDS as readonly string[]).includes(x)
}

function isRuleId(x: unknown): x is RuleId {
  return typeof x === 'string' && (RULE_IDS as readonly string[]).includes(x)
}

/** Safe for anything from a share link or deep link: unknown ids, '__proto__' and the like give undefined. */
export function findCategory(id: string): FraudCategory | undefined {
  return isCategoryId(id) ? categories.find((c) => c.id === id) : undefined
}

export function findRule(id: string): PreventionRule | undefined {
  return isRuleId(id) ? rules.find((r) => r.id === id) : undefined
}

/** Position in brochure order, or -1 for an unknown id. */
export function categoryIndex(id: string): number {
  return isCategoryId(id) ? CATEGORY_IDS.indexOf(id) : -1
}
