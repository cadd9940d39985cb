import Taro from '@tarojs/taro'

/**
 * Text storage that tells "nothing stored" from "could not read". A failed read must never be taken for an
 * empty store: the caller would then save an empty state over the person's progress.
 *
 * In the browser build this reads localStorage directly, because Taro's H5 getStorageSync swallows errors and
 * returns '' for both. Values keep Taro's H5 format (`{"data": text}`), so data written by earlier versions
 * through Taro still reads back.
 */
export type StoredRead =
  /** `text` is null when nothing is stored under the key. */
  { ok: true; text: string | null } | { ok: false }

/** A read that throws is tried this many times in all (storage can fail once, e.g. while the phone is busy). */
const READ_ATTEMPTS = 3

const isBrowser = process.env.TARO_ENV === 'h5'

/**
 * Runs `read` until it does not throw, READ_ATTEMPTS times at most; never throws. `{ ok: false }` when every attempt
 * threw: the caller treats the value as unknown, never as nothing stored.
 */
function readRetrying<T>(read: () => T): { ok: true; value: T } | { ok: false } {
  for (let attempt = 0; attempt < READ_ATTEMPTS; attempt++) {
    try {
      return { ok: true, value: read() }
    } catch {
      // Try again.
    }
  }
  return { ok: false }
}

/** Reads the text stored under `key`, retrying a failed read; never throws. */
export function readStoredText(key: string): StoredRead {
  const read = readRetrying(() => (isBrowser ? readBrowser(key) : readWeapp(key)))
  return read.ok ? { ok: true, text: read.value } : read
}

/** Stores `text` under `key`. False when storage refused (quota, a platform error); never throws. */
export function writeStoredText(key: string, text: string): boolean {
  try {
    if (isBrowser) window.localStorage.setItem(key, JSON.stringify({ data: text }))
    else Taro.setStorageSync(key, text)
    return true
  } catch {
    return false
  }
}

/** Removes what is stored under `key`. False when storage refused, so the value may still be there; never throws. */
export function removeStoredText(key: string): boolean {
  try {
    if (isBrowser) window.localStorage.removeItem(key)
    else Taro.removeStorageSync(key)
    return true
  } catch {
    return false
  }
}

/**
 * Calls `listener` when another browser tab changes `key` (the browser's `storage` event). WeChat runs one
 * instance of the mini-program, so there it never fires. Returns a function that stops listening.
 */
export function onStoredTextChange(key: string, listener: () => void): () => void {
  if (!isBrowser || typeof window === 'undefined' || typeof window.addEventListener !== 'function') {
    return () => undefined
  }
  const handle = (event: StorageEvent) => {
    // key null: another tab cleared all storage.
    if (event.key === key || event.key === null) listener()
  }
  window.addEventListener('storage', handle)
  return () => window.removeEventListener('storage', handle)
}

function readWeapp(key: string): string | null {
  const value: unknown = Taro.getStorageSync(key)
  // WeChat returns '' for a missing key.
  if (value === '' || value === undefined || value === null) return null
  return typeof value === 'string' ? value : JSON.stringify(value)
}

function readBrowser(key: string): string | null {
  const stored = window.localStorage.getItem(key)
  if (stored === null) return null
  let wrapper: unknown
  try {
    wrapper = JSON.parse(stored)
  } catch {
    // Not Taro's wrapper: hand the text on as it is; the caller judges it.
    return stored
  }
  if (
    typeof wrapper === 'object' &&
    wrapper !== null &&
    Object.prototype.hasOwnProperty.call(wrapper, 'data')
  ) {
    const data = (wrapper as { data: unknown }).data
    if (data === '' || data === undefined || data === null) return null
    return typeof data === 'string' ? data : JSON.stringify(data)
  }
  return stored
}
