import type { FamilySource, PactRule } from '#types/family'

/**
 * 家庭防骗约定: rules a family can agree on, each resting on the brochure (quoted verbatim) or named public guidance.
 * The family ticks the ones it adopts.
 */
export const PACT_RULES: readonly PactRule[] = [
  {
    id: 'transfer-ask-family',
    text: '任何人让转账，先打电话给家人核实。',
    source: {
      kind: 'category',
      category: 'impersonating-officials',
      part: 'case',
      quote: '直到给家人讲述之后，才恍然大悟上当受骗了'
    }
  },
  {
    id: 'codes',
    text: '验证码不告诉任何人。',
    source: { kind: 'rule', rule: 'no-disclose', quote: '短信验证码等个人信息不要轻易泄露' }
  },
  {
    id: 'screen',
    text: '不给陌生人共享屏幕，不装陌生人让装的软件。',
    source: { kind: 'category', category: 'fake-credit', part: 'case', quote: '开启腾讯会议并共享屏幕' }
  },
  {
    id: 'officials',
    text: '接到自称公检法的电话，挂断后打110核实。',
    source: {
      kind: 'category',
      category: 'impersonating-officials',
      part: 'tip',
      quote: '公检法不会通过电话做笔录办案'
    }
  },
  {
    id: 'call-back',
    text: '有人借领导、熟人、家人的名义要钱，挂断后打他本人的老号码确认。',
    source: {
      kind: 'category',
      category: 'impersonating-leaders',
      part: 'tip',
      quote: '凡遇到“领导”要求转账的，请务必电话联系，确认身份'
    }
  },
  {
    id: 'refund',
    text: '“客服”来电说退款，挂断后从官方渠道核实。',
    source: {
      kind: 'category',
      category: 'fake-customer-service',
      part: 'tip',
      quote: '在接到客服电话后必须先通过官方渠道向所购买的商家核实'
    }
  },
  {
    id: 'loan-fee',
    text: '网上贷款要先交钱的，一律不交。',
    source: {
      kind: 'category',
      category: 'online-loan',
      part: 'tip',
      quote: '凡是网络贷款需要先交钱的都是诈骗！'
    }
  },
  {
    id: 'answer-96110',
    text: '96110打来的电话，一定接听。',
    source: {
      kind: 'hotline',
      quote: '接到96110来电，意味着你可能正在遭受电信网络诈骗犯罪分子的侵害，请及时接听'
    }
  },
  {
    id: 'report',
    text: '一旦发现被骗，马上打110。',
    source: { kind: 'rule', rule: 'report', quote: '一旦发现被骗，及时拨打110报警。' }
  }
]

/**
 * A family 暗号 (safe word), suggested as a practice only. The app has no field for the word: it is never stored,
 * shown or printed. Source shown: 法治日报's advice against AI face-swap calls, as 宁海发布 (a county government
 * account) republished it on 2024-01-07 (freewechat.com/a/MzA4NTkyNjY4OQ==/2650456037). The same practice is in the
 * FBI's public service announcement I-120324-PSA (2024-12-03: "Create a secret word or phrase with your family to
 * verify their identity"), no longer shown: a new user's trial found its English the only English an elder met.
 */
export const SAFE_WORD_PRACTICE: { text: string; source: FamilySource } = {
  text: '建议全家约一个只有自家人知道的“暗号”。有人在电话里自称家人、急着要钱，先问暗号。暗号只记在心里，不要写下来，也不要发到群里。',
  source: {
    kind: 'public',
    publisher: '法治日报（宁海发布转载，2024年1月7日）',
    title: '小心与你视频的TA！',
    quote: '视频时,向对方提出只有你和对方才知道的问题,看对方的回答是否准确。'
  }
}

/** The ticked rules, saved as a JSON array of rule ids. */
export function serializePact(ticked: readonly string[]): string {
  return JSON.stringify(PACT_RULES.map((r) => r.id).filter((id) => ticked.includes(id)))
}

/** Reads saved ticks: ids of rules that exist, in list order. Anything damaged gives no ticks. */
export function parseSavedPact(raw: unknown): string[] {
  if (typeof raw !== 'string' || raw === '') return []
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch {
    return []
  }
  if (!Array.isArray(value)) return []
  return PACT_RULES.map((r) => r.id).filter((id) => value.includes(id))
}
