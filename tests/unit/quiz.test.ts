import { CATEGORY_IDS, RULE_IDS } from '@/data/ids'
import type { QuestionCategory, QuizQuestion, RuleId } from '#types/content'
import type { AnswerRecord, QuizRound } from '#types/quiz'
import { questions as realBank } from '../../src/data/quiz'
import { deriveSeed, mulberry32, shuffle } from '../../src/domain/random'
import {
  drawPracticeRound,
  drawRound,
  gradeFor,
  isAnswerCorrect,
  pruneBook,
  recordAnswers,
  scoreQuiz,
  wrongBookIds
} from '../../src/domain/quiz'

const CATEGORIES: QuestionCategory[] = [...CATEGORY_IDS, 'general']

function question(
  id: string,
  rule: RuleId,
  category: QuestionCategory,
  kind: QuizQuestion['kind'] = 'single'
): QuizQuestion {
  return kind === 'true-false'
    ? {
        id,
        kind,
        prompt: `判断 ${id}`,
        options: ['对', '错'],
        answer: 1,
        explanation: '说明',
        rule,
        category
      }
    : {
        id,
        kind,
        prompt: `单选 ${id}`,
        options: ['甲', '乙', '丙', '丁'],
        answer: 2,
        explanation: '说明',
        rule,
        category
      }
}

/** 66 questions: 6 in each of the 11 categories, rules cycling, every third one true-false. */
const synthetic: QuizQuestion[] = Array.from({ length: 66 }, (_, i) =>
  question(`s${i}`, RULE_IDS[i % 4], CATEGORIES[Math.floor(i / 6)], i % 3 === 0 ? 'true-false' : 'single')
)

function countBy<K>(items: QuizQuestion[], key: (q: QuizQuestion) => K): Map<K, number> {
  const m = new Map<K, number>()
  items.forEach((q) => m.set(key(q), (m.get(key(q)) ?? 0) + 1))
  return m
}

/** Every constraint of a round, with messages that name the seed. */
function expectValidRound(bank: readonly QuizQuestion[], round: QuizRound, seed: number, size = 10): void {
  const byId = new Map(bank.map((q) => [q.id, q]))
  const picked = round.questionIds.map((id) => byId.get(id) as QuizQuestion)
  const where = `seed ${seed}`
  expect({ where, seed: round.seed }).toEqual({ where, seed })
  expect({ where, length: round.questionIds.length, distinct: new Set(round.questionIds).size }).toEqual({
    where,
    length: size,
    distinct: size
  })
  expect({ where, unknown: round.questionIds.filter((id) => !byId.has(id)) }).toEqual({ where, unknown: [] })
  const perRule = countBy(picked, (q) => q.rule)
  expect({ where, short: RULE_IDS.filter((r) => (perRule.get(r) ?? 0) < 2) }).toEqual({ where, short: [] })
  const perCategory = countBy(picked, (q) => q.category)
  const over = Array.from(perCategory).filter(([, n]) => n > 2)
  expect({ where, over }).toEqual({ where, over: [] })
  expect(round.optionOrders).toHaveLength(size)
  picked.forEach((q, i) => {
    const order = round.optionOrders[i]
    expect({ where, id: q.id, sorted: order.slice().sort() }).toEqual({
      where,
      id: q.id,
      sorted: q.options.map((_, k) => k)
    })
    if (q.kind === 'true-false')
      expect({ where, id: q.id, order }).toEqual({ where, id: q.id, order: [0, 1] })
  })
}

