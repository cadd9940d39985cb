import type { BrochureContent } from '../../types/content'
import type { SharePayload, ShareTarget } from '../../types/share'

/** Marks a page opened from a card, so it can greet the reader and offer a way home. */
export const SHARE_ORIGIN = 'share'

const RULES_LINE = '不轻信、不透露、不转账、及时报警'

/**
 * The card a person forwards to a family group: title from the brochure, path back to the same content.
 * A result card carries only the score in its title and opens the quiz start, not the sender's answers.
 */
export function buildSharePayload(target: ShareTarget, content: BrochureContent): SharePayload {
  switch (target.page) {
    case 'category': {
      const category = content.categories.find((c) => c.id === target.id)
      if (!category) return buildSharePayload({ page: 'index' }, content)
      return payload(`${category.name}：${category.tipKeySentence}`, 'category', { id: category.id })
    }
    case 'prevention':
      return payload(`防骗牢记四条：${RULES_LINE}`, 'prevention')
    case 'quiz':
      return payload('测测你能识破几种骗局', 'quiz')
    case 'quiz-result':
      return payload(`我在反诈测试中得了 ${clampScore(target.score)} 分，你也来测测`, 'quiz')
    case 'check':
      return payload('收到可疑电话、短信？先来这里查一查', 'check')
    case 'help':
      return payload('已经被骗了怎么办？立即拨打110报警', 'help')
    case 'search':
      return payload('查一查：常见电信网络诈骗', 'search')
    case 'index':
    default:
      return payload(`${content.source.title}：十种常见骗局，遇事拨打${content.hotline.number}`, 'index')
  }
}

function payload(title: string, page: string, query: Record<string, string> = {}): SharePayload {
  const search = Object.entries({ ...query, from: SHARE_ORIGIN })
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join('&')
  return { title, path: `/pages/${page}/index?${search}`, query: search }
}

function clampScore(score: number): number {
  return Number.isFinite(score) ? Math.min(100, Math.max(0, Math.round(score))) : 0
}
