import { Text, View } from '@tarojs/components'
import NoOrphan from '@/components/NoOrphan'
import Heading from '@/components/Heading'
import HotlineCalls from '@/components/HotlineCalls'
import PageShell from '@/components/PageShell'
import RuleList from '@/components/RuleList'
import ShareButton from '@/components/ShareButton'
import { brochure } from '@/data'
import { useSharePage } from '@/hooks/useSharePage'
import './index.scss'

export default function PreventionPage() {
  const shareTarget = useSharePage({ page: 'prevention' })
  const { rules, hotline, cardCrackdown, notice } = brochure

  return (
    <PageShell>
      <Heading className='fs-prevention__title' level={1}>
        如何防范
      </Heading>
      <RuleList rules={rules} detailed />

      <View className='fs-prevention__block fs-prevention__block--hotline'>
        <Heading className='fs-prevention__heading' level={2}>
          {hotline.heading} {hotline.number}
        </Heading>
        <Text className='fs-prevention__paragraph'>
          <NoOrphan text={hotline.description} />
        </Text>
        <HotlineCalls className='fs-prevention__calls' />
      </View>

      <View className='fs-prevention__block'>
        <Heading className='fs-prevention__heading' level={2}>
          {cardCrackdown.title}
        </Heading>
        <Text className='fs-prevention__reminder'>
          <NoOrphan text={cardCrackdown.reminder} />
        </Text>
        <Text className='fs-prevention__paragraph'>
          <NoOrphan text={cardCrackdown.statement} />
        </Text>
        <Text className='fs-prevention__subheading'>{cardCrackdown.penaltiesTitle}</Text>
        {cardCrackdown.penalties.map((penalty) => (
          <Text key={penalty} className='fs-prevention__paragraph'>
            <NoOrphan text={penalty} />
          </Text>
        ))}
        <Text className='fs-prevention__subheading'>{cardCrackdown.liabilityTitle}</Text>
        <Text className='fs-prevention__paragraph'>
          <NoOrphan text={cardCrackdown.liability} />
        </Text>
      </View>

      <View className='fs-prevention__block fs-prevention__block--notice'>
        <View className='fs-prevention__issuers'>
          {notice.issuers.map((issuer) => (
            <Text key={issuer} className='fs-prevention__issuer'>
              {issuer}
            </Text>
          ))}
        </View>
        <Heading className='fs-prevention__heading fs-prevention__heading--center' level={2}>
          {notice.title}
        </Heading>
        <Text className='fs-prevention__paragraph'>
          <NoOrphan text={notice.preamble} />
        </Text>
        {notice.points.map((point) => (
          <Text key={point} className='fs-prevention__paragraph'>
            <NoOrphan text={point} />
          </Text>
        ))}
        <Text className='fs-prevention__paragraph'>
          <NoOrphan text={notice.closing} />
        </Text>
        <Text className='fs-prevention__date'>
          <NoOrphan text={notice.date} />
        </Text>
      </View>
      <ShareButton target={shareTarget} />
    </PageShell>
  )
}