describe('random', () => {
  test('mulberry32 gives the reference sequence, so stored seeds redraw the same rounds', () => {
    const rand = mulberry32(42)
    expect([rand(), rand(), rand()]).toEqual([0.6011037519201636, 0.44829055899754167, 0.8524657934904099])
    expect(mulberry32(1)()).toBe(0.6270739405881613)
  })

  test('seeded shuffle is a deterministic permutation and leaves its input alone', () => {
    const seededShuffle = (list: number[], seed: number) => shuffle(list, mulberry32(seed))
    const items = [1, 2, 3, 4, 5, 6, 7, 8]
    const a = seededShuffle(items, 7)
    expect(a).toEqual(seededShuffle(items, 7))
    expect(a.slice().sort()).toEqual(items)
    expect(items).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
    const distinct = new Set(Array.from({ length: 50 }, (_, s) => seededShuffle(items, s).join(',')))
    expect(distinct.size).toBeGreaterThan(45)
  })

  test('shuffle reaches every position (Fisher–Yates, not sort-by-random)', () => {
    const rand = mulberry32(3)
    const firsts = new Set(Array.from({ length: 200 }, () => shuffle(['a', 'b', 'c', 'd'], rand)[0]))
    expect(Array.from(firsts).sort()).toEqual(['a', 'b', 'c', 'd'])
  })

  test('derived seeds are deterministic and differ per counter', () => {
    expect(deriveSeed(5, 1)).toBe(deriveSeed(5, 1))
    expect(new Set([1, 2, 3, 4].map((n) => deriveSeed(5, n))).size).toBe(4)
  })
})

describe('drawRound', () => {
  test('1000 seeds on a synthetic bank: 10 questions, ≥2 per rule, ≤2 per category, no repeats', () => {
    for (let seed = 0; seed < 1000; seed++) expectValidRound(synthetic, drawRound(synthetic, seed), seed)
  })

  test('the same seed gives the same round; different seeds give different rounds', () => {
    expect(drawRound(synthetic, 123)).toEqual(drawRound(synthetic, 123))
    const rounds = new Set(Array.from({ length: 1000 }, (_, s) => JSON.stringify(drawRound(synthetic, s))))
    expect(rounds.size).toBeGreaterThan(990)
  })

  test('odd seeds (negative, fractional, a timestamp) are accepted and stored as given', () => {
    for (const seed of [-5, 1.5, 1732550000000]) {
      const round = drawRound(synthetic, seed)
      expectValidRound(synthetic, round, seed)
      expect(drawRound(synthetic, seed)).toEqual(round)
    }
  })

  test('single-choice options get shuffled; the round order is not grouped by rule', () => {
    const orders = new Set<string>()
    const firstRules = new Set<RuleId>()
    const byId = new Map(synthetic.map((q) => [q.id, q]))
    for (let seed = 0; seed < 200; seed++) {
      const round = drawRound(synthetic, seed)
      round.questionIds.forEach((id, i) => {
        if (byId.get(id)?.kind === 'single') orders.add(round.optionOrders[i].join(''))
      })
      firstRules.add((byId.get(round.questionIds[0]) as QuizQuestion).rule)
    }
    expect(orders.size).toBe(24)
    expect(firstRules.size).toBe(4)
  })

  test('a repeated id in the bank is never drawn twice', () => {
    const doubled = [...synthetic, ...synthetic]
    for (let seed = 0; seed < 200; seed++) expectValidRound(synthetic, drawRound(doubled, seed), seed)
  })

  test('retries on a derived seed when the greedy choice dead-ends', () => {
    // report's 4 questions sit in general and fake-credit; no-transfer exists only in general. Every valid
    // round therefore takes report from fake-credit and no-transfer from general, which the first greedy pick
    // gets wrong most of the time.
    const bank = [
      question('r-gen-1', 'report', 'general'),
      question('r-gen-2', 'report', 'general'),
      question('r-fc-1', 'report', 'fake-credit'),
      question('r-fc-2', 'report', 'fake-credit'),
      ...[1, 2, 3, 4, 5].map((n) => question(`t-gen-${n}`, 'no-transfer', 'general')),
      ...CATEGORY_IDS.slice(2).map((c) => question(`trust-${c}`, 'no-trust', c)),
      ...CATEGORY_IDS.slice(2).map((c) => question(`disclose-${c}`, 'no-disclose', c))
    ]
    for (let seed = 0; seed < 300; seed++) {
      const round = drawRound(bank, seed)
      expectValidRound(bank, round, seed)
      const ids = round.questionIds
      expect(ids.filter((id) => id.startsWith('r-')).sort()).toEqual(['r-fc-1', 'r-fc-2'])
      expect(ids.filter((id) => id.startsWith('t-gen-'))).toHaveLength(2)
    }
  })

  describe('fails loudly when the bank cannot give a round', () => {
    test('too few questions', () => {
      expect(() => drawRound(synthetic.slice(0, 9), 1)).toThrow(
        'the bank has 9 distinct questions, a round needs 10'
      )
    })

    test('a rule with fewer than 2 questions', () => {
      const bank = synthetic.filter((q) => q.rule !== 'report').concat(question('only', 'report', 'general'))
      expect(() => drawRound(bank, 1)).toThrow('rule "report" has 1 question(s), each rule needs at least 2')
    })

    test('too few categories for the cap', () => {
      const bank = synthetic.map((q, i) => ({ ...q, category: CATEGORIES[i % 4] }))
      expect(() => drawRound(bank, 1)).toThrow('with at most 2 per category the bank can fill 8 places')
    })

    test('a size that cannot hold 2 per rule, or is not a count', () => {
      expect(() => drawRound(synthetic, 1, 7)).toThrow(
        'a round of 7 cannot hold 2 questions for each of the 4 rules'
      )
      expect(() => drawRound(synthetic, 1, 0)).toThrow('size must be an integer ≥ 1, got 0')
      expect(() => drawRound(synthetic, 1, 9.5)).toThrow('size must be an integer ≥ 1, got 9.5')
    })

    test('constraints that pass the counts but cannot be met together', () => {
      // Both report and no-transfer need 2 from general, which holds only 2 places.
      const bank = [
        ...[1, 2].map((n) => question(`r${n}`, 'report', 'general')),
        ...[1, 2].map((n) => question(`t${n}`, 'no-transfer', 'general')),
        ...synthetic.filter(
          (q) => q.rule !== 'report' && q.rule !== 'no-transfer' && q.category !== 'general'
        )
      ]
      expect(() => drawRound(bank, 1)).toThrow(/no round of 10 .* found in 64 attempts \(seed 1\)/)
    })
  })

  const describeReal = realBank.length >= 60 ? describe : describe.skip
  describeReal('on the real bank (src/data/quiz-questions.json)', () => {
    test('1000 seeds meet every constraint', () => {
      for (let seed = 0; seed < 1000; seed++) expectValidRound(realBank, drawRound(realBank, seed), seed)
    })

    test('deterministic per seed, varied across seeds', () => {
      expect(drawRound(realBank, 2024)).toEqual(drawRound(realBank, 2024))
      const rounds = new Set(
        Array.from({ length: 1000 }, (_, s) => drawRound(realBank, s).questionIds.join())
      )
      expect(rounds.size).toBeGreaterThan(990)
    })
  })
})

