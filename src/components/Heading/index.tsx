import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import { focusTargetProps, roleProps } from '@/components/a11y'
import NoOrphan, { fitsTitle } from '@/components/NoOrphan'

export interface HeadingProps {
  children: ReactNode
  /** 1 for the page title, 2 for its sections: screen readers list pages by these. */
  level: 1 | 2 | 3
  className?: string
  /**
   * Focus is moved here after an action (services/scroll focusElement): 风险自测's verdict after 检查. A page's title
   * (level 1) always is one: focus goes there when the page opens (services/pageFocus).
   */
  focusTarget?: boolean
}

/**
 * A section title that screen readers announce as a heading. A title given as text breaks only between its words and
 * never leaves its last character alone on a line (NoOrphan): "这是诈骗 / 的典型说 / 法。" (round 41's new-user trial)
 * and "虚假投资理 / 财诈骗" (round 42's) at large text on a small phone. A title of six characters or so stays on one line,
 * a little smaller where it must ("虚假征信诈骗", not "虚假 / 征信诈骗": round 62's tester).
 */
export default function Heading({ children, level, className, focusTarget = false }: HeadingProps) {
  const text = plainText(children)
  const fit = text !== null && fitsTitle(text)
  return (
    <View
      className={fit ? `${className ?? ''} fs-fit-box`.trim() : className}
      {...roleProps('heading')}
      aria-level={level}
      {...(focusTarget || level === 1 ? focusTargetProps() : {})}
    >
      {text === null ? children : <NoOrphan text={text} fit />}
    </View>
  )
}

/** The words of a title written as text and values ("第{n}步：{title}"); null when it holds elements. */
function plainText(children: ReactNode): string | null {
  const parts = Array.isArray(children) ? children : [children]
  return parts.every((part) => typeof part === 'string' || typeof part === 'number') ? parts.join('') : null
}
