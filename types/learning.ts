/**
 * Types of the learning features: 情景演练 (scenarios played through), 帮家人把关 (helper drills) and
 * 隔几天再练 (spaced review). The content lives in src/data/scenarios.json and src/data/drills.json and is
 * checked once by their loaders; the progress is plain JSON in the saved state.
 */
import type { CategoryId, RuleId } from './content'

/** Who speaks a line of a scenario. */
export type Speaker = 'scammer' | 'narrator'

/**
 * One line of a scenario. `fromCase: true` lines are verbatim parts of the brochure's 诈骗案例 (the loader checks
 * they are exact substrings); every other line is shown labelled 「根据手册案例改编」.
 */
export interface ScenarioLine {
  speaker: Speaker
  text: string
  fromCase: boolean
}

/** What the person may do at a choice point. A safe choice ends the story well; a risky one goes on. */
export interface ScenarioChoice {
  label: string
  safe: boolean
  /** Risky choices only: the next choice point's id, or "outcome" for the case's real outcome. */
  next?: string
}

/** A moment of the story where the person decides. */
export interface ChoicePoint {
  /** Unique within its scenario, e.g. "p1". */
  id: string
  /** What happens before the decision, in order. */
  lines: ScenarioLine[]
  /** e.g. "你会怎么做？" */
  question: string
  /** The red flag at this point: named as caught after a safe choice, as missed after a risky one. */
  redFlag: string
  /** The prevention rule the safe choice follows. */
  rule: RuleId
  /** Where the red flag comes from: 「<category name>」诈骗方式/诈骗案例/反诈提示, or 如何防范·<rule name>. */
  source: string
  /** 2–3 choices: at least one safe and one risky. */
  choices: ScenarioChoice[]
}

/** One brochure case retold as a conversation. Its id is its category's id: one scenario per case. */
export interface Scenario {
  id: CategoryId
  /** A short title for the list, e.g. "网上认识的“对象”带你赚钱". */
  title: string
  /** Id of the first choice point. */
  start: string
  /** 3–5 choice points; risky choices lead forward only (no cycles). */
  points: ChoicePoint[]
  /** The case's real outcome, each part an exact substring of the brochure case: the loss, what was realised. */
  outcome: string[]
}

/** Where a played scenario ended. */
export type ScenarioEnding = 'safe' | 'outcome'

/** A choice made at a point; `safe` is recomputed from the content, never trusted from storage. */
export interface ScenarioStep {
  pointId: string
  choice: number
}

/** The latest play of one scenario, as remembered: per-rule tallies like a quiz result. */
export interface ScenarioRecord {
  /** ms since epoch */
  at: number
  ending: ScenarioEnding
  /** Per rule: [correct, asked], in RULE_IDS order. */
  tally: [number, number][]
}

/** 帮家人把关: a relative got a message or call; the person picks the advice to give. */
export interface HelperDrill {
  id: string
  category: CategoryId
  rule: RuleId
  /** 'sms' 短信, 'call' 电话, 'chat' 微信/QQ消息 */
  channel: 'sms' | 'call' | 'chat'
  /** Who got it, e.g. "妈妈". A family role, never a person's name. */
  relative: string
  /** What the relative received, in plain words. */
  message: string
  /** 2–4 pieces of advice. */
  options: string[]
  /** Index of the right advice. */
  answer: number
  /** The red flag the right advice answers. */
  redFlag: string
  /** Why, ending with its brochure source in brackets like the quiz: （出自「…」反诈提示）. */
  explanation: string
}

/** One thing to review: due time and Leitner box. */
export interface ReviewCard {
  /** 0–3: the next interval is REVIEW_INTERVAL_DAYS[box]. */
  box: number
  /** ms since epoch: due from then on. */
  due: number
}

/** The spaced-review schedule: review item id (a quiz question id or a scenario point id) → card. */
export type ReviewSchedule = Record<string, ReviewCard>

/** Latest answer of one helper drill, with its rule so the home page can count it without the drills. */
export interface DrillAnswer {
  rule: RuleId
  right: boolean
}

/** Latest answer of each helper drill: drill id → answer. */
export type DrillRecord = Record<string, DrillAnswer>

/** The latest play of each scenario, by scenario (= category) id. */
export type ScenarioRecords = Partial<Record<CategoryId, ScenarioRecord>>
