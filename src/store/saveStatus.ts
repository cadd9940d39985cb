import { create } from 'zustand'

/**
 * What the person did this session that is not saved on the phone: the storage keys whose last save failed
 * (storage full, a platform error, or a stored value that could not be read, so writing over it was not safe).
 * Never saved itself. PageShell shows a notice on every page while any key is failing, so a person who ticks,
 * turns on 大字模式 or finishes a quiz knows it may be gone after closing; a later save that works clears it.
 */
export const useSaveStatus = create<{
  failingKeys: readonly string[]
  /**
   * Keys whose stored value, found at launch, could not be read as saved progress at all (damaged beyond repair), so
   * the app started fresh. PageShell says so once, until the person taps 知道了.
   */
  unreadableKeys: readonly string[]
}>(() => ({ failingKeys: [], unreadableKeys: [] }))

/** Records whether the latest save under `key` worked (see useSaveStatus). */
export function reportSave(key: string, saved: boolean): void {
  const { failingKeys } = useSaveStatus.getState()
  if (saved === !failingKeys.includes(key)) return
  useSaveStatus.setState({
    failingKeys: saved ? failingKeys.filter((k) => k !== key) : [...failingKeys, key]
  })
}

/** Records that the value stored under `key` could not be read and the app started fresh (see useSaveStatus). */
export function reportUnreadable(key: string): void {
  const { unreadableKeys } = useSaveStatus.getState()
  if (!unreadableKeys.includes(key)) useSaveStatus.setState({ unreadableKeys: [...unreadableKeys, key] })
}

/** The person has read the notice that earlier progress could not be read. */
export function acknowledgeUnreadable(): void {
  useSaveStatus.setState({ unreadableKeys: [] })
}
