import { isInvisibleCode } from './textFold'

/**
 * The trusted relative as saved on this phone. This module is read by the call buttons of the main package, so it
 * stays small: the saved number is checked here by its canonical shape only; the full, friendly check of what a
 * person types lives in phoneNumber.ts (loaded by the form's subpackage).
 */

/** A number that passed validation. */
export interface PhoneNumber {
  kind: 'mobile' | 'landline'
  /** What the dialer gets: digits only, no country code, no extension, e.g. "13800138000" or "03512345678". */
  dial: string
  /** Extension digits to ask for once connected (landlines only), e.g. "123". */
  extension?: string
  /** How it is shown, e.g. "138 0013 8000" or "0351-2345678 转 123". */
  display: string
}

/** Longest 称呼 or 名字 kept, in characters as a person sees them (phoneNumber's nameCharacters): "外孙女", "小明". */
export const MAX_NAME_CHARS = 8

/**
 * The most UTF-16 units a saved 称呼 or 名字 may take: MAX_NAME_CHARS characters of up to 16 units each (an emoji
 * sequence such as a couple with skin tones is one character of 15). Counting characters needs the grapheme breaker,
 * which only the form's subpackage carries; reading back only needs a bound.
 */
const SAVED_NAME_MAX_UNITS = MAX_NAME_CHARS * 16

/** The one relative a person chose to call first. Lives only in this phone's storage. */
export interface TrustedContact {
  /** 称呼, e.g. "儿子". May be empty. */
  relation: string
  /** 名字, e.g. "小明". May be empty. */
  name: string
  number: PhoneNumber
}

/** The saved form, version 1: the canonical digits, checked again every time they are read. */
interface SavedContact {
  v: 1
  relation: string
  name: string
  dial: string
  ext?: string
}

const MOBILE = /^1[3-9]\d{9}$/
/** Area code (010, 02x, or 0 + 3 digits from 3-9), then 7 or 8 digits that never start with 0 or 1. */
const LANDLINE = /^(0(?:10|2\d)|0[3-9]\d\d)([2-9]\d{6,7})$/

/**
 * A number from its canonical digits (no spaces, no country code), or null when they are not a Chinese mobile or
 * landline. An extension is 1–6 digits and only for a landline.
 */
export function phoneFromDigits(dial: string, extension?: string): PhoneNumber | null {
  if (MOBILE.test(dial) && extension === undefined) {
    return { kind: 'mobile', dial, display: `${dial.slice(0, 3)} ${dial.slice(3, 7)} ${dial.slice(7)}` }
  }
  const landline = LANDLINE.exec(dial)
  if (!landline || (extension !== undefined && !/^\d{1,6}$/.test(extension))) return null
  const display = `${landline[1]}-${landline[2]}${extension ? ` 转 ${extension}` : ''}`
  return { kind: 'landline', dial, ...(extension ? { extension } : {}), display }
}

/**
 * A 称呼 or 名字 as read back from storage, or null when it is not one the form saves (phoneNumber's cleanName): a
 * digit, a control character, a space at either end or two together, or longer than SAVED_NAME_MAX_UNITS. Characters
 * that show nothing are dropped, not refused (versions before round 58 saved them as typed), but for a joiner, which
 * holds an emoji family together.
 */
function savedName(raw: string): string | null {
  const name = Array.from(raw)
    .filter((c) => c === '\u200d' || !isInvisibleCode(c.charCodeAt(0)))
    .join('')
  // eslint-disable-next-line no-control-regex
  const wrong = /[\u0000-\u001F\u007F\d０-９]|^\s|\s$|\s\s/.test(name) || name.length > SAVED_NAME_MAX_UNITS
  return wrong ? null : name
}

/** How the contact is named on a call button: "儿子 小明", or "家人" when neither was given. */
export function contactTitle(contact: TrustedContact): string {
  return [contact.relation, contact.name].filter(Boolean).join(' ') || '家人'
}

/** The string kept in storage. */
export function serializeContact(contact: TrustedContact): string {
  const { dial, extension } = contact.number
  const saved: SavedContact = { v: 1, relation: contact.relation, name: contact.name, dial }
  if (extension) saved.ext = extension
  return JSON.stringify(saved)
}

/**
 * Reads what storage returned. Anything damaged or foreign — not JSON, another version, a field of the wrong
 * type, a name that needed cleaning, digits that are not a Chinese number — gives null: never shown, never dialled.
 * Only invisible characters in a name are dropped, not refused: versions before round 58 saved them as typed.
 */
export function parseSavedContact(raw: unknown): TrustedContact | null {
  if (typeof raw !== 'string' || raw === '') return null
  let saved: Partial<SavedContact> | null
  try {
    saved = JSON.parse(raw)
  } catch {
    return null
  }
  if (typeof saved !== 'object' || saved === null || saved.v !== 1) return null
  const { relation, name, dial, ext } = saved
  if (typeof relation !== 'string' || typeof name !== 'string' || typeof dial !== 'string') return null
  if (ext !== undefined && typeof ext !== 'string') return null
  const kept = { relation: savedName(relation), name: savedName(name) }
  if (kept.relation === null || kept.name === null) return null
  const number = phoneFromDigits(dial, ext)
  return number ? { relation: kept.relation, name: kept.name, number } : null
}
