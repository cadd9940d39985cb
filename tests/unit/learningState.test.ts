import { EMPTY_LEARNING_STATE, isReviewId, sanitizeLearningState } from '../../src/domain/learningState'

const T = Date.UTC(2026, 10, 29)
const good = {
  reviewSchedule: { 'q-fake-credit-1': { box: 1, due: T }, 'scn:online-loan:p2': { box: 0, due: T } },
  scenarioRecords: {
    'online-loan': {
      at: T,
      ending: 'safe',
      tally: [
        [0, 1],
        [1, 1],
        [0, 0],
        [0, 0]
      ]
    }
  },
  drillRecord: { 'd-online-loan-1': { rule: 'no-transfer', right: true } }
}

describe('saved learning state', () => {
  it('keeps a well-formed state as it is', () => {
    expect(sanitizeLearningState(JSON.parse(JSON.stringify(good)))).toEqual(good)
  })

  it.each([undefined, null, 'junk', 42, [], { reviewSchedule: 'x', scenarioRecords: [], drillRecord: 7 }])(
    'turns %j into the empty state',
    (raw) => {
      expect(sanitizeLearningState(raw)).toEqual(EMPTY_LEARNING_STATE)
    }
  )

  it('drops only the damaged entries and keeps the rest', () => {
    const raw = JSON.parse(JSON.stringify(good))
    raw.reviewSchedule['scn:not-a-scam:p1'] = { box: 0, due: T }
    raw.reviewSchedule['q-ok'] = { box: 7, due: T }
    raw.scenarioRecords['not-a-scam'] = good.scenarioRecords['online-loan']
    raw.scenarioRecords['fake-credit'] = {
      at: T,
      ending: 'safe',
      tally: [
        [2, 1],
        [0, 0],
        [0, 0],
        [0, 0]
      ]
    }
    raw.scenarioRecords['game-trading'] = {
      at: Infinity,
      ending: 'safe',
      tally: [
        [0, 0],
        [0, 0],
        [0, 0],
        [0, 0]
      ]
    }
    raw.scenarioRecords['fake-shopping'] = {
      at: T,
      ending: 'won',
      tally: [
        [0, 0],
        [0, 0],
        [0, 0],
        [0, 0]
      ]
    }
    raw.scenarioRecords['order-brushing'] = {
      at: T,
      ending: 'safe',
      tally: [
        [5, 5],
        [5, 5],
        [0, 0],
        [0, 0]
      ]
    }
    raw.drillRecord['d-2'] = { rule: 'be-brave', right: true }
    raw.drillRecord['d-3'] = { rule: 'report', right: 'yes' }
    raw.drillRecord['x'.repeat(100)] = { rule: 'report', right: true }
    expect(sanitizeLearningState(raw)).toEqual(good)
  })

  it('caps the number of drill answers', () => {
    const drillRecord: Record<string, unknown> = {}
    for (let i = 0; i < 500; i++) drillRecord[`d-${i}`] = { rule: 'report', right: true }
    expect(Object.keys(sanitizeLearningState({ drillRecord }).drillRecord)).toHaveLength(100)
  })

  it('keeps "__proto__" keys as plain data, never as a prototype', () => {
    const raw = JSON.parse('{"drillRecord": {"__proto__": {"rule": "report", "right": true}}}') as unknown
    const clean = sanitizeLearningState(raw)
    expect(Object.getPrototypeOf(clean.drillRecord)).toBe(Object.prototype)
    expect(Object.keys(clean.drillRecord)).toEqual(['__proto__'])
  })

  it('accepts review ids of quiz questions and of known scenarios only', () => {
    expect(isReviewId('q-fake-credit-1')).toBe(true)
    expect(isReviewId('scn:fake-credit:p1')).toBe(true)
    expect(isReviewId('scn:made-up:p1')).toBe(false)
    expect(isReviewId('scn:')).toBe(false)
    expect(isReviewId('<img onerror>')).toBe(false)
  })
})
