import { Text, View } from '@tarojs/components'
import CallButton from '@/components/CallButton'
import CategoryCard from '@/components/CategoryCard'
import Heading from '@/components/Heading'
import PageShell from '@/components/PageShell'
import RuleList from '@/components/RuleList'
import { brochure } from '@/data'
import { useSharePage } from '@/hooks/useSharePage'
import { openPage } from '@/services/navigation'
import './index.scss'

export default function HomePage() {
  useSharePage({ page: 'index' })
  const { hotline, categories, rules } = brochure

  return (
    <PageShell isHome>
      <View className='fs-home__banner'>
        <Text className='fs-home__banner-heading'>{hotline.heading}</Text>
        <Text className='fs-home__banner-number'>{hotline.number}</Text>
        <Text className='fs-home__banner-text'>{hotline.description}</Text>
        <View className='fs-home__calls'>
          <CallButton phoneNumber='96110' />
          <CallButton phoneNumber='110' />
        </View>
      </View>

      <View className='fs-home__section'>
        <Heading className='fs-home__section-title' level={2}>
          十种常见骗局
        </Heading>
        {categories.map((category, index) => (
          <CategoryCard key={category.id} category={category} position={index + 1} />
        ))}
      </View>

      <View className='fs-home__section'>
        <Heading className='fs-home__section-title' level={2}>
          如何防范
        </Heading>
        <RuleList rules={rules} onSelect={() => openPage('prevention')} />
      </View>
    </PageShell>
  )
}
