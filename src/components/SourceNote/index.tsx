import { Text, View } from '@tarojs/components'
import { brochure } from '@/data'
import NoOrphan from '@/components/NoOrphan'
import './index.scss'

/** Names where the content comes from, on every page: readers trust the police brochure, not an app. */
export default function SourceNote() {
  const { source } = brochure
  return (
    <View className='fs-source'>
      {/* One text through NoOrphan, so the brochure's name breaks between its words ("《防范电信网 / 络诈骗" before). */}
      <Text className='fs-source__text'>
        <NoOrphan text={`内容来源：${source.issuer}《${source.title} ${source.subtitle}》`} />
      </Text>
    </View>
  )
}
