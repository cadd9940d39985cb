import { Text, View } from '@tarojs/components'
import { findRule } from '@/data'
import { roleProps } from '@/components/a11y'
import type { RuleId } from '../../../types/content'
import type { RuleScore } from '../../../types/quiz'
import './index.scss'

export interface RuleBarsProps {
  byRule: RuleScore[]
  weakestRule: RuleId | null
}

/** One bar per prevention rule: how many of its questions were answered right. */
export default function RuleBars({ byRule, weakestRule }: RuleBarsProps) {
  return (
    <View className='fs-rule-bars'>
      {byRule.map((score) => {
        const name = findRule(score.rule)?.name ?? score.rule
        const percent = score.asked > 0 ? Math.round(score.ratio * 100) : 0
        const weakest = score.rule === weakestRule
        const spoken =
          (score.asked > 0 ? `${name}：${score.asked}题答对${score.correct}题` : `${name}：本轮没有考到`) +
          (weakest ? '，最薄弱' : '')
        return (
          <View
            key={score.rule}
            className={`fs-rule-bars__row ${weakest ? 'fs-rule-bars__row--weakest' : ''}`}
            {...roleProps('img')}
            aria-label={spoken}
          >
            <View className='fs-rule-bars__head'>
              <Text className='fs-rule-bars__name'>
                {name}
                {weakest && <Text className='fs-rule-bars__weakest'> 最薄弱</Text>}
              </Text>
              <Text className='fs-rule-bars__count'>
                {score.asked > 0 ? `${score.correct}/${score.asked}` : '未考到'}
              </Text>
            </View>
            <View className='fs-rule-bars__track'>
              <View className='fs-rule-bars__fill' style={{ width: `${percent}%` }} />
            </View>
          </View>
        )
      })}
    </View>
  )
}
