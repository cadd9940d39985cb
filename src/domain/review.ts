/**
 * 隔几天再练: a fixed-interval (Leitner) schedule for what a person got wrong. A miss puts the item in box 0,
 * due the next day; each right answer when due moves it to the next box (3, 7, then 21 days); a right answer in
 * the last box retires it; a wrong answer starts it over. Days are the phone's own days, starting at 04:00 (as in
 * Anki's "next day starts at"): a miss at 20:30 is due the next morning, as home promises ("答错的题第二天会再来考你"),
 * not at 20:30 the next evening (a new user's trial), and one at 01:00 belongs to the day before. Spaced retrieval beats massed study, and a fixed
 * scheme needs no library (nothing fit the main-package budget better than these few lines).
 *
 * Times are the phone's clock, in ms since epoch, and clocks jump: a card due further ahead than its box's interval
 * (the clock was set back) is due now instead of hidden for as long as the clock was wrong, and a clock set forward
 * only makes cards due early; the next answer re-bases the card on the clock of that moment. Nothing here throws
 * on odd numbers and no jump drops an item.
 */
import type { ReviewCard, ReviewSchedule } from '#types/learning'

export const DAY_MS = 24 * 60 * 60 * 1000
const HOUR_MS = 60 * 60 * 1000
/** The hour a new day of study starts, on the phone's clock. */
const DAY_START_HOUR = 4
/** Days until the next review, by box. */
const REVIEW_INTERVAL_DAYS = [1, 3, 7, 21] as const
/** The most items kept; the oldest-due go first when there are more (a bounded saved state). */
export const MAX_REVIEW_ITEMS = 200
/** Longest item id kept (quiz ids and "scn:<category>:<point>" are far shorter). */
const MAX_REVIEW_ID_LENGTH = 80

const LAST_BOX = REVIEW_INTERVAL_DAYS.length - 1

function intervalDays(box: number): number {
  return REVIEW_INTERVAL_DAYS[Math.min(Math.max(box, 0), LAST_BOX)]
}

function intervalMs(box: number): number {
  return intervalDays(box) * DAY_MS
}

/** The start (04:00, phone time) of the day of study `days` after the one `t` falls in. */
function dayStartAfter(t: number, days: number): number {
  const day = new Date(t - DAY_START_HOUR * HOUR_MS)
  day.setHours(DAY_START_HOUR, 0, 0, 0)
  day.setDate(day.getDate() + days)
  // Beyond the dates a Date can hold (a clock gone wild), whole days from `t`.
  return Number.isFinite(day.getTime()) ? day.getTime() : t + days * DAY_MS
}

/** When a card in `box`, answered at `t`, is due again. */
function dueFrom(t: number, box: number): number {
  return dayStartAfter(t, intervalDays(box))
}

function validNow(now: number): number {
  return Number.isFinite(now) ? now : 0
}

/** Own-property copy, so an id such as "__proto__" stays plain data. */
function toSchedule(entries: [string, ReviewCard][]): ReviewSchedule {
  const out: ReviewSchedule = {}
  entries.forEach(([id, card]) =>
    Object.defineProperty(out, id, { value: card, enumerable: true, writable: true, configurable: true })
  )
  return out
}

/**
 * Due at `now`: its time has come, or its due time is further ahead than its whole interval, which only a clock
 * set back can cause. Such a time can no longer be believed, so the item is offered now rather than hidden for
 * as long as the clock was wrong.
 */
function isDue(card: ReviewCard, now: number): boolean {
  const t = validNow(now)
  // An hour of slack for a change to or from summer time inside the interval.
  return card.due <= t || card.due - t > intervalMs(card.box) + HOUR_MS
}

/** Ids due at `now`, the longest-waiting first (ties by id, so the order is stable). */
export function dueIds(schedule: ReviewSchedule, now: number): string[] {
  return Object.entries(schedule)
    .filter(([, card]) => isDue(card, now))
    .sort((a, b) => a[1].due - b[1].due || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([id]) => id)
}

/**
 * Records one answer. Wrong: the item (new or not) goes to box 0, due the next day. Right: a due item moves
 * up a box (or retires after the last); an item not due, or not scheduled, is left as it is, so answering a
 * question again in an ordinary quiz round never skips the wait.
 */
export function recordReview(
  schedule: ReviewSchedule,
  id: string,
  right: boolean,
  now: number
): ReviewSchedule {
  const t = validNow(now)
  const entries = Object.entries(schedule).filter(([key]) => key !== id)
  const card = Object.prototype.hasOwnProperty.call(schedule, id) ? schedule[id] : undefined
  if (!right) return capped(toSchedule([...entries, [id, { box: 0, due: dueFrom(t, 0) }]]))
  if (!card || !isDue(card, t)) return schedule
  if (card.box >= LAST_BOX) return toSchedule(entries)
  return toSchedule([...entries, [id, { box: card.box + 1, due: dueFrom(t, card.box + 1) }]])
}

/** Records several answers at once (e.g. a finished round), in order. */
export function recordReviews(
  schedule: ReviewSchedule,
  answers: readonly { id: string; right: boolean }[],
  now: number
): ReviewSchedule {
  return answers.reduce((s, a) => recordReview(s, a.id, a.right, now), schedule)
}

/** Keeps at most MAX_REVIEW_ITEMS, dropping the ones due latest (they are the best learnt). */
function capped(schedule: ReviewSchedule): ReviewSchedule {
  const entries = Object.entries(schedule)
  if (entries.length <= MAX_REVIEW_ITEMS) return schedule
  return toSchedule(entries.sort((a, b) => a[1].due - b[1].due).slice(0, MAX_REVIEW_ITEMS))
}

/**
 * Cleans a schedule read from storage: ids of the right shape (`isKnownId`), boxes 0–3, finite due times; at
 * most MAX_REVIEW_ITEMS. Anything else is dropped, never thrown on.
 */
export function sanitizeSchedule(
  raw: unknown,
  isKnownId: (id: string) => boolean = () => true
): ReviewSchedule {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {}
  const entries = Object.entries(raw).filter((e): e is [string, ReviewCard] => {
    const [id, card] = e
    if (id === '' || id.length > MAX_REVIEW_ID_LENGTH || !isKnownId(id)) return false
    if (typeof card !== 'object' || card === null) return false
    const { box, due } = card as Record<string, unknown>
    return (
      Number.isInteger(box) && (box as number) >= 0 && (box as number) <= LAST_BOX && Number.isFinite(due)
    )
  })
  return capped(toSchedule(entries.map(([id, c]) => [id, { box: c.box, due: c.due }])))
}

/** Drops items whose question no longer exists (with the bank in hand); the same object when nothing went. */
export function pruneSchedule(schedule: ReviewSchedule, known: (id: string) => boolean): ReviewSchedule {
  const entries = Object.entries(schedule)
  const kept = entries.filter(([id]) => known(id))
  return kept.length === entries.length ? schedule : toSchedule(kept)
}
