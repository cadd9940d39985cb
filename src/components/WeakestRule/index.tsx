import { Text, View } from '@tarojs/components'
import ActionButton from '@/components/ActionButton'
import PageLink from '@/components/PageLink'
import NoOrphan from '@/components/NoOrphan'
import { findCategory, findRule } from '@/data'
import { practiseFirstWords, strengthenTitle } from '@/domain/grades'
import { openPage } from '@/services/navigation'
import type { CategoryId, RuleId } from '#types/content'
import './index.scss'

export interface WeakestRuleProps {
  rule: RuleId
  /** Every rule tied at the lowest score (rulesToStrengthen); when given, a tie is shown as a tie. */
  tiedRules?: RuleId[]
  /** Categories to read up on, most useful first; at most three are offered. */
  categories: CategoryId[]
}

/** The rule the last quiz found weakest, with its brochure sentence and the scams to read about next. */
export default function WeakestRule({ rule, tiedRules, categories }: WeakestRuleProps) {
  const found = findRule(rule)
  if (!found) return null
  const rules = (tiedRules && tiedRules.length > 0 ? tiedRules : [rule])
    .map(findRule)
    .filter((r) => r !== undefined)
  const toRead = categories
    .map(findCategory)
    .filter((c) => c !== undefined)
    .slice(0, 3)

  return (
    <View className='fs-weakest'>
      <Text className='fs-weakest__title'>
        <NoOrphan text={`上次测试${strengthenTitle(rules.map((r) => r.name))}`} />
      </Text>
      {rules.map((r) => (
        <Text key={r.id} className='fs-weakest__text'>
          <NoOrphan text={r.text} />
        </Text>
      ))}
      {toRead.length > 0 ? (
        toRead.map((category) => (
          <ActionButton
            key={category.id}
            className='fs-weakest__link'
            label={`看看「${category.name}」`}
            onTap={() => openPage('category', { id: category.id })}
            navigates
          >
            <Text>
              <NoOrphan text={`看看「${category.name}」`} arrow />
            </Text>
          </ActionButton>
        ))
      ) : (
        <PageLink className='fs-weakest__link' to='prevention' text='查看「如何防范」' />
      )}
      <ActionButton className='fs-weakest__link' onTap={() => openPage('scenario', { rule })} navigates>
        <Text>
          <NoOrphan text={`模拟一下：${practiseFirstWords(found.name, rules.length > 1)}的情景演练`} arrow />
        </Text>
      </ActionButton>
    </View>
  )
}
