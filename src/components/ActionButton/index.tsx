import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import { useCanNavigate } from '@/hooks/useCanNavigate'
import { useTapFilter } from '@/hooks/useSettledTaps'
import { roleProps } from '@/components/a11y'

export interface ActionButtonProps {
  /** What a screen reader says, e.g. "拨打96110反诈专线". */
  label: string
  onTap?: () => void
  className?: string
  /** It opens another page: hidden where nothing can navigate (Moments' single-page mode). */
  navigates?: boolean
  children: ReactNode
}

/**
 * Every tappable control of the app. Taro's H5 <Button> drops role and tabindex, so a View carries the
 * button role, the spoken label and keyboard focus, set here once instead of on each control.
 */
export default function ActionButton({
  label,
  onTap,
  className,
  navigates = false,
  children
}: ActionButtonProps) {
  const canNavigate = useCanNavigate()
  const tapActs = useTapFilter()
  if (navigates && !canNavigate) return null
  // On a page that holds back double taps, a tap right after the screen changed was meant for the old screen.
  const handleTap = onTap && (() => tapActs() && onTap())
  const accessibility = { 'aria-label': label, tabIndex: 0 }
  return (
    <View className={className} {...roleProps('button')} onClick={handleTap} {...accessibility}>
      {children}
    </View>
  )
}
