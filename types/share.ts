import type { CategoryId } from './content'

/** What a share card points at. The card opens the content itself, never someone else's private state. */
export type ShareTarget =
  | { page: 'index' }
  | { page: 'category'; id: CategoryId }
  | { page: 'prevention' }
  | { page: 'quiz' }
  | { page: 'quiz-result'; score: number }
  | { page: 'check' }
  | { page: 'help' }
  | { page: 'search' }
  /**
   * 家庭同题挑战: the same quiz round for a relative, as its seed and a fingerprint of its questions (so a link
   * made with an older bank is noticed). With a score, the card also says how the sender did.
   */
  | { page: 'quiz-challenge'; seed: number; check: string; score?: number }

export interface SharePayload {
  /** Card title, written for a family group chat. */
  title: string
  /** Absolute page path with its query, for onShareAppMessage. */
  path: string
  /** The query alone, for onShareTimeline. */
  query: string
}

/** The words drawn on a card image: large title and body, and the hotline at the bottom. */
export interface ShareCardText {
  /** e.g. the fraud's name, "虚假征信诈骗". */
  title: string
  /** e.g. the tip's key sentence. May be empty. */
  body: string
  /** Always the anti-fraud line, e.g. "反诈专线 96110". */
  footer: string
}

/** One row of the result poster: a rule's name and how many of its questions were answered right. */
export interface PosterRow {
  label: string
  correct: number
  asked: number
}

/** What the quiz-result poster shows: the score, one bar per rule and the anti-fraud line. */
export interface ResultPosterText {
  title: string
  score: number
  scoreLabel: string
  rowsTitle: string
  rows: PosterRow[]
  invite: string
  footer: string
}

/** Card image shapes: 5:4 for a chat card, 1:1 for Moments. */
export type ShareImageShape = 'chat' | 'moments'
