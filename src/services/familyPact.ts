import Taro from '@tarojs/taro'
import { parseSavedPact, serializePact } from '@/domain/familyPact'

/** The family pact's ticks under their own storage key. Storage that throws means "nothing ticked yet". */
export const FAMILY_PACT_KEY = 'fs-family-pact'

export function readPactTicks(): string[] {
  try {
    return parseSavedPact(Taro.getStorageSync(FAMILY_PACT_KEY))
  } catch {
    return []
  }
}

/** Saves the ticks. False when storage refused them (they stay ticked on screen for this visit); never throws. */
export function savePactTicks(ticked: readonly string[]): boolean {
  try {
    Taro.setStorageSync(FAMILY_PACT_KEY, serializePact(ticked))
    return true
  } catch {
    return false
  }
}
