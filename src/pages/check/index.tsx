import { useMemo, useState } from 'react'
import { Text, Textarea, View } from '@tarojs/components'
import ActionButton from '@/components/ActionButton'
import Heading from '@/components/Heading'
import HotlineCalls from '@/components/HotlineCalls'
import PageShell from '@/components/PageShell'
import ShareButton from '@/components/ShareButton'
import TipBox from '@/components/TipBox'
import { findCategory, findRule } from '@/data'
import { MAX_INPUT_CHARS, checkMessage } from '@/domain/riskCheck'
import { redFlagData } from '@/domain/redFlagsData'
import { useSharePage } from '@/hooks/useSharePage'
import { openPage } from '@/services/navigation'
import { checkedProps, roleProps } from '@/components/a11y'
import type { CheckResult, CheckVerdict, Situation } from '../../../types/check'
import './index.scss'

const VERDICTS: Record<CheckVerdict, { title: string; text: string; modifier: string }> = {
  'high-risk': {
    title: '高风险',
    text: '这很像诈骗。先停下：不要转账，不要说出验证码，挂断后打96110问一问。',
    modifier: 'high'
  },
  suspicious: {
    title: '可疑',
    text: '发现了诈骗常见的信号。转账或说出个人信息前，先打96110问一问。',
    modifier: 'suspicious'
  },
  'none-found': {
    title: '未发现明显风险',
    text: '没有找到我们知道的诈骗信号。',
    modifier: 'none'
  }
}

/**
 * 风险自测: paste a message or describe a call, tick what happened, and see which of the brochure's red flags
 * it shows. Everything stays in this component's state: nothing is stored or sent.
 */
export default function CheckPage() {
  useSharePage({ page: 'check' })
  const [text, setText] = useState('')
  const [ticked, setTicked] = useState<string[]>([])
  const [checked, setChecked] = useState(false)

  // After the first check the result follows every edit, so it never describes words no longer there.
  const result = useMemo(
    () =>
      checked ? checkMessage({ text, situations: ticked }, redFlagData.flags, redFlagData.situations) : null,
    [checked, text, ticked]
  )
  const hasInput = text.trim() !== '' || ticked.length > 0

  const toggle = (id: string) =>
    setTicked((current) => (current.includes(id) ? current.filter((t) => t !== id) : [...current, id]))

  const clear = () => {
    setText('')
    setTicked([])
    setChecked(false)
  }

  return (
    <PageShell>
      <Heading className='fs-check__title' level={1}>
        风险自测
      </Heading>
      <Text className='fs-check__privacy'>你输入的内容只在本机检查，不会上传或保存</Text>

      <View className='fs-check__field'>
        <Text className='fs-check__label'>把收到的短信、聊天内容粘贴到这里，或者写下电话里对方说了什么</Text>
        <Textarea
          className='fs-check__input'
          value={text}
          maxlength={MAX_INPUT_CHARS}
          placeholder='例如：对方说我的银行卡涉嫌洗钱，要我把钱转到安全账户……'
          onInput={(e) => setText(e.detail.value)}
          nativeProps={{ 'aria-label': '要检查的短信、聊天内容或电话经过' }}
        />
      </View>

      <View className='fs-check__situations'>
        <Heading className='fs-check__subtitle' level={2}>
          发生过下面的事吗？（可多选）
        </Heading>
        {redFlagData.situations.map((situation) => (
          <SituationRow
            key={situation.id}
            situation={situation}
            ticked={ticked.includes(situation.id)}
            onToggle={() => toggle(situation.id)}
          />
        ))}
      </View>

      <View className='fs-check__actions'>
        <ActionButton className='fs-check__submit' label='检查' onTap={() => setChecked(true)}>
          <Text>检查</Text>
        </ActionButton>
        {/* Only when there is something to clear: on an empty form the button would do nothing. */}
        {(hasInput || checked) && (
          <ActionButton className='fs-check__clear' label='清空重来' onTap={clear}>
            <Text>清空</Text>
          </ActionButton>
        )}
      </View>

      {checked && !hasInput && (
        <View className='fs-check__empty' {...roleProps('alert')}>
          <Text>请先粘贴内容，或勾选发生过的事，再点“检查”。</Text>
        </View>
      )}
      {result && hasInput && <ResultCard result={result} />}
      {!(result && hasInput) && <HelpLink />}
      <ShareButton target={{ page: 'check' }} />
    </PageShell>
  )
}

