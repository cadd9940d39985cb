/**
 * Webpack loader for src/data/risk-signals.json: drops the `source` of every signal and kind of scam and of the
 * official-domain list. The file keeps them for reviewers and the checks (src/domain/riskCheck/dataChecks.ts
 * requires one per record); no page shows them, so neither build carries them (about 7 KB of the 风险自测 package).
 */
module.exports = function dropSources(json) {
  const data = JSON.parse(json)
  for (const record of [...data.signals, ...data.topics, data.officialDomains]) delete record.source
  return JSON.stringify(data)
}
