/**
 * The 情景演练 scenarios: one per brochure case. Kept apart from ./index.ts so that only the learning pages (a
 * subpackage) carry them, never the main package. Checked by ./scenarioChecks.ts in the tests and before every
 * build, not here: the file cannot change after the build.
 */
import type { Scenario } from '#types/learning'
import scenariosJson from './scenarios.json'
import { deepFreeze } from './freeze'

export const scenarios: readonly Scenario[] = deepFreeze(scenariosJson as unknown as Scenario[])

/** Safe for anything from a link: an unknown id gives undefined. */
export function findScenario(id: unknown): Scenario | undefined {
  return scenarios.find((s) => s.id === id)
}