describe('drawPracticeRound', () => {
  test('keeps only ids still in the bank, each once', () => {
    const round = drawPracticeRound(synthetic, ['s3', 'gone', 's5', 's3', 's7'], 9)
    expect(round.questionIds.slice().sort()).toEqual(['s3', 's5', 's7'])
    expect(round.seed).toBe(9)
    expect(round.optionOrders).toHaveLength(3)
    // s3 is true-false: 对/错 keep their order.
    expect(round.optionOrders[round.questionIds.indexOf('s3')]).toEqual([0, 1])
  })

  test('at most size questions, a deterministic random pick from the book', () => {
    const ids = synthetic.slice(0, 15).map((q) => q.id)
    const a = drawPracticeRound(synthetic, ids, 4)
    expect(a.questionIds).toHaveLength(10)
    expect(a.questionIds.every((id) => ids.includes(id))).toBe(true)
    expect(new Set(a.questionIds).size).toBe(10)
    expect(drawPracticeRound(synthetic, ids, 4)).toEqual(a)
    expect(drawPracticeRound(synthetic, ids, 4, 3).questionIds).toHaveLength(3)
    const picks = new Set(
      Array.from({ length: 30 }, (_, s) => drawPracticeRound(synthetic, ids, s).questionIds.join())
    )
    expect(picks.size).toBeGreaterThan(25)
  })

  test('an empty or fully stale book gives an empty round', () => {
    expect(drawPracticeRound(synthetic, [], 1)).toEqual({ seed: 1, questionIds: [], optionOrders: [] })
    expect(drawPracticeRound(synthetic, ['x', 'y'], 1)).toEqual({
      seed: 1,
      questionIds: [],
      optionOrders: []
    })
  })

  test('"以上都是" keeps its place while the other options move', () => {
    const pinned: QuizQuestion = {
      ...question('pin', 'no-trust', 'general'),
      options: ['甲', '乙', '丙', '以上都是'],
      answer: 3
    }
    const orders = new Set<string>()
    for (let seed = 0; seed < 100; seed++) {
      const order = drawPracticeRound([pinned], ['pin'], seed).optionOrders[0]
      expect(order[3]).toBe(3)
      orders.add(order.join(''))
    }
    expect(Array.from(orders).sort()).toEqual(['0123', '0213', '1023', '1203', '2013', '2103'])
  })
})

