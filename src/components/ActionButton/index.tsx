import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import { roleProps } from '@/components/a11y'

export interface ActionButtonProps {
  /** What a screen reader says, e.g. "拨打96110反诈专线". */
  label: string
  onTap?: () => void
  className?: string
  children: ReactNode
}

/**
 * Every tappable control of the app. Taro's H5 <Button> drops role and tabindex, so a View carries the
 * button role, the spoken label and keyboard focus, set here once instead of on each control.
 */
export default function ActionButton({ label, onTap, className, children }: ActionButtonProps) {
  const accessibility = { 'aria-label': label, tabIndex: 0 }
  return (
    <View className={className} {...roleProps('button')} onClick={onTap} {...accessibility}>
      {children}
    </View>
  )
}
