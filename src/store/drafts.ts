import { create } from 'zustand'
import type { ScenarioStep } from '#types/learning'

/** 风险自测 as the person left it: the text, the ticked situations' ids, and whether 检查 was tapped. */
export interface CheckDraft {
  text: string
  ticked: string[]
  checked: boolean
}

/** A 情景演练 as the person left it: the choices made, and whether its finished run was recorded. */
export interface ScenarioDraft {
  choices: ScenarioStep[]
  recorded: boolean
}

export const EMPTY_CHECK: CheckDraft = { text: '', ticked: [], checked: false }
export const EMPTY_SCENARIO: ScenarioDraft = { choices: [], recorded: false }

/**
 * What a person was doing on a page, kept while the app runs, in memory only: never saved, never sent, gone when the
 * app is closed or the browser tab reloads. Back and Forward unmount a page, and coming back should find it as it was
 * (round 42's new-user trial: 风险自测's text and result, and a 情景演练 half played, were gone after Back then
 * Forward). `scenarios` is keyed by scenario id.
 */
export const useDrafts = create<{ check: CheckDraft; scenarios: Readonly<Record<string, ScenarioDraft>> }>(
  () => ({ check: EMPTY_CHECK, scenarios: {} })
)

/** Changes 风险自测's draft: the fields given replace those kept. */
export function updateCheckDraft(change: Partial<CheckDraft>): void {
  useDrafts.setState((s) => ({ check: { ...s.check, ...change } }))
}

/** Changes the draft of the 情景演练 `id`: the fields given replace those kept. */
export function updateScenarioDraft(id: string, change: Partial<ScenarioDraft>): void {
  useDrafts.setState((s) => ({
    scenarios: { ...s.scenarios, [id]: { ...(s.scenarios[id] ?? EMPTY_SCENARIO), ...change } }
  }))
}
