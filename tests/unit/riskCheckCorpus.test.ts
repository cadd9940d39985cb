import corpusJson from '../fixtures/check-corpus.json'
import { checkMessage } from '../../src/domain/riskCheck'
import { fnv1a } from '../../src/domain/hash'
import { riskSignalData } from '../../src/domain/riskCheck/data'
import { rateCorpus, type CorpusMessage, type CorpusRates } from '../support/corpusRates'
import { trainWording } from '../support/trainWording'
import scamWordingJson from '../../src/data/scam-wording.json'

interface CorpusSource {
  url?: string
  repo?: string
  path?: string
}
type Message = CorpusMessage & { source: CorpusSource; licence?: string; note?: string }

const corpus = corpusJson as unknown as { about: string; splitRule: string; messages: Message[] }
const { messages } = corpus
const part = (name: CorpusMessage['part']) => messages.filter((m) => m.part === name)

const share = (n: number, of: number) => (of === 0 ? 0 : n / of)

describe('the corpus of real messages', () => {
  it('has at least 300 messages, 150 of them ordinary, each with a public source', () => {
    expect(messages.length).toBeGreaterThanOrEqual(300)
    expect(messages.filter((m) => !m.scam).length).toBeGreaterThanOrEqual(150)
    expect(messages.filter((m) => m.scam).length).toBeGreaterThanOrEqual(100)
    for (const m of messages) {
      const hasUrl = typeof m.source.url === 'string' && /^https?:\/\//.test(m.source.url)
      const hasRepoPath = typeof m.source.repo === 'string' && typeof m.source.path === 'string'
      expect(hasUrl || hasRepoPath).toBe(true)
      expect(m.text.trim()).not.toBe('')
    }
    expect(new Set(messages.map((m) => m.id)).size).toBe(messages.length)
  })

  it('is split once by source: every part follows the recorded rule, and no source is on both sides', () => {
    expect(corpus.splitRule).toMatch(/FNV-1a-32/)
    for (const m of messages) {
      expect(m.part).toBe(fnv1a(m.sourceKey) % 10 < 4 ? 'held-out' : 'tuning')
    }
    const sides = new Map<string, Set<string>>()
    for (const m of messages) sides.set(m.sourceKey, (sides.get(m.sourceKey) ?? new Set()).add(m.part))
    for (const s of sides.values()) expect(s.size).toBe(1)
    for (const name of ['tuning', 'held-out'] as const) {
      expect(part(name).filter((m) => m.scam).length).toBeGreaterThanOrEqual(30)
      expect(part(name).filter((m) => !m.scam).length).toBeGreaterThanOrEqual(100)
    }
  })

  it('holds the hard ordinary cases the issue names', () => {
    const ordinary = messages.filter((m) => !m.scam)
    const count = (test: (m: Message) => boolean) => ordinary.filter(test).length
    // Bank notices that say 转账 or 汇款.
    expect(count((m) => m.family === 'bank-notice' && /转账|汇款/.test(m.text))).toBeGreaterThanOrEqual(3)
    // A verification-code SMS that says not to tell anyone.
    expect(count((m) => /验证码/.test(m.text) && /请勿|不要/.test(m.text))).toBeGreaterThanOrEqual(1)
    // Police and agency warnings.
    expect(count((m) => m.family === 'police-warning')).toBeGreaterThanOrEqual(15)
    // Service and marketing messages with links.
    expect(count((m) => /https?:\/\/|www\.|<URL>|\.cn\/|\.com\//.test(m.text))).toBeGreaterThanOrEqual(5)
    // Family and friends talking about money.
    expect(count((m) => m.family === 'personal' && /钱|打钱|借/.test(m.text))).toBeGreaterThanOrEqual(50)
  })

  it('keeps the source licence where one is known', () => {
    for (const m of messages.filter((x) => x.source.repo === 'AutoAccountingOrg/AutoRule')) {
      expect(m.licence).toBe('GPL-3.0')
    }
  })
})

describe('the wording model', () => {
  it('is exactly what `npm run train:wording` learns from the tuning part, and nothing of the held-out part', () => {
    expect(scamWordingJson).toEqual(trainWording(part('tuning')))
    // Held-out messages change nothing: training on the tuning part plus them gives other weights.
    expect(trainWording(messages)).not.toEqual(scamWordingJson)
  })
})

describe('rates on the corpus', () => {
  const rates = (name: CorpusMessage['part']): CorpusRates => rateCorpus(part(name), riskSignalData)

  // Floors measured on the held-out part, which was never used to choose a word or a rule. The targets are
  // 90% / 60% / 5% / 1%; the floors below are what the matcher reaches, so any regression fails.
  it('held-out part: scams flagged and 高风险, ordinary messages flagged and 高风险', () => {
    const r = rates('held-out')
    expect(share(r.scamsFlagged, r.scams)).toBeGreaterThanOrEqual(HELD_OUT_FLOORS.scamsFlagged)
    expect(share(r.scamsHighRisk, r.scams)).toBeGreaterThanOrEqual(HELD_OUT_FLOORS.scamsHighRisk)
    expect(share(r.ordinaryFlagged, r.ordinary)).toBeLessThanOrEqual(HELD_OUT_FLOORS.ordinaryFlagged)
    expect(share(r.ordinaryHighRisk, r.ordinary)).toBeLessThanOrEqual(HELD_OUT_FLOORS.ordinaryHighRisk)
  })

  // In-sample: words and rules were chosen on this part, so these are above what unseen messages get.
  it('tuning part: scams flagged and 高风险, ordinary messages flagged and 高风险', () => {
    const r = rates('tuning')
    expect(share(r.scamsFlagged, r.scams)).toBeGreaterThanOrEqual(TUNING_FLOORS.scamsFlagged)
    expect(share(r.scamsHighRisk, r.scams)).toBeGreaterThanOrEqual(TUNING_FLOORS.scamsHighRisk)
    expect(share(r.ordinaryFlagged, r.ordinary)).toBeLessThanOrEqual(TUNING_FLOORS.ordinaryFlagged)
    expect(share(r.ordinaryHighRisk, r.ordinary)).toBeLessThanOrEqual(TUNING_FLOORS.ordinaryHighRisk)
  })

  it('never throws and never quotes text that is not in the message', () => {
    for (const m of messages) {
      const r = checkMessage({ text: m.text, situations: [] }, riskSignalData)
      for (const hit of r.hits)
        for (const q of hit.quotes) expect(m.text.includes(q.replace(/^…|…$/g, ''))).toBe(true)
    }
  })
})

/**
 * Measured on the held-out part on 2026-12-01 (nineteenth round, once, after the strong-wording rule was chosen by
 * cross-validation on the tuning part, attacked by a reviewer's 240 look-alikes and narrowed for the earlier reviewers'
 * look-alikes in riskCheck.test.ts): 239 of 453 scams flagged (52.8%),
 * 161 高风险 (35.5%), 36 of 446 ordinary messages flagged (8.1%), 15 高风险 (3.4%). Before it, from the fifteenth round
 * (2026-12-01, after the round's first two batches of matcher
 * changes, chosen on the tuning part and two reviewers' look-alikes; the third batch, measured once at the round's end,
 * left all four the same): 230 of 453 scams flagged (50.8%), 161 高风险 (35.5%), 35 of 446
 * ordinary messages flagged (7.8%), 15 高风险 (3.4%). On 2026-11-30 (fourteenth round), with the same 2,191 messages
 * (453 held-out scams, 446 held-out ordinary): 226 of 453 scams flagged (49.9%), 160 高风险 (35.3%), 35 of 446
 * ordinary messages flagged (7.8%), 15 高风险 (3.4%). Before the round's 15 messages joined and the wording model was retrained on them
 * (14 of them joined the tuning part): 225 of 452 (49.8%), 158 (35.0%), 34 (7.6%), 15 (3.4%); so the retrained model flags one more
 * held-out ordinary message, and one more scam (two more 高风险). The twelfth round's
 * starting tree: 49.8% / 32.5% / 7.6% / 3.1%; the eleventh round's corpus (409 / 400): 49.9% / 32.0% / 7.3% / 3.3%.
 * Each new batch was measured once before it joined; see tests/fixtures/README.md. Below the targets (90% / 60% / 5%
 * / 1%): the gap is reported, not tuned away. Raise these only with a new measurement. Twentieth round (measured
 * after its matcher batches, 2026-12-01): scams unchanged, 239 / 161; ordinary 35 flagged (7.8%), 14 高风险 (3.1%), one
 * fewer each, from reading a news report of a case as a warning. Twenty-first round (measured twice, after its
 * fourth batch and after its trial's fixes, 2026-12-01): scams 239 flagged (52.8%), 164 高风险 (36.2%, 161 before);
 * ordinary 34 flagged (7.6%), 13 高风险 (2.9%), one fewer each. Twenty-second round (measured after each of its five
 * batches, 2026-12-01): unchanged at 239 / 164 / 34 / 13 through four; after the fifth (a third blind set's kinds
 * and spares) 238 scams flagged (52.5%), one fewer, the rest unchanged. Which rule lost it was not looked for: finding
 * it would be choosing rules on this part. After a code review's fixes to the round's spares (narrower offers to
 * meet, rents paid as always, the app's own forward message, a property escrow, negations of a way to pay), measured
 * once more: 239 flagged (52.8%), 165 高风险 (36.4%), ordinary 34 (7.6%) and 13 (2.9%). Twenty-fifth round (four
 * blind sets and an attacking review, measured after each of its batches, 2026-12-02): 240 scams flagged (53.0%),
 * 163 高风险 after the first batch and 165 (36.4%) at the end; ordinary 35 flagged (7.8%), 14 高风险 (3.1%): one more
 * genuine message 高风险, from a batch whose other genuine sets lost most of their false alarms. Which rule flags it
 * was not looked for, for the reason above; three narrowings made on their own grounds (refunds already made, money
 * into one's own account, photos shared with a fee) left it as it was. Twenty-ninth round (measured after its two
 * attacking reviews, 2026-12-03): 242 scams flagged (53.4%), 165 高风险 (36.4%); ordinary 34 flagged (7.6%), 14 高风险
 * (3.1%). The one genuine message fewer is a bank's record of a transfer ("您向…的工商银行卡…转账170.00元，已…成功到账"),
 * fixed for the named kind and a copy in blind set V; this part's own copy had been seen in a listing of its
 * false alarms at the round's start, so that one is not an independent measurement. Thirtieth round (five blind sets
 * and four attacking reviews, measured after each batch, 2026-12-03; no listing of this part looked at): 245 scams
 * flagged (54.1%), 166 高风险 (36.6%) after the first batch and unchanged through the rest; ordinary 34 (7.6%) and 14
 * (3.1%), unchanged. Thirty-first round (a collected set of 114 real reminders, a blind set and two attacking reviews,
 * 2026-12-03): 245 (54.1%) and 167 高风险 (36.9%, one more); ordinary 33 flagged (7.4%), one fewer, 14 高风险 (3.1%). At
 * its start this part's flags were counted per family (counts only, no text and no rule): police reminders, 7 of 24
 * flagged, were the largest group of false alarms, so the round collected fresh real reminders to work on.
 */
const HELD_OUT_FLOORS = {
  scamsFlagged: 0.54,
  scamsHighRisk: 0.368,
  ordinaryFlagged: 0.075,
  ordinaryHighRisk: 0.032
}

/**
 * The same four rates on the tuning part (735 scams, 687 ordinary since round 31), in-sample: 74.6% / 56.7% / 2.2% /
 * 0.4% since round 34, when the older 帐 began to read as 账 (转帐, 帐户): the one scam lost, a 水务署 fragment the collector
 * had converted from 帳戶 (which always read as 账户) to 帐户, had been flagged only for its rare 帐 pairs; before it 74.7% / 56.7% / 2.2% /
 * 0.4% (thirty-first round, once 130 chats read by OCR from screenshots joined it, measured once before: 41 of 74
 * scams flagged, 27 高风险, none of 56 ordinary; on the 661 / 631 before them 76.4% / 59.0% / 2.4% / 0.5%, as a friend
 * who names himself with a new number and asks nothing is 可疑, not 高风险, by the "a new number together
 * with a request"); 76.4% / 59.2% / 2.4% / 0.5% (thirtieth round); 76.2% / 59.0% / 2.4% / 0.5% (twenty-ninth round); 74.6% / 57.6% / 2.4% / 0.5%
 * (twenty-first round's rules); 74.6% / 57.2% / 2.4% / 0.5% (twentieth round's rules); 74.0% / 56.4% / 2.4% / 0.5% (nineteenth
 * round's strong-wording rule; 71.4% / 56.4% / 2.4% / 0.5% in the fifteenth round, 70.3% / 55.8% / 2.4% / 0.5% before it).
 */
const TUNING_FLOORS = {
  scamsFlagged: 0.745,
  scamsHighRisk: 0.566,
  ordinaryFlagged: 0.025,
  ordinaryHighRisk: 0.005
}
