/** The wrong-answer book (错题本): question id → when it was first missed. Pure, and kept apart from the quiz
 * engine so the main package can clean saved state without loading round drawing and scoring. */
import type { QuizQuestion } from '#types/content'
import type { AnswerRecord, WrongBook } from '#types/quiz'

function ownEntries(book: unknown): [string, unknown][] {
  return typeof book === 'object' && book !== null && !Array.isArray(book) ? Object.entries(book) : []
}

/** Defines own properties, so even an id like "__proto__" stays plain data instead of setting a prototype. */
function toBook(entries: [string, number][]): WrongBook {
  const book: WrongBook = {}
  entries.forEach(([id, time]) =>
    Object.defineProperty(book, id, { value: time, enumerable: true, writable: true, configurable: true })
  )
  return book
}

/** A wrong answer adds the question (keeping the time it was first added); a right answer removes it. */
export function recordAnswers(book: WrongBook, answers: readonly AnswerRecord[], now: number): WrongBook {
  const next = new Map(ownEntries(book) as [string, number][])
  answers.forEach((a) => {
    if (a.correct) next.delete(a.questionId)
    else if (!next.has(a.questionId)) next.set(a.questionId, now)
  })
  return toBook(Array.from(next))
}

/** Question ids are short ("q-fake-credit-3"); anything longer is junk that would slow every save. */
const MAX_BOOK_ID_LENGTH = 64
/** The bank has under 100 questions: a book far bigger than that is junk, not progress. */
const MAX_BOOK_ENTRIES = 300

function isBookEntry(e: [string, unknown]): e is [string, number] {
  return (
    e[0].length > 0 &&
    e[0].length <= MAX_BOOK_ID_LENGTH &&
    typeof e[1] === 'number' &&
    Number.isFinite(e[1]) &&
    e[1] >= 0
  )
}

/**
 * Cleans a book read from storage, without the bank: keeps at most MAX_BOOK_ENTRIES entries with a short id
 * and a valid timestamp (ms since epoch).
 */
export function sanitizeBook(book: unknown): WrongBook {
  return toBook(ownEntries(book).filter(isBookEntry).slice(0, MAX_BOOK_ENTRIES))
}

/**
 * Three-way merge of two copies of the book that both started from `base` (two browser tabs): an id added or
 * removed in `ours` since `base` follows `ours`, every other id follows `theirs`. An id kept in both keeps the
 * earlier time. Result capped like `sanitizeBook`.
 */
export function mergeBooks(base: WrongBook, ours: WrongBook, theirs: WrongBook): WrongBook {
  const has = (book: WrongBook, id: string) => Object.prototype.hasOwnProperty.call(book, id)
  const ids = new Set([...Object.keys(base), ...Object.keys(ours), ...Object.keys(theirs)])
  const entries: [string, number][] = []
  ids.forEach((id) => {
    const oursChanged = has(ours, id) !== has(base, id)
    const keep = oursChanged ? has(ours, id) : has(theirs, id)
    if (!keep) return
    const times = [ours, theirs].filter((book) => has(book, id)).map((book) => book[id])
    entries.push([id, Math.min(...times)])
  })
  return sanitizeBook(toBook(entries))
}

/** Cleans a book read from storage: keeps only ids still in the bank with a valid timestamp. */
export function pruneBook(book: unknown, bank: readonly QuizQuestion[]): WrongBook {
  const ids = new Set(bank.map((q) => q.id))
  return toBook(ownEntries(book).filter((e): e is [string, number] => ids.has(e[0]) && isBookEntry(e)))
}

/** The book's ids, most recently added first (ties by id, so the order is stable). */
export function wrongBookIds(book: WrongBook): string[] {
  return Object.entries(book)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map((e) => e[0])
}
