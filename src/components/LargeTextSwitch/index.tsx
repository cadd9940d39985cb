import { Text, View } from '@tarojs/components'
import ActionButton from '@/components/ActionButton'
import { useAppStore } from '@/store'
import './index.scss'

/**
 * 大字模式, for readers who never found WeChat's own font setting. Remembered across visits. Drawn as a switch with
 * a knob that slides right and turns green when on, and says 开 or 关 beside it, so it never reads as "close".
 */
export default function LargeTextSwitch() {
  const largeText = useAppStore((s) => s.largeText)
  const setLargeText = useAppStore((s) => s.setLargeText)

  return (
    <ActionButton
      className={`fs-large-text ${largeText ? 'fs-large-text--on' : ''}`}
      role='switch'
      checked={largeText}
      label='大字模式'
      onTap={() => setLargeText(!largeText)}
      holdsDoubleTaps
    >
      <Text className='fs-large-text__label'>
        大字<Text className='fs-large-text__label-rest'>模式</Text>
      </Text>
      <View className='fs-large-text__control'>
        <Text className='fs-large-text__state'>{largeText ? '开' : '关'}</Text>
        <View className='fs-large-text__track'>
          <View className='fs-large-text__knob' />
        </View>
      </View>
    </ActionButton>
  )
}
