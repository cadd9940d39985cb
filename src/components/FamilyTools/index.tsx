import { Text, View } from '@tarojs/components'
import ActionButton from '@/components/ActionButton'
import NoOrphan from '@/components/NoOrphan'
import { openPage } from '@/services/navigation'
import './index.scss'

/**
 * 家人守护 on the home page: the pages for the moment of pressure, each one tap away. It wears the home page's
 * own button classes (fs-home__quiz, fs-home__tool), so the main package carries almost no new style.
 */
export default function FamilyTools() {
  return (
    <View>
      <ActionButton
        className='fs-home__quiz fs-family-tools__on-call'
        onTap={() => openPage('on-call')}
        navigates
      >
        <Text className='fs-home__quiz-title'>
          <NoOrphan text='正在接电话？通话中速查' arrow />
        </Text>
        <Text className='fs-home__quiz-text'>
          <NoOrphan text='不用打字，点一下就知道要不要挂断' />
        </Text>
      </ActionButton>
      <View className='fs-home__tools'>
        <ActionButton
          className='fs-home__tool fs-home__tool--help'
          label='要转账？先冷静一下'
          onTap={() => openPage('pause')}
          navigates
        >
          <Text>要转账？先冷静一下</Text>
        </ActionButton>
        <ActionButton className='fs-home__tool' label='先问家人' onTap={() => openPage('family')} navigates>
          <Text>先问家人</Text>
        </ActionButton>
        <ActionButton className='fs-home__tool' label='家庭防骗约定' onTap={() => openPage('pact')} navigates>
          <Text>家庭防骗约定</Text>
        </ActionButton>
      </View>
    </View>
  )
}
