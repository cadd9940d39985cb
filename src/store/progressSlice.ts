import type { StateCreator } from 'zustand'
import type { CategoryId } from '#types/content'

export interface ProgressSlice {
  /** Categories the reader has opened, in brochure order. */
  readCategories: CategoryId[]
  markCategoryRead: (id: CategoryId) => void
}

export const createProgressSlice: StateCreator<ProgressSlice, [], [], ProgressSlice> = (set, get) => ({
  readCategories: [],
  markCategoryRead(id) {
    if (get().readCategories.includes(id)) return
    set((state) => ({ readCategories: [...state.readCategories, id] }))
  }
})
