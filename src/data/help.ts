/**
 * 已被骗怎么办: the steps of the help page, from src/data/help.json, typed. Checked by ./contentChecks.ts's
 * validateHelpSteps in the tests and before every build, not at each launch.
 * Runs in the mini-program too: plain TypeScript, no Node or Taro APIs.
 */
import type { HelpStep } from '#types/content'
import helpJson from './help.json'
import { deepFreeze } from './freeze'

/** A step is the brochure's when its source names a brochure section. */
export function isFromBrochure(step: Pick<HelpStep, 'source'>): boolean {
  return step.source.startsWith('宣传手册')
}

/** The shipped steps (checked before the build), in the order a person should take them. */
export const helpSteps: HelpStep[] = deepFreeze(helpJson as HelpStep[])
