import { type ReactNode, useState } from 'react'
import { Text, View } from '@tarojs/components'
import ActionButton from '@/components/ActionButton'
import { goHome, isFirstPage } from '@/services/navigation'
import SourceNote from '../SourceNote'
import './index.scss'

export interface PageShellProps {
  children: ReactNode
  /** The home page itself has no way home to offer. */
  isHome?: boolean
  /** Off for a page whose content is itself a way home (the not-found message). */
  withHomeLinks?: boolean
}

/**
 * The frame of every page: a way home at the top when the page was opened directly (a share card has no back
 * stack), a way home at the bottom on every other page, and the content's source.
 */
export default function PageShell({ children, isHome = false, withHomeLinks = !isHome }: PageShellProps) {
  const [openedDirectly] = useState(() => withHomeLinks && isFirstPage())

  return (
    <View className='fs-page'>
      {openedDirectly && (
        <View className='fs-page__topbar'>
          <ActionButton className='fs-page__home fs-page__home--top' label='回到首页' onTap={goHome}>
            <Text>‹ 回到首页</Text>
          </ActionButton>
        </View>
      )}
      <View className='fs-page__body'>{children}</View>
      {withHomeLinks && (
        <ActionButton className='fs-page__home' label='回到首页' onTap={goHome}>
          <Text>回到首页</Text>
        </ActionButton>
      )}
      <SourceNote />
    </View>
  )
}
