/**
 * The signals, kinds of scam, tick boxes and wording model of 风险自测, typed and frozen. The JSON is checked by
 * ./dataChecks.ts in the tests and before every build, not here each time the page opens: it cannot change after
 * the build. Plain TypeScript: runs in the mini-program too.
 */
import type { RiskSignalData, WordingModel } from '#types/check'
import { deepFreeze } from '../../data/freeze'
import riskSignalsJson from '../../data/risk-signals.json'
import scamWordingJson from '../../data/scam-wording.json'

/** The shipped signals, kinds of scam, tick boxes and wording model, frozen so no page can change them. */
export const riskSignalData: RiskSignalData = deepFreeze({
  ...(riskSignalsJson as unknown as Omit<RiskSignalData, 'wording'>),
  wording: scamWordingJson as unknown as WordingModel
})
