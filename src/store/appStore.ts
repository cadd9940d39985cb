import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { migrateSavedState, SAVED_STATE_VERSION, sanitizeSavedState } from '@/domain/savedState'
import { onStoredTextChange } from '@/services/storage'
import type { SavedState } from '#types/saved'
import { createSavedStateStorage } from './persistence'
import { reportReadFailed, reportSave, reportUnreadable } from './saveStatus'
import { createLearningSlice, type LearningSlice } from './learningSlice'
import { createProgressSlice, type ProgressSlice } from './progressSlice'
import { createQuizSlice, type QuizSlice } from './quizSlice'
import { createSettingsSlice, type SettingsSlice } from './settingsSlice'

/**
 * The whole store. Each slice is a `StateCreator<Slice, [], [], Slice>` (zustand's slices pattern) that sees and
 * sets only its own fields, so the slices never import this file and none can write another's state.
 */
export type AppState = QuizSlice & ProgressSlice & SettingsSlice & LearningSlice

export const STORAGE_KEY = 'fraud-shield'

/** Only what a person did is persisted; content always comes from src/data. */
function savedPart(state: AppState): SavedState {
  const { activeRound, results, bestScore, wrongBook, readCategories, largeText } = state
  const { reviewSchedule, scenarioRecords, drillRecord } = state
  return {
    activeRound,
    results,
    bestScore,
    wrongBook,
    readCategories,
    largeText,
    reviewSchedule,
    scenarioRecords,
    drillRecord
  }
}

/**
 * Builds the app store on the saved progress under STORAGE_KEY: loads it (repairing damaged data), saves every
 * change and takes in what another browser tab saves. The app makes one (./index); tests make more (an app
 * restart, a second tab) on the same storage, without reloading modules.
 */
export function createAppStore() {
  /** Merges of another tab's saved progress go back into this store (see ./persistence). */
  const persistence = createSavedStateStorage(
    (merged) => useStore.setState(merged),
    (saved, byNewerRelease) => reportSave(STORAGE_KEY, saved, byNewerRelease),
    () => reportUnreadable(STORAGE_KEY),
    () => reportReadFailed(STORAGE_KEY)
  )

  const useStore = create<AppState>()(
    persist(
      (...a) => ({
        ...createQuizSlice(...a),
        ...createProgressSlice(...a),
        ...createSettingsSlice(...a),
        ...createLearningSlice(...a)
      }),
      {
        name: STORAGE_KEY,
        version: SAVED_STATE_VERSION,
        storage: persistence.storage,
        partialize: savedPart,
        migrate: (persisted, version) => migrateSavedState(persisted, version),
        // Same-version data can still be damaged: check its shape on every load. The store is loaded without the
        // question bank (home and category use it too, and the bank stays out of the main package), so removed
        // questions are pruned later, by reconcileWithBank, when a quiz page opens (hooks/useQuizStore).
        merge: (persisted, current) => ({ ...current, ...sanitizeSavedState(persisted) })
      }
    )
  )

  // Another browser tab finished a round or changed a setting: take its progress in, keeping this tab's own.
  onStoredTextChange(STORAGE_KEY, () => {
    const merged = persistence.mergeFromOtherTab(STORAGE_KEY, savedPart(useStore.getState()))
    if (merged) useStore.setState(merged)
  })

  return {
    useAppStore: useStore,
    /** Why saving is off for this session ('unreadable' storage or a 'newer-version' save), or null. */
    savedStateWriteLock: persistence.writeLock
  }
}