describe('isAnswerCorrect', () => {
  const q = question('x', 'no-trust', 'general')
  test('only the answer index is right', () => {
    expect([0, 1, 2, 3].map((i) => isAnswerCorrect(q, i))).toEqual([false, false, true, false])
  })
  test('garbage indices are wrong', () => {
    expect([NaN, 2.5, -1, 99].map((i) => isAnswerCorrect(q, i))).toEqual([false, false, false, false])
  })
})

describe('scoreQuiz', () => {
  // Rules: 3 no-trust, 3 no-disclose, 2 no-transfer, 2 report. Correct answer is index 2 (single) or 1 (对/错).
  const bank: QuizQuestion[] = [
    question('t1', 'no-trust', 'pig-butchering'),
    question('t2', 'no-trust', 'fake-credit'),
    question('t3', 'no-trust', 'general', 'true-false'),
    question('d1', 'no-disclose', 'fake-investment'),
    question('d2', 'no-disclose', 'fake-shopping'),
    question('d3', 'no-disclose', 'order-brushing'),
    question('m1', 'no-transfer', 'online-loan'),
    question('m2', 'no-transfer', 'game-trading', 'true-false'),
    question('r1', 'report', 'general'),
    question('r2', 'report', 'impersonating-leaders')
  ]
  const ids = bank.map((q) => q.id)
  const round: QuizRound = {
    seed: 0,
    questionIds: ids,
    optionOrders: bank.map((q) => q.options.map((_, i) => i))
  }
  const right = (id: string): AnswerRecord => {
    const q = bank.find((x) => x.id === id) as QuizQuestion
    return { questionId: id, chosen: q.answer, correct: true }
  }
  const wrong = (id: string): AnswerRecord => ({ questionId: id, chosen: 0, correct: false })
  /** Answers every question, wrong for the listed ids. */
  const answersWrongOn = (...wrongIds: string[]) =>
    ids.map((id) => (wrongIds.includes(id) ? wrong(id) : right(id)))

  test('per-rule tally, score, missed', () => {
    const result = scoreQuiz(bank, round, answersWrongOn('t1', 'd1', 'd2', 'm1'))
    expect(result.byRule).toEqual([
      { rule: 'no-trust', correct: 2, asked: 3, ratio: 2 / 3 },
      { rule: 'no-disclose', correct: 1, asked: 3, ratio: 1 / 3 },
      { rule: 'no-transfer', correct: 1, asked: 2, ratio: 0.5 },
      { rule: 'report', correct: 2, asked: 2, ratio: 1 }
    ])
    expect(result).toMatchObject({ score: 60, correct: 6, total: 10, weakestRule: 'no-disclose' })
    expect(result.grade.id).toBe('learner')
    expect(result.missed).toEqual(['t1', 'd1', 'd2', 'm1'])
  })

  test('weakest rule ties go 不转账 > 不透露 > 不轻信 > 及时报警', () => {
    // no-trust 2/3 vs no-disclose 2/3 → no-disclose.
    expect(scoreQuiz(bank, round, answersWrongOn('t1', 'd1')).weakestRule).toBe('no-disclose')
    // no-transfer 1/2 vs report 1/2 → no-transfer.
    expect(scoreQuiz(bank, round, answersWrongOn('m1', 'r1')).weakestRule).toBe('no-transfer')
    // no-trust 2/3 vs report 1/2: the lower ratio wins over the tie order.
    expect(scoreQuiz(bank, round, answersWrongOn('t1', 'r1')).weakestRule).toBe('report')
    // All four at 0: no-transfer.
    expect(scoreQuiz(bank, round, []).weakestRule).toBe('no-transfer')
  })

  test('ratios that are equal as fractions tie (2/4 vs 1/2)', () => {
    const extra = [...bank, question('d4', 'no-disclose', 'fake-credit')]
    const r: QuizRound = { ...round, questionIds: [...ids, 'd4'] }
    // no-disclose 2/4, report 1/2 → tie → no-disclose before report.
    const answers = [...answersWrongOn('d1', 'd2', 'r1'), { questionId: 'd4', chosen: 2, correct: true }]
    expect(scoreQuiz(extra, r, answers).weakestRule).toBe('no-disclose')
  })

  test('all right: 100, guardian, no weakest rule, nothing missed', () => {
    const result = scoreQuiz(bank, round, answersWrongOn())
    expect(result).toMatchObject({ score: 100, correct: 10, total: 10, weakestRule: null, missed: [] })
    expect(result.grade.id).toBe('guardian')
  })

  test('unanswered questions count as missed and as asked', () => {
    const answers = answersWrongOn().filter((a) => a.questionId !== 'r2' && a.questionId !== 't3')
    const result = scoreQuiz(bank, round, answers)
    expect(result).toMatchObject({ score: 80, correct: 8, total: 10, missed: ['t3', 'r2'] })
    expect(result.byRule[0]).toEqual({ rule: 'no-trust', correct: 2, asked: 3, ratio: 2 / 3 })
    expect(result.byRule[3]).toEqual({ rule: 'report', correct: 1, asked: 2, ratio: 0.5 })
    expect(result.weakestRule).toBe('report')
  })

  test('an empty round scores 0 with no weakest rule', () => {
    const result = scoreQuiz(bank, { seed: 0, questionIds: [], optionOrders: [] }, [])
    expect(result).toMatchObject({ score: 0, correct: 0, total: 0, weakestRule: null, missed: [] })
    expect(result.byRule.map((s) => [s.asked, s.ratio])).toEqual([
      [0, 0],
      [0, 0],
      [0, 0],
      [0, 0]
    ])
    expect(result.grade.id).toBe('starter')
  })

  test('rules not in the round are reported with asked 0 and never named weakest', () => {
    const r: QuizRound = {
      seed: 0,
      questionIds: ['t1', 'm1'],
      optionOrders: [
        [0, 1, 2, 3],
        [0, 1, 2, 3]
      ]
    }
    const result = scoreQuiz(bank, r, [wrong('t1'), right('m1')])
    expect(result.byRule.map((s) => s.asked)).toEqual([1, 0, 1, 0])
    expect(result).toMatchObject({ score: 50, total: 2, weakestRule: 'no-trust', missed: ['t1'] })
  })

  test('correctness comes from the bank, the first answer counts, strays are ignored', () => {
    const answers: AnswerRecord[] = [
      ...answersWrongOn().filter((a) => a.questionId !== 'd1'),
      { questionId: 'd1', chosen: 0, correct: true }, // claims right, is wrong
      right('d1'), // a second answer does not replace the first
      wrong('not-in-round')
    ]
    const result = scoreQuiz(bank, round, answers)
    expect(result).toMatchObject({ score: 90, correct: 9, total: 10, missed: ['d1'] })
  })

  test('round questions no longer in the bank are left out of the total', () => {
    const r: QuizRound = { ...round, questionIds: [...ids.slice(0, 9), 'removed'] }
    const result = scoreQuiz(bank, r, answersWrongOn())
    expect(result).toMatchObject({ score: 100, correct: 9, total: 9, missed: [] })
  })

  test('scores round to the nearest integer and grade at the boundaries', () => {
    const nine: QuizRound = { ...round, questionIds: ids.slice(0, 9) }
    // 8/9 = 88.9 → 89 → 防骗达人, not 反诈卫士.
    const result = scoreQuiz(bank, nine, answersWrongOn('t1'))
    expect(result.score).toBe(89)
    expect(result.grade.id).toBe('alert')
    expect(scoreQuiz(bank, round, answersWrongOn('t1')).grade.id).toBe('guardian') // 90
    expect(scoreQuiz(bank, round, answersWrongOn('t1', 't2', 't3')).grade.id).toBe('alert') // 70
    expect(scoreQuiz(bank, round, answersWrongOn('t1', 't2', 't3', 'd1', 'd2')).grade.id).toBe('learner') // 50
    expect(scoreQuiz(bank, round, answersWrongOn('t1', 't2', 't3', 'd1', 'd2', 'd3')).grade.id).toBe(
      'starter'
    ) // 40
  })
})

