import { useShareAppMessage, useShareTimeline } from '@tarojs/taro'
import { brochure } from '@/data'
import { buildSharePayload } from '@/domain/share'
import type { ShareTarget } from '../../types/share'

/**
 * Registers the forward-to-chat and Moments handlers for a page. The page's config must set
 * enableShareAppMessage and enableShareTimeline, or these hooks never fire.
 */
export function useSharePage(target: ShareTarget, imageUrl?: string): void {
  useShareAppMessage(() => {
    const { title, path } = buildSharePayload(target, brochure)
    return imageUrl ? { title, path, imageUrl } : { title, path }
  })
  useShareTimeline(() => {
    const { title, query } = buildSharePayload(target, brochure)
    return { title, query }
  })
}
