import { useEffect, useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import { focusShownPage, trackPageFocus } from '@/services/pageFocus'

/** Page elements made so far: each page's element gets its own id. */
let pages = 0

/**
 * Keyboard focus for a page (services/pageFocus): at its start when it opens, back where it was when it is shown
 * again (Back to home returns to the card the reader left from). Returns the id to give the page's element.
 */
export function usePageFocus(): string | undefined {
  const [pageId] = useState(() => `fs-page-${++pages}`)
  useEffect(() => trackPageFocus(pageId), [pageId])
  useDidShow(() => focusShownPage(pageId))
  return pageId
}
