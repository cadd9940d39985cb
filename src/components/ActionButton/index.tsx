import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import { useCanNavigate } from '@/hooks/useCanNavigate'
import { noteRepeatableTap, type TapOutcome, useTapFilter } from '@/hooks/useSettledTaps'
import { checkedProps, roleProps } from '@/components/a11y'

/** What a control is to a screen reader. `link` opens content; `switch` and `checkbox` carry `checked`. */
export type ActionRole = 'button' | 'link' | 'switch' | 'checkbox'

export interface ActionButtonProps {
  /**
   * What a screen reader says, when the visible text alone is not enough. It must contain the visible text word
   * for word (WCAG 2.5.3: a person who sees "风险自测" finds the control by that name), e.g. visible "风险自测" →
   * "风险自测：这是不是骗局". Omit it when the visible text says it all (a card, a call button): the control is
   * then named by its text, which can never drift from what is shown.
   */
  label?: string
  onTap?: () => void
  className?: string
  /** It opens another page: hidden where nothing can navigate (Moments' single-page mode). */
  navigates?: boolean
  children: ReactNode
  /** Default `button`. */
  role?: ActionRole
  /** On/off state of a `switch` or `checkbox`; ignored for other roles. */
  checked?: boolean
  /**
   * Shown but not usable (e.g. an answered quiz option): announced as unavailable, taps and keys do nothing, and it
   * takes no Tab stop, as a native disabled <button> takes none (round 55's trial: Shift+Tab from 下一题 went back
   * through the four answered options).
   */
  disabled?: boolean
  /**
   * Its action must not run twice from one double tap on any page (dialling, the share sheet): a tap within a
   * moment of the previous tap is ignored here even where the page does not hold back double taps.
   */
  holdsDoubleTaps?: boolean
  /** It makes a call: holds double taps, and no second call comes within DIAL_QUIET_MS of the last (tapGuard). */
  dials?: boolean
  /**
   * It answers a question that a tap just brought up (a quiz option): a tap on the spot of that tap, in its burst, is
   * not an answer (tapGuard's ANSWER_LANDED_MS).
   */
  answers?: boolean
  /**
   * Tapping it again changes nothing (a 称呼 chip): its taps neither wait for nor hold back other taps, so 保存 right
   * after a chip is not swallowed (a new user's trial: 0.47 s after 儿子, 保存 did nothing). A tap on it away from the
   * spot of the tap that changed the screen shows the person is using the new screen (noteRepeatableTap).
   */
  repeatable?: boolean
  /**
   * A tap was held back (the screen had just changed, or it came right after another, also as the rest of the burst of
   * a tap that changed the screen): for a control whose silence would puzzle, a call button that "did nothing", a quiz
   * option tapped as its question appeared. Not called for a tap that repeats a call just made, or on a call button for
   * the rest of such a burst (its 再点一次就能拨打 would ask for a call nobody meant).
   */
  onHeld?: () => void
}

/** Keys that activate a native <button>: Enter on press, Space on release (so holding Space does not repeat). */
type KeyEventLike = { key: string; repeat?: boolean; preventDefault: () => void }

/**
 * Every tappable control of the app. Taro's H5 <Button> drops role and tabindex, so a View carries the role, the
 * spoken label, keyboard focus and — in the browser — a native button's keys (Enter and Space), set here once
 * instead of on each control. In the mini-program the role is WeChat's aria-role and taps come as taps.
 */
export default function ActionButton({
  label,
  onTap,
  className,
  navigates = false,
  children,
  role = 'button',
  checked,
  disabled = false,
  holdsDoubleTaps = false,
  dials = false,
  answers = false,
  repeatable = false,
  onHeld
}: ActionButtonProps) {
  const canNavigate = useCanNavigate()
  const toggles = role === 'switch' || role === 'checkbox'
  const filter = useTapFilter(holdsDoubleTaps || dials, dials, toggles, answers)
  const outcomeOf = repeatable
    ? (event?: unknown): TapOutcome => {
        noteRepeatableTap(event)
        return 'acts'
      }
    : filter
  if (navigates && !canNavigate) return null
  // On a page that holds back double taps, a tap right after the screen changed was meant for the old screen.
  const activate =
    disabled || !onTap
      ? undefined
      : (event?: unknown) => {
          const outcome = outcomeOf(event)
          if (outcome === 'acts') onTap()
          else if (outcome === 'held' || (outcome === 'repeats' && !dials)) onHeld?.()
        }
  const accessibility: Record<string, unknown> = {
    ...(label ? { 'aria-label': label } : {}),
    // -1, not no tabindex: Taro's H5 element keeps a tabindex it was given once the prop goes (an option answered).
    tabIndex: disabled ? -1 : 0,
    ...(toggles ? checkedProps(checked === true) : {}),
    ...(disabled ? { 'aria-disabled': true } : {})
  }
  const keys =
    process.env.TARO_ENV === 'h5' && activate
      ? {
          onKeyDown: (event: KeyEventLike) => {
            if (event.key === ' ') event.preventDefault()
            if (event.key === 'Enter' && !event.repeat) activate(event)
          },
          onKeyUp: (event: KeyEventLike) => {
            if (event.key === ' ') activate(event)
          }
        }
      : {}
  return (
    <View
      className={`fs-action ${className ?? ''}`}
      {...roleProps(role)}
      onClick={activate}
      {...keys}
      {...accessibility}
    >
      {children}
    </View>
  )
}
