// npm run check:content — runs before every build: checks src/data/brochure.json, quiz-questions.json, help.json,
// scenarios.json and drills.json with src/data/contentChecks.ts, and 风险自测's risk-signals.json and
// scam-wording.json with src/domain/riskCheck/dataChecks.ts (both bundled by esbuild), so broken content stops the
// build with the file, record and field at fault instead of being checked on every phone at every launch.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import esbuild from 'esbuild'

/** Bundles one TypeScript module of checks and imports it. */
async function load(entry, name) {
  const outfile = join('reports', '.cache', name)
  await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outfile,
    logLevel: 'silent'
  })
  return import(`${pathToFileURL(outfile).href}?t=${Date.now()}`)
}
const checks = await load('src/data/contentChecks.ts', 'content-checks.mjs')
const riskChecks = await load('src/domain/riskCheck/dataChecks.ts', 'risk-checks.mjs')
const read = (name) => JSON.parse(readFileSync(join('src', 'data', name), 'utf8'))
try {
  checks.validateBrochure(read('brochure.json'), 'brochure.json')
  checks.validateQuestions(read('quiz-questions.json'), 'quiz-questions.json')
  checks.validateHelpSteps(read('help.json'), 'help.json')
  const brochure = read('brochure.json')
  checks.validateScenarios(read('scenarios.json'), brochure, 'scenarios.json')
  checks.validateDrills(read('drills.json'), brochure, 'drills.json')
  riskChecks.validateRiskSignals(read('risk-signals.json'), 'risk-signals.json')
  riskChecks.validateWordingModel(read('scam-wording.json'), 'scam-wording.json')
} catch (error) {
  console.error(`check:content: ${error.message}`)
  process.exit(1)
}
console.log(
  'check:content: brochure.json, quiz-questions.json, help.json, scenarios.json, drills.json, risk-signals.json and scam-wording.json pass'
)
