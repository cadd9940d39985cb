/**
 * How the 风险自测 check does on tests/fixtures/check-corpus.json. Used by the corpus tests and by `npm run
 * bench` (scripts/lib/bench-domain.mjs bundles this file); the app never counts rates, so this lives with the
 * tests.
 */
import type { RiskSignalData } from '#types/check'
import { checkMessage } from '../../src/domain/riskCheck'

/** A message of tests/fixtures/check-corpus.json: a real message with its public source. */
export interface CorpusMessage {
  id: string
  text: string
  scam: boolean
  family: string
  part: 'tuning' | 'held-out'
  sourceKey: string
  /**
   * Text read by OCR from a chat screenshot: bubbles run together and characters misread. Measured and tuned on like
   * any message, but not learned by the wording model (trainWording), which it would teach chat style, not scam wording.
   */
  ocr?: boolean
}

/** What the benchmark and the corpus tests count, for one part of the corpus. */
export interface CorpusRates {
  scams: number
  ordinary: number
  /** Scams with a verdict other than none-found. */
  scamsFlagged: number
  scamsHighRisk: number
  ordinaryFlagged: number
  ordinaryHighRisk: number
}

/** Counts for one part of the corpus: how many scams are flagged and 高风险, how many ordinary messages. */
export function rateCorpus(messages: readonly CorpusMessage[], data: RiskSignalData): CorpusRates {
  const rates: CorpusRates = {
    scams: 0,
    ordinary: 0,
    scamsFlagged: 0,
    scamsHighRisk: 0,
    ordinaryFlagged: 0,
    ordinaryHighRisk: 0
  }
  for (const message of messages) {
    const { verdict } = checkMessage({ text: message.text, situations: [] }, data)
    const flagged = verdict !== 'none-found'
    const high = verdict === 'high-risk'
    if (message.scam) {
      rates.scams++
      if (flagged) rates.scamsFlagged++
      if (high) rates.scamsHighRisk++
    } else {
      rates.ordinary++
      if (flagged) rates.ordinaryFlagged++
      if (high) rates.ordinaryHighRisk++
    }
  }
  return rates
}
