import { create } from 'zustand'

/**
 * What the person did this session that is not saved on the phone: the storage keys whose last save failed
 * (storage full, a platform error, or a stored value that could not be read, so writing over it was not safe).
 * Never saved itself. PageShell shows a notice on every page while any key is failing, so a person who ticks,
 * turns on 大字模式 or finishes a quiz knows it may be gone after closing; a later save that works clears it.
 */
export const useSaveStatus = create<{ failingKeys: readonly string[] }>(() => ({ failingKeys: [] }))

/** Records whether the latest save under `key` worked (see useSaveStatus). */
export function reportSave(key: string, saved: boolean): void {
  const { failingKeys } = useSaveStatus.getState()
  if (saved === !failingKeys.includes(key)) return
  useSaveStatus.setState({
    failingKeys: saved ? failingKeys.filter((k) => k !== key) : [...failingKeys, key]
  })
}
