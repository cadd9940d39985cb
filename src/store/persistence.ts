import type { PersistStorage, StorageValue } from 'zustand/middleware'
import {
  EMPTY_SAVED_STATE,
  holdsFieldsOfWrongKind,
  isNewerVersion,
  mergeSavedStates,
  parseSavedText,
  SAVED_STATE_VERSION,
  sameSavedState,
  sanitizeSavedState,
  serializeSavedState
} from '@/domain/savedState'
import { readStoredText, writeStoredText } from '@/services/storage'
import type { SavedState } from '#types/saved'

/** Why this session does not write: the stored value could not be read, or a newer release wrote it. */
export type WriteLock = 'unreadable' | 'newer-version' | null

/**
 * zustand's persist storage for the saved state, built so that nothing valid is ever lost:
 * - a read that still fails after retries locks writing for the session (the stored value stays untouched);
 * - data written by a newer release is loaded for reading and never overwritten;
 * - before each write the stored value is read again: when another tab changed it since this tab last read or
 *   wrote, both are merged (mergeSavedStates) and `onMerged` hands the merged state to the store;
 * - serialization and write errors are caught here; the state then lives on in memory, and `onSaved(false)` is
 *   called (also when the stored value cannot be read, and `onSaved(false, true)` when a newer release wrote it, so
 *   nothing is written); `onSaved(true)` after a write that works;
 * - a stored value that cannot be read as progress at all calls `onUnreadable()`, and the app starts fresh;
 * - a read that fails at launch calls `onReadFailed()` at once, so the person hears why their records and settings
 *   are missing before changing anything (a new user's trial: home looked like a new user's, with no word).
 */
export function createSavedStateStorage(
  onMerged: (state: SavedState) => void,
  onSaved: (saved: boolean, byNewerRelease?: boolean) => void = () => undefined,
  onUnreadable: () => void = () => undefined,
  onReadFailed: () => void = () => undefined
) {
  let lock: WriteLock = null
  /** The stored text as this tab last read or wrote it, and its sanitized state (the base of merges). */
  let lastText: string | null = null
  let lastState: SavedState = EMPTY_SAVED_STATE

  /** The state in stored text, or 'newer' (and a lock) when a newer release wrote it. */
  function stateOf(text: string | null): SavedState | 'newer' {
    const stored = text === null ? null : parseSavedText(text)
    if (stored && isNewerVersion(stored)) {
      lock = 'newer-version'
      return 'newer'
    }
    return stored ? sanitizeSavedState(stored.state) : EMPTY_SAVED_STATE
  }

  const storage: PersistStorage<SavedState> = {
    getItem(key) {
      lock = null
      const read = readStoredText(key)
      if (!read.ok) {
        lock = 'unreadable'
        onReadFailed()
        return null
      }
      lastText = read.text
      const stored = read.text === null ? null : parseSavedText(read.text)
      lastState = stored ? sanitizeSavedState(stored.state) : EMPTY_SAVED_STATE
      if (!stored) {
        // Something was stored but nothing of it reads as progress: the app starts fresh, and says so.
        if (read.text !== null && read.text.trim() !== '') onUnreadable()
        return null
      }
      // A record of the right version whose every field is of the wrong kind starts fresh too: say so as well.
      // (An older version's fields are the store's migrate's to read.)
      if (
        stored.version === SAVED_STATE_VERSION &&
        sameSavedState(lastState, EMPTY_SAVED_STATE) &&
        holdsFieldsOfWrongKind(stored.state)
      )
        onUnreadable()
      if (isNewerVersion(stored)) lock = 'newer-version'
      // The raw state goes to the store's migrate/merge, which sanitize it again (the same result).
      return { state: stored.state as SavedState, version: stored.version }
    },

    setItem(key, value: StorageValue<SavedState>) {
      // Either lock means this change is not kept after closing: say so (the page's notice), as for a failed write.
      if (lock) {
        onSaved(false, lock === 'newer-version')
        return
      }
      const ours = value.state
      const current = readStoredText(key)
      // Cannot see what is stored right now: do not write blind over it; try again at the next change.
      if (!current.ok) {
        onSaved(false)
        return
      }
      let next = ours
      if (current.text !== lastText) {
        // Another tab wrote since this one last read or wrote: keep what both did.
        const theirs = stateOf(current.text)
        if (theirs === 'newer') {
          onSaved(false, true)
          return
        }
        next = mergeSavedStates(lastState, ours, theirs)
      }
      const text = serializeSavedState(next)
      if (text === null) {
        onSaved(false)
        return
      }
      if (text !== current.text && !writeStoredText(key, text)) {
        onSaved(false)
        return
      }
      onSaved(true)
      lastText = text
      lastState = next
      if (next !== ours && !sameSavedState(next, ours)) onMerged(next)
    },

    removeItem() {
      // The app never deletes saved progress; clearing goes through a write of the empty state.
    }
  }

  return {
    storage,
    /** Why writes are off this session, or null when they are on. */
    writeLock: (): WriteLock => lock,
    /**
     * Another tab saved: merge what it saved into `ours` (this tab's state) and return the result, or null when
     * nothing changes. The stored value becomes the new base.
     */
    mergeFromOtherTab(key: string, ours: SavedState): SavedState | null {
      if (lock) return null
      const read = readStoredText(key)
      if (!read.ok || read.text === lastText) return null
      const theirs = stateOf(read.text)
      if (theirs === 'newer') return null
      const merged = mergeSavedStates(lastState, ours, theirs)
      lastText = read.text
      lastState = theirs
      return sameSavedState(merged, ours) ? null : merged
    }
  }
}
