import { Text, View } from '@tarojs/components'
import { brochure } from '@/data'
import './index.scss'

/** Names where the content comes from, on every page: readers trust the police brochure, not an app. */
export default function SourceNote() {
  const { source } = brochure
  return (
    <View className='fs-source'>
      <Text className='fs-source__text'>
        内容来源：{source.issuer}《{source.title} {source.subtitle}》
      </Text>
    </View>
  )
}
