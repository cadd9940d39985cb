import { Text, View } from '@tarojs/components'
import ActionButton from '@/components/ActionButton'
import HotlineCalls from '@/components/HotlineCalls'
import LargeTextSwitch from '@/components/LargeTextSwitch'
import { goHome } from '@/services/navigation'
import { roleProps } from '@/components/a11y'
import NoOrphan from '@/components/NoOrphan'
import './index.scss'

export interface NotFoundProps {
  /** What was being looked for, in plain words, e.g. "这种骗局". */
  subject: string
}

/**
 * A link that points nowhere (mistyped, cut short, or from an old version) ends here, never on a blank page. A parent
 * who opened a broken card from a family group may have come with a worry: 96110 and 110 are still one tap away, and
 * 大字模式 is here too, since this page is the only one they have seen (a new user's trial found both missing).
 */
export default function NotFound({ subject }: NotFoundProps) {
  return (
    <View className='fs-not-found'>
      <View {...roleProps('alert')}>
        <Text className='fs-not-found__title'>
          <NoOrphan text={`没有找到${subject}`} />
        </Text>
        <Text className='fs-not-found__text'>
          <NoOrphan text='这个链接可能不完整或已过期。请回到首页查看全部内容。' />
        </Text>
      </View>
      <ActionButton className='fs-not-found__home' label='回到首页' onTap={goHome} navigates>
        <Text>回到首页</Text>
      </ActionButton>
      <Text className='fs-not-found__calls-title'>
        <NoOrphan text='遇到可疑电话、短信，或已经被骗：' />
      </Text>
      <HotlineCalls className='fs-not-found__calls' />
      <View className='fs-not-found__large-text'>
        <LargeTextSwitch />
      </View>
    </View>
  )
}
