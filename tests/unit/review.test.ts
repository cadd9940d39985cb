import type { ReviewSchedule } from '#types/learning'
import {
  DAY_MS,
  dueIds,
  MAX_REVIEW_ITEMS,
  pruneSchedule,
  recordReview,
  recordReviews,
  sanitizeSchedule
} from '../../src/domain/review'

// Phone-clock times in June, when no time zone changes to or from summer time: the schedule counts the phone's days.
const at = (month: number, date: number, hour: number, minute = 0, year = 2026) =>
  new Date(year, month - 1, date, hour, minute).getTime()
const T0 = at(6, 1, 20, 30)
const day = (n: number) => T0 + n * DAY_MS

describe('Leitner review schedule', () => {
  it('a miss comes back the next morning, then 3, 7 and 21 days on while answered right, then retires', () => {
    let s = recordReview({}, 'q1', false, T0)
    expect(dueIds(s, at(6, 2, 3, 59))).toEqual([])
    expect(dueIds(s, at(6, 2, 4))).toEqual(['q1'])
    s = recordReview(s, 'q1', true, at(6, 2, 8))
    expect(dueIds(s, at(6, 5, 3, 59))).toEqual([])
    expect(dueIds(s, at(6, 5, 4))).toEqual(['q1'])
    s = recordReview(s, 'q1', true, at(6, 5, 21))
    expect(dueIds(s, at(6, 12, 3, 59))).toEqual([])
    s = recordReview(s, 'q1', true, at(6, 12, 9))
    expect(s.q1).toEqual({ box: 3, due: at(7, 3, 4) })
    expect(dueIds(s, at(7, 3, 3, 59))).toEqual([])
    s = recordReview(s, 'q1', true, at(7, 3, 10))
    expect(s).toEqual({})
  })

  it('a miss after midnight belongs to the day before: it is due at 04:00 the same night', () => {
    const s = recordReview({}, 'q1', false, at(6, 2, 1))
    expect(s.q1).toEqual({ box: 0, due: at(6, 2, 4) })
    expect(recordReview({}, 'q1', false, at(6, 2, 4)).q1).toEqual({ box: 0, due: at(6, 3, 4) })
  })

  it('wrong again starts over at the next day', () => {
    let s = recordReview({}, 'q1', false, T0)
    s = recordReview(s, 'q1', true, at(6, 2, 8))
    s = recordReview(s, 'q1', false, at(6, 5, 9))
    expect(s.q1).toEqual({ box: 0, due: at(6, 6, 4) })
  })

  it('a right answer before the item is due does not skip the wait', () => {
    const s = recordReview({}, 'q1', false, T0)
    expect(recordReview(s, 'q1', true, at(6, 1, 23))).toBe(s)
    expect(recordReview({}, 'q2', true, T0)).toEqual({})
  })

  it('lists due items longest-waiting first', () => {
    const s = recordReviews(
      {},
      [
        { id: 'b', right: false },
        { id: 'a', right: false }
      ],
      T0
    )
    const later = recordReview(s, 'c', false, day(-1))
    expect(dueIds(later, day(2))).toEqual(['c', 'a', 'b'])
  })

  describe('clock jumps never crash or lose the schedule', () => {
    const s = recordReview(recordReview({}, 'q1', false, T0), 'q1', true, at(6, 2, 8)) // box 1, due 5 June

    it('a clock set back a year offers the item now instead of hiding it for a year', () => {
      const yearAgo = at(6, 2, 8, 0, 2025)
      expect(dueIds(s, yearAgo)).toEqual(['q1'])
      // Answered then, it moves up a box, re-based on that clock.
      const again = recordReview(s, 'q1', true, yearAgo)
      expect(again.q1).toEqual({ box: 2, due: at(6, 9, 4, 0, 2025) })
      // A clock set back only a little, within the interval, keeps the wait.
      expect(dueIds(s, at(6, 3, 10))).toEqual([])
    })

    it('a clock set forward makes it due; answering then and going back keeps it within its interval', () => {
      const future = at(7, 6, 10, 0, 2027)
      expect(dueIds(s, future)).toEqual(['q1'])
      const moved = recordReview(s, 'q1', true, future) // box 2, due 13 July 2027
      expect(moved.q1).toEqual({ box: 2, due: at(7, 13, 4, 0, 2027) })
      // Back to the right date: more than the 7-day interval ahead, so it is not trusted.
      expect(dueIds(moved, at(6, 6, 10))).toEqual(['q1'])
      expect(dueIds(moved, at(7, 7, 10, 0, 2027))).toEqual([])
    })

    it('NaN, infinite or out-of-range times neither throw nor drop items', () => {
      expect(() => dueIds(s, Number.NaN)).not.toThrow()
      const odd = recordReview(s, 'q2', false, Number.POSITIVE_INFINITY)
      expect(Object.keys(odd).sort()).toEqual(['q1', 'q2'])
      expect(Number.isFinite(odd.q2.due)).toBe(true)
      expect(Number.isFinite(recordReview({}, 'q3', false, 8.64e15).q3.due)).toBe(true)
    })
  })

  describe('damaged saved schedules', () => {
    it('keep well-formed cards and drop the rest', () => {
      const raw = {
        ok: { box: 2, due: T0 },
        badBox: { box: 9, due: T0 },
        fraction: { box: 1.5, due: T0 },
        noDue: { box: 1, due: 'soon' },
        inf: { box: 0, due: Number.POSITIVE_INFINITY },
        ['x'.repeat(200)]: { box: 0, due: T0 },
        notACard: 5
      }
      expect(sanitizeSchedule(raw)).toEqual({ ok: { box: 2, due: T0 } })
      expect(sanitizeSchedule('junk')).toEqual({})
      expect(sanitizeSchedule(null)).toEqual({})
      expect(sanitizeSchedule([1, 2])).toEqual({})
    })

    it('keep only ids the caller knows, and "__proto__" stays plain data', () => {
      const raw = JSON.parse('{"__proto__": {"box": 0, "due": 1}, "q1": {"box": 0, "due": 1}}') as unknown
      const clean = sanitizeSchedule(raw, (id) => id !== 'q1')
      expect(Object.keys(clean)).toEqual(['__proto__'])
      expect(Object.getPrototypeOf(clean)).toBe(Object.prototype)
    })

    it('keep at most MAX_REVIEW_ITEMS, the soonest due', () => {
      const raw: ReviewSchedule = {}
      for (let i = 0; i < MAX_REVIEW_ITEMS + 5; i++) raw[`q${i}`] = { box: 0, due: T0 + i }
      const clean = sanitizeSchedule(raw)
      expect(Object.keys(clean)).toHaveLength(MAX_REVIEW_ITEMS)
      expect(clean).not.toHaveProperty(`q${MAX_REVIEW_ITEMS + 4}`)
    })

    it('prune ids the bank no longer has, returning the same object when none go', () => {
      const s = recordReviews(
        {},
        [
          { id: 'a', right: false },
          { id: 'b', right: false }
        ],
        T0
      )
      expect(pruneSchedule(s, () => true)).toBe(s)
      expect(Object.keys(pruneSchedule(s, (id) => id === 'a'))).toEqual(['a'])
    })
  })
})
