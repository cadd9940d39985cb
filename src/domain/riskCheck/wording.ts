/**
 * The wording signal: how much a text reads like the real scam messages police and news pages have published,
 * scored by character pairs (bigrams). Each pair carries a log-odds weight learned once from the tuning part of
 * tests/fixtures/check-corpus.json (scripts/train-wording.mjs writes src/data/scam-wording.json); the score is
 * their sum over the distinct pairs found, divided by √(pairs found), so a long paste is not flagged for its
 * length. Word lists miss what scammers say in new words; pairs carry over ("您的…已被", "请您…联系").
 * The same text always scores the same: one pass over it, two small-integer map lookups per character, in a table
 * built once per model. Training and scoring read the same units (unitAt).
 */
import type { WordingModel } from '#types/check'
import { isDigitCode, isSpaceCode, type PreparedText } from './text'

const CLAUSE_END = '，,。！？!?；;\n'

const DIGIT_UNIT = 48 // "0"
const MASK_UNIT = 42 // "*"

function isMaskCode(code: number): boolean {
  return code === 42 || code === 120 || code === 215 || code === 35 // * x × #
}

/**
 * Digits, masks and spaces say nothing about wording; they would split pairs that do. The unit that starts at
 * text[i] (reading up to `to`): a run of digits as "0", a run of two or more mask characters as "*", the character's
 * code otherwise, and −1 for a space, which is left out. No regular expressions; the one reading of units that
 * training and scoring share, with unitEnd.
 */
function unitAt(text: string, i: number, to: number): number {
  const code = text.charCodeAt(i)
  if (isDigitCode(code)) return DIGIT_UNIT
  if (isMaskCode(code) && i + 1 < to && isMaskCode(text.charCodeAt(i + 1))) return MASK_UNIT
  return isSpaceCode(code) ? -1 : code
}

/** Where the unit that starts at text[i] ends (unitAt): after its run of digits or masks, else after it. */
function unitEnd(text: string, i: number, to: number): number {
  const code = text.charCodeAt(i)
  const inRun = isDigitCode(code) ? isDigitCode : isMaskCode(code) ? isMaskCode : undefined
  let end = i + 1
  if (inRun) while (end < to && inRun(text.charCodeAt(end))) end++
  return end
}

/** The text's units (unitAt) as a string, which training reads pairs from. */
export function wordingUnits(text: string, from = 0, to = text.length): string {
  let out = ''
  for (let i = from; i < to; i = unitEnd(text, i, to)) {
    const unit = unitAt(text, i, to)
    if (unit >= 0) out += String.fromCharCode(unit)
  }
  return out
}

/** The distinct character pairs of a text already through wordingUnits. */
export function wordingPairs(units: string): Set<string> {
  const pairs = new Set<string>()
  for (let i = 0; i + 2 <= units.length; i++) pairs.add(units.slice(i, i + 2))
  return pairs
}

/**
 * The digits a pair's weight is written in (WordingModel.weights): printable ASCII without the two characters JSON
 * escapes (" and a backslash), so each weight is one byte in the package. 92 digits: weights from −50 to +41 tenths.
 */
export const WEIGHT_DIGITS = Array.from({ length: 94 }, (_, i) => String.fromCharCode(33 + i))
  .filter((c) => c !== '"' && c !== '\\')
  .join('')

/** The weight, in tenths, that WEIGHT_DIGITS[0] stands for. */
export const WEIGHT_MIN_TENTHS = -50

/**
 * Calls `each(first, second, k)` with the UTF-16 codes of the k-th pair of a model's `pairs`, in order: groups of a
 * first character, the count n written as WEIGHT_DIGITS[n − 1], then the n second characters (WordingModel.pairs).
 * Returns where it stopped: pairs.length, or the start of the first group that is not whole (no count, or fewer
 * second characters than it says), which validateWordingModel rejects before any build.
 */
export function forEachPair(pairs: string, each: (first: number, second: number, k: number) => void): number {
  let k = 0
  let i = 0
  while (i < pairs.length) {
    const n = WEIGHT_DIGITS.indexOf(pairs[i + 1] ?? '') + 1
    if (n < 1 || i + 2 + n > pairs.length) return i
    for (let j = 0; j < n; j++) each(pairs.charCodeAt(i), pairs.charCodeAt(i + 2 + j), k++)
    i += 2 + n
  }
  return i
}

/** The weight of the k-th pair of a model, in log-odds (tenths ÷ 10). */
export function pairWeight(model: WordingModel, k: number): number {
  return (WEIGHT_DIGITS.indexOf(model.weights[k]) + WEIGHT_MIN_TENTHS) / 10
}

/**
 * A model ready for scoring, built once per model: each pair's index + 1 in an open-addressed table keyed by both
 * characters' codes (two typed-array reads per character where a Map of Maps took two hash lookups), the weights by
 * index, and a stamp per index that marks a pair already counted in the current score without a Set per call.
 */
