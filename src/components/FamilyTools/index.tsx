import { Text, View } from '@tarojs/components'
import ActionButton from '@/components/ActionButton'
import { openPage } from '@/services/navigation'
import './index.scss'

/** 家人守护 on the home page: the pages for the moment of pressure, each one tap away. */
export default function FamilyTools() {
  return (
    <View className='fs-family-tools'>
      <ActionButton
        className='fs-family-tools__on-call'
        label='正在接电话？通话中速查'
        onTap={() => openPage('on-call')}
        navigates
      >
        <Text className='fs-family-tools__on-call-title'>正在接电话？通话中速查 ›</Text>
        <Text className='fs-family-tools__on-call-text'>不用打字，点一下就知道要不要挂断</Text>
      </ActionButton>
      <ActionButton
        className='fs-family-tools__link'
        label='要转账？先冷静一下'
        onTap={() => openPage('pause')}
        navigates
      >
        <Text>要转账？先冷静一下 ›</Text>
      </ActionButton>
      <ActionButton
        className='fs-family-tools__link'
        label='先问家人：存一个家人号码'
        onTap={() => openPage('family')}
        navigates
      >
        <Text>先问家人：存一个家人号码 ›</Text>
      </ActionButton>
      <ActionButton
        className='fs-family-tools__link'
        label='家庭防骗约定'
        onTap={() => openPage('pact')}
        navigates
      >
        <Text>家庭防骗约定 ›</Text>
      </ActionButton>
    </View>
  )
}
