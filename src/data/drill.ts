/**
 * 帮家人把关 drills. Kept apart from ./index.ts: only the helper page (a subpackage) carries them. Checked by
 * ./drillChecks.ts in the tests and before every build, not here: the file cannot change after the build.
 */
import type { HelperDrill } from '#types/learning'
import drillsJson from './drills.json'
import { deepFreeze } from './freeze'

export const drills: readonly HelperDrill[] = deepFreeze(drillsJson as unknown as HelperDrill[])
