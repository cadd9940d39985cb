import { ContentError } from '../../src/data/validation'

/** Runs fn, requires it to throw a ContentError, and returns it for checks on its file, record and field. */
export function contentError(fn: () => unknown): ContentError {
  try {
    fn()
  } catch (e) {
    expect(e).toBeInstanceOf(ContentError)
    return e as ContentError
  }
  throw new Error('expected a ContentError, nothing was thrown')
}
