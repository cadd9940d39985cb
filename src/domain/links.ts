import { CATEGORY_IDS, type CategoryId } from '../../types/content'

/** Longest id we ever look at; anything longer is not ours (protects against pasted junk in a link). */
const MAX_ID_LENGTH = 64

/**
 * Reads a category id from a link parameter. Links arrive from chats, copied by hand, cut short or
 * double-encoded: anything that is not exactly one of the ten ids gives null, never an exception.
 */
export function parseCategoryId(raw: unknown): CategoryId | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_ID_LENGTH * 3) return null
  const id = safeDecode(raw).trim()
  if (id.length > MAX_ID_LENGTH) return null
  return (CATEGORY_IDS as readonly string[]).includes(id) ? (id as CategoryId) : null
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}
