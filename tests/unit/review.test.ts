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

const T0 = Date.UTC(2026, 10, 1, 8)
const day = (n: number) => T0 + n * DAY_MS

describe('Leitner review schedule', () => {
  it('a miss comes back after 1, then 3, 7 and 21 days while answered right, then retires', () => {
    let s = recordReview({}, 'q1', false, T0)
    expect(dueIds(s, day(0.9))).toEqual([])
    expect(dueIds(s, day(1))).toEqual(['q1'])
    s = recordReview(s, 'q1', true, day(1))
    expect(dueIds(s, day(3.9))).toEqual([])
    expect(dueIds(s, day(4))).toEqual(['q1'])
    s = recordReview(s, 'q1', true, day(4))
    expect(dueIds(s, day(10.9))).toEqual([])
    s = recordReview(s, 'q1', true, day(11))
    expect(s.q1).toEqual({ box: 3, due: day(32) })
    expect(dueIds(s, day(31.9))).toEqual([])
    s = recordReview(s, 'q1', true, day(32))
    expect(s).toEqual({})
  })

  it('wrong again starts over at one day', () => {
    let s = recordReview({}, 'q1', false, T0)
    s = recordReview(s, 'q1', true, day(1))
    s = recordReview(s, 'q1', false, day(4))
    expect(s.q1).toEqual({ box: 0, due: day(5) })
  })

  it('a right answer before the item is due does not skip the wait', () => {
    const s = recordReview({}, 'q1', false, T0)
    expect(recordReview(s, 'q1', true, day(0.5))).toBe(s)
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
    const s = recordReview(recordReview({}, 'q1', false, T0), 'q1', true, day(1)) // box 1, due day 4

    it('a clock set back a year offers the item now instead of hiding it for a year', () => {
      const yearAgo = day(-365)
      expect(dueIds(s, yearAgo)).toEqual(['q1'])
      // Answered then, it moves up a box, re-based on that clock.
      const again = recordReview(s, 'q1', true, yearAgo)
      expect(again.q1).toEqual({ box: 2, due: yearAgo + 7 * DAY_MS })
      // A clock set back only a little, within the interval, keeps the wait.
      expect(dueIds(s, day(2))).toEqual([])
    })

    it('a clock set forward makes it due; answering then and going back keeps it within its interval', () => {
      const future = day(400)
      expect(dueIds(s, future)).toEqual(['q1'])
      const moved = recordReview(s, 'q1', true, future) // box 2, due day 407
      expect(moved.q1).toEqual({ box: 2, due: day(407) })
      // Back to the right date: 407 days ahead is more than the 7-day interval, so it is not trusted.
      expect(dueIds(moved, day(5))).toEqual(['q1'])
      expect(dueIds(moved, day(401))).toEqual([])
    })

    it('NaN or infinite times neither throw nor drop items', () => {
      expect(() => dueIds(s, Number.NaN)).not.toThrow()
      const odd = recordReview(s, 'q2', false, Number.POSITIVE_INFINITY)
      expect(Object.keys(odd).sort()).toEqual(['q1', 'q2'])
      expect(Number.isFinite(odd.q2.due)).toBe(true)
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
