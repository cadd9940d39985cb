import * as fs from 'fs'
import * as path from 'path'
import fixturesJson from '../fixtures/check-messages.json'
import redFlagsJson from '../../src/data/red-flags.json'
import {
  MAX_INPUT_CHARS,
  checkMessage,
  normalizeForMatching,
  rateOnFixtures
} from '../../src/domain/riskCheck'
import { patternProblem, redFlagData, validateRedFlags } from '../../src/domain/redFlagsData'
import { CATEGORY_IDS, RULE_IDS } from '../../types/content'
import type { CheckResult, LabelledMessage, RedFlag } from '../../types/check'
import { contentError } from './support'

const { flags, situations } = redFlagData
const fixtures = fixturesJson as LabelledMessage[]
const scams = fixtures.filter((f) => f.scam)
const ordinary = fixtures.filter((f) => !f.scam)

const check = (text: string, ticked: string[] = []): CheckResult =>
  checkMessage({ text, situations: ticked }, flags, situations)
const hitIds = (r: CheckResult): string[] => r.hits.map((h) => h.flag.id)

/** A mutable deep copy of the shipped file, for building broken samples. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const sample = (): any => JSON.parse(JSON.stringify(redFlagsJson))

describe('shipped red flags', () => {
  it('validates, with about 20–30 flags and 8–10 tick boxes', () => {
    expect(() => validateRedFlags(redFlagsJson)).not.toThrow()
    expect(flags.length).toBeGreaterThanOrEqual(20)
    expect(flags.length).toBeLessThanOrEqual(35)
    expect(situations.length).toBeGreaterThanOrEqual(8)
    expect(situations.length).toBeLessThanOrEqual(10)
  })

  it('has a flag for each of the ten categories and ties every tick box to a flag', () => {
    for (const id of CATEGORY_IDS) expect(flags.some((f) => f.category === id)).toBe(true)
    for (const s of situations) expect(flags.some((f) => f.id === s.flagId)).toBe(true)
  })

  it('names a brochure category or rule as the source of every flag', () => {
    const sources = [
      '“杀猪盘” 诈骗',
      '虚假征信诈骗',
      '虚假投资理财诈骗',
      '冒充公检法及政府机关诈骗',
      '虚假购物、服务诈骗'
    ].concat([
      '网络刷单诈骗',
      '假冒客服退款诈骗',
      '冒充领导、熟人诈骗',
      '网络游戏产品虚假交易诈骗',
      '网络贷款诈骗',
      '如何防范'
    ])
    for (const f of flags) expect(sources.some((s) => f.source.startsWith(s))).toBe(true)
  })

  it('is frozen, so no page can change it', () => {
    expect(Object.isFrozen(redFlagData)).toBe(true)
    expect(Object.isFrozen(flags[0].patterns)).toBe(true)
  })

  // The brochure's own signals, each said the way a person would report it.
  it.each([
    ['让我把钱转到安全账户'],
    ['说我涉嫌洗钱'],
    ['说我的银行卡涉嫌贩毒案件'],
    ['说对我发了通缉令'],
    ['说要逮捕我'],
    ['说要冻结我名下的资金'],
    ['说要帮我注销校园贷'],
    ['说不处理会影响征信'],
    ['要帮我注销贷款账户'],
    ['说能帮我消除贷款记录'],
    ['让我共享屏幕'],
    ['让我开腾讯会议'],
    ['让我下载一个软件'],
    ['让我把验证码发给他'],
    ['在家刷单赚钱'],
    ['帮网店刷信誉'],
    ['充值刷流水'],
    ['招聘网上兼职'],
    ['要先交手续费才放款'],
    ['要先交保证金'],
    ['账户冻结了，交钱才能解冻'],
    ['卡号填错了要交改卡费'],
    ['放款前要先交保险费'],
    ['这个投资稳赚不赔'],
    ['低成本、高回报'],
    ['这个平台有漏洞可以挣钱'],
    ['高收益理财'],
    ['跟着导师炒股'],
    ['带你赚钱'],
    ['低价充值游戏币'],
    ['便宜卖游戏装备'],
    ['我是你领导，急需用钱'],
    ['我是书记，不方便转账'],
    ['衣服质量问题要给你退款'],
    ['快递丢了，给您理赔，请添加理赔专员'],
    ['把借呗里的钱提出来'],
    ['花呗额度提现验证一下'],
    ['你的账户是学生账户要关闭'],
    ['百分百中奖'],
    ['价格远低于市场价'],
    ['无抵押、无担保、低利息、放款快']
  ])('flags the brochure signal %s', (text) => {
    expect(check(text).verdict).not.toBe('none-found')
  })

  it.each([
    ['验证码', '把验证码告诉我'],
    ['校验码', '把校验码告诉我'],
    ['动态码', '把动态码告诉我'],
    ['转账', '让你转账'],
    ['转钱', '让你转钱'],
    ['打钱', '让你打钱'],
    ['汇款', '让你汇款'],
    ['屏幕共享', '开一下屏幕共享'],
    ['共享屏幕', '共享一下屏幕']
  ])('tolerates the everyday variant %s', (_variant, text) => {
    expect(check(text).verdict).not.toBe('none-found')
  })
})

describe('labelled fixtures', () => {
  it('are a real set: ≥70 messages, ≥45 scams, ≥25 ordinary, unique ids, ≥4 scams per category', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(70)
    expect(scams.length).toBeGreaterThanOrEqual(45)
    expect(ordinary.length).toBeGreaterThanOrEqual(25)
    expect(new Set(fixtures.map((f) => f.id)).size).toBe(fixtures.length)
    for (const id of CATEGORY_IDS) {
      expect(scams.filter((f) => f.category === id).length).toBeGreaterThanOrEqual(4)
    }
    const known = new Set(situations.map((s) => s.id))
    for (const f of fixtures) for (const s of f.situations ?? []) expect(known.has(s)).toBe(true)
  })

  it('flags at least 95% of scams and at most 10% of ordinary messages', () => {
    const rates = rateOnFixtures(fixtures, flags, situations)
    expect(rates.scams).toBe(scams.length)
    expect(rates.ordinary).toBe(ordinary.length)
    expect(rates.scamRecall).toBeGreaterThanOrEqual(0.95)
    expect(rates.ordinaryFlagRate).toBeLessThanOrEqual(0.1)
  })

  it('rateOnFixtures agrees with counting by hand', () => {
    const flagged = (f: LabelledMessage): boolean =>
      check(f.text, f.situations ?? []).verdict !== 'none-found'
    const rates = rateOnFixtures(fixtures, flags, situations)
    expect(rates.scamRecall).toBeCloseTo(scams.filter(flagged).length / scams.length, 10)
    expect(rates.ordinaryFlagRate).toBeCloseTo(ordinary.filter(flagged).length / ordinary.length, 10)
    expect(rateOnFixtures([], flags, situations)).toEqual({
      scamRecall: 0,
      ordinaryFlagRate: 0,
      scams: 0,
      ordinary: 0
    })
  })

  it.each(CATEGORY_IDS.map((id) => [id]))('ranks %s first for at least one of its scams', (id) => {
    const own = scams.filter((f) => f.category === id)
    expect(own.some((f) => check(f.text, f.situations ?? []).categories[0] === id)).toBe(true)
  })

  it('quotes only exact substrings of the input', () => {
    for (const f of fixtures) {
      for (const hit of check(f.text, f.situations ?? []).hits) {
        for (const q of hit.quotes) {
          expect(q.length).toBeGreaterThan(0)
          expect(f.text.includes(q)).toBe(true)
        }
      }
    }
  })
})

describe('negation and warnings', () => {
  it('does not count a bank notice that says never to share the code', () => {
    const r = check(
      '【中国工商银行】您的验证码为386512，5分钟内有效。请勿向任何人透露验证码，银行工作人员不会向您索取。'
    )
    expect(r.verdict).toBe('none-found')
  })

  it.each([
    ['不要把验证码告诉任何人'],
    ['切勿泄露验证码'],
    ['公安机关不会要求您转账到安全账户'],
    ['我们不会让你转账'],
    ['凡是让你转账到安全账户的都是骗子'],
    ['任何要求您共享屏幕的都是诈骗'],
    ['按时还款，以免影响个人征信'],
    ['这个活动可以免费参加']
  ])('does not count the warning %s', (text) => {
    expect(check(text).verdict).toBe('none-found')
  })

  it('still counts the request next to a warning in another clause', () => {
    const r = check('这事不要告诉家人，把验证码发给我')
    expect(hitIds(r)).toEqual(expect.arrayContaining(['code-request', 'secrecy']))
    expect(r.verdict).toBe('high-risk')
  })

  it('treats a demand for secrecy as a red flag, not as a negation', () => {
    expect(hitIds(check('千万别跟别人说'))).toEqual(['secrecy'])
    expect(hitIds(check('不能告诉家里人'))).toEqual(['secrecy'])
  })

  it('does not take 别人 for 别 or 不得不 for 不得', () => {
    expect(hitIds(check('帮别人把钱转到这个账户'))).toContain('transfer-request')
    expect(hitIds(check('不得不先交手续费才能放款'))).toContain('fee-first')
  })
})

describe('normalization', () => {
  it('reads full-width digits and letters as half-width', () => {
    expect(normalizeForMatching('１００％中奖ＡＰＰ').text).toBe('100%中奖APP')
    expect(hitIds(check('恭喜！１００％中奖'))).toContain('shopping-lure')
    expect(hitIds(check('你先下载一个ＡＰＰ'))).toContain('install-app')
  })

  it('ignores spaces between Chinese characters and quotes the original', () => {
    const text = '把钱转到 安 全 账 户 里'
    const r = check(text)
    const hit = r.hits.find((h) => h.flag.id === 'safe-account')
    expect(hit?.quotes).toEqual(['安 全 账 户'])
    expect(text.includes(hit!.quotes[0])).toBe(true)
  })

  it('keeps a line break as a clause break but joins Chinese split across lines', () => {
    expect(normalizeForMatching('安全\n账户').text).toBe('安全账户')
    expect(normalizeForMatching('ok\nthen').text).toBe('ok\nthen')
    expect(normalizeForMatching('  a   b  ').text).toBe('a b')
  })
})

describe('verdict', () => {
  it('is suspicious for one medium flag', () => {
    const r = check('招聘网上兼职')
    expect(r.hits).toHaveLength(1)
    expect(r.hits[0].flag.severity).toBe('medium')
    expect(r.verdict).toBe('suspicious')
  })

  it('is high-risk for one high flag', () => {
    const r = check('把验证码发给我')
    expect(r.hits).toHaveLength(1)
    expect(r.verdict).toBe('high-risk')
  })

  it('is high-risk for two medium flags', () => {
    const r = check('招聘网上兼职，让你下载一个APP')
    expect(r.hits.every((h) => h.flag.severity === 'medium')).toBe(true)
    expect(r.hits.length).toBeGreaterThanOrEqual(2)
    expect(r.verdict).toBe('high-risk')
  })

  it('is none-found, never "safe", when nothing matches', () => {
    const r = check('周六中午一起吃饭吧？')
    expect(r).toEqual({ verdict: 'none-found', hits: [], categories: [], rules: [] })
  })

  it('lists high hits first, rules in brochure order, categories by weight', () => {
    const r = check('我是北京市公安局的李警官，你涉嫌洗钱，把钱转到安全账户，不要告诉家人')
    const severities = r.hits.map((h) => h.flag.severity)
    expect(severities).toEqual([...severities].sort((a, b) => (a === b ? 0 : a === 'high' ? -1 : 1)))
    expect(r.categories[0]).toBe('impersonating-officials')
    expect(r.rules).toEqual(RULE_IDS.filter((id) => r.rules.includes(id)))
    expect(r.rules).toEqual(expect.arrayContaining(['no-trust', 'no-transfer']))
  })

  it('points to reporting once the money is gone', () => {
    const r = check('我转了800块，结果他就把我拉黑了')
    expect(r.rules).toContain('report')
  })
})

describe('tick boxes', () => {
  it('count as hits without quotes', () => {
    const r = check('', ['claims-officials', 'asked-transfer'])
    expect(hitIds(r).sort()).toEqual(['official-claim', 'transfer-request'])
    expect(r.hits.every((h) => h.quotes.length === 0)).toBe(true)
    expect(r.verdict).toBe('high-risk')
    expect(r.categories).toEqual(['impersonating-officials'])
  })

  it('ignore unknown ids and count a flag once when both typed and ticked', () => {
    expect(check('', ['nope', '__proto__']).verdict).toBe('none-found')
    const r = check('把验证码发给我', ['asked-code', 'asked-code'])
    expect(hitIds(r)).toEqual(['code-request'])
    expect(r.hits[0].quotes).toEqual(['验证码发给我'])
  })

  it('every tick box alone is at least suspicious', () => {
    for (const s of situations) expect(check('', [s.id]).verdict).not.toBe('none-found')
  })
})

describe('garbage input', () => {
  const junk = [
    '',
    '   \n\t ',
    '😀😀😀🙏🏻👍',
    '\u0000\uffff\ud800',
    'x'.repeat(10000),
    '转'.repeat(10000),
    '不要'.repeat(5000),
    '安全'.repeat(5000),
    '验证码'.repeat(3000),
    ('要求你把' + '钱'.repeat(30) + '，').repeat(300)
  ]

  it.each(junk.map((t) => [t.slice(0, 12), t]))('never throws on %j', (_name, text) => {
    expect(() => check(text)).not.toThrow()
  })

  it('never throws on values of the wrong type', () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const bad = (x: any): unknown => checkMessage(x, flags, situations)
    expect(() => bad(null)).not.toThrow()
    expect(() => bad(undefined)).not.toThrow()
    expect(() => bad({ text: 42, situations: 'asked-code' })).not.toThrow()
    expect(() => bad({ text: ['a'], situations: [null, 3] })).not.toThrow()
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    expect(() => checkMessage({ text: '转账', situations: [] }, null as any, null as any)).not.toThrow()
    expect(checkMessage({ text: '转账', situations: [] }, [], []).verdict).toBe('none-found')
  })

  it('skips a pattern that does not compile instead of throwing', () => {
    const broken: RedFlag = { ...flags[0], id: 'broken', patterns: ['(', '安全账户'] }
    expect(checkMessage({ text: '安全账户', situations: [] }, [broken], []).hits).toHaveLength(1)
  })

  it('handles a 5000-character paste quickly and reads no further', () => {
    const scamLine = '我是公安局的，你涉嫌洗钱，把钱转到安全账户，把验证码发给我，下载一个APP共享屏幕。'
    const text = scamLine.repeat(Math.ceil(MAX_INPUT_CHARS / scamLine.length)).slice(0, MAX_INPUT_CHARS)
    const started = Date.now()
    for (let i = 0; i < 5; i++) check(text)
    expect((Date.now() - started) / 5).toBeLessThan(500)
    expect(check(text).verdict).toBe('high-risk')
    expect(check('好'.repeat(MAX_INPUT_CHARS) + '把钱转到安全账户').verdict).toBe('none-found')
  })

  it('caps quotes per flag', () => {
    const r = check('安全账户，国家账户，监管账户，核查账户，保护账户')
    expect(r.hits[0].quotes.length).toBeLessThanOrEqual(3)
  })
})

describe('validateRedFlags', () => {
  it('rejects a duplicate flag id, naming file, record and field', () => {
    const raw = sample()
    raw.flags[1].id = raw.flags[0].id
    const e = contentError(() => validateRedFlags(raw, 'broken.json'))
    expect(e.file).toBe('broken.json')
    expect(e.record).toBe(`flags[1] (${raw.flags[0].id})`)
    expect(e.field).toBe('id')
    expect(e.message).toMatch(/duplicate/)
  })

  it('rejects a pattern that does not compile', () => {
    const raw = sample()
    raw.flags[2].patterns[0] = '(安全账户'
    const e = contentError(() => validateRedFlags(raw, 'broken.json'))
    expect(e.record).toBe(`flags[2] (${raw.flags[2].id})`)
    expect(e.field).toBe('patterns[0]')
    expect(e.message).toMatch(/not a valid RegExp/)
  })

  it('rejects an unknown category, rule or severity', () => {
    const cat = sample()
    cat.flags[0].category = 'lottery'
    expect(contentError(() => validateRedFlags(cat)).field).toBe('category')
    const rule = sample()
    rule.flags[0].rule = 'no-panic'
    expect(contentError(() => validateRedFlags(rule)).field).toBe('rule')
    const sev = sample()
    sev.flags[0].severity = 'low'
    expect(contentError(() => validateRedFlags(sev)).field).toBe('severity')
  })

  it('rejects patterns that could backtrack for ages or fail on older engines', () => {
    expect(patternProblem('安全.*账户')).toMatch(/unbounded/)
    expect(patternProblem('(转账)+')).toMatch(/unbounded/)
    expect(patternProblem('a.{2,}b')).toMatch(/unbounded/)
    expect(patternProblem('a.{0,99}b')).toMatch(/more than/)
    expect(patternProblem('(?<=公安)局')).toMatch(/lookbehind/)
    expect(patternProblem('(验证码)?')).toMatch(/empty string/)
    expect(patternProblem('(转)\\1')).toMatch(/backreference/)
    expect(patternProblem('[*+]号|100\\+|a{3}')).toBeNull()
    const raw = sample()
    raw.flags[0].patterns.push('转.*账')
    expect(contentError(() => validateRedFlags(raw)).field).toBe(
      `patterns[${raw.flags[0].patterns.length - 1}]`
    )
  })

  it('rejects a tick box pointing at an unknown flag, and duplicate tick box ids', () => {
    const raw = sample()
    raw.situations[0].flagId = 'no-such-flag'
    const e = contentError(() => validateRedFlags(raw))
    expect(e.record).toBe(`situations[0] (${raw.situations[0].id})`)
    expect(e.field).toBe('flagId')
    const dup = sample()
    dup.situations[1].id = dup.situations[0].id
    expect(contentError(() => validateRedFlags(dup)).field).toBe('id')
  })

  it('rejects misspelt fields, missing arrays and non-objects', () => {
    const raw = sample()
    raw.flags[0].pattern = raw.flags[0].patterns
    expect(contentError(() => validateRedFlags(raw)).field).toBe('pattern')
    expect(contentError(() => validateRedFlags({ flags: [] })).field).toBe('flags')
    expect(contentError(() => validateRedFlags(null)).record).toBe('(root)')
    const notObj = sample()
    notObj.flags[3] = 'x'
    expect(contentError(() => validateRedFlags(notObj)).record).toBe('flags[3]')
  })
})

describe('purity', () => {
  it('the matcher imports no Taro or platform API', () => {
    const src = fs.readFileSync(path.join(__dirname, '../../src/domain/riskCheck.ts'), 'utf8')
    expect(src).not.toMatch(/from '@tarojs|require\('@tarojs|\bwx\.\w|\bTaro\.\w|\bwindow\.\w|\bdocument\.\w/)
  })
})
