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
const BROKEN_LINK_NOTE = '这个邀请链接不完整，已为你换了一套新题。'
const STALE_LINK_NOTE = '题目已经更新，邀请里的那套题对不上了，已为你换了一套新题。'
const NOTHING_DUE_NOTE = '今天没有要复习的题，过几天再来。想练习的话，可以做一套新的测试题。'

/** What the quiz page says above a question of each kind of round. */
export const ROUND_LABELS: Record<RoundMode, string> = {
  standard: '',
  practice: '错题练习 · ',
  review: '今天的复习 · ',
  challenge: '家庭同题挑战 · '
}

/**
 * How the quiz page was entered: `mode=review` starts a round of what is due for review; `challenge=<seed>&check=`
 * (a 家庭同题挑战 card) starts the sender's round. A link whose seed is broken, or whose round the bank no longer
 * draws the same, starts a fresh round instead, with a short note (returned), never an error. Runs once, before
 * the page reads the store; a round of the same kind already under way is kept, so reopening resumes it.
 */
export function useQuizEntry(startRound: StartRound): string | null {
  const params = useRouter()?.params ?? {}
  const [note] = useState(() => enter(params, startRound))
  return note
}

function enter(params: Record<string, unknown>, startRound: StartRound): string | null {
  const active = useAppStore.getState().activeRound
  if (params.mode === 'review') {
    if (active?.mode === 'review') return null
    return startRound('review', Date.now()) ? null : NOTHING_DUE_NOTE
  }
  const link = parseChallenge(params)
  if (link.kind === 'none') return null
  if (link.kind === 'round') {
    if (active?.mode === 'challenge' && active.round.seed === link.seed) return null
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
