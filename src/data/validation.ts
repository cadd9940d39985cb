/**
 * Checks for the content files, shared by every loader (brochure, quiz bank, help steps, red flags). A broken
 * file fails loudly with the file, record and field at fault. Plain TypeScript: it runs in the mini-program too.
 */

export class ContentError extends Error {
  readonly file: string
  /** e.g. "categories[3] (impersonating-officials)", "hotline", "(root)" */
  readonly record: string
  readonly field: string

  constructor(file: string, record: string, field: string, problem: string) {
    super(`${file}: ${record}: field "${field}" ${problem}`)
    this.name = 'ContentError'
    this.file = file
    this.record = record
    this.field = field
    // The mini-program build may downlevel classes, which breaks instanceof on Error subclasses.
    Object.setPrototypeOf(this, ContentError.prototype)
  }
}

export type Obj = Record<string, unknown>

export interface Where {
  file: string
  record: string
}

export const ROOT = '(root)'

export function fail(w: Where, field: string, problem: string): never {
  throw new ContentError(w.file, w.record, field, problem)
}

export function isObject(x: unknown): x is Obj {
  return typeof x === 'object' && x !== null && !Array.isArray(x)
}

export function isText(x: unknown): x is string {
  return typeof x === 'string' && x.trim() !== ''
}

/** Quotes a value for an error message without letting a huge or odd value flood it. */
export function show(x: unknown): string {
  const s = typeof x === 'string' ? JSON.stringify(x) : String(x)
  return s.length > 60 ? `${s.slice(0, 57)}...` : s
}

/** The own value of a field: a JSON record never has inherited fields we want. */
export function get(obj: Obj, field: string): unknown {
  return Object.prototype.hasOwnProperty.call(obj, field) ? obj[field] : undefined
}

/** Rejects unknown fields, so a misspelt optional field (e.g. "highlights") is not silently ignored. */
export function onlyFields(obj: Obj, allowed: readonly string[], w: Where): void {
  for (const key of Object.keys(obj)) {
    if (!allowed.includes(key)) fail(w, key, 'is not a known field')
  }
}

export function requireObject(obj: Obj, field: string, w: Where): Obj {
  const v = get(obj, field)
  return isObject(v) ? v : fail(w, field, 'must be an object')
}

export function requireString(obj: Obj, field: string, w: Where): string {
  const v = get(obj, field)
  return isText(v) ? v : fail(w, field, 'must be a non-empty string')
}

export function requireStringArray(obj: Obj, field: string, w: Where): string[] {
  const v = get(obj, field)
  if (!Array.isArray(v) || v.length === 0 || !v.every(isText)) {
    fail(w, field, 'must be a non-empty array of non-empty strings')
  }
  return v as string[]
}

export function requireArray(obj: Obj, field: string, w: Where): unknown[] {
  const v = get(obj, field)
  return Array.isArray(v) && v.length > 0 ? v : fail(w, field, 'must be a non-empty array')
}

export function requireOneOf<T extends string | null>(
  obj: Obj,
  field: string,
  allowed: readonly T[],
  w: Where,
  what: string
): T {
  const v = get(obj, field)
  if (!(allowed as readonly unknown[]).includes(v)) fail(w, field, `unknown ${what} ${show(v)}`)
  return v as T
}

/** "categories[3] (impersonating-officials)": the index always, the id when there is a usable one. */
export function recordName(prefix: string, index: number, item: unknown): string {
  const id = isObject(item) ? get(item, 'id') : undefined
  if (!isText(id)) return `${prefix}[${index}]`
  return `${prefix}[${index}] (${id.length > 40 ? `${id.slice(0, 37)}...` : id})`
}

/** Validates records that each carry a unique, non-empty string id (any id: new records may be added freely). */
export function validateUniqueRecords<T>(
  items: unknown[],
  arrayName: string,
  file: string,
  validate: (item: Obj, w: Where) => T
): T[] {
  const seen = new Map<string, number>()
  return items.map((item, i) => {
    const w = { file, record: recordName(arrayName, i, item) }
    if (!isObject(item)) fail(w, ROOT, 'must be an object')
    const id = requireString(item, 'id', w)
    const first = seen.get(id)
    if (first !== undefined) fail(w, 'id', `duplicate id ${show(id)} (also ${arrayName}[${first}])`)
    seen.set(id, i)
    return validate(item, w)
  })
}
