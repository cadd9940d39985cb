/**
 * Types of 风险自测: a person pastes a message or ticks what happened, and a pure matcher looks for the
 * red flags the brochure describes. The flags live in src/data/red-flags.json, checked by
 * src/domain/redFlagsData.ts.
 */
import type { CategoryId, RuleId } from './content'

export type FlagSeverity = 'high' | 'medium'

export interface RedFlag {
  id: string
  /** Plain words shown to the person, e.g. "要求转账到“安全账户”". */
  label: string
  /**
   * RegExp sources, matched case-insensitively against the normalized text. Bounded repeats only
   * ({0,n}, n ≤ 40), no lookbehind or named groups: the validator rejects anything that could backtrack
   * catastrophically or fail to compile on older mini-program engines.
   */
  patterns: string[]
  /** The brochure category the flag points to; null for signals common to many (e.g. 验证码). */
  category: CategoryId | null
  /** The 如何防范 rule the flag breaks. */
  rule: RuleId
  severity: FlagSeverity
  /** Where in the brochure it comes from, e.g. "冒充公检法及政府机关诈骗·反诈提示". */
  source: string
}

/** One tick box: "what happened to you". Ticking it counts as a hit of its flag. */
export interface Situation {
  id: string
  label: string
  flagId: string
}

export interface RedFlagData {
  flags: RedFlag[]
  situations: Situation[]
}

/** Never "safe": the matcher can only say it found nothing it knows. */
export type CheckVerdict = 'high-risk' | 'suspicious' | 'none-found'

export interface FlagHit {
  flag: RedFlag
  /** Exact substrings of the input that matched; empty when the hit comes only from a tick box. */
  quotes: string[]
}

export interface CheckResult {
  verdict: CheckVerdict
  /** Ordered: high severity first, then by where they appear in the text. */
  hits: FlagHit[]
  /** Best matching categories, best first. */
  categories: CategoryId[]
  /** Rules broken by the hits, in brochure order. */
  rules: RuleId[]
}

export interface CheckInput {
  text: string
  /** Ids of ticked situations. */
  situations: string[]
}

/** A labelled message of tests/fixtures/check-messages.json. */
export interface LabelledMessage {
  id: string
  text: string
  situations?: string[]
  scam: boolean
  category?: CategoryId
}

export interface FixtureRates {
  /** Share of scams with a verdict other than none-found. */
  scamRecall: number
  /** Share of ordinary messages with a verdict other than none-found. */
  ordinaryFlagRate: number
  scams: number
  ordinary: number
}
