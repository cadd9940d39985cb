import type { StoreApi } from 'zustand'
import { recordReviews } from '@/domain/review'
import type { CategoryId, RuleId } from '#types/content'
import type { DrillRecord, ScenarioRecord } from '#types/learning'
import type { AppState } from './index'

/** One answer for the review schedule: a quiz question or scenario point id, right or wrong. */
export interface ReviewAnswer {
  id: string
  right: boolean
}

/**
 * The learning features' actions on the app store, outside it (like ./quizActions) so that only the scenario and
 * helper pages, in their subpackages, load them.
 */
export function createLearningActions(store: StoreApi<AppState>) {
  const { setState: set } = store
  return {
    /** Remembers a finished scenario; its choices go into the review (risky ones in, safe ones on when due). */
    recordScenario(id: CategoryId, record: ScenarioRecord, answers: ReviewAnswer[]): void {
      set((state) => ({
        scenarioRecords: { ...state.scenarioRecords, [id]: record },
        reviewSchedule: recordReviews(state.reviewSchedule, answers, record.at)
      }))
    },

    /** Remembers the latest answer to a helper drill, with its rule for the home panel's per-rule picture. */
    recordDrill(id: string, rule: RuleId, right: boolean): void {
      set((state) => {
        const drillRecord: DrillRecord = { ...state.drillRecord }
        // Own property even for an id like "__proto__".
        Object.defineProperty(drillRecord, id, {
          value: { rule, right },
          enumerable: true,
          writable: true,
          configurable: true
        })
        return { drillRecord }
      })
    }
  }
}
