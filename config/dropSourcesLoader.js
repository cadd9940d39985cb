/**
 * Webpack loader for 风险自测's data files (src/data/risk-signals.json, scam-wording.json, traditional-chars.json):
 * drops the `source` of the file and of every signal, kind of scam and official-domain list. The files keep them for
 * reviewers and the checks (src/domain/riskCheck/dataChecks.ts requires one per record); no page shows them, so
 * neither build carries them (about 8 KB of the 风险自测 package).
 */
module.exports = function dropSources(json) {
  const data = JSON.parse(json)
  const records = [data, ...(data.signals ?? []), ...(data.topics ?? []), data.officialDomains ?? {}]
  for (const record of records) delete record.source
  return JSON.stringify(data)
}
