import type { CategoryId, RuleId } from './content'

/**
 * Where a sentence of 家人守护 comes from. `quote` is the exact words of the source it rests on: for the brochure a
 * verbatim substring of the named part (checked by the unit tests); for public guidance the wording published.
 */
export type FamilySource =
  | { kind: 'category'; category: CategoryId; part: 'method' | 'case' | 'tip'; quote: string }
  | { kind: 'rule'; rule: RuleId; quote: string }
  | { kind: 'hotline'; quote: string }
  | { kind: 'public'; publisher: string; title: string; quote: string }

/** One button of 通话中速查: "对方是不是 <text>？" */
export interface QuickCheckItem {
  id: string
  /** The caller's move in a few words, e.g. "自称公检法". */
  text: string
  /** What the brochure says about it, shown on the hang-up screen. */
  why: string
  source: FamilySource
}

/** One yes/no question of 转账前冷静一下. */
export interface PauseQuestion {
  id: string
  /** e.g. "对方是你只在网上认识的人吗？" */
  question: string
  source: FamilySource
}

/** One rule of the 家庭防骗约定. */
export interface PactRule {
  id: string
  /** e.g. "验证码不告诉任何人". */
  text: string
  source: FamilySource
}
