import { useEffect } from 'react'
import { Text, View } from '@tarojs/components'
import ActionButton from '@/components/ActionButton'
import { useRouter } from '@tarojs/taro'
import NotFound from '@/components/NotFound'
import Heading from '@/components/Heading'
import HotlineCalls from '@/components/HotlineCalls'
import PageShell from '@/components/PageShell'
import ShareButton from '@/components/ShareButton'
import TipBox from '@/components/TipBox'
import PageLink from '@/components/PageLink'
import NoOrphan from '@/components/NoOrphan'
import { brochure, categoryIndex, findCategory } from '@/data'
import { parseCategoryId } from '@/domain/links'
import { useSharePage } from '@/hooks/useSharePage'
import { replacePage, setPageTitle } from '@/services/navigation'
import { revealElement } from '@/services/scroll'
import { useAppStore } from '@/store'
import './index.scss'

/** Where ?section= (from a search result) scrolls to; any other value opens the page at its top. */
const SECTIONS: Record<string, string> = {
  method: '.fs-category__section--method',
  case: '.fs-category__section--case',
  tip: '.fs-category__tip'
}

export default function CategoryPage() {
  const params = useRouter().params
  const id = parseCategoryId(params.id)
  const section = SECTIONS[params.section ?? '']
  const category = id ? findCategory(id) : undefined
  const shareTarget = useSharePage(category ? { page: 'category', id: category.id } : { page: 'index' })

  const markCategoryRead = useAppStore((s) => s.markCategoryRead)

  useEffect(() => {
    setPageTitle(category ? category.name : '没有找到')
    if (category) markCategoryRead(category.id)
  }, [category, markCategoryRead])

  useEffect(() => {
    // Taro draws the page after this effect in the browser: wait a frame so the section exists.
    if (category && section) setTimeout(() => revealElement(section), 50)
  }, [category, section])

  if (!category) {
    return (
      <PageShell withHomeLinks={false}>
        <NotFound subject='这种骗局' />
      </PageShell>
    )
  }

  const index = categoryIndex(category.id)
  const previous = brochure.categories[index - 1]
  const next = brochure.categories[index + 1]

  return (
    <PageShell>
      <View className='fs-category'>
        <Text className='fs-category__position'>
          <NoOrphan text={`常见骗局 ${index + 1}/${brochure.categories.length}`} />
        </Text>
        <Heading className='fs-category__name' level={1}>
          {category.name}
        </Heading>
        {category.highlight && (
          <View className='fs-category__highlight'>
            {category.highlight.map((line) => (
              <Text key={line} className='fs-category__highlight-line'>
                <NoOrphan text={line} />
              </Text>
            ))}
          </View>
        )}

        <Section kind='method' title='诈骗方式' paragraphs={category.method} />
        <Section kind='case' title='诈骗案例' paragraphs={category.case} />

        <TipBox className='fs-category__tip' paragraphs={category.tip} size='large' />
        <PageLink
          className='fs-category__help'
          to='scenario'
          query={{ id: category.id }}
          text='模拟一下：如果是您会怎么做？'
        />
        {/* A reader who has just read of a trick often has such a message in hand (round 47's trial looked for it here). */}
        <PageLink
          className='fs-category__help'
          to='check'
          text='收到类似的短信、消息？用「风险自测」查一查'
        />

        <HotlineCalls className='fs-category__calls' />
        <PageLink className='fs-category__help' to='help' text='已被骗怎么办？' />
        <ShareButton target={shareTarget} />

        <View className='fs-category__pager'>
          {previous ? (
            <ActionButton
              className='fs-category__pager-button'
              label={`上一种 ${previous.name}`}
              onTap={() => replacePage('category', { id: previous.id })}
              navigates
            >
              <Text>‹ 上一种</Text>
              <Text className='fs-category__pager-name'>
                <NoOrphan text={previous.name} />
              </Text>
            </ActionButton>
          ) : (
            <View className='fs-category__pager-spacer' />
          )}
          {next ? (
            <ActionButton
              className='fs-category__pager-button'
              label={`下一种 ${next.name}`}
              onTap={() => replacePage('category', { id: next.id })}
              navigates
            >
              <Text>
                <NoOrphan text='下一种' arrow />
              </Text>
              <Text className='fs-category__pager-name'>
                <NoOrphan text={next.name} />
              </Text>
            </ActionButton>
          ) : (
            <View className='fs-category__pager-spacer' />
          )}
        </View>
      </View>
    </PageShell>
  )
}

function Section({ kind, title, paragraphs }: { kind: string; title: string; paragraphs: string[] }) {
  return (
    <View className={`fs-category__section fs-category__section--${kind}`}>
      <Heading className='fs-category__section-title' level={2}>
        {title}
      </Heading>
      {paragraphs.map((paragraph) => (
        <Text key={paragraph} className='fs-category__paragraph'>
          <NoOrphan text={paragraph} />
        </Text>
      ))}
    </View>
  )
}
