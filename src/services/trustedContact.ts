import { parseSavedContact, serializeContact, type TrustedContact } from '@/domain/trustedContact'
import { readStoredText, removeStoredText, writeStoredText } from './storage'

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
/** True when what was stored could not be read as a contact (left as it was) and none has been saved since. */
let damaged = false
/** True when the phone refused the last read (retried as the saved progress is): the next read tries again. */
let unreadable = false

/**
 * The saved contact, or null when there is none, what was saved is damaged, or the phone refused the read. A damaged
 * value is left as it was, never shown or dialled, and 先问家人 says so (trustedContactProblem); a refused read is
 * not remembered, so the next read (the next page, the next render) tries again (the mini-program probe: one failed
 * read hid the number for the whole session and asked the person to type it again).
 */
export function readTrustedContact(): TrustedContact | null {
  if (current !== undefined) return current
  const read = readStoredText(TRUSTED_CONTACT_KEY)
  unreadable = !read.ok
  if (!read.ok) return null
  current = parseSavedContact(read.text)
  damaged = current === null && read.text !== null
  return current
}

/**
 * Saves the contact; false when storage refused. Either way it is the contact from now on in this session (every
 * page's 先打给 offers it), as the quiz's progress is kept when a save fails; the form says it will not outlast the
 * mini-program being closed.
 */
export function saveTrustedContact(contact: TrustedContact): boolean {
  const saved = writeStoredText(TRUSTED_CONTACT_KEY, serializeContact(contact))
  current = contact
  unsaved = !saved
  damaged = false
  unreadable = false
  notify()
  return saved
}

/**
 * Why no number is offered although one may be stored: 'damaged' (stored but not a contact, and none saved since) or
 * 'unreadable' (the phone refused the read just now; nothing is lost). 先问家人 says which, since every 先打给 button
 * went with it (a new user's trial found it gone without a word).
 */
export function trustedContactProblem(): 'damaged' | 'unreadable' | null {
  return unreadable ? 'unreadable' : damaged ? 'damaged' : null
}

/** True when the contact in use was never written to the phone (saving failed): it goes when the app is closed. */
export function isTrustedContactUnsaved(): boolean {
  return unsaved
}

/**
 * Deletes the contact from this phone; false when storage refused, so the number may come back when the mini-program
 * is opened again (the page says so). Either way it is not offered or dialled again in this session.
 */
export function deleteTrustedContact(): boolean {
  const removed = removeStoredText(TRUSTED_CONTACT_KEY)
  current = null
  unsaved = false
  damaged = false
  unreadable = false
  notify()
  return removed
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
  unreadable = false
}

function notify(): void {
  listeners.forEach((listener) => listener())
}
