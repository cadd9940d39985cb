import { isReviewId, LEARNING_SLICES } from '../../src/domain/learningState'
import { mergeSavedStates, sanitizeSavedState } from '../../src/domain/savedState'

const EMPTY_LEARNING_STATE = { reviewSchedule: {}, scenarioRecords: {}, drillRecord: {} }

/** The learning fields of a saved state read back from storage. */
function sanitizeLearningState(raw: unknown) {
  const { reviewSchedule, scenarioRecords, drillRecord } = sanitizeSavedState(raw)
  return { reviewSchedule, scenarioRecords, drillRecord }
}

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

  it('a version 1 state (no learning fields) keeps its quiz progress and starts learning empty', () => {
    const state = sanitizeSavedState({ bestScore: 80, readCategories: ['fake-credit'] })
    expect(state.bestScore).toBe(80)
    expect(sanitizeLearningState({ bestScore: 80 })).toEqual(EMPTY_LEARNING_STATE)
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

describe('two tabs', () => {
  const base = sanitizeSavedState(good)
  it("keep both tabs' review items, scenario plays and drill answers", () => {
    const ours = sanitizeSavedState({
      ...good,
      reviewSchedule: { ...good.reviewSchedule, 'q-ours': { box: 0, due: T } },
      drillRecord: { ...good.drillRecord, 'd-ours': { rule: 'report', right: false } }
    })
    const theirs = sanitizeSavedState({
      ...good,
      reviewSchedule: { ...good.reviewSchedule, 'q-theirs': { box: 0, due: T } },
      scenarioRecords: {
        ...good.scenarioRecords,
        'online-loan': { ...good.scenarioRecords['online-loan'], at: T + 5, ending: 'outcome' },
        'fake-credit': good.scenarioRecords['online-loan']
      }
    })
    const merged = mergeSavedStates(base, ours, theirs)
    expect(Object.keys(merged.reviewSchedule).sort()).toEqual(
      ['q-fake-credit-1', 'q-ours', 'q-theirs', 'scn:online-loan:p2'].sort()
    )
    expect(merged.scenarioRecords['online-loan']?.ending).toBe('outcome')
    expect(merged.scenarioRecords['fake-credit']).toBeDefined()
    expect(Object.keys(merged.drillRecord).sort()).toEqual(['d-online-loan-1', 'd-ours'])
  })

  it("an item this tab reviewed (and retired) is not brought back by the other tab's old copy", () => {
    const ours = { ...base.reviewSchedule }
    delete ours['q-fake-credit-1']
    const merged = LEARNING_SLICES.reviewSchedule.merge(base.reviewSchedule, ours, base.reviewSchedule)
    expect(merged).not.toHaveProperty('q-fake-credit-1')
  })
})
