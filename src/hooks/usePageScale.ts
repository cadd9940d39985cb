import { pageScale, readerFontScale, scaleStyle } from '@/domain/fontScale'
import { readFontEnvironment } from '@/services/system'
import { useAppStore } from '@/store'

// The WeChat font setting only changes across restarts of the mini-program: read it once.
let readerScale: number | undefined

/** The style that makes a page's text follow the reader's font setting and 大字模式. */
export function usePageScaleStyle(): string {
  const largeText = useAppStore((s) => s.largeText)
  readerScale ??= readerFontScale(readFontEnvironment())
  return scaleStyle(pageScale(readerScale, largeText))
}
