import type { BrochureContent } from '#types/content'
import type { FamilySource } from '#types/family'
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

/**
 * The brochure text a family-tools source points at (paragraphs joined), or null for public guidance: what its quote must be a
 * verbatim part of.
 */
export function sourceText(source: FamilySource, content: BrochureContent): string | null {
  switch (source.kind) {
    case 'category': {
      const category = content.categories.find((c) => c.id === source.category)
      return category ? category[source.part].join('\n') : ''
    }
    case 'rule':
      return content.rules.find((r) => r.id === source.rule)?.text ?? ''
    case 'hotline':
      return content.hotline.description
    case 'public':
      return null
  }
}