describe('gradeFor', () => {
  test('boundaries 49/50, 69/70, 89/90', () => {
    const ids = [0, 49, 50, 69, 70, 89, 90, 100].map((s) => gradeFor(s).id)
    expect(ids).toEqual([
      'starter',
      'starter',
      'learner',
      'learner',
      'alert',
      'alert',
      'guardian',
      'guardian'
    ])
  })

  test('titles as the brochure app names them, each with advice', () => {
    const grades = [95, 75, 55, 10].map(gradeFor)
    expect(grades.map((g) => g.title)).toEqual(['反诈卫士', '防骗达人', '还需加油', '刚起步，多练几次'])
    expect(grades.every((g) => g.advice.length >= 10)).toBe(true)
  })
})

describe('wrong-answer book', () => {
  const answer = (questionId: string, correct: boolean): AnswerRecord => ({ questionId, chosen: 0, correct })

  test('wrong answers are added with the time, right answers removed', () => {
    const book = { s1: 100, s2: 200 }
    const next = recordAnswers(book, [answer('s1', true), answer('s3', false), answer('s2', false)], 500)
    expect(next).toEqual({ s2: 200, s3: 500 })
    expect(book).toEqual({ s1: 100, s2: 200 })
  })

  test('answers apply in order: wrong then right leaves nothing', () => {
    expect(recordAnswers({}, [answer('s1', false), answer('s1', true)], 1)).toEqual({})
    expect(recordAnswers({}, [answer('s1', true), answer('s1', false)], 1)).toEqual({ s1: 1 })
  })

  test('prune drops ids not in the bank and garbage timestamps', () => {
    const stored: unknown = {
      s1: 10,
      s2: 'yesterday',
      s3: NaN,
      s4: -1,
      s5: null,
      s6: Infinity,
      s7: 0,
      gone: 20
    }
    expect(pruneBook(stored, synthetic)).toEqual({ s1: 10, s7: 0 })
  })

  test('prune turns anything that is not a book into an empty book', () => {
    for (const junk of [null, undefined, 'book', 42, ['s1'], true])
      expect(pruneBook(junk, synthetic)).toEqual({})
  })

  test('a "__proto__" key from storage neither survives nor pollutes', () => {
    const stored: unknown = JSON.parse('{"__proto__": 5, "s1": 1}')
    const pruned = pruneBook(stored, synthetic)
    expect(Object.keys(pruned)).toEqual(['s1'])
    expect(Object.getPrototypeOf(pruned)).toBe(Object.prototype)
  })

  test('ids most recent first, ties by id', () => {
    expect(wrongBookIds({ a: 1, c: 3, b: 3, d: 2 })).toEqual(['b', 'c', 'd', 'a'])
  })
})
