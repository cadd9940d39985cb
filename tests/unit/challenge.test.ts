import { brochure } from '../../src/data'
import { questions } from '../../src/data/quiz'
import { drawRound } from '../../src/domain/quiz'
import { parseChallenge, roundFingerprint } from '../../src/domain/challenge'
import { buildShareCardText, buildSharePayload } from '../../src/domain/share'
import { combinedRuleScores, weakestOf } from '../../src/domain/progress'

/** The query of a share path as the page's router would hand it over (values decoded). */
function queryOf(path: string): Record<string, string> {
  const query = path.slice(path.indexOf('?') + 1)
  return Object.fromEntries(
    query.split('&').map((pair) => {
      const [key, value] = pair.split('=')
      return [key, decodeURIComponent(value)]
    })
  )
}

describe('家庭同题挑战 links', () => {
  it('round-trip: the seed and fingerprint in the share path redraw the same questions in the same order', () => {
    const round = drawRound(questions, 20261129)
    const check = roundFingerprint(round.questionIds)
    const { path, title } = buildSharePayload(
      { page: 'quiz-challenge', seed: round.seed, check, score: 80 },
      brochure
    )
    expect(path.startsWith('/pages/learn/quiz/index?')).toBe(true)
    expect(title).toContain('80 分')
    const link = parseChallenge(queryOf(path))
    expect(link).toEqual({ kind: 'round', seed: 20261129, check })
    if (link.kind !== 'round') throw new Error('not a round')
    const again = drawRound(questions, link.seed)
    expect(again.questionIds).toEqual(round.questionIds)
    expect(again.optionOrders).toEqual(round.optionOrders)
    expect(roundFingerprint(again.questionIds)).toBe(link.check)
  })

  it('a seed from the clock (wider than 32 bits, as the quiz page draws rounds) round-trips to the same round', () => {
    const seed = 1764400000123
    const round = drawRound(questions, seed)
    const check = roundFingerprint(round.questionIds)
    const { path } = buildSharePayload({ page: 'quiz-challenge', seed, check }, brochure)
    const link = parseChallenge(queryOf(path))
    if (link.kind !== 'round') throw new Error(`not a round: ${link.kind}`)
    expect(drawRound(questions, link.seed).questionIds).toEqual(round.questionIds)
    expect(drawRound(questions, link.seed).optionOrders).toEqual(round.optionOrders)
  })

  it('a changed bank no longer matches the fingerprint', () => {
    const round = drawRound(questions, 7)
    const changed = drawRound(questions.slice(1), 7)
    expect(roundFingerprint(changed.questionIds)).not.toBe(roundFingerprint(round.questionIds))
  })

  it('invites without a score and never names a prize', () => {
    const payload = buildSharePayload({ page: 'quiz-challenge', seed: 1, check: 'abc' }, brochure)
    expect(payload.title).toBe('你也来做同一套题，做完把结果发回来')
    expect(payload.title).not.toMatch(/奖|红包|解锁/)
    expect(buildShareCardText({ page: 'quiz-challenge', seed: 1, check: 'abc' }, brochure).title).toBe(
      '家庭同题挑战'
    )
  })

  it.each([
    [{}, 'none'],
    [{ challenge: '' }, 'broken'],
    [{ challenge: '12x', check: 'abc' }, 'broken'],
    [{ challenge: '-5', check: 'abc' }, 'broken'],
    [{ challenge: '99999999999', check: 'abc' }, 'broken'],
    [{ challenge: '4294967296', check: 'abc' }, 'broken'],
    [{ challenge: '12' }, 'broken'],
    [{ challenge: '12', check: '<script>' }, 'broken'],
    [{ challenge: '12', check: 'abc' }, 'round'],
    [{ challenge: ['12'], check: 'abc' }, 'broken']
  ])('reads %j as %s, never throwing', (params, kind) => {
    expect(parseChallenge(params).kind).toBe(kind)
  })
})

describe('the combined per-rule picture', () => {
  it('adds the last quiz, every scenario played and every drill answered', () => {
    const quiz = [
      { rule: 'no-trust' as const, correct: 2, asked: 2, ratio: 1 },
      { rule: 'no-disclose' as const, correct: 1, asked: 2, ratio: 0.5 },
      { rule: 'no-transfer' as const, correct: 3, asked: 3, ratio: 1 },
      { rule: 'report' as const, correct: 2, asked: 3, ratio: 2 / 3 }
    ]
    const byRule = combinedRuleScores(
      quiz,
      {
        'fake-credit': {
          at: 1,
          ending: 'outcome',
          tally: [
            [1, 2],
            [0, 1],
            [0, 1],
            [0, 0]
          ]
        }
      },
      { d1: { rule: 'report', right: true }, d2: { rule: 'no-transfer', right: false } }
    )
    expect(byRule.map((s) => [s.rule, s.correct, s.asked])).toEqual([
      ['no-trust', 3, 4],
      ['no-disclose', 1, 3],
      ['no-transfer', 3, 5],
      ['report', 3, 4]
    ])
    expect(weakestOf(byRule)).toBe('no-disclose')
  })

  it('has no weakest rule before anything was practised or when all was right', () => {
    expect(weakestOf(combinedRuleScores(undefined, {}, {}))).toBeNull()
    expect(weakestOf(combinedRuleScores(undefined, {}, { d: { rule: 'report', right: true } }))).toBeNull()
  })
})
