// npm run train:wording — learns src/data/scam-wording.json (the 风险自测 wording model) from the TUNING part of
// tests/fixtures/check-corpus.json, never the held-out part, and prints the five-fold cross-validation table (folds
// by source, inside the tuning part) that the threshold was chosen from. Run it after the corpus changes; the
// corpus tests fail while the committed model differs from what this writes.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { bundleAndImport } from './lib/bench-domain.mjs'

const ROOT = process.cwd()
const mod = await bundleAndImport(
  'train-wording',
  [
    "export * from './tests/support/trainWording'",
    "export { checkMessage } from './src/domain/riskCheck'",
    "export { riskSignalData } from './src/domain/riskCheck/data'",
    "export { fnv1a } from './src/domain/hash'"
  ].join('\n')
)
const { messages } = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/check-corpus.json'), 'utf8'))
const tuning = messages.filter((m) => m.part === 'tuning')

const model = mod.trainWording(tuning)
writeFileSync(join(ROOT, 'src/data/scam-wording.json'), `${JSON.stringify(model, null, 2)}\n`)
console.log(
  `train:wording: ${model.weights.length} pairs from ${tuning.filter((m) => !m.ocr).length} tuning messages (${tuning.filter((m) => m.ocr).length} OCR'd chats measured, not learned)`
)

// Cross-validation inside the tuning part: each fold's messages are checked, by the whole matcher, with a model
// trained without them. "none" is the word rules alone.
const FOLDS = 5
const fold = (m) => mod.fnv1a(`${m.sourceKey}#fold`) % FOLDS
const models = Array.from({ length: FOLDS }, (_, f) => mod.trainWording(tuning.filter((m) => fold(m) !== f)))
const pct = (n, of) => `${((100 * n) / of).toFixed(1)}%`

/** The four rates on the tuning part, each fold checked with its own model and the given thresholds. */
function crossValidate(thresholds) {
  const r = { s: 0, sf: 0, sh: 0, o: 0, of: 0, oh: 0 }
  for (const m of tuning) {
    const wording = thresholds && { ...models[fold(m)], ...thresholds }
    const { verdict } = mod.checkMessage({ text: m.text, situations: [] }, { ...mod.riskSignalData, wording })
    const flagged = verdict !== 'none-found'
    const high = verdict === 'high-risk'
    if (m.scam) {
      r.s++
      r.sf += flagged
      r.sh += high
    } else {
      r.o++
      r.of += flagged
      r.oh += high
    }
  }
  return `${pct(r.sf, r.s).padEnd(14)} ${pct(r.sh, r.s).padEnd(13)} ${pct(r.of, r.o).padEnd(17)} ${pct(r.oh, r.o)}`
}

const HEADER = 'scams flagged  scams 高风险  ordinary flagged  ordinary 高风险   (tuning, 5-fold)'
console.log(`threshold  ${HEADER}`)
for (const threshold of [0.5, 1, 1.5, 2, 2.5, 3, 4, 'none']) {
  const thresholds =
    threshold === 'none'
      ? undefined
      : { threshold, raiseThreshold: threshold, strongThreshold: Math.max(model.strongThreshold, threshold) }
  console.log(`${String(threshold).padEnd(10)} ${crossValidate(thresholds)}`)
}
// With the chosen threshold, how low the wording may go to raise a flagged text to 高风险.
const { threshold } = model
console.log(`\nraise (threshold ${threshold})  ${HEADER}`)
for (const raiseThreshold of new Set([0.5, 0.75, 1, 1.25, threshold].filter((t) => t <= threshold))) {
  console.log(
    `${String(raiseThreshold).padEnd(22)} ${crossValidate({ threshold, raiseThreshold, strongThreshold: model.strongThreshold })}`
  )
}
// And from how high it also counts with a claimed organisation, a click or a lure (rule strong-wording).
console.log(`\nstrong (threshold ${threshold})  ${HEADER}`)
for (const strongThreshold of [threshold, 2, 2.5, 3, 3.5, Infinity].filter((t) => t >= threshold)) {
  console.log(
    `${String(strongThreshold).padEnd(23)} ${crossValidate({ threshold, raiseThreshold: model.raiseThreshold, strongThreshold })}`
  )
}
