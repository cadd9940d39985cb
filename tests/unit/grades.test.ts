import {
  barTone,
  GRADES,
  gradeFor,
  gradeForRound,
  practiseFirstWords,
  practiseFirst,
  rulesToStrengthen,
  strengthenTitle
} from '@/domain/grades'
import { weakestOf } from '@/domain/progress'
import type { RuleId } from '#types/content'
import type { RuleScore } from '#types/quiz'

const score = (rule: RuleId, correct: number, asked: number): RuleScore => ({
  rule,
  correct,
  asked,
  ratio: asked > 0 ? correct / asked : 0
})

describe('grades encourage, never label', () => {
  test('no grade calls a person 高危 or says scammers like them', () => {
    for (const grade of Object.values(GRADES)) {
      expect(`${grade.title}${grade.advice}`).not.toMatch(/高危|骗子最爱|容易上当/)
    }
  })

  test('a low full-test score is a start, with the next step in plain words', () => {
    const low = gradeFor(20)
    expect(low.id).toBe('starter')
    expect(low.advice).toContain('96110')
    expect(gradeFor(95).title).toBe('反诈卫士')
  })

  test('a practice round of questions already seen earns no title, even all right', () => {
    expect(gradeForRound(100, 'practice').title).toBe('错题练习')
    expect(gradeForRound(100, 'practice').title).not.toBe('反诈卫士')
    expect(gradeForRound(100, 'standard').title).toBe('反诈卫士')
  })

  test("a review round says it was today's review, not 错题练习, and how the schedule moves", () => {
    const review = gradeForRound(100, 'review')
    expect(review.title).toBe('今天的复习')
    expect(review.advice).toContain('隔得更久')
  })
})

describe('rules to strengthen', () => {
  test('a three-way tie at 50 % names all three, in the order of the bars, and practises 不转账 first', () => {
    const byRule = [
      score('no-trust', 1, 2),
      score('no-disclose', 1, 2),
      score('no-transfer', 1, 2),
      score('report', 4, 4)
    ]
    expect(rulesToStrengthen(byRule)).toEqual(['no-trust', 'no-disclose', 'no-transfer'])
    expect(weakestOf(byRule)).toBe('no-transfer')
  })

  // Round 55's trial: the result named 不转账、不轻信 while its bars showed 不轻信 above 不转账.
  test('names a tie in the order the bars are given, whatever that order, and picks the first to practise apart', () => {
    const bars = [
      score('report', 0, 1),
      score('no-transfer', 1, 2),
      score('no-trust', 0, 2),
      score('no-disclose', 2, 2)
    ]
    expect(rulesToStrengthen(bars)).toEqual(['report', 'no-trust'])
    expect(weakestOf(bars)).toBe('no-trust')
    expect(practiseFirst(['report', 'no-trust', 'no-transfer'])).toBe('no-transfer')
    expect(practiseFirst([])).toBeNull()
  })

  // Round 54's trial: 6 of 10 wrong.
  test('goes by the share right (the shortest bar), not by the count of wrong answers: 0/2 before 1/4', () => {
    const byRule = [
      score('no-trust', 1, 2),
      score('no-disclose', 0, 2),
      score('no-transfer', 1, 4),
      score('report', 2, 2)
    ]
    expect(rulesToStrengthen(byRule)).toEqual(['no-disclose'])
    expect(weakestOf(byRule)).toBe('no-disclose')
  })

  test('names one rule, or a tie as a tie, in the same words on every page', () => {
    expect(strengthenTitle(['不透露'])).toBe('最需要加强：不透露')
    expect(strengthenTitle(['不转账', '不透露'])).toBe('这几条一样需要加强：不转账、不透露')
    expect(strengthenTitle([])).toBe('')
    expect(practiseFirstWords('不透露', false)).toBe('练练「不透露」')
    expect(practiseFirstWords('不转账', true)).toBe('从「不转账」开始，练练这几条')
  })

  test('a single lowest rule is named alone; 1/3 and 2/6 tie exactly', () => {
    expect(
      rulesToStrengthen([score('no-trust', 1, 3), score('no-disclose', 2, 3), score('report', 0, 0)])
    ).toEqual(['no-trust'])
    expect(rulesToStrengthen([score('no-trust', 1, 3), score('no-transfer', 2, 6)])).toEqual([
      'no-trust',
      'no-transfer'
    ])
  })

  test('nothing to strengthen when all asked rules are fully right or nothing was asked', () => {
    expect(rulesToStrengthen([score('no-trust', 3, 3), score('report', 0, 0)])).toEqual([])
    expect(rulesToStrengthen([])).toEqual([])
  })
})

describe('bar colours follow the score', () => {
  test.each([
    [3, 3, 'good'],
    [4, 5, 'good'],
    [2, 3, 'fair'],
    [1, 2, 'fair'],
    [1, 3, 'weak'],
    [0, 2, 'weak'],
    [0, 0, 'none']
  ] as const)('%i of %i right is %s', (correct, asked, tone) => {
    expect(barTone(score('no-trust', correct, asked))).toBe(tone)
  })
})
