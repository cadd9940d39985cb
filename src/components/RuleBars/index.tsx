import { Text, View } from '@tarojs/components'
import { findRule } from '@/data'
import { roleProps } from '@/components/a11y'
import { barTone } from '@/domain/grades'
import type { RuleId } from '#types/content'
import type { RuleScore } from '#types/quiz'
import './index.scss'

export interface RuleBarsProps {
  byRule: RuleScore[]
  /** Kept for older callers: one rule to tag 需加强. `strengthen` replaces it. */
  weakestRule?: RuleId | null
  /** Every rule tied at the lowest score (see rulesToStrengthen): each is tagged 需加强. */
  strengthen?: RuleId[]
}

/** One bar per prevention rule: how many of its questions were answered right, coloured by that share. */
export default function RuleBars({ byRule, weakestRule = null, strengthen }: RuleBarsProps) {
  const tagged = strengthen ?? (weakestRule ? [weakestRule] : [])
  return (
    <View className='fs-rule-bars'>
      {byRule.map((score) => {
        const name = findRule(score.rule)?.name ?? score.rule
        const percent = score.asked > 0 ? Math.round(score.ratio * 100) : 0
        const weak = tagged.includes(score.rule)
        const spoken =
          (score.asked > 0 ? `${name}：${score.asked}题答对${score.correct}题` : `${name}：本轮没有考到`) +
          (weak ? '，需加强' : '')
        return (
          <View
            key={score.rule}
            className={`fs-rule-bars__row fs-rule-bars__row--${barTone(score)}`}
            {...roleProps('img')}
            aria-label={spoken}
          >
            <View className='fs-rule-bars__head'>
              <Text className='fs-rule-bars__name'>
                {/* A rule's name is one word: "及时报 / 警 需加强" before (round 61). */}
                <Text className='fs-word'>{name}</Text>
                {weak && <Text className='fs-rule-bars__weakest'> 需加强</Text>}
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
