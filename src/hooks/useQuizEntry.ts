import { useState } from 'react'
import { useRouter } from '@tarojs/taro'
import { questions } from '@/data/quiz'
import { drawRound } from '@/domain/quiz'
import { parseChallenge, roundFingerprint } from '@/domain/challenge'
import { useAppStore } from '@/store'
import type { RoundMode } from '#types/saved'
import type { ShareTarget } from '#types/share'

type StartRound = (mode: RoundMode, seed: number) => boolean

/** Shown above the first question when a challenge link could not give the round it named. */
const BROKEN_LINK_NOTE = '这个邀请链接不完整，已为您换了一套新题。'
const STALE_LINK_NOTE = '题目已经更新，邀请里的那套题对不上了，已为您换了一套新题。'
const NOTHING_DUE_NOTE = '今天没有要复习的题，过几天再来。想练习的话，可以做一套新的测试题。'
const NOTHING_WRONG_NOTE = '没有要练的错题了。想练习的话，可以做一套新的测试题。'

/** What the quiz page says above a question of each kind of round. */
export const ROUND_LABELS: Record<RoundMode, string> = {
  standard: '',
  practice: '错题练习 · ',
  review: '今天的复习 · ',
  challenge: '家庭同题挑战 · '
}

/** How the quiz page was entered (useQuizEntry). */
export interface QuizEntry {
  /** A short note for above the first question, or null. */
  note: string | null
  /**
   * The kind of round the link asked for while another, with answers given, is under way: the page asks before
   * replacing it (a review or a challenge card silently threw a half-done test away: a new user's trial). Null
   * otherwise.
   */
  waiting: RoundMode | null
  /** Starts the round the link asked for after all, replacing the one under way. */
  proceed: () => void
  /** Keeps the round under way; the link's round is not started. */
  dismiss: () => void
  /**
   * Opened with no link and no round just chosen (home's 反诈知识测试 card): a review, practice or challenge round
   * left before its first answer is not shown; the start page is.
   */
  plain: boolean
}

/**
 * How the quiz page was entered: `mode=review` starts a round of what is due for review, `mode=practice` one of the
 * wrong-answer book; `challenge=<seed>&check=`
 * (a 家庭同题挑战 card) starts the sender's round. A link whose seed is broken, or whose round the bank no longer
 * draws the same, starts a fresh round instead, with a short note, never an error. Runs once, before the page reads
 * the store; a round of the same kind already under way is kept, so reopening resumes it, and one of another kind
 * with answers given waits for the person's choice (`waiting`).
 */
export function useQuizEntry(startRound: StartRound): QuizEntry {
  const router = useRouter()
  const params = router?.params ?? {}
  const [state, setState] = useState(() => enter(params, startRound, false))
  return {
    ...state,
    proceed: () => setState(enter(params, startRound, true)),
    dismiss: () => setState({ note: null, waiting: null }),
    plain: params.mode === undefined && params.challenge === undefined && params.resume === undefined
  }
}

function enter(
  params: Record<string, unknown>,
  startRound: StartRound,
  replace: boolean
): { note: string | null; waiting: RoundMode | null } {
  const active = useAppStore.getState().activeRound
  const under = !replace && active !== null && active.answers.length > 0
  // Home's 今天要复习 and, when nothing is due, its link to the wrong answers (round 51's trial: right after a bad
  // round home said only 今天没有要复习的题).
  if (params.mode === 'review' || params.mode === 'practice') {
    const mode = params.mode
    if (active?.mode === mode) return { note: null, waiting: null }
    if (under) return { note: null, waiting: mode }
    const empty = mode === 'review' ? NOTHING_DUE_NOTE : NOTHING_WRONG_NOTE
    return { note: startRound(mode, Date.now()) ? null : empty, waiting: null }
  }
  const link = parseChallenge(params)
  if (link.kind === 'none') return { note: null, waiting: null }
  if (link.kind === 'round' && active?.mode === 'challenge' && active.round.seed === link.seed)
    return { note: null, waiting: null }
  // A broken link has no round to offer: the one under way stays, with the usual offer to resume it.
  if (under) return { note: null, waiting: link.kind === 'round' ? 'challenge' : null }
  return { note: startChallenge(link, startRound), waiting: null }
}

/** Starts the round a challenge link names, or a fresh test with a note when the link cannot give it. */
function startChallenge(link: ReturnType<typeof parseChallenge>, startRound: StartRound): string | null {
  if (link.kind === 'round') {
    if (startRound('challenge', link.seed)) {
      const round = useAppStore.getState().activeRound?.round
      if (round && roundFingerprint(round.questionIds) === link.check) return null
    }
  }
  startRound('standard', Date.now())
  return link.kind === 'broken' ? BROKEN_LINK_NOTE : STALE_LINK_NOTE
}

/**
 * The 家庭同题挑战 card of a finished full test: its seed and the fingerprint of the round this bank draws from it,
 * with the score. Falls back to the plain quiz card if the bank cannot draw (it always can: the loader checks it).
 */
export function challengeTarget(seed: number, score: number): ShareTarget {
  try {
    return {
      page: 'quiz-challenge',
      seed,
      check: roundFingerprint(drawRound(questions, seed).questionIds),
      score
    }
  } catch {
    return { page: 'quiz' }
  }
}
