import { useEffect, useState } from 'react'
import { HELD_TAP_HINT_MS } from '@/domain/tapGuard'
import { useAnchorClass } from '@/hooks/useAnchorClass'
import { nudgeIntoView } from '@/services/scroll'

/**
 * Said on a call button, in place of its purpose or number, when a tap was held back: taps are held for a moment
 * after the screen changes, so a call tapped right after 风险自测's result appeared did nothing, silently (round 38's
 * new-user trial). The second tap of a double tap on 检查 says it too, and calls nothing. The next tap a moment
 * later dials (answersHeldTap). In two phrases, so it wraps between them and never leaves 打 alone on a line
 * (round 39's trial: 320 px at font ×2).
 */
export const HELD_TAP_HINT_PHRASES = ['再点一次', '就能拨打'] as const

/**
 * Whether the held-tap hint is shown; `show` shows it for HELD_TAP_HINT_MS from the latest held tap, `clear` takes
 * it away (a tap that dialled: the words would ask for a second call). `anchor` is a class for the button: while the
 * words show, the button is scrolled just enough to be whole on the screen (unless `nudges` is false: the quiz's
 * words take its progress line's place, and scrolling there would take the options away from the finger).
 */
export function useHeldHint(nudges = true): {
  shown: boolean
  show: () => void
  clear: () => void
  anchor: string
} {
  const [heldAt, setHeldAt] = useState<number | null>(null)
  const anchor = useAnchorClass('fs-held')
  useEffect(() => {
    if (heldAt === null) return undefined
    const timer = setTimeout(() => setHeldAt(null), HELD_TAP_HINT_MS)
    return () => clearTimeout(timer)
  }, [heldAt])
  useEffect(() => {
    // The words appear under the number: a button half below the screen's edge hid them (round 40's trial).
    if (heldAt !== null && nudges) nudgeIntoView(`.${anchor}`)
  }, [heldAt, anchor, nudges])
  return { shown: heldAt !== null, show: () => setHeldAt(Date.now()), clear: () => setHeldAt(null), anchor }
}
