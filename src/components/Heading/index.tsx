import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import { roleProps } from '@/components/a11y'

export interface HeadingProps {
  children: ReactNode
  /** 1 for the page title, 2 for its sections: screen readers list pages by these. */
  level: 1 | 2 | 3
  className?: string
}

/** A section title that screen readers announce as a heading. */
export default function Heading({ children, level, className }: HeadingProps) {
  return (
    <View className={className} {...roleProps('heading')} aria-level={level}>
      {children}
    </View>
  )
}
