import { useSyncExternalStore } from 'react'
import { readTrustedContact, subscribeTrustedContact } from '@/services/trustedContact'
import type { TrustedContact } from '@/domain/trustedContact'

/** The trusted relative saved on this phone, or null; re-renders when it is saved or deleted on any page. */
export function useTrustedContact(): TrustedContact | null {
  return useSyncExternalStore(subscribeTrustedContact, readTrustedContact, readTrustedContact)
}
