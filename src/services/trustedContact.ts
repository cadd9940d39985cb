import Taro from '@tarojs/taro'
import { parseSavedContact, serializeContact, type TrustedContact } from '@/domain/trustedContact'

/**
 * The trusted relative's number under its own storage key, apart from the quiz/progress state: it is never part of
 * anything the app shares, restores or migrates. Storage that throws leaves the app working: a read gives "no
 * contact", a failed write says so to the caller.
 */
export const TRUSTED_CONTACT_KEY = 'fs-trusted-contact'

type Listener = () => void
const listeners = new Set<Listener>()
/** undefined: not read yet. Pages in one mini-program share this module, so every page sees a change at once. */
let current: TrustedContact | null | undefined
/** True while `current` is held in memory only: the phone refused to save it. */
let unsaved = false
/** True when what was stored could not be read as a contact (and was removed) and none has been saved since. */
let damaged = false

/**
 * The saved contact, or null when there is none, or what was saved cannot be read (damaged, or the phone refused the
 * read): that is left as it was, never shown or dialled, and 先问家人 says so (wasTrustedContactDamaged).
 */
export function readTrustedContact(): TrustedContact | null {
  if (current !== undefined) return current
  let raw: unknown = null
  try {
    raw = Taro.getStorageSync(TRUSTED_CONTACT_KEY)
  } catch {
    damaged = true
  }
  current = parseSavedContact(raw)
  if (current === null && storedSomething(raw)) damaged = true
  return current
}

/**
 * True when something is stored under the key. The browser's Taro reads only values it wrote itself and gives '' for
 * anything else there (a cut-off write, plain text), so the browser's own storage is asked too.
 */
function storedSomething(raw: unknown): boolean {
  if (raw !== '' && raw !== null && raw !== undefined) return true
  if (process.env.TARO_ENV !== 'h5') return false
  try {
    return window.localStorage.getItem(TRUSTED_CONTACT_KEY) !== null
  } catch {
    return false
  }
}

/**
 * Saves the contact; false when storage refused. Either way it is the contact from now on in this session (every
 * page's 先打给 offers it), as the quiz's progress is kept when a save fails; the form says it will not outlast the
 * mini-program being closed.
 */
export function saveTrustedContact(contact: TrustedContact): boolean {
  let saved = true
  try {
    Taro.setStorageSync(TRUSTED_CONTACT_KEY, serializeContact(contact))
  } catch {
    saved = false
  }
  current = contact
  unsaved = !saved
  damaged = false
  notify()
  return saved
}

/**
 * True when a number was stored but could not be read back (damaged) and none has been saved since: 先问家人 says so,
 * since every 先打给 button went with it (a new user's trial found it gone without a word).
 */
export function wasTrustedContactDamaged(): boolean {
  return damaged
}

/** True when the contact in use was never written to the phone (saving failed): it goes when the app is closed. */
export function isTrustedContactUnsaved(): boolean {
  return unsaved
}

/** Deletes the contact from this phone. */
export function deleteTrustedContact(): void {
  removeQuietly()
  current = null
  unsaved = false
  notify()
}

/** For useSyncExternalStore: called whenever the contact is saved or deleted. */
export function subscribeTrustedContact(listener: Listener): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Forgets the in-memory copy so the next read goes to storage (tests; a page that knows storage changed). */
export function forgetCachedContact(): void {
  current = undefined
  unsaved = false
  damaged = false
}

function notify(): void {
  listeners.forEach((listener) => listener())
}

function removeQuietly(): void {
  try {
    Taro.removeStorageSync(TRUSTED_CONTACT_KEY)
  } catch {
    // Nothing more to do: it is already ignored.
  }
}
