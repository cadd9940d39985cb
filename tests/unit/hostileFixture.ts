import type { SavedState } from '#types/saved'
import fixture from '../fixtures/hostile-inputs.json'

interface Expansion {
  repeat: string
  times: number
}

/** One damaged saved state of tests/fixtures/hostile-inputs.json, with its placeholders expanded. */
export interface DamagedState {
  label: string
  raw: string
  untouched: boolean
  survives: {
    readCategories?: string[]
    bestScore?: number | null
    resultScores?: number[]
    wrongBookIds?: string[]
    largeText?: boolean
    activeRoundAnswers?: number
  }
}

/** Replaces each placeholder by its repeated text (the fixture keeps 2 MB values out of git). */
export function expand(text: string, expansions?: Record<string, Expansion>): string {
  if (!expansions) return text
  return Object.entries(expansions).reduce(
    (out, [token, e]) => out.split(token).join(e.repeat.repeat(e.times)),
    text
  )
}

export const damagedStates: DamagedState[] = fixture.savedStates.map((s) => {
  const entry = s as typeof s & { expand?: Record<string, Expansion>; untouched?: boolean }
  return {
    label: s.label,
    raw: expand(s.raw, entry.expand),
    untouched: entry.untouched === true,
    survives: s.survives
  }
})

export const STORAGE_KEY = fixture.storageKey

/** Checks that `state` still holds what the fixture says must survive (lists of ids: at least those). */
export function expectSurvives(state: SavedState, survives: DamagedState['survives']): void {
  if (survives.readCategories)
    expect(state.readCategories).toEqual(expect.arrayContaining(survives.readCategories))
  if (survives.bestScore !== undefined) expect(state.bestScore).toBe(survives.bestScore)
  if (survives.resultScores) expect(state.results.map((r) => r.score)).toEqual(survives.resultScores)
  if (survives.wrongBookIds)
    expect(Object.keys(state.wrongBook)).toEqual(expect.arrayContaining(survives.wrongBookIds))
  if (survives.largeText !== undefined) expect(state.largeText).toBe(survives.largeText)
  if (survives.activeRoundAnswers !== undefined) {
    expect(state.activeRound?.answers).toHaveLength(survives.activeRoundAnswers)
  }
}
