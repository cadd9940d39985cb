/**
 * The quiz: drawing a round, scoring it, and the wrong-answer book. Pure: the question bank and every answer
 * come in as arguments, plain data goes out.
 */
import { RULE_IDS } from '@/data/ids'
import type { QuestionCategory, QuizQuestion, RuleId, CategoryId } from '#types/content'
import type { AnswerRecord, QuizResult, QuizRound, RuleScore } from '#types/quiz'
import { gradeFor } from './grades'
import { weakestOf } from './progress'
import { deriveSeed, mulberry32, shuffle } from './random'
import type { Random } from './random'
import { ROUND_SIZE } from './rounds'

/** Every round practises each of the four rules at least this often. */
const MIN_PER_RULE = 2
/**
 * At most this many questions of one category per round, so a round spans at least five kinds of scam.
 * 'general' (questions about the rules themselves) counts as a category like the others: exempting it would let
 * a round fill up with general questions and teach none of the brochure's scams.
 */
const MAX_PER_CATEGORY = 2
/** Retries on derived seeds when the greedy draw dead-ends; the real bank needs one or two at most. */
const MAX_ATTEMPTS = 64

/**
 * Options that refer to the other options ("以上都是") stay where the author put them: shuffled into first
 * place they read as nonsense.
 */
const PINNED_OPTION = /^以上/

/** Display order of a question's options, as original indices. */
function optionOrder(question: QuizQuestion, rand: Random): number[] {
  const identity = question.options.map((_, i) => i)
  // 对/错 always in that order: 错/对 reads like a trick.
  if (question.kind === 'true-false') return identity
  const free = identity.filter((i) => !PINNED_OPTION.test(question.options[i]))
  const shuffled = shuffle(free, rand)
  let next = 0
  return identity.map((i) => (PINNED_OPTION.test(question.options[i]) ? i : shuffled[next++]))
}

/** The bank without repeated ids (the first wins), so a round can never show a question twice. */
function distinct(bank: readonly QuizQuestion[]): QuizQuestion[] {
  const seen = new Set<string>()
  return bank.filter((q) => (seen.has(q.id) ? false : (seen.add(q.id), true)))
}

function countBy<K>(items: readonly QuizQuestion[], key: (q: QuizQuestion) => K): Map<K, number> {
  const counts = new Map<K, number>()
  items.forEach((q) => counts.set(key(q), (counts.get(key(q)) ?? 0) + 1))
  return counts
}

/** The questions of `ids` found in the bank, each once, in the order of `ids`. */
function lookUp(byId: Map<string, QuizQuestion>, ids: readonly string[]): QuizQuestion[] {
  const out: QuizQuestion[] = []
  new Set(ids).forEach((id) => {
    const q = byId.get(id)
    if (q) out.push(q)
  })
  return out
}

function requireSize(size: number, fn: string, min: number): void {
  if (!Number.isInteger(size) || size < min)
    throw new Error(`${fn}: size must be an integer ≥ ${min}, got ${size}`)
}

/** Fails with a clear message when no round can exist, before any drawing is attempted. */
function checkFeasible(pool: QuizQuestion[], size: number): void {
  const need = MIN_PER_RULE * RULE_IDS.length
  if (size < need) {
    throw new Error(
      `drawRound: a round of ${size} cannot hold ${MIN_PER_RULE} questions for each of the ${RULE_IDS.length} rules`
    )
  }
  if (pool.length < size) {
    throw new Error(`drawRound: the bank has ${pool.length} distinct questions, a round needs ${size}`)
  }
  const perRule = countBy(pool, (q) => q.rule)
  for (const rule of RULE_IDS) {
    const n = perRule.get(rule) ?? 0
    if (n < MIN_PER_RULE) {
      throw new Error(
        `drawRound: rule "${rule}" has ${n} question(s), each rule needs at least ${MIN_PER_RULE}`
      )
    }
  }
  let capacity = 0
  countBy(pool, (q) => q.category).forEach((n) => (capacity += Math.min(n, MAX_PER_CATEGORY)))
  if (capacity < size) {
    throw new Error(
      `drawRound: with at most ${MAX_PER_CATEGORY} per category the bank can fill ${capacity} places, a round needs ${size}`
    )
  }
}

/** One greedy attempt: 2 per rule (scarcest rule first), then fill; null on a dead end. */
function attemptDraw(
  pool: QuizQuestion[],
  rulesByScarcity: RuleId[],
  size: number,
  rand: Random
): QuizQuestion[] | null {
  const order = shuffle(pool, rand)
  const picked: QuizQuestion[] = []
  const used = new Set<string>()
  const perCategory = new Map<QuestionCategory, number>()
  const canTake = (q: QuizQuestion) =>
    !used.has(q.id) && (perCategory.get(q.category) ?? 0) < MAX_PER_CATEGORY
  const take = (q: QuizQuestion) => {
    picked.push(q)
    used.add(q.id)
    perCategory.set(q.category, (perCategory.get(q.category) ?? 0) + 1)
  }

  for (const rule of rulesByScarcity) {
    let need = MIN_PER_RULE
    for (const q of order) {
      if (need === 0) break
      if (q.rule === rule && canTake(q)) {
        take(q)
        need--
      }
    }
    if (need > 0) return null
  }
  for (const q of order) {
    if (picked.length === size) break
    if (canTake(q)) take(q)
  }
  if (picked.length < size) return null
  // Otherwise the round would open with the rule picks in rule order.
  return shuffle(picked, rand)
}

