/**
 * The wording signal: how much a text reads like the real scam messages police and news pages have published,
 * scored by character pairs (bigrams). Each pair carries a log-odds weight learned once from the tuning part of
 * tests/fixtures/check-corpus.json (scripts/train-wording.mjs writes src/data/scam-wording.json); the score is
 * their sum over the distinct pairs found, divided by √(pairs found), so a long paste is not flagged for its
 * length. Word lists miss what scammers say in new words; pairs carry over ("您的…已被", "请您…联系").
 * Pure: one pass over the text, one map lookup per character.
 */
import type { WordingModel } from '#types/check'
import type { PreparedText } from './text'

const MASKS = '*x×#'
const CLAUSE_END = '，,。！？!?；;\n'

function isDigit(c: string): boolean {
  return c >= '0' && c <= '9'
}

/**
 * Digits, masks and spaces say nothing about wording; they would split pairs that do. A run of digits becomes
 * "0", a run of two or more mask characters "*", spaces go. One pass, no regular expressions.
 */
export function wordingUnits(text: string, from = 0, to = text.length): string {
  let out = ''
  let i = from
  while (i < to) {
    const c = text[i]
    if (isDigit(c)) {
      while (i < to && isDigit(text[i])) i++
      out += '0'
      continue
    }
    if (MASKS.includes(c) && i + 1 < to && MASKS.includes(text[i + 1])) {
      while (i < to && MASKS.includes(text[i])) i++
      out += '*'
      continue
    }
    if (c !== ' ' && c !== '\n' && c !== '\t' && c !== '\r' && c !== '\u3000') out += c
    i++
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

/** The model's weights keyed by the two characters' codes, built once per model: no string per pair. */
const weightsByCode = new WeakMap<WordingModel, Map<number, number>>()

function codeWeights(model: WordingModel): Map<number, number> {
  const cached = weightsByCode.get(model)
  if (cached) return cached
  const map = new Map<number, number>()
  forEachPair(model.pairs, (first, second, k) => map.set(first * 0x10000 + second, pairWeight(model, k)))
  weightsByCode.set(model, map)
  return map
}

/**
 * The score of a text, or of text[from, to): higher reads more like published scams; 0 when no pair is known.
 */
export function wordingScore(model: WordingModel, text: string, from = 0, to = text.length): number {
  const weights = codeWeights(model)
  const units = wordingUnits(text, from, to)
  const seen = new Set<number>()
  let sum = 0
  let known = 0
  for (let i = 0; i + 2 <= units.length; i++) {
    const key = units.charCodeAt(i) * 0x10000 + units.charCodeAt(i + 1)
    if (seen.has(key)) continue
    seen.add(key)
    const weight = weights.get(key)
    if (weight !== undefined) {
      sum += weight
      known++
    }
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
  return clauses
    .sort((a, b) => b.score - a.score || a.start - b.start)
    .slice(0, count)
    .map(({ start: s, end }) => ({ start: s, end }))
}
