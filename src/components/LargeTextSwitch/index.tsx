import { Text, View } from '@tarojs/components'
import { useAppStore } from '@/store'
import { checkedProps, roleProps } from '@/components/a11y'
import './index.scss'

/** 大字模式, for readers who never found WeChat's own font setting. Remembered across visits. */
export default function LargeTextSwitch() {
  const largeText = useAppStore((s) => s.largeText)
  const setLargeText = useAppStore((s) => s.setLargeText)
  const accessibility = { ...checkedProps(largeText), 'aria-label': '大字模式', tabIndex: 0 }

  return (
    <View
      className={`fs-large-text ${largeText ? 'fs-large-text--on' : ''}`}
      {...roleProps('switch')}
      onClick={() => setLargeText(!largeText)}
      {...accessibility}
    >
      <Text className='fs-large-text__label'>大字模式</Text>
      <View className='fs-large-text__track'>
        <Text className='fs-large-text__state'>{largeText ? '开' : '关'}</Text>
      </View>
    </View>
  )
}
