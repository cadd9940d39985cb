import { parseSavedPact, serializePact } from '@/domain/familyPact'
import { readStoredText, writeStoredText } from './storage'

/** The family pact's ticks under their own storage key. */
export const FAMILY_PACT_KEY = 'fs-family-pact'

/**
 * The saved ticks, or `{ ok: false }` when the phone refused the read (retried, as the saved progress is): the ticks
 * are then unknown, not "none", and must not be written over (a new user's trial: one refused read showed nine empty
 * boxes and the next tick replaced the family's four). Nothing stored, or a damaged value, reads as no ticks.
 */
export function readPactTicks(): { ok: true; ticks: string[] } | { ok: false } {
  const read = readStoredText(FAMILY_PACT_KEY)
  return read.ok ? { ok: true, ticks: parseSavedPact(read.text ?? '') } : read
}

/** Saves the ticks. False when storage refused them (they stay ticked on screen for this visit); never throws. */
export function savePactTicks(ticked: readonly string[]): boolean {
  return writeStoredText(FAMILY_PACT_KEY, serializePact(ticked))
}
