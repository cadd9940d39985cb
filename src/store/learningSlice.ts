import type { StateCreator } from 'zustand'
import { recordReviews } from '@/domain/review'
import type { CategoryId, RuleId } from '../../types/content'
import type { DrillRecord, ReviewSchedule, ScenarioRecord, ScenarioRecords } from '../../types/learning'
import type { AppState } from './index'

/** One answer for the review schedule: a quiz question or scenario point id, right or wrong. */
export interface ReviewAnswer {
  id: string
  right: boolean
}

/**
 * What the learning features remember: the latest play of each scenario, the latest answer of each helper drill
 * and the spaced-review schedule. Only what the person did; the content stays in src/data.
 */
export interface LearningSlice {
  reviewSchedule: ReviewSchedule
  scenarioRecords: ScenarioRecords
  drillRecord: DrillRecord
  /** Remembers a finished scenario; its choices go into the review (risky ones in, safe ones on when due). */
  recordScenario: (id: CategoryId, record: ScenarioRecord, answers: ReviewAnswer[]) => void
  recordDrill: (id: string, rule: RuleId, right: boolean) => void
}

export const createLearningSlice: StateCreator<AppState, [], [], LearningSlice> = (set) => ({
  reviewSchedule: {},
  scenarioRecords: {},
  drillRecord: {},
  recordScenario(id, record, answers) {
    set((state) => ({
      scenarioRecords: { ...state.scenarioRecords, [id]: record },
      reviewSchedule: recordReviews(state.reviewSchedule, answers, record.at)
    }))
  },
  recordDrill(id, rule, right) {
    set((state) => {
      const drillRecord: DrillRecord = { ...state.drillRecord }
      Object.defineProperty(drillRecord, id, {
        value: { rule, right },
        enumerable: true,
        writable: true,
        configurable: true
      })
      return { drillRecord }
    })
  }
})
