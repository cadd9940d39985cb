import { checkPhoneNumber, type PhoneNumber } from './phoneNumber'

/** Longest 称呼 or 名字 kept, in characters: enough for "外孙女" or "小明". */
export const MAX_NAME_CHARS = 8

/** The one relative a person chose to call first. Lives only in this phone's storage. */
export interface TrustedContact {
  /** 称呼, e.g. "儿子". May be empty when a name is given. */
  relation: string
  /** 名字, e.g. "小明". May be empty. */
  name: string
  number: PhoneNumber
}

/** The saved form: version 1. Only the typed number is kept; it is checked again every time it is read. */
interface SavedContact {
  v: 1
  relation: string
  name: string
  number: string
}

export type ContactCheck =
  | { ok: true; contact: TrustedContact }
  | { ok: false; field: 'number' | 'name'; message: string }

/** 称呼 and 名字 without control characters, digits (a number belongs in its own field) or surrounding spaces. */
export function cleanName(raw: unknown): string {
  if (typeof raw !== 'string') return ''
  return Array.from(raw.replace(/[\u0000-\u001F\u007F\s\d０-９]+/g, ' ').trim())
    .slice(0, MAX_NAME_CHARS)
    .join('')
    .trim()
}

/** Checks the form: the number must be a Chinese mobile or landline; 称呼 and 名字 are optional and trimmed. */
export function checkContactForm(form: { relation: string; name: string; number: string }): ContactCheck {
  const number = checkPhoneNumber(form.number)
  if (!number.ok) return { ok: false, field: 'number', message: number.message }
  return { ok: true, contact: { relation: cleanName(form.relation), name: cleanName(form.name), number: number.number } }
}

/** How the contact is named on a call button: "儿子 小明", or "家人" when neither was given. */
export function contactTitle(contact: TrustedContact): string {
  return [contact.relation, contact.name].filter(Boolean).join(' ') || '家人'
}

/** The string kept in storage. */
export function serializeContact(contact: TrustedContact): string {
  const saved: SavedContact = {
    v: 1,
    relation: contact.relation,
    name: contact.name,
    number: contact.number.extension
      ? `${contact.number.dial}转${contact.number.extension}`
      : contact.number.dial
  }
  return JSON.stringify(saved)
}

/**
 * Reads what storage returned. Anything damaged or foreign — not JSON, another version, a field of the wrong
 * type, a name that needed cleaning, a number that no longer passes the check — gives null: never shown, never
 * dialled.
 */
export function parseSavedContact(raw: unknown): TrustedContact | null {
  if (typeof raw !== 'string' || raw === '') return null
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch {
    return null
  }
  if (typeof value !== 'object' || value === null) return null
  const saved = value as Partial<SavedContact>
  if (saved.v !== 1 || typeof saved.number !== 'string') return null
  if (typeof saved.relation !== 'string' || typeof saved.name !== 'string') return null
  if (cleanName(saved.relation) !== saved.relation || cleanName(saved.name) !== saved.name) return null
  const number = checkPhoneNumber(saved.number)
  if (!number.ok) return null
  return { relation: saved.relation, name: saved.name, number: number.number }
}
