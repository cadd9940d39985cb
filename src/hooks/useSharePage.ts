import { useEffect } from 'react'
import Taro, { useShareAppMessage, useShareTimeline } from '@tarojs/taro'
import { brochure } from '@/data'
import { buildSharePayload, shareTargetKey } from '@/domain/share'
import { cachedShareCard, canDrawShareImages, drawShareCard } from '@/services/shareImage'
import type { ShareTarget } from '#types/share'

/** Drawing waits for the page's first paint. */
const PREDRAW_DELAY_MS = 300

/**
 * Registers the forward-to-chat and Moments handlers for a page. The page's config must set
 * enableShareAppMessage and enableShareTimeline, or these hooks never fire.
 *
 * Card images are drawn when the page shows and kept per target. Forwarding before the chat image is ready hands
 * WeChat a `promise` that resolves once it is drawn (WeChat waits up to three seconds, then uses the title and
 * path given with it and its default screenshot). Moments takes no promise: it gets the image only when ready.
 * Nothing is recorded about whether anyone shared: WeChat does not say, and nothing depends on it.
 * Returns the target, for the page's ShareButton, so each page names its card once.
 */
export function useSharePage<T extends ShareTarget>(target: T): T {
  const key = shareTargetKey(target)

  useEffect(() => {
    if (!canDrawShareImages()) return undefined
    const timer = setTimeout(() => {
      void drawShareCard(target, 'chat').then(() => drawShareCard(target, 'moments'))
    }, PREDRAW_DELAY_MS)
    return () => clearTimeout(timer)
    // The key names the target: a new object literal each render must not start a new drawing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key])

  useShareAppMessage(() => chatShareContent(target))
  useShareTimeline(() => momentsShareContent(target))
  return target
}

/**
 * What onShareAppMessage returns: title and path, the card image when it is drawn, else a `promise` of it where
 * drawing is possible. Never an image path that was not drawn: without one WeChat uses its default screenshot.
 */
export function chatShareContent(target: ShareTarget): Taro.ShareAppMessageReturn {
  const { title, path } = buildSharePayload(target, brochure)
  const imageUrl = cachedShareCard(target, 'chat')
  if (imageUrl) return { title, path, imageUrl }
  if (!canDrawShareImages()) return { title, path }
  const promise = drawShareCard(target, 'chat').then((drawn) =>
    drawn ? { title, path, imageUrl: drawn } : { title, path }
  )
  return { title, path, promise }
}

/** What onShareTimeline returns: title and query, and the 1:1 image only when it is already drawn. */
export function momentsShareContent(target: ShareTarget): Taro.ShareTimelineReturnObject {
  const { title, query } = buildSharePayload(target, brochure)
  const imageUrl = cachedShareCard(target, 'moments')
  return imageUrl ? { title, query, imageUrl } : { title, query }
}
