import { View, Text } from '@tarojs/components'

export default function Index() {
  return (
    <View>
      <Text>反诈守护</Text>
    </View>
  )
}
