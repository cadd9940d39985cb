import {
  EMPTY_SAVED_STATE,
  mergeSavedStates,
  parseSavedText,
  isNewerVersion,
  sanitizeSavedState,
  serializeSavedState
} from '../../src/domain/savedState'
import { mergeBooks } from '../../src/domain/wrongBook'
import { damagedStates, expectSurvives } from './hostileFixture'

/** What loading does with stored text: decode, then rebuild field by field. */
const load = (raw: string) => sanitizeSavedState(parseSavedText(raw)?.state)

describe('every damaged saved state of the fixture', () => {
  test('the fixture has at least 25 damaged states', () => {
    expect(damagedStates.length).toBeGreaterThanOrEqual(25)
  })

  test.each(damagedStates.map((s) => [s.label, s] as const))(
    '%s: loads without throwing and keeps the valid data',
    (_label, s) => {
      const state = load(s.raw)
      expectSurvives(state, s.survives)
      // Rebuilt from checked fields only: small, shallow, and serializable again.
      const text = serializeSavedState(state)!
      expect(text.length).toBeLessThan(40_000)
      expect(load(text)).toEqual(state)
      expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    }
  )
})

describe('decoding stored text', () => {
  test('cut-off JSON, foreign values and a state that is not an object are nothing of ours', () => {
    expect(parseSavedText('{"state":{"bestScore":8')).toBeNull()
    expect(parseSavedText('{"hello":"world"}')).toBeNull()
    expect(parseSavedText('{"state":42,"version":1}')).toBeNull()
  })

  test('the version is read as a number, 0 when missing; a newer one is recognised', () => {
    expect(parseSavedText('{"state":{},"version":"1"}')?.version).toBe(1)
    expect(parseSavedText('{"state":{}}')?.version).toBe(0)
    expect(isNewerVersion(parseSavedText('{"state":{},"version":3}')!)).toBe(true)
    expect(isNewerVersion(parseSavedText('{"state":{},"version":2}')!)).toBe(false)
    expect(isNewerVersion(parseSavedText('{"state":{},"version":1}')!)).toBe(false)
  })

  test('a byte-order mark and double JSON encoding are tolerated', () => {
    const text = JSON.stringify({ state: { bestScore: 70 }, version: 1 })
    expect(load('\uFEFF' + text).bestScore).toBe(70)
    expect(load(JSON.stringify(text)).bestScore).toBe(70)
  })

  test('a score stored as 1e999 is recomputed from the counts, and the ratios too', () => {
    const result = {
      at: 5,
      mode: 'standard',
      score: 1e999,
      correct: 3,
      total: 4,
      byRule: ['no-trust', 'no-disclose', 'no-transfer', 'report'].map((rule) => ({
        rule,
        correct: 1,
        asked: 2,
        ratio: Number.NaN,
        deep: { a: { b: { c: 1 } } }
      }))
    }
    const state = sanitizeSavedState({ results: [result] })
    expect(state.results[0].score).toBe(75)
    expect(state.results[0].grade.id).toBe('alert')
    expect(state.results[0].byRule[0]).toEqual({ rule: 'no-trust', correct: 1, asked: 2, ratio: 0.5 })
    expect(state.bestScore).toBe(75)
  })

  test('over-long ids are dropped from the wrong book, missed questions and rounds', () => {
    const long = 'q'.repeat(65)
    expect(sanitizeSavedState({ wrongBook: { [long]: 1, 'q-ok': 2 } }).wrongBook).toEqual({ 'q-ok': 2 })
    const round = { seed: 1, questionIds: [long], optionOrders: [[0, 1]] }
    expect(
      sanitizeSavedState({ activeRound: { mode: 'standard', round, answers: [] } }).activeRound
    ).toBeNull()
  })

  test('an object that cannot be serialized gives null instead of throwing', () => {
    const cyclic = { ...EMPTY_SAVED_STATE } as Record<string, unknown>
    cyclic.results = [cyclic]
    expect(serializeSavedState(cyclic as never)).toBeNull()
  })
})

