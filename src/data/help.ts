/**
 * 已被骗怎么办: the steps of the help page, from src/data/help.json, typed. Checked by ./contentChecks.ts's
 * validateHelpSteps in the tests and before every build, not at each launch.
 * Runs in the mini-program too: plain TypeScript, no Node or Taro APIs.
 */
import helpJson from './help.json'
import { deepFreeze } from './freeze'

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

/** A step is the brochure's when its source names a brochure section. */
export function isFromBrochure(step: Pick<HelpStep, 'source'>): boolean {
  return step.source.startsWith('宣传手册')
}

/** The shipped steps (checked before the build), in the order a person should take them. */
export const helpSteps: HelpStep[] = deepFreeze(helpJson as HelpStep[])
