/**
 * 家庭同题挑战 links, read on the quiz page: the fingerprint of a round and the parsing of a link's query. Kept
 * apart from ./share (which builds the cards, in the main package) because only the quiz pages read links.
 */
import { fnv1a } from './hash'
import { MAX_SEED } from './share'

const CHECK_PATTERN = /^[0-9a-z]{1,8}$/

/**
 * A short fingerprint of a round's questions in order (FNV-1a, base 36): a challenge link carries it so the
 * relative's phone can tell whether its bank still draws the same questions from the seed.
 */
export function roundFingerprint(questionIds: readonly string[]): string {
  return fnv1a(questionIds.join('\n')).toString(36)
}

/** What a challenge link asks for, read from its query. */
export type ChallengeLink =
  { kind: 'none' } | { kind: 'broken' } | { kind: 'round'; seed: number; check: string }

/**
 * Reads a challenge link's query. No `challenge` parameter: not a challenge. A seed that is not a whole number
 * from 0 to 2^32-1, or a missing or odd fingerprint: broken (the page then starts a fresh round with a note).
 * Never throws, whatever arrives.
 */
export function parseChallenge(params: Record<string, unknown> | undefined): ChallengeLink {
  const raw = params?.challenge
  if (raw === undefined) return { kind: 'none' }
  const check = params?.check
  if (typeof raw !== 'string' || !/^\d{1,10}$/.test(raw)) return { kind: 'broken' }
  const seed = Number(raw)
  if (seed > MAX_SEED || typeof check !== 'string' || !CHECK_PATTERN.test(check)) return { kind: 'broken' }
  return { kind: 'round', seed, check }
}
