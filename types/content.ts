/**
 * Domain types of 反诈守护. The content itself lives in src/data/*.json and is checked once,
 * at the boundary, by src/data/index.ts.
 */
import type { CATEGORY_IDS, RULE_IDS } from '@/data/ids'

export type CategoryId = (typeof CATEGORY_IDS)[number]

export type RuleId = (typeof RULE_IDS)[number]

export type HotlineNumber = '96110' | '110'

/** Where the content comes from; shown in the app as its source. */
export interface ContentSource {
  title: string
  englishTitle: string
  subtitle: string
  issuer: string
}

/** The 96110 banner text of the brochure. */
export interface AntiFraudHotline {
  heading: string
  number: '96110'
  description: string
}

export interface FraudCategory {
  id: CategoryId
  /** The brochure's heading, verbatim, e.g. "“杀猪盘” 诈骗". */
  name: string
  /** 诈骗方式, one string per brochure paragraph. */
  method: string[]
  /** 诈骗案例, every paragraph of the case. */
  case: string[]
  /** 反诈提示, one string per paragraph. */
  tip: string[]
  /** The tip's key sentence: a verbatim substring of the tip, used in share titles. */
  tipKeySentence: string
  /** A call-out the brochure prints beside the category, e.g. 兼职刷单 诈骗高发. */
  highlight?: string[]
}

export interface PreventionRule {
  id: RuleId
  /** e.g. "不轻信" */
  name: string
  /** The brochure's sentence for the rule. */
  text: string
}

/** 断卡行动 */
export interface CardCrackdown {
  title: string
  reminder: string
  statement: string
  penaltiesTitle: string
  penalties: string[]
  liabilityTitle: string
  liability: string
}

/** The notice (通告) of the five authorities. */
export interface AuthoritiesNotice {
  issuers: string[]
  title: string
  preamble: string
  points: string[]
  closing: string
  date: string
}

export interface BrochureContent {
  source: ContentSource
  hotline: AntiFraudHotline
  categories: FraudCategory[]
  rules: PreventionRule[]
  cardCrackdown: CardCrackdown
  notice: AuthoritiesNotice
}

/** A quiz question's category: one of the ten, or a general question about the rules. */
export type QuestionCategory = CategoryId | 'general'

export interface QuizQuestion {
  id: string
  kind: 'single' | 'true-false'
  prompt: string
  /** 2–4 options; a true-false question has exactly ["对", "错"]. */
  options: string[]
  /** Index into options of the correct answer. */
  answer: number
  /** Why, in plain words, pointing at the brochure's tip or rule. */
  explanation: string
  rule: RuleId
  category: QuestionCategory
  /** A legitimate situation where the right answer is not to panic. */
  control?: boolean
}

/** One step of 已被骗怎么办 (the help page), from src/data/help.json. */
export interface HelpStep {
  /** Unique and stable, e.g. "call-110"; the list key. */
  id: string
  /** What to do, in a few words: "立即拨打110报警". */
  title: string
  /** The step in plain words. */
  text: string
  /** Verbatim brochure sentences behind the step, shown in quotation marks; absent for public guidance. */
  quotes?: string[]
  /**
   * Where the step comes from, as shown to the reader: a brochure section ("宣传手册「…」"), or the public police
   * guidance it follows, named with its publisher and date.
   */
  source: string
  /**
   * The web address of each public source named in `source`, for whoever checks or updates the step. Required
   * for a step not from the brochure; never shown as a link (the app is offline and teaches not to tap links).
   */
  sourceUrls?: string[]
}
