import { Text, View } from '@tarojs/components'
import ActionButton from '@/components/ActionButton'
import { goHome } from '@/services/navigation'
import { roleProps } from '@/components/a11y'
import './index.scss'

export interface NotFoundProps {
  /** What was being looked for, in plain words, e.g. "这种骗局". */
  subject: string
}

/** A link that points nowhere (mistyped, cut short, or from an old version) ends here, never on a blank page. */
export default function NotFound({ subject }: NotFoundProps) {
  return (
    <View className='fs-not-found' {...roleProps('alert')}>
      <Text className='fs-not-found__title'>没有找到{subject}</Text>
      <Text className='fs-not-found__text'>这个链接可能不完整或已过期。请回到首页查看全部内容。</Text>
      <ActionButton className='fs-not-found__home' label='回到首页' onTap={goHome} navigates>
        <Text>回到首页</Text>
      </ActionButton>
    </View>
  )
}
