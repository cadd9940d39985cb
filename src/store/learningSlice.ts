import type { StateCreator } from 'zustand'
import type { SavedState } from '#types/saved'

/**
 * What the learning features remember: the latest play of each scenario, the latest answer of each helper drill
 * and the spaced-review schedule. Only what the person did; the content stays in src/data. Their actions live in
 * ./learningActions, used by the scenario and helper pages only, so the main package does not carry them.
 */
export interface LearningSlice {
  reviewSchedule: SavedState['reviewSchedule']
  scenarioRecords: SavedState['scenarioRecords']
  drillRecord: SavedState['drillRecord']
}

export const createLearningSlice: StateCreator<LearningSlice, [], [], LearningSlice> = () => ({
  reviewSchedule: {},
  scenarioRecords: {},
  drillRecord: {}
})
