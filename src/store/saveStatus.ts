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
   * Failing keys whose stored value a newer release wrote: this one never writes over it, so the notice says why and
   * what to do (open the app anew to get the newer release).
   */
  newerReleaseKeys: readonly string[]
  /**
   * Keys whose stored value, found at launch, could not be read as saved progress at all (damaged beyond repair), so
   * the app started fresh. PageShell says so once, until the person taps 知道了.
   */
  unreadableKeys: readonly string[]
  /**
   * Keys whose stored value could not be read at launch (the phone refused): it is still there, untouched, and this
   * session does not write over it. PageShell says so from the first screen.
   */
  readFailedKeys: readonly string[]
  /**
   * The save problem whose notice the person closed with 知道了 this session: it stays closed while that problem lasts,
   * and a different one is said again.
   */
  dismissedProblem: SaveProblem | null
}>(() => ({
  failingKeys: [],
  newerReleaseKeys: [],
  unreadableKeys: [],
  readFailedKeys: [],
  dismissedProblem: null
}))

/**
 * Why this session's changes are not kept: `read-failed`, the phone refused to read what was saved (so nothing is
 * written over it); `newer-release`, a newer release saved it; `failed`, the phone refused to save.
 */
export type SaveProblem = 'read-failed' | 'newer-release' | 'failed'

/** The save problem of this session, if any (see SaveProblem); a refused read comes first. */
export function saveProblemOf(state: {
  readFailedKeys: readonly string[]
  failingKeys: readonly string[]
  newerReleaseKeys: readonly string[]
}): SaveProblem | null {
  if (state.readFailedKeys.length > 0) return 'read-failed'
  if (state.failingKeys.length === 0) return null
  return state.newerReleaseKeys.length > 0 ? 'newer-release' : 'failed'
}

/** The person closed the notice of `problem` (see dismissedProblem). */
export function dismissSaveProblem(problem: SaveProblem): void {
  useSaveStatus.setState({ dismissedProblem: problem })
}

/**
 * Records whether the latest save under `key` worked, and when it did not, whether that is because a newer release
 * wrote the stored value (see useSaveStatus).
 */
export function reportSave(key: string, saved: boolean, byNewerRelease = false): void {
  const { failingKeys, newerReleaseKeys } = useSaveStatus.getState()
  const newer = !saved && byNewerRelease
  if (saved === !failingKeys.includes(key) && newer === newerReleaseKeys.includes(key)) return
  const without = (keys: readonly string[]) => keys.filter((k) => k !== key)
  useSaveStatus.setState({
    failingKeys: saved ? without(failingKeys) : [...without(failingKeys), key],
    newerReleaseKeys: newer ? [...without(newerReleaseKeys), key] : without(newerReleaseKeys)
  })
}

/** Records that the value stored under `key` could not be read and the app started fresh (see useSaveStatus). */
export function reportUnreadable(key: string): void {
  const { unreadableKeys } = useSaveStatus.getState()
  if (!unreadableKeys.includes(key)) useSaveStatus.setState({ unreadableKeys: [...unreadableKeys, key] })
}

/** Records that the phone refused to read the value stored under `key` at launch (see useSaveStatus). */
export function reportReadFailed(key: string): void {
  const { readFailedKeys } = useSaveStatus.getState()
  if (!readFailedKeys.includes(key)) useSaveStatus.setState({ readFailedKeys: [...readFailedKeys, key] })
}

/** The person has read the notice that earlier progress could not be read. */
export function acknowledgeUnreadable(): void {
  useSaveStatus.setState({ unreadableKeys: [] })
}
