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

export interface SharePayload {
  /** Card title, written for a family group chat. */
  title: string
  /** Absolute page path with its query, for onShareAppMessage. */
  path: string
  /** The query alone, for onShareTimeline. */
  query: string
}
