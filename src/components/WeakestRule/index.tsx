import { Text, View } from '@tarojs/components'
import ActionButton from '@/components/ActionButton'
import { findCategory, findRule } from '@/data'
import { openPage } from '@/services/navigation'
import type { CategoryId, RuleId } from '../../../types/content'
import './index.scss'

export interface WeakestRuleProps {
  rule: RuleId
  /** Categories to read up on, most useful first; at most three are offered. */
  categories: CategoryId[]
}

/** The rule the last quiz found weakest, with its brochure sentence and the scams to read about next. */
export default function WeakestRule({ rule, categories }: WeakestRuleProps) {
  const found = findRule(rule)
  if (!found) return null
  const toRead = categories
    .map(findCategory)
    .filter((c) => c !== undefined)
    .slice(0, 3)

  return (
    <View className='fs-weakest'>
      <Text className='fs-weakest__title'>上次测试最需要加强：{found.name}</Text>
      <Text className='fs-weakest__text'>{found.text}</Text>
      {toRead.length > 0 ? (
        toRead.map((category) => (
          <ActionButton
            key={category.id}
            className='fs-weakest__link'
            label={`看看「${category.name}」`}
            onTap={() => openPage('category', { id: category.id })}
            navigates
          >
            <Text>看看「{category.name}」 ›</Text>
          </ActionButton>
        ))
      ) : (
        <ActionButton
          className='fs-weakest__link'
          label='查看「如何防范」'
          onTap={() => openPage('prevention')}
          navigates
        >
          <Text>查看「如何防范」 ›</Text>
        </ActionButton>
      )}
    </View>
  )
}
