import { eachRoundNote, questionCounter, ROUND_NAMES, ROUND_SIZE } from '../../src/domain/rounds'
import { keepTogetherRuns } from '../../src/domain/keepTogether'

describe('rounds of ten', () => {
  test('a count that takes more than one round says how many a round holds; one round says nothing more', () => {
    expect(`今天要复习 14 题${eachRoundNote(14)}`).toBe('今天要复习 14 题，每次 10 题')
    expect(`练习错题（17 道${eachRoundNote(17, '道')}）`).toBe('练习错题（17 道，每次 10 道）')
    expect(eachRoundNote(ROUND_SIZE)).toBe('')
    expect(eachRoundNote(3)).toBe('')
  })

  test('every kind of round has a name in the person’s words', () => {
    expect(Object.values(ROUND_NAMES)).toEqual(['测试', '错题练习', '复习', '家庭同题挑战'])
  })
})

test('a question counter reads 第 1/10 题 and is kept whole on one line (round 54: 今天的复习 · 第 / 1/10 题)', () => {
  expect(questionCounter(1, 10)).toBe('第 1/10 题')
  expect(keepTogetherRuns(`今天的复习 · ${questionCounter(1, 10)}`)).toEqual([
    { text: '今天的复习 · ', whole: false },
    { text: '第 1/10 题', whole: true }
  ])
})
