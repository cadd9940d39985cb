import { Text, View } from '@tarojs/components'
import NoOrphan from '@/components/NoOrphan'
import ActionButton from '@/components/ActionButton'
import { useCanNavigate } from '@/hooks/useCanNavigate'
import type { PreventionRule } from '#types/content'
import './index.scss'

export interface RuleListProps {
  rules: PreventionRule[]
  /** Show each rule's brochure sentence, not only its name. */
  detailed?: boolean
  onSelect?: (rule: PreventionRule) => void
}

/** The four prevention rules 不轻信 · 不透露 · 不转账 · 及时报警. */
export default function RuleList({ rules, detailed = false, onSelect: select }: RuleListProps) {
  // onSelect opens another page: not offered where nothing can navigate.
  const onSelect = useCanNavigate() ? select : undefined
  return (
    <View className={`fs-rules ${detailed ? 'fs-rules--detailed' : ''}`}>
      {rules.map((rule) => {
        const content = (
          <>
            <Text className='fs-rules__name'>{`${rule.name} `}</Text>
            {detailed && (
              <Text className='fs-rules__text'>
                <NoOrphan text={rule.text} />
              </Text>
            )}
          </>
        )
        return onSelect ? (
          <ActionButton key={rule.id} className='fs-rules__item' role='link' onTap={() => onSelect(rule)}>
            {content}
          </ActionButton>
        ) : (
          <View key={rule.id} className='fs-rules__item'>
            {content}
          </View>
        )
      })}
    </View>
  )
}
