import { CATEGORY_IDS, RULE_IDS } from '@/data/ids'
import type { QuizQuestion } from '#types/content'
import brochureJson from '../../src/data/brochure.json'
import {
  brochure,
  categories,
  categoryIndex,
  findCategory,
  findRule,
  isCategoryId,
  rules
} from '../../src/data'
import { validateBrochure, validateQuestions } from '../../src/data/contentChecks'
import { questions } from '../../src/data/quiz'
import { contentError } from './support'

/** A mutable deep copy of the shipped brochure, for building broken samples. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const brochureCopy = (): any => JSON.parse(JSON.stringify(brochureJson))

const question = (over: Partial<QuizQuestion> = {}): QuizQuestion => ({
  id: 'q-1',
  kind: 'single',
  prompt: '接到自称公安的电话要求转账到“安全账户”，应该怎么做？',
  options: ['马上转账', '挂断电话，拨打110核实'],
  answer: 1,
  explanation: '公检法不会通过电话做笔录办案，更不会让群众向所谓“安全账户”转账。',
  rule: 'no-transfer',
  category: 'impersonating-officials',
  ...over
})

describe('shipped brochure', () => {
  it('passes validation', () => {
    expect(() => validateBrochure(brochureCopy())).not.toThrow()
    expect(brochure.source.title).toBe('防范电信网络诈骗')
    expect(brochure.source.issuer).toBe('中共山西省委平安山西建设领导小组')
  })

  it('has exactly the ten categories in brochure order with their printed names', () => {
    expect(categories.map((c) => c.id)).toEqual([...CATEGORY_IDS])
    expect(categories.map((c) => c.name)).toEqual([
      '“杀猪盘” 诈骗',
      '虚假征信诈骗',
      '虚假投资理财诈骗',
      '冒充公检法及政府机关诈骗',
      '虚假购物、服务诈骗',
      '网络刷单诈骗',
      '假冒客服退款诈骗',
      '冒充领导、熟人诈骗',
      '网络游戏产品虚假交易诈骗',
      '网络贷款诈骗'
    ])
  })

  it('keeps the multi-paragraph cases and the one highlight', () => {
    const caseLengths = Object.fromEntries(categories.map((c) => [c.id, c.case.length]))
    expect(caseLengths).toEqual({
      'pig-butchering': 1,
      'fake-credit': 2,
      'fake-investment': 1,
      'impersonating-officials': 1,
      'fake-shopping': 1,
      'order-brushing': 2,
      'fake-customer-service': 1,
      'impersonating-leaders': 1,
      'game-trading': 2,
      'online-loan': 1
    })
    expect(categories.filter((c) => c.highlight).map((c) => c.id)).toEqual(['order-brushing'])
    expect(findCategory('order-brushing')?.highlight).toEqual(['兼职刷单', '诈骗高发'])
  })

  it('shows the text people read verbatim', () => {
    expect(brochure.hotline).toEqual({
      heading: '全国反诈热线',
      number: '96110',
      description:
        '96110是反电信网络诈骗专用号码，专门用于对群众的预警劝阻和防范宣传工作。接到96110来电，意味着你可能正在遭受电信网络诈骗犯罪分子的侵害，请及时接听，避免上当受骗！'
    })
    expect(findCategory('pig-butchering')?.case[0]).toContain('李小姐这才反应过来，最终被骗70余万元。')
    expect(findCategory('fake-investment')?.case[0]).toContain('将68万余元悉数投了进去。')
    expect(findCategory('fake-customer-service')?.case[0].endsWith('早已消失……')).toBe(true)
    expect(findCategory('online-loan')?.tip).toEqual([
      '贷款请到银行等正规机构申办，切莫听信网上“低利息、无抵押、放款快”的贷款广告！凡是网络贷款需要先交钱的都是诈骗！'
    ])
    expect(brochure.cardCrackdown.penalties.map((p) => p.slice(0, 2))).toEqual(['1、', '2、'])
    expect(brochure.cardCrackdown.reminder).toBe('山西公安提醒：请注意用卡安全！')
  })

  it('has the four rules in order with their verbatim text', () => {
    expect(rules.map((r) => r.id)).toEqual([...RULE_IDS])
    expect(rules.map((r) => r.name)).toEqual(['不轻信', '不透露', '不转账', '及时报警'])
    expect(findRule('no-trust')?.text).toBe('不要轻信陌生人，不要相信来历不明的电话、短信。')
    expect(findRule('report')?.text).toBe('一旦发现被骗，及时拨打110报警。')
  })

  it('has the notice of the five authorities', () => {
    const { notice } = brochure
    expect(notice.issuers).toEqual([
      '最高人民法院',
      '最高人民检察院',
      '公安部',
      '工业和信息化部',
      '中国人民银行'
    ])
    expect(notice.title).toBe('关于依法严厉打击惩戒治理非法买卖电话卡银行卡违法犯罪活动的通告')
    expect(notice.points.map((p) => p.slice(0, 2))).toEqual(['一、', '二、', '三、', '四、', '五、'])
    expect(notice.closing.startsWith('广大人民群众要提高防范意识')).toBe(true)
    expect(notice.date).toBe('2020年12月16日')
  })

  it.each(categories.map((c) => [c.id, c] as const))(
    '%s: tipKeySentence is a short verbatim part of the tip',
    (_, c) => {
      expect(c.tip.some((p) => p.includes(c.tipKeySentence))).toBe(true)
      expect(c.tipKeySentence.length).toBeLessThanOrEqual(30)
    }
  )

  it('is frozen, so no page can change what another shows', () => {
    expect(Object.isFrozen(brochure)).toBe(true)
    expect(Object.isFrozen(categories[0].tip)).toBe(true)
  })
})

describe('validateBrochure rejects broken content', () => {
  it('a duplicate category id, naming it', () => {
    const raw = brochureCopy()
    raw.categories[4].id = 'fake-credit'
    const e = contentError(() => validateBrochure(raw))
    expect([e.file, e.record, e.field]).toEqual(['brochure.json', 'categories[4] (fake-credit)', 'id'])
    expect(e.message).toContain('duplicate id "fake-credit"')
  })

  it('an unknown category id', () => {
    const raw = brochureCopy()
    raw.categories[2].id = 'lottery'
    const e = contentError(() => validateBrochure(raw, 'custom.json'))
    expect([e.file, e.record, e.field]).toEqual(['custom.json', 'categories[2] (lottery)', 'id'])
    expect(e.message).toContain('unknown id "lottery"')
  })

  it('a missing category', () => {
    const raw = brochureCopy()
    raw.categories.pop()
    const e = contentError(() => validateBrochure(raw))
    expect([e.record, e.field]).toEqual(['(root)', 'categories'])
    expect(e.message).toContain('"online-loan"')
  })

  it('categories out of brochure order', () => {
    const raw = brochureCopy()
    ;[raw.categories[0], raw.categories[1]] = [raw.categories[1], raw.categories[0]]
    const e = contentError(() => validateBrochure(raw))
    expect([e.record, e.field]).toEqual(['categories[0] (fake-credit)', 'id'])
  })

  it('a missing field', () => {
    const raw = brochureCopy()
    delete raw.categories[1].method
    const e = contentError(() => validateBrochure(raw))
    expect([e.record, e.field]).toEqual(['categories[1] (fake-credit)', 'method'])
  })

  it('an empty tip array, with the documented message', () => {
    const raw = brochureCopy()
    raw.categories[3].tip = []
    const e = contentError(() => validateBrochure(raw))
    expect([e.file, e.record, e.field]).toEqual([
      'brochure.json',
      'categories[3] (impersonating-officials)',
      'tip'
    ])
    expect(e.message).toBe(
      'brochure.json: categories[3] (impersonating-officials): field "tip" must be a non-empty array of non-empty strings'
    )
  })

  it('a blank paragraph', () => {
    const raw = brochureCopy()
    raw.categories[0].case.push('  ')
    expect(contentError(() => validateBrochure(raw)).field).toBe('case')
  })

  it('a tipKeySentence that is not in the tip', () => {
    const raw = brochureCopy()
    raw.categories[9].tipKeySentence = '网络贷款都是诈骗'
    const e = contentError(() => validateBrochure(raw))
    expect([e.record, e.field]).toEqual(['categories[9] (online-loan)', 'tipKeySentence'])
  })

  it('a misspelt optional field', () => {
    const raw = brochureCopy()
    raw.categories[5].highlights = raw.categories[5].highlight
    expect(contentError(() => validateBrochure(raw)).field).toBe('highlights')
  })

  it('a wrong hotline number', () => {
    const raw = brochureCopy()
    raw.hotline.number = '96101'
    const e = contentError(() => validateBrochure(raw))
    expect([e.record, e.field]).toEqual(['hotline', 'number'])
  })

  it('an unknown or duplicate rule', () => {
    const unknown = brochureCopy()
    unknown.rules[1].id = 'no-share'
    expect(contentError(() => validateBrochure(unknown)).record).toBe('rules[1] (no-share)')
    const dup = brochureCopy()
    dup.rules[3].id = 'no-trust'
    expect(contentError(() => validateBrochure(dup)).message).toContain('duplicate id "no-trust"')
  })

  it('a missing section and a non-object', () => {
    const raw = brochureCopy()
    delete raw.notice
    const e = contentError(() => validateBrochure(raw))
    expect([e.record, e.field]).toEqual(['(root)', 'notice'])
    expect(contentError(() => validateBrochure(null)).record).toBe('(root)')
    expect(contentError(() => validateBrochure([])).record).toBe('(root)')
  })
})

describe('validateQuestions', () => {
  it('accepts the shipped bank and a valid sample', () => {
    expect(Array.isArray(questions)).toBe(true)
    const tf = question({
      id: 'q-2',
      kind: 'true-false',
      options: ['对', '错'],
      answer: 0,
      category: 'general',
      control: true
    })
    expect(validateQuestions([question(), tf])).toHaveLength(2)
  })

  it('rejects an unknown rule id', () => {
    const e = contentError(() => validateQuestions([question({ rule: 'no-panic' as never })]))
    expect([e.file, e.record, e.field]).toEqual(['quiz-questions.json', '[0] (q-1)', 'rule'])
    expect(e.message).toContain('unknown rule "no-panic"')
  })

  it('rejects an unknown category reference', () => {
    const e = contentError(() => validateQuestions([question({ category: 'lottery' as never })]))
    expect([e.record, e.field]).toEqual(['[0] (q-1)', 'category'])
    expect(e.message).toContain('unknown category "lottery"')
  })

  it.each([2, -1, 0.5, '1', null])('rejects answer %p', (answer) => {
    const e = contentError(() => validateQuestions([question({ answer: answer as never })]))
    expect([e.record, e.field]).toEqual(['[0] (q-1)', 'answer'])
  })

  it('rejects a duplicate id, naming it', () => {
    const e = contentError(() => validateQuestions([question(), question({ id: 'q-2' }), question()]))
    expect([e.file, e.record, e.field]).toEqual(['quiz-questions.json', '[2] (q-1)', 'id'])
    expect(e.message).toContain('duplicate id "q-1"')
  })

  it('rejects bad options', () => {
    const bad: Partial<QuizQuestion>[] = [
      { options: ['只有一个'], answer: 0 },
      { options: ['一', '二', '三', '四', '五'] },
      { options: ['同', '同'] },
      { options: ['可以', ''] },
      { kind: 'true-false', options: ['错', '对'] },
      { kind: 'true-false', options: ['是', '否'] }
    ]
    bad.forEach((over) =>
      expect(contentError(() => validateQuestions([question(over)])).field).toBe('options')
    )
  })

  it('rejects a bad kind, blank text, a non-boolean control and an unknown field', () => {
    expect(contentError(() => validateQuestions([question({ kind: 'multi' as never })])).field).toBe('kind')
    expect(contentError(() => validateQuestions([question({ prompt: ' ' })])).field).toBe('prompt')
    expect(contentError(() => validateQuestions([question({ explanation: '' })])).field).toBe('explanation')
    expect(contentError(() => validateQuestions([question({ id: '' })])).record).toBe('[0]')
    expect(contentError(() => validateQuestions([question({ control: 'yes' as never })])).field).toBe(
      'control'
    )
    expect(contentError(() => validateQuestions([{ ...question(), hint: 'x' }])).field).toBe('hint')
  })

  it('rejects a non-array file and non-object entries', () => {
    expect(contentError(() => validateQuestions({}, 'q.json')).file).toBe('q.json')
    expect(contentError(() => validateQuestions([42])).record).toBe('[0]')
  })
})

describe('lookups', () => {
  it('find every category and rule by id', () => {
    CATEGORY_IDS.forEach((id, i) => {
      expect(findCategory(id)?.id).toBe(id)
      expect(categoryIndex(id)).toBe(i)
      expect(isCategoryId(id)).toBe(true)
    })
    RULE_IDS.forEach((id) => expect(findRule(id)?.id).toBe(id))
  })

  const garbage = [
    '',
    'xx',
    '<script>',
    'x'.repeat(2000),
    '__proto__',
    'constructor',
    'toString',
    'PIG-BUTCHERING'
  ]
  it.each(garbage.map((id) => [id.length > 20 ? `a ${id.length}-char string` : JSON.stringify(id), id]))(
    'return nothing for %s',
    (_, id) => {
      expect(findCategory(id)).toBeUndefined()
      expect(findRule(id)).toBeUndefined()
      expect(categoryIndex(id)).toBe(-1)
      expect(isCategoryId(id)).toBe(false)
    }
  )

  it('isCategoryId rejects non-strings', () => {
    ;[undefined, null, 0, {}, ['pig-butchering']].forEach((x) => expect(isCategoryId(x)).toBe(false))
  })
})