/**
 * A round of `size` questions: at least 2 per rule, at most 2 per category, no repeats, options shuffled.
 * Deterministic for a given bank and seed. Throws when the bank cannot give such a round.
 */
export function drawRound(bank: readonly QuizQuestion[], seed: number, size = ROUND_SIZE): QuizRound {
  requireSize(size, 'drawRound', 1)
  const pool = distinct(bank)
  checkFeasible(pool, size)
  const perRule = countBy(pool, (q) => q.rule)
  // Scarce rules choose first, before plentiful ones use up the categories they need.
  const rulesByScarcity = RULE_IDS.slice().sort((a, b) => (perRule.get(a) ?? 0) - (perRule.get(b) ?? 0))

  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const rand = mulberry32(attempt === 0 ? seed : deriveSeed(seed, attempt))
    const picked = attemptDraw(pool, rulesByScarcity, size, rand)
    if (picked) {
      return {
        seed,
        questionIds: picked.map((q) => q.id),
        optionOrders: picked.map((q) => optionOrder(q, rand))
      }
    }
  }
  throw new Error(
    `drawRound: no round of ${size} with ≥${MIN_PER_RULE} per rule and ≤${MAX_PER_CATEGORY} per category found in ` +
      `${MAX_ATTEMPTS} attempts (seed ${seed}); the rules' questions are packed into too few categories`
  )
}

/**
 * A practice round from the wrong-answer book: those of `ids` still in the bank (unknown ids dropped, repeats
 * once), shuffled, at most `size`. No rule or category constraint; empty when none is left.
 */
export function drawPracticeRound(
  bank: readonly QuizQuestion[],
  ids: readonly string[],
  seed: number,
  size = ROUND_SIZE
): QuizRound {
  requireSize(size, 'drawPracticeRound', 1)
  const byId = new Map(distinct(bank).map((q) => [q.id, q] as const))
  const wanted = lookUp(byId, ids)
  const rand = mulberry32(seed)
  const picked = shuffle(wanted, rand).slice(0, size)
  return { seed, questionIds: picked.map((q) => q.id), optionOrders: picked.map((q) => optionOrder(q, rand)) }
}

export function isAnswerCorrect(question: QuizQuestion, chosenOriginalIndex: number): boolean {
  return Number.isInteger(chosenOriginalIndex) && chosenOriginalIndex === question.answer
}

/**
 * Scores a round. Correctness is recomputed from the bank, not taken from `answer.correct`, so a stale or
 * tampered record cannot change the score. The first answer to a question counts; answers to questions outside
 * the round are ignored; round questions no longer in the bank are left out of the total.
 */
export function scoreQuiz(
  bank: readonly QuizQuestion[],
  round: QuizRound,
  answers: readonly AnswerRecord[]
): QuizResult {
  const byId = new Map(distinct(bank).map((q) => [q.id, q] as const))
  const firstAnswer = new Map<string, number>()
  answers.forEach((a) => {
    if (!firstAnswer.has(a.questionId)) firstAnswer.set(a.questionId, a.chosen)
  })

  const asked = lookUp(byId, round.questionIds)
  const tally = new Map<RuleId, { correct: number; asked: number }>(
    RULE_IDS.map((r) => [r, { correct: 0, asked: 0 }])
  )
  const missed: string[] = []
  let correct = 0
  for (const q of asked) {
    const chosen = firstAnswer.get(q.id)
    const right = chosen !== undefined && isAnswerCorrect(q, chosen)
    const t = tally.get(q.rule)
    if (t) {
      t.asked++
      if (right) t.correct++
    }
    if (right) correct++
    else missed.push(q.id)
  }

  const byRule: RuleScore[] = RULE_IDS.map((rule) => {
    const t = tally.get(rule) ?? { correct: 0, asked: 0 }
    return { rule, correct: t.correct, asked: t.asked, ratio: t.asked > 0 ? t.correct / t.asked : 0 }
  })
  const total = asked.length
  const score = total > 0 ? Math.round((100 * correct) / total) : 0
  const weakestRule = weakestOf(byRule)
  return {
    score,
    correct,
    total,
    byRule,
    weakestRule,
    grade: gradeFor(score),
    missed,
    weakestCategories: weakestRule ? categoriesOf(asked, weakestRule, new Set(missed)) : []
  }
}

/** Categories of the round's questions on `rule`, those of missed questions first, each once. */
function categoriesOf(
  asked: readonly QuizQuestion[],
  rule: RuleId,
  missed: ReadonlySet<string>
): CategoryId[] {
  const onRule = asked.filter((q) => q.rule === rule)
  const ordered = [...onRule.filter((q) => missed.has(q.id)), ...onRule.filter((q) => !missed.has(q.id))]
  const categories: CategoryId[] = []
  for (const q of ordered) {
    if (q.category !== 'general' && !categories.includes(q.category)) categories.push(q.category)
  }
  return categories
}

// Callers that only need the grades or the wrong-answer book import those modules directly (see savedState).
export { gradeFor } from './grades'
export { pruneBook, recordAnswers, wrongBookIds } from './wrongBook'
