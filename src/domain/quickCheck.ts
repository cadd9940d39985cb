import type { PauseQuestion, QuickCheckItem } from '#types/family'

/**
 * 通话中速查: what the caller is doing, each a typical line of a brochure fraud type. Any one of them means hang up.
 * The `why` sentences are the brochure's own words (see each source).
 */
export const QUICK_CHECK_ITEMS: readonly QuickCheckItem[] = [
  {
    id: 'officials',
    text: '自称公检法',
    why: '公检法不会通过电话做笔录办案。',
    source: {
      kind: 'category',
      category: 'impersonating-officials',
      part: 'tip',
      quote: '公检法不会通过电话做笔录办案'
    }
  },
  {
    id: 'refund',
    text: '自称客服，说要给您退款',
    why: '接到客服电话，必须先通过官方渠道向所购买的商家核实。',
    source: {
      kind: 'category',
      category: 'fake-customer-service',
      part: 'tip',
      quote: '在接到客服电话后必须先通过官方渠道向所购买的商家核实'
    }
  },
  {
    id: 'leader-loan',
    text: '自称领导、熟人，找您借钱',
    why: '凡遇到“领导”要求转账的，请务必电话联系，确认身份。',
    source: {
      kind: 'category',
      category: 'impersonating-leaders',
      part: 'tip',
      quote: '凡遇到“领导”要求转账的，请务必电话联系，确认身份'
    }
  },
  {
    id: 'loan-fee',
    text: '说贷款要先交钱',
    why: '凡是网络贷款需要先交钱的都是诈骗！',
    source: {
      kind: 'category',
      category: 'online-loan',
      part: 'tip',
      quote: '凡是网络贷款需要先交钱的都是诈骗！'
    }
  },
  {
    id: 'screen',
    text: '让您下载软件或共享屏幕',
    why: '手册里的受害人就是按对方要求“开启腾讯会议并共享屏幕”后被骗的。',
    source: { kind: 'category', category: 'fake-credit', part: 'case', quote: '开启腾讯会议并共享屏幕' }
  },
  {
    id: 'code',
    text: '让您说出验证码',
    why: '短信验证码等个人信息不要轻易泄露。',
    source: { kind: 'rule', rule: 'no-disclose', quote: '短信验证码等个人信息不要轻易泄露' }
  },
  {
    id: 'safe-account',
    text: '让您把钱转到“安全账户”',
    why: '公检法绝不会让群众向所谓“安全账户”转账。',
    source: {
      kind: 'category',
      category: 'impersonating-officials',
      part: 'tip',
      quote: '更不会让群众向所谓“安全账户”转账'
    }
  }
]

/**
 * 转账前冷静一下: five questions drawn from the brochure's tips. Any "是" means stop and hang up.
 */
export const PAUSE_QUESTIONS: readonly PauseQuestion[] = [
  {
    id: 'online-only',
    question: '对方是您只在网上认识的人吗？',
    source: { kind: 'category', category: 'pig-butchering', part: 'tip', quote: '网络交友务必提高警惕' }
  },
  {
    id: 'safe-account',
    question: '对方说这是“安全账户”吗？',
    source: {
      kind: 'category',
      category: 'impersonating-officials',
      part: 'tip',
      quote: '更不会让群众向所谓“安全账户”转账'
    }
  },
  {
    id: 'pay-first',
    question: '对方说要先交手续费、保证金，才能放款或退款吗？',
    source: {
      kind: 'category',
      category: 'online-loan',
      part: 'tip',
      quote: '凡是网络贷款需要先交钱的都是诈骗！'
    }
  },
  {
    id: 'sure-profit',
    question: '对方说“稳赚不赔”“低成本、高回报”吗？',
    source: {
      kind: 'category',
      category: 'pig-butchering',
      part: 'tip',
      quote: '不要轻易相信网友所说的“稳赚不赔”“低成本、高回报”之类的投资赚钱的谎言'
    }
  },
  {
    id: 'unverified-leader',
    question: '是微信上的“领导”或熟人让您转账，您还没打电话跟他本人确认吗？',
    source: {
      kind: 'category',
      category: 'impersonating-leaders',
      part: 'tip',
      quote: '凡遇到“领导”要求转账的，请务必电话联系，确认身份'
    }
  }
]

/** What the person sees at the end: hang up now, or the four rules and 96110 (never "safe"). */
export type FamilyCheckOutcome =
  { verdict: 'hang-up'; matched: readonly QuickCheckItem[] } | { verdict: 'no-match' }

/**
 * The quick check's decision table: any item the person said "是" to → hang up, listing those items in screen
 * order; none → no-match. Ids that name no item (an old link, a typo) count for nothing.
 */
export function decideQuickCheck(yes: readonly string[]): FamilyCheckOutcome {
  const matched = QUICK_CHECK_ITEMS.filter((item) => yes.includes(item.id))
  return matched.length > 0 ? { verdict: 'hang-up', matched } : { verdict: 'no-match' }
}

/** Where the pause stands after some answers (true = 是, in question order). */
export type PauseStep =
  | { step: 'ask'; question: PauseQuestion; position: number }
  | { step: 'hang-up'; question: PauseQuestion }
  | { step: 'no-match' }

/**
 * The pause's decision table: the first "是" stops it at once (hang up); otherwise the next unanswered question;
 * after five "不是", no-match. Answers past the fifth are ignored.
 */
export function nextPauseStep(answers: readonly boolean[]): PauseStep {
  const firstYes = answers.slice(0, PAUSE_QUESTIONS.length).indexOf(true)
  if (firstYes >= 0) return { step: 'hang-up', question: PAUSE_QUESTIONS[firstYes] }
  if (answers.length >= PAUSE_QUESTIONS.length) return { step: 'no-match' }
  return { step: 'ask', question: PAUSE_QUESTIONS[answers.length], position: answers.length + 1 }
}