describe('merging two tabs', () => {
  const result = (at: number, correct: number) => ({
    ...sanitizeSavedState({
      results: [
        {
          at,
          correct,
          total: 10,
          byRule: ['no-trust', 'no-disclose', 'no-transfer', 'report'].map((rule) => ({
            rule,
            correct: 0,
            asked: 0
          }))
        }
      ]
    }).results[0]
  })

  /** A one-question test under way, drawn from `seed`. */
  const standardRound = (seed: number) =>
    sanitizeSavedState({
      activeRound: {
        mode: 'standard',
        round: { seed, questionIds: ['q1'], optionOrders: [[1, 0]] },
        answers: []
      }
    }).activeRound

  test('results, best scores, categories and wrong-book entries of both tabs are kept', () => {
    const base = EMPTY_SAVED_STATE
    const ours = {
      ...base,
      results: [result(2, 6)],
      bestScore: 60,
      wrongBook: { a: 2 },
      readCategories: ['fake-credit' as const]
    }
    const theirs = {
      ...base,
      results: [result(1, 9)],
      bestScore: 90,
      wrongBook: { b: 1 },
      readCategories: ['online-loan' as const]
    }
    const merged = mergeSavedStates(base, ours, theirs)
    expect(merged.results.map((r) => r.at)).toEqual([2, 1])
    expect(merged.bestScore).toBe(90)
    expect(merged.wrongBook).toEqual({ a: 2, b: 1 })
    expect(merged.readCategories).toEqual(['fake-credit', 'online-loan'])
  })

  test('a round the other tab finished meanwhile does not come back from this tab’s copy of it', () => {
    const round = standardRound(5)
    const finished = { ...result(100, 8), mode: 'standard' as const, seed: 5 }
    const base = { ...EMPTY_SAVED_STATE, activeRound: round }
    const theirs = { ...EMPTY_SAVED_STATE, results: [finished] }
    // This tab took the round up while the other played it, then wrote something else (大字模式).
    const merged = mergeSavedStates(base, { ...base, largeText: true }, theirs)
    expect(merged.activeRound).toBeNull()
    expect(merged.results).toEqual([finished])
    // Another round of the same kind, or a result that was already there, leaves this tab's round alone.
    const otherSeed = { ...finished, seed: 6 }
    expect(mergeSavedStates(base, base, { ...EMPTY_SAVED_STATE, results: [otherSeed] }).activeRound).toBe(
      round
    )
    const known = { ...base, results: [finished] }
    expect(mergeSavedStates(known, known, { ...EMPTY_SAVED_STATE, results: [finished] }).activeRound).toBe(
      round
    )
  })

  test('one round played in two tabs keeps the answers of both (a copy at 0 answers writes none away)', () => {
    const round = sanitizeSavedState({
      activeRound: {
        mode: 'standard',
        round: {
          seed: 7,
          questionIds: ['q1', 'q2', 'q3'],
          optionOrders: [
            [1, 0],
            [1, 0],
            [1, 0]
          ]
        },
        answers: []
      }
    }).activeRound!
    const answer = (questionId: string, chosen: number) => ({ questionId, chosen, correct: chosen === 0 })
    const theirs = {
      ...EMPTY_SAVED_STATE,
      activeRound: { ...round, answers: [answer('q1', 0), answer('q2', 0)] }
    }
    const ours = { ...EMPTY_SAVED_STATE, activeRound: { ...round, answers: [answer('q1', 1)] } }
    const merged = mergeSavedStates({ ...EMPTY_SAVED_STATE, activeRound: round }, ours, theirs).activeRound!
    expect(merged.answers).toEqual([answer('q1', 1), answer('q2', 0)])
    // A review finished in the other tab (results carry every round's seed now) is finished here too.
    const review = { ...round, mode: 'review' as const }
    const finished = { ...result(200, 3), mode: 'review' as const, seed: 7 }
    const base = { ...EMPTY_SAVED_STATE, activeRound: review }
    expect(mergeSavedStates(base, base, { ...EMPTY_SAVED_STATE, results: [finished] }).activeRound).toBeNull()
  })

  test('a wrong-book entry this tab cleared stays cleared; one the other tab cleared goes', () => {
    const base = { x: 1, y: 1, z: 1 }
    expect(mergeBooks(base, { y: 1, z: 1 }, { x: 1, y: 1 })).toEqual({ y: 1 })
  })

  test('a round in progress in this tab is kept; 大字模式 follows the tab that changed it', () => {
    const round = standardRound(1)
    const other = { ...round!, mode: 'practice' as const }
    expect(
      mergeSavedStates(
        EMPTY_SAVED_STATE,
        { ...EMPTY_SAVED_STATE, activeRound: round },
        { ...EMPTY_SAVED_STATE, activeRound: other }
      ).activeRound
    ).toBe(round)
    expect(
      mergeSavedStates(EMPTY_SAVED_STATE, EMPTY_SAVED_STATE, { ...EMPTY_SAVED_STATE, activeRound: other })
        .activeRound
    ).toBe(other)
    expect(
      mergeSavedStates({ ...EMPTY_SAVED_STATE, activeRound: round }, EMPTY_SAVED_STATE, {
        ...EMPTY_SAVED_STATE,
        activeRound: round
      }).activeRound
    ).toBeNull()
    expect(
      mergeSavedStates(EMPTY_SAVED_STATE, EMPTY_SAVED_STATE, { ...EMPTY_SAVED_STATE, largeText: true })
        .largeText
    ).toBe(true)
    expect(
      mergeSavedStates(EMPTY_SAVED_STATE, { ...EMPTY_SAVED_STATE, largeText: true }, EMPTY_SAVED_STATE)
        .largeText
    ).toBe(true)
  })
})