interface ScoringTable {
  keys: Int32Array
  indexes: Int32Array
  /** The hash's shift: the table has 2^(32 − shift) slots, at least twice the model's pairs, so probes stay short. */
  shift: number
  weights: Float64Array
  stamps: Uint32Array
}

/** Both characters of a pair as one 32-bit key. */
function pairKey(first: number, second: number): number {
  return (first << 16) | second
}

/** The slot that holds `key`, or the empty one where it would go: linear probing from a multiplicative hash. */
function slotOf(table: ScoringTable, key: number): number {
  let slot = Math.imul(key, 0x9e3779b1) >>> table.shift
  while (table.indexes[slot] !== 0 && table.keys[slot] !== key) slot = (slot + 1) % table.keys.length
  return slot
}

const scoringTables = new WeakMap<WordingModel, ScoringTable>()
let currentStamp = 0

function scoringTable(model: WordingModel): ScoringTable {
  const cached = scoringTables.get(model)
  if (cached) return cached
  const weights = new Float64Array(model.weights.length)
  const bits = Math.ceil(Math.log2(2 * weights.length + 2))
  const table = {
    keys: new Int32Array(2 ** bits),
    indexes: new Int32Array(2 ** bits),
    shift: 32 - bits,
    weights,
    stamps: new Uint32Array(weights.length)
  }
  forEachPair(model.pairs, (first, second, k) => {
    const slot = slotOf(table, pairKey(first, second))
    table.keys[slot] = pairKey(first, second)
    table.indexes[slot] = k + 1
    weights[k] = pairWeight(model, k)
  })
  scoringTables.set(model, table)
  return table
}

/**
 * The score of a text, or of text[from, to): higher reads more like published scams; 0 when no pair is known.
 * Reads the units of unitAt, as training does through wordingUnits, without building them.
 */
export function wordingScore(model: WordingModel, text: string, from = 0, to = text.length): number {
  const table = scoringTable(model)
  const { weights, stamps } = table
  const stamp = (currentStamp = (currentStamp + 1) >>> 0 || 1)
  let sum = 0
  let known = 0
  let before = -1
  // A loop, not a callback per character: this runs on every clause of every check.
  for (let i = from; i < to; i = unitEnd(text, i, to)) {
    const unit = unitAt(text, i, to)
    if (unit < 0) continue
    const k = before < 0 ? -1 : table.indexes[slotOf(table, pairKey(before, unit))] - 1
    if (k >= 0 && stamps[k] !== stamp) {
      stamps[k] = stamp
      sum += weights[k]
      known++
    }
    before = unit
  }
  return known === 0 ? 0 : sum / Math.sqrt(known)
}

/**
 * The clauses that read most like scams, best first: at most `count`, each with a positive score of its own,
 * as ranges of the prepared text. These are what the person is shown as the wording's quotes.
 */
export function wordingClauses(
  model: WordingModel,
  prepared: PreparedText,
  count: number
): Array<{ start: number; end: number }> {
  const { text, clauseStart } = prepared
  const clauses: Array<{ start: number; end: number; score: number }> = []
  let start = 0
  for (let k = 1; k <= text.length; k++) {
    if (k === text.length || clauseStart[k] !== clauseStart[start]) {
      // The clause without the comma or stop that ends it, so its quote does not run on into the next clause.
      let end = k
      while (end > start && CLAUSE_END.includes(text[end - 1])) end--
      const score = end - start > 1 ? wordingScore(model, text, start, end) : 0
      if (score > 0) clauses.push({ start, end, score })
      start = k
    }
  }
  // A courtesy tells the person nothing: the clauses that say something, unless that leaves none to show.
  const telling = clauses.filter(
    (c) => !COURTESY.test(text.slice(c.start, c.end).replace(/【[^【】]*】/g, ''))
  )
  return (telling.length > 0 ? telling : clauses)
    .sort((a, b) => b.score - a.score || a.start - b.start)
    .slice(0, count)
    .map(({ start: s, end }) => ({ start: s, end }))
}

/**
 * A clause that is only a courtesy every notice has, genuine or not: a salutation ("尊敬的车主您好", "亲爱的用户"),
 * congratulations, an apology for the trouble, thanks, an offer of help ("如果需要人工咨询"). Scam notices copy them,
 * so the model weighs them, but quoting one as what reads like a scam shows the person nothing to beware of (a new
 * user's trial). Tested on the clause without its 【sender】.
 */
const COURTESY =
  /^(?:(?:尊敬的|亲爱的)[^，。！？]{0,10}|[^，。！？]{0,6}(?:您好|你好)|各位[^，。！？]{0,6}好|恭喜(?:您|你)?|(?:给您?|对您)?(?:带来|造成)(?:的)?不便[^，。]{0,6}|敬请谅解|(?:非常|很)?抱歉|(?:感谢|谢谢)[^，。]{0,10}|(?:如果?|若)(?:需要|您需要|有疑问|有问题)[^，。]{0,8})$/
