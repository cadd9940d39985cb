import type { StateCreator } from 'zustand'

export interface SettingsSlice {
  /** 大字模式: body text at least care-mode size and bigger tap targets. */
  largeText: boolean
  setLargeText: (on: boolean) => void
}

export const createSettingsSlice: StateCreator<SettingsSlice, [], [], SettingsSlice> = (set) => ({
  largeText: false,
  setLargeText(on) {
    set({ largeText: on })
  }
})