function SituationRow({
  situation,
  ticked,
  onToggle
}: {
  situation: Situation
  ticked: boolean
  onToggle: () => void
}) {
  // Taro's View types know neither aria-checked nor tabIndex; the browser build passes both through.
  const accessibility = { ...checkedProps(ticked), 'aria-label': situation.label, tabIndex: 0 }
  return (
    <View
      className={`fs-check__situation ${ticked ? 'fs-check__situation--ticked' : ''}`}
      {...roleProps('checkbox')}
      onClick={onToggle}
      {...accessibility}
    >
      <Text className='fs-check__box'>{ticked ? '✓' : ''}</Text>
      <Text className='fs-check__situation-label'>{situation.label}</Text>
    </View>
  )
}

function ResultCard({ result }: { result: CheckResult }) {
  const verdict = VERDICTS[result.verdict]
  const category = result.categories.length > 0 ? findCategory(result.categories[0]) : undefined
  const rules = result.rules.map(findRule).filter((rule) => rule !== undefined)

  return (
    <View className={`fs-check__result fs-check__result--${verdict.modifier}`} {...roleProps('status')}>
      <Heading className='fs-check__verdict' level={2}>
        {verdict.title}
      </Heading>
      <Text className='fs-check__verdict-text'>{verdict.text}</Text>
      {result.verdict === 'none-found' && (
        <Text className='fs-check__caution'>没发现不等于安全，转账前先打96110问一问。</Text>
      )}

      {result.hits.length > 0 && (
        <View className='fs-check__block'>
          <Heading className='fs-check__block-title' level={3}>
            发现的危险信号
          </Heading>
          {result.hits.map((hit) => (
            <View key={hit.flag.id} className='fs-check__hit'>
              <Text className='fs-check__hit-label'>{hit.flag.label}</Text>
              {hit.quotes.length > 0 ? (
                hit.quotes.map((quote) => (
                  <Text key={quote} className='fs-check__quote'>
                    原话：“{quote}”
                  </Text>
                ))
              ) : (
                <Text className='fs-check__quote'>（你勾选了这一项）</Text>
              )}
            </View>
          ))}
        </View>
      )}

      {category && (
        <View className='fs-check__block'>
          <Heading className='fs-check__block-title' level={3}>
            最像这种骗局：{category.name}
          </Heading>
          <TipBox paragraphs={category.tip} />
          <ActionButton
            className='fs-check__link'
            label={`查看${category.name}详情`}
            onTap={() => openPage('category', { id: category.id })}
            navigates
          >
            <Text>看看「{category.name}」是怎么骗人的 ›</Text>
          </ActionButton>
        </View>
      )}

      {rules.length > 0 && (
        <View className='fs-check__block'>
          <Heading className='fs-check__block-title' level={3}>
            记住这条
          </Heading>
          {rules.map((rule) => (
            <View key={rule.id} className='fs-check__rule'>
              <Text className='fs-check__rule-name'>{rule.name}</Text>
              <Text className='fs-check__rule-text'>{rule.text}</Text>
            </View>
          ))}
        </View>
      )}

      <HotlineCalls className='fs-check__calls' />
      <HelpLink />
    </View>
  )
}

function HelpLink() {
  return (
    <ActionButton
      className='fs-check__link fs-check__link--help'
      label='已经被骗了怎么办'
      onTap={() => openPage('help')}
      navigates
    >
      <Text>已经被骗了？看看怎么办 ›</Text>
    </ActionButton>
  )
}
