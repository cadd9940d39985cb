import { brochure } from '@/data'
import { sourceLabel } from '@/domain/familySource'
import { PAUSE_QUESTIONS, QUICK_CHECK_ITEMS, decideQuickCheck, nextPauseStep } from '@/domain/quickCheck'
import { sourceText } from './support'

describe('通话中速查 items', () => {
  test('are the seven moves the issue names, in that order', () => {
    expect(QUICK_CHECK_ITEMS.map((i) => i.text)).toEqual([
      '自称公检法',
      '自称客服，说要给您退款',
      '自称领导、熟人，找您借钱',
      '说贷款要先交钱',
      '让您下载软件或共享屏幕',
      '让您说出验证码',
      '让您把钱转到“安全账户”'
    ])
  })

  test.each(QUICK_CHECK_ITEMS.map((i) => [i.text, i] as const))(
    '%s quotes its brochure source verbatim and names it',
    (_, item) => {
      const text = sourceText(item.source, brochure)
      expect(text).not.toBeNull()
      expect(text).toContain(item.source.quote)
      expect(sourceLabel(item.source, brochure)).toMatch(/^宣传手册「.+」/)
    }
  )

  test('the sources name the brochure categories and rule they come from', () => {
    expect(Object.fromEntries(QUICK_CHECK_ITEMS.map((i) => [i.id, sourceLabel(i.source, brochure)]))).toEqual(
      {
        officials: '宣传手册「冒充公检法及政府机关诈骗」反诈提示',
        refund: '宣传手册「假冒客服退款诈骗」反诈提示',
        'leader-loan': '宣传手册「冒充领导、熟人诈骗」反诈提示',
        'loan-fee': '宣传手册「网络贷款诈骗」反诈提示',
        screen: '宣传手册「虚假征信诈骗」诈骗案例',
        code: '宣传手册「如何防范」不透露',
        'safe-account': '宣传手册「冒充公检法及政府机关诈骗」反诈提示'
      }
    )
  })
})

describe('the quick check decision table', () => {
  test.each(QUICK_CHECK_ITEMS.map((i) => [i.id] as const))('"是" to %s alone → hang up, naming it', (id) => {
    const outcome = decideQuickCheck([id])
    expect(outcome.verdict).toBe('hang-up')
    expect(outcome.verdict === 'hang-up' && outcome.matched.map((i) => i.id)).toEqual([id])
  })

  test('several "是" → hang up, listed in screen order', () => {
    const outcome = decideQuickCheck(['safe-account', 'officials'])
    expect(outcome.verdict === 'hang-up' && outcome.matched.map((i) => i.id)).toEqual([
      'officials',
      'safe-account'
    ])
  })

  test('all "不是" → no match; unknown ids count for nothing', () => {
    expect(decideQuickCheck([])).toEqual({ verdict: 'no-match' })
    expect(decideQuickCheck(['safe', '', 'OFFICIALS'])).toEqual({ verdict: 'no-match' })
  })
})

describe('转账前冷静一下', () => {
  test('five questions, each quoting a brochure tip verbatim', () => {
    expect(PAUSE_QUESTIONS).toHaveLength(5)
    expect(PAUSE_QUESTIONS.map((q) => q.question)).toEqual(
      expect.arrayContaining(['对方是您只在网上认识的人吗？', '对方说这是“安全账户”吗？'])
    )
    for (const q of PAUSE_QUESTIONS) {
      expect(q.source.kind).toBe('category')
      expect(sourceText(q.source, brochure)).toContain(q.source.quote)
    }
  })

  test('asks in order, stops at the first "是", and ends without a match after five "不是"', () => {
    expect(nextPauseStep([])).toEqual({ step: 'ask', question: PAUSE_QUESTIONS[0], position: 1 })
    expect(nextPauseStep([false, false])).toEqual({ step: 'ask', question: PAUSE_QUESTIONS[2], position: 3 })
    expect(nextPauseStep([true])).toEqual({ step: 'hang-up', question: PAUSE_QUESTIONS[0] })
    expect(nextPauseStep([false, false, false, true])).toEqual({
      step: 'hang-up',
      question: PAUSE_QUESTIONS[3]
    })
    expect(nextPauseStep([false, false, false, false, false])).toEqual({ step: 'no-match' })
    expect(nextPauseStep([false, false, false, false, false, true])).toEqual({ step: 'no-match' })
  })
})
