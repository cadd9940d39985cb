import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { SIGNAL_IDS } from '@/domain/riskCheck/signalIds'
import type { CheckResult, SignalId } from '#types/check'
import riskSignalsJson from '../../src/data/risk-signals.json'
import teamExamples from '../fixtures/check-messages.json'
import {
  checkMessage,
  COMBINATIONS,
  hasVisibleText,
  showsAnything,
  MAX_INPUT_CHARS,
  policeNow,
  shownReasons
} from '../../src/domain/riskCheck'
import { riskSignalData } from '../../src/domain/riskCheck/data'
import {
  patternProblem,
  validateRiskSignals,
  validateWordingModel
} from '../../src/domain/riskCheck/dataChecks'
import { isWarningSentence, prepareText, withoutQuoted } from '../../src/domain/riskCheck/text'
import { judge, sayReason } from '../../src/domain/riskCheck/verdict'
import { simplifiedCodes } from '../../src/domain/textFold'
import {
  forEachPair,
  pairWeight,
  WEIGHT_DIGITS,
  wordingPairs,
  wordingScore,
  wordingUnits
} from '../../src/domain/riskCheck/wording'
import traditionalCharsJson from '../../src/data/traditional-chars.json'
import { brochure } from '../../src/data'
import { buildTraditionalChars, matcherText } from '../support/traditionalChars'
import { contentError } from './support'

const check = (text: string, ticked: string[] = []): CheckResult =>
  checkMessage({ text, situations: ticked }, riskSignalData)
/** The word rules alone, without the wording model: each combination rule's own verdict. */
const rulesOnly = { ...riskSignalData, wording: undefined }
const checkRules = (text: string): CheckResult => checkMessage({ text, situations: [] }, rulesOnly)
const signalsOf = (text: string): SignalId[] => check(text).hits.map((h) => h.signal.id)
const hitQuotesOf = (result: CheckResult, id: SignalId): string[] =>
  result.hits.find((h) => h.signal.id === id)?.quotes ?? []
const firedOf = (text: string): string[] => checkRules(text).because.map((c) => c.id)
/** Flagged at all, and 高风险 by the word rules alone when `verdict` says so. */
const expectFlagged = (text: string, verdict: 'high-risk' | 'suspicious'): void => {
  expect(check(text).verdict).not.toBe('none-found')
  if (verdict === 'high-risk') expect(checkRules(text).verdict).toBe('high-risk')
}

/** Each text with its verdict, against each with `verdict` (or, with `not`, none with it): a failure names the text. */
const expectVerdicts = (texts: readonly string[], verdict: CheckResult['verdict'], not = false): void => {
  const seen = texts.map((text) => [text, check(text).verdict])
  if (not) expect(seen.filter(([, v]) => v === verdict)).toEqual([])
  else expect(seen).toEqual(texts.map((text) => [text, verdict]))
}

/** The text is 高风险 with `rule` among its reasons. */
const expectHighBy = (text: string, rule: string): void => {
  const result = check(text)
  expect(result.verdict).toBe('high-risk')
  expect(result.because.map((b) => b.id)).toContain(rule)
}

/** Each text fires the rule `id`: a failure names the texts that do not. */
const expectFired = (texts: readonly string[], id: string): void =>
  expect(texts.filter((text) => !firedOf(text).includes(id))).toEqual([])

/** A mutable deep copy of the shipped file, for building broken samples. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const sample = (): any => JSON.parse(JSON.stringify(riskSignalsJson))

describe("round 60's code review (/tmp/cr60: each change read for the whole kind it targets)", () => {
  it.each([
    // A grandchild or a daughter who calls to teach an app gives no stranger's reason (caller-guides-app).
    '我孙子昨天打电话教我用微信视频，跟着他一步一步弄，终于学会了。',
    '闺女打电话来，她教我在支付宝里点几下就把水费交了，真方便。',
    // Cash got ready for a builder or a house at a clock time, with a receipt on the spot (savings-handed).
    '爸，明天下午两点装修队来，你把2万现金准备好给他们，是首付款。',
    '首付款30万已经取出来准备好了，明天上午10点交给他们售楼处，他们开收据。',
    // A family's own reimbursement, a thank-you paid to a neighbour, a drill lent.
    '妈，房租我来交，你转我就行，我跟房东熟。',
    '邻居张姐帮咱看了三天孩子，我给她包了个红包当辛苦费，她推了半天才收。',
    '妈，你买的那个药钱多少，私聊我付给你。',
    '兄弟，借我一下你的电钻，明天还你。',
    // A notice that charges nothing goes on with 就行, 村委会 or 停车场, none a threat.
    '村通知：明天上午在村委会免费体检，不交钱，带医保卡就行。',
    '社区通知：本周三免费测血糖，不收钱，到社区卫生站就可以，停车场在后门。',
    // A mortgage paid off, a pension still to be drawn, a subsidy the office has not paid yet, a price at cost.
    '这个月的房贷交完就能拿到房产证了，终于熬出头了。',
    '爸，今年的种粮补贴还没发下来，村里说下个月统一发到一卡通。',
    '妈，你这个月的养老金还没领吧？我明天陪你去银行。',
    '爸，这个菜我按进价给你，不会亏的，你放心拿。'
  ])('%s is no alarm', (text) => {
    expect(check(text).verdict).toBe('none-found')
  })

  it.each([
    '爸，我们公司瑞士总部的官网 www.roche.ch ，你可以看看。',
    '妈，我们公司双十一要冲销量，你要买电饭煲就等那天在我们旗舰店下单，我给你发内部优惠券。'
  ])(
    '%s is no 高风险 (a two-letter official name is borrowed by no one; 冲销量 alone is a shop’s word)',
    (text) => {
      expect(check(text).verdict).not.toBe('high-risk')
    }
  )

  it.each([
    // A reassurance opens the fake son's script: it tells no loss (NOTHING_LOST).
    '妈，别担心，我没去那种地方，是同事出事了要找我借钱，我手上不够，你先转我5000，明天还你。',
    // A fee beside the office's payment into the card is still asked, with or without commas (PAID_INTO_OWN_CARD).
    '【人社局】您的高龄补贴3600元已审批，交20元手续费后直接打到您的社保卡，联系电话 173xxxx8821。',
    '大爷 你家的拆迁补偿款尾款批下来了 钱打到一卡通上 但是得先交两千的个税 交给我就行 我帮你去办',
    // The caller named as 客服 or 银行的人, on a call still going on.
    '那个客服教我在支付宝里点备用金，说点完就能退款了，他还在电话上等着。',
    '他说让我打开微信，点那个二维码，跟着他操作就能把保险退了，电话还没挂。',
    // Savings taken out (拿出来, 取了) for a company's or a co-op's interest.
    '王阿姨，我们公司有个养老项目，您把存款拿出来交给我们，每年给您12%的分红，合同都有。',
    '阿姨，您把定期提前取了，钱放我们合作社，年息10个点，比存银行划算多了，本金随时可取。'
  ])('%s is flagged', (text) => {
    expect(check(text).verdict).not.toBe('none-found')
  })

  it.each([
    '在吗？先借我3000，明天当面还你。',
    '妈，你别担心，我没事，就是在外地跟人起了点冲突，对方要赔五千，我手上没钱，你先转我5000，明天还你。'
  ])('%s is a loan by message (pay-for-me): a promise to pay back in person proves nothing', (text) => {
    expect(check(text).because.map((b) => b.id)).toContain('pay-for-me')
  })
})

describe('signal data', () => {
  it('validates, defines every signal once and names a public source for each', () => {
    expect(() => validateRiskSignals(riskSignalsJson)).not.toThrow()
    expect(riskSignalData.signals.map((s) => s.id).sort()).toEqual([...SIGNAL_IDS].sort())
    for (const s of riskSignalData.signals) expect(s.source?.length).toBeGreaterThan(5)
    for (const t of riskSignalData.topics) expect(t.source?.length).toBeGreaterThan(3)
  })

  it('is frozen, so no page can change it', () => {
    expect(Object.isFrozen(riskSignalData)).toBe(true)
    expect(Object.isFrozen(riskSignalData.signals[0].terms)).toBe(true)
  })

  it('rejects a missing signal, an unknown kind and a pattern that could backtrack, naming the record', () => {
    const missing = sample()
    missing.signals = missing.signals.filter((s: { id: string }) => s.id !== 'want-code')
    expect(contentError(() => validateRiskSignals(missing)).message).toContain('want-code')

    const badKind = sample()
    badKind.signals[0].kind = 'want'
    expect(contentError(() => validateRiskSignals(badKind)).message).toContain('claim-authority')

    const slow = sample()
    slow.signals[0].patterns = ['(a+)+b']
    expect(contentError(() => validateRiskSignals(slow)).message).toContain('unbounded repeat')
  })

  it('rejects a tick pointing to an unknown kind of scam and an official domain that is not a domain', () => {
    const badTopic = sample()
    badTopic.situations[0].topic = 'no-such-topic'
    expect(contentError(() => validateRiskSignals(badTopic)).message).toContain('no-such-topic')

    const misquoted = sample()
    const kind = misquoted.topics.find((t: { closest?: unknown }) => t.closest !== undefined)!
    kind.closest.shared = '开始会按时返还本金和利息'
    expect(contentError(() => validateRiskSignals(misquoted)).message).toContain(
      'is not in the 诈骗方式 or 反诈提示'
    )

    const brochureKind = sample()
    brochureKind.topics[0].closest = { category: 'order-brushing', shared: '兼职刷单' }
    expect(contentError(() => validateRiskSignals(brochureKind)).message).toContain(
      'only for a kind with category null'
    )

    const badDomain = sample()
    badDomain.officialDomains.domains = ['12306.cn', 'https://evil.example/']
    expect(contentError(() => validateRiskSignals(badDomain)).message).toContain('https://evil.example/')
  })

  it.each([
    ['(a+)+b', 'unbounded repeat'],
    ['ba{0,}', 'unbounded repeat'],
    ['ba{0,99}', 'more than 40'],
    ['(?<=x)y', 'lookbehind'],
    ['(a)\\1', 'backreference'],
    ['a?', 'empty string'],
    ['[', 'not a valid RegExp']
  ])('patternProblem(%s) says "%s"', (source, problem) => {
    expect(patternProblem(source)).toContain(problem)
  })

  it('no regular expression written in the app uses lookbehind or a named group, which older iOS WeChat cannot compile', () => {
    const sources = ['index.ts', 'text.ts', 'scan.ts', 'verdict.ts', 'wording.ts'].map((file) =>
      readFileSync(join(__dirname, '../../src/domain/riskCheck', file), 'utf8')
    )
    for (const source of sources) expect(source).not.toMatch(/\(\?<[!=a-zA-Z]/)
  })

  it('rejects a broken wording model, naming the field', () => {
    const model = (pairs: string, weights: unknown) => ({
      source: 's',
      threshold: 3,
      raiseThreshold: 2,
      strongThreshold: 4,
      pairs,
      weights
    })
    // Groups: 转, a count of one (WEIGHT_DIGITS[0] is "!"), 账.
    expect(() => validateWordingModel(model('转!账', '"'))).toThrow(/转账/)
    expect(() => validateWordingModel(model('转!账', [12]))).toThrow(/weights/)
    expect(() => validateWordingModel(model('转#账', '!'))).toThrow(/group/)
    expect(() => validateWordingModel(model('转!账', '!!'))).toThrow(/1 pairs for 2 weights/)
    expect(() => validateWordingModel(model('转#账账', '!!'))).toThrow(/twice/)
    expect(() => validateWordingModel({ ...model('', ''), threshold: NaN })).toThrow(/threshold/)
    expect(() => validateWordingModel({ ...model('', ''), raiseThreshold: 4 })).toThrow(/raiseThreshold/)
    expect(() => validateWordingModel({ ...model('', ''), strongThreshold: 2 })).toThrow(/strongThreshold/)
    expect(() => validateWordingModel({ ...model('', ''), strongThreshold: undefined })).toThrow(
      /strongThreshold/
    )
    expect(() => validateWordingModel({ ...model('', ''), extra: 1 })).toThrow(/extra/)
    const valid = validateWordingModel(
      model('转!账您#的好', WEIGHT_DIGITS[62] + WEIGHT_DIGITS[47] + WEIGHT_DIGITS[50])
    )
    // Digit 62 is +12 tenths, digit 47 is −3: 1.2 and −0.3 in log-odds.
    expect([pairWeight(valid, 0), pairWeight(valid, 1), pairWeight(valid, 2)]).toEqual([1.2, -0.3, 0])
    expect(wordingScore(valid, '您好')).toBe(0)
    expect(wordingScore(valid, '请转账')).toBe(1.2)
  })

  it('accepts every shipped pattern', () => {
    for (const s of riskSignalData.signals)
      for (const p of s.patterns ?? []) expect(patternProblem(p)).toBeNull()
  })
})

describe('each signal, quoting the text that triggered it', () => {
  it.each<[SignalId, string, string]>([
    ['claim-authority', '我是市公安局经侦支队的民警', '公安局'],
    ['claim-organisation', '【高速ETC】尊敬的车主您好', 'ETC'],
    ['claim-acquaintance', '妈，是我', '妈'],
    ['claim-superior', '我是你们王局长', '局长'],
    ['claim-job', '招聘网上兼职，在家就能做', '兼职'],
    ['claim-trade', '部队要采购一批矿泉水', '采购'],
    ['want-money', '请把钱转到安全账户', '安全账户'],
    ['want-code', '把手机收到的验证码告诉我', '验证码'],
    ['want-fee-first', '提现需要先交2000元保证金', '提现需要先交'],
    ['want-info', '请提供你的身份证号和银行卡号', '身份证'],
    ['want-click', '请点击链接完成认证', '点击'],
    ['want-install', '下载一个腾讯会议，开屏幕共享', '腾讯会议'],
    ['want-move', '请添加理赔专员QQ办理', 'QQ'],
    ['want-secrecy', '这件事不要告诉家里人', '不要告诉'],
    ['want-forward', '捡到一张准考证，请大家帮忙转发', '帮忙转发'],
    ['want-cancel-service', '要帮您注销校园贷账户', '注销校园贷'],
    ['want-account-lend', '借你的银行卡走个账，每个月给你两千', '借你的银行卡走个账'],
    ['want-company-funds', '最近公司账户上还有多少可用资金？', '还有多少可用资金'],
    ['pressure-unclaimed', '您有一笔个税退税尚未领取', '退税尚未领取'],
    ['pressure-easy-money', '只要在电脑前就能赚钱', '在电脑前就能赚'],
    ['pressure-guaranteed', '论文包过，关系稿直投', '论文包过'],
    ['pressure-not-you', '若非本人操作，请查看电子凭证进行取消', '若非本人操作'],
    ['pressure-deadline', '逾期将无法通行', '逾期'],
    ['pressure-threat', '您的医保卡已停用', '停用'],
    ['pressure-emergency', '我出车祸了在医院', '车祸'],
    ['pressure-lure', '交200返588，稳赚', '稳赚'],
    ['pressure-prize', '恭喜您被抽为幸运用户', '幸运用户'],
    ['pressure-sure-profit', '投资1万元，10天收益6万元', '收益6万'],
    ['pressure-cure', '这款保健品能治高血压，吃了不用再吃药', '能治高血压'],
    ['pressure-blessing', '施主，我看您和佛有缘，这个护身符送您', '和佛有缘'],
    ['channel-link', '详情见 https://example.cn/a', 'https://'],
    ['channel-domain', '请登录 etc-abc.cn 重新认证', 'etc-abc.cn'],
    ['channel-qr', '扫描下方二维码缴费', '二维码'],
    ['channel-reply', '回复1领取', '回复1'],
    ['channel-new-number', '这是我的新号，存一下', '新号'],
    ['channel-opener', '猜猜我是谁？', '猜猜我是谁'],
    ['channel-busy', '我在开会，不方便接电话', '在开会'],
    ['channel-other-account', '房租打到我爱人的银行卡上', '爱人的银行卡'],
    ['channel-card-number', '钱打到这个账户：工商银行6222020012345678901', '6222020012345678901'],
    ['channel-lookalike', '【工商银行】您的账户存在风险，请访问 icbc-cn.top 验证', 'icbc-cn.top']
  ])('%s in "%s"', (id, text, quoted) => {
    const hit = check(text).hits.find((h) => h.signal.id === id)
    expect(hit).toBeDefined()
    expect(hit?.quotes.some((q) => q.includes(quoted))).toBe(true)
    for (const q of hit?.quotes ?? []) expect(text.includes(q)).toBe(true)
  })

  it('quotes the original characters, full-width letters and spaces included', () => {
    const text = '请登录　ｅｔｃ－ａｂｃ.ｃｎ 重新认证'
    const quotes = check(text).hits.flatMap((h) => h.quotes)
    expect(quotes.length).toBeGreaterThan(0)
    for (const q of quotes) expect(text.includes(q)).toBe(true)
  })
})

describe('words inside other words, negations and warnings', () => {
  it('does not read 出金 inside 支出金额', () => {
    expect(signalsOf('【邮储银行】您尾号800账户银联快捷，支出金额825.21元，余额185.70元')).not.toContain(
      'want-money'
    )
    expect(signalsOf('平台说要先入金才能出金')).toContain('want-money')
  })

  it('does not read a bank notice of a transfer as a request to transfer', () => {
    for (const text of [
      '您账户8162于12月6日10:39汇款转出人民币1118.00元，交易后余额为17721.46元。【上海农商银行】',
      '您账户8162于1月2日10:57行内转账转入人民币304.00元，交易后余额为24411.92元。【上海农商银行】',
      '【广东华兴银行】您尾号8665账户12月21日00:28转账存入人民币16.99元，余额36168.11元。',
      '【工商银行】您尾号5678的信用卡在百货商场消费5,800.00元。如有疑问请致电95588'
    ]) {
      expect(signalsOf(text)).not.toContain('want-money')
      expect(check(text).verdict).toBe('none-found')
    }
  })

  it('lets a negation reach across a list: 不会提及安全账户、资金清查等内容', () => {
    expect(signalsOf('民警不会提及安全账户、资金清查等内容')).not.toContain('want-money')
    expect(signalsOf('请把资金转入安全账户')).toContain('want-money')
  })

  it('stops a negation at a comma', () => {
    expect(signalsOf('不要怕，请把钱转到安全账户')).toContain('want-money')
  })

  it('does not take 能不能 for a negation', () => {
    expect(signalsOf('能不能给我借1000块钱')).toContain('want-money')
  })

  it('does not take the 别 of 识别 or 特别 for a negation', () => {
    expect(signalsOf('系统检测您的ETC识别卡已无效')).toContain('pressure-threat')
    expect(signalsOf('特别提醒，您的账户已冻结')).toContain('pressure-threat')
    expect(signalsOf('别点，您的账户已冻结是假的')).toContain('pressure-threat')
    expect(signalsOf('请别把账户冻结')).not.toContain('pressure-threat')
  })

  it('reads a genuine 交警 notice that says 免予罚款处罚 as nothing', () => {
    const r = check(
      '您绑定的粤B**有不按照规定方向行驶的交通违法行为，根据《处罚条例》第四十一条，可以申请给予警告，免予罚款处罚。请通过深圳交警微信公众号在线查询或处理。'
    )
    expect(r.verdict).toBe('none-found')
  })

  it('reads a verification-code SMS that says 请勿告诉他人 as nothing', () => {
    const r = check('【某银行】您的验证码323383，5分钟内有效，请勿泄露于他人！')
    expect(r.hits.map((h) => h.signal.id)).not.toContain('want-code')
    expect(r.verdict).toBe('none-found')
  })

  it('reads a receipt of money already moved as nothing: 退款成功, 收入…元, 余额…元, a labelled time stamp', () => {
    expect(check('尾号1054卡1月5日15:00收入(退款支付宝-支付宝-消费)3.70元，余额1,108.67元。').verdict).toBe(
      'none-found'
    )
    expect(check('一家烤肉店2人餐退款成功，64.89元已退回零钱。点击查看详情>').verdict).toBe('none-found')
    expect(check('ETC扣费成功通知\n扣费时间：2024-11-24 19:36:44\n金额：42.64元').verdict).toBe('none-found')
  })

  it('still reads the other clauses of a message that copies a receipt and then asks', () => {
    const r = check('【某银行】您的账户已存入补贴2000元，请于24小时内登录 bank-abc.cn 领取，逾期作废')
    expect(r.verdict).toBe('high-risk')
    expect(r.hits.map((h) => h.signal.id)).toEqual(
      expect.arrayContaining(['channel-domain', 'pressure-deadline'])
    )
  })

  it('leaves out everything in a police warning sentence', () => {
    const warning = '警方提醒：凡是让您点击链接、提供验证码、转账到安全账户的，都是诈骗，请拨打96110咨询。'
    expect(check(warning).hits).toEqual([])
    expect(check(warning).verdict).toBe('none-found')
  })

  it('keeps 不要告诉家人 as a demand for secrecy, not a negation of itself', () => {
    expect(signalsOf('这件事不要告诉家人')).toContain('want-secrecy')
  })
})

describe('combinations decide the verdict', () => {
  it('a link alone, a domain alone and a new number alone are nothing', () => {
    expect(check('https://example.com').verdict).toBe('none-found')
    expect(check('etc-abc.cn').verdict).toBe('none-found')
    expect(check('各位好，这是我的新号，以后常联系').verdict).toBe('none-found')
    expect(check('【中国移动】流量包限时优惠，详情 http://10086.cn ，回复TD退订').verdict).toBe('none-found')
  })

  it.each<[string, string, CheckResult['verdict']]>([
    [
      'official-link-pressure',
      '【ETC服务】您的ETC已于今日停用，请登录 etc-abc.cn 重新认证，逾期将无法通行',
      'high-risk'
    ],
    ['official-threat-deadline', '【医保局】您的医保卡异常，48小时未处理将停用，请加微信办理', 'high-risk'],
    [
      'bank-callback',
      '【银联中心】您的信用卡在百货商场刷卡消费5800元，将从您账户扣除，如有疑问请致电021-6688****',
      'high-risk'
    ],
    ['authority-threat', '这里是市公安局，你涉嫌一起洗钱案件', 'high-risk'],
    ['code-request', '我是京东客服，把手机收到的验证码告诉我', 'high-risk'],
    ['money-threat', '你的账户涉嫌违法，把钱转到安全账户核查', 'high-risk'],
    ['money-secrecy', '先转3000到这个卡，别告诉爸', 'high-risk'],
    ['fee-first', '您的账户已被冻结，需要充值3000元解冻才能提现', 'high-risk'],
    ['official-lookalike', '请登录 12306-ticket.com 完成实名核验', 'high-risk'],
    ['acquaintance-emergency-money', '妈，我出事被扣在派出所了，快往这张卡打3000', 'high-risk'],
    ['superior-money-pressure', '各位家长，请将资料费交到班主任这里，扫描下方二维码缴费', 'high-risk'],
    ['install-plus', '我是客服，您的会员要扣费，下载腾讯会议共享屏幕帮您关闭', 'high-risk'],
    ['secrecy-plus', '我是你领导，这事要保密', 'high-risk'],
    ['lure-pay-or-deadline', '粉丝福利，交200返588，加客服微信', 'high-risk'],
    ['brochure-pattern-money', '您的校园贷账户要注销，否则影响征信，先把额度转到指定账户', 'high-risk'],
    ['threat-deadline-action', '您的账号已冻结，24小时内请点击 abc-xyz.cn 解冻', 'high-risk'],
    ['official-action-pressure', '【某银行】您的账户涉嫌洗钱，请扫码缴纳保证金', 'high-risk'],
    ['lure-money-deadline', '恭喜中奖，请立即缴纳手续费，回复1领取', 'high-risk'],
    ['opener-superior', '到我办公室来一趟，领导有事找你', 'high-risk'],
    ['organisation-accuses', '【某银行】您名下的银行卡涉嫌洗钱，需要配合调查', 'high-risk'],
    ['refund-elsewhere', '您的航班因故障已取消，可免费改签并获赔偿，请拨打4001234567办理', 'high-risk'],
    ['code-request', '验证码发给我一下', 'high-risk'],
    ['threat-reply', '【抖音】您的账户存在违规行为，将于24小时后被永久封禁，如需申诉请回复1', 'suspicious'],
    ['install-request', '你下载一个向日葵', 'suspicious'],
    ['secrecy', '这事别声张', 'suspicious'],
    ['money-from-someone', '加客服微信，先交定金再发货', 'suspicious'],
    ['official-problem', '【某银行】您的账户异常，请联系客服处理', 'suspicious'],
    ['lure-and-link', '加客服微信送您一台电饭煲', 'suspicious'],
    ['lure-and-deadline', '尊敬的用户，您累计20000积分即将过期，回复1兑换', 'suspicious'],
    ['threat-and-link', '您的物品查出违禁品，请加QQ处理', 'suspicious'],
    ['authority-contact', '您有一张法院的通知，请加微信咨询', 'suspicious'],
    ['office-key-press', '您有一张法院的通知，请按9人工咨询', 'high-risk'],
    ['paid-ship-first', '我已经转账给你了，银行显示24小时到账，你先发货吧', 'high-risk'],
    ['lure-deadline-verify', '您的账户重疾保障已到达，不验证自动作废', 'suspicious'],
    ['buy-for-us', '另外麻烦你顺带帮我们买一批牛肉罐头，钱到时候一起结给你', 'high-risk'],
    ['anti-fraud-fee', '请下载反诈APP，缴纳100元保证金激活保护', 'high-risk'],
    ['office-sells-collectibles', '我是中央军委纪念办的，限量发售纯金纪念币，每套1980元', 'high-risk'],
    ['contacts-app', '你先下载这个APP，授权通讯录才能进直播间', 'high-risk'],
    ['gifts-for-favours', '今晚PK，你再帮我刷两个“嘉年华”好不好？等月底发提成我全部还你', 'high-risk'],
    ['paid-ritual', '你儿子今年犯太岁，要化解的话转账6600到这个卡上', 'high-risk'],
    [
      'phone-taken-for-codes',
      '大爷，我们是县里派下来登记补贴的，手机借我用一下，等下会收到几条短信，我帮您填好',
      'high-risk'
    ],
    [
      'superior-secret-transfer',
      '我是总公司CEO，你今天先把500万转到指定账户，此事高度机密，不要同其他同事讨论',
      'high-risk'
    ],
    [
      'courier-mule',
      '师傅，去3栋找一位阿姨，她会给你一个纸袋，送到火车站有人接，别打开，她问你就说是朋友，跑腿费给你600',
      'high-risk'
    ],
    [
      'door-fee-threat',
      '我们是燃气公司的，你家管子老化了，不换下周停气，连工带料420，你扫一下这个码',
      'high-risk'
    ],
    [
      'door-fee',
      '阿姨，我们是自来水公司的，来给你换智能水表，材料费一户350，现在扫码付给我就行',
      'suspicious'
    ],
    ['handout-abused-link', '全民普发现金1万元，申请链接：tw-cash10k.top', 'high-risk'],
    ['verify-deposit', '出票失败，请向结算账户转入5000元验证金，验证后连同票款一起退回', 'high-risk'],
    ['relative-pay-blocked', '妈，我手机银行出问题转不了，学费你直接转到学校的账户吧', 'high-risk'],
    ['video-account-check', '本局人员会以视频通话协助你核实银行账户安全，请保持手机畅通', 'high-risk'],
    ['rigged-draw', '我表哥在平台做数据维护，这几期结果是预设好的，你按我说的号下，先一千试试', 'high-risk'],
    [
      'gold-handover',
      '您把存款取出来去金店买成金条，包好后寄到我们给的地址，收件人写工作人员王某',
      'high-risk'
    ],
    ['vote-link', '有空吗？帮我宝宝投一票好不好，评比今天就结束了 t.vt8.cc/k9a', 'high-risk'],
    ['house-pledge', '阿姨，房子抵押出去就能每月领高额养老金，稳赚不赔，签个字就行', 'high-risk'],
    ['cheap-tour', '云南6日游，仅需999元，全程无购物！还附赠精美礼品', 'suspicious'],
    ['video-vouched', '刚才视频里是我，我在开会不方便说话，你加一下我QQ，有急事找你', 'high-risk'],
    ['screenshot-refund', '妈，你给我转个520，我截个图发朋友圈，发完就退给你', 'high-risk'],
    ['return-fee', '你好，你的手机落我车上了，你先微信转我30块运费，我给你寄过去', 'suspicious'],
    [
      'pay-by-link',
      '您有一笔交通违法罚款待缴，金额200元，请于今日内点击 https://jtgl-pay.com/f 完成缴纳',
      'high-risk'
    ],
    ['review-extortion', '老板，你店里的差评看到了吧？转800块过来，我马上删', 'high-risk'],
    [
      'procurement-middleman-pay',
      '我是二中后勤的王老师，领导点名要的酒你们店没有，我把供应商电话给你，你先帮忙订20箱，钱到时候一起结给你',
      'high-risk'
    ],
    ['job-abroad', '公司在柬埔寨，包机票包吃住，月薪两万，把护照拍照发我办签证', 'high-risk'],
    ['parent-account-used', '未成年人想领皮肤激活码，要用家长的微信扫码', 'high-risk'],
    ['info-request', '我是招聘专员，请回复你的电子邮箱地址', 'suspicious'],
    ['opener', '在忙吗？有件事要你帮忙处理一下', 'suspicious'],
    ['new-number-request', '我换号了，加我微信', 'suspicious'],
    ['secrecy-sure-profit', '跟着我投，每个月返八百，这事别告诉家人', 'high-risk'],
    ['children-secrecy-sale', '阿姨，我们公司的保健品能治高血压，别跟孩子说', 'high-risk'],
    ['brochure-pattern', '刷单兼职，做任务，加我微信', 'suspicious'],
    ['lure-and-problem', '商品质量不合格，给您全额退款', 'suspicious'],
    ['money-and-threat', '你的账户被冻结了，加微信缴费', 'suspicious'],
    ['authority-trade', '我是部队采购，要多买一批货一起结账', 'suspicious'],
    ['job-ask', '招聘兼职打字员，有意者加微信', 'suspicious'],
    ['claim-want-pressures', '【某平台】您的会员即将到期，逾期将自动扣费，请加客服微信办理', 'high-risk'],
    ['claim-want-pressure', '我是快递员，您的包裹丢件了，请加我微信', 'suspicious'],
    ['two-pressures', '您的包裹丢件了，可以给您赔偿', 'suspicious'],
    ['money-other-account', '我是房东，这次房租打到我爱人的银行卡上', 'high-risk'],
    ['other-account', '钱汇到我朋友的银行卡上就行', 'suspicious'],
    ['card-number-money', '你直接把钱打到这个账户上：农业银行6228480012345678901 李某', 'suspicious'],
    ['job-lure-ask', '诚招网络兼职，工资日结，有手机就能做，加QQ详聊', 'high-risk'],
    ['job-lure', '诚招网络兼职，工资日结，有手机就能做', 'suspicious'],
    ['sure-profit-group', '内部消息，这只股票明天必涨停，加入VIP群免费领取', 'high-risk'],
    ['prize-contact', '恭喜您获得二等奖，请拨打13912345678领取', 'high-risk'],
    ['authority-lure-elsewhere', '社保局通知：你有一份补贴未领取，请致电022-27051234', 'high-risk'],
    ['prize', '恭喜您被抽为幸运用户', 'suspicious'],
    ['cure-claim', '阿姨，您吃这款药就能痊愈，还能预防癌症', 'suspicious'],
    ['cure-sale', '这款保健品能治高血压糖尿病，今天活动价只要980，限量50份，先交定金', 'high-risk'],
    ['blessing-for-money', '阿姨，看您面相今年运势不太好，捐200元香火钱就能保平安', 'high-risk'],
    ['hospital-tout', '大爷，您找的张主任今天不在医院坐诊，在对面诊所呢，我带您过去', 'high-risk'],
    ['sure-profit', '跟着老师买，这只股稳赚不赔', 'suspicious'],
    ['sure-profit-official', '这是政府背景的养老项目，保本保息，年化收益15%', 'high-risk'],
    ['cancel-service', '有人说不注销的话以后买房贷款都贷不了', 'suspicious'],
    ['unclaimed-money', '您有一笔医保补贴未领取', 'suspicious'],
    ['easy-money', '只需动动手指、敲敲键盘，一天的饭钱就赚出来啦', 'suspicious'],
    ['pay-then-rebate', '发100元返300元、发1000元返2888元', 'high-risk'],
    ['card-security-code', '刚才有人说是银行的，要我把卡号和背面那三个数字报给他', 'high-risk'],
    ['code-by-mistake', '你好，我刚才不小心把验证码发到你手机上了，麻烦把那6位数字发我一下', 'high-risk'],
    ['met-online-money', '我在网上认识个当兵的，他说马上退伍了，让我先给他寄钱办退伍手续', 'high-risk'],
    ['authority-investment', '有个人说他是市里民政局的，说老年人可以投资养老币，一年翻倍', 'high-risk'],
    ['licence-points', '驾照扣分可代消，不用本人到场', 'suspicious'],
    ['handout-rush', '疫情援助金开始发放，每户3000元，名额有限，先到先得', 'suspicious'],
    ['lonely-reply', '寂寞了吗？美女陪你聊天，发短信“甜甜”到95xxx即可开始', 'suspicious'],
    ['sex-chat-lure', '同城美女陪聊，私密视频一对一，加微信看照片', 'suspicious'],
    ['no-credit-loan-ad', '黑户也能贷，不查征信，当天放款，最高20万', 'suspicious'],
    [
      'kin-produce-sale',
      '我们在网上认识也有一阵了，我外公家有个茶园，今年新茶下来了，你帮我买一斤好不好，给你算成本价',
      'suspicious'
    ],
    ['pay-for-me', '在吗？你微信能用吗，帮我代付一下这个订单，明天还你', 'suspicious'],
    ['verify-for-account', '我的微信被封了，你帮我辅助验证一下，很快的', 'suspicious'],
    ['trade-site', '这号我要了，不过咱们走第三方交易平台，你先去注册一下，把号挂上去我再下单', 'suspicious'],
    [
      'group-moved',
      '各位家长好，我是三年级二班班主任李老师，原班级群人数已满，请今天扫码加入新的班级群',
      'suspicious'
    ],
    [
      'gas-part-sold',
      '刚才两个人说是燃气公司来免费安检的，说我家软管老化要换，又装了个报警器，收了我六百八',
      'suspicious'
    ],
    ['collectible-fee', '拍卖公司说我的纪念币能上香港拍卖会，要先交三千块鉴定费', 'suspicious'],
    ['placement-bought', '教育局有熟人，今年有两个入编名额，一口价十五万，先给一半，办不成全退', 'high-risk'],
    [
      'release-bought',
      '我认识看守所的人，你儿子的事我能帮忙办取保候审，先交3万疏通费，事成再付尾款',
      'high-risk'
    ],
    ['matchmaker-fee', '红娘说女方想看看您的诚意，要交5000元诚意金，满三个月成了就退', 'suspicious'],
    ['recovery-offer', '被骗资金可追回，请添加vx：zhuisun8866 登记。', 'high-risk'],
    ['adviser-chat', 'hi 我是元大綜合證券投信的柯雯靜,有訊息和你核對,加我line:lkx2324', 'suspicious'],
    ['date-venue', '我们在探探聊了一个月了，周六来我朋友开的茶馆见面吧，她家的茶特别好', 'suspicious'],
    ['self-named-superior', '小张，我是你们王局，在开会，看到消息回我', 'suspicious'],
    ['wrong-details-frozen', '您好，您的银行卡号填写有误，贷款资金已被冻结', 'suspicious'],
    ['traffic-elsewhere', '您的车辆有3条交通违法记录未处理，详询13912345678', 'suspicious'],
    [
      'traffic-deadline-mobile',
      '您的车辆违停被抓拍，请在3日内联系13812345678处理，逾期将扣分罚款',
      'high-risk'
    ],
    ['password-asked', '【某银行】为完成账户升级，请回复本短信您的6位取款密码', 'high-risk'],
    [
      'face-for-gift',
      '解放路新开的店，带着身份证去拍个照，就免费送一袋大米，还要对着手机点点头录个小视频，一分钟就好',
      'high-risk'
    ],
    [
      'status-fee',
      '经系统比对，贵单位年度年报信息存在异常，须于3日内登录平台上传资料并缴纳年报信息核验服务费298元，逾期将列入经营异常名录。',
      'high-risk'
    ],
    ['coached-money', '别听银行那些人瞎说，他们就是不想让你赚钱，你先转两万过来', 'high-risk'],
    ['coached-against-checks', '银行柜员要是问你，你就说是给家里人转的', 'suspicious'],
    ['abused-domain', '【某银行】您的账户需要重新认证，请登录 bank-rz.xyz', 'suspicious'],
    ['link-asks-card', '【个人所得税】退税3218元待领取，请登录 gs-tuishui.com 填写银行卡号', 'high-risk'],
    ['buyer-payment-link', '闲鱼上卖的东西我要了，我已经付款，请点击链接 xianyu-pay.top 收款', 'high-risk'],
    ['trade-site-link', '你这个游戏号我收了，去我发的交易平台 yxjy-db.top 交易，有担保', 'high-risk'],
    ['off-platform-deal', '闲鱼上聊不方便，平台要抽成，咱们微信上直接转，我马上发货', 'high-risk'],
    ['confirm-before-delivery', '你先在闲鱼拍下再点确认收货，后台显示交易完成才能安排发货', 'high-risk'],
    ['threat-link-info', '您家欠电费，今天不交就停电，请到 dl-jf.top 填写身份证和银行卡号', 'high-risk'],
    [
      'traffic-link',
      '【交通违法提醒】您的车辆于10月6日有违法行为，记3分罚款200元，点击 jg-12123.vip 在线缴款',
      'high-risk'
    ],
    [
      'lure-asks-card',
      '我是某快递理赔专员，您的快递丢失，为您办理三倍理赔，请添加理赔专员微信填写银行卡信息',
      'high-risk'
    ],
    ['guaranteed-pay', '最少要一万元，包你上本科！', 'high-risk'],
    ['guaranteed', '职称英语内部改分，包过', 'suspicious'],
    ['cancel-service-plus', '我是支付宝客服，要帮您注销校园贷记录，请下载腾讯会议', 'high-risk'],
    ['close-link', '家长您好，这是孩子的成绩单 http://dwz.cn/abc', 'suspicious'],
    ['new-number-money', '这是我的新微信，先转两千给我', 'high-risk'],
    ['unbranded-link', '这是聚会的照片，都在这里 url.cn/abc', 'suspicious'],
    ['paid-then-vanished', '在网上买演唱会门票，付了钱以后卖家就把我拉黑了', 'high-risk'],
    ['cancel-service-threat', '我是京东金融客服，您开通了百万保障，不关闭的话每个月都要扣费', 'high-risk'],
    ['romance-investment', '婚恋网站认识的男朋友，说他有个押注平台稳赚不赔，让我也充值试试', 'high-risk'],
    ['not-you-link', '您的账户今日消费2999元，如非本人操作请点击 abc-pay.cn 取消交易', 'high-risk'],
    [
      'official-asks-card',
      '我是快递客服，您的包裹地址模糊无法派送，请回复您的姓名、详细地址和身份证号',
      'high-risk'
    ],
    ['not-you-cancel', '您正在申请网上支付电费共计480元，若非本人操作，请查看电子凭证进行取消', 'suspicious'],
    [
      'chain-forward',
      '捡到一个钱包，里面有身份证和银行卡，谁的群多帮忙转发，失主请联系13912345678',
      'suspicious'
    ],
    ['unclaimed-deadline', '您有一笔社保补贴待领取，请扫码申领，逾期视为自动放弃。', 'high-risk'],
    ['points-expiring', '会员累积积分5340，于今日内到期', 'suspicious'],
    ['ransom', '你女儿在我们手上。我们只求财，不求命。', 'high-risk'],
    ['new-number-superior', '刘哥，我是你老领导张处，现在换号了，有空联系', 'suspicious'],
    ['exposure-money', '给你一个小时，准备好3万块，不然我把视频发给你通讯录', 'high-risk'],
    ['extortion-money', '有人出钱买你一条腿，给我打5万块，这事就算了', 'high-risk'],
    ['paid-removal', '你的视频在网上传开了，我可以帮你删，删一个视频2000', 'high-risk'],
    ['wrong-add-opener', '不好意思加错人了，不过看你朋友圈挺有品位的，可以交个朋友吗', 'suspicious'],
    ['secrets-given', '我把银行卡号和密码都告诉他了', 'high-risk'],
    ['claims-police', '您好，这里是市公安局刑侦支队，有份协查文件需要跟您确认', 'suspicious'],
    ['verify-by-link', '您的养老金资格需要重新认证，请点击链接 http://rs-rz.cn 完成', 'suspicious'],
    ['account-lend', '出租银行卡帮忙走账，一张卡一个月给你3000元', 'high-risk'],
    ['company-funds', '你查一下公司现在可用资金有多少，查好余额截图发给我', 'suspicious'],
    ['bill-discount', '群福利！团购电费有优惠，私聊我', 'suspicious'],
    ['sure-profit-pay', '这套纪念币明年我们公司按两倍价格回购，今天就剩最后五套了', 'high-risk'],
    [
      'seller-blamed',
      '买家：我这边付款失败了，说你的店铺没开通交易保障，你扫一下这个二维码找客服开通',
      'high-risk'
    ],
    ['sent-you-pass-on', '钱我刚转给你了，截图你看一下，你先转三万给他，他那边等着用', 'high-risk'],
    [
      'compensation-elsewhere',
      '您好，您的快递在运输中丢失，我们给您双倍理赔，请加理赔专员微信，填写收款信息',
      'high-risk'
    ],
    ['exposure-contact', '你的视频已经在我们手上，不想被发到你家人和单位，今晚12点前加QQ联系我', 'high-risk'],
    [
      'procurement-middleman',
      '老板你好，我们是XX监狱采购科的，另外还有一批医用酒精你们店没有的话，我推荐个厂家你从他那进。',
      'suspicious'
    ],
    [
      'official-money-threat-elsewhere',
      '【网易游戏】您的账号因违规将被永久封禁，请添加客服QQ 123456，缴纳申诉保证金200元',
      'high-risk'
    ],
    ['accused-cooperate', '你名下的银行卡涉及洗钱案，需要配合调查……', 'high-risk']
  ])('%s: "%s" → %s', (rule, text, verdict) => {
    expect(firedOf(text)).toContain(rule)
    expect(checkRules(text).verdict).toBe(verdict)
  })

  it("threat-and-deadline: a bill's threat and due date are nothing alone, and 高风险 with a scam's wording", () => {
    expect(checkRules('您的账单即将到期，今天12点将自动划扣').verdict).toBe('none-found')
    const bill: SignalId[] = ['pressure-threat', 'pressure-deadline']
    expect(judge(new Set(bill)).verdict).toBe('none-found')
    const { verdict, because } = judge(new Set<SignalId>([...bill, 'channel-wording']))
    expect(verdict).toBe('high-risk')
    expect(because.map((c) => c.id)).toContain('wording-plus')
    expect(because.map((c) => c.id)).not.toContain('threat-and-deadline')
  })

  it('wording-plus: wording between the raise threshold and the threshold raises a flagged text, and flags nothing', () => {
    const raises = { wordingRaises: true }
    // A bill's threat and due date are no reason on their own; only wording above the threshold counts with them.
    expect(judge(new Set<SignalId>(['pressure-threat', 'pressure-deadline']), raises).verdict).toBe(
      'none-found'
    )
    expect(judge(new Set<SignalId>(['want-money']), raises).verdict).toBe('none-found')
    const flagged = judge(new Set<SignalId>(['want-install']))
    expect(flagged.verdict).toBe('suspicious')
    expect(judge(new Set<SignalId>(['want-install']), raises).verdict).toBe('high-risk')
  })

  it('strong-wording: wording very like published scams counts with a claimed organisation, a click or a lure, never raising itself', () => {
    const strong = { wordingStrong: true }
    for (const signal of ['claim-organisation', 'claim-authority', 'want-click', 'pressure-lure'] as const) {
      const { verdict, because } = judge(new Set<SignalId>([signal, 'channel-wording']), strong)
      expect(verdict).toBe('suspicious')
      expect(because.map((c) => c.id)).toEqual(['strong-wording'])
      // Wording only above the usual threshold, or no wording at all: nothing.
      expect(judge(new Set<SignalId>([signal, 'channel-wording'])).verdict).toBe('none-found')
      expect(judge(new Set<SignalId>([signal]), strong).verdict).toBe('none-found')
    }
    // A friend, a relative or an online partner: private chat reads alike (NUS); a teacher's or a recruiter's notice
    // reads like their published fakes ("各位家长，孩子完成打卡后截图发群里", a job ad with its pay): not with them alone.
    for (const claim of ['claim-acquaintance', 'claim-superior', 'claim-job'] as const)
      expect(judge(new Set<SignalId>([claim, 'channel-wording']), strong).verdict).toBe('none-found')
    // Nor a notice that sends you to a counter in person and asks nothing else, nor a registered sender's ad (退订).
    expect(
      judge(new Set<SignalId>(['pressure-lure', 'channel-wording']), { ...strong, inPerson: true }).verdict
    ).toBe('none-found')
    expect(
      judge(new Set<SignalId>(['pressure-lure', 'channel-wording']), { ...strong, marketing: true }).verdict
    ).toBe('none-found')
  })

  it('reads a busy boss who moves company money to an account he sends (busy-company-transfer)', () => {
    const result = check('我在开会不方便接电话，你先从公司账户走一下，账号我发你')
    expect(result.verdict).toBe('high-risk')
    expect(result.because.map((b) => b.id)).toContain('busy-company-transfer')
    // Without the account he sends, it is the boss's ask alone.
    expect(check('我在开会不方便接电话，你先从公司账户走一下').because.map((b) => b.id)).not.toContain(
      'busy-company-transfer'
    )
  })

  it("reads a relative's parcel paid on delivery for hundreds (unordered-cod)", () => {
    const parcel = '阿姨您好，我是韵达快递的，您有一个到付的包裹，是您儿子给您买的保健酒，到付费用1680'
    expect(check(parcel).because.map((b) => b.id)).toContain('unordered-cod')
    expect(check(parcel).verdict).toBe('high-risk')
    // A freight charge paid on delivery is no such sum.
    expect(
      check('您好，我是顺丰快递员，您有个到付件，是您儿子给您寄的文件，运费23元').because.map((b) => b.id)
    ).not.toContain('unordered-cod')
  })

  it('reads money to collect by a private contact (handout-by-contact)', () => {
    const handout = '老年人专属补贴500元待领取，添加vx：laonian666 领取'
    expect(check(handout).because.map((b) => b.id)).toContain('handout-by-contact')
    expect(check(handout).verdict).toBe('high-risk')
    // The office's own short line is where it should be claimed.
    expect(check('您有一笔退税待领取，请致电12366').because.map((b) => b.id)).not.toContain(
      'handout-by-contact'
    )
  })

  it("reads a new number with two of the script's asks (new-number-urgent)", () => {
    const opener = '妈 我换号了 这个是新号 加我微信 有急事跟你说'
    expect(check(opener).because.map((b) => b.id)).toContain('new-number-urgent')
    expect(check(opener).verdict).toBe('high-risk')
    // One of them is a child's real new number.
    expect(check('妈，我换新号码了，旧号码别打了，有事打这个，周末回家吃饭。').verdict).toBe('suspicious')
  })

  it('reads a fee to erase credit records (credit-repair-fee)', () => {
    const repair = '我们是专业信用修复机构，逾期记录、查询次数都能做消除，先付30%服务费启动'
    expect(check(repair).because.map((b) => b.id)).toContain('credit-repair-fee')
    expect(check(repair).verdict).toBe('high-risk')
    // A bank's own word that no one can erase them asks nothing.
    expect(check('征信记录无法通过付费删除，任何声称能消除逾期记录的都是诈骗').verdict).toBe('none-found')
  })

  it("reads an offer to buy a medical insurance card's balance or its medicines for cash (insurance-cashout)", () => {
    const offer = '高价收药，降压降糖药按药价六成收，医保卡闲置余额可换现金，当面结清，联系13012345678'
    expect(check(offer).because.map((b) => b.id)).toContain('insurance-cashout')
    expect(check(offer).verdict).toBe('high-risk')
    // A hospital's warning names the offence and gives no contact.
    expect(check('医保局提醒：医保卡套现、倒卖医保药品属于骗保违法行为，请勿参与').verdict).toBe('none-found')
  })

  it('reads a donation paid to a person (charity-to-person)', () => {
    const appeal = '水灾急需援助！善心人士捐款可直接转账到志工队长账户：中国信托 4215-3300-8761，金额不拘'
    expect(check(appeal).because.map((b) => b.id)).toContain('charity-to-person')
    expect(check(appeal).verdict).toBe('high-risk')
    expect(
      check('地震灾区的捐款请通过中国红十字会官网或“慈善中国”公示的募捐平台进行').because.map((b) => b.id)
    ).not.toContain('charity-to-person')
  })

  it("reads an ATM worked on an agent's word to undo a charge (atm-undo)", () => {
    const undo =
      '這裡是蝦皮客服，因系統錯誤將您設定為批發商，每個月會自動扣款，請依照銀行專員指示操作ATM解除分期設定。'
    expect(check(undo).because.map((b) => b.id)).toContain('atm-undo')
    expect(check(undo).verdict).toBe('high-risk')
    // A bank's own word that the machine is only for cash is no such guidance.
    expect(
      check('ATM只能提款、存款和转账，不能解除分期，接到这类电话请挂断').because.map((b) => b.id)
    ).not.toContain('atm-undo')
  })

  it("reads a new WhatsApp with three of the script's asks and no name (new-number-urgent)", () => {
    const opener =
      '我係陳生，呢個係我新WhatsApp，你而家喺唔喺公司？有啲急事要你幫手處理，唔好打電話我，我喺度開緊會。'
    expect(check(opener).because.map((b) => b.id)).toContain('new-number-urgent')
  })

  it('reads a cancelled flight rebooked by a mobile number (flight-callback)', () => {
    const flight =
      '【澳門航空】尊貴的旅客，您3月22日NX116航班因航空器調配原因取消，請致電+853 6281 4407辦理改簽及賠償手續。'
    expect(check(flight).because.map((b) => b.id)).toContain('flight-callback')
    expect(check(flight).verdict).toBe('high-risk')
    // The airline's own hotline is where it is done.
    expect(
      check(
        '【东方航空】您预订的MU5137航班因天气原因取消，可免费改签或退票，请登录东航App办理或致电95530。'
      ).because.map((b) => b.id)
    ).not.toContain('flight-callback')
  })

  it("reads a stranger's friend request that tells a life of trade or abroad (stranger-opener)", () => {
    const opener =
      '哈喽，看到你朋友圈照片挺有气质的，不好意思冒昧加你，想和你交个朋友，我在做外贸，平时比较忙'
    expect(check(opener).because.map((b) => b.id)).toContain('stranger-opener')
    // A salesperson's or a neighbour's request offers no such life.
    expect(check('冒昧加您，我是做保险的，以后多多指教').verdict).toBe('none-found')
    expect(check('你好，我是3楼的业主，冒昧加你，认识一下').verdict).toBe('none-found')
  })

  it("reads an office's fee paid to the writer in person (public-fee-to-person)", () => {
    const fee =
      '乡亲们注意：今年城乡居民医保要抓紧交，每人380元，直接微信转给我（村委会小张），我统一帮大家办。'
    expect(check(fee).because.map((b) => b.id)).toContain('public-fee-to-person')
    expect(check(fee).verdict).toBe('suspicious')
    // The office's own ways to pay, a landlord's bills and a son who pays it for his mother are not.
    expect(
      check('城乡居民医保开始缴费，每人380元，请通过“XX医保”公众号或银行网点缴纳，村委会不代收现金。').verdict
    ).toBe('none-found')
    expect(check('小李，这个月水电费一共126元，微信转给我就行').because.map((b) => b.id)).not.toContain(
      'public-fee-to-person'
    )
    expect(check('妈，你的医保钱转给我，我在手机上帮你交').because.map((b) => b.id)).not.toContain(
      'public-fee-to-person'
    )
  })

  it("reads a bank's credit offer sent to a link or a number not the bank's (bank-offer-elsewhere)", () => {
    const offer =
      '【中国银行】尊敬的持卡人，您的信用卡消费良好，已获提额资格，最高可提至8万元，请添加专属客服微信 zgyh_8957 办理。'
    expect(check(offer).because.map((b) => b.id)).toContain('bank-offer-elsewhere')
    expect(check(offer).verdict).toBe('high-risk')
    // The bank's own hotline and app are where it is done, and a 400 number is many card centres' own line.
    expect(
      check('【浦发银行】尊敬的客户，您的信用卡可申请临时额度，详询信用卡中心400-820-8788。').because.map(
        (b) => b.id
      )
    ).not.toContain('bank-offer-elsewhere')
    expect(
      check(
        '【中国银行】尊敬的持卡人，您的信用卡已获提额资格，可登录中国银行App办理或致电95566。'
      ).because.map((b) => b.id)
    ).not.toContain('bank-offer-elsewhere')
  })

  it('has a test above for every combination rule', () => {
    const tested = new Set(
      [
        'secrecy-sure-profit',
        'children-secrecy-sale',
        'paid-then-vanished',
        'romance-investment',
        'not-you-link',
        'official-asks-card',
        'not-you-cancel',
        'chain-forward',
        'cancel-service-threat',
        'official-link-pressure',
        'official-threat-deadline',
        'bank-callback',
        'authority-threat',
        'code-request',
        'money-threat',
        'money-secrecy',
        'fee-first',
        'official-lookalike',
        'acquaintance-emergency-money',
        'emergency-money-account',
        'office-key-press',
        'paid-ship-first',
        'lure-deadline-verify',
        'buy-for-us',
        'anti-fraud-fee',
        'office-sells-collectibles',
        'contacts-app',
        'gifts-for-favours',
        'paid-ritual',
        'phone-taken-for-codes',
        'superior-secret-transfer',
        'courier-mule',
        'door-fee-threat',
        'door-fee',
        'handout-abused-link',
        'verify-deposit',
        'relative-pay-blocked',
        'video-account-check',
        'rigged-draw',
        'gold-handover',
        'vote-link',
        'review-extortion',
        'cheap-tour',
        'video-vouched',
        'screenshot-refund',
        'return-fee',
        'pay-by-link',
        'house-pledge',
        'procurement-middleman-pay',
        'job-abroad',
        'parent-account-used',
        'superior-money-pressure',
        'install-plus',
        'secrecy-plus',
        'lure-pay-or-deadline',
        'pay-then-rebate',
        'card-security-code',
        'sure-profit-official',
        'code-by-mistake',
        'met-online-money',
        'authority-investment',
        'licence-points',
        'handout-rush',
        'lonely-reply',
        'sex-chat-lure',
        'kin-produce-sale',
        'no-credit-loan-ad',
        'self-named-superior',
        'pay-for-me',
        'verify-for-account',
        'trade-site',
        'group-moved',
        'gas-part-sold',
        'collectible-fee',
        'placement-bought',
        'release-bought',
        'matchmaker-fee',
        'recovery-offer',
        'date-venue',
        'adviser-chat',
        'wrong-details-frozen',
        'traffic-elsewhere',
        'traffic-deadline-mobile',
        'pay-first-unseen',
        'gift-sales-talk',
        'gambling-site',
        'loan-ad',
        'opener-new-number',
        'abused-domain',
        'password-asked',
        'face-for-gift',
        'status-fee',
        'coached-money',
        'coached-against-checks',
        'link-asks-card',
        'buyer-payment-link',
        'trade-site-link',
        'off-platform-deal',
        'confirm-before-delivery',
        'threat-link-info',
        'traffic-link',
        'lure-asks-card',
        'job-fee',
        'guaranteed-pay',
        'guaranteed',
        'brochure-pattern-money',
        'install-request',
        'secrecy',
        'money-from-someone',
        'official-problem',
        'threat-and-deadline',
        'lure-and-link',
        'threat-and-link',
        'authority-contact',
        'info-request',
        'opener',
        'new-number-request',
        'brochure-pattern',
        'lure-and-problem',
        'money-and-threat',
        'authority-trade',
        'job-ask',
        'threat-deadline-action',
        'official-action-pressure',
        'lure-money-deadline',
        'opener-superior',
        'organisation-accuses',
        'refund-elsewhere',
        'lure-and-deadline',
        'claim-want-pressures',
        'claim-want-pressure',
        'two-pressures',
        'money-other-account',
        'other-account',
        'card-number-money',
        'job-lure-ask',
        'job-lure',
        'prize-contact',
        'sure-profit-group',
        'authority-lure-elsewhere',
        'prize',
        'cure-claim',
        'cure-sale',
        'blessing-for-money',
        'hospital-tout',
        'sure-profit',
        'cancel-service',
        'cancel-service-plus',
        'unclaimed-money',
        'easy-money',
        'close-link',
        'unbranded-link',
        'scam-wording',
        'strong-wording',
        'wording-plus',
        'new-number-money',
        'ticked-transfer',
        'ticked-several',
        'ticked-officials',
        'ticked-threat',
        'ticked-new-number',
        'ticked-gain',
        'unclaimed-deadline',
        'points-expiring',
        'ransom',
        'accused-cooperate',
        'new-number-superior',
        'exposure-money',
        'official-money-threat-elsewhere',
        'procurement-middleman',
        'sure-profit-pay',
        'extortion-money',
        'account-lend',
        'busy-company-transfer',
        'unordered-cod',
        'handout-by-contact',
        'new-number-urgent',
        'credit-repair-fee',
        'insurance-cashout',
        'caller-guides-app',
        'savings-handed',
        'charity-to-person',
        'atm-undo',
        'flight-callback',
        'stranger-opener',
        'public-fee-to-person',
        'bank-offer-elsewhere',
        'company-funds',
        'bill-discount',
        'seller-blamed',
        'sent-you-pass-on',
        'compensation-elsewhere',
        'exposure-contact',
        'harm-threat',
        'scandal-link',
        'recoup-push',
        'sent-away-alone',
        'health-pitch',
        'threat-deadline-click',
        'paid-removal',
        'wrong-add-opener',
        'secrets-given',
        'claims-police',
        'verify-by-link',
        'cash-pickup',
        'atm-guided',
        'id-card-for-gift',
        'card-to-talk',
        'loan-granted-reply',
        'task-lock-in',
        'coached-plus',
        'threat-reply'
      ].sort()
    )
    expect([...tested]).toEqual(COMBINATIONS.map((c) => c.id).sort())
  })

  it('says when 110 is the call to make now: money already lost, or a threat for money; otherwise not', () => {
    expect(policeNow(check('在网上买演唱会门票，付了钱以后卖家就把我拉黑了'))).toBe('money-lost')
    expect(policeNow(check('你女儿在我们手上。我们只求财，不求命。'))).toBe('threat-for-money')
    expect(policeNow(check('有人出钱买你一条腿，给我打5万块，这事就算了'))).toBe('threat-for-money')
    expect(policeNow(check('有人出钱买你一条腿，你自己掂量掂量'))).toBe('threat-for-money')
    expect(
      policeNow(check('【ETC服务】您的ETC已于今日停用，请登录 etc-abc.cn 重新认证，逾期将无法通行'))
    ).toBeUndefined()
    expect(policeNow(check('钱已经打给你了，注意查收'))).toBeUndefined()
  })

  it('lists the reasons, strongest first, in plain words', () => {
    const r = check('【ETC服务】您的ETC已于今日停用，请登录 etc-abc.cn 重新认证，逾期将无法通行')
    expect(r.because[0].verdict).toBe('high-risk')
    expect(r.because[0].reason).toMatch(/以机构的名义/)
  })

  it.each([
    '妈，没钱了，给我打点钱吧，五百就够了',
    '钱已经打给你了，注意查收',
    '姐，这是我新号，大爷今天把钱给我了',
    '哥，今天老妈住院了，你下班过来一趟'
  ])('family talk about money is not flagged: %s', (text) => {
    expect(check(text).verdict).toBe('none-found')
  })

  it('ticked situations count as signals, and never say "safe"', () => {
    const none = check('')
    expect(none.verdict).toBe('none-found')
    const ticked = check('', ['claims-officials', 'threatened'])
    expect(ticked.verdict).toBe('high-risk')
    expect(ticked.hits.every((h) => h.quotes.length === 0)).toBe(true)
    expect(check('', ['no-such-box']).verdict).toBe('none-found')
  })

  it('points ticks about who called to their brochure category when the text names none', () => {
    expect(check('', ['claims-officials', 'threatened']).category).toBe('impersonating-officials')
    expect(check('', ['claims-acquaintance', 'asked-transfer']).category).toBe('impersonating-leaders')
    // Ticks every kind shares point nowhere: 其他手法.
    expect(check('', ['asked-code']).category).toBeNull()
    // The text's own kind comes first.
    expect(check('您的校园贷账户要注销，否则影响征信', ['claims-officials']).category).toBe('fake-credit')
  })
})

describe('the wording signal (src/data/scam-wording.json)', () => {
  const scamLike = '亲，您购买的商品有质量问题，我们给您办理退款'
  const wordingOf = (text: string) => check(text).hits.find((h) => h.signal.id === 'channel-wording')

  it('fires on wording like published scams, quoting the clauses that read most like them', () => {
    const hit = wordingOf(scamLike)
    expect(hit).toBeDefined()
    expect(hit?.quotes.length).toBeGreaterThan(0)
    for (const q of hit?.quotes ?? []) expect(scamLike.includes(q)).toBe(true)
  })

  it('makes a rule-suspicious text 高风险 (wording-plus), and is never a verdict on its own', () => {
    expect(checkRules(scamLike).verdict).toBe('suspicious')
    expect(check(scamLike).verdict).toBe('high-risk')
    expect(firedOf(scamLike)).not.toContain('wording-plus')
    expect(check(scamLike).because.map((c) => c.id)).toContain('wording-plus')
    // Wording with no request and no pressure says nothing.
    const quiet = '尊敬的客户您好，感谢您一直以来的支持'
    expect(check(quiet).verdict).toBe('none-found')
    expect(wordingOf(quiet)).toBeUndefined()
  })

  it('flags a claimed sender in wording very like published scams, and not the genuine notice (strong-wording)', () => {
    // Tuning part of the corpus: a fake postal worker's opener (scam-web-299), and a real pick-up notice.
    const fake = '你好，我是邮政工作人员，您有一个包裹在这里，请早点来领取'
    expect(check(fake).verdict).toBe('suspicious')
    expect(check(fake).because.map((c) => c.id)).toEqual(['strong-wording'])
    expect(wordingOf(fake)).toBeDefined()
    expect(check('【中国邮政】您的包裹已到幸福路驿站，请凭取件码领取').verdict).toBe('none-found')
    expect(check('各位家长好，我是三年级二班的王老师，明天学校开家长会，请准时参加').verdict).toBe(
      'none-found'
    )
  })

  it('reads a warning sentence as nothing, however scam-like its words', () => {
    const warning = '警方提醒：凡是自称客服说您的账户异常、让您联系工作人员处理的，都是诈骗。'
    expect(wordingOf(warning)).toBeUndefined()
    expect(check(warning).verdict).toBe('none-found')
  })

  it('is off when the data has no model', () => {
    expect(checkRules(scamLike).hits.map((h) => h.signal.id)).not.toContain('channel-wording')
  })
})

describe('advance fees, sure profits, official and look-alike links, ads and code SMS', () => {
  it.each([
    '您的账户确实已被冻结，需要充值6600元解冻账号',
    '提现需要先交2000元保证金',
    '出现卡单了，需要重新购买两倍金额激活一下才能正常到账',
    '您的贷款已审批，先交3000元手续费即可放款'
  ])('a fee before your own money comes back is 高风险: %s', (text) => {
    expect(check(text).verdict).toBe('high-risk')
    expect(firedOf(text)).toContain('fee-first')
  })

  it('reads what a new user pasted (round 19): a pet shipment paid first and "refunded" on arrival, a code 填错成你的', () => {
    const pets = [
      '小狗已经给您打包好了，现在发货需要先付1000元的运输保险费，到了以后会退给您的。',
      '宝贝已经给您打包好了，物流这边要求先付800元笼子押金，微信转我就行，狗狗到家您签收后押金原路退回。'
    ]
    expectVerdicts(pets, 'high-risk')
    expectFired(pets, 'fee-first')
    const code = '我刚才注册把手机号填错成你的了，验证码麻烦发给我'
    expect(check(code).verdict).toBe('high-risk')
    expect(firedOf(code)).toContain('code-by-mistake')
    // A parcel sent to the wrong address, a deposit returned after the goods come back, a seller's balance: nothing.
    expectVerdicts(
      [
        '我把快递地址填错成你的了，你收到帮我拿一下',
        '租相机要先付押金2000，快递寄回收到后退还',
        '发货前需要先付30%定金，收到货后付尾款'
      ],
      'none-found'
    )
  })

  it('reads round 20 kinds: money for whoever is quickest, a lonely-hearts reply, details "entered wrong" and frozen', () => {
    for (const [text, rule] of [
      ['政府发放居民生活补助，总额仅剩最后500万，领完即止', 'no-trust'],
      ['无条件为每个家庭提供援助金，最高可领2万元', 'no-trust'],
      ['寂寞的夜晚，女大学生陪聊，回复1进入私密聊天', 'no-trust'],
      ['提现失败：您的账户信息输入错误，资金已被系统冻结', 'no-transfer'],
      ['你的钱被冻结了，因为你填写的卡号错误，要交解冻金', 'no-transfer']
    ] as const) {
      expect(check(text).verdict).not.toBe('none-found')
      // Read from the wording, these rules still name the brochure rule they break.
      expect(check(text).rules).toContain(rule)
    }
    // Accidental subscriptions that charge unless cancelled, in other words than 开通会员.
    expect(firedOf('您可能不小心勾选了自动分期，不处理的话下个月开始每期都会扣款')).toContain(
      'cancel-service'
    )
    // A trade-in 国补 ad, means-tested policy news, a password locked, a friend's advice: none of these rules.
    for (const text of [
      '国家以旧换新补贴，名额有限，先到先得，到店咨询',
      '本市对80周岁以上老人每人每月发放高龄津贴100元，由社区统一申报',
      '您的银行卡密码输入错误次数过多，已被锁定，请本人携带身份证到柜台办理',
      '您输入的银行卡号有误，请核对后重新输入',
      '你是不是不小心开通了自动续费？没关系，在设置里关掉就行，不会扣费',
      '回复1查询话费余额，回复2查询流量'
    ])
      expect(firedOf(text)).not.toEqual(
        expect.arrayContaining([
          expect.stringMatching(/handout-rush|lonely-reply|wrong-details-frozen|cancel-service/)
        ])
      )
  })

  it('reads a traffic offence with a mobile number or a link, and an address on a much-abused domain', () => {
    for (const text of [
      '你的车于城区超速，拟扣3分，罚款200元，请尽快联系处理人员13812345678',
      '您名下车辆有交通违章记录待处理，请访问 jtwz-cx.com 查询'
    ]) {
      expect(firedOf(text)).toContain('traffic-elsewhere')
      expect(check(text).rules).toContain('no-trust')
    }
    expect(firedOf('【快递】您的包裹地址有误，请点击 kd-fix.top 修改')).toContain('abused-domain')
    // The 12123 app or its official site, a driving school's exam rules, a site mentioned in a chat: neither rule.
    for (const text of [
      '【交管12123】您的小型汽车于11月3日有闯红灯交通违法行为，请及时通过交管12123APP处理。',
      '【交管12123】您的车辆有违法未处理，详见 https://fj.122.gov.cn',
      '科目二压线扣100分，倒车入库要注意，有问题联系教练13812345678',
      '我新做了个博客 myblog.top 有空看看'
    ])
      expect(firedOf(text)).not.toEqual(
        expect.arrayContaining([expect.stringMatching(/traffic-elsewhere|abused-domain/)])
      )
  })

  it('reads a customer service report of what it has already done like a notice that sends you nowhere', () => {
    // A fresh reviewer's genuine replies (round 20): each was 可疑 or 高风险 for its 退款, 扣费 or 关闭.
    expectVerdicts(
      [
        '您好，您的视频会员是在APP内开通的连续包月服务，已为您关闭自动续费，会员可用至到期日，后续不会再扣费。',
        '外卖客服：您反馈的餐品洒漏问题属实，本单餐费已为您全额退款，款项将在1-3个工作日内原路退回到您的支付账户。',
        '您的会员当时勾选了"到期自动续费"，每月15元，我这边已经帮您关闭了，本月已扣费用1-3个工作日原路退回。'
      ],
      'none-found'
    )
    // The same words with a link, a chat elsewhere, money to move or a code asked for still count.
    expectVerdicts(
      [
        '我是淘宝客服，您购买的商品有质量问题，已为您办理退款，请点击链接 tb-tk.cn 填写银行卡号领取',
        '已为您办理理赔，理赔款将原路退回，请您添加理赔专员微信',
        '已为您退款，款项原路退回前需要您先转账500元验证账户',
        '您好，您开通了百万保障，每月扣费800，如不关闭将影响征信，已为您关闭前需要您配合',
        // A second reviewer's (round 20): a catch after what was done.
        '已为您关闭自动续费，但检测到您的账户存在异常扣费风险，安全专员将于10分钟内与您联系，请勿挂断，配合完成操作即可。'
      ],
      'none-found',
      true
    )
  })

  it("leaves alone forwarded warnings, news of a case stopped in time and a home sale's escrow (round 20)", () => {
    // Genuine messages fresh reviewers wrote; each was 高风险.
    expectVerdicts(
      [
        '群里那个转发就能领红包的别信 都是假的',
        '男子网上申请贷款，对方称“需要先缴纳保证金”要求转账2万元，民警及时上门劝阻，避免了损失。',
        '首付款要先打到资金监管账户，中介说银行验证资金到账后再放贷款，这个是正规流程',
        '二手房交易：买方将房款存入监管账户，银行核实到账后通知卖方办理过户。'
      ],
      'none-found'
    )
    // A colleague's warning that retells a fake boss's script (a third reviewer's, round 20).
    expect(
      check(
        '又来新套路了，大家当心：骗子先用领导名字加你微信说“明天到我办公室来一趟”，第二天再说有急事让你先垫付。我们单位今天就有人差点中招！'
      ).verdict
    ).toBe('none-found')
    // A warning's example address is no link to open; the same address offered to the reader is.
    expect(
      check('警方提醒：不法分子发送含有类似 12123-xx.top 链接的短信，骗取车主银行卡信息。').verdict
    ).toBe('none-found')
    // The police's "safe account" with a home's money in it, and an offered address, still count.
    expectVerdicts(
      ['你涉嫌洗钱，需要把房款转入国家资金监管账户核查', '请登录类似 12123-xx.top 的网站缴纳罚款'],
      'high-risk'
    )
  })

  it('reads what a new user found in round 20: catches after a report, counters, spaced numbers, sign-ups', () => {
    // A report of what was done, then a catch in other words than 但: still 高风险.
    expectVerdicts(
      [
        '已为您办理退款，由于您的账户被冻结，退款需要到“借呗”中先借出再转回给我们。',
        '已为您解除会员扣费，后续还需要关闭您的征信贷款功能，否则每月扣款800元，请配合操作。',
        '已为您关闭自动续费，系统显示您还有一笔每月扣费800元的保险，需要在今天内注销。'
      ],
      'high-risk'
    )
    // Handouts to collect at a counter, a club's sign-up by mobile, a son about his father's fine: nothing.
    expectVerdicts(
      [
        '社区通知：今天上午9点给60岁以上老人发放防暑降温补贴物资，数量有限，先到先得，请带身份证到社区服务站领取。',
        '村委会通知：县里给困难户的冬季救助金已到，名额有限，请符合条件的明天上午到村委会登记领取。',
        '社区单身青年联谊会本周六下午举行，请发送姓名到13800001111报名。',
        '爸，你的车昨天在路口闯红灯被拍了，记得去处理，有事打我电话13812345678'
      ],
      'none-found'
    )
    // A much-abused domain the address reader did not know, a mobile number written in groups, a reply to 看照片.
    expect(firedOf('【ETC服务】您的ETC已失效，请点击 etc-gs.cyou 重新认证')).toContain('abused-domain')
    expect(firedOf('您的车辆于市区闯红灯，拟扣6分罚款200元，查询电话：138 0013 8000')).toContain(
      'traffic-elsewhere'
    )
    expect(firedOf('想找个伴吗？附近单身女士等你来聊，回复Y看照片')).toContain('lonely-reply')
  })

  it('leaves alone a news report of a case told of others, and still reads one that speaks to its reader', () => {
    // A third reviewer's genuine reports (round 20): each was 高风险.
    expectVerdicts(
      [
        '市中级人民法院近日审结一起电信网络诈骗案。被告人张某等人以“刷单返利”为名招募“兼职”，诱导被害人大额充值，共骗取财物1300余万元，法院依法判处张某有期徒刑十三年。',
        '昨天下午，派出所接到反诈中心预警，辖区居民李女士正准备按“导师”要求往对方账户转账10万元。民警立即上门，耐心劝说半个多小时，李女士终于醒悟。'
      ],
      'none-found'
    )
    // The same words to the reader, or with somewhere to act, are no report.
    expectVerdicts(
      [
        '近日警方破获一起洗钱案，被告人供述你的银行卡涉案，请你配合调查，把资金转入安全账户核查。',
        '据报道，近日多名被害人被骗，警方已追回部分款项，被害人请登录 zhuihui-jz.top 登记领取退款。'
      ],
      'none-found',
      true
    )
  })

  it('reads a password asked for, coaching against the bank and the police, and borrowing out to "clear" a loan', () => {
    expect(
      check('已为您关闭月付。为保障征信，需要将借呗中的额度提出来，转到我们指定的账户清零，清零后原路退回。')
        .verdict
    ).toBe('high-risk')
    // A warning, a wallet's own receipt, an escrow released to the seller's account, a child's ask: no such rule.
    expectVerdicts(
      [
        '请勿向任何人透露您的交易密码，银行不会索要',
        '零钱通转出到账，转出金额1245.00元，资金已经从零钱通转出至指定账户',
        '您的存量房交易资金监管协议已解除监管，监管资金已划转至卖方指定账户。'
      ],
      'none-found'
    )
    expect(firedOf('妈，你把银行卡密码告诉我，我帮你去取钱')).not.toContain('password-asked')
    // A fifth reviewer's (round 20): the password asked after the card, coaching in other words, and the police's
    // own reminder that names the trick, which stays a warning.
    expect(firedOf('请将您常用银行卡的6位密码回复至本号码完成绑定')).toContain('password-asked')
    expectFired(
      [
        '手机上那个国家反诈中心APP弹的提示你别管它，那是误报，你直接点继续就行',
        '把那个反诈APP卸载掉，它会偷偷监控你手机',
        '如果有民警打电话说你被骗了，你直接挂掉，那是竞争对手冒充的',
        '别去柜台办，去ATM机上分几次转，这样就不会触发银行的审核'
      ],
      'coached-against-checks'
    )
    expect(
      check(
        '民警提醒：凡是叫你不要相信银行、不要相信警察、不要告诉家人的，都是诈骗！接到此类电话请立即挂断，拨打96110咨询。'
      ).verdict
    ).toBe('none-found')
  })

  it("reads a doctor's 先不用吃药 as advice, and a seller's 就不用吃降压药 as a cure claim", () => {
    expect(
      check('王医生：化验结果看了，血糖稍微有点高，先不用吃药，控制饮食多走动，三个月后复查。').verdict
    ).toBe('none-found')
    expect(firedOf('这个灵芝孢子粉吃三个疗程以后就不用再吃降压药了')).toContain('cure-claim')
  })

  it('reads what a second new user found in round 20', () => {
    // A plate and a date before the offence, a lonely-hearts lure with 视频聊天 or 获取 and its fee.
    expectFired(
      ['【交警支队】您的车辆晋A·D5678于11月18日超速，记12分，请联系处理专员13935126688'],
      'traffic-elsewhere'
    )
    expectFired(
      ['发短信LY到1066888899就能和我视频聊天', '本地离异少妇找伴，回复Y获取联系方式，资费2元/条'],
      'lonely-reply'
    )
    // A son's own transfer typed wrong, advice to keep a password, a school's escrow, a mother told what to answer.
    expectVerdicts(
      [
        '爸，我给你转账的时候卡号填错了一位，钱被退回来了，我刚又重新转了一次',
        '妈，支付宝支付密码别告诉任何人，连我都别告诉',
        '本机构收取的学费已存入银行开设的资金监管账户，按课时划拨。',
        '妈，银行问你要不要办信用卡，你就说不需要'
      ],
      'none-found'
    )
    // A fake seller's "escrow" in a person's name, and a code asked for with secrecy, still count.
    expectVerdicts(
      [
        '您在我司购买的二手车交易款需走第三方资金监管，请先将车款转入监管账户（户名：孙某，XX银行）',
        '验证码发我一下，别告诉别人',
        '您的卡号填错了，资金被冻结，需要交解冻金'
      ],
      'high-risk'
    )
  })

  it("reads 报表 and 报告 sent to a boss's or a teacher's mailbox as no ask for personal details", () => {
    // The blind everyday mix's leave request (round 20) was 高风险: 报 of 报表 read as "报 your 邮箱".
    expectVerdicts(
      [
        '王经理，我孩子发烧了，下午请半天假带他去医院，手头的报表已经发您邮箱了。',
        '刘老师，实习报告已经发到您邮箱里了，请查阅。'
      ],
      'none-found'
    )
    expect(signalsOf('请报一下您的身份证号和银行卡号')).toContain('want-info')
  })

  it('shows the reasons that name what the text does before "the wording reads like published scams"', () => {
    const result = check('您的车辆有2起交通违规记录未处理，请及时处理，查询电话：13184631234')
    expect(result.verdict).toBe('high-risk')
    expect(result.because.map((c) => c.id)).toContain('wording-plus')
    expect(shownReasons(result)[0].id).toBe('traffic-deadline-mobile')
    expect(shownReasons(result)).toHaveLength(2)
    expect(shownReasons({ because: [] })).toEqual([])
  })

  it("skips a reason that restates one already shown, and puts a named kind first (round 51's page trial)", () => {
    const etc = shownReasons(
      check('【ETC服务】您的ETC已于今日停用，请登录 etc-abc.cn 重新认证，逾期将无法通行')
    )
    expect(etc.map((c) => c.id)).toEqual(['official-link-pressure', 'threat-deadline-click'])
    const master = check(
      '大师说我家最近有血光之灾，儿子会出车祸，要我转8800元做一场法事化解，不能告诉家人，否则就不灵了。'
    )
    expect(shownReasons(master)[0].id).toBe('paid-ritual')
    // Foretold harm to a son is no relative speaking: not listed, and no relative's emergency rule.
    expect(master.hits.map((h) => h.signal.id)).not.toContain('claim-acquaintance')
    expect(master.scheme?.id).toBe('paid-ritual')
    // A fee paid at the counter is set aside, and not listed, unless the person ticked that money was asked.
    const counter = '请于本周五前到学校教务处现场交费300元'
    expect(check(counter).hits.map((h) => h.signal.id)).not.toContain('want-money')
    expect(check(counter, ['asked-transfer']).hits.map((h) => h.signal.id)).toContain('want-money')
    // A relative's 不…的话就要出事 is no fortune-teller's: the son's emergency stays.
    const son = firedOf('爸，我出车祸了，不赶紧赔钱的话就要出事，先转我一万')
    expect(son).toContain('acquaintance-emergency-money')
    expect(son).not.toContain('paid-ritual')
    const stream = check('主播小雪：哥哥今晚PK要输了，给我刷十个嘉年华吧，赢了我私下加你微信，保证让你回本')
    expect(shownReasons(stream)[0].id).toBe('gifts-for-favours')
  })

  it('reads "先验证资金" with money to move as a fee first, and leaves an audit, an investor rule or a warning alone', () => {
    // A fresh reviewer's look-alikes (round 19): 验证资金 alone is also an auditor's, a fund's and a buyer's word.
    const fees = [
      '您的额度已提升至20万，须先验证一下资金，向平台账户存入10%作为还款能力证明，放款后原路退回。',
      '亲 您的提现失败了 需要先验证资金 充值同等金额解冻 就能提出来'
    ]
    expectVerdicts(fees, 'high-risk')
    expectFired(fees, 'fee-first')
    for (const text of [
      '您好，我所出具验资报告前需要先验证资金到账情况，请贵公司配合提供银行询证函和入资凭证。',
      '私募基金合格投资者认定需要先验证资金，金融资产不低于300万元或近三年年均收入不低于50万元，请提供资产证明。',
      '股权转让协议约定，受让方需要先验证资金能力，提供近三个月银行流水和资产证明。'
    ])
      expect(firedOf(text)).not.toContain('fee-first')
  })

  it.each(['保本高息、稳赚不赔', '投资1万元，10天收益6万元', '跟着老师做，每天能有十几个点的收益'])(
    'a promise of sure profit is at least 可疑: %s',
    (text) => {
      expect(check(text).verdict).not.toBe('none-found')
      expect(firedOf(text)).toContain('sure-profit')
    }
  )

  it('asks for a code whichever way round it is said', () => {
    expect(signalsOf('等一下您会收到一条短信，请将验证码报给我')).toContain('want-code')
  })

  it.each([
    '【12306】某某改签成功，1月10日D274次，昆明站16:05开。详情点击https://s.12306.cn/s/l/PpXQoj',
    '【中国联通】您12月份通信账单已出，账单详情请点击：http://u.10010.cn/tAE3W',
    '【某某省医疗保障局】医保电子凭证升级已完成，详情见 https://ylbz.example.gov.cn/notice'
  ])("does not count a link to the organisation's own domain: %s", (text) => {
    const ids = signalsOf(text)
    expect(ids).not.toContain('channel-link')
    expect(ids).not.toContain('channel-domain')
  })

  it('still counts a look-alike of an official domain', () => {
    expect(signalsOf('【12306】您的车票已取消，请登录 12306-cn.com 办理退款')).toContain('channel-domain')
    expect(check('【ETC服务】您的ETC已停用，请登录 etc.gov.cn.abc-xyz.com 重新认证').verdict).toBe(
      'high-risk'
    )
  })

  it("reads a registered sender's ad with a link as an ad, but not one that sends you to a person", () => {
    const ad = '【某某超市】新年满79返30！砂糖橘9.9元 → abc-shop.cn/a1 拒收请回复R'
    expect(check(ad).verdict).toBe('none-found')
    expect(
      check('您在我店的宝贝已签收，添加VX:abc123免费领取蒸烤箱一个，截止明天，退订回T').verdict
    ).not.toBe('none-found')
  })

  it.each([
    '【某某办公】验证码123456，10分钟内有效。验证码提供给他人可能导致账号被盗，请勿转发或泄露。',
    '南京市公安局刑侦局友情提醒，谨防电话欠费、汽车退税、网络中奖等诈骗，遇到情况请拨110。',
    '警方特别提醒：以下内容均为虚假信息诈骗：(1)凡是自称公检法要求汇款的；(2)凡是通知中奖、领取补贴要你先交钱的；(3)凡是自称领导要求汇款的。'
  ])('leaves code SMS and police reminders alone: %s', (text) => {
    expect(check(text).verdict).toBe('none-found')
  })
})

describe("what the third review found: a warning's words inside a scam, and genuine notices", () => {
  it.each([
    '本案涉及国家机密，不得告知他人，否则以泄密罪论处，请立即将资金转入安全账户进行核查。',
    '我们是某市公安局的，这不是诈骗电话，你名下的银行卡涉嫌洗钱，需要把钱转到安全账户核查。',
    '为了你的资金安全，验证码不要告诉他人，只需要念给我们的专员核对就行',
    '我是王老师，这是我新微信。凡是要参加研学的孩子，今天下午5点前把费用580元转给我',
    '谨防上当受骗！您的ETC已停用，请登录 etc-yz.top 重新认证。提高警惕。',
    '【医保】您的医保卡需升级为电子医保，请登录 yb-gov.cc 办理。',
    '恭喜您获得688元现金红包，限今日领取，点击 hb-888.top 领取。退订回T',
    '妈，我出事被扣在派出所了，快往这张卡打3000，别打电话，警察说如遇诈骗请拨110，这个不是。',
    '我是某某派出所民警，你涉嫌洗钱，请勿转发他人，请把存款转到安全账户。',
    '姐姐，你也在这个群里啊？我跟着群里老师买了几只票都赚了，今天老师免费给大家推荐，你也试试吧。'
  ])('is still flagged: %s', (text) => {
    expect(check(text).verdict).not.toBe('none-found')
  })

  it.each([
    '【国家电网】尊敬的预付费用户，您的电费余额不足，请及时通过网上国网APP缴费。',
    '【招商银行】您的信用卡已寄出，收到后打开掌上生活APP即可激活。',
    '【微信支付】零钱提现需支付0.1%的服务费。',
    '妈，我到医院了，爸的手术押金我已经交了2万，你别担心',
    '爸，密码别告诉任何人，就算说是银行的也不能说',
    '【某某银行】三年期大额存单保本保息，详询网点。退订回T',
    '【某某快餐】优惠券即将到期，点击 https://example-food.cn/abc 立即使用。拒收请回复R',
    '爸，收到说医保卡停用让你点链接的短信，都是诈骗短信，发给我看看，千万别点。'
  ])('leaves a genuine message alone: %s', (text) => {
    expect(check(text).verdict).toBe('none-found')
  })

  it("leaves a bill that sends you only to the sender's own app or short number alone, not one with a link", () => {
    const arrears =
      '【中国电信】您的号码已欠费12.30元，将于48小时后停机，请及时缴费，可登录中国电信APP或拨打10000。'
    expect(check(arrears).verdict).toBe('none-found')
    const phishing =
      '【中国电信】您的号码已欠费12.30元，将于48小时后停机，请登录 dx-pay.cn 或中国电信APP缴费。'
    expect(check(phishing).verdict).not.toBe('none-found')
  })

  it("reads a carrier's reply menu (回复102查询余额) as its own service, not a request for the balance", () => {
    // From a real 中国电信 month-end reminder (tests/fixtures/check-corpus.json, b14-007): it was 高风险.
    const reminder =
      '【中国电信】请关注您的账户余额，避免余额不足影响您的正常使用。回复数字：102 查询余额 103 查询账单 充值请点击 https://m.sc.189.cn/su/0/QuQ1nd'
    expect(signalsOf(reminder)).not.toContain('want-info')
    expect(check(reminder).verdict).toBe('none-found')
    expect(signalsOf('【中国移动】您的话费余额为5.20元，回复CXYE查询余额。')).not.toContain('want-info')
    // A fresh review's cases: 查询 in a request is still a request, only a reply code before 查询 is a menu.
    for (const ask of [
      '请回复您的银行卡卡号和余额，以便核实',
      '请回复查询后的存款余额，工作人员会为您办理贷款。',
      '您好，请回复您查询的银行卡余额，以便我们为您提额。'
    ])
      expect(signalsOf(ask)).toContain('want-info')
  })

  it.each([
    '【市人民医院】某某您好，您预约的5月20日上午心内科门诊，请携带医保卡准时就诊。如需取消请拨打0351-1234567。',
    '【某某口腔】您预约的洗牙在明天下午3点，如需改约请拨打021-62345678',
    '小区消防演练通知：发现火情请拨打119，受伤请拨打120',
    '查不到电话可以拨打114查号'
  ])('does not read a number to dial (拨打0351-…, 119, 114) as money to send: %s', (text) => {
    // From a new user's trial (round 14): "拨打0351-1234567" was read as "打0351" yuan, and 119 as another number.
    expect(signalsOf(text)).not.toContain('want-money')
    expect(check(text).verdict).toBe('none-found')
  })

  it.each([
    '快往这张卡打3000，别打电话',
    '先转500过来',
    '给我打5000，急用',
    '交200返588',
    // A fresh review's cases: 119 and 12x are numbers to dial only after 打; a range and an amount with a space.
    '会员升级只需充128，升级后每天返现。',
    '转119就可以解除限制了，快点。',
    '本次贷款需要交1000-3000的工本费',
    '打5000 1小时后返6500'
  ])('still reads an amount after 打, 转 or 交 as money: %s', (text) => {
    expect(signalsOf(text)).toContain('want-money')
  })

  it("leaves a local bank's notice that sends you to its counter alone, though it gives the branch's landline", () => {
    for (const text of [
      '【某某农商银行】您尾号1234的账户因长期未发生交易已转为久悬户并冻结，请携带身份证到开户网点办理，咨询电话0351-5556666。',
      '【某某村镇银行】尊敬的客户，您的借记卡将于12月31日停用，请到网点换卡，详询0351-7654321'
    ])
      expect(check(text).verdict).toBe('none-found')
  })

  it.each([
    '爸，我换新手机号了，以后打这个号，旧号不用了。',
    '王老师：明天下午3点开家长会，请各位家长准时参加，收到请回复。'
  ])('does not say "要您点链接" where no link is asked for (换新手机号, 3点开会): %s', (text) => {
    // A new user's trial (round 14): both were shown the click signal.
    expect(signalsOf(text)).not.toContain('want-click')
  })

  it('quotes more than a lone 「妈」: a short clause takes in the next one', () => {
    const hit = check('妈，我出事被扣在派出所了，快往这张卡打3000').hits.find(
      (h) => h.signal.id === 'claim-acquaintance'
    )
    expect(hit?.quotes).toEqual(['妈，我出事被扣在派出所了'])
  })

  it('shows a clause once per signal, whole, when two of its words count ("银联" and "信用卡")', () => {
    const text = '【银联中心】您的信用卡在百货商场刷卡消费5800元，将从您账户扣除，如有疑问请致电021-6688****'
    const hit = check(text).hits.find((h) => h.signal.id === 'claim-organisation')
    expect(hit?.quotes).toEqual(['【银联中心】您的信用卡在百货商场刷卡消费5800元'])
  })

  it('reads a police list item "凡是…的" as a warning, not a scammer\'s "凡是…的孩子，…转给我"', () => {
    expect(check('(2)凡是叫你汇款到“安全账户”的；(3)凡是自称领导要求汇款的。').verdict).toBe('none-found')
  })
})

describe("what a reviewer found: scammers' own words never switch the check off", () => {
  it.each([
    '妈，我在学校把人撞伤了，人家要我先赔三万，不然要报警抓我，你别跟我爸说，先把钱转到这个卡上，急！',
    '您好，我是国家反诈中心的民警，您的银行账户涉嫌洗钱，请立即将资金转入安全账户进行核查。',
    '妈，我出事了，急需用钱，快转5000到这个卡上，别报警。',
    '【ETC服务】您的ETC已于今日停用，请登录 etc-abc.cn 重新认证，逾期将无法通行，谨防诈骗。',
    '小刘，我是王局长，这是我的新微信号，你先帮我转8万到他的账户，下午我回来就还你。'
  ])('%s → 高风险', (text) => {
    expect(check(text).verdict).toBe('high-risk')
  })

  it('reads an amount in 万 as money, and hides no word behind zero-width spaces', () => {
    expect(signalsOf('你先帮我转8万')).toContain('want-money')
    expect(check('公\u200b安\u200b局，你涉\u200b嫌洗钱，把钱转到安\u200b全账户').verdict).toBe('high-risk')
  })

  it('reads a made-up kidnapping and Cantonese money words; not a word inside another or a story told', () => {
    expect(check('你女儿在我手上，你马上准备80万元，不给就撕票').verdict).toBe('high-risk')
    expect(signalsOf('我输了钱，请赶快存钱入户口')).toContain('want-money')
    expect(signalsOf('趁我后天被打击之前')).not.toContain('pressure-emergency')
    expect(signalsOf('不出意外的话下周六开会')).not.toContain('pressure-emergency')
    expect(signalsOf('领导在公司的电脑上安装了监控软件')).not.toContain('want-install')
    expect(signalsOf('老师说带我们去售票点买')).not.toContain('pressure-sure-profit')
    expect(signalsOf('群里老师推荐的那只票涨了')).toContain('pressure-sure-profit')
  })

  it.each([
    '警方提醒：您的银行卡已被冻结，请在24小时内联系王警官 13912345678 解冻',
    '我是公安局的民警，你的身份证涉嫌洗钱，现在要对你进行资金审查，这件事不要告诉任何人，以免上当受骗',
    '宝宝，这个平台我做了两年了，从未亏过，你先充一万试试，我带你赚',
    '社区民警：近期诈骗高发，请大家提高警惕。\n社区民警：凡是自称公检法要求转账的都是诈骗。\n张三：在吗？我是你们王局，我有个朋友急需用钱，你先帮我转5万过去，别声张'
  ])("a warning's words do not hide the scam that borrows them: %s", (text) => {
    expect(check(text).verdict).toBe('high-risk')
  })

  it.each([
    '警方提醒：你好，我是金融客服，您开通了百万保障服务，今天不关闭每月扣费800元，请下载会议APP共享屏幕。',
    '警方提醒：你儿子现在在我手上，准备50万现金，不准报警，否则你就等着收尸吧。',
    '警方提醒：兼职刷单，日结300-500，在家用手机就能做，有意者加扣扣 88776655 详聊',
    '提高警惕！本店从未收取任何押金。亲，您购买的商品质量不合格，给您全额退款并赔偿三倍，请打开支付宝备用金领取。',
    '李警官：警方提醒：你名下的银行卡涉嫌洗钱，需要配合调查\n李警官：以免上当受骗，你把钱转到国家安全账户\n我：那我要去派出所吗\n李警官：不用，这个案子保密，不要告诉任何人'
  ])("a scam wrapped in a warning's words is still 高风险: %s", (text) => {
    expect(check(text).verdict).toBe('high-risk')
  })

  it.each([
    '【某银行】温馨提示：不法分子常以“您的信用卡被盗刷，请拨打400-xxx-xxxx”“账户需要升级，请点击链接”等话术实施诈骗。客服电话仅为95599，请勿拨打短信中的其他号码。',
    '各位家长好：近期有骗子冒充班主任在家长群里收取资料费、书本费，要求扫码转账。学校从未通过微信群收取任何费用，请家长们提高警惕。',
    '凡是让您打开备用金、共享屏幕的都是诈骗，请勿相信。',
    '警方提醒：请下载安装国家反诈中心APP，开启来电预警功能。'
  ])('a warning that quotes or defines what scammers say stays 未发现: %s', (text) => {
    expect(check(text).verdict).toBe('none-found')
  })

  it("a bank card notice with a landline or mobile to call is 高风险; with 95588 or a card centre's 400 line it is not", () => {
    for (const text of [
      '【某银行】您尾号8821的信用卡于11月29日在XX商城消费12,800.00元，如非本人操作请致电 021-61234567。',
      '【某银行】您尾号3345的账户11月29日支出人民币5,999.00元，如有疑问请联系13688889999。',
      '【某银行】您的金卡将从本月起每月扣除会员费99元，如不需要请拨打 010-58123456 取消。'
    ])
      expect(check(text).verdict).toBe('high-risk')
    expect(check('【某银行】您尾号5678的信用卡消费5,800.00元。如有疑问请致电95588').verdict).toBe(
      'none-found'
    )
    expect(check('【某银行】您的信用卡本期账单5,000.00元，如有疑问请致电400-820-5555').verdict).toBe(
      'none-found'
    )
    // A courier gives its own staff's mobile: not 高风险.
    expect(
      check('【某快递】您的快件因地址不详无法派送，请联系派送员王师傅13566778899确认地址。').verdict
    ).not.toBe('high-risk')
  })

  it("does not read a named fee in family talk, or a post office's 11183, as a request for money", () => {
    expect(check('妈，爸的手术费一共三万二，医保能报一半，剩下的我和姐姐出，你别操心。').verdict).not.toBe(
      'high-risk'
    )
    expect(signalsOf('【邮政EMS】您的包裹已签收。如有疑问请拨打11183。')).not.toContain('want-money')
    expect(signalsOf('出车祸了，手术费还差两万')).toContain('want-money')
  })

  it('starts a cut quote with words and ends no quote on a comma', () => {
    const text =
      '【XX物业】尊敬的业主：您2026年度物业费2,880元尚未缴纳，请于12月31日前到物业服务中心或通过XX生活APP缴纳。'
    for (const q of check(text).hits.flatMap((h) => h.quotes)) {
      expect(q).not.toMatch(/^…[：:】，,、]/)
      expect(q).not.toMatch(/[，,、：:]…?$/)
    }
  })

  it('reads a pasted chat line by line and quotes each line on its own', () => {
    const r = check('你好\n妈\n我出车祸了\n急需两万\n快转给我\n别告诉爸')
    expect(r.verdict).toBe('high-risk')
    expect(r.hits.find((h) => h.signal.id === 'want-secrecy')?.quotes).toEqual(['别告诉爸'])
  })

  it.each([
    '您的医保账户余额3860.5元即将清零，请于本周内提取至银行卡，详情咨询 400-018-6677',
    '我们是电商平台招募体验员，在家用手机就能做，做一单返一单佣金，加导师领取任务',
    '恭喜您获得周年庆免单资格，添加专属客服即可领取，名额有限先到先得',
    '【中国移动】尊敬的用户，您的话费积分即将过期，回复1领取50元话费',
    '我是快递员，您的包裹在运输中丢失了，给您180元理赔，请扫一下这个二维码填写理赔信息',
    '扣扣号 123456，加一下，带你投资稳赚不赔'
  ])('%s → flagged', (text) => {
    expect(check(text).verdict).not.toBe('none-found')
  })

  it.each([
    '你儿子被我们绑了，拿30万来赎人，敢报警就别想见到他',
    '你女儿在我们手里，想让她平安回去就准备好50万，不准报警，否则后果自负',
    '您的ETC设备已暂停服务，请及时前往 etc-xz.top 恢复'
  ])('%s → 高风险', (text) => {
    expect(check(text).verdict).toBe('high-risk')
  })

  it.each([
    '【交管12123】您的车辆粤B12345于11月20日有一条违法记录未处理，请通过交管12123APP处理。',
    '【XX法院】您的案件(2025)晋01民初123号定于12月5日9时开庭，请准时到庭。详情登录 https://zxfw.court.gov.cn 查询。',
    '【南方航空】尊敬的旅客，您预订的12月3日CZ3101航班因天气原因取消，如需改签退票请联系95539。',
    '社区通知：近期有人冒充社保局发短信，称社保卡异常需要登录网站认证，这是诈骗！大家不要点链接，不要转账。',
    '转账过期退款到账通知\n退款金额￥0.01\n退款原因微信支付未在24小时内接收你的转账\n备注退款资金已到账'
  ])('a genuine notice that sends you only to its own app, site or short number: %s → 未发现', (text) => {
    expect(check(text).verdict).toBe('none-found')
  })

  it('reads a fee that comes before the money, also across a comma: 垫付…解除风控后，才能重新提现', () => {
    expect(check('账户被风控冻结，需要垫付4万元解除风控后，才能重新提现').verdict).toBe('high-risk')
    expect(check('您的征信有不良记录，需要在今天之内存入2万元流水才能修复').verdict).toBe('high-risk')
    expect(check('【某银行】您尾号1234的账户11月29日存入1,000.00元，余额5,000.00元。').verdict).toBe(
      'none-found'
    )
    expect(check('支付成功后，才能到账哦').verdict).toBe('none-found')
  })

  it('reads an address written with 。 or · for its dots, and homophones of WeChat and QQ, as scammers write them', () => {
    expect(signalsOf('请登录 ybj-cn。com 重新认证')).toContain('channel-domain')
    expect(signalsOf('请访问 www。abc-etc。cn 处理')).toContain('channel-domain')
    expect(signalsOf('计划导师【网:36HF·CC】')).toContain('channel-domain')
    expect(signalsOf('张三·李四')).not.toContain('channel-domain')
    expect(check('【医保局】您的医保卡已停用，请登录 ybj-cn。com 重新认证，逾期作废').verdict).toBe(
      'high-risk'
    )
    expect(signalsOf('付款500。Hi，收到了吗')).not.toContain('channel-domain')
    for (const contact of ['加扣扣123456', '加薇信abc123', '加V信abc123'])
      expect(signalsOf(`兼职刷单日结，${contact}`)).toContain('want-move')
  })

  it('reads a host with a path as an address whatever its ending, also where a page masked it (j5t.xx/xxxxx)', () => {
    expect(check('【医疗保险】您的账户疾病医疗保险尚未激活，戳j5t.xx/xxxxx确认，逾期作废').verdict).toBe(
      'high-risk'
    )
    expect(signalsOf('今日开市前公布标的，点👇 url.epoch.tw/JknmL')).toContain('channel-domain')
    expect(signalsOf('【12306】某某改签成功，详情点击s.12306.cn/s/l/PpXQoj')).not.toContain('channel-domain')
    expect(signalsOf('文件在 D盘/资料/2024 里')).not.toContain('channel-domain')
  })

  it.each([
    '【菜鸟驿站】您的包裹已到站，请于今日20:00前凭取件码8-2-1103领取，如有疑问请联系13812345678。',
    '【国家电网】您户号余额不足10元，为避免停电，请及时通过网上国网APP缴费。',
    '【中国联通】您的话费余额不足5元，请及时充值，详询请拨打10010。',
    '四是如发现被骗，请及时到附近派出所或者拨打110电话报警。'
  ])('leaves a genuine notice that sends you to its own channel alone: %s', (text) => {
    expect(check(text).verdict).toBe('none-found')
  })

  it('takes a ticked 对方要我转账 as a reason to check first, and 新号 + 转账 as 高风险', () => {
    expect(check('', ['asked-transfer']).verdict).toBe('suspicious')
    expect(check('', ['asked-transfer']).because.map((c) => c.id)).toContain('ticked-transfer')
    expect(check('', ['asked-transfer', 'claims-acquaintance']).verdict).toBe('high-risk')
  })

  // Round 42's new-user trial: 自称公检法, a threat, a new number or a gain ticked alone gave 未发现明显风险, while
  // 通话中速查 says hang up for each; 退款中奖 with 转账 ticked gave only 可疑.
  it.each([
    ['claims-officials', 'ticked-officials', '公检法不会通过电话做笔录办案'],
    ['threatened', 'ticked-threat', '先挂断'],
    ['claims-acquaintance', 'ticked-new-number', '原来的号码'],
    ['promised-gain', 'ticked-gain', '官方渠道']
  ])('takes a ticked %s alone as 可疑, with its own reason', (situation, rule, words) => {
    const result = check('', [situation])
    expect(result.verdict).toBe('suspicious')
    const reason = result.because.find((c) => c.id === rule)
    expect(reason?.reason).toContain(words)
  })

  it('takes any two ticked situations as 高风险, also those no text rule pairs', () => {
    const ids = riskSignalData.situations.map((s) => s.id)
    for (const a of ids)
      for (const b of ids) {
        if (a === b) continue
        expect([a, b, check('', [a, b]).verdict]).toEqual([a, b, 'high-risk'])
      }
    expect(check('', ['promised-gain', 'asked-transfer']).because.map((c) => c.id)).toContain(
      'ticked-several'
    )
  })

  it('quotes whole numbers and whole emoji', () => {
    const money = check('【某银行】您向张三转账5,000.00元，请核对').hits.find(
      (h) => h.signal.id === 'want-money'
    )
    expect(money?.quotes.some((q) => q.includes('5,000.00'))).toBe(true)
    const text = '好的😀转账5000到这张卡'
    for (const hit of check(text).hits) {
      for (const q of hit.quotes) expect(q).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/)
    }
  })
})

describe('money waiting to be claimed, addresses with any ending, procurement orders, day-paid jobs', () => {
  it('reads "退税金额1860元未领取" as an offer, not as a receipt of money already paid', () => {
    const text = '【个人所得税】您有退税金额1860元未领取，请于三日内登录 grsds-tax.com 申请。'
    expect(signalsOf(text)).toEqual(expect.arrayContaining(['pressure-lure', 'pressure-deadline']))
    expect(check(text).verdict).toBe('high-risk')
    expect(signalsOf('【某某银行】您尾号1234的卡入账收入1860元，余额5000元。')).not.toContain('pressure-lure')
  })

  it.each([
    ['请登陆wap.ccbnik.con申请，逾期失效', '请登陆wap.ccbnik.con申请'],
    ['请访问 jf-dh.vipp 兑换', '请访问 jf-dh.vipp 兑换']
  ])('hears a web address with an unusual ending as one: %s', (text, quote) => {
    const hit = check(text).hits.find((h) => h.signal.id === 'channel-domain')
    expect(hit?.quotes).toContain(quote)
  })

  it('does not count the official address a genuine notice sends you to', () => {
    expect(check('【工商银行】您的电子银行口令卡即将过期，请登录www.icbc.com.cn或到网点办理。').verdict).toBe(
      'none-found'
    )
  })

  it('hears a unit ordering in bulk and settling "together" as a trade: the fake-procurement opener', () => {
    const text = '老板，我们是某部队后勤处的，想在你店里订200份盒饭，另外帮我们联系卖睡袋的，钱一起结。'
    expect(firedOf(text)).toContain('authority-trade')
  })

  it('hears "日结" and "只需手机操作" as the easy-pay lure of a job that moves you to QQ', () => {
    expect(checkRules('诚聘网络兼职，日结200-500元，只需手机操作，加QQ 8888888').verdict).toBe('high-risk')
  })

  it('hears "要我赔偿7万元" as a demand for money, not the promise of a payout', () => {
    const text = '帮帮我！在学校跟人打架了，要我赔偿7万元。别告诉爸妈，怕他们责备我。'
    expect(signalsOf(text)).toContain('want-money')
    expect(signalsOf(text)).not.toContain('pressure-lure')
    expect(check(text).verdict).toBe('high-risk')
  })

  it('reads a boss who cannot talk and wants money sent on to a client as the fake-leader script', () => {
    expect(checkRules('我在开会，不方便接电话，你先帮我转5万给客户，回头还你').verdict).toBe('high-risk')
  })

  it.each([
    ['你好啊，我们能交个朋友嘛', 'want-money'],
    ['今天老师讲的笔记你有不？借我用用！', 'want-money'],
    ['明天逛街不？你不要告诉我你没空！', 'want-secrecy'],
    ['不要告诉我在看小说呀', 'want-secrecy']
  ])('does not hear everyday chat as a request: %s', (text, id) => {
    expect(signalsOf(text)).not.toContain(id)
  })

  it.each([
    '【某某电力】您户电费优惠活动，充值500得600，仅限今日，联系客服微信 dw888',
    '【某某邮政】您有一个包裹因超重需补交运费12元，请在24小时内完成支付，否则将退回 yz-pay.cc',
    '您好，您的信用卡额度已被降低，如需恢复请联系信用卡中心 0755-23456789'
  ])('flags a top-up bonus sent to a WeChat, a fee due by a link, a lowered credit limit: %s', (text) => {
    expect(check(text).verdict).not.toBe('none-found')
  })

  it.each([
    '【中国移动】充100送50，活动仅限今日，详情登录中国移动APP。退订回T',
    '【中国联通】预存话费送手机，充值返现，详询10010。退订回T'
  ])("leaves a carrier's own registered top-up ad alone: %s", (text) => {
    expect(check(text).verdict).toBe('none-found')
  })

  it("reads a relative's emergency with money as 高风险, rushed or not", () => {
    expect(check('妈，我出车祸了在医院，急需手术费两万，快往这张卡打').verdict).toBe('high-risk')
    expect(check('老同学找我借钱，说他妈住院了，语音不方便，让我转到他表弟的卡上').verdict).toBe('high-risk')
  })

  it.each([
    '您在我们店铺买的面膜被检测出含有超标成分，我们需要给您办理全额退款',
    '您的账户目前处于冻结状态，需缴纳保证金才能解除冻结',
    '此事涉及机密，不得向任何人透露，包括家人',
    '您的快递被查出夹带违禁药品，快递公司已报警',
    '平台检测到您的账户存在异常流水，已冻结，需要验证资金才能解冻',
    '我是京东客服，你收到的验证码不要告诉别人，直接告诉我'
  ])('hears near-synonyms of tricks it knows: %s', (text) => {
    expect(check(text).verdict).not.toBe('none-found')
  })

  it('reads a code SMS that says 不得告知他人 as a warning, and a code asked for with secrecy as 高风险', () => {
    expect(check('【某银行】验证码123456，您正在进行转账，不得告知他人。').verdict).toBe('none-found')
    expect(check('等一下您会收到一条确认短信，请将验证码报给我，不要告诉别人').verdict).toBe('high-risk')
  })

  it.each([
    '【某某银行】您账户6222****1234于11月29日转账汇入5000.00元，余额12000.00元。',
    '老师，班费我转到您账户6228480012345678901了，请查收',
    '钱已经打到你农行卡6228480012345678901上了',
    '妈，你把钱打到我这张卡上就行，就是上次那张'
  ])('leaves money already sent, or a known card, alone: %s', (text) => {
    expect(check(text).verdict).toBe('none-found')
  })

  it('still hears "别告诉我爸" as secrecy', () => {
    expect(signalsOf('妈，我出事了，快往这张卡打3000，别告诉我爸')).toContain('want-secrecy')
  })

  it('reads a decided application as a record: "您的失业补助金申请已审核通过"', () => {
    expect(signalsOf('【某某人社局】您的失业补助金申请已审核通过，本月发放。')).not.toContain('pressure-lure')
  })

  it.each([
    '【顺丰速运】您的快件已到达某某驿站，取件码1234，请于3天内领取。',
    '【某某社保】您的社保卡已制卡完成，请于30日内携带身份证到网点领取。',
    '【支付宝】您有一笔2.35元的红包待领取，打开支付宝APP即可领取。',
    '亲爱的用户，您的快递包裹已为您登记理赔，请在淘宝APP订单页查看进度。'
  ])('leaves a genuine notice with a due date or money to collect alone: %s', (text) => {
    expect(check(text).verdict).toBe('none-found')
  })
})

describe('what the fourth review found', () => {
  it.each([
    '您好我是京东客服，需要核实身份，您手机收到的验证码麻烦念一下，不要转发给别人。',
    '我是快递理赔客服，稍后您会收到一条验证码，请把验证码读一下，切勿告知他人，以免影响您的理赔。',
    '【交通运输部】您的ETC已过期，为避免影响您的正常通行，请及时通过 https://etc-yz.cn 进行验证。',
    '您好，我是支付宝客服，您开通了百万保障，今天是最后免费日，明天开始每月扣费600元，要关闭请按我说的操作',
    '在吗？我是你表哥，我现在外地办事，帮我个忙，你先转两万给我朋友，卡号6222021234567890123，晚上就还你',
    '您的贷款已审批通过，需要先验证还款能力，转5000元到指定账户，验资后马上放款',
    '【财政部】您有一笔2024年度住房补贴待领取，金额3600元，请回复1获取申领方式。'
  ])("a scammer who borrows a code SMS's words or a softer phrase is still 高风险: %s", (text) => {
    expect(check(text).verdict).toBe('high-risk')
  })

  it.each([
    '【中国移动】您的积分将于12月31日清零，请登录10086.cn兑换，或发送JF到10086查询。',
    '邻居家进贼了，已报警，民警来看过了，你回来注意锁门',
    '恭喜您通过面试，入职时间12月1日，月薪8000，薪资属于公司机密，不得向任何人透露。',
    '你们别跟爸妈顶嘴，好好说话',
    '记住，保健品不能治病，有病去医院',
    '社区提醒：有人上门推销所谓能根治高血压的理疗仪，大家不要相信，有疑问可拨打12315投诉。',
    '您好，我是物业，您家水管出现问题漏水到楼下了，请尽快回家处理',
    '本产品经检测不符合国家标准，现已召回，已购买的顾客可凭小票到店退款。',
    '小区超市招收银员，时薪20元，周末班',
    '国庆节日结束后我就回去上班了',
    '【建设银行】您尾号3301的账户于11月29日向张三（卡号6217000012345678901）转账2000.00元，手续费0.00元。',
    '儿子，生活费给你打到农行卡6228480012345678901上了',
    '【邮储银行】您的信用卡因长期未使用额度已被降低，详情请咨询95580。',
    '你快打开电视看新闻',
    '店家你好，我要两件红色的M码',
    '今晚7点请准时参加群里的线上家长会',
    '请打开homework.pdf查看'
  ])('leaves a genuine message alone: %s', (text) => {
    expect(check(text).verdict).toBe('none-found')
  })

  it.each([
    '【交通银行】您尾号1234的信用卡本期账单人民币2345.67元，到期还款日12月5日，将从您的借记卡自动扣款。',
    '【京东】您的京东白条本期应还1234.56元，还款日12月10日，请按时还款，逾期将产生违约金并影响征信。',
    '【腾讯视频】您的会员即将到期，每月将自动扣费30元，可在设置中取消。',
    '【某某学校】家长您好，请于3日内在学校缴费平台缴纳学杂费，逾期影响注册。'
  ])("leaves a registered sender's notice that sends you nowhere alone: %s", (text) => {
    expect(check(text).verdict).toBe('none-found')
  })

  it('still flags a signed notice that gives a number to call, a link or an accusation', () => {
    expect(
      check('您的XX信用卡因逾期还款影响征信，现已冻结，请立即联系客服：008-61XXXXXXX办理解冻【X银行】')
        .verdict
    ).not.toBe('none-found')
    expect(check('【某某银行】您的账户涉嫌洗钱，已被冻结。').verdict).toBe('high-risk')
  })

  it('reads the host after 登录 without the word, so an official address still counts as official', () => {
    const text = '【中国移动】您的积分将于12月31日清零，请登录10086.cn兑换。'
    expect(signalsOf(text)).not.toContain('channel-domain')
  })

  it("hears a seller's 专治 claim with 买三送二 and 名额只剩 as the health-product sale, not 专治各种不服", () => {
    const text =
      '王阿姨，我们公司新到的纳豆胶囊专治高血压糖尿病，吃三个月就能停药！今天下单买三送二，原价3980现在只要1980，名额只剩5个了。'
    expect(check(text).verdict).toBe('high-risk')
    expect(check('专治各种不服').verdict).toBe('none-found')
    expect(check('医生说你可以停药了').verdict).toBe('none-found')
  })

  it('reads a card number written in groups', () => {
    expect(signalsOf('钱转到工商银行 6222 0212 3456 7890 123，户名王芳')).toContain('channel-card-number')
  })
})

describe('what round 9 found: prizes by number, share-to-claim, proxy refunds, debt relief, exam answers', () => {
  it.each([
    ['你的手机号码中了彩票头奖，奖金20万元，请联系13912345678领取', 'high-risk'],
    ['把上面的文字和图片发送到你的朋友圈，截图给我，就可以领取了', 'suspicious'],
    ['新政策支持全额退保，办理成功后收取20%手续费', 'suspicious'],
    ['我们可以帮您停息挂账，需要您提供征信报告', 'suspicious'],
    ['事业单位考试原题包过，加QQ 12345678', 'suspicious'],
    ['有要寄给您的包裹，因您不在家，包裹我们带回公司，请于下列网址进行确认 http://abc.cn', 'high-risk'],
    ['【无法出售，该店被锁】您的店没有接受验证，需要登录网址 abc123.cn 解除限定', 'high-risk']
  ] as const)('flags %s (the word rules alone: at least %s)', expectFlagged)

  it("leaves a courier's own notice of an unsigned parcel alone", () => {
    expect(check('【顺丰速运】您的快递因无人签收已退回网点，请到网点自取').verdict).toBe('none-found')
  })

  it("leaves a court's own notice alone: a 失信 listing or a hearing, with nothing to click, call or pay", () => {
    // A real court does send these; calling them a scam could make a person ignore a real duty.
    const listing =
      '你已被某某区人民法院纳入失信被执行人名单，请尽快履行生效法律文书确定的义务。某某区人民法院'
    expect(check(listing).verdict).toBe('none-found')
    const hearing = '某某，你的案件将于12月5日9时在本院第三法庭开庭，请准时到庭。某某区人民法院'
    expect(check(hearing).verdict).toBe('none-found')
    // The fake court's listing gives a link; the fake officer's call accuses you.
    expect(check('【最高法院】您已被列入失信名单，请点击 abc-court.cn 处理').verdict).not.toBe('none-found')
    expect(check('您好，我是上海市公安局的，您涉及一起非法洗钱案件').verdict).toBe('high-risk')
  })
})

describe('what round 10 found: chain appeals, fake transaction alerts, loan ads, leverage, delivery addresses', () => {
  it.each([
    ['赶快转发！你把此信息转发十户，你的账户上会加49元话费，我刚试，是真的', 'suspicious'],
    ['帮忙扩散，一个三岁小女孩在小区附近被人拐走了，有线索酬金10万，联系人13812345678', 'suspicious'],
    ['若您不认识此交易，请立即取消', 'suspicious'],
    ['专业办理：无抵押贷款，低息，当天放款，王经理：132-7709-7709，请直接打电话', 'suspicious'],
    ['存1万可当100万用，新人充值赠送礼金', 'suspicious'],
    ['速递员正在配送，由于您的地址不正确，派送失败，发货已暂停。请确认您的地址', 'suspicious'],
    ['会员云端发票四等奖通知', 'suspicious'],
    ['紧急通知！微信将于下月收费，转发给20个好友就能免费使用', 'suspicious'],
    ['麻烦大家扩散一下，今天捡到一个钱包，失主请打136 1234 5678', 'suspicious'],
    ['您尾号1234的银行卡正在开通境外支付，若非本人，请联系专员 15812345678 处理', 'suspicious'],
    ['您正在向陌生账户转账5000元，如非本人操作，请点击 zfb-cx.top 关闭交易', 'high-risk'],
    ['您正在向陌生账户转账5000元，如非本人操作，请回电0755-12345678取消交易', 'high-risk'],
    // A 400 line alone: card centres give one too, so 可疑, not 高风险.
    ['您正在向陌生账户转账5000元，如非本人操作，请回拨客服热线4008123456取消', 'suspicious'],
    ['失物招领：捡到一个黑色钱包，内有身份证，失主请速联系17000001234，谢谢扩散！', 'suspicious'],
    ['您的信用卡已冻结，请立即联系客服：008-61XXXXXXX办理解冻', 'suspicious']
  ] as const)('flags %s (at least %s)', expectFlagged)

  it.each([
    // A class passing a message on gives no number and promises nothing.
    '大家明天上午十点到第二机房选选修课，收到后互相转告。',
    '帮忙转发一下我的说说',
    // A carrier's or a shop's warning that quotes the chain message.
    '尊敬的客户：近期有客户反映收到类似“赶快转发！你把此消息转发十户，你的账户上会加49元话费”的短信，此为谣言，请勿相信。',
    '近日LINE中流传一则诈骗讯息，声称只要将该讯息转发至10位好友，即可获得千元礼券等不实资讯。',
    '【某某派出所】温馨提示：近期有“捡到准考证请帮忙转发”的消息，留的电话是高价回拨电话，请勿拨打、勿转发。',
    // Genuine code SMS and carrier confirmations: ignore it, change the password, call the official number, reply.
    '【饿了么】您的验证码是917440，在5分钟内有效。如非本人操作请忽略本短信。',
    '【腾讯科技】你正在修改密保手机，验证码123456。若非本人操作，请修改密码。',
    '【工商银行】您尾号1234的卡消费500元，如非本人操作请致电95588',
    '【中国移动】您已订购视频会员15元/月，如非本人操作，请回复0取消',
    // A friend who wants to send you something.
    '您好，麻烦确认一下收货地址，我明天给您寄过去',
    // The sender's own app or official number to cancel or fill in; an order number is not a phone number.
    '【京东】您的订单JD0123456789已发货，如非本人下单，请在京东App中申请取消订单。',
    '您尾号2233的信用卡申请了分期，如非本人操作，请致电95533取消。',
    '您尾号2233的信用卡开通了分期，如非本人操作，请致电建设银行客服热线95533撤销。',
    '【京东】您已开通京东白条，如非本人开通，请联系京东客服950618取消。',
    // Found things to collect in person are not a call-back appeal.
    '物业通知：小区内拾到电动车钥匙一把，请失主到物业服务中心认领，电话0571-88881234，请大家帮忙转发。',
    // A bank's own reminders: bring your ID to a branch; never give your card number or password to anyone.
    '【某某银行】您的借记卡即将到期，请于月底前携带身份证到网点换卡。',
    '【某某银行】温馨提示：请勿向任何人提供银行卡号、密码和验证码，谨防诈骗。',
    '【顺丰速运】您的快件因收件地址不完整无法派送，请在顺丰官方App或小程序补充地址。',
    // A neighbourhood notice to pass on, with a free check-up: no reward for forwarding, nothing lost or found.
    '王姐，帮忙转发一下我们社区的义诊通知，周六上午在社区卫生服务站，免费量血压'
  ])('leaves %s alone', (text) => {
    expect(check(text).verdict).toBe('none-found')
  })

  it('hears no chain appeal in 要求转账 or in a school passing on its 招生简章 with its number', () => {
    expect(signalsOf('房东要求转账交房租，打他电话13912345678')).not.toContain('want-forward')
    expect(firedOf('老师在群里说，请大家帮忙转发学校的招生简章，咨询电话0351-1234567')).not.toContain(
      'chain-forward'
    )
  })
})

describe('what round 12 found: cards lent for 走账, extortion, code SMS, tasks before a refund', () => {
  it.each([
    // 断卡 (反电信网络诈骗法 第三十一条): renting out a card or an account, with what is offered for it.
    ['只是借你的银行卡帮忙走个账，什么都不用干，每个月轻松赚几千。', 'high-risk'],
    ['高价收购银行卡、电话卡，一套800元，有意私聊', 'high-risk'],
    ['兄弟，你的卡借我用两天，过点钱，给你5个点的好处费', 'high-risk'],
    ['U盾和卡一起给我，一天给你500', 'high-risk'],
    // 刷单: one more task before the money comes back.
    ['根据一单两笔的规定，必须要再做一笔才能够开始返款', 'high-risk'],
    ['你需要再完成3单任务才能提现', 'high-risk'],
    ['还差一单，再下单5000元就能全部返还', 'high-risk'],
    // A subsidy that asks for your name and number.
    ['国家给予参保人员一份4800元的社会保险补贴，请提供您的姓名和手机号查询一下', 'high-risk'],
    // Extortion: harm to your safety or your name, with money in the same sentence.
    ['想消除影响？签个45万的合作协议，不然每天发一篇负面稿。', 'high-risk'],
    ['三天内准备好10万，不然让你全家不得安宁', 'high-risk'],
    ['你的裸照在我手上，拿5万块钱，要不然发到你单位群', 'high-risk'],
    ['付0.5个比特币，否则公开你的浏览记录', 'high-risk'],
    // 冒充领导: the balance first, then the payment.
    ['最近公司收支状况怎么样？账户上还有多少可用资金？', 'suspicious'],
    ['财务在吗？公司现在账上能动的钱有多少？', 'suspicious'],
    ['现在有笔款468.3万元需要支付，你安排一下，客户信息我稍后发给你。', 'suspicious'],
    // Bills paid for you at a discount; a trade taken off the platform.
    ['朋友圈回馈！在线代缴电费9折优惠', 'high-risk'],
    ['国网电费有内部渠道，帮你交电费打八五折', 'high-risk'],
    ['闲鱼改价麻烦，直接发链接付款更优惠', 'suspicious'],
    // A code SMS that also asks for the code, or has you cancel a loan: not the service's own words.
    ['您的验证码为612382，请于5分钟内输入，然后把验证码发给客服核对', 'high-risk'],
    ['【京东金融】验证码7294，您正在注销校园贷账户，请填写收到的验证码并按客服指引操作', 'high-risk']
  ])('flags "%s" as %s at least (a scam-like wording may raise it)', (text, verdict) => {
    const atLeast = verdict === 'high-risk' ? /^high-risk$/ : /^(suspicious|high-risk)$/
    expect(check(text).verdict).toMatch(atLeast)
  })

  it.each([
    // Reminders and news about renting out cards offer nothing for it; a shop takes cards, a family moves money.
    '反诈中心提醒：出租出借银行卡是违法行为',
    '警方提醒：切勿出租、出借、出售银行卡和电话卡，不要帮他人走账。',
    '各位家长：近期有不法分子诱导学生出租出借银行卡，请提醒孩子。',
    '【建设银行】根据《反电信网络诈骗法》，出租、出借、出售银行卡将被依法惩戒。',
    '本店只收现金，不收银行卡',
    '老婆，用你的支付宝给我妈转一个月生活费，1500',
    '报销的钱先从你卡上走个账，下周财务打给你',
    '我手机跑分赚了个寂寞，才六十万',
    // A job's own rule, not a task before a refund.
    '完成实名认证才能提现',
    '这个月再完成两单才能结算佣金，老板说的',
    // Balances and payments among family, a landlord, a class group.
    '儿子，你饭卡账户上还有多少钱？',
    '我股票账户可用资金还有两万',
    '把你的公积金余额截图发我',
    '你准备一下首付款，下周签合同',
    '各位家长，孩子完成打卡后截图发群里',
    // A code SMS, masked as a page shows it, with 亲爱的用户: the service's own words.
    '【利真】亲爱的用户，您的验证码为6***82，请于3分钟内正确输入验证码，如非本人操作，请忽略此短信或修改密码。',
    '【某某】您的验证码为612382，5分钟内有效，请在页面输入。',
    // Threats that are no extortion: a friend's joke, a parent, a shop asking for a review, a bill.
    '明天再不还我那200块，不然打断你的腿😂',
    '作业不写完，不然收拾你！这个月零花钱扣50块',
    '亲，给您返现5元，麻烦修改一下评价，不然对小店负面影响太大了',
    '不然收拾你，千万别迟到',
    // An app's own discount on a bill it pays, a son who paid the bill himself.
    '云闪付代缴电费满50返5元',
    '妈，我用支付宝帮你代缴电费便宜了5块',
    // A sale in person, a courier who asks a name.
    '同城的话当面交易，直接微信付款就行',
    // An employer who gives its own e-mail address.
    '欢迎您加入本公司！企业邮箱地址:https://exmail.qq.com，初始密码请向人事领取。'
  ])('leaves "%s" alone', (text) => {
    expect(check(text).verdict).toBe('none-found')
  })

  it('still counts a code asked for in the same paste', () => {
    expect(check('您的验证码为612382，请把验证码发给我核对一下').verdict).not.toBe('none-found')
  })
})

describe('what round 11 found: points about to expire, subsidies to claim fast, notices with a number to ask', () => {
  it.each([
    ['【中国移动】尊敬的客户，您有8620积分将于今晚24点清零，请登录 10086jf.vip 兑换礼品。', 'suspicious'],
    ['尊敬的用户，您累计131580分即将过期……', 'suspicious'],
    ['提醒您门号尚有18564点将于今日到期，请尽快兑换奖品，逾期作废', 'suspicious'],
    ['【人社局】您有一笔2024年度社保补贴待领取，请扫码申领，逾期视为自动放弃。', 'suspicious'],
    // A recorded call's "请按9" gives no number of its own: still a contact elsewhere.
    ['你好，这里是中国领事馆，你有一封快件要领取，查询请拨0。', 'suspicious'],
    ['请提供您的身份证号和银行卡号，我们核实后为您办理退款', 'suspicious'],
    // The opener of 冒充熟人/领导: a greeting, then "I need you for something".
    ['在吗？找你有点事！', 'suspicious'],
    // A busy "boss" who wants something: 在开会 is the reason he cannot be called back.
    ['小张，我是王局长，我在开会，不方便接电话，你加我一下微信', 'high-risk'],
    ['在开会，不方便接电话，有件事需要你办一下', 'suspicious'],
    // Sent as two chat bubbles, or in Cantonese; a kidnapper who says 控制, 喺我哋手度, or a 配合 with words between.
    ['张总好\n在吗\n找你有点事', 'suspicious'],
    ['在吗？有点事找你帮忙', 'suspicious'],
    ['你儿子被我们控制了，准备50万', 'high-risk'],
    ['你個仔而家喺我哋手度，準備好30萬現金，唔好報警', 'high-risk'],
    ['您名下的银行卡涉嫌洗钱，请您配合我们调查', 'high-risk'],
    // A recorded call sends you to a counter but gives no number of its own: its "按9" still counts.
    ['你的医保卡出现故障，请于今天下午5点前到营业厅办理，如果有疑问请按9进入人工服务。', 'suspicious'],
    // From the fresh sample of round 11: a son "扣押" with his life at stake, a "110" worker who wants money
    // brought, a frozen card with a number to call back.
    ['你兒子犯了嚴重錯誤，已經被我們扣押，要想他活命就拿3萬元來！', 'high-risk'],
    ['我是哈尔滨‘110’的工作人员，你儿子在这儿出车祸了，快来送钱吧！', 'high-risk'],
    ['您的信用卡被冻结，回复电话可以激活。', 'suspicious'],
    // A fee before the job or the money (入职前需缴纳, 激活后才能提现, 平台收保证金), in a signed text too.
    ['招聘兼职打字员，入职要交会员费', 'high-risk'],
    [
      '【高薪招聘】XX航空公司招空乘，月薪15000，包吃包住，入职前需缴纳培训费和服装费3800元，名额有限。',
      'high-risk'
    ],
    [
      '【社保中心】您的社保补贴3500元已到账，需激活后才能提现，激活需缴纳50元手续费，请点击 sbzx.top 激活。',
      'high-risk'
    ],
    ['我卖你的游戏账号，你先在我们指定的交易平台注册，平台会收500元保证金，交易完成后退回。', 'high-risk'],
    // A signed 班级通知 that sends the money to a teacher's own WeChat; a 征信中心 that repairs credit for a fee.
    [
      '【班级通知】各位家长，本学期教辅资料费共计360元，请家长于今天18:00前转账至班主任个人微信。',
      'suspicious'
    ],
    [
      '【征信中心】您的个人征信存在逾期记录，我们可以帮您修复征信，保证消除不良记录，费用3000元。',
      'suspicious'
    ],
    // Health products that "cure"; sure returns in a fund's name with a group to join.
    ['阿姨，我们这个磁疗床垫是国家专利产品，睡一个月高血压糖尿病都能好，今天活动价9800。', 'high-risk'],
    ['阿姨您好，我们的富硒水晶杯喝水能治糖尿病，现在搞活动，两个只要1980。', 'suspicious'],
    ['【天天基金】恭喜您获得内部VIP名额，加入私募投资群，保本年化收益30%，名额有限，仅剩3个。', 'high-risk'],
    // A buyer who names the supplier and has the shop order for him; a recruiter who wants your e-mail.
    ['你好，我是XX连队的司务长，军用被子你们没有的话我给你个厂家，你先帮我们订。', 'suspicious'],
    ['您好，看到您投的简历，我们公司在招线上文员，日结200-500，方便留一下您的邮箱吗？', 'suspicious'],
    // From the third reviewer: a refund line on a 400 number, a friend who is 不方便 and sends a card number,
    // a "nurse" who is 差3万, a stranger who 加错人了 and can 带你投资, a 心脏病都不会得 cure.
    [
      '【拼多多】您的订单支付失败，金额已冻结，请在2小时内联系退款客服 400-8866-2356 办理退款，逾期资金将无法返还',
      'high-risk'
    ],
    ['在吗 帮我个忙 我现在不方便 你先帮我转 3000给一个朋友 晚点还你 卡号我发你', 'high-risk'],
    ['我在网上认识了一个护士，她说她妈妈生病住院需要做手术，差3万', 'suspicious'],
    ['Hi 我是Amy，在新加坡做金融，刚刚加错人了，我平时也做些投资，有机会可以带你赚钱', 'suspicious'],
    [
      '大爷大妈们，这个深海鱼油吃了以后心脏病脑梗都不会得，今天厂家直销一盒只要680，买五盒送一台按摩仪。',
      'high-risk'
    ],
    ['【信用卡中心】尊敬的客户，您的信用卡已符合提额条件，可提升至8万元，请回复卡号及有效期。', 'suspicious'],
    // What reaches elders (a fifth reviewer's probe): a fee before the payout, a fixed monthly return, 以房养老,
    // a cure that stops your medicine, speech typed without commas, Cantonese.
    [
      '【征地拆迁办】尊敬的住户，贵户拆迁补偿款已核定为86.4万元，需先缴纳补偿款个人所得税1.2万元方可拨付。',
      'high-risk'
    ],
    ['本社养老项目二期开放认购，每份1万元，月息1.5分，年底分红', 'suspicious'],
    // A fake court that names its own account beside its denial of others'.
    [
      '【XX县人民法院】你方民间借贷纠纷一案已进入执行程序，逾期不履行将纳入失信被执行人名单。执行款请转账至执行专员个人账户，不接受向其他账户转账。',
      'high-risk'
    ],
    // Round 61's blind set of city retirees: strangers at the door who need a card's password to "activate" a subsidy,
    // told by the elder to her son; a flyer's free eggs for a health lecture that cures without pills.
    [
      '儿子，上午社区来了两个人，说政府给老人发补贴，还要复印我的存折和银行卡。他们说补贴打进卡里还得知道密码才能激活，下午来的时候当面输一下就行。你爸那张工资卡我也一起给他们了。',
      'high-risk'
    ],
    [
      '“银发安康”健康公益大讲堂\n主办：某某健康管理（连锁）\n★凭本券到场即领★ 土鸡蛋10枚\n讲座主题：心脑血管疏通秘诀｜三高不吃药也能降\n报名热线：0351-6123456 王经理',
      'suspicious'
    ],
    // A job ad's own fee beside its "report it if anyone asks".
    ['如有人要求您先交押金才能入职，请向劳动监察大队举报，本公司只收300元培训费', 'high-risk'],
    // A problem said to be there now (冻结) still sends you to the landline beside the office's own account (round 61).
    [
      '【社保中心】您的社保卡已被冻结，请通过“XX社保”微信公众号重新认证解冻，逾期将注销，咨询电话：010-61234567',
      'high-risk'
    ],
    [
      '叔叔您好，以房养老是国家政策，您把房子抵押给我们公司，每个月给您发一万块养老钱，房子还是您住。',
      'suspicious'
    ],
    [
      '阿姨您好这个金箔纪念钞是限量发行的国家不会再印了现在买一套3980明年我们公司按两倍价格回购今天就剩最后五套了',
      'high-risk'
    ],
    ['这个灵芝孢子粉吃三个疗程就不用吃降压药了，一盒2680，下个月肯定涨价', 'high-risk'],
    ['阿嬷，我係阿仔呀，我喺深圳俾人扣住咗，要三萬蚊先放人，你唔好同阿爸講', 'high-risk'],
    ['喂，係香港警務處嘅，你嘅身份證俾人用咗喺大陸開戶洗黑錢，你唔好收線，唔好同屋企人講', 'high-risk'],
    // Someone who asks the reader to pay first ("需要我先交") is asking, whatever follows the fee.
    [
      '我在婚恋网认识一个男的，说自己是军人，在国外维和，要寄黄金给我，需要我先交关税和保险费2万多',
      'suspicious'
    ],
    // Points written with spaces between the digits.
    ['尊敬的客户 您的积分 8 6 2 0 分 今日清零 🎁 速兑现金 www.yd-jf.cc', 'suspicious']
  ] as const)('flags %s (at least %s)', expectFlagged)

  it.each([
    // A carrier's own reminder sends you to its app; a police warning lists 积分兑换 among the tricks.
    '【中国移动】您有2000积分将于12月31日清零，请登录中国移动APP兑换。',
    '建行正规的提示信息或者通知是不会以类似网银升级、网银失效、积分兑换等话语，向用户手机发送钓鱼链接。',
    // A police station's own notice with a number for questions presses for nothing.
    '【XX派出所】户籍窗口12月7日（周六）正常办公，办理身份证请携带户口本，咨询电话0755-83331234，请居民互相转告。',
    // A masked ID or card number in a ticket or a receipt is shown, not asked for.
    '【12306】您的车票已改签成功，乘车人张三（身份证号3201**********1234），G7012次12月3日08:15开，07车12F。',
    // A carrier's warning that lists 绑架 among the tricks.
    '中国移动提醒您，如收到电话或短信声称如下情况请勿轻信：1.通知您国内涉案 2.虚构您或亲人出现绑架/意外事件等。',
    // A police warning that quotes the script.
    '警方提醒：如有人打电话说您的银行卡涉嫌洗钱，需要配合调查，请直接挂断，这是诈骗。',
    // Someone in a meeting who will call back asks for nothing (the NUS SMS have dozens).
    '我在开会，等一下回你电话。',
    '在开会呢，不方便接电话，开完会我打给你。',
    '最近怎么样啊？方便接电话吗？',
    // Chat about one's own points gives no number of them.
    '超市会员积分年底清零，周末一起去把它用掉吧',
    '老公，信用卡积分月底过期了，记得在掌上生活里换个东西',
    // A school's, an employer's or a village's subsidy, with nowhere to act but its own counter.
    '各位家长：本学期营养餐补助开始发放，请于本周五前到学校财务室签字领取，逾期视为放弃。',
    '妈，村里的种粮补贴开始发放了，过期就不补了，你记得去村委会问问',
    '姐，你单位的取暖补贴开始发放了吗？',
    // A police station's own notices: come to the counter, a number for questions, nothing else asked.
    '【XX派出所】您好，您的身份证已办理完成，请于30日内携带回执到户籍窗口领取，逾期将退回制证中心。咨询电话：0755-26123456',
    '【XX派出所】您好，您11月3日报警的电动车被盗案件已有进展，请本人携带身份证于工作日到所内了解情况，联系人：王警官 13912345678',
    // A warning template that tells you to check with the person; a payment app's notice of money received.
    '凡是“亲友、领导、老师”在QQ、微信等社交软件以各种名义要求您汇款转账的,请先向本人核实情况,谨防关系人身份被盗用诈骗!',
    '收到一笔转账￥0.01 ，你有支付奖励可领取',
    // The 征信中心's own warning; a relative's warning about links; a kindergarten that never collects by WeChat.
    '【中国人民银行征信中心】个人信用报告可通过央行征信中心官网或商业银行网银免费查询，任何机构都不能“修复”“洗白”征信，谨防诈骗。',
    '爸，ETC要是收到短信说失效让点链接，千万别点，那都是骗子。',
    '【XX幼儿园】各位家长：本园从不通过个人微信收取任何费用，保教费请通过“XX缴费”公众号缴纳，如有疑问请致电园办。',
    // A buyer who pays the deposit himself or pays on delivery; a shop that bears the postage.
    '老板，我们公司下周团建，要订30份盒饭，每份20元左右，明天中午能送到开发区A座吗？我先付200定金。',
    '您好，我是XX小学的后勤王老师，学校运动会要订200瓶矿泉水，周五上午送到学校门口，货到付款，开发票哈。',
    '亲，您在本店买的蜂蜜批次有点问题，可以直接在淘宝订单里申请退货退款，运费我们承担，给您添麻烦了。',
    // Reported speech with its verdict: a police template, a family's "是骗子", a refusal.
    '【XX市公安局】冒充"医保局"诈骗预警：骗子来电称"您的医保卡在外地违规套现，即将冻结"，随后转接"警官"要求转账，医保部门不会电话要求转账。',
    '【XX公安】近期网络游戏账号交易诈骗频发：骗子以"高价收购账号"为由，诱导您在虚假平台注册，再以"账户冻结需缴纳解冻金"为由骗钱。',
    '妈你看群里那个说"你孙子在派出所要交保证金"的，是骗子，我刚问过小军了他在上课',
    // A 医保 receipt's 待遇享受期; money the writer pays (先垫着, 运费我出) or an approval form.
    '【XX市医疗保障局】您的2027年度城乡居民医保个人缴费380元已缴纳成功，待遇享受期为2027年1月1日至12月31日。',
    '姐，爸在一院急诊，刚才骑车摔了，医生说要拍片子，可能骨折，我在这边先垫着，你下班直接过来，住院部7楼',
    '那个手机我不要了，我在闲鱼上申请退款了，你同意一下，我寄回来运费我出',
    '张总：我是新来的财务小陈，刚加您微信，这是我工号F0231，以后付款审批单我会在钉钉上发给您签批',
    // A court's own notice that sends you to its platform; a child who asks a parent for the rent.
    '【XX区人民法院】邢某某：您被李某某诉民间借贷纠纷一案已立案，案号(2026)X0102民初5678号，请于收到本短信之日起15日内登录人民法院在线服务平台查收起诉状副本及应诉材料，法院不会向当事人收取任何费用。',
    '妈，我下个月房租要交了，这个月工资还没发，你能先转我2000吗？',
    // An office's own channel to pay or book through, and a landline for questions (round 61).
    '【XX市医疗保障局】2027年度城乡居民医保集中缴费期为9月1日至12月31日，个人缴费400元/人。请通过“XX医保”微信公众号缴纳，逾期未缴的，2027年1月1日起将不能享受医保待遇。咨询电话：0731-84521234。',
    '【XX市人民医院】您预约的11月20日上午心脏彩超检查已确认，请于检查前一天17:00前通过“XX市人民医院”微信公众号缴费，逾期未缴费预约将自动取消。如需改约请致电0731-84526120。',
    // A court's enforcement notice: its own platform to pay, no person's account (本院不接受向任何个人账户转账).
    '【XX县人民法院】张某：你方与刘某民间借贷纠纷一案已进入执行程序。请于收到本通知之日起10日内履行生效判决确定的义务，逾期不履行的，本院将依法采取查封、冻结、纳入失信被执行人名单等强制措施。执行款请通过人民法院在线服务缴纳，本院不接受向任何个人账户转账。',
    // A shopkeeper's story of a fake tax office she saw through: 哪有…的 denies, 还说 reports the caller's deadline.
    '跟你说一下，今天有人打电话说是税务局稽查科的，说我们店去年的发票有问题，要补六千多块税，还说今天不交就移送公安。我一听就不对，哪有打电话让转账补税的。我挂了直接打12366，人家说根本没有这回事。',
    // A child's lesson in the state's face check, a bank's gift for a new account, a fee already paid (round 61).
    '妈，12333里对着手机点点头就认证好了，不要钱',
    '今天在农商行网点开了张卡，刷了个脸，还送了一桶油',
    '我在学信网申请了学历认证，交了认证费95元，显示审核异常要补材料',
    // A bank's signed reminder that names the crime of lending a card and asks nothing (round 61's migrant workers' set).
    '【某银行】温馨提示：出租、出借、出售银行卡和账户属违法行为，可能构成帮助信息网络犯罪活动罪，并将被纳入惩戒名单、限制非柜面业务。请妥善保管本人银行卡，勿向他人提供卡号、密码及验证码。',
    // A tenant who checked a text about the rent with the landlady herself (round 61).
    '昨天收到条短信，说是房东在外地，让我把房租存到他爱人卡上。我觉得不对，直接给王姨打了电话，她说她就在楼下打牌，根本没换卡。',
    // A Taiwan police poster quoting the script (詐騙集團常說：「…」).
    '詐騙集團常說：「您的訂單被誤設為分期付款，每月會重複扣款，請到ATM操作解除。」這是詐騙！ATM只有「提款」跟「轉帳」功能，不能解除分期付款。',
    // A landlord's rent paid as always (还是…不变), beside a note on the water meter (round 61's migrant workers' set).
    '小李，我是302房东老陈，下周二上午物业来换水表，大概九点到十点。房租还是月底转我微信，不变。',
    // A worker's call home in Southwestern Mandarin: 你莫给我打钱 denies the money (round 61).
    '喂 妈 我是老二 这个月工资发了 我下午去银行给你打三千 你拿两千去把娃的学费交了 你莫给我打钱 我这边够用 别人打电话说我出事要钱的你莫信 直接打我这个号',
    // A residents' committee's 高龄津贴 applied for at its window (round 61's retirees' set).
    '居委会通知：今年满80周岁、尚未申领高龄津贴的老人，请本人或家属带身份证、户口本、社保卡，工作日到社区党群服务中心一楼窗口办理，申领不用交任何钱。津贴按季度直接打到老人自己的社保卡上。',
    // A bank's and a carrier's own 温馨提示: 以免卷入违法犯罪 is advice, no accusation (round 61's fresh tester).
    '【中国工商银行】温馨提示：银行卡是您的重要财产，请勿出租、出借、出售银行卡，以免卷入违法犯罪。如有疑问请拨打95588。',
    '【中国移动】温馨提示：请勿将手机卡出租出借他人使用，以免被不法分子用于违法犯罪。',
    // A card centre's 400 line for questions is its own.
    '【招商银行信用卡】您的积分12680分将于12月31日清零，可登录掌上生活App兑换，如有疑问请联系客服400-820-5555',
    // Police reminders that end 一律是诈骗, and a case the reader reported (已立案) or heard about.
    '【公安提醒】中奖先交钱的，一律是诈骗！',
    '【国家反诈中心】自称"客服"要求您下载会议软件、共享屏幕的，一律是诈骗！',
    '【长沙市公安局】您好，您报的盗窃案已立案，案件编号A4301022024061500123，承办民警李警官。',
    '同事说他表弟被刷单骗了3万，派出所已经立案了，大家都注意一点',
    // A parent who writes to the teacher from a new number.
    '刘老师好，我是张小明的妈妈，这是我新换的号码，麻烦您存一下。',
    // Sending a file to someone's e-mail asks for no e-mail address.
    '王经理，您要的稿件已发到您的邮箱，请查阅！',
    // A subsidy already paid in, or a 年审 at the community counter: nothing to click, nobody else to call.
    '各位村民：2026年耕地地力保护补贴开始发放，已打入社保卡，请自行到信用社查询。对补贴面积有异议的，请于11月30日前到村委会反映。',
    '【XX区教育局】2026年秋季学期学前教育资助补助资金开始发放，补助已直接打入家长银行卡，请家长注意查收。',
    '【XX街道】高龄津贴发放通知：80周岁以上老人请于12月20日前携带身份证、户口本到社区服务站办理年审，逾期将暂停发放。咨询电话：0571-86123456',
    // The police's own app, and a bank's 反洗钱 update at its counter.
    '【XX社区】接上级通知，请辖区居民下载国家反诈中心APP并完成注册，有疑问请联系社区网格员张姐：13712345678',
    '【工商银行】尊敬的客户，根据反洗钱相关规定，请您于2026年12月31日前携带本人身份证到我行网点更新身份信息，逾期将限制账户非柜面业务。如有疑问请致电95588。',
    // Masked numbers, written every way receipts write them.
    '您好，您的快递已签收。收件人：李**，身份证号：3201 **** **** 1234，如有疑问请联系快递员13812345678',
    '【支付宝】您已成功绑定银行卡号为6222***********1234的储蓄卡。',
    '【如家酒店】张先生您好，您已办理入住，身份证号：3201021990****1234，房号8208，退房时间中午12点。',
    // A relative who retells the call to warn the family.
    '今日说法讲了个虚拟绑架的案子，骗子说“你儿子在我们手上，马上准备20万”，其实孩子在学校上课。',
    // A pet held "for ransom" in a joke, a friend who feared the worst, a relative's warning.
    '哈哈你的猫在我手上，拿十块钱辣条来赎😂',
    '你一直不回消息，我就以为你被绑架了，准备凑钱赎你了哈哈',
    '妈，有骗子打电话说你女儿在我们手上，要钱的都是诈骗，千万别信。',
    // A friend's greeting that goes on to say what it is about.
    '在吗？找你有点事，周六同学聚会你来不来',
    '在不在？麻烦你个事，明天帮我接下孩子',
    // A friend who wants to ask something: no help asked for.
    '忙吗？想问你个事。',
    '下午有空吗？有点事找你',
    // A friend's joke asks for no money.
    '呵呵，还以为你被绑架了呢',
    // A neighbour's lost cat is no call-back hoax.
    '我家橘猫“豆豆”昨天傍晚在阳光花园小区走失，戴红色项圈，见到的邻居麻烦联系我13512345678，谢谢大家帮忙转发！',
    // Money already paid in is a receipt, not a subsidy to claim.
    '【广东农信】您尾数0666的卡号09月25日12:09补助款收入人民币1000.00元,余额8888.12元。'
  ])('leaves %s alone', (text) => {
    expect(check(text).verdict).toBe('none-found')
  })
})

describe('what round 8 found: stories told after paying, student accounts, huge returns, bank ads', () => {
  it.each([
    '您好，我是淘宝客服，您的账户需要由学生账户更改为成人账户，不然每月扣费',
    '在校期间你注册过花呗吗？国家出了新政策，需要关闭花呗，把学生账号转换为社会人士账号',
    '国家扶贫项目，投入1000元，180天之后就能得到1000万元',
    '[监理服务网]您违反道路交通管理事件，即将过线上处理期限，请于10月1日之前尽快处理 https://bit.ly/abc',
    '有人打电话说我开了百万保障，不关掉的话每个月都要扣钱'
  ])('flags a script whose words a genuine message would not use: %s', (text) => {
    expect(check(text).verdict).not.toBe('none-found')
  })

  it('reads through emoji and dashes put between characters to dodge filters, and keeps the * of a mask', () => {
    expect(prepareText('加❤️微💗信，稳-赚～不·赔').text).toBe('加微信,稳赚不赔')
    expect(check('赚—钱良机，加❤微❤信领取').verdict).not.toBe('none-found')
    expect(prepareText('请进******申换').text).toBe('请进******申换')
    // Between a character and a digit or a letter a dash is a dash.
    expect(prepareText('3-5万，北京—上海').text).toBe('3-5万,北京上海')
  })

  it.each([
    '【某市公安提醒】近期针对老年人的保健品诈骗案件频发，请家人多提醒老人',
    '数字人民币不存在交易套现空间，请谨慎辨别获利、返现等信息，通过官方渠道下载应用，防止信息泄露。',
    '【某银行】尊敬的客户，您已获得最高10万元信用额度，手续简单，咨询办理回复Y，退订回N',
    '【某银行】您的记录良好，点击 http://t.cn/abc 完善信息即可申请我行白金卡，额度最高8万，退订回T'
  ])('leaves a warning and a registered bank ad alone: %s', (text) => {
    expect(check(text).verdict).toBe('none-found')
  })
})

describe('what round 6 found: quoted replies, fake loans, links lost in a paste, teachers who buy', () => {
  it.each([
    '你好，我是XX贷款公司，提供低利率、快速审批的贷款服务，需要请回复“1”，加我QQ进群领取资料。',
    '账户积分即将清零，点击兑换最高500元现金红包。',
    '我是庆华小学的老师，我们要订一批盒饭和鲍鱼，我给你个微信号，你去那买过来，我等会一起给你结账。',
    '您好，我是抖音客服，您不小心开通了会员，每月自动扣费800元，要取消的话先把花呗里的钱提出来验证。',
    '您的贷款资料填错了，账户已被锁定，需转5000元验证还款能力才能解锁。',
    '出售顶级装备账号，价格比官方低很多，私下交易，先付款后给账号密码。',
    '群主说VIP会员跟单一个月能赚百分之五十，名额有限。',
    '我是你们李主任，有个红包要发给领导，我手头不方便，你先垫两万到这个账户上。',
    '台湾电力股份有限公司：贵户本期电费已逾期，务请限期处理「缴费」，若逾期，将终止供电',
    '[农商银行]尊敬的客户,银行授予你的496000元备用金将于12月31日到期,查询利率回复1,申请回2',
    '你们家儿子九年义务教育国家助学金到教育局了，需要返还给你们。'
  ])('flags a script whose words a genuine message would not use: %s', (text) => {
    expect(check(text).verdict).not.toBe('none-found')
  })

  it('cuts a long clause at a word boundary and marks the cut with …', () => {
    const text =
      '尊敬的用户您好随时随地享受优惠查流量办业务吧下载链接已发送到您的手机或点击以下链接进行下载安装最新版本'
    const quotes = check(text).hits.find((h) => h.signal.id === 'channel-link')?.quotes ?? []
    expect(quotes.length).toBeGreaterThan(0)
    for (const q of quotes) {
      expect(q.startsWith('…') || text.startsWith(q.replace(/…$/, ''))).toBe(true)
      expect(q.endsWith('…') || text.endsWith(q.replace(/^…/, ''))).toBe(true)
      expect(text.includes(q.replace(/^…|…$/g, ''))).toBe(true)
    }
    // The 18-character reach falls inside 下载 and 你好: the quote stops before the word, not inside it.
    expect(quotes).toContain('…随时随地享受优惠查流量办业务吧下载链接已发送到您的手机或点击以下链接进行…')
    expect(check('请点击链接，领取补贴').hits.every((h) => h.quotes.every((q) => !q.includes('…')))).toBe(
      true
    )
  })

  it('does not let scam-like wording make a greeting alone 高风险', () => {
    for (const text of ['你好，还记得我吗？', '小某某，你明天上班后到我办公室来一下！']) {
      expect(check(text).verdict).toBe('suspicious')
    }
  })

  it("hears a robocall's 请按 1 as a number to press", () => {
    expect(signalsOf('这是DHL，您有一个包裹将在明天被退回。欲知详情，请按 1 。')).toContain('want-move')
  })

  // From a fresh review of this round: words that sound like a warning are scammers' words too.
  it.each([
    '名额有限，错过后悔莫及，赶紧加群跟老师操作，收益翻倍',
    '您的银行卡涉嫌洗钱，已有人向公安机关报案，请配合调查并把资金转入安全账户',
    '有人说我们这可能是诈骗，其实我们是正规平台，你先充值1000试试，马上返2000',
    '您遭遇诈骗的损失可以追回，我们是追损中心，先交500元手续费',
    '您的账户存在异常请立即将全部资金转入安全账户6217000012345678901以便核查资金来源核查完毕后会原路退回',
    '您好，我是社保局的，您的养老金补发待领取，需要提供身份证号和银行卡号',
    '我是公安局的，请通过手机银行APP把钱转到安全账户'
  ])("still reads a scam that borrows a warning's or a receipt's words as 高风险: %s", (text) => {
    expect(check(text).verdict).toBe('high-risk')
  })

  it.each([
    '我刚在网上看到注销校园贷的骗局，你们注意点，接到这种电话直接挂',
    '刚开了百万医疗保险，一年才几百块，保障挺好的',
    '我想关闭百万保障，在支付宝里找了半天没找到，你帮我看看',
    '我贷款还清了，明天去银行注销贷款账户，顺便把卡也销了',
    '我把微信聊天清空记录了，手机现在快多了',
    '大家周末一起吃肉啊，我请客，烧烤',
    '世界杯决赛你押注谁赢？我押阿根廷，输了请吃饭',
    '他开出租一天日赚三四百，挺辛苦的',
    '这套茶具是朋友私下交易转给我的，才花了800',
    '爸，你的高龄补贴民政局说下个月直接发放给你，不用去领',
    '我们公司在招外贸跟单员，月薪6000加提成，有意者发简历到hr@abc.com',
    '医保局通知：城乡居民医保2025年度个人缴费已开始，可通过微信税务缴费小程序缴纳'
  ])('leaves people talking about their own accounts, money and hobbies alone: %s', (text) => {
    expect(check(text).verdict).toBe('none-found')
  })

  it('shows an address, a card number and a short clause whole', () => {
    const fake = '您的ETC卡已失效请及时登录etc-gov.com.cn.renzheng.top重新认证，逾期将无法通行'
    const lookalike = check(fake).hits.find((h) => h.signal.id === 'channel-lookalike')?.quotes ?? []
    expect(lookalike.some((q) => q.includes('etc-gov.com.cn.renzheng.top'))).toBe(true)
    const card = '妈，我出事被扣在派出所了，快往这张卡6222021234567890123打3000，别打电话'
    const money = check(card).hits.find((h) => h.signal.id === 'want-money')?.quotes ?? []
    expect(money.some((q) => q.includes('6222021234567890123'))).toBe(true)
    const train = '【12306】您购买的G1234次列车已停运，请登录12306.cn办理退票'
    for (const hit of check(train).hits) for (const q of hit.quotes) expect(q.startsWith('…')).toBe(false)
  })

  it('reads traditional characters with the same words as simplified ones, quoting the original', () => {
    const text = '媽，我出事被扣在派出所了，快往這張卡打3000，別打電話'
    expect(check(text).verdict).toBe('high-risk')
    expect(check('您的帳戶涉嫌洗錢，請立即轉入安全帳戶').verdict).toBe('high-risk')
    expect(
      check(text)
        .hits.flatMap((h) => h.quotes)
        .some((q) => q.includes('這張卡'))
    ).toBe(true)
    expect(prepareText('這張卡').text).toBe('这张卡')
  })

  it("reads an ask to verify or unblock a friend's account as 可疑, and a warning against it as none", () => {
    const asks = [
      '我的賴被鎖，幫我輔助認證一下可以嗎？',
      '在吗，我QQ被冻结了，帮我解封一下QQ号',
      '帮我验证一下微信，就点一下'
    ]
    for (const text of asks) expect([text, check(text).verdict]).toEqual([text, 'suspicious'])
    const warnings = [
      '请勿为陌生人辅助验证微信',
      '微信安全中心提醒：不要随意帮他人辅助解封',
      '好友辅助验证前，先打电话确认是本人'
    ]
    for (const text of warnings) expect([text, check(text).verdict]).toEqual([text, 'none-found'])
  })

  it('reads the older 帐 for accounts as 账 (转帐, 帐户), as fake bank SMS still write it', () => {
    expect(prepareText('转帐到安全帐户').text).toBe('转账到安全账户')
    expect(check('你的帐户涉嫌洗钱，请立即转帐到安全帐户').verdict).toBe('high-risk')
    expect(
      check('尊敬的储蓄卡用户：您于本月8日用卡购买家电6880元，此款将从您帐上扣，如有问题请联系0755-1234567')
        .verdict
    ).toBe('high-risk')
  })

  it("keeps src/data/traditional-chars.json exactly what OpenCC gives for the matcher's words", () => {
    expect(traditionalCharsJson).toEqual(buildTraditionalChars(matcherText(join(__dirname, '../..'))))
    expect(() => simplifiedCodes({ source: '', traditional: '這張', simplified: '这' })).toThrow(/length/)
  })

  it('hears 回复“1” in quotes as "reply 1"', () => {
    expect(signalsOf('如需办理请回复“1”')).toContain('channel-reply')
    expect(signalsOf('如需办理请回复「是」')).toContain('channel-reply')
  })

  it.each([
    '【中通速运】您的包裹已派件，请注意查收！如有疑问及时联系快递员。',
    '【中国移动】您的积分将于12月31日清零，请登录中国移动APP兑换。',
    '刑老板，货款已收到',
    '感谢参与会员日活动，如需了解详情请回复1，否则不作任何处理。',
    '警方提醒：凡是自称客服要帮你注销校园贷、关闭百万保障的，都是诈骗。',
    '我的房贷上个月已经结清了',
    '【某某人社】您的失业补助金已发放到社保卡，请注意查收。',
    '妈，社区说你的高龄补贴还没领取，记得带身份证去社区办。',
    '我在一家外贸公司做跟单，每天对接工厂',
    '帮我家孩子投个票吧，动动手指就行，谢谢啦',
    '足不出户就能在手机银行办理业务',
    '妈，学校要交资料费，我已经用自己的零花钱交了，跟你说一声',
    '付款金额会在15个工作日内退还给您',
    '贪图高息、后悔莫及!市处非办提醒您——提高风险意识,远离非法集资!',
    '高额回报是毒药,血本无归跑不掉!市处非办提醒您——提高风险意识,远离非法集资!',
    '这台电视原价3999，现在只要2999，周末去商场看看？',
    '【某某保险】您的百万医疗险保单已生效，保障期一年。',
    // Money paid and no answer yet, between the two people themselves: not a seller who vanished.
    '钱转给你了，你怎么不回我',
    '我给他打了电话，他不回'
  ])('leaves a genuine message alone: %s', (text) => {
    expect(check(text).verdict).toBe('none-found')
  })
})

describe('categories', () => {
  it('points to the closest brochure category', () => {
    expect(check('这里是市公安局，你涉嫌一起洗钱案件，把钱转到安全账户').category).toBe(
      'impersonating-officials'
    )
    expect(check('您的校园贷账户要注销，否则影响征信，先把额度转到指定账户').category).toBe('fake-credit')
    expect(check('我是你领导，急用钱，先转两万到这个账户，这事要保密').category).toBe('impersonating-leaders')
  })

  it('says 其他手法 (category null) for a kind the brochure does not list, still naming the kind', () => {
    const r = check('【ETC服务】您的ETC已于今日停用，请登录 etc-abc.cn 重新认证，逾期将无法通行')
    expect(r.category).toBeNull()
    expect(r.scheme?.id).toBe('fake-notice-link')
    expect(r.rules).toContain('no-trust')
  })

  it("a fake bank's frozen-card notice gets the tip not to call the number in it, not a shop's refund tip", () => {
    // A new user's trial (round 14): it was shown 假冒客服退款诈骗, whose tip speaks of the shop you bought from.
    const r = check('【中国银行】您的信用卡已被冻结，请拨打0351-1234567联系客服处理。')
    expect(r.verdict).not.toBe('none-found')
    expect(r.scheme?.id).toBe('fake-notice-link')
    expect(r.scheme?.tip).toContain('不打短信里留的电话')
  })

  it('a fake relative gets the brochure category and public guidance of its own, not only the 领导 tip', () => {
    const r = check('妈，我出车祸了在医院，急需手术费两万，快转给我，别告诉爸')
    expect(r.category).toBe('impersonating-leaders')
    expect(r.scheme?.id).toBe('impersonating-family')
    expect(r.scheme?.tip).toContain('打他原来的电话')
    // A fake boss keeps the brochure's tip alone: it speaks of 领导 already.
    expect(check('我是你领导，急用钱，先转两万到这个账户，这事要保密').scheme?.tip).toBeUndefined()
  })

  // Round 44's new-user trial: both were 高风险 but shown 假冒客服退款诈骗, for 会员 and 赔偿 were their only kind words.
  it('names an investment group by its 体验金 and 买入, and a child in trouble as a relative in trouble', () => {
    const group = check('欢迎进VIP会员群，跟着老师指导买入，稳定收益每天2%，新人送500体验金')
    expect(group.verdict).toBe('high-risk')
    expect(group.scheme?.id).toBe('fake-investment')
    const child = check('你家孩子在学校把同学打伤了，人家要赔偿，赶紧跟我联系，这事别声张')
    expect(child.verdict).not.toBe('none-found')
    expect(child.category).toBe('impersonating-leaders')
  })

  it('gives a kind the brochure does not list a tip from public guidance, naming its source', () => {
    const withoutTip = riskSignalData.topics.filter((t) => t.category === null && !t.tip)
    expect(withoutTip.map((t) => t.id)).toEqual([])
    for (const topic of riskSignalData.topics.filter((t) => t.tip)) expect(topic.source).not.toBe('')
  })

  it('names no category when nothing was found', () => {
    expect(check('妈，我周六中午回家吃饭').scheme).toBeNull()
  })
})

describe('long pastes, odd input and speed', () => {
  it('reads the latest part of a very long paste and says how much it skipped', () => {
    const chat = '今天天气不错，晚上一起吃饭吧。'.repeat(2000)
    const scam = '【ETC服务】您的ETC已于今日停用，请登录 etc-abc.cn 重新认证，逾期将无法通行'
    const r = check(chat + scam)
    expect(r.verdict).toBe('high-risk')
    expect(r.skippedChars).toBe(chat.length + scam.length - MAX_INPUT_CHARS)
    expect(check(scam).skippedChars).toBe(0)
  })

  it('finds a scam at the end of a 6,000-character paste', () => {
    const chat = '好的，明天见。'.repeat(860)
    expect(chat.length).toBeGreaterThan(6000)
    expect(check(chat + '妈，我出事被扣在派出所了，快往这张卡打3000，别打电话').verdict).toBe('high-risk')
  })

  it('never throws on odd input', () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const odd: any[] = [null, undefined, 42, { text: 7 }, { text: '转账', situations: 'x' }]
    for (const input of odd) expect(() => checkMessage(input, riskSignalData)).not.toThrow()
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    expect(checkMessage({ text: '转账', situations: [] }, null as any).verdict).toBe('none-found')
  })

  it('normalises full-width letters and spaces between Chinese characters', () => {
    expect(prepareText('安全 账户　ＥＴＣ 卡').text).toBe('安全账户 etc 卡')
  })

  it('is deterministic', () => {
    const text = '您好，这里是市公安局，你涉嫌洗钱，把钱转到安全账户，不要告诉家人'
    expect(JSON.stringify(check(text))).toBe(JSON.stringify(check(text)))
  })

  // How fast these shapes are checked is the bench's to measure (npm run bench prints the slowest of them at the
  // longest paste read), never a timed test's; here each gets its answer, read whole.
  it.each([
    [
      'mixed messages',
      '您的ETC已停用，请登录 etc-abc.cn 认证。妈，快往这张卡打钱，别告诉别人。支出金额825.21元。',
      'high-risk'
    ],
    ['one long word', 'a', 'none-found'],
    ['dots', 'a.', 'none-found'],
    ['negations', '不要', 'none-found'],
    ['stars', '***.', 'none-found']
  ])('checks 5,000 characters of %s whole', (_name, unit, verdict) => {
    const text = unit.repeat(Math.ceil(5000 / unit.length)).slice(0, 5000)
    const result = check(text)
    expect(result.verdict).toBe(verdict)
    expect(result.skippedChars).toBe(0)
  })

  // Unclosed quotation marks once made every mark rescan the rest of its sentence (20,000 of them took 0.3 s here,
  // seconds on an old phone); the bench times these shapes at the longest paste read.
  it.each([['“'], ['「说'], ['：“'], ['"说']])('checks %s repeated to the longest paste read', (unit) => {
    const text = unit.repeat(Math.ceil(MAX_INPUT_CHARS / unit.length)).slice(0, MAX_INPUT_CHARS)
    const result = check(text)
    expect(result.verdict).toBe('none-found')
    expect(result.skippedChars).toBe(0)
  })

  it('leaves out quoted words, and keeps a quotation mark that never closes as text', () => {
    expect(withoutQuoted('不法分子常以“请拨打400-123”等话术实施诈骗')).toBe('不法分子常以等话术实施诈骗')
    expect(withoutQuoted('他说「转账」和"验证码"都别给')).toBe('他说和都别给')
    expect(withoutQuoted('“请转账“到这里')).toBe('“请转账“到这里')
    expect(withoutQuoted('“一”二“三')).toBe('二“三')
    expect(withoutQuoted('「一“二」三”')).toBe('三”')
  })
})

describe('round 15: rebates, bought passes, card codes, signatures and retold calls', () => {
  it.each([
    '交200返588，名额有限',
    '先垫付500元，做完任务返还650元',
    '投1.5万，一个月后返还2万',
    '你好呀，我们是某明星后援会，先转66.6元入会费，满额后返还双倍~'
  ])('reads a sum paid back with more as the 刷单 / 返利 bait: %s', (text) => {
    expect(firedOf(text)).toContain('pay-then-rebate')
  })

  it.each([
    '本店满300返50，今天截止',
    '充100返20元话费',
    '充648返6480钻石',
    '卖家违约的话，定金双倍返还',
    '交200元押金，退房时退还200',
    // A fresh reviewer's genuine look-alikes: goods, coupons, wages, a business's 回款, a card's offer.
    '拍1到手3盒，划算，我给你也下了一单',
    '充500到手600，理发店老板说今天最后一天',
    '我那张信用卡新户首刷礼，刷1笔10元就返50元刷卡金',
    '工行这个月有活动，信用卡周末双倍返现',
    '你先转200给我，等我工资到手3000就还你',
    '这批货我先垫8万，月底回款10万左右，到时候把钱还你',
    '扣完五险一金，交了800，到手6000出头'
  ])('does not read less money back, game coins or a deposit as the bait: %s', (text) => {
    expect(firedOf(text)).not.toContain('pay-then-rebate')
  })

  it.each([
    '你过去的时候，帮我带个包过去',
    '太晚了就不要去啦，把你打包过来就可以',
    '面包过期了别吃',
    '我以前给朋友担保过，后来他还不上',
    '这车保过险吗？去年是人保还是太平洋的',
    '饺子我已经包过了，冻在冰箱',
    '这款锅傻瓜式操作，新手也包你上手'
  ])('does not read 包过 inside other words: %s', (text) => {
    expect(signalsOf(text)).not.toContain('pressure-guaranteed')
  })

  it("leaves a friend's 包过 alone, calls a training school's 包过 with its fee 可疑, and 高风险 once it asks for more", () => {
    expect(check('今年四级我感觉包过，作文写得挺顺').verdict).toBe('none-found')
    // 广告法第二十四条 forbids the promise in a training ad: worth a doubt, not a scam by itself.
    expect(check('XX驾校暑假班，学费3680元，科目二不过免费补考，包过，详询前台').verdict).toBe('suspicious')
    expect(check('四六级包过，198元一科，加微信 kd8899 报名').verdict).toBe('high-risk')
    expect(check('全国统一招考，我们有内部渠道，事业编包过，学费5万').verdict).toBe('high-risk')
    expect(check('你好，我这边可以帮你办驾照，科目一到四全包过，4000块，不用去考').verdict).toBe('high-risk')
  })

  it('names the kind a bought pass belongs to, which the brochure does not list', () => {
    const result = check('漳州事业单位原题包过，客服QQ5093*****')
    expect(result.verdict).not.toBe('none-found')
    expect(result.scheme?.name).toBe('花钱买包过、包录取')
    expect(result.category).toBeNull()
  })

  it('reads a 【…】 in the middle of a text as words, not as a registered sender who sends you nowhere', () => {
    // A registered signature stands at the start or the end of an SMS (工信部 rules for bulk senders).
    const text = '完成两次任务成为正式员工，底薪3000，满勤奖励1288，实习期没有转正【会被降薪】，明白回复 1'
    expect(checkRules(text).verdict).not.toBe('none-found')
  })

  it('reads a title in 【…】 at the start as words, not as a registered sender nor an organisation', () => {
    expectFlagged('【兼职招聘】在家手机打字，日结200，需交198元入职培训费', 'high-risk')
    expect(signalsOf('【温馨提示】本周六上午停水，请提前储水')).not.toContain('claim-organisation')
    expect(signalsOf('【中国移动】本周六上午系统升级')).toContain('claim-organisation')
  })

  it("leaves a registered sender's own offer or receipt alone when it sends you to its own app or counter", () => {
    for (const text of [
      '【中国移动】尊敬的客户，本月充值话费100元即赠20元话费，活动截至10月31日，登录中国移动APP参与。',
      '【XX驾校】学员您好，您报名的包过班学费已缴清，请按时参加理论学习。'
    ])
      expect(check(text).verdict).toBe('none-found')
  })

  it("reads a bank's warning about the security code as none, and the code sent by mistake only with the ask", () => {
    expect(check('【招商银行】请勿向任何人提供卡片有效期、安全码和短信验证码。').verdict).toBe('none-found')
    expect(firedOf('银行不会让你提供安全码')).not.toContain('card-security-code')
    expect(check('我不小心把照片发到你手机上了，删了吧').verdict).toBe('none-found')
    expectFlagged(
      '【XX银行】您的信用卡额度可提升至5万，点击 yh-tje.cn 申请，需验证卡号、有效期及安全码。',
      'high-risk'
    )
  })

  it('reads buying accounts, funds "to verify" before an unfreeze and a signed 征信 repair fee as what they are', () => {
    expect(firedOf('有偿收购闲置微信号、银行卡，一张卡月租2000，零风险，当天结算。')).toContain(
      'account-lend'
    )
    expect(firedOf('您的账户已被冻结，需要先转入一笔验证资金进行解冻，解冻后原路退回。')).toContain(
      'fee-first'
    )
    expect(firedOf('【征信中心】您的征信有逾期记录，可帮您修复征信，费用1500元，不成功全额退款。')).toContain(
      'cancel-service-plus'
    )
  })

  it('reads a checkout, a warning and a shop deposit as none (review 16)', () => {
    for (const text of [
      '【浦发银行】提醒您：卡背面的三位数字相当于密码，谁问都不要说。',
      '我们公司的财务培训说了，报销不需要提供信用卡安全码，谁要都不给。',
      '你在订酒店页面上，把卡背面三位数填进CVV那个框就行，别发给我，自己填。',
      '订Booking的时候页面要填卡号、有效期和安全码，我在电脑上填完了，付款成功了。',
      '这张卡发给你了，背面三位数我用笔涂掉了，你拿去复印的时候没关系。',
      '我淘宝店关了，交的保证金解冻了，可以提现了。',
      '期货账户转入保证金后激活了交易权限，明天可以下单。',
      '坐出租车支付宝付了35元，司机还给了发票。'
    ])
      expect(check(text).verdict).toBe('none-found')
    expect(
      firedOf('辅导员：收购闲置微信号、银行卡的广告都是违法的，大家不要相信，已经有同学被抓了。')
    ).not.toContain('account-lend')
    expect(
      firedOf(
        '【中国人民银行】征信异议可到当地人民银行分支机构或通过商业银行提出，不收取任何费用，“征信修复”均为骗局。'
      )
    ).not.toContain('cancel-service-plus')
    expect(firedOf('我告诉客服我卡背面三位数被磨掉了，客服让我去网点换卡。')).not.toContain(
      'card-security-code'
    )
    for (const text of [
      '请把卡背后的三个数字发我，我这边帮您办理临时额度。',
      '信用卡提额专员：卡号、有效期、cvv三个发过来，十分钟给你提到5万。',
      '他说是银行的，让我把信用卡后面那三位数念给他听，说是要帮我提额。',
      '您好，我在给孩子报名，填错了号码，验证码发到您手机上了，能把验证码发我吗？',
      '有偿收购电话卡，移动联通电信都要，张张500。',
      '急收一类银行卡带U盾，每张1500，不影响你自己使用。',
      '您的借款已审批，但流水不足，需转入8000验证金证明还款能力后放款。'
    ])
      expectFlagged(text, 'high-risk')
  })

  it('reads a retold accusation ("说我…发了诈骗短信") as what the caller said, not as a warning', () => {
    expectFlagged(
      '电话里说是电信局的，我的号码要停机了，说我身份证在外地办了张卡发了诈骗短信，给我转接公安，公安叫我下载个APP',
      'high-risk'
    )
    expect(check('有骗子打电话说我的卡涉嫌诈骗，我没理他').verdict).toBe('none-found')
  })

  it('reads fees before an auction, a cure "in three courses" and a tour that will not let you leave', () => {
    expect(
      firedOf('来了个收藏公司的说我家的老钱币值几十万，帮我上拍卖会，先交鉴定费和上拍费一万二')
    ).toContain('fee-first')
    expectFlagged(
      '有个老中医在公园给人免费号脉，说我肾不好，开了一个疗程的药六千八，说吃三个疗程包好',
      'high-risk'
    )
    expectFlagged('旅游团说免费一日游去看玉石，导游说不买就不让走', 'suspicious')
    expect(signalsOf('导游说不买够三千不让吃饭')).toContain('pressure-threat')
    // An auction house's own terms name a catalogue fee; a fee after "能卖几十万" is the scam's.
    expect(firedOf('春季拍卖会征集拍品，上拍前需先交图录费500元，成交后按8%收取佣金')).not.toContain(
      'fee-first'
    )
    expect(firedOf('他说我的老瓷器能卖几十万，让我先交两千块鉴定费')).toContain('fee-first')
  })

  it('leaves a couple who met online, a teacher collecting scores and a learner driver alone', () => {
    for (const text of [
      '我和老公是网上认识的，他昨天转我500',
      '网友推荐的这家店不错，我付了300定金',
      '老师收一下分数，放学前交',
      '他买了驾照之后扣分好多',
      // A third reviewer's genuine look-alikes, one or two per rule of the batch.
      '我在摄影群认识的网友约了周末去拍照 油费AA 到时候我转给他',
      '网友推荐了一家装修公司 我去看了样板间 签合同交了定金',
      '政府新闻说今年新能源车销量一年翻倍',
      '闺女跟我说我那个网友找我借钱的事就是诈骗 我已经把他删了',
      '去省博物馆鉴宝活动 先交鉴定费200',
      '寄易碎品顺丰说要先付包装费十五块',
      '今年鸡蛋价格半年就翻倍了',
      '医生说幽门螺杆菌吃一个疗程就好',
      '老公 我今天收到驾照扣分短信了',
      '学校食堂的菜都是从指定的供货商进的',
      '儿子在外地上学 我每个月去邮局给他寄钱',
      // A blind reviewer's look-alikes for the whole round.
      '我网上认识的驴友群群主让我交200块活动费，周六一起爬山，AA制。',
      '单位组织的安全员证考试，培训机构说免考拿证是骗人的，让我们好好复习。',
      '理财经理说这款基金一年翻倍不可能，稳健型年化3%左右。'
    ])
      expect(check(text).verdict).toBe('none-found')
  })

  it('reads a money-mule job ("用你的银行卡收款再转出去") as renting out the card', () => {
    expect(firedOf('大学生兼职：帮忙走一下账，每笔提成3%，用你的银行卡收款再转出去')).toContain(
      'account-lend'
    )
    expect(check('我用自己的银行卡收款，月底对账').verdict).toBe('none-found')
    // A fifth reviewer's look-alikes: family help with a card, bookkeeping, a platform's own order page, an insurer.
    for (const text of [
      '妈，这个月卖菜的3000块先用你的卡收款',
      '这笔差旅费3200元帮我走一下账，发票都夹在报销单里了',
      '【闲鱼】买家已付款，点击 goofish.com/o/88 查看订单，确认收款请在闲鱼App内操作',
      '我刚拍下了，链接 m.tb.cn/h.9a，你发货吧，收到货我会确认收款的'
    ])
      expect(check(text).verdict).not.toBe('high-risk')
    expect(firedOf('理赔款待领取，请点击 cpic.com.cn/claim 提供本人银行卡号')).not.toContain('link-asks-card')
  })

  it('reads news of the police and a sure profit as no office selling an investment', () => {
    expect(firedOf('电视上说公安破获一个配资炒股的诈骗团伙')).not.toContain('authority-investment')
  })

  it('reads a web address that text taken from a screenshot wrapped after its dot or hyphen as one address', () => {
    const ocr =
      '【中国工商银行】尊敬的客户，您的账户\n积分即将清零，可兑换\n现金礼包 请登录 icbc-jf.\nvip 办理'
    expect(signalsOf(ocr)).toContain('channel-lookalike')
    expect(signalsOf('请登录 icbc-\njf.vip 办理')).toContain('channel-domain')
    // A chat line that ends with a full stop is still its own line.
    expect(prepareText('好的.\nok我到了').text).toBe('好的.\nok我到了')
  })

  it('still lets a signed job ad that charges its applicant count', () => {
    expectFlagged(
      '【高薪招聘】国企直招，仓库管理员月薪8000包吃住，需交体检费300元和服装押金500元，可当天入职。',
      'high-risk'
    )
  })
})

describe('round 16: state money by link, a job that charges, school fees, a card lent for a fee', () => {
  it('reads the state money a link pays to a bank card as the phishing it is, with or without a lure word', () => {
    expectFlagged('【医保】您的医保个人账户余额即将清零，可通过链接 yb-tx.cn 提现到银行卡。', 'high-risk')
    expectFlagged('【国家电网】您的电费补贴已到账，请在 gjdw-bt.cn 填写银行卡信息领取。', 'high-risk')
    expectFlagged('【社保中心】您的养老补贴已下发，请在 sbbt-lq.com 登记银行卡信息', 'high-risk')
    expectFlagged('【人社局】您的失业补助金已审批，请访问 rsj-bz.top 绑定银行卡领取', 'high-risk')
    // A personal 医保 or 公积金 account is the reader's own, not someone else's account to pay into.
    expect(signalsOf('您的医保个人账户余额为356.20元')).not.toContain('channel-other-account')
    expect(signalsOf('公积金个人账户本月已入账')).not.toContain('channel-other-account')
    expect(signalsOf('把钱转到他的个人账户上')).toContain('channel-other-account')
    // A reviewer's genuine look-alikes: what the 医保 money can and cannot do.
    expect(check('社保卡里的医保钱不能提现，只能看病买药用，你别听别人瞎说').verdict).toBe('none-found')
    expect(check('公积金的钱我上个月提现了，在APP上办的很快').verdict).toBe('none-found')
  })

  it('calls a job that charges its applicant 押金, 培训费 or 服装费 高风险, not an exam fee or a fee in its own app', () => {
    expectFlagged('兼职招聘，在家手工串珠，公司提供材料，需先交押金800元，做好后回收结算。', 'high-risk')
    expect(firedOf('招聘保洁员，包吃住，月薪4500，入职交培训费300元')).toContain('job-fee')
    expect(check('招聘保洁员，包吃住，月薪4500，不收任何押金和培训费，电话13800138000').verdict).toBe(
      'none-found'
    )
    // "不收任何费用" denies the fees only: the ask to add a V after it still counts.
    expect(signalsOf('招手机兼职👉日结💰200-500 不收任何费用 感兴趣加V信：lx8**66 备注兼职')).toContain(
      'want-move'
    )
    for (const text of [
      '入职前自己去医院做个体检，体检费100元左右',
      '【XX人事考试网】2024年事业单位公开招聘报名已开始，报名费每科50元，请于5月10日前登录www.xxpta.gov.cn缴费',
      '招聘外卖骑手，自备电动车，入职后在美团众包APP缴纳保证金，可随时退',
      '驾校招聘教练员，要求C1驾照三年以上。学员报名费3800元，教练提成另算'
    ])
      expect(firedOf(text)).not.toContain('job-fee')
  })

  it("leaves a school's fee notice paid only in its own payment system, not one that also names a person to pay", () => {
    expect(
      check(
        '各位家长好，本学期课后服务费每生每月200元，请于5月20日前通过学校统一缴费平台缴纳，不要转给个人。'
      ).verdict
    ).toBe('none-found')
    expectFlagged('各位家长，资料费每人280元，今天下午5点前扫码交给班主任', 'high-risk')
    expectFlagged('各位家长，本学期资料费300元，请于今天内通过学校缴费平台缴纳：http://jf-xx.cn', 'high-risk')
    // A reviewer's scams that name the platform and then a person, a card or cash.
    expectFlagged(
      '老王，有个人说是咱孙子的班主任，说要通过学校缴费平台交钱，还让我先转800到他卡上，他帮我交',
      'suspicious'
    )
    expectFlagged('老师在群里说在缴费平台交不了的找她交现金或者转账，今天截止，我就转了500给她', 'high-risk')
    expectFlagged('各位家长，书本费今天交齐，在学校缴费系统交不了的，转我支付宝 13812345678', 'suspicious')
    // Round 42's new-user trial: a "school" QR code that must be paid in full today named no fee and no transfer.
    expectFlagged('这是我们班的收费二维码，各位家长扫一下就行，明天必须交齐', 'high-risk')
  })

  it('reads a card lent to someone else for a fee, told back, and a collector who charges before he buys', () => {
    expectFlagged('我朋友说把我的银行卡借给他用一个月给我五千块钱好处费，说就是走个账', 'high-risk')
    expect(check('我把我的微信借给他用一下，他给我50块的话费，他手机坏了').verdict).toBe('none-found')
    expect(firedOf('我把我的卡借给我妈用了，她说给我买菜')).not.toContain('account-lend')
    expectFlagged(
      '我们有海外买家高价收购您的藏品，只需交一笔评估费和保险费，成交后佣金从货款里扣。',
      'high-risk'
    )
  })
})

describe('round 16: what elders retell, typed by voice with spaces between clauses', () => {
  it('does not let a negation reach across a space between two clauses', () => {
    const told =
      '对方说关闭要验证他的银行卡有没有余额 让他把钱转到一个验证账户 转完就退回 我爸转了两万九 现在电话打不通了'
    expectFlagged(told, 'high-risk')
    expect(prepareText('有没有余额 我爸转了').segmentEnd[0]).toBe(5)
    // A negation written as a word of its own, or one whose next segment goes on with what it denies, still reaches.
    for (const text of [
      '派出所提醒 民警不会打电话 让你把钱转到安全账户 请立即挂断',
      '银行不会短信 让您点击链接 填写银行卡号和密码',
      '正规贷款不会让你 先交保证金 解冻费',
      '爸 公安局的人 不会 让你 把钱转到 安全账户 你千万别信',
      '民警说 不要 把验证码 告诉任何人 不要 给陌生账户 转账',
      '招聘 不收 押金 不收 培训费',
      '本行不会 以任何理由 要求您 提供银行卡号 密码 验证码'
    ])
      expect(check(text).verdict).toBe('none-found')
    // Letter-spaced words are one word: the negation still reaches.
    expect(check('请 不 要 转 账 到 安 全 账 户').verdict).toBe('none-found')
  })

  it('reads money paid and then found out as money lost, even when the story ends on 是骗子', () => {
    for (const text of [
      '我租的房子 房东之前都是收支付宝的 这个月有人加我微信 头像名字跟房东一样 说卡换了让我转到新账户 我转了三千八 后来真房东来催租 才知道那个是假的',
      '我阿姨说有警察跟她视频 说她涉嫌洗钱 要她把理财产品全部赎回转到国家安全账户 她转了十八万 第二天我们报警才知道是骗子',
      '我婶婶把棺材本五万块都投进去了 现在那个APP打不开了 公司也关门了',
      '说在一个交易平台上付了钱 要交解冻保证金 他用我的微信转了三次 一共八千八 钱没拿到 号也被骗走了'
    ]) {
      expectFlagged(text, 'high-risk')
      expect(policeNow(check(text))).toBe('money-lost')
    }
    // A reviewer's everyday words after paying: no stranger, no scam, no loss (batch 6 read them as one).
    for (const text of [
      '交了三千块报了三个班 后来才知道根本没必要',
      '我转了两千给我妈 后来才反应过来转错卡了',
      '交了电费 网上国网app打不开',
      '店里充了三千的卡 现在店都关了 打12315',
      '转了800给你 你说也没收到',
      '隔壁张姨转了五万才知道是骗子 大家小心',
      '楼下王叔投了二十万 才发现平台是假的 大家别信什么高收益'
    ])
      expect(firedOf(text)).not.toContain('paid-then-vanished')
    // The third reviewer's: money explained after it is found gone, money only locked up, a loss told to one
    // person as a warning, a loss already stopped.
    for (const text of [
      '一看卡里少了200 原来是话费自动扣的',
      '我投了五千进余额宝 现在提不出来 说是周末要等到周一',
      '新闻里那个老太太转了十八万 才知道是骗子 妈你可得注意',
      '我转了500给那个卖家 才发现是骗子 好在支付宝拦截了 钱已经退回来了'
    ])
      expect(firedOf(text)).not.toContain('paid-then-vanished')
    // The person who lost it and asks what to do is no warning.
    expect(policeNow(check('我刚才转了8000 才知道对方是骗子 你们帮我看看怎么办'))).toBe('money-lost')
    // A verdict with no money paid is still a warning.
    expect(check('有人打电话说我中奖了 要先交手续费 我一听就是骗子 直接挂了').verdict).toBe('none-found')
  })

  it('reads what an office says it never asks as no ask, and a denial of money as no ask for it', () => {
    expect(
      firedOf(
        '【国家税务总局】您2024年度个人所得税综合所得汇算清缴可以开始办理了，请通过“个人所得税”APP或自然人电子税务局网站办理。税务机关不会通过短信链接要求您填写银行卡信息。'
      )
    ).not.toContain('link-asks-card')
    expect(
      check('叔，我是小峰，我原来那个号码丢了，这是我新号，你存一下。不借钱不转账哈，就是告诉你一声。')
        .verdict
    ).toBe('none-found')
    expect(signalsOf('闲鱼买家：你好，我已经在闲鱼上拍下付款了，钱在平台担保里')).not.toContain('want-money')
    expect(signalsOf('帮商家给商品打五星好评，每单返10元，先自己拍下付款')).toContain('want-money')
  })
})

describe('round 16: from the second blind set, after batch 6', () => {
  it('reads a negation inside a condition as ending where 请 says what to do', () => {
    expectFlagged(
      '【平安保险】尊敬的客户，您购买的“全民保”医疗险今日到期，系统将自动扣费1280元/年，若不需要续保请点击 pa-tb.cn/qx 进行取消，避免产生不必要的扣款。',
      'high-risk'
    )
    expect(signalsOf('请不要点击陌生链接')).not.toContain('want-click')
  })

  it('reads a sextortion threat that names the contacts it holds, a card lent to "our company", and money gone from WeChat', () => {
    expectFlagged(
      '哥，你刚才视频的录屏我已经保存了，你QQ好友和手机通讯录我都有，不想社死的话转五千到这个支付宝，我保证删掉。',
      'high-risk'
    )
    // Without a recording, contacts and 社死 are jokes and class funds.
    expect(check('不想社死就赶紧把份子钱500转给我 我帮你随礼').verdict).not.toBe('high-risk')
    expect(check('公司通讯录我都有 年会每人交200 我统一收').verdict).not.toBe('high-risk')
    expectFlagged(
      '兄弟，有个轻松赚钱的活，把你名下不用的银行卡借给我们公司走账用一个星期，一张卡给你2000',
      'high-risk'
    )
    const told = '有人加他说送皮肤 让他拿我的手机扫码 说是验证 前前后后扫了七八次 等我发现微信里少了两万三'
    expect(policeNow(check(told))).toBe('money-lost')
  })
})

describe('round 16, batch 8: phone cards in a device, 原始股, a gift held at customs, an online soldier', () => {
  it('reads renting out a phone card to sit in their device as the 帮信 it is', () => {
    expectFlagged(
      '招聘：手机卡挂机，不用出门，一张电话卡一天150元，只需要把卡插在我们提供的设备上，有意者加微信。',
      'high-risk'
    )
  })

  it('reads 原始股 and 内部配售 as a sure profit, shown as 虚假投资理财', () => {
    const result = check(
      '吴老师助理：各位家人们，明天机构有一只新股内部配售，原始股价格4.8元，上市目标价30元以上，只对群内VIP开放，需要通过我们的“中金优选”APP申购'
    )
    expect(result.verdict).not.toBe('none-found')
    expect(result.category).toBe('fake-investment')
    expect(check('上市公司公告：本次配售股份锁定期为6个月，原始股东承诺上市后36个月内不减持。').verdict).toBe(
      'none-found'
    )
  })

  it('reads a gift from abroad held until you pay its customs duty as a fee first', () => {
    expectFlagged(
      '我的工资卡被冻结在海外，需要交一笔清关税才能把我寄给你的包裹送到中国，里面是我攒的二十万美金和金首饰，快递公司说要你先付3.8万元关税',
      'high-risk'
    )
    // A real parcel's duty, and a reviewer's gifts whose duty is paid, asked about or paid by the sender.
    for (const text of [
      '【顺丰速运】您的跨境包裹需缴纳关税58.2元，请在顺丰App内完成支付后派送',
      '【DHL】您的礼物包裹需支付关税，请登录DHL官网完成支付',
      '我哥从美国寄的礼物到了，交了一百二的关税',
      '礼物包裹要付清关费吗？我问了顺丰',
      '首饰到了的话，海关让你付关税就付一下，回头我把钱还你'
    ])
      expect(firedOf(text)).not.toContain('fee-first')
    expectFlagged('我在迪拜，行李箱里有20万美金，航空公司要收清关费，你先帮我交一下', 'high-risk')
  })

  it('reads an online soldier asking to "invest a little" as money asked', () => {
    expectFlagged('我是在部队当兵的，认识你很开心。最近我们有个内部投资渠道，你先投点钱试试', 'high-risk')
    expect(check('我最近投了点钱在基金里，你也可以投点钱试试，不过有风险').verdict).toBe('none-found')
    expect(check('你可以投点钱到银行的大额存单里，保本，利息比活期高').verdict).toBe('none-found')
  })
})

describe('round 16, batch 9: from a third blind set', () => {
  it.each([
    [
      'an ETC notice whose address writes its .com as .c0m',
      '【ETC服务中心】您的ETC认证已失效,车辆将无法正常通行高速,请于今日登录 etc-gxrz.c0m 重新认证,以免影响出行。'
    ],
    [
      'a friend who asks for an idle bank card for 流水',
      '兄弟 你有没有闲着的银行卡\n借我用几天 走点公司流水 一天给你500 不会有事的'
    ],
    [
      'a pet seller whose airline wants a deposit paid back on arrival',
      '纯种布偶猫 包邮 只要600\n先转600 我们安排宠物航空托运\n航空公司说要交2000元保温箱押金和运输保险,到了退给你'
    ],
    [
      'a caller who keeps the line open on the way to the bank',
      '刚才打电话说我抖音开了个什么直播会员 一个月扣我八百多 他说要取消得去银行操作 让我开着手机跟他一直说话'
    ],
    [
      'a child who scanned codes for a refund and the money went',
      '有人在游戏里跟他说可以退充值的钱,让他拿我的手机扫码,他前后扫了三次,我微信少了12000多块'
    ],
    [
      'a seller who wants duty and a deposit before he ships',
      '我在朋友圈买了一台很便宜的苹果手机 付了3500 对方说要交关税和保证金2000才发货'
    ]
  ])('reads %s as 高风险', (_kind, text) => {
    expectFlagged(text, 'high-risk')
  })

  it('leaves the same words in everyday use alone (the fourth reviewer of this round found 47 before the fixes)', () => {
    for (const text of [
      '相机租三天，押金2000，收到后检查没问题就退还',
      '拼多多开店要交保证金才能发货吗',
      '奶茶店招兼职，时薪20+，周末优先',
      '考试的时候不要跟别人说话',
      '你有没有闲着的卡借我充个会员',
      '孩子扫码买了个游戏皮肤，微信少了30',
      '我买了个A+VIP会员，可以免费看剧',
      '我去参加薇薇的婚礼 随礼500',
      '新闻说有人收手机卡每张50块，帮诈骗分子走账，被抓了好几个。',
      '营业厅在收手机卡回收，旧卡一张换一个小礼品，明天去看看。'
    ])
      expect(check(text).verdict).not.toBe('high-risk')
    // A deposit paid back is no lure (it was 高风险 before this batch; its wording alone still reads 可疑).
    expect(check('租车需要交2000押金，还车后退还').verdict).not.toBe('high-risk')
    for (const text of [
      '我开了个爱奇艺会员 每个月扣25',
      '这个理疗仪睡在上面挺舒服的',
      '本次培训无需考试，结业发证'
    ])
      expect(check(text).verdict).toBe('none-found')
  })
})

describe("round 18: a new user's trial", () => {
  it('reads a new number that says not to call the old one as 可疑 (the check that guidance asks for is taken away)', () => {
    for (const text of [
      '爸，我换号了，这是我新号码，你存一下，旧号别打了。明天找你有点事。',
      '妈 我换手机号了 原来的号码不要再打了 存这个'
    ]) {
      const result = check(text)
      expect(result.verdict).toBe('suspicious')
      expect(result.because.map((c) => c.id)).toContain('new-number-request')
    }
    // A new number alone is still nothing (issue 10, kind 8).
    expect(check('我换号了，以后打这个，旧的不用了').verdict).toBe('none-found')
  })

  it('reads a pasted chat selling an 养老项目 to an elder as 高风险: secrecy from the children, a fixed monthly return, a last day', () => {
    const chat = [
      '王经理 10:02',
      '阿姨，我们这个养老项目是有政府背景的，比存银行强多了，每个月返八百，稳稳当当。',
      '我 10:05',
      '那我让儿子看看',
      '王经理 10:06',
      '别跟孩子说，年轻人不懂这个，今天是最后一天名额了，明天就没了'
    ].join('\n')
    const result = check(chat)
    expect(result.verdict).toBe('high-risk')
    expect(hitQuotesOf(result, 'want-secrecy-from-children')).toEqual(['别跟孩子说'])
    expect(hitQuotesOf(result, 'pressure-sure-profit')).toEqual(['每个月返八百'])
    // Money kept in a bank is no claim to be one.
    expect(signalsOf('比存银行强多了')).not.toContain('claim-organisation')
  })

  it("leaves family secrecy, real number changes' other words and phone-plan rebates as they were (round 18's reviewer)", () => {
    for (const text of [
      '老婆，我被裁员了，先别跟孩子说，过完年再讲',
      '妈，我下周三回家，先别跟孩子说，想给他个惊喜',
      '亲家母，彩礼的事您先别跟儿子提，我们大人商量好再说',
      '老手机别打游戏了，卡得不行',
      '你之前的号码别再打了，打也打不通',
      '我那个话费套餐每个月返五十，连返12个月',
      '滴滴的司机奖励是每天返二十，跑够十单'
    ])
      expect(check(text).verdict).toBe('none-found')
    // With a seller's promise, secrecy from the children is the 养老诈骗 pattern.
    expect(check('阿姨，我们公司的保健品能治高血压，别跟孩子说').verdict).toBe('high-risk')
    // A red packet to be opened or a red-packet shower behind a QR code is still a lure.
    expect(signalsOf('您的好友给您发了一个红包，记得红包要在今天拆开哦')).toContain('pressure-lure')
    expect(check('觉得红包少就进群 群里天天红包雨 扫码进群').verdict).not.toBe('none-found')
  })

  it('reads a card number after 这个卡上 as a card to pay, and a surprise planned for a child as no lure (second trial)', () => {
    const result = check('舅舅，帮我个忙，转一万到这个卡上，6222 0000 1111 2222，明天还你')
    expect(result.verdict).toBe('suspicious')
    expect(result.because.map((c) => c.id)).toContain('card-number-money')
    expect(signalsOf('妈，先别跟孩子说，想给他个惊喜。')).not.toContain('pressure-lure')
  })

  it('does not read 记得 as "get" a red packet: a grandchild asking for one is family talk', () => {
    expect(check('奶奶过年好！记得给我包个大红包').verdict).toBe('none-found')
    expect(check('妈，过年回家记得给我包个大红包哈哈').verdict).toBe('none-found')
    // A red packet to be got by following or forwarding is still a lure.
    expect(signalsOf('关注公众号得红包')).toContain('pressure-lure')
  })
})

describe('round 21: a blind set and an adversarial probe', () => {
  it('reads an accusation made to the reader that names 诈骗短信 as no warning', () => {
    // Both reviewers' fake carrier calls were 未发现: "被人举报发送诈骗短信" made the whole call a warning.
    expectVerdicts(
      [
        '您好 我是联通客服 您名下的一个号码被人举报发送诈骗短信 两小时后全部停机 如不是您本人办理的 我现在给您转接公安局网警部门核实 请不要挂断'
      ],
      'high-risk'
    )
    expect(signalsOf('您的手机号被用于发送诈骗信息，即将停机，请按1转人工')).toContain('pressure-legal')
    expectVerdicts(
      [
        '温馨提示：您如收到诈骗短信，请拨打96110举报',
        '提醒：凡是说您的号码被举报发送诈骗短信，要给您转接公安的，都是诈骗'
      ],
      'none-found'
    )
  })

  it('reads a voice-typed receipt one segment at a time, so the asks after it still count', () => {
    expectVerdicts(
      [
        '亲 您第一单佣金12元已到账 请截图 接下来进入福利任务 本群已有200多人提现成功 超时未完成系统会冻结前面的佣金哦'
      ],
      'high-risk'
    )
    expectVerdicts(['妈 生活费2000已到账 你查一下', '工资8000元已到账，请查收'], 'none-found')
  })

  it('reads a rebate after 跟单, a fee to receive money and a deposit the platform "requires"', () => {
    expectFired(['充值跟单298返378', '跟单500返650'], 'pay-then-rebate')
    expectFired(
      [
        '我是买你婴儿车的 那边说你没认证收不到款 要你扫这个码交500保证金 交易完成自动退回你',
        '你去这个网站登录一下验号 上面要交押金是平台规定 成交了一起退给你'
      ],
      'fee-first'
    )
    expect(signalsOf('要你扫这个码交500保证金')).toContain('channel-qr')
    expectVerdicts(['房子押一付三，押金3000退房时退还，没问题的话周六签合同'], 'none-found')
  })

  it('reads a health product that cures with its price, and not a doctor, a question or a negation', () => {
    expectVerdicts(
      [
        '小刘 你别管我了 那个灵芝孢子粉人家教授说能把血糖降下来 不用打胰岛素了 四万八一个疗程 我已经交了一万定金',
        '上回刘姐买的那个磁疗床垫 教授说这次活动价只要一万九千八 能治腰椎 您带上卡 名额有限的'
      ],
      'high-risk'
    )
    expectVerdicts(
      [
        '医生说你这个情况不用打胰岛素，先吃药控制',
        '协和的专家说这个病能治好，别担心',
        '妈，那个保健品不能治糖尿病，别听讲座上瞎说，降糖药必须按时吃。',
        '爸你问那个营养品能治好关节炎吗？我问了医生，医生说不能，顶多补点钙，该吃的药还得吃。'
      ],
      'none-found'
    )
  })

  it("reads a family's advice for when someone calls as a warning, not the calls it lists", () => {
    // The adversarial probe: four of six such messages were 高风险.
    expectVerdicts(
      [
        '妈，我跟你说，不管谁打电话找你要验证码、让你转账，哪怕说是我，你都先给我打电话确认，记住了吗',
        '爸，以后有人说是银行的、公安的让你把钱转到什么账户，或者让你下载软件开屏幕共享，你一律挂掉，先给我打电话',
        '各位亲戚注意：如果有人用我的名义找你们借钱，要求转到别人卡上，一定要先打我电话核实，我换号了会当面说',
        '儿子，学校说了，谁说是老师在群里让交钱扫码的，一定要先打电话问班主任，别直接付'
      ],
      'none-found'
    )
    // Coaching to hang up on the bank, or advice beside a card number to pay, is still read.
    expectVerdicts(
      [
        '如果银行有人打电话问你，你一律挂掉，把钱转到安全账户',
        '不管谁问你都别说，先把钱转到这个账户6222000011112222'
      ],
      'none-found',
      true
    )
  })

  it("reads a relative's retelling of a neighbour's case, with its verdict or advice, as a warning (blind sets G37, G38)", () => {
    expectVerdicts(
      [
        '妈，隔壁李叔前天接到个电话说他儿子在外地被车撞了要交押金，让他转了两万到一个卡上，后来打给他儿子才知道是假的。这就叫冒充亲友诈骗，以后接到这种电话一定先打给我核实',
        '哥，我们单位有个大姐被“刷单”骗了两万，说什么关注主播就给佣金，后来让她充钱做任务。警察说这种都是骗局',
        '真警察不会让你保密，也不会让你把钱转到什么账户',
        '以后谁让你下载会议软件你都别装，也别把验证码告诉他，更别转账',
        '你们可别信那些群里卖的“降压神药”，吃了也不管用',
        '反诈提醒：“投资养老公寓，年返利20%”这些都是养老诈骗常见话术，子女们请把这条转给家里老人'
      ],
      'none-found'
    )
    // A retold case in front of the scam's own ask to the reader is still read, and so are a seller's contrast, a fake
    // officer's accusation and coached secrecy (review38).
    expectVerdicts(
      [
        '外面那些刷单的全是假的，我们这是正规的，日结佣金，加我拉你进群',
        '网上那些刷单全是假的。大家可别信那些日赚几百的。我们是官方点赞员招募，点赞一个2元，下载APP后找我登记',
        '真正的警察不会让你转到安全账户，我们是让你转到最高检的资金监管账户',
        '你这就叫涉嫌诈骗洗钱，现在必须把钱转到监管账户配合调查',
        '三思而行啊兄弟，名额只剩3个，今天投2万明天就翻倍',
        // review38b: a trick named beside the sender's own pitch, a fake notice ending in 拨打110咨询, 骗子自称 beside
        // the fake court's own account, a school's ask after a retold loss, an ATM guided by phone.
        '网上那种就叫刷单诈骗，我们这个是正规的电商补单，先做一单38元的体验单，做完连本带佣金返你48元。想做的话回复1，我拉你进任务群。',
        '骗子自称公检法的很多，我们是正规的法院执行局，今天下午五点前把执行款三万二打到法院代管账户就能撤销执行，否则明天司法拘留。',
        '你这个情况这叫冒用身份诈骗，你是受害人不用怕。不过真警察不会让你白跑。现在你要做的是把名下所有存款集中到一张卡上，明天去银行办理资金监管。',
        '各位，最近有位阿姨被骗了，骗子让她转了三万。为了您的资金安全，请您立即下载“安全守护”APP并开启屏幕共享，我们会帮您检测',
        '【反诈预警】近期冒充客服诈骗高发，说什么商品质量问题三倍赔偿都是假的。您名下有一笔理赔待领取，请添加理赔专员微信 lp2025 办理'
      ],
      'high-risk'
    )
    expectVerdicts(
      [
        '如果有人问你在干什么，你千万不要告诉他，也不要告诉你的家人，不要挂断电话',
        '各位居民：近期有骗子冒充社区工作人员，请大家注意。让他们本周内把身份证照片和社保卡号发给网格员',
        '各位家长，最近有学生被骗了生活费，学校已经报警了，大家一定要提醒孩子，陌生人让转钱一律不要转。学校决定统一办理校园意外险，叫他们每人交168元给班长，明天统一上交。',
        '【社保局】您的养老保险补助金2680元尚未领取，请携带本人银行卡到就近银行网点，拨打0571-86012345由工作人员远程指导领取。',
        '您的医保卡因违规套现已被冻结，需在明天下午前缴纳罚款3000元解冻，如有疑问可拨打110咨询。'
      ],
      'none-found',
      true
    )
  })

  it("reads what a relative's retelling tells and the family's advice after it as warnings (review38b, G39)", () => {
    expectVerdicts(
      [
        '我姐昨天接到电话说她快递丢了要理赔，对方让她下载了一个会议软件开屏幕共享，还好我姐夫及时发现。你们遇到这种一律挂掉。',
        '骗子就叫他把银行卡里的钱转到什么安全账户，说是配合调查，他转了八万才反应过来。我们小区已经好几个老人被骗了，大家多跟家里老人说说。',
        '我大爷上周被骗了，一个卖保健品的天天来家里讲课，后来叫他交了两万九买什么量子床垫，说能治糖尿病。我们去找人家退货，店已经搬走了。你们家里有老人的多留意。',
        '爸，你要是收到短信说“ETC认证失效，点链接重新认证”的，别点，那是假的。你的ETC是在农行办的，真有问题你开车去农行柜台让他们看。'
      ],
      'none-found'
    )
    // A scam the writer is in, or an ask to pass on, after a retold case (review38b, review39).
    expectVerdicts(
      [
        '我邻居被网上的男人骗了十万，太可怜了，大家一定要小心骗子。不过我最近认识的这个人是真的靠谱，他在国外做工程的，让我帮他在平台上操作一下数字货币，稳赚不赔，我已经投了五万了',
        '小王，财务部老刘前几天被骗了二十多万，就是有人冒充我加他微信，以后再遇到这种你们一定要先打电话跟我核实。让她把那笔到期的货款先付给华南那家供应商，账号我已经发她邮箱了。',
        '各位家长好，最近有家长被冒充老师的骗子骗了，大家一定要小心骗子。本学期的资料费已经有三十多位家长交过了，她们都是扫群里的码交的，还没交的家长抓紧',
        '哥哥，我姐妹去年被网上的男人骗了，大家都要小心骗子。我姑姑上个月在这个平台充了十万，导师带着她做了一周就翻倍了，平台现在做活动充五万送一万'
      ],
      'none-found',
      true
    )
    // A scam still going on, which the writer asks about, is no case told; a sign-off about health passes nothing on
    // (review39).
    expectVerdicts(
      [
        '我爸刚才接到电话说我在外面打架被抓了，现在要交五万保释金，他已经在去银行的路上了，电话打不通。我同事她妈就是这样被骗了，大家一定要提醒家里老人',
        '我奶奶刚才被一个说是医院的人叫走了，说我爸出车祸在抢救，要她带五万块现金过去交押金，现在打她电话关机，我爸电话也没人接。上次我们小区就有个老人这么被骗了，大家多提醒家里老人',
        '爸，差点忘了说，我这边出了点事，需要两万块钱周转，明天就还，别跟妈说，你们一定要注意身体',
        '我爸刚才接了个电话，对方说是网店客服，说他买的东西有质量问题要给他退钱，然后让他下载一个叫“云视讯”的东西，还问他家里有几张银行卡。这到底是不是骗子？'
      ],
      'high-risk'
    )
  })

  it('reads a hurry as no denial of the ask after it: 不要耽误时间赶紧…转到监管账户 (review38b)', () => {
    expect(
      check(
        '万一有人打电话说是银行的你都别理，千万别去柜台取，不要耽误时间赶紧用手机银行把钱转到我们刚发你的监管账户。'
      ).verdict
    ).toBe('high-risk')
  })

  it('reads cash taken out and handed to someone who comes to the door for it as 高风险 (review38b)', () => {
    expectFired(
      [
        '这段时间要是有陌生人给你打电话，你一律别接，也不要让家里人知道案情，不然会影响办案。你先去银行把钱取出来，明天我们会安排人上门收取。',
        '你放心，现在很多人被骗就是因为把钱转到了陌生账户，所以我们不让你转账。你把钱取出来装好，让他们上门来拿，拿走后会给你开收据。',
        '核实完你去银行把定期取出来，明天上午我们同事上门给你做资金登记，现金当面清点。'
      ],
      'cash-pickup'
    )
    expectVerdicts(
      [
        '快递员明天上门收取包裹，请提前打包好',
        '我把钱取出来了，明天给你送过去',
        '社区工作人员下周上门为八十岁以上老人做资格认证',
        // A signed notice that denies the visit (G38, blind set S).
        '【XX热力】2025-2026采暖季供热费缴费已开始，缴费标准每平米25元，可通过XX热力官方APP或营业厅、银行柜台缴纳。热力公司不会上门收取现金，请认准官方渠道。',
        // The writer or a relative comes for it; a delivery, a recycler, a retold case (review39c).
        '爸，你把定期取出来吧，周末我回来拿，给小宝交学费',
        '您好，顺丰快递，您的到付件明天上门派送，需收取现金28元，请备好零钱',
        '您好，我是回收旧衣物的，明天上午上门收取，按斤称重现金结算',
        '今天在银行遇到一个老太太，说有人让她把定期取出来，明天派人上门收，柜员一听就报警了，真吓人'
      ],
      'none-found'
    )
    // Not the cash pickup either, but a loan the reader is asked for (帮我先垫, round 58: no longer read as the writer
    // paying), in words like the published scripts': worth a call first, no alarm.
    expect(
      check('奶奶，你把存折上的钱取出来一万，下午我哥开车过来拿，帮我先垫一下装修款，月底就还').verdict
    ).toBe('suspicious')
  })

  it("reads money to collect at an ATM by a caller's guidance as 高风险, signed or not (review38b)", () => {
    expectFired(
      [
        '【人社局】您有一笔失业保障金2400元待领取，请本人携带银行卡前往附近银行网点的自助柜员机，按工作人员电话指导完成领取。',
        '您的退税款已审批，请到附近ATM机上按客服的提示操作领取'
      ],
      'atm-guided'
    )
    expect(
      check('【XX银行】尊敬的客户，您可在我行自助柜员机办理存取款及转账业务，如需帮助请致电95588。').verdict
    ).toBe('none-found')
    // A son who guides his father himself (review39c).
    expect(
      firedOf('爸，你有笔补贴可以领了，村委会说打到社保卡上了，去ATM机我电话指导你取出来')
    ).not.toContain('atm-guided')
  })

  it('reads a free gift or check-up that wants an ID card and a bank card as 高风险 (blind set Z40)', () => {
    expectFired(
      [
        '叔叔阿姨们早上好！咱们健康体验馆这周回馈老顾客，每天上午9点签到就送一板土鸡蛋，来的时候记得带上身份证和一张常用的银行卡，登记成会员以后每个月还有米面油领。',
        '【仁康健康管理】阿姨您好，您预约的免费体检定于本周四上午8:00，请空腹前来。为方便医保统筹直接结算，请务必携带身份证原件、社保卡以及本人名下银行卡。'
      ],
      'id-card-for-gift'
    )
    // Other words for the cards and for carrying them, two sentences apart, a company's venue by a bank (review40).
    expectFired(
      [
        '阿姨 明天您来店里 免费给您做个全身检查 记得把身份证跟工资卡拿上 我们帮您办个终身会员卡 以后理疗都打五折',
        '明天上午来咱们康养中心 签到就送鸡蛋 记得带身份证。银行卡也带上一张，现场给您登记养老补贴。',
        '阿姨您好 我们公司回馈老客户 周六免费送一台按摩仪 上午九点到建设银行旁边二楼会议室 带好身份证跟银行卡 现场办个会员就能领'
      ],
      'id-card-for-gift'
    )
    // Business at a counter, a village's subsidy registration, a gift with no card asked, a warning that lists it,
    // and public services that are free and pay a subsidy into a bank card (review40).
    for (const text of [
      '各位居民注意：市人社局联合中国银行下周二上午在小区广场免费换发第三代社保卡，现场拍照，请带好身份证和原来的社保卡、银行卡。',
      '【中国电信】尊敬的用户，65岁以上老人可免费领取老年关爱手机一台，请本人携带身份证及用于代扣话费的银行卡在就近营业厅办理。',
      '妈明天社区免费体检你记得带身份证和银行卡社区说体检完了有个什么补贴要打到卡上我中午下班过来接你',
      '【XX市慈善总会】"光明行"白内障免费复明手术报名开始，60岁以上患者请携带身份证、户口本、医保卡及本人银行卡（用于发放交通补助）于每周二上午在市人民医院眼科门诊登记。',
      '【工商银行】即日起我行为老年客户免费办理社保卡激活，请携带身份证和银行卡到就近网点办理。',
      '各位村民：耕地地力补贴开始登记，请户主带上身份证、户口本和一卡通（银行卡）到村委会登记。',
      '超市周年庆，办会员卡免费送鸡蛋，带上身份证就行',
      '凡是免费送鸡蛋、让你带上身份证和银行卡去登记的，都是骗子，千万别去。'
    ])
      expect(firedOf(text)).not.toContain('id-card-for-gift')
  })

  // Round 44's new-user trial: "…免费体检活动，现场有专家讲座，记得带上存折，有政府补贴要登记" was 未发现.
  it("reads an expert's or a health talk that wants a bank card or passbook brought as 高风险, whoever sends it", () => {
    expectFired(
      [
        '叔叔，下周三有位北京来的专家在咱们社区讲课，讲养生的，听完送鸡蛋，把您的工资卡带上登记一下就行',
        '阿姨，周六上午老年活动中心有健康讲座，名额有限，来的时候记得带着存折，现场给您办补贴'
      ],
      'card-to-talk'
    )
    for (const text of [
      '妈明天社区免费体检你记得带身份证和银行卡社区说体检完了有个什么补贴要打到卡上我中午下班过来接你',
      '本行周六在营业厅举办老年人金融知识讲座，现场可免费测血压，办理业务请带上银行卡和身份证。',
      '警方提醒：不法分子以专家讲座、免费体检为名，让老人带上存折银行卡，实施诈骗。',
      '下周二社区有健康讲座，讲高血压怎么吃药，欢迎大家来听，不用带任何东西。'
    ])
      expect(firedOf(text)).not.toContain('card-to-talk')
  })

  it("reads a relative's release bought through connections as 高风险, and a lawyer's own fee or a warning as none", () => {
    expectFired(
      [
        '你老公这个事，我在公安局有关系，花钱就能捞出来，先拿五万打点一下。',
        '我是律师某某某，可以为在看守所或在监狱里的人办理放人手续（取保候审），事成收费。'
      ],
      'release-bought'
    )
    for (const text of [
      '我是律师，可以代理您儿子的案子，依法申请取保候审，律师费按规定收取，签委托合同。',
      '警方提醒：声称能花钱捞人、办取保候审的都是骗子。',
      // Round 45's review: dumplings, a drain, an insurance payout and a question asked through a friend.
      '妈，饺子我包出来一百多个了，水开下锅，浮起来就捞出来',
      '卫生间下水道堵了，叫师傅来疏通，把积水放出来了，花了80块',
      '东西我都打点好了，明天陪你去保险公司领取保险金',
      '爸，提取保证金的事我找关系问了下'
    ])
      expect(firedOf(text)).not.toContain('release-bought')
  })

  // Round 45's new-user trial: three were 未发现.
  it("reads a fee redirected to a staff member's own account, 缓刑 bought, and an office's fee prepaid over QQ as 高风险", () => {
    expectFired(
      ['阿姨，我是物业新来的会计，这个月物业费不用去办公室交了，直接转给我个人就行。'],
      'other-account'
    )
    expectFired(['只要花八万打点一下，你老公就能办成缓刑，先给一半，事成收另一半。'], 'release-bought')
    expectVerdicts(
      [
        '阿姨，我是物业新来的会计，这个月物业费不用去办公室交了，直接转给我个人就行。',
        '【物业管理处】因系统升级，请业主添加客服QQ 3345xxxx 重新登记房产信息并预缴全年物业费。'
      ],
      'high-risk'
    )
    // "我个人" as an opinion or a phone, not an account (round 45's review).
    for (const text of ['这个钱转不转，我个人觉得你自己定，别听别人的', '有事直接打我个人手机'])
      expect(check(text).verdict).toBe('none-found')
    expect(signalsOf('有问题打我个人电话，物业费记得交一下')).not.toContain('channel-other-account')
    // A story told at a bank's counter is no bill paid there: the new number's ask stays.
    expect(firedOf('爸，这是我新号。我在网点刷卡，卡被吞了，先转我2000')).toContain('new-number-money')
    // A remark about where a relative buys is no buyer's supplier.
    expect(firedOf('妈，你从这个供货商那进的米太贵了')).not.toContain('procurement-middleman')
  })

  // Round 44's new-user trial: a property office's gas-bill reminder, to pay at its office or in the gas company's
  // app, was 可疑 for its wording and "欠费".
  it('reads a bill to pay at a counter in person, with nothing asked by message, as nothing found', () => {
    expectVerdicts(
      [
        '您好，这里是XX小区物业，您家的燃气费已经欠费两个月了，请到物业办公室或者用燃气公司APP缴纳。',
        '您好，这里是XX小区物业，您家水费欠了三个月，麻烦到物业服务中心交一下。',
        // Round 45's trial: a lawyer's client to sign and pay at the firm's front desk.
        '王先生您好，我是张律师，材料已经准备好了，请您周三上午带身份证原件到我们律所来签字，费用按合同在律所前台开票付款。'
      ],
      'none-found'
    )
    // Another way to pay besides the counter is read as always.
    expectFlagged(
      '您好，这里是XX小区物业，您家的燃气费已经欠费两个月了，请到物业办公室缴纳，或者加物业管家微信转账给我。',
      'high-risk'
    )
  })

  // Round 45's trial: the police telling a family of a detention, whose only ask is a visit to the 拘留所, was
  // 高风险 as a fake-police threat (公安机关 notify the family of a detention; visits are made in person there).
  it('reads a detention notice that only asks the family to the 拘留所 as nothing found; its paid release stays 高风险', () => {
    expectVerdicts(
      ['派出所民警来电：你儿子因打架被行政拘留五日，家属可以到拘留所送换洗衣物，不需要交任何费用。'],
      'none-found'
    )
    expectFlagged(
      '派出所民警来电：你儿子因打架被行政拘留五日，家属可以到拘留所送换洗衣物，先交5000元保证金到这个账户就能提前放出来。',
      'high-risk'
    )
  })

  // Round 46's new-user trial: four genuine notices were 高风险 and two scams 未发现.
  it("reads round 46's trial: counters that take a QR code or a deposit, a cost the company bears, a bribe denied", () => {
    expectVerdicts(
      [
        '物业通知：本季度物业费请到小区物业办公室现场缴纳，可刷卡或扫码，物业办公室周一至周五上午8点到下午5点办公。',
        '住院押金5000元请到门诊楼一楼收费窗口缴纳，可使用医保卡和银行卡。',
        '您好，您的家属已办理住院，请于今天下午到住院处补交押金3000元。',
        '面试结果通知：您应聘的会计岗位已通过，请于下周一到公司人事部报到，入职体检费用由公司承担。',
        '问了律所的律师，取保候审要家属按法律程序向公安机关申请，不用交什么疏通费，走正规流程就行'
      ],
      'none-found'
    )
    // A QR code offered instead of the counter, a deposit sent to an account, a check-up paid first, a bribe asked.
    expectFlagged('物业通知：本季度物业费请到小区物业办公室缴纳，或扫描下方二维码缴费。', 'suspicious')
    expectFlagged(
      '您的家属出车祸住院了，急需押金3000元，请马上转到这个账户：6222 0210 0112 3456',
      'high-risk'
    )
    expectFired(
      ['您的家属出车祸住院了，急需押金3000元，请马上转到这个账户：6222 0210 0112 3456'],
      'emergency-money-account'
    )
    expectFlagged('恭喜您被录用，体检费先自付，入职后由公司报销，请加人事微信', 'suspicious')
    expectFlagged('面试通过，入职前请到指定医院体检，体检费300元先垫付后由公司报销。', 'suspicious')
    expectFlagged('我认识看守所的人，能帮忙办取保候审，不用走程序，先交3万疏通费', 'high-risk')
    // An account said to be stopped, lifted by a reply digit, with no deadline; a buyer's supplier named as 他.
    expectFired(['【ETC】您的ETC已被禁用，回复1办理解除'], 'threat-reply')
    expectFired(
      [
        '老板你好，我们是县武装部后勤的，要采购一批茶叶，你们店没有的话我们有指定的厂家，你先帮我从他那里代买过来，货款我们单位统一结给你'
      ],
      'procurement-middleman'
    )
  })

  // Round 46's attacking review of those fixes: each exemption as a scammer would abuse it, and genuine look-alikes.
  it("keeps round 46's exemptions to what they excuse: a scan sent besides the counter, a fee paid back, a hurry", () => {
    for (const text of [
      '【国家电网】您户电费已欠费386元，今日18点将停电。请到供电营业厅缴费，可刷卡或扫码，不方便到营业厅的可直接扫描下方二维码缴费。',
      '【XX医院】您家属已入院抢救，请立即到住院处交押金2万元，可刷卡或扫码，人在外地的请先扫我发的二维码预交押金。',
      '家属您好，您儿子因酒驾撞人被刑事拘留，现关在城北看守所，请家属到看守所交押金5万元办理取保候审，可刷卡或扫码，今天不交明天就移送检察院。',
      '你儿子这事我托人问了，不要犹豫了赶紧交疏通费，明天就能办取保候审。',
      '没有门路只能交疏通费，交了就能把你儿子弄出来，取保候审包办。',
      '你老公这事别急走关系，我认识看守所所长，给两万就能把人捞出来，办取保候审。'
    ])
      expectFlagged(text, 'high-risk')
    expectFired(
      [
        '你好，我是学校食堂采购，要订一批茅台酒招待，你们店没有的话从她那儿进，我把她微信推你，货到了按你店里的价格一起结算。'
      ],
      'procurement-middleman'
    )
    expectFlagged(
      '入职培训费由公司负责统一代收，每人398元，明天下午前交给人事小李，不交的不能上岗。',
      'suspicious'
    )
    expectFlagged('体检费入职后由公司支付，明天上岗前带300元交给带班的王姐统一办理。', 'suspicious')
    expectVerdicts(
      [
        '【招商银行】您尾号6789的信用卡于05月12日10:23有一笔消费被系统拦截，卡片已临时冻结。如为本人交易，请回复1解除冻结；如非本人交易，请致电95555。',
        '【中国移动】尊敬的客户，您的号码因实名信息待核验已被暂停部分服务，核验完成后如需恢复请回复1，或携带身份证到营业厅办理。',
        '老板，我是隔壁超市的，上次你说的那个酱油，我从他那里拿了两箱，卖得挺好，你帮我问问能不能再订十箱。',
        '【自来水公司】您户水费已欠缴两个月，请到营业厅缴费，支持现金、刷卡或扫码，逾期将按规定停水。'
      ],
      'none-found'
    )
    // A colleagues' collection is no stranger's account; a hospital "staff member's" personal account is the scam
    // itself (round 46's second trial).
    expect(
      firedOf(
        '各位同事，我们部门小刘的父亲突发心梗住院，急需手术费，部门发起自愿捐款，可转到小刘本人的工商银行卡6212 2602 0000 1234，谢谢大家。'
      )
    ).not.toContain('emergency-money-account')
    expectFired(
      [
        '我是市一院住院处的，你父亲的住院押金不够了，收费窗口排队太长，你直接转5000元到我个人账户6222 0212 3456 7890，我帮你先垫上办手续。'
      ],
      'emergency-money-account'
    )
    // A counter's top-up and a hospital's 续交, paid there by card or QR code.
    expectVerdicts(
      [
        '燃气营业厅通知：请携带燃气卡到营业厅窗口充值，现场可刷卡或扫码，工作人员不会上门收取现金。',
        '您好，这里是市第一人民医院住院处。患者住院预交金余额不足，请家属带就诊卡到住院处收费窗口续交，可刷卡或扫码支付。'
      ],
      'none-found'
    )
  })

  it('reads a loan granted by a reply digit as 可疑, signed or not (blind set R40)', () => {
    expectFired(
      [
        '【中国银行】尊敬的客户，银行政策放宽特批您328000元资金，4月1日到期；5年内随用随还，请及时回复，速办回1，查利率回2，拒收请回复R',
        '【XX贷】提醒：您可借款资格由68800元调至159800元，不领自动作废，审批为准，点工单激活，退订回T'
      ],
      'loan-granted-reply'
    )
    expectFired(
      [
        '【金融服务】尊敬的用户，您的备用金5万元已审核通过，今日23点前未领取将自动作废，回T领取，拒收请回复R',
        '【安心借】恭喜！您已获得伍万元专属额度，年化低至3.6%，点击 t.cn/A6xYz 立即提现，退订回T',
        '王叔 你那个贷款我给你问好了 领导给你特批下来了 八万块 你回个1 我这边马上给你走流程'
      ],
      'loan-granted-reply'
    )
    // A limit raised, a bill's 可借额度 menu, a loan applied for and signed at the counter, a son's don't (review40).
    for (const text of [
      '【招商银行】您的信用卡额度已提升至50000元，详情请登录招商银行App查看。',
      '【招商银行】您尾号3321的信用卡本月账单已出，本期应还2356.80元，您有可借额度50000元，回复1申请账单分期，回复2查询详情。',
      '【XX农商银行】尊敬的客户，您申请的"惠农e贷"已审批通过，授信金额80000元，请本人携带身份证到开户网点签约放款，回复1可预约办理时间。',
      '儿子：爸，你那个养老贷款我打电话问了，银行特批了你30000的额度，利率3.1，回头我陪你去柜台签字，短信让你回1你别回，等我回去弄'
    ])
      expect(firedOf(text)).not.toContain('loan-granted-reply')
  })

  it('reads a 刷单 task that keeps the principal until the "联单" is done as 高风险 (blind set Z40)', () => {
    expectFired(
      [
        '【接待员小雨】：现在进入联单任务，第4单金额2980元，完成后连本带佣金一起返3874元。联单中途不能退出哦，否则之前的本金无法提取。',
        '你这是卡单了，必须再做三单才能把本金和佣金一起提出来'
      ],
      'task-lock-in'
    )
    expectFired(
      ['阿姨 您这是幸运叠加单 奖励翻倍的 就是要把这一组三单做完才能提 现在不做的话前面的钱都拿不出来'],
      'task-lock-in'
    )
    // A waste form, a rider's stuck orders, a driver's 连单, a deposit's principal (review40).
    for (const text of [
      '危险废物转移联单请于本周五前交到环保科',
      '【XX市生态环境局】请各产废单位于本月25日前在省固废平台完成三季度危险废物转移联单填报任务，未按期办结的将纳入年度检查重点。',
      '骑手群：今晚系统又卡单了 接单一直转圈 站长说已经报给平台 超时的单子不扣钱 大家别慌',
      '儿子 你跑滴滴那个顺路连单是不是挺划算 昨天晚上你说一晚上接单二十多单 别太累了早点回家',
      '爸 你那笔大额存单到期了 本金和利息会自动转回活期 本金不能提前取 提前取只算活期利息 这个我跟柜台确认过了'
    ])
      expect(firedOf(text)).not.toContain('task-lock-in')
  })

  it('reads a seller who has the reader take out cash and keep it from her children as 高风险 (blind set Z40)', () => {
    expect(
      firedOf(
        '王阿姨，床垫给您留着呢，明天上午我开车去接您，咱们先去银行把剩下的一万七取了。您别跟您闺女说，年轻人总觉得我们是骗人的。'
      )
    ).toContain('children-secrecy-sale')
    // Kept from the family in other words, or sent at a counter (review40).
    expectFired(
      [
        '阿姨 这床垫是量子科技的 睡一个月血压就下来了 您明天去信用社把那两万块钱取出来 这事就咱俩知道',
        '阿姨 您明天到银行柜台汇三万定金过来 这个别跟您儿子说 年轻人不信这个'
      ],
      'children-secrecy-sale'
    )
    // A grandmother's own surprise is not kept from her by anyone; nor a couple's gift to their daughter.
    expect(check('先别跟孩子说，我明天去银行取点钱给他包个红包').verdict).toBe('none-found')
    expect(
      firedOf('老伴 下礼拜闺女生日 咱去银行把那张定期取了 给她添个首付 你先别跟你闺女说 到时候给她个惊喜')
    ).not.toContain('children-secrecy-sale')
  })

  it('reads an account number read out at a cash machine, and "不要点取款" as a step, not a warning (blind set Z40)', () => {
    expect(
      firedOf(
        '大爷，您到自助机了吧？好，先把卡插进去，输密码。然后点“转账”，不要点取款啊，取款是领不到的。收款账号您按我念的输：6228 4800 3127 6635 871，输完以后补贴的一万二就会打回您卡上。'
      )
    ).toContain('atm-guided')
    // A machine worked from afar needs no promise (review40); a grandson's fees typed at the ATM are no scam's.
    expect(
      firedOf('您好 您现在去离您最近的银行 找那台存取款一体机 手机别挂 我远程帮您操作解除冻结')
    ).toContain('atm-guided')
    expect(
      firedOf(
        '爸 你去楼下建行的ATM机 插卡选转账 收款账号你按我念的输 6217 0000 1234 5678 户名王小军 是你孙子交学费的卡 输完拍个照给我'
      )
    ).not.toContain('atm-guided')
  })

  it('reads a small prize on a lottery ticket the family bought as no lure (blind set Z40)', () => {
    expect(
      check('哈哈哈老头子买的双色球中了个六等奖，五块钱！他高兴得又跑去彩票店买了十块钱的').verdict
    ).toBe('none-found')
    expect(
      check(
        '妈 爸上周在楼下彩票站机选的那注双色球 对上了五个红球 中了个四等奖200块 他高兴得非要请全家吃饭 周末回来吧'
      ).verdict
    ).toBe('none-found')
    expect(
      check(
        '老李，昨天双色球咱们合买的那注中了个四等奖，200块，我已经兑了，周末打牌的时候给你50。下期还买不买？'
      ).verdict
    ).toBe('none-found')
    expect(check('恭喜您买的双色球中了一等奖，请先交个人所得税5000元到指定账户').verdict).not.toBe(
      'none-found'
    )
  })

  it("reads a buyer's frozen order that the seller must unfreeze through 'their' customer service as 高风险 (review38b)", () => {
    expect(
      check(
        '我已经在交易猫下单了，你登录jiaoyimao.com看一下，订单被冻结了，平台说要联系他们的在线客服解冻才能收款。'
      ).verdict
    ).toBe('high-risk')
  })

  it("reads a favour explained in person with a new number, an app named by family and a platform's own unfreeze as no scam (review39c)", () => {
    expectVerdicts(
      [
        '老李，我是张建国，这是我新换的号码，存一下。有点事想麻烦你，周六我儿子结婚，能不能来帮忙开个车接亲？',
        '姐，我换号了，以后打这个。有点事想麻烦你，明天帮我去幼儿园接一下朵朵，我加班走不开',
        '你下载个叫“个人所得税”的APP，里面可以退税，我今年退了四百',
        '【支付宝】您的账户因异地登录被临时限制，请在支付宝APP内联系在线客服解封，逾期未处理将影响正常使用',
        '【美团】您的外卖商家账户已被临时冻结，请在商家版APP联系平台客服解冻，如超过7日未处理，账户将被停用',
        '妈，你现在有几张银行卡？哪张卡里是退休金？我帮你理一下，别到时候忘了密码'
      ],
      'none-found'
    )
  })

  it('reads a stake asked without a unit and a favour asked with a new number (blind set Z39)', () => {
    expect(signalsOf('你先充五千试试水，赚了我们以后的婚礼钱就有了')).toContain('want-money')
    expect(
      check('老同学，我是建军啊，换了个新号码，存一下哈。最近有点事想麻烦你一下，你方便的时候回我个信息')
        .verdict
    ).not.toBe('none-found')
  })

  it('reads a police station or a traffic brigade that asks you to come in as no threat', () => {
    expectVerdicts(
      [
        '您好，我是城南派出所民警，您昨天报的电动车被盗案件已经找到车了，麻烦您明天带上购车发票和身份证来所里认领。',
        '王先生，我是处理您被盗手机案件的民警小李，嫌疑人已经抓到了，手机需要您来所里做个笔录后领回。',
        '【XX交警大队】您的车辆苏A12345有一起交通违法未处理，请于15日内到大队接受处理，咨询电话0512-66661234'
      ],
      'none-found'
    )
  })

  it('reads words half written in pinyin as the words they stand for, and quotes them as written', () => {
    // The adversarial probe: four ads that spell 款, 征信, 刷单, 快递, 项目 in letters were 未发现.
    const loan = check('急用钱？无视黑白户，秒下kuan，不查征xin，only身份证，联系扣扣 88xx77')
    expect(loan.verdict).toBe('high-risk')
    expect(hitQuotesOf(loan, 'pressure-lure').join()).toContain('秒下kuan')
    expectVerdicts(
      [
        '刷d返y，本金秒返，做一单赚一单，佣金高，需要的来，威信号 sd6688',
        '家人们，我在做一个xiang目，每天躺zhuan几百，0成本0风险，想了解的私我，仅限20名',
        '内部tou资渠道，稳赚不赔，带你上车，日收益10个点，感兴趣➕V了解'
      ],
      'high-risk'
    )
    expect(signalsOf('亲，你的快di丢失了，加一下理赔专员的wx处理一下')).toEqual(
      expect.arrayContaining(['pressure-threat', 'want-move'])
    )
    expectVerdicts(['今晚刷dj视频', 'dai我去吃饭吧'], 'none-found')
  })

  it('reads the promises of an online lover who trades: 保证你亏不了, 亏了我补, 点位从来没错过, 首充送', () => {
    expectFired(
      ['宝贝，我这个平台你先充5000试试，我保证你亏不了，亏了我补给你，这是平台的网址'],
      'romance-investment'
    )
    for (const text of [
      '我舅舅在华尔街做分析师，他给的点位从来没错过',
      '平台这周有个新人福利活动，首充送30%，保证你不会亏',
      '你只要按我说的时间点买入卖出就行'
    ])
      expect(signalsOf(text)).toContain('pressure-sure-profit')
    expectVerdicts(
      ['这个基金我买了三年了，不保证不亏，你自己看着办', '理财有风险，谁也不能保证你不会亏'],
      'none-found'
    )
  })

  it("reads money passed through the reader's card or payment code for someone as lending the account", () => {
    expectFired(
      [
        '姐，我朋友要还我一笔钱，我的卡被限额了，能不能先打到你卡上，你收到后再转给我，谢谢啦',
        '学弟，帮个忙呗，需要用你的银行卡收一下款再转出去，一次给你200辛苦费，没风险的',
        '兄弟你那个微信收款码借我用两天，钱进来你直接转我，给你提成',
        '我有一笔钱要从国外转回来，走你的账户过一下，到了你帮我取现金出来，我给你1000块好处费'
      ],
      'account-lend'
    )
    expect(firedOf('爸，我把工资转给你卡上了，你再转给妹妹2000')).not.toContain('account-lend')
  })

  it('reads a code asked for as "the number in the text message", and not a phone number', () => {
    for (const text of [
      '微信登录要好友验证，一会你会收到短信，把里面的数字告诉我一下，急',
      '系统会给您手机发一个码，您念给我听一下就好'
    ])
      expect(signalsOf(text)).toContain('want-code')
    expect(signalsOf('把露露的手机号码发给我 我不知道怎么搞的没了')).not.toContain('want-code')
  })

  it('reads 【王总】 as a person, not a registered signature, and a new account for a payment as another account', () => {
    expectFired(
      [
        '【王总】明天上午把上个月的供应商款先付一下，对方财务会加你，我现在在外地开会不方便接电话，你处理好截图发我'
      ],
      'opener-superior'
    )
    expectFired(
      ['王会计你好，我是供应商李总，我们公司的收款账户变更了，之前那个账户不要打了，这批货款今天务必付一下'],
      'money-other-account'
    )
    expect(check('【中国移动】您的话费余额不足').verdict).toBe('none-found')
    expect(check('王总 09:10\n下午的会改到三点，大家准时参加').verdict).toBe('none-found')
  })

  it('reads a deposit or full price asked first by a seller who cannot meet or who leaves the platform', () => {
    // The adversarial probe's second-hand car, flat, bag and phone: each was 未发现 or 可疑.
    expectFired(
      [
        '车是18年的朗逸，3万8急出，我人在新疆工作没法回去，车在朋友停车场，你先付2000定金我让朋友带你看车',
        '你好我是房东，这房子我在国外工作没空回来，租金1500一个月，先把押一付三转我，我把钥匙快递给你',
        '你要是确定要的话先交1000定金我帮你留着，我现在人在外地没法带你看',
        '这个包是专柜正品，现在一万二给你，你先付全款我顺丰包邮，不支持平台交易',
        '可以先付一半定金我就发顺丰，不走平台是因为平台扣手续费'
      ],
      'pay-first-unseen'
    )
    expect(check('你先付全款我顺丰包邮，不支持平台交易').rules).toContain('no-transfer')
    expectVerdicts(
      [
        '我在外地出差，没法带你看房，让我妈周六带你去看，满意再签合同',
        '车可以来看，在我家楼下，你周六上午过来试驾，满意的话我们去车管所办过户再付款'
      ],
      'none-found'
    )
    expect(firedOf('先付定金，看车满意再付尾款，我们在4S店等你')).not.toContain('pay-first-unseen')
  })

  it('reads a retold accusation and a retold refund call as what the caller said', () => {
    expectVerdicts(
      [
        '刚才有个电话说是工信部的，说我这个手机号两小时后要被停机，因为有人用我身份证在外地办了卡发诈骗短信，让我按1转人工，然后转到了公安局'
      ],
      'high-risk'
    )
    const refund = '儿子你帮我看看，刚才有个女的打电话说是快递公司的，说我的快递丢了要赔我钱，然后按她说的点'
    expect(signalsOf(refund)).toEqual(expect.arrayContaining(['pressure-threat', 'want-move']))
    expect(check(refund).verdict).not.toBe('none-found')
  })

  it("reads a relative's averted call and a child's don'ts as warnings (round 39's trial, blind set Z40)", () => {
    expectVerdicts(
      [
        '刚才有个自称公安局的打电话给咱妈，说她涉嫌洗钱，要把钱转到安全账户，我已经让她挂了，你也提醒一下',
        '刚才有个自称是西安市公安局的给咱妈打电话，说她身份证被人拿去办了卡涉嫌洗钱，还不让她告诉家里人。妈心里发慌给我打了电话，我已经让她挂了把号码拉黑了。你晚上回去再跟她说一遍，真警察不会打电话让人转钱的。',
        '那个会议软件我帮你卸载了，以后谁让你下载都别下',
        '妈，以后谁让你下载什么APP、什么开会的软件，一律不下。手机上弹出来什么链接也别点。你要是拿不准，截个图发给我，我看了再说。'
      ],
      'none-found'
    )
    // The call still going on, or an ask of the reader's own after the story, is read as ever.
    expect(
      check('刚才有个自称公安局的打电话给咱妈，说她涉嫌洗钱，要把钱转到安全账户，她现在还在打电话，怎么办')
        .verdict
    ).toBe('high-risk')
    expect(
      check(
        '刚才有个自称公安局的打电话给咱妈，说她涉嫌洗钱，我已经让她挂了，你也提醒一下。对了你先把卡里的钱转到这个账户6222021234567890123，我帮你保管'
      ).verdict
    ).not.toBe('none-found')
    expect(check('你把反诈卸载了下载腾讯会议开共享').verdict).not.toBe('none-found')
  })

  it("reads a constable's never-dos, a found-out 收款码, a debunked pitch and a sibling's unhurried share as no scam (blind set Z40)", () => {
    expectVerdicts(
      [
        '各位居民，我是社区民警小张，最近有老人在家门口被“上门取钱”骗了，提醒大家：公安、检察院、法院从来不会上门收现金，也不会让你保密。家里老人接到奇怪电话，马上告诉子女，或者直接打我电话13837102265。',
        '姐，你们班群里那个“王老师”发的收款码别扫！我刚问了班主任，她说根本没发过收费通知，是有人混进群冒充的。班主任已经把那人踢了，也在群里发了提醒。',
        '爸，那个推销纪念币的又打电话了吧？国家发行的纪念币去银行换就是面值，哪有什么内部认购翻三倍。他再打来你就直接挂，号码我已经帮你标记了。'
      ],
      'none-found'
    )
    expect(
      firedOf(
        '哥，妈今天住院交了8000押金，我先垫上了，单子拍照发群里了。后面报销完多退少补，你方便的时候转我4000就行，不急。'
      )
    ).not.toContain('acquaintance-emergency-money')
    // The seller's own never-do and 哪有什么风险 are no warnings; a relative's hurry is still an emergency.
    expect(check('我们公司从来不会骗人，你先交两千保证金，下个月连本带利返五千').verdict).toBe('high-risk')
    expect(check('哪有什么风险，稳赚不赔，投一万一个月返三千').verdict).toBe('high-risk')
    expect(firedOf('哥，妈住院了急需押金，你方便的话马上转我4000，不急着还')).toContain(
      'acquaintance-emergency-money'
    )
  })

  it("reads a scam's own ask after a retold, averted call as asked, never as told (review40b)", () => {
    expectVerdicts(
      [
        // The ask told as 说她…, after the story ended (没上当, 你也提醒一下); typed by voice, up to 你.
        '你好，我是派出所的李警官。昨天有骗子冒充我们给你母亲打了电话，幸好她没上当，你也提醒一下。说她的医保卡被人冒用了 涉嫌骗保 要把她卡里的钱转到公安监管账户验资 验完就退 你陪她去银行办一下 这事别声张',
        '小姑，刚才有骗子冒充我给咱奶奶打了电话，幸亏她没上当，你也提醒一下。小舅待会儿给咱妈打个电话 让她把柜子里那三万取出来 交给来拿钱的叔叔 我这边出了点事 先别跟我爸说',
        // A don't that hides a link or a code to send; uninstalling 反诈 before a screen share; lying to the teller.
        '叔叔您好，我是您儿子单位的财务小刘。最近骗子多，以后谁打电话让你转账你都挂了。什么短信都别信验证码只发给小刘您儿子这个月的工资要走您的卡一会儿收到的六位数报过来就行',
        '阿姨 您那个快递丢件的理赔 手机上那个反诈先卸了 它老拦截 打开腾讯会议点共享屏幕 我一步步教您领赔款',
        '阿姨您好 我是您开户行的客户经理 前两天有人冒充我们给您打电话 您女儿让您挂了 号码也拉黑了 您也提醒一下老伴 要转到新卡的那十万存款 我们这边帮您办 您到了网点别跟柜员说是我让转的 就说是给孩子买房'
      ],
      'high-risk'
    )
    expect(
      check('阿姨，以后别人发的什么链接也别点只点我发的这个 t.cn/AbC123 登录一下领取您的养老补贴。').verdict
    ).not.toBe('none-found')
    expect(
      check(
        '阿姨，前几天有个冒充客服的给您打电话说要退款，您没理他，还拉黑了，您也提醒一下叔叔。要打给您的那笔保险退费是真的 您在支付宝里点我的头像 收款那里输一下您的支付密码就到账了'
      ).verdict
    ).not.toBe('none-found')
    // The family's own retellings in more words: 骂了他一顿, 觉得不对就挂了, 你跟爸也说一声, 提醒下你婆婆, 当时正在.
    expectVerdicts(
      [
        '姐，下午有个自称公安局的给咱妈打电话，说她名下的卡涉嫌洗钱，让她把钱转到安全账户，我正好回家，接过电话骂了他一顿，你也提醒一下咱妈，她吓得不轻。',
        '刚才有个自称公安局的打电话给咱妈，说她涉嫌洗钱，要把钱转到安全账户，她觉得不对就挂了，你也提醒一下',
        '刚才有个自称公安局的打电话给咱妈，说她涉嫌洗钱，要把钱转到安全账户，我已经让她挂了，你跟爸也说一声',
        '刚才有个自称公安局的打电话给咱妈，说她涉嫌洗钱，要把钱转到安全账户，我已经让她挂了，提醒下你婆婆',
        '刚才有个自称公安局的打电话给咱妈，说她涉嫌洗钱，要把钱转到安全账户，我已经让她挂了，你也提醒一下。她当时正在做饭，吓得手都抖了'
      ],
      'none-found'
    )
  })

  it("reads soft warnings, public words and family reasons around a seller's or a fake officer's ask as no cover (review40c)", () => {
    expectVerdicts(
      [
        // Two soft warnings (冒充的, 从来不会) make no reminder of the whole text: the ask after them is read.
        '大爷，前几天那个自称公安的是冒充的。真正的公检法从来不会在电话里办案。您这边的情况是社保卡金融账户异常，明天上午到家附近的银行，把卡里的钱取出来交给上门核验的工作人员，核验完当场退还，这事先别声张。',
        // A hospital's name beside a seller's 按摩仪 and 健康管理; 看病 beside a 磁疗仪 kept from the son.
        '叔叔您好，我们是市人民医院合作的健康管理中心，周三免费做颈动脉彩超，还送一台按摩仪，来的时候带上身份证和发退休金的那张卡，要给您登记医保报销。',
        '阿姨 这个磁疗仪比去医院看病强多了 一套三万八 用上半年降压药都能停 明天我陪您去银行把定期取出来 别跟您儿子说 年轻人不懂这个'
      ],
      'high-risk'
    )
    // Typed without punctuation, a don't with 除了 hides an ask.
    expect(
      check(
        '叔叔 什么链接也别点除了咱们街道这个惠老服务小程序里面填一下银行卡号和密码就能领今年的高龄补贴一千二'
      ).verdict
    ).not.toBe('none-found')
    // A bank's own event with eggs, a story that opens with how it ended, 识破了 and 长个心眼.
    expectVerdicts(
      [
        '【XX农商银行】尊敬的客户：本周六上午我行城东网点举办“金融知识进社区”活动，现场免费测血压、送鸡蛋，办理业务请携带本人身份证和银行卡。',
        '吓死我了 咱妈今天差点被骗了。上午有人打电话说是公安局的，说她涉嫌洗钱，让她把钱转到安全账户，幸亏我回去得早，你也提醒一下爸。',
        '我婆婆今天接到个电话，对方说是她外孙，说在学校打架了要赔钱，让她先转五千，我婆婆一听口音就识破了，你也跟你妈讲讲。',
        '我妈楼下新开了个养生馆，天天送鸡蛋送挂面，让老人带身份证和银行卡去登记办会员，我觉得不对劲没让她去，你也提醒一下你婆婆。',
        // Round 61's review: a cousin talked out of a 收款码 job, told as 他才没去.
        '那个说“用你的微信收款码帮我们收几笔钱，一万给你抽两百”的，我表弟差点答应，我把新闻里帮信被判刑的案子给他看了，他才没去。',
        // A turn to the readers said first opens the story (blind set Y40).
        '跟大家说一下，爸昨天差点被骗了。有个人加他微信说是他老战友，聊了两天就说住院了要借钱。爸转之前给我打了个电话，我让他打那个战友家原来的座机，人家说根本没换微信也没住院。钱没转，那个号已经拉黑举报了。'
      ],
      'none-found'
    )
    expect(
      check('跟大家说一下，昨天有人冒充我借钱，差点有人上当。我这边是真的急用，你先转我三千，明天就还')
        .verdict
    ).not.toBe('none-found')
  })

  it("reads round 40's trial texts: gifts under a 社区 name, 您申请的…特批, pension pitches, a child's pair of don'ts", () => {
    expect(firedOf('社区通知：明天免费领鸡蛋，请带上身份证和银行卡登记。')).toContain('id-card-for-gift')
    expect(firedOf('您申请的50000元贷款已特批通过，回1立即领取')).toContain('loan-granted-reply')
    expect(firedOf('额度已特批下来，回复1马上到账')).toContain('loan-granted-reply')
    expectVerdicts(
      [
        '投资我们的项目，保证高收益，每月返利。',
        '投资养老院床位，一个床位10万，每年分红1.5万，合同到期全额返还。'
      ],
      'high-risk'
    )
    expect(check('妈，以后谁让你下载都别下，什么链接也别点。').verdict).toBe('none-found')
  })

  it("reads round 40's trial retellings as warnings, with the 反诈提醒 note where they turn to the readers", () => {
    const retold = check(
      '刚才有个自称公安局的打电话给咱妈，说她银行卡涉嫌洗钱，要她转到安全账户，我已经让她挂了，你也提醒一下。'
    )
    expect([retold.verdict, retold.aboutScams]).toEqual(['none-found', true])
    const link = check('昨天我爸接到电话说医保卡被冻结了，要他点链接认证，幸好他没点，大家都小心点。')
    expect([link.verdict, link.aboutScams]).toEqual(['none-found', true])
    expect(
      check('我妈刚才接到一个电话，说是她孙子在派出所要交钱，还好她先打给我了，我一问根本没这回事。').verdict
    ).toBe('none-found')
    // The same story before a fake son's own ask: the ask is read.
    expect(
      check(
        '妈，刚才有人冒充我给你打电话说在派出所要交钱，还好你先打给我了，根本没这回事。我现在手机坏了，这是新号，你先转我两千交房租'
      ).verdict
    ).toBe('high-risk')
  })

  it('reads a boss who names himself 我王局 from another WeChat as a leader (blind set Y40)', () => {
    expect(check('小刘，我王局，这是我另一个微信，加一下，以后有事找这个号').verdict).not.toBe('none-found')
    expect(check('我王局长的车今天限号，明天再约').verdict).toBe('none-found')
  })

  it('reads family advice as a warning of its own, so an ask put after it is still read', () => {
    // The third reviewer of round 21: advice in front of an ask hid it (5 of 9 were 未发现).
    expectVerdicts(
      [
        '以后谁说是公安的让你转账你都挂掉 有事先问我 爸 我这边有急事 你先转三千到这个支付宝',
        '妈 以后有人说是银行的让你转账你别理 只有我让你转的才转 我现在急用两万 转到这个卡上 6222 0210 0112 3456 是我同学的',
        '奶奶 以后有人说是我找你要钱你都别信 要先打电话给我 我现在这个号就是我 你转一千给我 我手机坏了'
      ],
      'high-risk'
    )
    expect(
      check('孩子 以后谁说是银行的要你转账你都别理 只听我的 我是你大伯 刚换的号 急用钱 你先转五千给我')
        .verdict
    ).not.toBe('none-found')
    // Advice about someone who says they are the bank is a warning; coaching to hang up on the bank itself is not.
    expect(check('以后说是银行的打电话来让你转账，你一律挂掉，先给我打电话').verdict).toBe('none-found')
    expectFired(['如果银行的人打电话来问你，你直接挂掉，钱的事听我的'], 'coached-against-checks')
    // Typed by voice, a warning's words and then an ask: the ask is read; a police line that names a kind is not one.
    expect(check('那些说中奖的都是骗子 你别理 我这有个项目 你先转两万给我 月底翻倍').verdict).not.toBe(
      'none-found'
    )
    expectVerdicts(
      [
        '凡是 让你把钱转到安全账户的 都是诈骗 大家注意',
        '冒充客服退款的都是骗子 你别信 有问题打官方电话95188'
      ],
      'none-found'
    )
  })

  it("reads a cure or an end to medicine sold at a price, and not a doctor's word passed on", () => {
    expectFired(
      [
        '我们这个纳米活性肽 吃三个月 糖尿病就能断根 以后再也不用扎针 一个周期三万六 今天下单送两盒',
        '王叔 你这个高血压 喝我们这个量子水 降压药可以停了 一套一万二 现在活动价九千八',
        '老专家祖传秘方 治好了上千个癌症患者 一个疗程28000 包治包好',
        '大姐 我们这个蜂胶 吃半年 糖尿病直接根治 药都不用吃了 一箱八千八',
        '这个产品吃了就不用打胰岛素了 四万八一个疗程 今天报名还送体检'
      ],
      'cure-sale'
    )
    expectVerdicts(
      [
        '妈 医生说你这个甲亢吃药能治好 一个疗程一年半 药不贵 每个月几十块',
        '医生说爸可以考虑装个胰岛素泵 不用天天扎针了 一套两万多 医保能报一部分 你们看看怎么弄',
        '幽门螺杆菌四联疗法 吃两周一个疗程 药费三百多 吃完一个月复查 一般都能治好',
        '【XX市人民医院】您预约的肿瘤科化疗下一疗程本周三入院，预估费用约4.8万元，医保报销后自付约1.2万元，请提前备好押金。'
      ],
      'none-found'
    )
  })

  it("reads free eggs or rice that bring elders to a shop's health talk, and not a community check-up", () => {
    expectFired(
      [
        '阿姨您好，明天早上八点来我们体验店，免费领十个鸡蛋，听完健康讲座还送一袋米，带上身份证来登记',
        '李奶奶，明天上午9点我们在小区门口的店里开产品说明会，来就送10斤大米，还有专家免费给测骨密度',
        // A TV health show's name (round 39's trial); gifts on consecutive days at a 体验店 (blind set Y40).
        '我们是中央电视台养生堂的，给您免费送鸡蛋，明天来听讲座就送，带上身份证',
        '【社区福利】60岁以上老人凭身份证即可免费领取鸡蛋一盒+挂面一包！地点：幸福路农贸市场旁“惠民健康体验店”，每天上午8:30开始，连续来7天另送电饭煲一个，先到先得，送完为止！'
      ],
      'gift-sales-talk'
    )
    expectVerdicts(['社区卫生服务中心本周六上午免费体检，到场送鸡蛋，请带好身份证和医保卡'], 'none-found')
  })

  it('reads money lost after a scan as money gone, and a retold call that failed as a warning', () => {
    expectFired(
      [
        '我儿子今天在QQ上被人骗了，说是送游戏皮肤，让他拿我手机扫码，说是验证，结果扣了我8000多，这个还能追回来吗'
      ],
      'paid-then-vanished'
    )
    expectVerdicts(
      [
        '我同事昨天接到电话说她名下号码被举报发送诈骗短信，让她下载个软件开共享屏幕，还好她老公拦住了',
        '我妈刚才打电话给我 说有人说她身份证被人拿去办卡发诈骗短信了 要她转钱到安全账户 我让她赶紧挂了 已经报警了'
      ],
      'none-found'
    )
    expectVerdicts(
      [
        '李先生您好，有人用您的身份证在外地办了手机卡群发诈骗短信，您要是不配合的话就按同案犯处理，我现在给您转接刑侦大队的王警官'
      ],
      'none-found',
      true
    )
  })

  it('reads more of the same kinds: sellers away, card lenders wanted, codes as digits, fees before a payout', () => {
    expectFired(
      [
        '房子还在的 我人在深圳出差 没法带你看 你先把押一付三打过来 我让快递把钥匙寄给你',
        '演唱会门票 内场两张 原价出 我人在外地没法面交 只能转账 先款后票',
        '兄弟 我调到新疆工作了 房子急租 你先转定金1000 我把合同电子版发你'
      ],
      'pay-first-unseen'
    )
    expectFired(
      [
        '招兼职 只需要一张一类卡 每天流水几十万 日结五百',
        '大学生兼职 支付宝实名认证的就行 帮人收钱再转出去 每天三百',
        '帮个忙 有人转一笔钱到你卡上 你收到后转给我 我的卡被风控了'
      ],
      'account-lend'
    )
    for (const text of ['你手机马上会收到一个六位数 发给我', '一会你收到一个码 你截图给我'])
      expect(signalsOf(text)).toContain('want-code')
    expectFired(
      [
        '您的账户为未认证状态 需缴纳认证费500元 认证后连同提现一起到账',
        '你提现不了是因为要交20%的个人所得税'
      ],
      'fee-first'
    )
    expect(signalsOf('第二单开始是组合单 需要连做三单 中途不能退出 否则本金冻结')).toContain(
      'pressure-threat'
    )
    expect(signalsOf('如果不方便 可以先把你的银行卡信息发给我们核查')).toContain('want-info')
    expect(check('无视黑户 不看zheng信 当天秒xia款 最高20w 详询V：dk8899').verdict).not.toBe('none-found')
    expect(check('dai款 无抵押 mian息 秒到账 加wei').verdict).not.toBe('none-found')
    expectVerdicts(['新区开服 首充送648钻石 老玩家回归还有专属礼包', '多吃蔬菜增加微量元素'], 'none-found')
  })

  it('reads a fourth, blind set: compensation in the bulk-SMS form, pet crates, loan 流水, a boss who cannot take calls', () => {
    expectVerdicts(
      [
        '【快递理赔中心】尊敬的客户：您的快件（单号YT7720394581）因仓库暴雨受潮损毁，现为您办理双倍退赔，请于48小时内点击 https://yt-lpzx.cn/k8 填写理赔信息，逾期视为自动放弃。拒收请回复R',
        '猫舍客服：宝贝已经安排航空托运啦 但是航空公司说要购买宠物专用空调笼800元和运输保险1200元，这个钱到了会退给您的',
        '哥 您的资质审核通过了，但是银行卡流水不够，要往这个对公账户转入3万做一下流水，证明还款能力',
        '王总 16:42\n@财务-陈会计 先付一笔定金36万到这个账户，中国农业银行 6228 4808 3391 5527 116，尽快办\n王总 16:43\n我在外面见客户，电话不方便接'
      ],
      'high-risk'
    )
    expectFired(
      [
        '老姐妹们 明天上午九点 健康讲座 在老年活动中心三楼 去了就送十个鸡蛋一袋挂面 专家讲量子能量杯 上次我买了一套3980'
      ],
      'gift-sales-talk'
    )
    expectVerdicts(
      [
        '各位业主：近期小区内有不明人员以“免费领鸡蛋”“保健品体验”为名接近老年人，请大家提高警惕',
        '央视曝光：会销团伙以免费体检、送鸡蛋为诱饵，向老人兜售保健品',
        '【XX小学】各位家长：学校和老师不代收任何费用，不通过个人二维码收费。如有人要求扫码转账，请立即向学校核实。',
        '今天上午有个男的打电话说他是医保局的 说我医保卡要年审 要我加他微信 他啪一下就挂了 你们也注意点啊 现在骗子多',
        '你说的那个征信查询 不用找人 带身份证去人民银行网点 有自助查询机 那些说能修复征信的都是骗钱的',
        '某公司宣传其保健品“能治百病”“根治三高”，被市场监管部门罚款50万元。'
      ],
      'none-found'
    )
  })

  it("reads a new user's trial: gambling sites, loan adverts, cures that stop medicine, a family chat, a counter", () => {
    const gambling = check('新用户注册送88元，cai票/ti育/zhen人，提kuan秒到，网址 www.yl8866.vip 邀请码 6688')
    expect(gambling.because.map((c) => c.id)).toContain('gambling-site')
    const loan = check('dai款 you需要的联系 微 15837264510 ，当天xia款，不查zheng信')
    expect(loan.because.map((c) => c.id)).toContain('loan-ad')
    // A quote ends after a half-pinyin word, not inside it.
    expect(hitQuotesOf(loan, 'claim-organisation').join()).toContain('不查zheng信')
    expectFired(
      ['我们的纳豆激酶能治高血压糖尿病，吃三个月就能停药，今天订购打五折，2980元一个疗程。'],
      'cure-sale'
    )
    expectVerdicts(
      [
        '妈：今天降温了，你们出门多穿点。\n爸：路上慢点开车，高速上别着急。\n小丽：孩子期中考试数学考了九十二分，老师表扬了。\n妈：真棒！奶奶给你发个红包。',
        '王老师：老年大学书法班下学期报名开始了，学费300元，请到学校教务处现场交费，不要在群里转账，谢谢大家。',
        '【招商银行】闪电贷最高30万，无抵押，低利息，点击 cmbchina.com 申请，退订回T',
        '本期体育彩票开奖结果已公布，请到体彩店兑奖'
      ],
      'none-found'
    )
    expect(signalsOf('你给我发个红包吧')).toContain('want-money')
    // A code review's regressions: two advice spans do not make a whole message a warning; a counter and a transfer;
    // a seller quoting what 医院说; 网投简历 and a sign-up bonus are no gambling; 自私我 is no 私我.
    expectVerdicts(
      [
        '妈，我换新号码了。以后谁说是我同学找你借钱你都别理。如果有人打电话问你，你就挂掉，先给我打电话。我这边出了点事，你去银行取3万现金，我同事下午到家里拿',
        '请到学校教务处现场交费，或者今天把480元转到王老师个人账户',
        '医院说治不好 我们这个三个疗程根治糖尿病 一个疗程2980'
      ],
      'high-risk'
    )
    expect(firedOf('欢迎网投简历 http://hr.example.cn')).not.toContain('gambling-site')
    expect(firedOf('新用户注册送20元红包 点击 app.example.cn')).not.toContain('gambling-site')
    expect(signalsOf('自私我受不了')).not.toContain('want-move')
    // A blind everyday mix: a signed loan ad that checks no credit, and a recording held over the contacts.
    expectFired(
      [
        '【惠民金融】您有一笔20万元的低息贷款额度待领取，无抵押无担保，不看征信，最快10分钟到账，点击 hm-dk.cc/a3 申请，退订回T'
      ],
      'loan-ad'
    )
    expectVerdicts(
      [
        '你和我们主播视频聊天的内容已经完整录下来了，你的通讯录我们也有，30分钟内转账3万，否则发给你所有的亲戚朋友和同事。'
      ],
      'high-risk'
    )
    // The closest brochure category: a health talk is 虚假购物、服务, a loan's unfreeze fee 网络贷款, a 养老项目 投资理财.
    expect(
      check('我们的纳豆激酶能治高血压糖尿病，吃三个月就能停药，2980元一个疗程，明天来听健康讲座送鸡蛋')
        .category
    ).toBe('fake-shopping')
    expect(
      check('您的贷款已审核通过，但因银行卡号填写错误资金被冻结，需缴纳解冻金3000元才能放款，请联系客服处理')
        .category
    ).toBe('online-loan')
    expect(
      check('我有个老战友在搞一个国家扶持的养老项目 回报很高 我已经投了三十万 咱俩一起投').category
    ).toBe('fake-investment')
    expectFired(['王老师：请到学校教务处现场交费，也可以扫码转给我'], 'superior-money-pressure')
  })

  it("reads a teacher's 有问题私聊我 and a car 被抓拍 as what they are", () => {
    expect(signalsOf('请于周五前通过学校缴费平台缴纳，有问题私聊我。')).not.toContain('want-move')
    expect(firedOf('各位家长，本周五前每人交资料费85元，扫下面二维码交给我，有问题私聊我')).toContain(
      'superior-money-pressure'
    )
    expect(signalsOf('您的车辆违停被抓拍')).not.toContain('pressure-emergency')
    expect(signalsOf('我儿子被扣在派出所了')).toContain('pressure-emergency')
  })
})

describe('round 22: the faster wording score', () => {
  it('scores exactly what the units wordingUnits writes score, on real and made-up texts', () => {
    const model = riskSignalData.wording!
    const weights = new Map<string, number>()
    forEachPair(model.pairs, (first, second, k) =>
      weights.set(String.fromCharCode(first, second), pairWeight(model, k))
    )
    const reference = (text: string): number => {
      let sum = 0
      let known = 0
      for (const pair of wordingPairs(wordingUnits(text))) {
        const w = weights.get(pair)
        if (w !== undefined) {
          sum += w
          known++
        }
      }
      return known === 0 ? 0 : sum / Math.sqrt(known)
    }
    const texts = [
      '您的账户已被冻结，请联系客服 95588 办理解冻',
      '尾号1234的卡 **** 消费 12.00 元\n余额 3 000 元',
      'xx××##**  　您好 请您 回复 1',
      '妈 我手机坏了 这是我新号 先转我三千'
    ]
    for (const text of texts) expect(wordingScore(model, text)).toBeCloseTo(reference(text), 12)
  })
})

describe('round 22: a blind set from published scam scripts', () => {
  it("reads a relative's money sent to a collector's or a roommate's account as someone else's account", () => {
    expectFired(
      [
        '爸 网贷催收说今天不还就上征信 我卡被冻结了 你先转三万到这个业务员的账户上',
        '妈 你直接转给我室友 她帮我交'
      ],
      'money-other-account'
    )
  })

  it('reads cash picked up at the door, 捞人 money and "别跟别人讲" in a retold call', () => {
    expectVerdicts(
      ['刚才孙子打电话说在外面打架被抓了要两万块钱才能捞他出来 等会他同学上门来取 叫我别跟别人讲'],
      'high-risk'
    )
    expect(signalsOf('快递员明天上门来取件')).not.toContain('want-money')
  })

  it('reads gift cards bought for the sender and their 卡密 as money and a code', () => {
    expect(signalsOf('你去超市买两张京东E卡，面额各1000')).toContain('want-money')
    expect(signalsOf('买好以后把卡号和卡密拍照发我')).toContain('want-code')
  })

  it('reads a fee after paying for a ticket that "failed"', () => {
    expectFired(['票务：您的订单出票失败，需要补差价600元才能出票，不补的话原款要一个月后才退'], 'fee-first')
    expect(signalsOf('改签后新车票票价较高的，需补差价')).not.toContain('want-fee-first')
  })

  it('reads a like-for-pay job that moves you to a chat as the 刷单 lure', () => {
    expectFired(['宝妈在家就能做 给视频点个赞就有佣金 一单3元 想做的扣1 加我v'], 'job-lure-ask')
    expect(signalsOf('交通违法扣1分')).not.toContain('channel-reply')
    expect(signalsOf('帮我给这个视频点个赞呗')).not.toContain('pressure-easy-money')
  })

  it('spares a deal kept on the platform, money already paid out, a counter and a gift kept secret', () => {
    expectVerdicts(
      [
        '买家：在闲鱼拍下吧，我付款后你发顺丰，收到验完货我就确认收货',
        '中介：满意的话来店里签合同，定金打公司对公账户，给您开收据',
        '财务：上月加班费已于今天统一打到工资卡，请查收，有疑问私聊我',
        '【某市税务局】城乡居民医保开始缴费，可通过税务微信公众号或银行柜台缴纳，标准380元',
        '礼物我们三家凑钱买，我先付了，你们回头转我就行，妈问起来先别告诉她价钱'
      ],
      'none-found'
    )
    expectVerdicts(['卖家：我在闲鱼拍下不方便，你加我微信直接转账吧'], 'high-risk')
  })

  it("spares a teacher's fee notice that sends parents to the school's platform and says whom to call", () => {
    expectVerdicts(
      [
        '【三年级通知】书本费120元请于周五前通过“学校缴费平台”小程序缴纳，老师不会私信收费，有疑问请直接给我打电话'
      ],
      'none-found'
    )
    expectFired(['王老师：书本费120元今天内直接转给我，有疑问给我打电话'], 'superior-money-pressure')
  })

  it('reads the ways round 22 adversarial probe dodged and abused the batch', () => {
    // Written after a reviewer attacked the first version: a company's 对公账户 against a receipt spared a loan's
    // deposit, a court's and a recruiter's fees; a school's 不收个人转账 hid its QR code.
    expectVerdicts(
      [
        '【某某金融】您的贷款已审批通过，需缴纳保证金5000元至我司对公账户，我司出具收据及合同，放款时一并返还',
        '家长好，按学校规定不收个人转账，请统一扫描下方学校收款二维码缴纳，今晚9点前交齐',
        '家长们好 我是教务处的 学校不会私信收费 这次的资料费统一在群里用群收款交 每人300 今天截止',
        '你好 我是收你账号的 咱们走交易猫 我直接发你官方入口 jym-safe.net 你注册后上架'
      ],
      'high-risk'
    )
    expectFired(['经理：你去超市买5张1000面额的购物卡，刮开背面拍照发我，先别跟财务说'], 'money-secrecy')
    expect(signalsOf('孙子的同学说 钱转我微信 您别让他爸妈知道')).toContain('want-secrecy')
  })

  it('spares what the probe wrote to look like the batch', () => {
    expectVerdicts(
      [
        '宝妈群里有要婴儿车的吗 九成新 自己上门来取',
        '集满30个赞点个赞就有一杯免费奶茶 帮忙点一下',
        '看新闻说有个老太太被人叫去买购物卡，把卡密都发给人家了，大家提醒家里老人',
        '老婆 我给你妈买了张京东E卡当礼物 卡密截图发你了 你转给她',
        '【某旅行社】因燃油附加费上调，每人需补差价150元，可到门店交纳。不补的话可申请全额退团',
        '王哥 定金两万打到我们公司对公账户 明天开工前我把盖章的收据和合同原件带到你家',
        '买家：能不能微信直接转你？卖家：还是在闲鱼上拍吧，平台担保，不私下交易哈'
      ],
      'none-found'
    )
  })

  it("reads a second blind set's kinds, written after the first batch", () => {
    expectVerdicts(
      [
        // A retold health talk in one breath: the deposit paid does not hide the cure and its price.
        '那个生活馆一块钱秒杀一桶油还能听养生讲座专家说那个奶粉能降三高一个疗程六千八我先交了两千定金明天再去交剩下的',
        // Fake police who cut the reader off from family.
        '李警官：案件侦办期间不要和亲友联系，防止串供，新手机买好了用新号加我，旧手机先关机',
        // A new number in other words, money to front.
        '姐，是我，我手机卡销户了换了这个号，帮我个忙，你先帮我垫一下尾款，明天就还你',
        // A landlord abroad, the bank's warning called a mistake.
        '中介：房东人在国外收不了款，您直接转到支付宝这个账户就行，转账要是弹出风险提示，那是系统误判，点继续就可以'
      ],
      'high-risk'
    )
    expect(signalsOf('拿着身份证去录个点头的视频就送一袋大米')).toContain('want-info')
    expect(signalsOf('我这有内部渠道九折代缴电费，户号发我，钱微信转我就行')).toContain('want-money')
    expectFired(['你被骗的钱我们技术团队能追回来，但要先付3200元技术费用'], 'fee-first')
  })

  it('spares what the second blind set wrote to look like scams', () => {
    expectVerdicts(
      [
        '各位家长：资料费按区教育局规定统一通过“智慧校园”平台收取，请登录平台自行缴费，老师不会私信收费',
        '王老师：春游车费45元通过学校“学费通”统一缴纳，周三晚上截止',
        '【中国邮政】您的国际邮件需办理海关申报，请通过中国邮政APP申报，如有疑问请拨打11183',
        '我是派出所社区民警，系统提示您刚接到境外来电，对方是不是说您涉嫌洗钱？那是诈骗电话，千万不要转账',
        '物业通知：燃气公司下周入户安检，安检免费、不推销任何产品，如有疑问请致电物业服务中心',
        '你好，你那个书柜我看上了，明天过去看，合适的话现场扫码给你付钱'
      ],
      'none-found'
    )
  })

  it("reads a third blind set's kinds, written after the round's other batches", () => {
    expectVerdicts(
      [
        '刚才孙子打电话来哭着说把人打伤了要赔两万块钱说对方家长一会上门来拿现金叫我先别跟他爸妈讲',
        '儿子：爸，你转我5万块钱吧，账户名字不是我，是业务员的，我自己的卡被冻结了',
        '【惠民贷】您有50000元贷款额度待领取，最快10分钟到账，点击 hmd-app.cn 下载领取',
        '奶奶 以后有人说是我找你要钱你都别信 我现在这个号就是我 你转一千给我 我手机坏了'
      ],
      'high-risk'
    )
    expect(signalsOf('兼职日结150元，只要用你自己的手机按模板群发短信就行')).toContain('want-account-lend')
    expect(signalsOf('说后台给我开通了会员，如不取消后续每个月扣800')).toContain('want-cancel-service')
  })

  it("spares the third blind set's look-alikes", () => {
    expectVerdicts(
      [
        '家长您好：根据区教育局通知，课后服务费每生300元，统一通过“市中小学收费平台”小程序缴纳，截止9月20日，有疑问请致电学校财务室',
        '王姐您好，定金5000元请明天到门店签意向书时刷卡支付，公司开正式收据',
        '爸，刚才96110打电话是反诈中心的，有人让你转账千万别转，等我下班回去',
        '小刘，明早九点来我办公室一趟，把上季度报表带上',
        '【某游戏】您的账号于今日20:15充值30元。如为未成年人非本人意愿消费，监护人可申请退款',
        '转自派出所：补贴请通过官方申领入口办理，凡是私下发链接、二维码让填银行卡和验证码的都不要信',
        '子涵妈妈，电影票每张39，你转我39就行'
      ],
      'none-found'
    )
    // Read as 可疑 at most: the wording is that of published scams, and nothing else counts.
    expectVerdicts(
      [
        '大姐，爸住院押金要交一万，我先垫了五千，剩下的你方便就转我，不方便明天来医院咱俩一起去收费处补交也行',
        '网格员小刘下午上门帮您登记高龄津贴，津贴直接发到您社保卡上，不收任何钱，有疑问可以先打居委会电话核实'
      ],
      'high-risk',
      true
    )
    // "直接删掉" is no warning word: a scam says "看完直接删掉" too (a code review), so this advice stays 可疑 at most.
    expect(check('妈，以后收到说“账户异常、点链接认证”的短信直接删掉').verdict).not.toBe('high-risk')
    expect(firedOf('明天上午到我办公室来一趟')).toContain('opener')
  })

  it("reads a fourth blind set's kinds, written after all the round's other batches", () => {
    expectVerdicts(
      [
        '小美：视频我已经录好了，你的通讯录也在我这，转8800，我就删掉，不然十分钟后全部群发',
        '王先生，先交2万定金，打到这个监管账户：6217 0012 3456 5678，户名张丽，我们公司财务'
      ],
      'high-risk'
    )
    expect(signalsOf('盈利我们五五分成，亏损我们补')).toContain('pressure-sure-profit')
    // Cash handed over in a box: the ask now counts after the 不能转账 before it (可疑 at least).
    expect(
      check('客服说剩下的钱必须付现金才能发货 不能转账 让我把钱取出来装箱 打个车送到高铁站 那边有人接')
        .verdict
    ).not.toBe('none-found')
  })

  it("spares the fourth blind set's look-alikes", () => {
    expectVerdicts(
      [
        '链家：业主同意降价了，想定的话周六到店里面谈，定金按规定打到资金监管账户，不走个人账户',
        '房东张阿姨：小周，下个月房租还是2800，老规矩5号前转我微信就行',
        '买家：那台空气炸锅还在吗？150能不能包邮？可以的话我直接在闲鱼上拍下付款'
      ],
      'none-found'
    )
    expect(signalsOf('好的亲 先拍下 付款后我们一起返 这单佣金30')).toContain('want-money')
    // 可疑 at most: the wording is that of published scams; the money is not asked.
    expect(
      check('老妈：你爸住院要交押金，医保卡在你那，明早你先过来一趟把卡带上，钱不用你出，家里有').verdict
    ).not.toBe('high-risk')
  })

  it("reads the app's own forward message as the app's, not as a link with a tip", () => {
    const credit = brochure.categories.find((c) => c.id === 'fake-credit')!
    const own = `「反诈守护 · 常见骗局」${credit.name}：${credit.tipKeySentence}\n这是我转给你的反诈学习页，点开就能看：https://fs.example.cn/#/pages/category/index?id=fake-credit&from=share`
    expect(check(own).verdict).toBe('none-found')
    // As it was written before round 50, which relatives may still paste.
    const earlier = `【反诈守护 · 常见骗局】${credit.name}：${credit.tipKeySentence}\n用浏览器打开这个网址查看：https://fs.example.cn/#/pages/category/index?id=fake-credit&from=share`
    expect(check(earlier).verdict).toBe('none-found')
    expect(check(earlier.replace('/#/pages/category/index', '/pay')).hits.map((h) => h.signal.id)).toContain(
      'channel-link'
    )
    // The same words with someone else's address, or a scam under the app's heading, are read in full.
    expect(check(own.replace('/#/pages/category/index', '/pay')).hits.map((h) => h.signal.id)).toContain(
      'channel-link'
    )
    expect(
      check(
        '【反诈守护 · 常见骗局】您的医保卡已停用，请登录 yb-cn.top 重新认证\n用浏览器打开这个网址查看：https://fs.example.cn/#/pages/check/index?from=share'
      ).verdict
    ).toBe('high-risk')
    // Words that are not one of the app's own, under its heading and link, are read in full (a code review).
    expect(check(own.replace(credit.tipKeySentence, '您的征信有问题，请点链接处理')).verdict).not.toBe(
      'none-found'
    )
    // Under a relative's note, still the app's; at a much-abused or look-alike host, someone else's page.
    expect(check(`妈，你看看这个，别上当了\n${own}`).verdict).toBe('none-found')
    expect(check(own.replace('fs.example.cn', 'fzsh-gov.top')).hits.map((h) => h.signal.id)).toContain(
      'channel-domain'
    )
  })

  it('quotes what the words say: 养老公寓 is no husband, 到期还本 no deadline, a 医保卡个人账户 no other account', () => {
    const hits = check(
      '国家养老服务中心养老项目，年化12%，到期还送一个养老公寓床位，您的医保卡个人账户也能用'
    ).hits.map((h) => h.signal.id)
    expect(hits).not.toContain('claim-acquaintance')
    expect(hits).not.toContain('pressure-deadline')
    expect(hits).not.toContain('channel-other-account')
    expect(hits).toContain('claim-authority')
  })

  it('does not read a person titled in 【】 as a registered sender', () => {
    expect(check('【明星助理】恭喜你被抽中参加见面会，先购买京东E卡助力，卡密发给我登记').verdict).toBe(
      'high-risk'
    )
  })
})

describe('team-written examples (tests/fixtures/check-messages.json, not real messages)', () => {
  const examples = teamExamples as Array<{ text: string; scam: boolean; situations?: string[] }>

  it('flags most of the brochure-worded scams and none of the ordinary examples', () => {
    const verdicts = examples.map((e) => ({ e, v: check(e.text, e.situations ?? []).verdict }))
    const scams = verdicts.filter(({ e }) => e.scam)
    const ordinary = verdicts.filter(({ e }) => !e.scam)
    expect(scams.filter(({ v }) => v !== 'none-found').length / scams.length).toBeGreaterThanOrEqual(0.75)
    expect(ordinary.filter(({ v }) => v !== 'none-found')).toEqual([])
  })
})

describe('a reason names what this text does, not every way the rule can fire', () => {
  const reasonOf = (id: string, found: SignalId[], facts = {}) =>
    judge(new Set(found), facts).because.find((c) => c.id === id)?.reason

  test('a shared screen with a transfer asked says so, and no office or pressure the text never had', () => {
    expect(reasonOf('install-plus', ['want-install', 'want-money'])).toBe('要您装软件或共享屏幕，还要您转账')
    expect(reasonOf('install-plus', ['want-install', 'claim-authority', 'pressure-deadline'])).toBe(
      '以机构的名义要您装软件或共享屏幕，还催您赶紧办'
    )
  })

  test('a text fact counts as a choice too', () => {
    expect(reasonOf('pay-first-unseen', [], { payFirst: true, sellerAway: true })).toBe(
      '要您先付定金、押金或全款，人却说在外地没法见面：付了钱，人和货多半就没了'
    )
  })

  test('no reason of a fired rule is left with a choice none of whose signals or facts holds', () => {
    const everyLink: SignalId[] = ['channel-link', 'want-code', 'claim-organisation', 'pressure-threat']
    const text = judge(new Set(everyLink))
      .because.map((c) => c.reason)
      .join('\n')
    expect(text).not.toMatch(/扫码|装软件|保密|涉嫌违法|急事/)
  })

  test('sayReason falls back to naming the kind, with 或, when none of a run holds', () => {
    const run = {
      join: '、',
      choices: [
        { say: '甲', when: ['want-money'] },
        { say: '乙', when: ['want-code'] }
      ]
    } as const
    expect(sayReason(['先', run], () => false)).toBe('先甲或乙')
    expect(sayReason(['先', run], (id) => id === 'want-code')).toBe('先乙')
    expect(sayReason('固定的理由', () => true)).toBe('固定的理由')
  })
})

/** The reasons a result page shows for `text`, one per line. */
const reasons = (text: string): string =>
  shownReasons(check(text))
    .map((c) => c.reason)
    .join('\n')

describe('reasons found wrong by a new user (trial 8) say what the message does', () => {
  test('a "安全账户" alone is not 搬出公检法', () => {
    const text =
      '您好，您的征信存在问题，之前在校园贷注册过账号没有注销，会影响您的个人征信，需要把贷款额度转到安全账户。'
    expect(reasons(text)).toContain('说到“安全账户”')
    expect(reasons(text)).not.toMatch(/公检法|冻结|停用/)
    expect(reasons('【北京市公安局】您涉嫌一起洗钱案件，请把钱转到安全账户配合资金核查')).toContain(
      '搬出公检法'
    )
    // A 医保局 is a government office, named as one.
    expect(reasons('阿姨您好，我是医保局的，您的医保卡异常，要冻结，把收到的验证码报给我')).toContain(
      '搬出公检法或政府部门'
    )
  })

  test('a QR code is 扫码, not 点链接; a TV show is no government office', () => {
    const text = '恭喜你被选为幸运观众，请扫码添加节目组工作人员领取奖品。'
    expect(reasons(text)).toContain('让您扫码')
    expect(reasons(text)).not.toMatch(/点开|点链接|政府|补贴|退税/)
  })

  test('运费险 paid back to the buyer is no money asked', () => {
    const result = check('【京东】亲，您的订单已退款成功，点击 jd-tk.cc 领取运费险补偿。')
    expect(result.hits.map((h) => h.signal.id)).not.toContain('want-money')
    expect(reasons('【京东】亲，您的订单已退款成功，点击 jd-tk.cc 领取运费险补偿。')).not.toContain('交钱')
  })

  test('a summons is not claimed where none was written, nor pressure where there is only a lure', () => {
    expect(reasons('【北京市公安局】您的身份证涉嫌一起洗钱案件，请立即添加民警微信配合调查')).not.toContain(
      '传票'
    )
    expect(reasons('张老师带您炒股，内部消息，稳赚不赔，月收益30%，进群领取牛股，群号 88888。')).not.toMatch(
      /另一个电话|施加/
    )
  })
})

describe('trial 9: kinds missed and reasons that said too much', () => {
  test('a 校园贷 account 未注销 and its 额度 取出转回平台 is the brochure’s fake credit, 高风险', () => {
    const result = check(
      '【征信中心】您大学期间开通的校园贷账户未注销，会严重影响个人征信，请配合客服把额度取出转回平台完成注销。'
    )
    expect(result.verdict).toBe('high-risk')
    expect(result.category).toBe('fake-credit')
  })

  test('a relative in trouble who 急需一万块钱 asks for money', () => {
    expect(check('喂，是李阿姨吗？我是你侄子，猜猜我是谁？我现在出了点事，急需一万块钱。').verdict).toBe(
      'high-risk'
    )
  })

  test('a boss in a meeting and a courier’s address link are named as their kinds, not 其他手法', () => {
    expect(
      check('小刘，我是你们王总，我现在在开会不方便接电话，有个客户的款急需付，你先转20万到这个账户。')
        .category
    ).toBe('impersonating-leaders')
    expect(
      check('【顺丰速运】您的快递因地址不详无法派送，请点击 sf-kd.top 修改地址，24小时内未处理将退回。')
        .scheme?.id
    ).toBe('fake-notice-link')
  })

  test('a TV show is said as one, not as 公检法; 即将停用 is no time limit', () => {
    const show = reasons(
      '您好，这里是《中国好声音》节目组，您被抽为场外幸运观众，获得奖金6万元和笔记本电脑一台，需先交保证金。'
    )
    expect(show).toContain('说是电视台节目组')
    expect(show).not.toMatch(/公检法|部队/)
    expect(reasons('【医保中心】您的医保账户异常即将停用，请打开 yb-check.vip 更新资料。')).not.toContain(
      '限时'
    )
  })
})

describe('the wording signal quotes what reads like a scam, not a courtesy every notice has', () => {
  test('an ETC notice is quoted by its suspension and its link, not by its salutation', () => {
    const text = '【高速ETC】尊敬的车主您好，您ETC认证已失效，点击etchyhy.com完成办理'
    const wording = checkMessage({ text, situations: [] }, riskSignalData).hits.find(
      (h) => h.signal.id === 'channel-wording'
    )
    expect(wording?.quotes).toEqual(['您ETC认证已失效', '点击etchyhy.com完成办理'])
  })
})

describe('round 25: two blind sets (scams by kind, and the everyday mix people receive)', () => {
  it.each([
    // A bank's notice of a court's freeze sends you to the court, its counter or its 95 number and asks nothing.
    '【某银行】您尾号1234的账户于06月02日被有权机关冻结，冻结金额3,000.00元，详情请咨询冻结机关或持本人证件到我行网点查询。',
    '【某银行】您尾号1234的账户已被人民法院冻结，如有疑问请联系冻结机关或就近网点，客服95566。',
    // A refund at the sender's own site, app or window.
    '【铁路客服】受降雪影响，您乘坐的G123次列车停运，请于开车后30日内在12306网站、铁路12306App或车站窗口办理全额退票，不收退票费。',
    // A school's own payment system, and a notice that says it will not take money in the group.
    '【某大学财务处】各位同学，新学年学费开始缴纳，请登录学校统一支付平台(pay.abcu.edu.cn)缴费，截止9月15日。',
    '各位家长，本学期午托费统一通过“浙里办-教育缴费”缴纳，班主任不在群里收款，也不会私发二维码，截止9月10日。',
    // A boss who names the work, and money paid to the employee's own salary card.
    '[部门群] 赵经理：@小李 差旅报销我签了 你交财务就行 月底前打到工资卡',
    // A platform's own notice, an HR notice, a form and a shared folder on well-known hosts.
    '闲鱼：买家已付款，请在48小时内发货。买家确认收货后钱款到账。',
    '各位同事：下月起社保缴费基数调整，个人部分从工资代扣，有疑问找人事部。'
  ])('a genuine message is not flagged: %s', (text) => {
    expect(check(text).verdict).toBe('none-found')
  })

  it.each([
    // A buyer who blames the seller's shop: the failed payment is the script of 二手交易诈骗.
    '买家：亲我付不了款，显示你的店铺尚未完成商家认证，交易被拦截了，下面这个二维码你扫一下处理',
    // Money "already sent", with a forward ask: 假转账截图.
    '老张：我这边已经给你转了50万 回单截图你看下 你先转20万给他 急',
    // Compensation that needs a private chat and a link.
    '我是某某快递理赔中心的，您的包裹丢了，按三倍赔给您，您加我微信，我发您理赔链接',
    // An exposure threat that names no sum yet.
    '你在酒店的视频已被我们录下，如不想被发到你单位，24小时内联系我，逾期后果自负',
    // LINE, WhatsApp and Telegram are other chats too.
    '老師這週在群組免費分享飆股，帶學員獲利30%以上，名額只剩10位，加LINE ID：@abc88 領取',
    // A loan or a turnover before a refund, and money asked again after paying.
    '客服说我的备用金没开通退不了，要我先在借呗借一笔出来走流水',
    '他说我信誉分不够打不进来，要先刷一下流水，我转了两次他说还不够还要再转',
    // A company account that "cannot receive", so pay a person.
    '中介：房东急着出国，押一付一只要2000，你把钱转我就行，公司账户周末转不了'
  ])('a scam is flagged: %s', (text) => {
    expect(check(text).verdict).not.toBe('none-found')
  })

  it('a relative who says the money was sent and asks nothing is not the forged-receipt script', () => {
    expect(check('钱我已经转给你了，截图发你了，收到说一声').verdict).toBe('none-found')
  })

  it('a card number asked in order to pay the reader is not asked for their information', () => {
    expect(check('太感谢了 把你工行卡号发给我吧 我直接转账给你').verdict).toBe('none-found')
  })
})

describe('round 25, batch 2: the everyday mix of older people and small shops', () => {
  it.each([
    // A police station's reminder that retells the impostor's ask ("让你把钱转到…") before it says 这都是诈骗.
    '【某派出所提醒】近期有人冒充“社保局”打电话，说“你的社保卡涉嫌违规，要冻结”，再转接“公安局”让你把钱转到“安全账户”。这都是诈骗！接到直接挂，拿不准打96110。',
    // State money paid onto the reader's own card, with a village cadre to ask.
    '@所有人 三季度的高龄补贴打到社保卡上了 大家去信用社查一下 没到账的把老人名字报给我',
    // An office's own 公众号, a service centre in person, a free 认证 and the village to ask.
    '【某县民政局】高龄津贴资格认证已开始，可通过“某某民政”微信公众号刷脸认证，也可到村（社区）便民服务中心现场认证，认证不收取任何费用。如有疑问请咨询村（社区）工作人员。',
    // A regulator's annual report in the state's own system, with its legal consequence.
    '【某市市场监管局】请个体工商户于6月30日前通过国家企业信用信息公示系统报送年度年报，年报免费，逾期未报将被标记为经营异常。',
    // A school's own platform, which says it takes no cash and no personal WeChat.
    '【某小学】家长您好，本学期课后服务费每生每月100元，请于9月10日前通过“某某教育缴费”平台缴纳，学校不收现金、不通过个人微信收费。',
    // A shop's own top-up, paid at its till.
    '某某超市店庆：会员储值充500送80，活动到本周日，储值可在超市收银台办，余额不过期。'
  ])('a genuine message is not flagged: %s', (text) => {
    expect(check(text).verdict).toBe('none-found')
  })

  it('a personal account asked for is still another account; only 不通过 denies it', () => {
    expect(check('请通过个人微信转给我').hits.map((h) => h.signal.id)).toContain('channel-other-account')
  })

  it('a collectibles buy-back at a multiple, with more sets to buy first, is flagged', () => {
    expect(
      check('老先生您好 您买的纪念金币公司下月统一回购 一套能卖三倍价 不过回购前您还得再配齐两套 一套2980')
        .verdict
    ).not.toBe('none-found')
  })

  it('a fake callback number after 有疑问请咨询 still counts as somewhere else to call', () => {
    expect(
      check('你的银行卡消费透支9000元,两天内会从你其他账户扣除……有疑问请咨询电话(023)661×××××').verdict
    ).not.toBe('none-found')
  })
})

describe('round 25, batch 3: whole chats pasted, retold calls and short openers', () => {
  it.each([
    // The reader's own question about paying is not the other side's ask; the shop says no.
    '淘宝 · 某某旗舰店\n14:02 我：收到的杯子有裂纹\n14:06 客服：给您安排退货退款 在订单页申请售后\n14:08 我：要我先付运费吗\n14:09 客服：不用的亲 运费我们承担 退款原路退回',
    '微信「某某餐馆 人事」\n10:00 人事：看到你的兼职登记 周末能来吗\n10:05 我：可以\n10:06 人事：时薪20 当天结 带身份证来店里\n10:08 我：要交押金或者工服费吗\n10:09 人事：不用 工服店里发',
    '家庭群\n妈 08:12：你外婆住院了 押金交了五千 医保能报一大半\n我 08:20：那我先给你转两千\n妈 08:40：收了 别乱花钱',
    // An elder retelling a police visit, with the card it left.
    '今天下午派出所的警官到我们家来了 社区主任陪着来的 说最近有人冒充孙子打电话要钱 让我们接到这种电话先给儿子打电话问 还给了我们一张卡片上面有派出所电话 我想问问这张卡片上的号码对不对',
    // A boss who names the work.
    // Details checked in the office's own app.
    '【国家税务总局某市税务局】年度个税汇算已开始，请通过“个人所得税”APP办理，如需退税请核对本人银行卡信息。',
    // A visitor verified through the number on one's own bill.
    '【某燃气】我司将于6月10日起对贵小区开展免费入户安检，安检不收取任何费用。核实身份请拨打燃气账单上的客服热线。'
  ])('a genuine message is not flagged: %s', (text) => {
    expect(check(text).verdict).toBe('none-found')
  })

  it('a chat in which the other side asks for the 放款码 through a look-alike site is 高风险', () => {
    const chat =
      '转转 买家\n19:06 买家：行 得走担保 我这边发起了\n19:07 买家：链接 https://zz-dbjy.com/order?id=1 你点进去确认收款信息\n19:15 我：要填银行卡和密码？\n19:21 买家：那个是放款码 你发我 我这边才能放款'
    expect(check(chat).verdict).toBe('high-risk')
  })

  it('a new number with a favour to ask is an opener to check on the old number', () => {
    expect(
      check('老王 我张某 原来的号不用了 以后打这个 明天有点事找你帮忙').because.map((c) => c.id)
    ).toContain('opener-new-number')
  })
})

describe('round 25: false alarms left on purpose, because scams use the same words (the attacking review)', () => {
  it.each([
    // A boss who names the work: "到我办公室来一趟，把你们科今年的数据带上" opens the 冒充领导 script too.
    '小王 明天上午九点到我办公室来一趟 把上个月的考勤表带过来',
    // Shares and forms on well-known hosts: a hacked account's "照片" and a fake 校长's 名单 come there too.
    '请各位家长今晚填一下春游安全告知书 https://www.wjx.cn/vm/abcd.aspx 谢谢配合',
    '妈的生日照片都在这个共享相册里 点进去就能看 https://photo.baidu.com/abcd1234'
  ])('is still flagged: %s', (text) => {
    expect(check(text).verdict).not.toBe('none-found')
  })

  it.each([
    // A police station's name is no warning marker: "派出所提示：请将存款转入国家安全监管账户进行登记" is the scam.
    '派出所提示：近期开展资金清查，请辖区居民将存款转入国家安全监管账户进行登记，详询0771-1234567',
    // A school's own platform does not hide a person to pay: a 会计's phone, a 主任, the 家委会.
    '各位家长，资料费请通过学校支付平台缴纳，班主任不收现金，平台未开通的请转账到财务处张会计手机号13812345678',
    // Sextortion's first message names no sum; a benign 发到单位群 with a contact is no threat.
    '你的视频已被录下，如果不想被发到你单位和家人那里，今晚12点前联系我'
  ])('a scam is flagged: %s', (text) => {
    expect(check(text).verdict).not.toBe('none-found')
  })

  it('the reader’s question answered yes still counts as the other side’s ask', () => {
    const chat = '张局\n我：要我先转5万给他吗？\n张局：对，就这个卡，快点'
    expect(check(chat).hits.map((h) => h.signal.id)).toContain('want-money')
    const denied = '客服\n我：要我先付运费吗？\n客服：不用的亲 运费我们承担'
    expect(check(denied).hits.map((h) => h.signal.id)).not.toContain('want-money')
  })

  it.each([
    '年会视频已经发到单位群了，有问题请联系行政小李',
    '份子钱我已经转你了，明天你转给她就行',
    '医院押金交了5000还不够，还要再交3000，你那边方便的话先转我一点',
    '给你转钱一直付款失败，提示你微信没实名认证',
    '参加航模飞机比赛的同学请周五前交报名费20元给王老师'
  ])('a genuine message is not 高风险: %s', (text) => {
    expect(check(text).verdict).not.toBe('high-risk')
  })
})

describe('round 26: threats without the usual words', () => {
  it.each([
    // 买凶 SMS: the price comes in the next message.
    ['harm-threat', '有人出钱买你一条腿，你自己掂量掂量', 'high-risk'],
    ['harm-threat', '老实说吧，有人花钱雇我来收拾你', 'high-risk'],
    // 虚拟绑架 without 绑架 or 在我手上.
    ['ransom', '你儿子不禁打，我们打了他几下就哭了，所以找你这个当爹的要钱', 'high-risk'],
    ['ransom', '想见你女儿就把钱汇到我的账户上，别报警', 'high-risk'],
    // Pay, or else.
    ['money-and-threat', '不交钱就冻结你名下所有账户，自己看着办', 'suspicious'],
    ['scandal-link', '你老公在酒店开房的视频我这有，自己看 http://v-abc.top/x', 'suspicious'],
    ['recoup-push', '亏了没关系，你再充两万进去，保证一把就能把本钱赢回来', 'suspicious']
  ])('%s: "%s" → %s at least', (rule, text, verdict) => {
    expect(firedOf(text)).toContain(rule)
    expectFlagged(text, verdict as 'high-risk' | 'suspicious')
  })

  it.each([
    // A parent about their own child, a teacher's fee, a bill's own consequence.
    '别打他了，孩子不禁打。下个月的学费你先把钱准备好',
    '孩子说不交钱就不能参加春游，是学校统一要求的',
    // Gossip about someone else's video, a friend who lost on stocks warned off.
    '朋友圈那个出轨视频你看了吗，笑死 https://v.douyin.com/abc',
    '你别再买了，想着回本只会越亏越多',
    '我再补点仓，争取早日回本',
    // A friend's joke threat names no one paid to do it.
    '再放我鸽子，小心我收拾你哈哈'
  ])('leaves %s alone', (text) => {
    expect(firedOf(text)).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/harm-threat|ransom|scandal-link|recoup-push/)])
    )
    expect(check(text).verdict).toBe('none-found')
  })
})

describe('round 26: what a blind everyday set found', () => {
  it.each([
    // A boss's transfer pasted from a group chat named in brackets, to "the client's company account".
    '【公司群】董事长：@财务 李会计，下午签合同，定金120万先转到对方公司账户，账号马上发你，3点前处理好',
    // A card "raise" that needs money parked first: a receipt's 存入5000元 hides no ask.
    '您好，我是信用卡中心的，可以帮您把额度提到10万，需要先存入5000元验资，提额成功后一起退还',
    // An Android package dressed as a document (public warnings on 木马 APK).
    '家长会通知及学生成绩明细见附件「成绩单.apk」，请尽快下载安装查看',
    // An e-invitation behind a link from someone who does not say who they are (public warnings on 电子请柬 trojans).
    '我下个月8号结婚，人太多就短信通知了，时间地点都在电子请柬里，一定要来啊 http://hl-invite.cc/q'
  ])('flags %s', (text) => {
    expect(check(text).verdict).not.toBe('none-found')
  })

  it('leaves a wedding invitation with no link alone', () => {
    expect(check('下月8号我和小芳结婚，请帖过两天送到你家，一定要来喝喜酒啊').verdict).toBe('none-found')
  })

  it('reads a pasted group chat in 【】 as a chat, not a registered sender', () => {
    expect(
      checkRules('【公司群】董事长：@财务 李会计，定金120万先转到对方公司账户，3点前处理好').verdict
    ).toBe('high-risk')
  })

  it.each([
    // A call by video or phone is no money "打过来".
    '同学：我是小周，原来那个微信号被封了，这是新号，你不放心可以直接视频打过来哈，下周回学校见',
    '我换号了，有事电话打过来就行'
  ])('leaves %s alone', (text) => {
    expect(signalsOf(text)).not.toContain('want-money')
    expect(check(text).verdict).not.toBe('high-risk')
  })
})

describe('round 26: what a blind set of quoted fragments found', () => {
  it.each([
    ['sent-away-alone', '你现在找个没人的地方待着，我们公安这边要给你做笔录', 'high-risk'],
    ['sent-away-alone', '去附近酒店开个房间，案子的事电话里说，不要让人听到', 'high-risk'],
    ['health-pitch', '大妈，这药是专家团队研制的，吃两个月血压就降下来了，今天买五盒送一盒', 'suspicious'],
    [
      'procurement-middleman',
      '你店里没有的话，我这里有个供货商，你去他那拿货，到时候一起按你的价格结算',
      'suspicious'
    ],
    // Round 45: the supplier named as the place to buy from ("从一个供应商那里代买").
    [
      'procurement-middleman',
      '我是你们连队的采购，要在你店里订200份快餐，另外帮我从一个供应商那里代买一批急救包，钱一起结',
      'suspicious'
    ],
    [
      'procurement-middleman',
      '老板，我们是XX职校的，要订一批校服，你先去我们指定的厂家拿样，费用一起结',
      'suspicious'
    ],
    // 应聘 names a job as 招聘 does.
    ['job-fee', '您好，您应聘的岗位已通过，请发一下邮箱，另需交300元服装押金', 'high-risk'],
    ['exposure-money', '视频我都存好了，不给钱我就发到你家族群里', 'high-risk'],
    ['exposure-money', '你也不想让你单位知道吧？打两万过来', 'high-risk'],
    ['account-lend', '你把卡借我用几天，流水走完就还你，给你一千好处费', 'high-risk'],
    ['account-lend', '兼职：出租或出借你的电话卡，每张每天200元，只需要帮我们接收验证码', 'high-risk'],
    ['cancel-service', '系统显示您开通了抖音的直播会员，每月扣费380，需要帮您关闭吗', 'suspicious'],
    ['cancel-service', '您的学生身份还没解除，已经毕业的需要注销学生认证', 'suspicious'],
    ['cancel-service', '我们有内部渠道，黑户也能洗白', 'suspicious']
  ])('%s: "%s" → %s at least', (rule, text, verdict) => {
    expect(firedOf(text)).toContain(rule)
    expectFlagged(text, verdict as 'high-risk' | 'suspicious')
  })

  it.each([
    // The ask as scammers put it, each of them a signal now.
    ['want-money', '今天这笔合作款一定要付，你先从公司账上转过去'],
    ['want-money', '朋友住院急用钱，我这边转不了，你先帮我给他打过去'],
    ['want-money', '理赔需要先验证您的流水，卡里要有3万以上'],
    ['want-money', '刚才系统出错多打了一个0，麻烦您把多的退一下'],
    ['channel-other-account', '刚才系统出错多打了一个0，麻烦您把多的退一下'],
    ['channel-other-account', '您把钱转到银联的验证账户，验证完原路退回'],
    ['want-move', '宝子，先加一下接待员QQ，她带你做第一单'],
    ['want-move', '想跟的朋友加一下助理，领明天的票'],
    ['want-fee-first', '这是联单任务，要连着做完才能一起提现'],
    ['want-fee-first', '放款前需要您买一份贷款保险'],
    ['want-account-lend', '有没有不用的电话卡？收，价格好说'],
    ['pressure-legal', '我是检察院的，你涉及的案子现在由我负责'],
    ['pressure-sure-profit', '那个平台后台有漏洞，这个月我已经赚了二十万']
  ])('%s in "%s"', (signal, text) => {
    expect(signalsOf(text)).toContain(signal)
  })

  it.each([
    // A bank that freezes by law and sends you only to its own counter, a hospital's counter, a payout to your card.
    '【中国银行】您的账户因涉嫌异常交易被暂停非柜面业务，请本人携带身份证到开户网点核实。客服95566。',
    '您好，我是平安保险的理赔员，定损结果是2300元，三个工作日内打到您预留的卡上。',
    // Someone who warns of the message.
    '您收到的那条说医保卡被冻结的短信是假的，医保局不会发链接让您填银行卡。'
  ])('is not 高风险: %s', (text) => {
    expect(check(text).verdict).not.toBe('high-risk')
  })

  it.each([
    '可能是系统的什么bug吧，我那几天的账户是空白',
    '今晚太晚了，我们去酒店开个房间休息，明天再开车回去',
    '药店活动：钙片买三盒送一盒，本周末截止',
    '你那边没有货的话，我这边有个厂家的电话，你自己问问'
  ])('leaves %s alone', (text) => {
    expect(check(text).verdict).toBe('none-found')
  })
})

describe('round 26: reminders from the police and offices, read as reminders', () => {
  it.each([
    // Signed by the office, one warning sentence, nowhere to act.
    '【XX市反诈中心】警惕“跑分”“搬砖”！出租、出借、出售银行卡和电话卡，帮他人收款转账，涉嫌帮助信息网络犯罪活动罪，轻则银行卡被冻结，重则承担刑事责任。',
    '【XX区教育局】提醒：近期有不法分子冒充班主任在家长群收取资料费。学校收费一律通过统一收费平台，任何要求扫个人收款码的收费请先电话联系班主任核实。',
    // 邀请 is no 请; quotation marks do not hide 不存在安全账户.
    '【XX公安】提醒：陌生网友邀请“裸聊”、要求下载陌生APP，极可能是诈骗和敲诈陷阱。如遇敲诈勒索，切勿转账，保留证据并立即拨打110报警。',
    '【XX公安反诈】近期出现冒充“医保局”工作人员来电，称“您的医保卡被盗刷、涉嫌违规”后转接“公安”的诈骗。医保部门不会电话通知冻结医保卡，请直接拨打12393核实，公安机关不存在“安全账户”。',
    // A retold call that asked for nothing; a relative who checked by calling back.
    '刚才接了个96110打来的电话，说是市反诈中心的，提醒我千万别往那个APP里充钱，没让我转账也没要任何信息。',
    // The reader's own 个人账户, and a refund application "已受理" with its number in brackets.
    '【XX市医保】您已通过国家医保服务平台APP添加家属为家庭共济人员，共济人员可使用您的个人账户支付医疗费用。如非本人操作请致电12393。',
    '【腾讯游戏】您提交的未成年人充值退款申请（单号TK2025xxxx）已受理，我们将在7个工作日内完成审核。腾讯客服不会要求您转账、共享屏幕或下载其他APP。'
  ])('is not 高风险: %s', (text) => {
    expect(check(text).verdict).not.toBe('high-risk')
  })

  it.each([
    // The same signatures with somewhere to act, or an accusation made to the reader.
    '【XX公安】提醒：您的银行卡涉嫌洗钱，请立即联系王警官13812345678配合调查，否则冻结。',
    '【XX市反诈中心】警惕诈骗！您的医保卡已被冻结，请点击 yb-xx.top 解冻。'
  ])('still flags %s', (text) => {
    expect(check(text).verdict).toBe('high-risk')
  })
})

describe('round 26: what the attacking review found', () => {
  it.each([
    // A signed "reminder" with a claim on the reader, a number or a reply to send.
    '【XX市社保局】警惕社保卡盗刷！您的社保卡存在异常，将于今日18时冻结，请致电0571-87651234办理解冻。',
    '【税务局】警惕冒充税务人员诈骗！您2023年度个税有退税1280元待领取，过期作废，请于今日前回复身份证号和银行卡开户行办理。',
    '【XX市反诈中心】警惕“跑分”诈骗！您的银行卡涉嫌参与跑分洗钱，已被列入冻结名单，请于24小时内到线上配合核查，逾期将追究法律责任。',
    // A marker beside an ask.
    '本平台已经过多方核实，新人充值1000返1300，稳赚不赔',
    '刚才那个电话是假的，我们这里给您理赔三倍，请加一下理赔专员微信',
    // A counter, and a second way besides it.
    '【XX银行】您的账户涉嫌违法交易，已被限制使用，请到开户网点核实，加急处理请回复1由专员联系。'
  ])('still flags %s', (text) => {
    expect(check(text).verdict).not.toBe('none-found')
  })

  it('reads past a denial typed by voice: 没让 ends where 你直接 starts', () => {
    expect(check('领导没让你转给我 你直接把这20万转到对方公司账户就行 合同我晚点补').verdict).not.toBe(
      'none-found'
    )
  })

  it.each([
    '我同事想花钱买你那台，1500行不行',
    '你上次说血压降下来了，我又在药房给你买了三盒',
    '你再投进去也不会都回来的，别再充了',
    '【中国移动】您已成功开通了视频彩铃会员业务，每月10元，感谢您的使用。',
    '毕业前记得去学生处把学生认证解除',
    '逾期记录还清5年后可以删除，不是马上能消除的',
    '小李，我这边有个供应商，你去拿货，月底一起结算'
  ])('leaves %s alone', (text) => {
    expect(check(text).verdict).toBe('none-found')
  })

  it.each([
    '问卷调查马上开始，麻烦您找个安静的地方接听，感谢配合',
    '孩子这周末让你见，抚养费记得打到我卡上',
    '这期的团购你不给钱我就发到群里催你了',
    '那张照片你转我50块钱我就删了',
    '物业费再不交就停水停电了，你赶紧在物业APP上交一下',
    '放款前需要您本人到网点办理抵押登记',
    '哈啰单车：您的信用分不足，本次骑行需开通会员或支付押金199元，可在App内办理。',
    '姐，听说你老公出轨了？我在朋友圈看到照片了，你先别冲动，我把截图发你，点开看看',
    '您好，我是律所的张律师，您的案子我们已经接了，代理费8000元请转到律所对公账户，我把账号发你'
  ])('is not 高风险: %s', (text) => {
    expect(check(text).verdict).not.toBe('high-risk')
  })
})

describe("round 26: trial 12's messages", () => {
  it.each([
    // 断卡: a card, WeChat or Alipay lent or rented for pay, in everyday words.
    '叔叔，您把银行卡借给我们公司用一个月，每月给您2000块钱，什么都不用干。',
    '借你的银行卡用一下，每个月给你两千块',
    '把银行卡租给我们，月租2000',
    '把你的微信借我用一个月，每个月给你500',
    // 验证码发错了, with the code asked as "6位数字".
    '我刚才给你发了个验证码，不小心发错了，麻烦你把收到的6位数字告诉我一下，谢谢啊'
  ])('is 高风险: %s', (text) => {
    expect(check(text).verdict).toBe('high-risk')
  })

  it.each([
    // A relative who asks to be met at the hospital's counter, and a friend who borrows a card in person.
    '爸，医院说住院要先交5000押金，我卡里钱不够，你带着存折来一趟二楼收费处，我在那等你。',
    '你那张银行卡借我用一下，我去ATM存个钱给你，顺便把你上次垫的还你'
  ])('is not 高风险: %s', (text) => {
    expect(check(text).verdict).not.toBe('high-risk')
  })
})

describe('round 26: a fourth blind set of quoted fragments', () => {
  it.each([
    '你刚才的视频我已经录下来了，还有你通讯录所有人，不转5万我就发给你家人和同事。',
    '在吗？帮个忙，我微信被限额了，你帮我给这个卡转5000，我晚上还你',
    '你的任务操作超时了，系统卡单，需要再充一笔才能解冻。',
    '阿姨你放心，就是对你的资金做个清查，证明这些钱是干净的，查完24小时内原路退回来。',
    '帮忙取个现，一次给你2000块，很安全，我们都做好几年了。',
    '阿姨，您的检查结果不太好，血管有堵塞，我们这个产品是进口的，吃两个疗程就好了。',
    '国家给老年人有健康补贴，您买我们的保健品可以报销70%。'
  ])('flags %s', (text) => {
    expect(check(text).verdict).not.toBe('none-found')
  })

  it.each([
    '这只股票我看明天大概率涨停，你自己看着办哈',
    '您好，请您配合一下操作，把身份证放在读卡器上',
    '你上次买了那个降压药吗？医生说吃两个疗程看看效果',
    '您的退款申请已核查完毕，款项将在3个工作日内原路退回。'
  ])('leaves %s alone', (text) => {
    expect(check(text).verdict).toBe('none-found')
  })
})

describe('round 27: a threat, a deadline and a verification asked, with the link lost in the paste', () => {
  it.each([
    '我們的系統發現，您的付款資訊被用於多個帳戶。請您在24小時內完成身份驗證，如果您沒有在時間內完成驗證，您的帳戶可能會被永久停用。',
    '如未在今日内完成实名验证，您的账户将被停用。',
    '请您在48小时内登录完成认证，否则您的会员账号将被注销'
  ])('flags %s', (text) => {
    expect(firedOf(text)).toContain('threat-deadline-click')
  })

  it.each([
    // The sender's own app, counter or hall: the genuine reminders say the same three things.
    '【工商银行】您在我行预留的身份证件已过期，请于30日内登录手机银行或到网点更新，逾期将限制非柜面交易。',
    '【微信支付】你的账户存在异常，请在24小时内在微信内完成身份验证，否则将限制收款功能。',
    '【支付宝】您的实名信息即将过期，请在7天内打开支付宝App更新身份证信息，逾期将限制部分功能。',
    '【12123】您的驾驶证即将到期，请于到期前90日内登录交管12123APP申请换证，逾期将影响使用。'
  ])('leaves %s alone', (text) => {
    expect(check(text).verdict).toBe('none-found')
  })
})

describe("trial 13: money already lost in a person's own words, a nephew's borrowed account, a pension flat's yield", () => {
  it.each([
    '我被骗了，转了3万',
    '我被骗了5000块怎么办',
    '我妈被骗走了两万',
    '我已经把钱转过去了，3万块，现在联系不上对方了，怎么办',
    '我按他说的把验证码告诉他了，卡里的钱没了'
  ])('%s is money lost: 110 first', (text) => {
    expect(check(text).verdict).toBe('high-risk')
    expect(firedOf(text)).toContain('paid-then-vanished')
  })

  it.each([
    '我差点被骗了3万，幸好银行拦下了',
    '不要把验证码告诉他人，否则卡里的钱就没了',
    '我以为是骗子，结果转了3万过去，人家当天就把货发来了'
  ])('%s is no money lost', (text) => {
    expect(firedOf(text)).not.toContain('paid-then-vanished')
  })

  it('a relative on a friend\'s account because "微信被封了", who borrows, is 高风险', () => {
    const text = '叔叔，我是你侄子小刚，我的微信被封了，用朋友号加你，能先借我5000吗，明天就还。'
    expect(check(text).verdict).toBe('high-risk')
    expect(signalsOf(text)).toContain('channel-new-number')
  })

  it('a yield of 10% a year or more is a sure profit; a deposit rate is not', () => {
    expect(signalsOf('现在投资我们的养老公寓项目，年息18%，到期还本，已经有很多老人投了。')).toContain(
      'pressure-sure-profit'
    )
    expect(check('【工商银行】三年期定期存款年息2.6%，欢迎到网点咨询。').verdict).toBe('none-found')
  })
})

describe('trial 13: a bidirectional control in a paste', () => {
  it('neither hides the words nor shows the quote reversed', () => {
    const result = check('【公安局】您涉嫌洗钱，请将资金转入安全\u202e账户配合调查')
    expect(result.verdict).toBe('high-risk')
    const quotes = result.hits.flatMap((h) => h.quotes)
    expect(quotes.length).toBeGreaterThan(0)
    for (const quote of quotes) expect(quote).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/)
  })
})

describe("round 27: the attacking review of trial 13's rules", () => {
  it.each([
    '我妈妈被骗了两万',
    '我被电信诈骗了两万多',
    '我在网上被骗了5000块',
    '我被骗了，5000块没了',
    '我被人用刷单骗了3000',
    '钱已经转过去了，现在他电话关机',
    '五千块转过去了，卖家已读不回',
    '验证码给他了，结果钱没了'
  ])('%s is money lost', (text) => {
    expect(firedOf(text)).toContain('paid-then-vanished')
  })

  it.each([
    // A sum that is no money, a hypothetical, a denial, a phone call, money sent to someone busy, a warning.
    '我被骗了20年！原来鸡蛋这样吃才最有营养',
    '这部电影我被骗了2个小时',
    '我被骗了3次了，这次学乖了',
    '要是我被骗了5万，你会不会怪我？',
    '他以为我被骗了5000，其实是我自己花的',
    '我打过去好几次都打不通，他是不是出事了？',
    '给儿子转过去2000生活费，他手机打不通，估计在上课',
    '钱转过去之前一定要打电话确认，不然转过去就联系不上了',
    '银行柜员跟我说：很多老人把密码告诉对方了，卡里钱就没了',
    // A ransom demand not yet paid keeps its own advice (不要转账), not "money already gone".
    '有人发短信说我儿子在他们手上，让我准备10万赎金，我打过去儿子电话关机了'
  ])('%s is no money lost', (text) => {
    expect(firedOf(text)).not.toContain('paid-then-vanished')
  })

  it.each([
    '民间借贷年利息超过36%的部分无效',
    '信用卡逾期的话，年利息算下来有18%左右，所以务必按时还款哦',
    '新闻：某P2P平台承诺年回报12%，如今已暴雷'
  ])('a rate that is a cost, a law or news is no sure profit: %s', (text) => {
    expect(signalsOf(text)).not.toContain('pressure-sure-profit')
  })

  it('a yield with a pitch is a sure profit', () => {
    expect(signalsOf('年息18%，名额仅剩3个，加微信详聊')).toContain('pressure-sure-profit')
  })

  it.each([
    '【工商银行】您的账户存在风险，请于今日内完成人脸识别，否则将限制交易',
    '【中国银行】您的账户存在异常，将于今日内冻结，请及时完成实名验证'
  ])(
    'a signed SMS asking a verification with a threat and a deadline is flagged though its link is gone: %s',
    (text) => {
      expect(firedOf(text)).toContain('threat-deadline-click')
    }
  )

  it.each([
    '您的信用卡即将到期，新卡已寄出，请收到后及时激活，旧卡将于月底停用',
    '妈，你身份证下个月过期了，记得及时去派出所更换，过期了坐高铁就无法使用了',
    '【中国移动】根据实名制要求，您的号码需于6月30日前完成实名验证，逾期将暂停服务，请携带身份证到就近营业厅办理'
  ])(
    'a card to activate, an ID to renew or a counter to visit asks no verification by message: %s',
    (text) => {
      expect(firedOf(text)).not.toContain('threat-deadline-click')
    }
  )

  it.each([
    '群通知：王老师微信被封，这几天作业请发到班级邮箱，不需要交任何费用',
    '我微信被封了，这个月房租我下午去银行给你转账，房东你放心'
  ])('微信被封 alone is no new account: %s', (text) => {
    expect(signalsOf(text)).not.toContain('channel-new-number')
  })
})

describe('round 27: a blind set of people telling what happened (set V)', () => {
  it.each([
    '我前天在网上被骗了六千，对方把我删了',
    '我交了两千保证金以后就被踢出群了',
    '借给"表弟"三万，我就转了，晚上打给表弟他说根本没找过我',
    '跟着群里老师买币，我投了八万现在全没了，还能追回来吗',
    '我扫了码交了五百，后来才发现不是班主任本人',
    '客服让我把钱转到他们指定的账户核验，我前前后后转了四万'
  ])('%s is money lost', (text) => {
    expect(firedOf(text)).toContain('paid-then-vanished')
  })

  it('a near miss told afterwards is a warning; a scam that says the money did not go through is not', () => {
    expect(check('刚才有人打电话说我孙子出事了要转钱，我挂了打给孙子，他好好的，幸亏没转').verdict).toBe(
      'none-found'
    )
    expect(check('您的保证金没转出去，请联系客服加微信kf888重新缴纳，否则订单作废').verdict).toBe('high-risk')
  })

  it.each([
    '儿子让我把钱转到他的卡上，我就转了两千',
    '我交了班费，后来才发现不是班长本人收的，是他妈妈代收的',
    '我转了房租给房东，他说根本没收到，让我查一下银行'
  ])('%s is no money lost', (text) => {
    expect(firedOf(text)).not.toContain('paid-then-vanished')
  })
})

describe('trial 14: a ransom retold, and money lost said plainly', () => {
  it.each([
    '有人说我儿子在他们手上，让我准备10万，我打过去儿子电话关机了',
    '对方说我儿子被绑架了，要我打20万到他的卡上，不许报警'
  ])('a ransom a parent retells is a threat for money: %s', (text) => {
    expect(firedOf(text)).toContain('ransom')
    expect(firedOf(text)).not.toContain('paid-then-vanished')
  })

  it("the writer's own mother who was cheated is no one claiming to be a relative (a fresh reviewer)", () => {
    expect(signalsOf('我妈被骗了，怎么办')).not.toContain('claim-acquaintance')
    expect(signalsOf('妈，我被骗了，快给我转点钱')).toContain('claim-acquaintance')
  })

  it('a child learning from others is no ransom', () => {
    expect(firedOf('我儿子在他们手上学钢琴，学费一年两万')).not.toContain('ransom')
  })

  it.each([
    '我被骗了',
    '我妈被骗了，怎么办',
    '被骗了三万块',
    '我老伴被骗了两万块',
    '我上当了，给他转了8000',
    '我把钱打给他了，他把我拉黑了',
    '我给他转了钱，现在找不到人了',
    '转完钱他就消失了',
    '银行卡里的钱被转走了',
    '投资平台提现不了，已经投进去20万'
  ])('%s is money lost', (text) => {
    expect(firedOf(text)).toContain('paid-then-vanished')
  })

  it.each([
    '要是我被骗了，你会怪我吗',
    '我差点被骗了',
    '我打给他了，他把我拉黑了',
    '不要给验证码，否则卡里钱会被转走',
    '我邻居把验证码告诉客服了，结果卡里的钱被转走了，你们可要小心',
    '我被骗了，说好充了100送50，结果只送了20积分，这健身房太坑了'
  ])('%s is no money lost', (text) => {
    expect(firedOf(text)).not.toContain('paid-then-vanished')
  })
})

describe('round 28: a blind set of messages as people receive them (set U)', () => {
  it.each([
    '在吗？有个手机兼职，看看视频就有钱，要做不',
    '无需工作证明 身份证即可下款 最高20万 年息低至3.6% 详情+Q 1502673881',
    '退款需要通过备用金渠道，系统显示需要先在借呗里借出3万走一下流程，退款会一起退回',
    '我是刑侦支队的王警官，你现在去找一个没人的宾馆房间，把手机开着视频，我们要给你做笔录，你不要跟任何人联系',
    '你好，不好意思加错人了，不过看你朋友圈挺有品位的，可以交个朋友吗？',
    '阿姨，您这个高血压吃我们这个深海鱼油胶囊，三个疗程就能停药，现在活动价买三盒送两盒，一共5980',
    '你刚刚的视频我已经录下来了，你的通讯录我也已经拿到了，如果不想让你老婆和同事看到，今天下午三点前转5万到这个账户',
    '兄弟，你那个视频在网上传开了，我是网站技术，可以帮你删，删一个视频2000，全网下架要8000'
  ])('flags %s', (text) => {
    expect(check(text).verdict).not.toBe('none-found')
  })

  it('puts 110 first for a paid removal and for sextortion over the contacts', () => {
    expect(policeNow(check('兄弟，你那个视频在网上传开了，可以帮你删，删一个视频2000'))).toBe(
      'threat-for-money'
    )
    expect(
      policeNow(check('你的通讯录我也已经拿到了，如果不想让你老婆和同事看到，今天下午三点前转5万到这个账户'))
    ).toBe('threat-for-money')
  })

  it.each([
    '老婆 水电费我交了 从我卡上扣的 你别再交一遍了',
    '温馨提示：不要出租、出借、出售自己的银行卡、电话卡、微信号，否则可能涉嫌帮助信息网络犯罪活动罪。——某某县公安局',
    '新华社消息：公安部公布高发电信网络诈骗类型，刷单返利、虚假网络投资理财、虚假网络贷款、冒充电商物流客服位居前列。',
    '多地出现假冒ETC短信，称“ETC已失效”诱导车主点击链接，交警提醒ETC相关业务请通过官方渠道办理。',
    '不好意思加错人了',
    '删除照片要3个步骤，先长按再点删除',
    '医生说三个疗程后复查，血压稳定可以减药，不要自己停药',
    '我从借呗借出5000还了信用卡，下个月记得提醒我还'
  ])('finds nothing in %s', (text) => {
    expect(check(text).verdict).toBe('none-found')
  })
})

describe("trial 15: money paid as a caller said, secrets given away, a ransom 'here', a chain appeal's 功德", () => {
  it.each([
    '我今天被骗了，有个人说是公安局的，让我把钱转到安全账户，我已经转了三万块，怎么办',
    '刚才一个自称京东客服的人打电话说我开通了百万保障，要关闭就要按他说的操作，我按他说的在支付宝借了两万转给他了',
    '客服说帮我退款，让我下载了一个软件开共享屏幕，我已经转了两万',
    '警察说我涉嫌洗钱，让我把钱转到安全账户，我已经转了三万块'
  ])('%s is money lost, with 110 first', (text) => {
    expect(check(text).verdict).toBe('high-risk')
    expect(policeNow(check(text))).toBe('money-lost')
    expect(check(text).because.find((c) => c.id === 'paid-then-vanished')?.reason).toContain(
      '已经按自称公安、客服这类人说的转了钱'
    )
  })

  it.each([
    '儿子让我把钱转到他的卡上，我就转了两千',
    '老师让我们交资料费，我已经交了',
    '房东让我把房租转到他卡上，我已经转了'
  ])('%s is no money lost', (text) => {
    expect(firedOf(text)).not.toContain('paid-then-vanished')
  })

  it('a password given away is 高风险; a warning not to give it is nothing', () => {
    expect(firedOf('我把银行卡号和密码都告诉他了')).toContain('secrets-given')
    expect(check('千万别把密码告诉他').verdict).toBe('none-found')
    expect(check('不要把密码告诉他人').verdict).toBe('none-found')
    // Someone else's story is not the writer's loss.
    expect(firedOf('我邻居把验证码告诉客服了，结果卡里的钱被转走了，你们可要小心')).not.toContain(
      'secrets-given'
    )
    expect(firedOf('银行柜员跟我说：很多老人把密码告诉对方了，卡里钱就没了')).not.toContain('secrets-given')
  })

  it("a grandson held 'here' with harm threatened for money is a ransom", () => {
    const text = '您好，您的孙子在我们这里，如果不想他出事，马上准备十万块钱，不许报警'
    expect(firedOf(text)).toContain('ransom')
    expect(policeNow(check(text))).toBe('threat-for-money')
    expect(firedOf('您的孙子在我们这里，放学后请来接')).not.toContain('ransom')
  })

  it("a relative on a classmate's phone asking money to a card is 高风险; a missing child's appeal with 转发就是功德 is 可疑", () => {
    expect(
      check(
        '爸，我微信被封了，用同学手机给你发消息，学校要交培训费3800，你转到老师账户：6217 0000 1111 2222 王某某'
      ).verdict
    ).toBe('high-risk')
    expect(
      check('寻人启事：我家孩子走丢了，穿红色衣服，6岁，请看到的好心人联系13912345678，转发就是功德').verdict
    ).toBe('suspicious')
  })
})

const ROUND_28_RULES = new Set([
  'paid-removal',
  'wrong-add-opener',
  'secrets-given',
  'paid-then-vanished',
  'ransom'
])

describe('round 28: the attacking review of the new rules (each genuine line was flagged by a first draft)', () => {
  it.each([
    '今天整理手机，删除照片两千多张，终于不卡了',
    '请删除照片两张（第3、4张），谢谢配合',
    '删一个视频能腾出几百兆',
    '删掉这条视频吧，一会儿我重新剪一版再发',
    '儿子让我把钱转到他工行卡上，我已经转了两千',
    '燃气公司让我交燃气费，我已经交了300',
    '社区工作人员让我交城乡居民医保，我已经在微信上交了380',
    '快递员让我付到付运费，我已经付了12块',
    '大夫交代：抗生素吃两个疗程就可以停药了',
    '中医科王主任说这个方子吃三个疗程就能停药了',
    '家里来客人，我把wifi密码告诉他了',
    '装修师傅要进门，我把门锁密码发给他了',
    '加错人了，我本来想加你们店老板聊聊装修的事',
    '加错了不好意思，我是3楼的业主，正好认识一下',
    '我上个月在借呗借出2万块给儿子交学费',
    '我卡里钱没了，你给我转点'
  ])('%s is no new alarm', (text) => {
    expect(firedOf(text).filter((id) => ROUND_28_RULES.has(id))).toEqual([])
  })

  it.each([
    '孙子在我们这里住得挺好，你们放心上班，不想他受罪就别急着接回城里',
    '女儿在我们这边过暑假呢，不想她出事所以不让她去河边游泳'
  ])('%s is no ransom', (text) => {
    expect(firedOf(text)).not.toContain('ransom')
  })

  it.each([
    ['删除这段视频需要支付2万元', 'paid-removal'],
    ['只要五千，我就把视频全部删除，否则后果自负', 'paid-removal'],
    ['删除视频的费用是一条八千，先转账后删除', 'paid-removal'],
    ['视频我可以下架，但是需要两万块处理费', 'paid-removal'],
    ['哎呀不好意思，加错人了。不过看你头像挺有气质的，能交个朋友吗？', 'wrong-add-opener'],
    ['加错了哈，不过你的朋友圈风景好美，你也喜欢旅行吗？', 'wrong-add-opener'],
    ['支付宝密码我告诉那个客服了', 'secrets-given'],
    ['我把密码和验证码都告诉那个警察了', 'secrets-given'],
    ['对方自称是法院的，要求我缴纳保证金，我通过手机银行汇了五万', 'paid-then-vanished'],
    ['他说他是银行的，让我把钱从卡上转到另一个账户保证安全，我照做了，转了五万', 'paid-then-vanished'],
    ['我妈说有个警察让她把钱转到安全账户，她已经转了十万', 'paid-then-vanished'],
    ['客服说要解冻账户，叫我充了五千，我充了以后又让我充一万，我也充了', 'paid-then-vanished'],
    ['刚才那个客服问我要验证码，我就报给他了，现在卡里钱没了', 'paid-then-vanished'],
    ['如果不想他少一根手指，今晚之前转十万', 'ransom'],
    ['你儿子在我们这里，想让他平安回家就打五万过来', 'ransom'],
    ['你去找一家宾馆，单独开一个房间，民警要视频给你做笔录', 'sent-away-alone']
  ])('%s fires %s', (text, id) => {
    expect(firedOf(text)).toContain(id)
  })

  it('a pitch that says its kind is not among the published scams is no warning; a card-renting ad is none either', () => {
    expect(check('公安部公布的诈骗类型里没有我们这种，放心投，稳赚不赔').verdict).not.toBe('none-found')
    expect(check('出租出借闲置微信号、支付宝，日结300，有意私我').verdict).not.toBe('none-found')
  })
})

describe('round 29: an officer in the first person, per-order pay, QQ by number, a boss who needs something done', () => {
  it.each([
    ['我是检察院的，你的案子已经立案了', 'claims-police'],
    ['我是上海市嘉定公安分局刑侦部门的，有份文件传真到你们公安局。', 'claims-police'],
    ['请稍等，电话将转接到广州市公安局刑侦支队', 'claims-police'],
    ['我现在把电话给你转到公安局', 'claims-police'],
    ['在吗？我是张总，有点事需要你帮忙处理', 'opener-superior']
  ])('%s fires %s', (text, id) => {
    expect(firedOf(text)).toContain(id)
  })

  it.each([
    '我是法院的张法官，明天上午九点开庭，请准时到庭',
    '我们是法院的老同事，周末一起吃饭',
    '我是城关派出所的，你的身份证办好了，请本人到派出所户籍窗口领取',
    '警方提醒：我是城关派出所民警，近期冒充客服退款诈骗高发，请勿相信',
    '我老公是警察，这周值班回不来',
    '我是派出所旁边开超市的老王，你订的货到了'
  ])('%s is no officer calling you', (text) => {
    expect(firedOf(text)).not.toContain('claims-police')
  })

  it.each([
    ['养老金上调了，要重新认证，点击链接认证', 'verify-by-link'],
    ['我是你表哥，我在国外回不去，帮我收一笔钱再转出去', 'want-account-lend'],
    ['亲爱的，这个平台是我舅舅内部的，现在充进去明天就能翻倍', 'romance-investment'],
    ['小额贷款，无需征信，凭身份证即可办理，加微信', 'lure-and-link'],
    ['第一单已经给你返了佣金，接下来做个联单任务', 'job-lure'],
    ['提现不了是因为你的账户流水不够，再充2万就能提', 'fee-first']
  ])('%s is flagged (%s)', (text, id) => {
    expect(check(text).verdict).not.toBe('none-found')
    expect([...firedOf(text), ...signalsOf(text)]).toContain(id)
  })

  it.each([
    '【中国移动】尊敬的客户，请于3日内完成实名认证，登录 http://www.10086.cn 认证',
    '请本人带身份证到社保大厅进行养老金资格认证，详见 http://www.12333.gov.cn',
    '妈，我下周收到工资再转给你'
  ])('%s is not flagged by the new words', (text) => {
    expect(firedOf(text)).not.toContain('verify-by-link')
    expect(signalsOf(text)).not.toContain('want-account-lend')
  })

  // An attacking review of the first draft: each line below was flagged by it (claims-police raised by the wording to
  // 高风险, per-order pay of real jobs, a family's 帮我收钱再转, a bank's 流水不够, a community's QR code).
  it.each([
    '您好，我是东城派出所的民警，对您上个月报案被骗的情况做个回访，请问后来有没有再接到可疑电话？',
    '李大爷，我是派出所的小王，您的身份证已经办好了，明天上午过来拿一下，记得带回执。',
    '我是刑警队的张警官，上周你报案丢的电动车找到了，明天带上购车发票过来认领。',
    '我是在公安局上班的老张，你家孩子的书包落我车上了，晚上给你送过去。',
    '妈，我是检察院这次招考进面试了！下周去面试，晚上回家细说。',
    '嫂子，我是检察院的小刘，建军今晚加班，让我跟你说一声。',
    '今天跑了好多连单，日结，一单才三块钱，明天不跑了。',
    '暑假在奶茶店兼职，日结，一单提成2块。',
    '妈，明天上午你在家吗？有个事要你帮忙办一下。',
    '闺女，你舅还钱打不了我卡，你帮我收一笔钱，然后转给我就行。',
    '妈，这个基金我买了一年了，收益还行，你要不要也投一点？',
    '房贷银行说我流水不够，得加个共同借款人，你晚上回来商量一下。',
    '租房中介说我收入流水不足，要多押一个月。',
    '社区通知：今年养老金领取资格认证开始了，会用手机的老人扫下面这个二维码进入吉祥码认证身份，不会用的找网格员帮忙。',
    '您的快递已到驿站，首次取件请扫码完成实名认证，凭取件码取件。'
  ])('%s is no alarm', (text) => {
    expect(check(text).verdict).toBe('none-found')
  })

  it.each([
    '这里是东湖派出所，您的居住证已制证完成，请携带回执于工作日到出入境接待大厅领取。',
    '您好，这里是长安区人民法院，您作为原告起诉的案件已立案，诉讼文书已电子送达，请登录人民法院在线服务查看。',
    '班费我帮她收钱，再转给班主任。'
  ])('%s stays below 高风险, with no new rule (the wording alone made it 可疑 before)', (text) => {
    expect(check(text).verdict).not.toBe('high-risk')
    expect(firedOf(text)).not.toContain('claims-police')
    expect(signalsOf(text)).not.toContain('want-account-lend')
  })

  it('a 刷单 job paid per order with a QQ number is 高风险; a courier job paid per order is 可疑 at most', () => {
    expect(check('兼职刷单，一单3元，日结，加Q123456').verdict).toBe('high-risk')
    expect(signalsOf('兼职刷单，一单3元，日结，加Q123456')).toEqual(
      expect.arrayContaining(['want-move', 'pressure-easy-money'])
    )
    expect(check('外卖骑手招聘，一单8元，多劳多得，电话13512345678').verdict).not.toBe('high-risk')
  })

  it('a hurry inside a receipt clause is read (请尽快确认退货地址); a receipt that only says 请尽快查收 stays none', () => {
    expect(check('你所邮寄的包裏已退回(涉嫌违规操作)请尽快确认退货地址').verdict).not.toBe('none-found')
    expect(check('您申请的退款已退回原支付账户，请尽快查收').verdict).toBe('none-found')
    expect(check('【京东】您的退款58元已退回京东账户请尽快使用').verdict).toBe('none-found')
    expect(check('【中国银行】您尾号1234卡已扣款200元，请尽快存入足额资金以免逾期').verdict).toBe(
      'none-found'
    )
  })

  it("a bank's record of a transfer to someone's card is a receipt; a transfer asked to a card number given after it is not", () => {
    expect(check('您向李某的农业银行卡6228 **** 1234转账300.00元，已成功到账。').verdict).toBe('none-found')
    expect(check('请您向以下账户转账3000元：6222 0000 1111 2222').verdict).toBe('suspicious')
    expect(check('您向以下账户转账3000元：6222 0000 1111 2222 张某').verdict).toBe('suspicious')
    expect(check('您向对方转账100元后即可解冻').verdict).toBe('high-risk')
  })

  it('money on offer is no receipt: 消费补贴2000元 with a link to apply is flagged; a coupon already paid in is not', () => {
    expect(check('国家发放消费补贴2000元，申请链接：http://btsq.cn').verdict).not.toBe('none-found')
    expect(check('全民普发现金1万元，申请链接：https://pufa-xj.cn').verdict).not.toBe('none-found')
    expect(check('【美团】您的消费券50元已到账，有效期7天').verdict).toBe('none-found')
  })

  // A second attacking review of this round's drafts: each genuine line was flagged by a draft, each scam missed.
  it.each([
    '【微信支付】转账已退回 请尽快联系对方',
    '【滴滴】您的行程退款已退回请尽快查看详情 https://v.didi.cn/abc',
    '【支付宝】支付宝到账 消费补贴红包10.00元',
    '儿子，生活费我转账1500元：6217 0000 1234 5678，你是不是换卡了？',
    '妈，你上周转2000元到6217 0000 1234 5678那张卡上的钱我收到了',
    '物业费请缴至物业指定账户6222 0200 1234 5678 901，户名XX物业',
    '姐你帮我代付下这个外卖，我支付宝余额不够了',
    '外卖到了吗？我帮你代付下单了',
    '银行说我们流水不够，房贷批不下来，让再存半年工资再去申请'
  ])('%s is no alarm', (text) => {
    expect(check(text).verdict).toBe('none-found')
  })

  it.each([
    '别人那些都是杀猪盘，我们这个平台是正规的，充值十万保证三个月翻倍',
    '你于今晚12点前向我转账20000元，否则后果自负',
    '您于今天下午5点前向案件清查账户转账50000元！',
    '我这边有个事情需要你帮忙处理下，方便吗'
  ])('%s is flagged', (text) => {
    expect(check(text).verdict).not.toBe('none-found')
  })

  it.each([
    ['你向我转账5000元，我马上帮你解冻', 'fee-first'],
    ['你向我们公司账户转账3万元，作为保证金', 'fee-first'],
    ['你向他转账5000元，我保证你儿子没事', 'ransom'],
    ['你于今晚向我汇款3000元，明天一早就把你的裸照删掉', 'paid-removal']
  ])('%s fires %s', (text, id) => {
    expect(firedOf(text)).toContain(id)
  })

  it('a prize amount is no receipt; a deposit for a flat, a card activated by a relative and a reward paid in stay as they were', () => {
    expect(check('恭喜您获得年终奖励金额8888元，请加客服微信kf668领取').verdict).not.toBe('none-found')
    expect(firedOf('你先转2000作为押金，房子给你留着')).not.toContain('fee-first')
    expect(check('你把钱转我，我帮你激活那个卡').verdict).toBe('none-found')
    expect(check('您的推荐奖励金额50元已到账').verdict).toBe('none-found')
  })

  // A blind everyday set (a helper who never read the matcher): its genuine notices that were 高风险.
  it.each([
    '你好，我是万家超市会员中心的，上周周年庆抽奖您抽中了一桶油，凭小票到一楼服务台领取，这周日前有效',
    '我女儿说她换了新手机，微信号没变，今天给我发了个红包200，说让我别去银行排队取钱了，这个正常吧',
    '@全体成员 明天上午8点体检，孩子不要吃早饭，需要空腹抽血。体检费学校已统一支付，家长不用交钱。',
    '各位家长好，本学期校服费每套186元，按学校通知统一在“教育缴费”平台缴纳，路径：微信-城市服务-教育缴费，截止本周五。有疑问可以私聊我或打学校电话。——三（2）班 陈老师'
  ])('%s is no alarm', (text) => {
    expect(check(text).verdict).toBe('none-found')
  })

  it('money asked before a loan pays out as a membership is an advance fee', () => {
    expect(firedOf('您的借款需先买个会员才能放款，会员费299元。')).toContain('fee-first')
  })

  // The third attacking review: car loans that need insurance first, streamers' tips refunded to a parent, games lost
  // 输了算我的 and skins bought raise nothing new (the draft's words for them were taken out again).
  it.each([
    '车贷已审批通过，需要先购买车辆保险，保单出来后银行放款',
    '我儿子偷偷打赏主播花了8000，平台审核后已经全额返还了',
    '今晚斗地主输了算我的',
    '妈，和平精英的皮肤我买了，68块，钱你转我一下微信'
  ])('%s raises nothing new', (text) => {
    expect(firedOf(text)).not.toContain('fee-first')
    expect(firedOf(text)).not.toContain('sure-profit')
  })

  it('an airline 客服 who walks you through your bank app for a claim is flagged; a buyer who will pay you is not', () => {
    expect(
      check(
        '您好，我是航空公司客服，您的航班延误了，我们要给您理赔400元。您现在打开手机银行，按我说的输入认证码'
      ).verdict
    ).not.toBe('none-found')
    expect(check('这个账号我要了，明天给你转钱').verdict).toBe('none-found')
  })
})

describe('round 30: blind sets X, Y, Z and Q (helpers who never read the matcher) and the attacking reviews of their batches', () => {
  // Each line stands for a kind a blind set found missed, in other words than the set's own.
  it.each([
    // Each line stands for a kind the blind sets found missed; the words differ from the sets' own.
    ['一个自称航空公司的人说我航班取消了，改签还补200，让我报银行卡号，是不是骗子？', 'suspicious'],
    ['你不雅视频我这边有录屏，不想发你家人就赶紧转2万过来', 'high-risk'],
    ['二姨，我换了个新微信，找你帮个小忙', 'suspicious'],
    ['我微信被盗了用这个号，先借我两千应急', 'high-risk'],
    ['我是你们周局，这是我个人微信，通过一下', 'suspicious'],
    ['在家点赞就能赚，日结200，加Q：77****36', 'high-risk'],
    ['他叫我在微粒贷借一笔出来，说走完流程理赔款就到', 'high-risk'],
    ['群里老师让跟他的信号做合约，说月赚40%', 'suspicious'],
    ['这个偏方吃两个疗程，降压药就可以停了', 'suspicious'],
    ['朋友说把我的银行卡借给他老板用几天，每天给我200', 'high-risk'],
    ['长期收电话卡，一张每月500', 'high-risk'],
    ['微信号出租，一天30，随时收回', 'high-risk'],
    ['亲，你的单子卡单了，再补一单才能把前面的本金提出来', 'high-risk'],
    ['帮店铺拍单冲量，本金秒返再加15%佣金', 'suspicious'],
    ['关注这个快手号截图给我，一单2块，做完就结', 'suspicious'],
    ['老师内部喊单，明早进场', 'suspicious'],
    ['这批纪念钞回收价翻三十倍，明天到会场登记', 'suspicious'],
    ['黑户可贷，不看征信，秒批3万', 'suspicious'],
    ['同城美女一对一视频，加v：mm66***', 'suspicious'],
    ['【反诈中心】您的账户存在风险，请回拨96110后按提示将资金转入安全账户', 'high-risk'],
    ['你报的诈骗案已经立案，追回的钱要退给你，先下载“追款通”APP登记银行卡和验证码', 'high-risk'],
    // Blind set Z (elders and their families): the kinds it found missed, in other words.
    ['限量发行纪念银币，三年后保证回购，价格翻番', 'suspicious'],
    ['养老床位预定，交五万，每年返六千', 'high-risk'],
    ['您家那幅字画估价两百万，上拍前要交评估费3000', 'high-risk'],
    ['他们说这是国家区块链项目，数字藏品明年涨到一千倍', 'suspicious'],
    ['外公交了三万块说帮他办退休补缴，那边收了钱以后就不接电话了', 'high-risk'],
    ['送鸡蛋的那个人要我输手机收到的验证码，我输了', 'suspicious'],
    ['养生馆这周请了专家义诊，免费测血糖，来就送两斤鸡蛋', 'suspicious'],
    ['对方穿着警服跟我视频，说我涉嫌洗钱，让我去酒店开个房间配合调查', 'high-risk'],
    ['我妈在快手上认识一个说是海外医生的，让她打钱交关税', 'high-risk'],
    // Blind set Q, measured once at the round's end (82 → 83 of 100 scams, 3 → 3 genuine), then its misses.
    ['贷款额度20万已审批通过，点 dk-lq.cn 领取', 'suspicious'],
    ['说我开了京东金融的学生账户，现在要关闭，不然会扣费，让我下个云视讯给他看屏幕', 'high-risk'],
    ['游戏账户异常被冻结了，需要充值两倍金额才能解冻提现', 'high-risk'],
    ['这号800出你，微信转我就行，走平台要收手续费', 'high-risk'],
    ['对方说不给两万就把视频全发出去，让她老公和同事都看看', 'high-risk'],
    ['公司安排出差帮忙走账，记得带上你的银行卡，一天八百', 'high-risk'],
    ['亲爱的，我在海外执行维和任务，包裹到了需要你先付清关费', 'high-risk']
  ] as const)('%s is flagged', (text, verdict) => {
    expect(check(text).verdict).not.toBe('none-found')
    if (verdict === 'high-risk') expect(check(text).verdict).toBe('high-risk')
  })

  // The attacking reviews' genuine look-alikes: each was flagged by a batch's first draft or before it.
  it.each([
    // The review's genuine look-alikes: each was flagged by the batch's first draft or before it.
    '【市反诈中心】您好，我们刚才通过96110给您来电未接通。您可能正在遭遇诈骗，请立即停止转账，并回拨96110核实。',
    '【家校通知】本月午餐费已由智慧校园平台统一扣缴，请家长在平台“缴费记录”中核对，有疑问请致电学校总务处。',
    '【国家电网】您户号尾号1234的3月电费86.50元已由支付宝平台统一扣缴，缴费记录可在网上国网APP查询。',
    '王阿姨，我是城南派出所民警小李，您昨天报的手机丢失已经立案了，有线索会联系您，不用专门跑一趟。',
    '【XX公安】您于3月5日报警的案件已受理并立案，请保持电话畅通。公安机关不会要求您转账汇款。',
    '各位家长，明天秋游，请给孩子带好水和午餐，费用学校统一安排，不用交钱。有问题私信我。——班主任吴老师',
    '周末搬家缺个人手，想找你帮个小忙',
    '王老师您好，我是乐乐妈妈，明早能提醒孩子带水杯吗？麻烦您了，找你帮个小忙',
    '爸妈，我QQ被盗了，那个号发的消息都别信，以后用这个号联系我',
    '张总您好，这是我的私人微信，工作上的事还是走公司邮箱和OA流程',
    '【XX人社】您的养老金领取资格认证即将到期，请通过“掌上12333”APP或到社区服务中心完成认证。本短信不含任何链接。',
    '奶奶，手机上这个“国家反诈中心”我给您装上了，以后有陌生电话说您卡出问题、要您转钱的，您一律挂掉给我打电话',
    '妈，你下载个“抖音极速版”，我教你看视频',
    '爸，你下载个拼多多软件，我帮你买',
    '营业厅在收手机卡回收，旧卡一张换一个小礼品，明天去看看。',
    '好，非常感谢你同学一家对你的关爱，有机会带你同学来，给我个表现的机会。',
    '【XX市人民医院】王阿姨您好，您复查结果良好，遵医嘱吃完三个疗程可以停药，请下月来门诊复查。',
    '小区车位出租，每月800，需要的联系物业登记',
    '家政阿姨日结300，做一天结一天，老客户介绍的',
    '明天科目二倒车入库，跟着教练给的点位打方向就行，别紧张',
    '同城约球！周六下午3点体育中心篮球场，还差两个人，想来的回复我',
    '开会的视频我录了，回头发你，你再转给小王',
    '我自己在支付宝借了一笔备用金周转，下个月工资发了就还',
    // The second attacking review (blind set Y's batch): its genuine look-alikes, each flagged by the batch's first draft.
    '亲，您下单时漏选了加大码，需要在店里补一单10元差价才能发货哦，不补的话我们按普通款发',
    '妈，淘宝那个券要满200才能用，你帮我再补一单凑满，就能返30',
    '财经新闻：某基金四季度报告显示，机构已建仓新能源板块，前十大重仓股有所调整。',
    '这个赛季主队主场胜率92%，今晚季后赛看好他们',
    '我炒股三个交易日亏了30%，以后再也不碰了，还是存银行踏实',
    '妈，下载“微信读书”，我给你开了会员，里面能听书',
    '【市人民医院】本院已开通线上预约，可下载“健康杭州”或到窗口挂号。',
    '妈，说你快递丢了要给你理赔的电话，一律挂了别理，真有事我帮你查',
    '【国家反诈中心】凡是声称“帮你追回被骗资金”并收取费用的，都是二次诈骗！',
    '【农业银行】您账户被盗刷的款项经警方协查已追回，已原路退回尾号8812账户，无需任何操作。',
    '孩子想买游戏点券，我让他在游戏里官方充值，充了68块，收到了腾讯发的扣款短信。',
    // The third attacking review (blind set Z's batch): genuine look-alikes its first draft flagged, most of them 高风险.
    '妈 你那份养老年金险是正规保险公司的 合同上写了60岁以后每年返一万二 我帮你查过了 保单在你柜子里 别听外人说退保',
    '我孙子大学学的区块链专业，今年毕业进了银行科技部，工资比去年实习时翻了一倍，高兴得我一晚上没睡着',
    '儿子教我国债逆回购，节假日前在证券App里自己操作，到期回购资金自动回到账户，放两天也就几块钱利息，图个安心',
    '您好，您申请的房屋抵押贷款已完成评估，房产评估价值为168万元，评估费600元请于签约当日到柜台缴纳。【XX银行】',
    '二手房中介说我们这套房子估价一百三十万，成交后收百分之二中介服务费，没卖掉一分钱不收',
    '昨天在医院小程序挂号，它要我输验证码，我输了好几次都说过期了，下午你回来帮我看看',
    '妈 学费我交了 班主任电话不接 应该在上课 晚上我再打',
    '交了物业费以后物业那边电话不接，估计下班了，明天去物业办公室拿发票',
    'XX大药房会员日：本周三会场设在店门口，免费测血压血糖，会员购物满58元送鸡蛋10个，医保卡可用。',
    '您好，我是XX派出所民警王警官，关于您上周报案的电动车被盗一事，请您明天上午带身份证到派出所配合调查做个笔录，可拨打110核实。',
    // The fourth attacking review (blind set Q's batch): its first draft flagged 32 of 76 genuine texts, 13 before.
    '爸，那个失信名单我问清楚了，是重名的人，跟你没关系，不影响你坐高铁，放心吧。',
    '旧车的ETC不注销的话，新车的ETC上不了，周末去办卡的那家银行柜台弄一下就好。',
    '妈你手机欠费停机了，得先充50块才能恢复通话，我已经在支付宝上给你充了，一会儿就好。',
    '家里停电了，原来是电费欠了，在网上国网App充值后才可以恢复，我已经充了200。',
    '妈，你加下Q，我把孙子的照片发你，微信发原图老是糊。',
    '今天下午三点的业务培训在移动云视讯上开，会议号稍后发群里，请准时参加。',
    '据报道，某证券交易平台系统存在漏洞，目前已完成修复，平台提醒投资者及时修改密码。',
    '入职那天带上本人的银行卡复印件，工资统一走账发放，不发现金。',
    '转转上卖手机，走平台要扣手续费千分之六，无所谓，安全第一。',
    '爸，你支付宝绑卡的时候卡号填错了，所以提现失败，我已经帮你重新绑好了。'
  ])('%s is no alarm', (text) => {
    expect(check(text).verdict).toBe('none-found')
  })

  it.each([
    '阿姨，银行打来的电话您一律挂断，他们里面有内鬼，您只听我们专案组的，把存款转到监管账户就没事了。',
    '那个检察官说这几天谁打电话都一律挂断，连儿子的也别接，让我去银行把定期取出来转给他们核查',
    '帮个忙，用你卡接一笔款再转出去，每笔给你2个点，很安全',
    '您的任务单出现卡单，系统需要您再补一单3880元，才能把之前的本金和佣金一起提出来',
    '这只票三个交易日至少30%，不赚不收费，加助理微信进群',
    '我们的量化系统胜率92%，跟单一个月资金翻二十倍，首期投入5万起'
  ])('%s is 高风险 (second review)', (text) => {
    expect(check(text).verdict).toBe('high-risk')
  })

  it('a company prize collected at its 行政部 is no scam', () => {
    expect(check('恭喜你年会抽中三等奖，请到行政部领取').verdict).not.toBe('high-risk')
  })

  it('a worried question is read, not taken for a warning; a verdict still is one', () => {
    expect(isWarningSentence('对方让我报银行卡号，是不是骗子？')).toBe(false)
    expect(isWarningSentence('让我报银行卡号，这是骗子吗？')).toBe(false)
    expect(isWarningSentence('凡是让你转账到安全账户的都是骗子')).toBe(true)
    expect(isWarningSentence('您可能正在遭遇诈骗，请立即停止转账，并回拨96110核实。')).toBe(true)
  })
})

describe("round 31: collected reminders, blind sets R and S, OCR'd chats and the attacking reviews of each batch", () => {
  // Each line stands for a kind a set found missed, in other words than the set's own ('flagged' is 可疑 or more).
  it.each([
    // Blind set R (200 texts on the kinds the held-out part misses most): 85 of 110 scams flagged before its batch.
    ['王姐在忙吗，我是你们李总，这个是我的私人微信，加一下', 'high-risk'],
    ['考前两天出会计考试真题，先付定金', 'high-risk'],
    ['一建考试内部渠道，考不过全额退款，详询微信 ks2024abc', 'high-risk'],
    ['我换号码了，在忙吗？有件事想让你帮忙处理一下', 'high-risk'],
    ['猜猜我是谁？我换号了，存一下', 'high-risk'],
    // Blind set S (200 raw first messages): 89 of 100 before the round's batches and after them alike.
    ['在吗？我是周局，在开会，方便时回我', 'flagged'],
    ['任务大厅：收藏店铺并截图发给接待，领取3元佣金', 'flagged'],
    ['我在外地银行卡付不了，你先帮我付一下订金，钱我已经转你了，延迟到账，截图你看', 'high-risk'],
    ['网上认识的男朋友说他在叙利亚做战地医生，包裹到了海关，让我先付清关费', 'high-risk'],
    // Its attacking review: scams that borrowed the new readings' shapes.
    ['我是李董 在陪客户吃饭 不方便接听 你马上安排一笔8万的款项打到这个账户', 'high-risk'],
    ['我是张总 你加一下我这个新微信 我拉你进个群 对接一下', 'high-risk'],
    ['我是周总，你帮我买两张机票，钱我回头转你', 'high-risk'],
    ['我在也门做无国界医生，休假申请要交一笔手续费，你能帮我垫一下吗', 'high-risk'],
    ['儿子说手机进水了 借室友手机发的 信号不好先别打 学校让交2800住宿费 你直接转给班主任', 'high-risk'],
    // The OCR'd chats and 100 language-model scripts from police case keywords (not joined to the corpus).
    ['在吗先帮我付980我买点东西，等下给你', 'flagged'],
    ['哥，我手机付不了钱，我给你个账号你帮我转进去，回头还你', 'flagged'],
    // The last attacking review's misses: the stolen account's script asked otherwise.
    ['你那边转账方便不 我卡被限额了 帮我给这个人打3000 明早就还', 'flagged'],
    ['你零钱还有吗 先借我用一下 我的被冻结了 一会儿就还', 'flagged'],
    ['爸我手机掉水里了这是室友手机你先给我转一千到这个支付宝明天就还你', 'flagged'],
    // Round 57's review: 帮我先付 is the writer's ask, not the writer paying; a credit line asked for across a "？".
    ['在吗？我在外面手机支付出了点问题，你帮我先付一下这个，我回去马上还你，就几百块。', 'flagged'],
    ['在吗，方便帮我个小忙吗？你支付宝有花呗吗？帮我刷一下，我这边没额度了，一会就还你。', 'flagged'],
    // A new user's trial.
    ['妈，我是小明，手机掉水里了，这是我同学的微信，你先转3000给我交房租', 'high-risk'],
    // The last review (of a reading taken out again): money moved to "verify the flow" before a loan.
    ['贷款客服 20:15:要的，先转1万验证流水，验证完一起放款', 'high-risk'],
    // The reminders' words where a scam or a victim says them (the review of that batch: 14 of 71 scams hidden by
    // the first draft): still read.
    ['你报的网络诈骗案已经立案，追回的钱要退给你，先下载“追款通”APP登记银行卡和验证码', 'high-risk'],
    ['专家都当面核实过了，这个养老项目年化30%，先交两万入会', 'high-risk'],
    ['您正遭遇诈骗，请立即把卡里的钱转到安全账户保护起来', 'high-risk'],
    ['我们是银保监会的，不法分子通常会利用您的账户洗钱，需要您配合将资金转入监管账户', 'high-risk'],
    ['对方冒充我儿子的老师，以交资料费为由要求我扫码付款，我付了500', 'high-risk'],
    ['社保局的人说不法分子以你的名义在外地办了卡，把你卡号和密码告诉我帮你注销', 'high-risk'],
    ['他说外面的平台都是骗术，只有他的平台安全，我前后充了18万，现在提现还要交30%的税', 'high-risk']
  ] as const)('%s is %s', (text, verdict) => {
    expect(check(text).verdict).not.toBe('none-found')
    if (verdict === 'high-risk') expect(check(text).verdict).toBe('high-risk')
  })

  // Genuine texts: real reminders of the kinds the collected set found flagged (40 of 114 before), and the attacking
  // reviews' look-alikes that a batch's first draft flagged.
  it.each([
    '不法分子常以“社保卡异常”为由诱导群众点击链接，社保部门不会通过电话要求转账。',
    '提醒大家：门票只在官方渠道买，后援会不代卖，不要私下转账。',
    '【XX公安】提醒：有人说“换号了”再找你借钱的，务必拨打原号码核实！',
    '【XX银行】温馨提示：所谓“征信修复”均不可信，征信异议可向人民银行免费提出。',
    '陌生链接不点击、可疑二维码不扫描、未经核实的转账要求不理会。',
    '诈骗分子往往以“轻松兼职、日结佣金”为噱头，诱骗学生垫资刷单。',
    '如已点击钓鱼链接，应立即修改密码并联系银行。',
    '对来历不明的转账请求、屏幕共享要求，一律果断拒绝。',
    '诈骗分子可能冒充你的亲友，以急需用钱为由要求你转账，一定要先通过其他渠道核实。',
    '【XX市医疗保障局】城乡居民医保集中缴费期至12月31日，可在“XX医保”公众号或银行网点缴纳，逾期将设待遇等待期。医保部门不会通过短信发送链接，请谨防诈骗。',
    '【XX学院保卫处】凡有人在群内以学长、老师名义收费，请先与辅导员电话核实，不转账、不扫码、不共享屏幕。',
    '【中国福利彩票】您购买的彩票中得五等奖10元，请持彩票到福彩投注站兑奖。',
    '我是刘总的秘书，刘总在开会，让我跟你说一下下午的安排',
    '妈，我刚转给你500，截图你看下，够不够买菜',
    '妈我手机掉水里了，借室友手机跟你说一声，在上课先别打过来',
    '我是刘总，会议改到下午三点，在开会不方便接电话',
    '雅思考前一周老师发了几套真题练习给我们，让我们自己掐时间做',
    '考研政治全程班，考前发押题卷和历年真题答案解析，不过可重修一次',
    '【XX公司】招聘仓库管理员，五险一金，咨询QQ 123456789（人事王女士）',
    '【XX银行】您的账户流水验证已完成，可在手机银行查看',
    // Blind set T (long chat pastes): a mother's advice inside a family chat.
    '老妈:最近冒充孩子借钱的骗子好多 你要是换号一定先打电话给我'
  ])('%s is no alarm', (text) => {
    expect(check(text).verdict).toBe('none-found')
  })

  it('a friend who gives a name with a new number and asks nothing is told to check, not 高风险', () => {
    expect(check('我是你老同学刘芳，这是我的新微信，以前那个登不上了').verdict).toBe('suspicious')
  })

  it("a parent's 你帮我交一下…回头给你 is not a stolen account's 先帮我付…等下给你", () => {
    expect(check('儿子，家里宽带到期了，你帮我交一下，200多，回头给你。').verdict).not.toBe('high-risk')
  })

  it("a new user's trial: a stolen account's ask is filed under 冒充领导、熟人, and 你支付宝 claims no Alipay", () => {
    const result = check('你支付宝能用吗？先帮我付980，等下给你')
    expect(result.category).toBe('impersonating-leaders')
    expect(result.hits.map((h) => h.signal.id)).not.toContain('claim-organisation')
  })
})

describe('round 32: genuine notices collected from official systems (150, none seen before)', () => {
  it('reads money already returned or paid for someone as a record', () => {
    expectVerdicts(
      ['您支付的费用已经退还到你的亦信钱包中', '尊敬的家长您好，您已为学生张某缴费300元'],
      'none-found'
    )
  })
})

describe('round 33: the anti-fraud slogan under a notice is a warning, not four asks', () => {
  it("reads the bank's 未知链接不点击… footer as a warning (blind set M)", () => {
    expectVerdicts(
      [
        '【网商银行】尾号0340的账户，于12月13日 12:06向某某成功转出5,000.00元，具体入账情况请至收款行查询。温馨提示：未知链接不点击，陌生来电不轻信，个人信息不透露，转账汇款要核实。',
        '温馨提示：未知链接不点击、陌生来电不轻信、个人信息不透露、转账汇款多核实'
      ],
      'none-found'
    )
  })

  it("a scam's ask in the same sentence as slogan lines still counts", () => {
    expect(check('您的账户已冻结，请点击链接解冻，验证码不透露，密码不告诉。').verdict).not.toBe('none-found')
  })
})

describe("round 33: a stranger who says they are a neighbour and asks to be let into the group (police: 刷单's way in)", () => {
  it.each([
    '邻居，你好，麻烦把我拉进咱小区业主群，前几天小孩玩手机不小心退群了',
    '你好，我是楼上的住户，能邀请我进一下咱们楼的群吗'
  ])('%s is an opener to check', (text) => {
    const result = check(text)
    expect(result.verdict).toBe('suspicious')
    expect(result.hits.map((h) => h.signal.id)).toContain('channel-opener')
  })

  it('a warning about such ads in the group is no alarm', () => {
    expect(check('业主群里有人发刷单广告，大家别信').verdict).toBe('none-found')
  })
})

describe('round 33: a 400 number written 4008-… or masked is still a number to call', () => {
  it('flags a cancelled flight with 请致电4008-xxx改签 and compensation', () => {
    expect(check('航班MU5120因天气取消，请致电4008-xxx改签，可获赔300元').verdict).not.toBe('none-found')
  })
})

describe('round 33: blind set N (180 messages written blind to the matcher)', () => {
  it.each([
    // A school's own payment system, a denial across a list (不通过任何个人微信、二维码) and a line for questions to
    // the school itself.
    '【实验小学】各位家长：本学期教辅材料费请通过“市中小学收费服务平台”缴纳，学校不通过任何个人微信、二维码收取费用。如有疑问请联系班主任或拨打学校电话。',
    '王老师：各位家长，孩子们的校服尺码统计表已发群里，请今天晚上前填写，校服费用通过学校公众号缴费通道支付，不用转给我哦。',
    // The writer's own payment (我把…先交了), then a family sharing the cost.
    '妈：我把你奶奶住院的押金先交了2万，你们兄妹三个一人出一点，到时候我们再算，不急。',
    // The property's own group, joined at its front desk: no stranger asks to be let in.
    '物业管家小王：各位业主，新入住的业主请扫物业前台的二维码申请加入业主群，需审核房号后通过，谢谢配合。'
  ])('%s is no alarm', (text) => {
    expect(check(text).verdict).toBe('none-found')
  })

  it.each([
    // Money still to be paid out (待发放, 认证后即可到账) is a lure, not a record; 认证银行卡信息 asks for the card.
    '【住房公积金】您的公积金账户有一笔补贴金额4,500.00元待发放，请点击 gjj-bt.cc 认证银行卡信息后即可到账。',
    // A boss's private account and 把货款付掉 to an account he sends.
    '李总：各位，这是我私人微信，通讯录里那个号以后不用了。小赵你在吗？供应商那边催款了，你先按我发的账户把上次的货款付掉，付完跟我说。'
  ])('%s is 高风险', (text) => {
    expect(check(text).verdict).toBe('high-risk')
  })

  it("a friend met online and a relative's tea kept for the reader (给你留了两斤, 下单) is 茶托's script", () => {
    const result = check(
      '阿杰：我们在抖音上认识也快一个月了\n阿杰：最近在忙我舅舅茶园的事，今年的明前龙井特别好\n阿杰：我给你留了两斤\n我：多少钱呀\n阿杰：外面卖2800一斤，你的话给你1800就好\n阿杰：你在这个小程序下单就行，那是我舅舅的店'
    )
    expect(result.verdict).toBe('suspicious')
    expect(result.because.map((c) => c.id)).toContain('kin-produce-sale')
  })
})

describe("round 33: the attacking review's findings", () => {
  it.each([
    // Slogan lines with a scam's noun-first ask among them are no slogan.
    '温馨提示：资金转入安全账户需核验，验证码不透露',
    '温馨提示：退款链接要点开，个人信息不透露',
    // 不用等了 denies nothing that follows it: the teacher still asks to be paid.
    '各位家长，资料费本来是通过学校缴费平台交，平台今天维护，大家不用等了直接转给我，我统一交，今晚8点截止',
    '你好我是你家楼上1202的，我想进咱们楼栋群，你拉一下我呗'
  ])('%s is flagged', (text) => {
    expect(check(text).verdict).not.toBe('none-found')
  })

  it.each([
    // Family and a shop's regular customer: no friend met online.
    '大哥，我老家今年新茶下来了，给你留了两斤，不要钱哈',
    '王哥早安，家里新茶到了，给你留了两斤明前的，要的话我给你送过去',
    // A group already joined, told about.
    '楼下的张姐刚加我进了业主群，里面在团购，挺便宜的',
    // The writer's own payment to a builder.
    '装修师傅的尾款我这周末结清，你验收完告诉我一声'
  ])('%s is no alarm', (text) => {
    expect(check(text).verdict).toBe('none-found')
  })

  it('a slogan whose denial has 乱 in it is still a slogan', () => {
    expect(check('温馨提示：网址不点击、二维码不乱扫、验证码不外借').verdict).toBe('none-found')
  })
})

describe('round 33: everyday words in long chats (blind set L)', () => {
  it('过期 of food is no deadline; a card or points that expire still are', () => {
    expect(signalsOf('冰箱里那盒过期的酸奶是谁的')).not.toContain('pressure-deadline')
    expect(signalsOf('您的积分即将过期，请尽快兑换')).toContain('pressure-deadline')
    expect(signalsOf('短信说我的卡过期了要在网页上登记')).toContain('pressure-deadline')
  })

  it('a number on the 家校联系卡 is no money to a card', () => {
    expect(signalsOf('我的电话在开学时发的家校联系卡上')).not.toContain('want-money')
    expect(signalsOf('钱打到卡上就行')).toContain('want-money')
  })

  it('"一点 我出" is no 点我', () => {
    expect(signalsOf('我多出一点 我出 220 你俩一人 173')).not.toContain('want-click')
  })
})

describe("round 33: a new user's trial", () => {
  it.each([
    // A parent's proof of a payment made, sent to the teacher.
    '李老师您好，我是张某某的爸爸，孩子的资料费我刚在学校公众号交了，交费凭证截图发您了，请查收。'
  ])('%s is no alarm', (text) => {
    expect(check(text).verdict).toBe('none-found')
  })

  it.each([
    '邻居好呀，我住8栋的，新来的，想进咱小区团购群买菜，你能邀请我一下吗？',
    '你好，我是住你们对门的小李，刚搬来，麻烦你把我拉进小区业主群，我想问问停车位的事，谢谢。',
    '我们在快手认识也有段时间了，我叔叔是茅台镇的，家里酿了几十年酒，今年分了我一些份额，成本价给你两箱，帮我冲冲业绩。',
    '妹妹，在陌陌上认识你真是缘分。我外婆在云南有个咖啡园，今年豆子特别好，我给你留了两公斤，成本价就行，也算帮我一下。'
  ])('%s is 可疑', (text) => {
    expect(check(text).verdict).toBe('suspicious')
  })

  it.each([
    // 回复验证码 asks for the code as much as 发给我 does.
    '陌生来电不轻信，但本行来电请放心。您的信用卡额度可提升至5万，请回复验证码完成提额。',
    // Asked for a proof of payment, not sending one: still the task scam.
    '客服：需要你先在我们的商城里拍下指定的商品，拍下后把付款截图发给我，本金和佣金三分钟内一起返还，第一单金额是680元'
  ])('%s is 高风险', (text) => {
    expect(check(text).verdict).toBe('high-risk')
  })
})

describe("round 33: the second review (the trial's batch)", () => {
  it('a school notice that names a 公众号 and gives a landline is read as before: a fake one reads the same', () => {
    expect(
      check(
        '【XX实验小学】您孩子的学籍档案存在异常，需补缴学籍管理费580元，请今日内关注公众号“XX教育智慧缴费”完成，逾期取消学籍。如有疑问请拨打学校电话0351-7654321'
      ).verdict
    ).toBe('high-risk')
  })

  it('回复验证码 with the code in the message is a carrier confirmation; without it, an ask', () => {
    expect(check('【中国移动】您正在办理流量包，请回复验证码“386521”确认办理。').verdict).toBe('none-found')
    expect(check('回复验证码确认，验证码：582013，5分钟内有效。').verdict).toBe('none-found')
    expect(
      check(
        '【XX银行】您的账户存在异常登录，为保障资金安全，请直接回复6位验证码进行身份核验，否则账户将在2小时内冻结。'
      ).verdict
    ).toBe('high-risk')
  })

  it('a proof of payment sent on does not hide an ask for a code in the same clause', () => {
    expect(check('付款截图发您了 您把收到的验证码发我 我确认一下收款').verdict).toBe('high-risk')
  })

  it('a neighbour who asks to be added is an opener; one who offers to add the reader is not', () => {
    expect(check('我是住你楼上的，能加我进业主群吗？').verdict).toBe('suspicious')
    expect(check('我是2单元的，业主群里在统计电梯维修意见，我把你拉进去一起投个票吧').verdict).toBe(
      'none-found'
    )
  })
})

describe('round 33: a word is not read across a voice-typed break', () => {
  it('"报表周五前交 费用报销单" holds no 交费; letter-spaced and voice-typed asks still count', () => {
    expect(signalsOf('报表周五前交 费用报销单月底前在 OA 提交')).not.toContain('want-money')
    expect(check('转 账 到 安 全 账 户').verdict).toBe('high-risk')
    expect(check('你先交 保证金 五千 然后就能解冻').verdict).toBe('high-risk')
  })
})

describe('round 34: the kinds blind sets O and P found missing, and their look-alikes', () => {
  it.each<[string, string, CheckResult['verdict']]>([
    [
      'a transfer into the "account below" to unfreeze',
      '【某某客服】您的提现资金因卡号填错被冻结，请在20分钟内向下方账户转入3000.5元验证解冻',
      'high-risk'
    ],
    [
      'a code received for someone, in Cantonese (畀 is 给)',
      '喂，係我呀，我換咗新號碼，幫我收個驗證碼，收到send返畀我',
      'high-risk'
    ],
    [
      'a fee, then at once a part in a show',
      '你被选上当群演了，需要办个证，办证费200 交了马上安排进组',
      'high-risk'
    ],
    [
      'a buyer who sends the seller to a site to list the account',
      '我出3000收你的号，我们走专门的交易平台，你去 abc-jy.com 注册一下把号挂上去',
      'high-risk'
    ],
    ['a certificate without an exam', '不用考试直接拿证，一周出证，加微信 abc123', 'high-risk'],
    [
      "a superior's visit from a number to save",
      '我是局里的老王，明天下来检查工作，你先把我这个号码存上',
      'high-risk'
    ],
    [
      'a product that cleans the blood vessels',
      '大爷，这款胶囊能清除血管里的垃圾，三个疗程才6800',
      'suspicious'
    ],
    [
      "a school's fee paid in its own 教务系统",
      '各位同学：四六级报名请登录学校教务系统报名并在线缴费，报名费30元，逾期不再补报',
      'none-found'
    ],
    [
      'an organisation whose name ends in 会 that denies a fee',
      '【某某后援会】后援会不会私信任何人收取费用，请勿相信返现信息',
      'none-found'
    ],
    [
      "a lottery station's prize collected with the ticket",
      '恭喜您在本站购买的彩票中奖10元，请凭原票到本站兑奖。——某某福彩投注站',
      'none-found'
    ],
    [
      'a Hong Kong police reminder in Cantonese',
      '警方提提你：有人叫你估下我係邊個，再問你借錢，一定係騙案！',
      'none-found'
    ],
    // After the attacking review of the rules above.
    [
      'a scammer who says it is no scam',
      '放心，这不是骗案，我们是正规平台，先交500元保证金就安排工作',
      'high-risk'
    ],
    ['the same in Cantonese', '你放心，呢個唔係騙案，我哋係正規公司，先交500蚊保證金就可以開工', 'high-risk'],
    [
      '别以为 before the warning words',
      '你别以为一定是诈骗，我们是正规贷款公司，先交1000元验资金马上放款',
      'high-risk'
    ],
    [
      'a lottery prize that asks for a call first',
      '您在本站购买的彩票中奖了，凭中奖彩票来本站领取，领奖前请先拨打站长电话13912345678登记',
      'high-risk'
    ],
    [
      'a transfer 往 an account to unfreeze it',
      '按照流程，你需要往下面这个帐户转入一万二进行解冻',
      'high-risk'
    ],
    ['a warning that says 一定是诈骗', '反诈中心：凡是要求你向安全账户转账的，一定是诈骗！', 'none-found'],
    [
      'a shop that names the bank card used',
      '您在本店用银行卡刷卡购买的沙发已发货，如有疑问请致电门店0571-88223344',
      'none-found'
    ],
    [
      "a driving school's fee, then the exam",
      '驾校报名：学费3800元交完就安排科目一考试，请带身份证到驾校前台办理',
      'none-found'
    ],
    ['figures sent back at work', '表格里的数字你核对完发回给我，明天上午要交给财务', 'none-found'],
    ['a doctor on clots', '医生：溶栓治疗就是溶解血管里的血栓，要在发病4.5小时内到医院', 'none-found'],
    ['辅助验证 done, and a warning', '你帮他辅助验证了吗？那人是骗子，赶紧去把微信密码改了', 'none-found'],
    [
      "the reader's own account that needs friends",
      '我帮你问了客服，你的号要找两个好友辅助才能解封，你让你老公帮你弄一下吧',
      'none-found'
    ],
    ['how to do it', '你能帮我看看怎么辅助验证一下吗？我妈的号被封了', 'none-found'],
    [
      'an account unfrozen, told afterwards',
      '我妈存入2000元后就解冻了，银行说那是睡眠户，去柜台激活就好',
      'none-found'
    ],
    [
      '这不是骗局 before a deposit',
      '放心，这不是骗局，我们是正规平台，先交500元保证金就安排工作，日结300',
      'high-risk'
    ],
    [
      'a spaced mobile to call about a card purchase',
      '交通银行：您尾号7721信用卡今日刷卡购物7999元，将从您卡上扣，非本人请马上打 1 3 8 2 6 5 4 7 8 9 0 核实',
      'high-risk'
    ],
    [
      'a code given back in Cantonese, 畀返我',
      '你部手機等陣會收到個驗證碼，唔該畀返我，我登入唔到',
      'high-risk'
    ],
    [
      'a deposit to get a prize',
      '某某后援会不会收取任何会费，只需缴纳99元实名认证保证金即可领取明星签名照',
      'high-risk'
    ],
    [
      "a platform's own listing rule",
      '藏宝阁公告：卖家需先在藏宝阁注册后把号挂上去，公示期4天，期间买家可预订',
      'none-found'
    ],
    [
      "a company's purchasing rule",
      '公司规定采购一律用指定的交易平台下单，不能私下找供应商，请各部门注意',
      'none-found'
    ],
    // Blind set Q's two misses.
    [
      'a deposit demanded after a freeze',
      '【签证中心】您的签证申请因材料异常被暂停审核，请于24小时内缴纳保证金3600元至指定账户',
      'high-risk'
    ],
    [
      // 高风险 since round 63: "张总：" speaking is a boss who asks the balance and a transfer (superior-money-pressure).
      'a pasted group chat whose name is in 【】, no signature',
      '【群聊：财务对接（3人）】\n张总：你查一下公司账户现在余额多少发我\n张总：客户在催款，先转12万到这个账户\n张总：我在开会不方便接电话',
      'high-risk'
    ],
    // The new user's trial.
    [
      'a landline spaced with a dash, after 请打',
      '【农业银行】您尾号3320的卡今日刷卡购物消费5,680元，如非本人操作，请打 0 2 1 - 5 5 6 6 7 7 8 8 取消',
      'high-risk'
    ],
    [
      "a buyer's own 交易平台 across a comma",
      '兄弟这号我要了，你去我常用的交易平台注册一下，把号挂上去我就下单',
      'high-risk'
    ],
    [
      "the writer's blocked account and a verification",
      '我微信被封了，需要好友辅助解封，你帮我点一下验证一下',
      'suspicious'
    ],
    [
      'a loan to 指定账户 to cancel a student account',
      '我是京东金融客服，您的学生贷没有注销，会影响个人征信，需要按照我说的把借款转到指定账户注销',
      'high-risk'
    ],
    [
      "a lottery station's notice with the larger prizes at the 福彩中心",
      '恭喜，本站售出的双色球中二等奖一注，请中奖彩民凭原票到本站兑奖，大额奖金请到市福彩中心领取。',
      'none-found'
    ],
    [
      "a lottery station's prize with its own number to call first",
      '恭喜您购买的彩票中得二等奖18万元，请凭原票到本站兑奖，兑奖请先联系站长王先生，电话 0371 6688 9900',
      'high-risk'
    ],
    [
      'a pasted chat named 【微信对话】, no signature',
      '【微信对话】李总：小张，我在开会不方便接电话，你马上给合作方转5万，回头我签字',
      'high-risk'
    ],
    [
      'a deposit already paid, refunded after a suspension',
      '因项目暂停招标，已缴纳的投标保证金将于10个工作日内原路退还',
      'none-found'
    ],
    ['a number to order dinner', '晚上打 0351-1234567 订餐，八点前送到', 'none-found'],
    ['wages paid into the account on file', '公司通知：本月工资已转入指定账户，请注意查收', 'none-found'],
    [
      'a blocked account already unblocked by a friend',
      '我微信被封了，找我老公辅助验证已经解封了，大家别担心',
      'none-found'
    ],
    ['a double negative in a warning', '凡是说先交解冻金才能提现的，没有一个不是骗局，大家记住', 'none-found']
  ])('%s', (_, text, verdict) => {
    expect(check(text).verdict).toBe(verdict)
  })

  it('still reads 会不会 as a question, not a denial', () => {
    expect(signalsOf('你们会不会收取费用')).toContain('want-money')
  })
})

describe('round 35: the kinds blind set R found missing, and their look-alikes', () => {
  it.each([
    [
      'sextortion with the recording and the contacts on separate lines, a sum in digits',
      '你刚才视频我都录下来了\n你的通讯录我也都有了\n给你一小时，转6600到下面这个账户，我就删掉',
      'high-risk'
    ],
    [
      'the same in Cantonese, in traditional characters',
      '你條片我已經錄低晒\n你通訊錄啲人我都拎晒\n兩個鐘內過八千蚊去呢個戶口，唔係我就全部send晒出去',
      'high-risk'
    ],
    [
      "a card number after a joint-stock bank's name",
      '借出来以后转到清算账户，系统验证后额度清零\n户名 王某 浦发银行 6225 12** **** 3344',
      'high-risk'
    ],
    [
      "a summons to the writer's office with something to say in person",
      '明天上午我办公室有个事跟你当面说，先别跟其他人讲',
      'suspicious'
    ],
    [
      'a guess-who call retold',
      '昨晚有人打电话叫我猜他是谁，我说是老周，他说换了号码让我存一下',
      'suspicious'
    ],
    [
      'a game buyer who moves the talk to QQ',
      '兄弟 你这号卖不卖 出8000 加个Q细聊 这里说话不方便',
      'suspicious'
    ],
    [
      "a teacher's class group said to be moving",
      '各位家长好，我是初二(3)班班主任王老师，因原群混入不明人员，请扫码加入新的班级群，原群明天解散',
      'high-risk'
    ],
    [
      'a health lecture that draws elders with eggs',
      '健康生活馆开业：每天上午健康讲座，到场即送鸡蛋一盒，仅限60岁以上老人',
      'suspicious'
    ],
    [
      "a shop's draw held on the spot",
      '超市店庆：单张小票满200元即可参加现场抽奖，一等奖电动车一台，当场开奖当场兑奖，详情咨询服务台',
      'none-found'
    ],
    ['a relative who asks for QQ to send photos', '妈，你加下Q，我把孙子的照片发你', 'none-found'],
    [
      "an office's likes, said to pay nothing",
      '@全体成员 公司官方视频号发了新品视频，麻烦大家点个赞转发一下。这是品牌宣传，不涉及任何返现',
      'none-found'
    ],
    [
      'sextortion that names a sum without a verb to pay',
      '视频我已经截屏了\n你的联系人我全部导出来了\n6000块，明天中午前，不然全发出去',
      'high-risk'
    ],
    ['a lecture that gives ten eggs', '养生讲座，到场就送十个鸡蛋，专家免费量血压', 'suspicious'],
    [
      'a colleague says the office has something to discuss',
      '张老师，办公室有个事想跟你当面说一下，关于排课',
      'none-found'
    ],
    ['a deleted message after wages were paid', '老板给我打了5000块工资，短信我看完就删了', 'none-found'],
    [
      'a secret kept for a surprise, with nothing else asked',
      '你表姐怀孕了，先别跟其他人讲，等满三个月再说',
      'none-found'
    ],
    [
      "a teacher's new group scanned in person",
      '三(2)班班主任李老师：原群不再使用，请大家明天放学时到校门口找我扫码进新群',
      'none-found'
    ],
    [
      "expenses paid to the reader's own card",
      '老周：上次出差垫付的住宿费我已经审批了，财务说周五打到你卡上',
      'none-found'
    ],
    [
      "a carrier's real-name check at its own counter",
      '【中国联通】您的号码需进行实名信息核验，请机主本人于5月31日前携带身份证原件到联通营业厅办理',
      'none-found'
    ],
    [
      'a news report of a case the police broke',
      '【法治日报】某地警方打掉一个以免费体检为名向老年人高价推销保健品的犯罪团伙，涉案金额达2000余万元',
      'none-found'
    ],
    [
      "a school's warning that defines the trick",
      '学平险完全自愿，学校不统一代收。任何人以学校名义推销保险、要求扫码缴费的，请不要相信',
      'none-found'
    ],
    [
      "a lottery's notice of a prize already paid into the reader's account",
      '【中国福利彩票】恭喜您在双色球第2024035期中得五等奖10元，奖金已自动派奖至您的福彩账户',
      'none-found'
    ],
    [
      'a prize said to be paid already, with a fee to withdraw it',
      '恭喜您中得五等奖10元，奖金已自动派奖至您的账户，提现需先缴纳手续费50元',
      'high-risk'
    ],
    [
      "Hong Kong police's warning of what 骗徒 say",
      '【香港警務處】提提你：騙徒會假冒內地公安或執法人員，訛稱涉及洗黑錢。執法人員絕不會透過電話要求交出金錢',
      'none-found'
    ],
    [
      "a gas company's visit, its own line to check with",
      '【燃气公司】我公司将于3月10日开展免费入户安检，不收取任何费用。如对人员身份有疑问，请拨打我公司24小时服务热线核实',
      'none-found'
    ],
    [
      'a parcel claim sent to WhatsApp, in Cantonese',
      '【順X速運】你嘅包裹於運送途中損毀，已為你啟動理賠，請於今日內聯絡理賠專員 WhatsApp +852 0931 2207 辦理退款',
      'high-risk'
    ],
    [
      'an account rented by its password',
      '收微信号！租一天给你50，要的话把账号密码发我，我们这边挂机就行',
      'high-risk'
    ],
    ['a recharge card offered by its writer', '可不可以我买张卡，然后把帐号密码发给你充？', 'none-found'],
    [
      'exam answers sold during the exam',
      '想要成人高考答案的私聊我，考场同步发送，准确率百分百',
      'suspicious'
    ],
    ['a question about when the answers come out', '高考答案什么时候公布？', 'none-found'],
    [
      "a child abroad who sends a stranger's account with a deadline",
      '爸，同学介绍了一个国内代付的渠道，你把人民币转到这个账户。收款账户 6217 0033 1902 5580，今天下午三点前要交',
      'suspicious'
    ],
    [
      "a fake centre that says 骗徒 control the reader's account",
      '【反诈中心】我局发现您的银行账户已被骗徒控制，请立即拨打专案组电话0571-86001234，配合将资金转入安全账户',
      'high-risk'
    ],
    [
      "a grandchild who retells 警方破获 and the grandmother's card",
      '奶奶跟我说，有人打电话说警方破获了一个洗钱团伙，她的卡涉案了，让她把钱转到安全账户',
      'high-risk'
    ],
    [
      'money said to be paid already, with a fee before withdrawing',
      '您的积分回馈奖励2980元已自动发放至您的账户，提现前需开通会员通道，开通费99元，请于今日内完成',
      'high-risk'
    ],
    [
      "a fake 客服's charge tomorrow, sent to the 'official' line",
      '您开通的百万保障服务试用期将结束，次日自动扣费每月800元。如需关闭，请联系官方客服电话，我们的专员会指导您操作',
      'high-risk'
    ],
    [
      "a friend who borrows a game account's password",
      '哥们，你那个王者号借我打两把呗，把QQ密码发我',
      'none-found'
    ],
    ['a withdrawal fee of a platform, no fee first', '提现前需完成实名认证，手续费按0.1%收取', 'none-found'],
    [
      "a stolen account's 淘宝能用吗 and its ask",
      '在么？ 你的淘宝能用吗？ 我拍点东西帮我代付下。',
      'high-risk'
    ],
    ['a relative who asks about 淘宝 and asks nothing', '你的淘宝能用吗？我想买个东西', 'none-found'],
    [
      'a fake 客服 who says the reader ticked an insurance',
      '喂,您好,我是微信客服,这边系统显示您勾选开通了微信支付安全险,现在我将提醒您一些事项。',
      'high-risk'
    ],
    [
      'a health lecture that gives elders a free trolley',
      '公司福利，专家养生讲座免费听，还有多功能手拉车和老年人健步鞋，只要是70岁以上老人就免费送！',
      'high-risk'
    ],
    [
      "a bank's code and a fake after-sales ask to relay it, pasted together",
      '【中国银行】您正在进行快捷支付绑卡,验证码729134,切勿泄露给他人。\n【售后客服】刚才给您发的验证码请转告工作人员 我们马上为您完成退款',
      'high-risk'
    ],
    [
      'a deposit paid at the hospital window, told to the family',
      '今天陪你爸去医院 医生说要住院观察两天 在一楼窗口交了两千块押金 刷的医保卡 出院的时候多退少补 你明天下了班过来换我一下',
      'none-found'
    ],
    [
      "a property office's own account in a notice to every owner",
      '各位业主，本月物业费可转账至物业公司对公账户：北京银行 2000 0012 3456 7890 12，户名阳光物业',
      'none-found'
    ],
    [
      "a parents' committee collecting through the school's own system",
      '家委会：春游每人费用60元，通过学校家校通小程序里的班级收费交，交完有电子收据',
      'none-found'
    ]
  ])('%s', (_, text, verdict) => {
    expect(check(text).verdict).toBe(verdict)
  })

  it('reads a caller who says the police broke a case and names the reader as no news', () => {
    expect(check('我们公安局破获了一个洗钱团伙，你名下的银行卡涉案，需要配合调查').verdict).toBe('high-risk')
  })

  it("reads a new pupil's first class group as no move, and its 班主任 as no superior", () => {
    const ids = check(
      '各位新生家长好，我是一年级二班班主任王老师，请扫码加入班级群，开学通知都在群里发'
    ).because.map((c) => c.id)
    expect(ids).not.toContain('group-moved')
    expect(ids).not.toContain('self-named-superior')
  })

  it('names a kind of the data with every rule that names one', () => {
    const topicIds = riskSignalData.topics.map((t) => t.id)
    const named = COMBINATIONS.filter((c) => c.topic !== undefined)
    expect(named.length).toBeGreaterThan(10)
    for (const rule of named) expect(topicIds).toContain(rule.topic)
  })

  it.each([
    [
      "sextortion that names the reader's 领导",
      '你的视频我已经录下来了，不转两万就发给你亲戚朋友和你单位领导',
      'extortion',
      null
    ],
    [
      'a game buyer who calls the seller 老板',
      '老板你好，王者荣耀的号我要了，咱们走第三方交易平台，你先去注册一下，把号挂上去我再下单',
      'game-trading',
      'game-trading'
    ]
  ])("shows the kind the verdict's rule names: %s", (_, text, topic, category) => {
    const result = check(text)
    expect(result.scheme?.id).toBe(topic)
    expect(result.category).toBe(category)
  })

  it('reads a shop draw as won when the reader is told they won', () => {
    expect(check('恭喜您在店庆现场抽奖中获得一等奖电动车一台，请加微信领取').verdict).not.toBe('none-found')
  })
})

describe('round 36: news of a case, police lists and quoted examples; the kinds blind set V36 found missing', () => {
  it.each([
    [
      'a news report of a case, in third person, with a date and a loss',
      '6月22日，北京市民张先生收到一条短信，对方自称快递客服，称其包裹为保单，在对方诱导下，张先生下载了App并开启屏幕共享，累计损失60余万元。'
    ],
    [
      "a report that quotes the victim's own words",
      '当日12时，派出所接到预警指令：辖区群众余女士疑似正被诈骗。余女士向民警反映：“我接到民警电话，说我存在违法行为，让我加他的微信，还强调通话内容要保密。”'
    ],
    [
      'a warning whose verdict names the sentence before it (这些都是…)',
      '任何要求把资金归集到指定账户、要求提供银行账户、密码和验证码的。这些都是骗子的惯用伎俩，正规机构不会索要这些信息。'
    ],
    [
      'a police list of 凡是 items with commas inside them',
      '谨记“十个凡是”一定是诈骗：1)凡是让你刷单赚钱的;2)凡是为你办理贷款,但让你先交手续费、保证金的;3)凡是自称客服要为你退款理赔的'
    ],
    [
      "a warning's numbered examples, each a quoted message",
      '冒充客服的话术很多。1.“快递丢失，双倍赔偿，请扫描二维码领取。”骗子冒充物流客服，发送虚假理赔二维码。2.“会员即将扣费，请点击链接取消。”骗子以此为由诱导受害人点击钓鱼链接。'
    ],
    [
      "a teacher's reminder to keep the payment password",
      '班主任：请家长管理好支付密码，告诉孩子不要加陌生人，有事打110'
    ],
    [
      'a call to the gas hotline, told by the one who called it',
      '燃气公司的来安检了，我打96777问了一下，是真的，一分钱没收'
    ],
    [
      "the gas company's own notice of a free check",
      '【北京燃气】我公司将于6月10日对您小区开展免费入户安检，不收取任何费用、不推销任何产品，如有疑问请致电96777'
    ],
    [
      'an office that says it appointed no one',
      '【XX市人社局】事业单位招聘一律网上报名，未委托任何机构或个人组织考前培训或“内部推荐”'
    ],
    [
      'a new number and a favour done in person',
      '我回国了，新号码是这个，周末帮我个忙，帮我搬下家，完事请你喝酒'
    ],
    [
      "an auction house's deposit for bidders",
      '秋季拍卖会11月18日举行，竞买人需办理号牌，保证金按拍卖规则缴入公司对公账户'
    ],
    ['a reminder passed on to friends', '厦门市反诈骗中心提醒：不要随意扫描不明二维码。转给你身边的朋友们吧']
  ])('finds nothing in %s', (_, text) => {
    expect(check(text).verdict).toBe('none-found')
  })

  it.each([
    [
      'a relative who retells the call to the family (我妈…)',
      '我妈昨天接到电话，对方自称公安局的，说她涉嫌洗钱，让她把钱转到安全账户',
      'high-risk'
    ],
    [
      'a live-stream 义诊 that tells an elder to stop the pills',
      '今晚八点名医义诊直播，前50名免费号脉，吃他的古方三个月，降压药就可以停了，直播间下单还送按摩仪',
      'high-risk'
    ],
    [
      'a stock teacher who tells a sum to buy on his app',
      '群里的王老师说有个内部股票要上市，叫我买二十万，要在他们的APP上买，好多人都跟着赚了',
      'high-risk'
    ],
    [
      'a gas notice photographed on the stairs, its price on the next line',
      '关于统一更换燃气金属波纹管的通知\n近期将对本小区逐户进行燃气安全检查，并统一更换金属波纹管，材料费由用户承担，\n每户398元，现场收取。',
      'suspicious'
    ],
    [
      'a "son" in Cantonese with a new number, a bill to pay and no calls',
      '阿媽，呢個係我新號碼，我買咗部新電話要俾錢，你幫我先找數，唔好打嚟，我開緊會',
      'high-risk'
    ]
  ])('flags %s', (_, text, verdict) => {
    expect(check(text).verdict).toBe(verdict)
  })

  it.each([
    [
      "the anti-fraud centre's own SMS",
      '【国家反诈中心】您好，您可能正在遭遇诈骗，请立即停止转账，如有疑问请拨打96110。',
      true
    ],
    [
      'a news report of a case',
      '6月22日，北京市民张先生收到一条短信，对方自称快递客服，称其包裹为保单，在对方诱导下，张先生下载了会议软件并开启屏幕共享，累计损失60余万元。',
      true
    ],
    [
      // review36b: the note must never call a scam a warning.
      'two token warnings in front of an ask to come and get money back',
      '谨防诈骗！都是骗子！您好，您登记的被骗资金已经全部追回，需要本人携带身份证、银行卡于本周三下午到鑫源大厦1206室找刘主任办理返还手续。',
      false
    ],
    [
      'a fake news report that tells victims where to collect a refund',
      '据新华社报道，近日警方破获一起特大诈骗案，追回赃款3亿元。受害群众可凭身份证到市民中心三楼312室领取退款，截止本周五。',
      false
    ],
    [
      'a warning that gives a mobile number in Chinese digits',
      '【国家反诈中心】您可能正在遭遇电信网络诈骗，请立即停止转账，并回拨一三八一二三四五六七八与民警核实。',
      false
    ],
    [
      'a bank notice',
      '您账户8162于1月2日10:57行内转账转入人民币304.00元，交易后余额为24411.92元。【上海农商银行】',
      false
    ],
    ['a family chat', '妈，我周六中午回家吃饭，帮我炖个汤', false],
    ['a scam, flagged', '妈，我出车祸了在医院，急需手术费两万，快转给我，别告诉爸', false],
    ['nothing', '', false]
  ])('says whether the text is about scams (aboutScams): %s', (_, text, about) => {
    expect(check(text).aboutScams).toBe(about)
  })

  // The attacking review of this round (review36): the first drafts let these through.
  it.each([
    [
      'a notice that warns of 被骗 and then asks for the code',
      '人社局通知：6月22日起发放失业补贴，群众当天登记当天到账，近期有居民被骗，请注意。登记时需提供身份证号、银行卡号和收到的短信验证码。'
    ],
    [
      "a scam that opens with a warning's verdict and then speaks to the reader",
      '以上都是骗子的惯用伎俩。您放心，我们是正规平台，您的提现需要先交20%的个人所得税，今天不交就冻结账户了。'
    ],
    [
      'a quoted message pasted to ask about it',
      '群里有人发：“受骗群众可添加律师微信lvshi8866追回损失。”靠谱吗'
    ],
    [
      'a 凡是 sentence that asks, unnumbered',
      '凡是还没完成资金核验的会员，今天之内把账户余额转到新的监管账户上的。'
    ],
    [
      "a pensioner's check with a threat and a deadline",
      '养老金认证系统升级，请在3天内完成身份认证，否则停发养老金'
    ],
    [
      'a list of tricks with its verdict, then an offer by 私信',
      '警惕“杀猪盘”诈骗！以上都是骗子的惯用手法。我们反诈志愿者团队免费为大家检测账户安全，私信我领取检测码。'
    ],
    [
      "a pensioner's own check, spoken to 您",
      '您的养老金待遇资格认证已过期，请于3日内完成人脸识别认证，逾期将停发'
    ],
    ['a 资格认证 that is no pension', '您的公积金提取资格认证未完成，请于3日内完成实名认证，否则账户将冻结']
  ])('still flags %s', (_, text) => {
    expect(check(text).verdict).not.toBe('none-found')
  })

  it.each([
    ['Cantonese "in a meeting, don\'t call" with no ask', '我而家开紧会，唔好打嚟住，散会再覆你'],
    ["a doctor's advice not to stop the pills", '妈，医生说了西药千万不能停，他推荐的那个降压药你按时吃'],
    ["a collectors' fair's entry fee", '钱币邮票交流会周六举行，入场费10元'],
    ["a group-buy's places and price", '团购名额还剩10个，一口价99元4次洗车'],
    ['a date whose costs the writer pays', '见面费我们出，吃饭300多我转你，相亲的事你再考虑考虑'],
    [
      "a 社保 notice of the pensioners' yearly check (blind set X36)",
      // A real notice (http://xingtai.kuyiso.com/news/fb3abev81984.html).
      '1、在规定认证期内通过手机认证的退休人员,养老金正常发放。2、对逾期(2021年11月30日)未完成认证人员,将从2021年12月开始,由单位暂时停发养老金,待退休人员使用手机补充认证后,从认证成功的次月起恢复待遇,并补发停发期间的养老金待遇。'
    ],
    [
      "a court's warning of calls in its name",
      '社会公众如果收到以法院名义发出的涉及缴费、汇款、转账等内容的电话、短信，请及时向公安机关报案。'
    ]
  ])('finds nothing in %s', (_, text) => {
    expect(check(text).verdict).toBe('none-found')
  })
})

describe('round 37: numbers as people write them', () => {
  it('reads a phone number spelled in Chinese, wholly or in part, as digits; shorter runs stay words', () => {
    expect(prepareText('回拨一三八一二三四五六七八').text).toBe('回拨13812345678')
    expect(prepareText('打幺五八 1234 五六七八').text).toBe('打158 1234 5678')
    expect(prepareText('第一二三四条').text).toBe('第一二三四条')
    // One for one: each digit keeps its place in the original, so a quote of it is the person's own words.
    expect(prepareText('请回拨一三八一二三四五六七八').origin[13]).toBe(13)
  })

  it.each([
    [
      'a mobile spelled in Chinese',
      '【国家反诈中心】您可能正在遭遇电信网络诈骗，请不要转账汇款。请立即回拨一三八一二三四五六七八与民警核实。'
    ],
    [
      'a mobile in groups after a list of tricks',
      '警方提醒：凡是电话里让您转账的都是诈骗。刷单返利都是诈骗，网购退款都是诈骗。追回损失请拨打158 1234 5678。'
    ],
    [
      'a mobile with dashes after a list of tricks',
      '警方提醒：凡是电话里让您转账的都是诈骗。贷款先交钱的都是诈骗。追回损失请联系王警官：138-1234-5678。'
    ]
  ])('flags a warning that gives %s to call (review36b)', (_, text) => {
    const result = check(text)
    expect(result.verdict).not.toBe('none-found')
    expect(result.aboutScams).toBe(false)
  })
})

describe('round 37: money lost to a scam, offered back', () => {
  it.each([
    [
      'a list of tricks, then a 公众号 that returns losses (review36b)',
      '警方提醒：网络刷单都是诈骗！已经被骗的群众不要着急，请关注公众号“全国追损服务中心”，提交被骗记录，三个工作日内退回损失。'
    ],
    [
      'a news report that sends victims to a room with their ID (review36b)',
      '据新华社报道，近日警方破获一起特大电信诈骗案，追回赃款3亿元。受害群众可凭身份证到市民中心三楼312室领取退款，截止本周五。'
    ],
    [
      'an advert for recovery that reads like a list of scams (blind set Z37)',
      '受骗了别着急！！专业追回被骗资金，网络诈骗、刷单、杀猪盘、投资被骗均可处理，先追回后收费。咨询V：zhuisun_888'
    ],
    [
      "a 反诈中心 signature with a 回款专员's mobile spelled in Chinese (blind set Z37)",
      '【国家反诈中心】提醒您：您有一笔被骗资金已追回，请于3日内联系回款专员办理。专员电话：一七七 六二四八 三九零五'
    ]
  ])('flags %s as 高风险 (recovery-offer)', (_, text) => {
    expect(check(text).verdict).toBe('high-risk')
    expect(firedOf(text)).toContain('recovery-offer')
  })

  it.each([
    [
      "the police's own notice of money returned, at its 经侦大队",
      'XX市公安局关于发还涉案资金的公告：请被害人于12月10日前携带本人身份证、银行卡到XX市公安局经侦大队办理发还手续，发还不收取任何费用。'
    ],
    ['advice to report at once', '民警提醒：被骗后请第一时间拨打110报警，才能最大限度挽回损失。'],
    ['a warning about recovery offers', '凡是声称能帮你追回被骗资金并收取手续费的，都是二次诈骗。'],
    ['a report of money returned', '经过民警努力，为受害人追回被骗资金5万元并当面返还。'],
    [
      'family news of money returned',
      '妈，你被骗的那笔钱派出所说追回来一部分了，让你明天带身份证去派出所领。'
    ],
    [
      'family advice about recovery offers',
      '网上那些说能帮你追回被骗的钱的，加微信要手续费的，全是骗子，千万别信。'
    ]
  ])('finds nothing in %s', (_, text) => {
    expect(check(text).verdict).toBe('none-found')
  })
})

describe('round 37: news reports that name their people', () => {
  it.each([
    [
      'a victim named 赵女士, with the caller asking her to move money in reported speech',
      // A real report (blind set Y37: http://jsnews.jschina.com.cn/yz/a/201809/t20180920_1927344.shtml).
      '据赵女士回忆,当天上午自己接到一个陌生电话,对方自称检察院工作人员。“工作人员”称,赵女士在北京一家银行办理了信用卡,目前已透支一万余元,有洗钱嫌疑。赵女士称自己并未去过北京,也从未办理过信用卡。“工作人员”却坚称,“检察院”已经收集了大量的证据。“工作人员”告知赵女士,必须要赶紧将自己所有的积蓄都汇到“安全账户”,才能洗清嫌疑。'
    ],
    [
      'a 陈某 who lost money to a loan app, the fees told as 被以…骗走',
      '2020年3月的一天,家住安顺的陈某下载了某贷款App,通过App提示输入名字、身份证号码、电话号码等个人信息查询贷款额度。几日后,陈某接到一座机电话询问其是否有贷款意向,等他作出肯定回答后,对方称其贷款额度有8.5万元,并要求加微信详谈。后被以需要交纳解冻费、验证还款能力等方式骗走2.8万余元。'
    ],
    [
      "a retired 老李's subsidy QR code",
      '近日,退休职工老李在单位微信群里看到一则消息。一位“群友”发布了一则通知,声称有一笔“国家个人综合测评第二批补贴”可以申领,并附上了二维码。老李便放心地扫码了。扫码后,页面显示为“补贴申领系统”。'
    ]
  ])('finds nothing in %s', (_, text) => {
    expect(check(text).verdict).toBe('none-found')
  })

  it('still reads a hoax that turns to the readers with an ask after the reported speech (review36)', () => {
    expect(
      check(
        '家长群消息：6月22日12时许，某小学学生在校门口被一名自称家长朋友的人接走，当事人家长已报警。据了解对方称其需要赎金，家属当天须准备5万元现金，不得联系警方。'
      ).verdict
    ).not.toBe('none-found')
  })
})

describe("round 37: a school's fee notice through its own payment system", () => {
  it.each([
    [
      "a teacher's reminder not to pay her privately",
      '王老师：明天秋游，费用已经在上周通过学校缴费平台交了的家长不用再交，没交的家长请在平台补缴，不要私下转给我哦😊'
    ],
    [
      "a class notice with its rule for anyone else's QR code",
      '群公告（班主任）：各位家长好，下学期的校服费统一在“学校缴费平台”小程序缴纳，本人不代收任何费用，群里有人发收款码的一律不要扫！'
    ],
    [
      "a platform's name in quotation marks",
      '【XX实验小学】各位家长：2024年秋季学期代收费项目（作业本费、午餐费）已通过“浙里办-校园缴费”平台发布，请于9月10日前登录缴纳。'
    ],
    [
      "the school finance office's landline for questions",
      '【XX中学】家长您好，本学期住宿费 600 元、教材费 312.6 元，请于3月1日前通过“智慧校园”APP缴费。咨询：学校财务室 张老师 0755-26831200（工作日）。'
    ],
    [
      "a bill pushed to the kindergarten's own 公众号",
      '【XX幼儿园】尊敬的家长，3月份保育费和伙食费账单已推送至“XX幼儿园”微信公众号-家长服务-缴费中心，请核对后缴纳，如需发票请联系园财务室。'
    ]
  ])('finds nothing in %s (blind set Z37)', (_, text) => {
    expect(check(text).verdict).toBe('none-found')
  })

  it.each([
    [
      'a teacher who asks for a transfer to her',
      '各位家长，资料费每人198元，今天之内转给我，统一在学校缴费平台登记'
    ],
    [
      'a QR code of her own beside the platform',
      '各位家长，校服费请于周五前缴纳，学校缴费平台系统维护中，先扫我发的二维码交'
    ]
  ])('still flags %s', (_, text) => {
    expect(check(text).verdict).not.toBe('none-found')
  })
})

describe("round 37: a court's notice to a party, a 交警 notice that says it has no link", () => {
  it.each([
    [
      'a civil case by its number, the fee through the official platform',
      '【上海市浦东新区人民法院】您好，您作为当事人的案件已立案，案号（2024）沪0115民初4562号，请关注“上海移动微法院”小程序查看详情。诉讼费请按照缴费通知书通过官方平台缴纳，法院不会以个人账户收取任何费用。'
    ],
    [
      '本短信无链接',
      '【XX市公安局交通警察支队】您的车辆已被录入违停记录，请于15日内通过交管12123APP或到就近交警大队处理。本短信无链接，如有疑问请拨打122核实。'
    ]
  ])('finds nothing in %s (blind set Z37)', (_, text) => {
    expect(check(text).verdict).toBe('none-found')
  })

  it.each([
    [
      'a link to the summons',
      '【北京市朝阳区人民法院】您作为被告的案件已立案，案号（2024）京0105民初123号，请点击 bjfy-court.cn 查看传票，逾期将强制执行。'
    ],
    [
      'a deposit into a card',
      '这里是朝阳区人民法院，您作为被告的案件已立案，案号（2024）京0105民初123号，请将诉讼保证金5000元转入法院指定账户6222021234567890123。'
    ],
    [
      "a clerk's WeChat to pay by",
      '【XX法院】您的案件（2024）京0105民初123号已立案，需缴纳诉讼费，请加书记员微信 fy2024 缴费。'
    ]
  ])('still calls a case number with %s 高风险', (_, text) => {
    expect(check(text).verdict).toBe('high-risk')
  })
})

describe('round 37: a date at a tea shop or a bar (茶托, 酒托)', () => {
  it.each([
    [
      "someone met on 珍爱网 at a friend's KTV with its minimum spend",
      '我：你好 我们在珍爱网聊过\n对方：对呀 哥哥什么时候来看我\n对方：我在朋友的KTV帮忙，你来了直接说找小琳，开个卡座 最低消费才3800 很划算的'
    ],
    [
      'a tea house picked for the date, and the pot to order first',
      '对方：今天约的那家茶楼到了吗\n我：到了 在门口\n对方：你先上二楼包厢，我马上到，你先帮我点一壶他们家的大红袍\n我：菜单上一壶要1888？？\n对方：哎呀好茶都这个价 我到了我们AA嘛 你先点'
    ],
    [
      "a matchmaker's tea house with the room for the man to pay",
      '您好，我是"心动相亲"红娘王老师，为您匹配到一位优质女嘉宾，女方希望周六在"雅韵茶舍"见面，请提前到达并预订包间，包间费及茶水由男方承担，约1500元左右。'
    ],
    [
      'Cantonese, from 探探, to a bar she knows',
      '靓仔你好呀，我系啱啱喺探探加你嘅阿欣，今晚得唔得闲？我知道天河有间酒吧好有气氛，一齐去饮两杯啦'
    ]
  ])('flags %s (blind set Z37)', (_, text) => {
    expect(check(text).verdict).not.toBe('none-found')
    expect(firedOf(text)).toContain('date-venue')
  })

  it.each([
    '对方：我们在探探聊了这么久，今晚来我朋友开的清吧吧，你先帮我开瓶红酒',
    '对方：今天约的那家茶楼到了吗\n我：到了 在门口\n对方：你先上二楼包厢，我马上到，你先帮我点一壶他们家的大红袍'
  ])('names the 酒托 or 茶托 kind for "%s", not 杀猪盘, whose tip speaks of investment platforms', (text) => {
    expect(check(text).scheme?.id).toBe('date-venue')
  })

  it.each([
    ["a cousin's tea house, treated", '我表姐开了家茶馆，周末一起去坐坐，我请客'],
    ['a coffee with someone met online, no bill', '我们在珍爱网认识快半年了，周末去星巴克喝咖啡吧，我请你'],
    ["a class reunion at a friend's KTV", '晚上同学聚会，在班长朋友开的KTV，最低消费我们几个平摊'],
    [
      "a tea house's own booking reminder",
      '你好，我们是XX茶楼，您预订的包间今晚6点，最低消费888元，请准时到达'
    ],
    ["a daughter at her boyfriend's friend's bar", '妈，我和男朋友在他朋友开的酒吧，今天他生日，晚点回家'],
    [
      "a son's classmate's tea house opening (review37b)",
      '妈，我同学开的茶馆下周六开业，你和爸有空过去捧个场，喝一壶他们家的岩茶，钱我已经给过了'
    ],
    [
      'a matchmaker who has paid the tea (review37b)',
      '王阿姨，我是婚介所的红娘小李，周日下午您和刘老师在万象城的茶馆见面，茶水费我们已经付过了'
    ],
    ["a partner's friend's bar", '宝贝，周六带你去我哥们儿开的酒吧坐坐，他说给我们留了位子']
  ])('finds nothing in %s', (_, text) => {
    expect(check(text).verdict).toBe('none-found')
  })
})

describe('round 37: the attacking review of the first batch (review37)', () => {
  it.each([
    ['两 and 幺 read aloud', '请拨打专案组热线幺三八两六六八幺幺八八登记', '13826681188'],
    ['circled digits', '请致电追赃专线 ①③⑧①②③④⑤⑥⑦⑧ 登记', '13812345678'],
    ['the capitals of amounts', '请致电追赃专线 壹叁捌壹贰叁肆伍陆柒捌 登记', '13812345678']
  ])('reads a number written in %s as digits', (_, text, digits) => {
    expect(prepareText(text).text).toContain(digits)
  })

  it.each([
    [
      'a mobile in dotted groups',
      '【警情通报】近期冒充客服诈骗多发。凡被骗群众请尽快致电 138.1234.5678 登记被骗资金，统一办理退赔。'
    ],
    [
      'a mobile with spaced dashes',
      '【警情通报】近期冒充客服诈骗多发。凡被骗群众请尽快致电 138 - 1234 - 5678 登记被骗资金，统一办理退赔。'
    ],
    [
      'an advert for 追款挽损 by private chat',
      '网络被骗了别灰心！我们团队专门帮人追款挽损，已帮上千人把钱拿回来，私聊了解，不成功不收费。'
    ],
    [
      'a visit to the building across from the police station',
      '受骗群众请注意：本次追回赃款将按比例退还，请携带身份证、银行卡于本周五前到公安局对面的金融服务大厦3楼办理，逾期视为放弃。'
    ],
    [
      'a fake court notice with a civil case number and a threat',
      '【XX区人民法院】（2024）浙0102民初3356号，您的信用卡纠纷案已立案，如不想影响征信和子女上学，请在24小时内联系本院执行局协商还款，否则将强制执行并拘留。'
    ],
    [
      "a school notice whose finance office's number is a mobile",
      '【实验小学】家长您好，平安保险费150元，请通过学校统一缴费平台缴纳。如有疑问，请联系学校财务室 138 2345 6789。'
    ],
    [
      "a school notice that sends parents to a parents' representative",
      '各位家长好，下学期教辅资料费每生268元，统一在“智慧校园”缴费系统交。系统还没开通的，先交给家长代表李女士，她统一代交，今天下午五点前。'
    ]
  ])('calls %s 高风险', (_, text) => {
    expect(check(text).verdict).toBe('high-risk')
  })

  it('flags a bill in the 公众号 that is to be paid by QQ to the finance clerk', () => {
    expect(
      check(
        '家长您好，您孩子的餐费账单已推送至“阳光幼儿园”微信公众号-家长服务-缴费中心，因系统升级暂时无法支付，请先通过QQ转给财务王姐，金额520元。'
      ).verdict
    ).not.toBe('none-found')
  })

  it.each([
    [
      'family passing on money the police got back',
      '妈，你上次被骗的那两万，派出所打电话说追回来一部分了，我一会微信转给你，你别着急。'
    ],
    [
      "a court's notice to the plaintiff to pay through 人民法院在线服务",
      '【XX区人民法院】李明：您作为原告的（2024）浙0102民初3356号买卖合同纠纷案件已立案，请于7日内通过人民法院在线服务缴纳诉讼费，逾期未缴按撤诉处理。本短信无链接。'
    ],
    [
      "a kindergarten's landline beside its rule for QR codes",
      '各位家长：本学期校服费用请通过“XX幼儿园”公众号里的缴费中心支付，群里有人发收款码的一律不要扫，如有疑问请联系园财务室 0755-26781234。'
    ],
    [
      'a teacher who asks to see the receipt',
      '家长们好，下周春游费用80元，通过学校的缴费平台“校园一卡通”交就行，交完截图给我看一下，谢谢配合。'
    ],
    [
      'a report whose victim 被告知 what to do',
      '受害人陈某接到自称“公检法”的电话，被告知涉嫌洗钱需将资金转入“安全账户”接受审查。陈某信以为真，先后转账46万元。警方提醒：公检法机关不存在“安全账户”。'
    ]
  ])('finds nothing in %s', (_, text) => {
    expect(check(text).verdict).toBe('none-found')
  })
})

describe('round 37: blind set Z37, second batch', () => {
  it.each([
    [
      "a boss's new QQ in groups",
      '老板：小刘，加一下我这个新QQ 2851 776 430，把公司财务群人员拉进来，我有事要安排。'
    ],
    [
      "a credit line to activate with a 资金验证 and the 客服's QQ",
      '【京东金融】您的白条额度提升至 68000 元，请在今日激活，激活前需绑定对公账户做资金验证，详情咨询客服QQ 2938475611'
    ],
    [
      'a 反诈中心 that has you bind your card for 资金保护',
      '【XX市反诈中心】尊敬的市民：经大数据排查，您近期接触过诈骗电话。为防止资金损失，请关注微信公众号"平安反诈服务号"，点击菜单【资金保护】绑定您的银行卡，系统将为您开启资金防护。'
    ],
    [
      "a volunteer's WeChat group with eggs for signing in, in Cantonese",
      '叔叔阿姨好 我系社区反诈志愿者阿敏，冇时间落嚟嘅可以加我微信 amin_fz2024，我拉你入反诈学习群，群入面每日有防骗知识同埋签到领鸡蛋🥚'
    ],
    [
      'a fake 微信支付客服 whose 为避免损失 is a threat',
      '您好，微信支付客服，检测到您开通了“微信分期会员”，每月将从零钱自动扣除 299 元，为避免损失请尽快关闭，关闭需要您提供收到的验证码。'
    ],
    [
      'a grandson in Cantonese who asks for 五千蚊',
      '爷爷，我系阿杰啊，我喺外面撞咗人，对方要我赔钱，我唔敢话俾阿爸知，你可唔可以转五千蚊俾我？我而家用朋友部手机，你唔好打嚟'
    ]
  ])('flags %s', (_, text) => {
    expect(check(text).verdict).not.toBe('none-found')
  })

  it.each([
    [
      'a payment receipt',
      '微信支付凭证：你已成功向“好邻居便利店”付款 ¥23.50，支付方式：零钱，交易类型：扫二维码付款。'
    ],
    [
      "a bank's own 公众号 to bind a card for alerts (tuning corpus)",
      '【江苏银行】您的信用卡6706于9月29日消费1169.00，关注江苏银行微信公众号，绑定信用卡可获笔笔消费免费动账微信提醒。'
    ],
    [
      "a community's eggs for signing in",
      '社区通知：本周六上午9点在社区广场开展反诈宣传活动，到场签到领鸡蛋一份，欢迎居民参加。'
    ],
    [
      "a boss's label in a pasted chat (blind set S)",
      '李总：小王，明天上午九点来我办公室一下，把上个月的销售报表和回款明细带上。'
    ]
  ])('finds nothing in %s', (_, text) => {
    expect(check(text).verdict).toBe('none-found')
  })
})

describe('round 37: a stock adviser who asks for a private chat (blind set Y37b)', () => {
  it.each([
    [
      'a securities firm on LINE, in traditional characters',
      'hi 我是元大綜合證券投信的柯雯靜,有訊息和你核對,加我line:lkx2324'
    ],
    [
      "an adviser's assistant who sends a friend request",
      '您好，我是中信建投的投资顾问助理，看到您关注了几只医药股，这边可以每天给您发研报，方便的话通过一下我的好友申请'
    ],
    [
      'an analyst who asks to add you on LINE',
      '對方：你好，我是群益投顧的分析師，可以加你LINE嗎？之後有好的標的會第一時間通知你'
    ]
  ])('flags %s (adviser-chat)', (_, text) => {
    expect(firedOf(text)).toContain('adviser-chat')
  })

  it.each([
    [
      "a broker's notice that sends you to its app",
      '我是华泰证券客户经理小王，您的账户需要更新风险测评，请登录华泰证券APP完成。'
    ],
    ['family advice about stock groups', '爸，那个炒股群你别进了，拉你进群的都是骗子'],
    ["a student's message to the teacher", '王老师，我是您股票课的学员，加我微信发您作业'],
    [
      "a colleague in the company's 证券部 (review37b)",
      '我是公司证券部的小李，以后董秘那边的公告材料都由我对接，方便的话加我微信'
    ],
    [
      'a classmate who works at a broker (review37b)',
      '我在证券公司上班，下周咱们初中同学会你来吗？来的话加我微信，我拉你进同学群'
    ],
    ['a stranger who says he trades stocks', '我是做股票的，以后有空加我微信一起聊聊']
  ])('finds nothing in %s', (_, text) => {
    expect(check(text).verdict).toBe('none-found')
  })
})

describe('round 37: the 安全账户 by other names', () => {
  it.each([
    [
      '国库账户',
      '反诈中心现开展“资金安全保护计划”，请将您的存款暂存至国库账户，待核查后原路返还。',
      'high-risk'
    ],
    [
      '保护账户',
      // 高风险 since round 49: the deadline with someone else's account is the rushed transfer's whole script.
      '为保障您的资金安全，请于24小时内前往就近ATM机将卡内余额转存至新开通的保护账户。',
      'high-risk'
    ]
  ])('flags money moved to a %s', (_, text, verdict) => {
    expect(check(text).verdict).toBe(verdict)
  })
})

describe('round 37: the attacking review of the second batch (review37b)', () => {
  it.each([
    [
      'a "wrong transfer" receipt with the ask to send it back',
      '你已成功向“李经理”转账 ¥5000.00\n不好意思，我转错了，是我儿子学费，麻烦你退回给我，加我微信 lz1968'
    ],
    [
      "a date who has the reader top up at a friend's bar",
      '对方：宝贝，今晚陪我去一个朋友的酒吧嘛，他那里有个最低消费，你帮我充个值就行'
    ]
  ])('flags %s', (_, text) => {
    expect(check(text).verdict).not.toBe('none-found')
  })

  it.each([
    ['a company that needs no 验资', '注册公司现在不需要验资了，认缴制，你放心去工商局办'],
    ['a visa that needs proof of funds', '爸，办澳洲签证要做验资，你帮我把定期存单开个证明'],
    ["a payment app's security tip", '支付宝提醒：为保障账户安全，绑定银行卡后请开启资金保护功能和支付密码'],
    ["a bank's security lock", '银行提醒：手机银行绑定银行卡后，可开通账户安全锁，有效保护资金安全']
  ])('finds nothing in %s', (_, text) => {
    expect(check(text).verdict).toBe('none-found')
  })
})

describe("round 37: a police list's own instructions (blind set G37)", () => {
  it.each([
    [
      "a 反诈中心's warning SMS",
      '【反诈预警】您好，这里是XX区公安分局反诈中心，我们监测到您的号码近期接听了疑似诈骗电话。请您不要向任何人转账，不要透露银行卡密码和短信验证码。如已转账请立即拨打110。本短信无需回复。'
    ],
    [
      "a station's numbered list with a quoted accusation to hang up on",
      'XX街道派出所温馨提示：\n1.不要把身份证、银行卡借给别人用，出租出借“两卡”违法；\n2.不要帮陌生人“跑分”“走账”；\n3.收到“您的银行卡涉嫌洗钱”电话，立即挂断。\n民警电话：0571-86001110（派出所值班室）'
    ],
    [
      'a reminder to elders about free eggs and 以房养老',
      '【XX公安分局】老年朋友请注意：\n“免费领鸡蛋”“听讲座送礼品”后面往往是高价卖保健品；\n“以房养老”“养老院投资”“养老床位预售”多是非法集资；\n有疑问先问子女，或到社区警务室咨询，电话110。'
    ]
  ])('finds nothing in %s', (_, text) => {
    expect(check(text).verdict).toBe('none-found')
  })

  it("still reads a scammer's 不要透露 as secrecy", () => {
    expect(check('这件事涉及国家机密，不要透露给任何人，包括你的家人，马上把存款转到安全账户').verdict).toBe(
      'high-risk'
    )
  })
})

describe('round 37: what counts as something to check (hasVisibleText)', () => {
  it.each(['😀', '🙏🙏🙏', '。。。。', '  \u200f\u200e ', '！？……', ''])('asks again for "%s"', (text) => {
    expect(hasVisibleText(text)).toBe(false)
  })

  it.each(['123456', '在吗', 'ok', '😀在吗', 'Ｏｋ', 'ｃａｆé', '①③⑧'])('checks "%s"', (text) => {
    expect(hasVisibleText(text)).toBe(true)
  })
})

describe('round 38: what counts as something pasted (showsAnything)', () => {
  it.each(['', '   \n', '\u200b\u200e\u202e\u00ad'])('nothing pasted: %j', (text) => {
    expect(showsAnything(text)).toBe(false)
  })

  it.each(['😀', '。。。', '在吗'])('something pasted: %j', (text) => {
    expect(showsAnything(text)).toBe(true)
  })
})

describe('round 38: blind sets Z38 and G38', () => {
  it.each([
    [
      'a recovery office named after the fraud kind, with a fee',
      '【电信诈骗追回中心】您在“XX理财”的损失已立案，可申请追回，需先缴纳案件受理费2800元。'
    ],
    ['a fake game-trading site from a buyer', '买家说要走交易猫，发来一个 jiaoyimao-kf.com 的链接让我上架'],
    [
      'a fake game-trading site with a deposit',
      '您在“5173”平台的账号已售出，请登录5173-pay.cn提现，需先缴纳保证金'
    ],
    [
      '重金求子 with a deposit (blind set Y38)',
      '富婆重金求子，成功后酬谢50万，先交2000诚意金，联系13912345678'
    ]
  ])('flags %s as 高风险', (_, text) => {
    expect(check(text).verdict).toBe('high-risk')
  })

  it.each([
    [
      "a trading platform's own order notice",
      '【交易猫】您出售的商品已有买家下单，请登录 https://m.jiaoyimao.com 查看订单，请勿私下交易。'
    ],
    [
      'a police officer telling what the scammers say',
      '【XX派出所】近期辖区多起冒充客服诈骗，骗子自称快递客服，说您的包裹丢了要赔偿，然后让您下载会议软件、共享屏幕。接到此类电话直接挂断，拿不准的拨打96110。'
    ],
    [
      "a property fee paid at the office's front desk or in its own 公众号",
      '物业通知：各位业主，本年度物业费开始收取，可以在“XX物业”公众号缴费，或者到物业前台刷卡缴纳，提前缴清全年的有九五折。'
    ],
    [
      "a police SMS's advice to think twice and ask 110 (blind set Y38)",
      '【XX市公安局】遇有不明转账和汇款，请三思而行！可请教身边亲友，仍存疑惑，可随时拨打“110”咨询。'
    ]
  ])('leaves %s alone', (_, text) => {
    expect(check(text).verdict).toBe('none-found')
  })

  it('reads a QQ number after 扣扣 as a chat to move to, behind a list of tricks (review36b)', () => {
    expect(
      check('谨防诈骗！凡是说能贷款先交费的都是诈骗。正规无抵押贷款请认准“XX普惠”，扣扣：2853310476。')
        .verdict
    ).not.toBe('none-found')
  })

  it.each([
    '妈，你这就叫遇上冒充客服诈骗了，赶紧把那个会议软件卸了，银行卡先挂失，我马上回来。',
    '【XX镇人民政府】2024年度高龄津贴已核发，尚有12位老人的津贴未领取，请家属带老人身份证到镇政府二楼民政科办理。'
  ])(
    'leaves a relative who says to uninstall, and a township paying at its 民政科, alone (review38b): %s',
    (text) => {
      expect(check(text).verdict).toBe('none-found')
    }
  )

  it("leaves a 保障金 paid out at the office's own window alone (review38)", () => {
    expect(
      check(
        '【XX镇民政办】本月最低生活保障金未领取的住户，请本人持身份证和存折到镇民政办窗口办理，联系电话0573-84561234。'
      ).verdict
    ).toBe('none-found')
  })

  it('reads a 社会保障金 left unclaimed with a deadline as a lure (blind set Y38)', () => {
    expect(check('您有一份社会保障金未领取，本月31日截止；详询：0716-8133629').verdict).not.toBe('none-found')
  })
})

describe('round 41: blind set Z41', () => {
  it.each([
    [
      'a retold new-number ask made of a relative (要她先转), averted',
      '我姑昨天说有人加她微信自称是她外甥，说换了新号要她先转五千给朋友。她打电话问了才没上当，你们家里老人也提醒一下'
    ],
    [
      "an officer's reminder: a case in 我们小区, 说… going on from the call, 转告家里老人",
      '各位业主，我是片区民警老陈，近期我们小区有老人接到冒充“社保局”的电话，说社保卡被盗用要配合调查，结果被骗了四万。请大家转告家里老人：社保局不会打电话让你转钱。'
    ],
    [
      'a police reminder that names scammers 诈骗分子',
      '【某市公安局】提醒：诈骗分子会冒充客服、亲友，要求你转账或提供银行卡密码。如有疑问请拨打96110。'
    ]
  ])('reads %s as a warning', (_, text) => {
    const result = check(text)
    expect([result.verdict, result.aboutScams]).toEqual(['none-found', true])
  })

  it("leaves a family chat alone whose verdict is the story's own (根本没这回事), with no loss told", () => {
    // The father's question (是不是骗子) is no warning, so the chat is not all warnings: no 反诈提醒 note is promised.
    expect(
      check(
        '爸：你看看这个短信是不是骗子，说什么社保卡冻结要点链接认证\n我：是骗子，别点，我查了社保局公众号，根本没这回事'
      ).verdict
    ).toBe('none-found')
  })

  it.each([
    [
      "a courier's code to read out (发了个码，你念一下给我)",
      '你好，我是快递员，你有个件放驿站了，系统要登记，我给你手机发了个码，你念一下给我'
    ],
    [
      "a stolen account's favour, paid back tonight",
      '在吗？帮个忙，我微信今天限额到了，你帮我给我表哥转1500，晚上回来就还你'
    ],
    ['a cure-all claim (什么病都能好)', '穿上这双鞋什么病都能好，一双只要998'],
    [
      "a fake officer's accusation with 不法分子 (no warning)",
      '我是公安局的，不法分子以你的名义办了银行卡，你把卡号和密码告诉我'
    ]
  ])('flags %s', (_, text) => {
    expect(check(text).verdict).not.toBe('none-found')
  })

  it("reads a fake officer's ask after a retold averted call (the story ends at its verdict)", () => {
    expect(
      check('我妈差点被骗了，根本没这回事。我是社保局的，你的社保卡被冻结，要你把钱转到安全账户').verdict
    ).toBe('high-risk')
  })

  it.each([
    [
      'a reminder put first, then a transfer to the writer',
      '妈，我同事被骗了好几万，你们也多留个心，我手机摔坏了这是同学的号，让我表姐先转三千过来，我下个月还。'
    ],
    [
      'a reminder, then the sender turns to business (另外)',
      '小李，你转告家里老人最近骗子多，另外跟你说，你叔在外地住院了，让他侄子先打八千过来，我是他同事。'
    ],
    [
      'a warning, then a fake officer who wants the fee',
      '张阿姨，骗子会冒充医保局打电话，您可别上当，我是医保局的小王，您的医保年审还没做，年审费50元，转我微信就行。'
    ],
    [
      'a never-calls denial before its own fee (weak marker)',
      '社保局不会打电话让你转钱，这次是线上核验，激活费68元，发红包给我就行。'
    ],
    ['a code asked as the few numbers received', '奶奶 你手机上刚收到的那几个数 跟我说一下 我给你领鸡蛋'],
    [
      'a fee asked of an old person by a grid worker after a reminder',
      '李奶奶，我是小区网格员，前几天楼里有老人被骗了大家多注意，社区给老人办补贴，要老人家先交200工本费，我下午上门收。'
    ]
  ])('flags %s (review41)', (_, text) => {
    expect(check(text).verdict).not.toBe('none-found')
  })

  it.each([
    [
      'a grandchild who asks to have an SMS read out to check it',
      '奶奶 你把那条短信念给我听听 我看看是不是骗子发的'
    ],
    ['a code passed to a guard, not the writer', '学校给大家发了个码 进校门的时候报一下保安'],
    ['a cure-all denied', '不是什么病都能治 您别听那些卖保健品的'],
    ['a folk saying', '一见孙子啥病都好了'],
    ['a sibling who pays back tonight for a parent’s bill', '先帮我交一下妈这个月的电费 晚上回去转你'],
    [
      'a reminder that a real office never calls to ask money',
      '各位居民：医保局不会打电话让你转钱，接到这种电话请挂断。'
    ]
  ])('leaves %s alone (review41)', (_, text) => {
    expect(check(text).verdict).toBe('none-found')
  })
})

describe("round 42: blind set Z42 and round 41's new-user trial", () => {
  it.each([
    [
      "a stolen account's favour to pay a friend, paid back 等下微信 (voice-typed)",
      '在不在 帮个忙 我这边支付宝限额了转不出去 你先帮我给一个朋友转2000 我等下微信还你 急'
    ],
    [
      'a red packet for a wallet and an app to download from a QR code, places running out',
      '数字人民币内测资格发放中！开通个人钱包即送888元红包，名额仅剩37个，扫码下载“数字人民币Pro”APP立即领取。'
    ],
    ['a code asked alone (发了个码，你念一下给我)', '发了个码，你念一下给我'],
    ['the numbers of an SMS asked alone', '短信里的数字发我一下']
  ])('reads %s as 高风险', (_, text) => {
    expect(check(text).verdict).toBe('high-risk')
  })

  it.each([
    [
      'a platform ban to appeal by replying 1',
      '【抖音】您的账户存在违规行为，将于24小时后被永久封禁，如需申诉请回复1，如非本人操作请回复2。'
    ],
    [
      'a charity appeal with a short link to give through',
      '【爱心救助】7岁女孩白血病急需骨髓移植，家里已经卖房子了，每一份爱心都能救她的命，捐款通道：dwz.cn/jz8Ua'
    ],
    ["a superior's opener that only asks whether the reader can talk", '在吗？我是王主任，方便说话吗']
  ])('flags %s', (_, text) => {
    expect(check(text).verdict).not.toBe('none-found')
  })

  it('gives one reason for a code asked, not the same reason twice', () => {
    const given = check('妈，你手机刚收到的那个验证码发我一下，我帮你弄医保').because.map((b) => b.reason)
    expect(given.filter((reason) => reason.startsWith('要您的验证码或密码'))).toHaveLength(1)
  })

  it.each([
    [
      "a mother's question about a code SMS she gave no one (给我弄 is a favour, not an ask)",
      '儿子，刚才我手机来了条短信，说什么验证码，我没给任何人啊，是不是你在给我弄那个医保的东西？要是不是你我就不管它了'
    ],
    [
      'a police bulletin whose reminder says 无需共享屏幕',
      '警方通报：5月8日，市民李某接到自称“快递客服”的电话，称其包裹丢失可三倍理赔，李某在对方诱导下下载会议软件并开启屏幕共享，被骗4.6万元。警方提醒：正规快递理赔无需共享屏幕，更不会要求向个人账户转账。'
    ],
    [
      "a fan group's reminder about 工作人员票",
      '姐妹们，周杰伦演唱会的票只认大麦官方渠道，别信什么内部票、工作人员票，去年群里好几个被骗了定金。开票那天大家一起蹲，抢到的在群里说一声～'
    ],
    [
      "a community's reminder to download the official 掌上12333",
      '【温馨提示】领取养老金的退休人员每年需进行一次待遇资格认证。认证方式：手机下载“掌上12333”APP刷脸认证，或由家人陪同到社区服务站办理。认证全程免费，不需要提供银行卡号和密码。——幸福里社区居委会'
    ],
    ["a campus wifi's account password typed in a browser", '北航的无线网需要打开浏览器输入账户密码的'],
    [
      "a neighbourhood officer's ask whether the director can talk, with the business said",
      '王主任您好，我是社区的小李，您现在方便说话吗？关于下周的活动场地想跟您确认一下'
    ],
    ['a favour to forward a notice, a book given back', '帮我转发一下这个通知，我等下还你书']
  ])('leaves %s alone', (_, text) => {
    expect(check(text).verdict).toBe('none-found')
  })
  it.each([
    [
      'a code to show, the number changed',
      '在吗 我手机号换了 等下你手机会收到一条短信 里面有个验证码 你给我看一下 急用'
    ],
    [
      'a code to get over (给我弄过来)',
      '宝，我在帮你抢那个免费体检名额，系统刚发了个码到你手机上，你赶紧给我弄过来，晚了名额就没了'
    ],
    [
      "a carrier's 服务密码 typed on a page",
      '【中国移动】尊敬的用户，您的积分即将清零，可兑换288元现金，请在手机营业厅页面输入服务密码兑换'
    ],
    [
      'a game account and password typed on a page',
      '兄弟 皮肤我直接送你 你在我发的页面里输入你的游戏账号和密码 我这边给你上号领'
    ],
    [
      'a favour paid by 替我转, paid back by 微信',
      '兄弟帮个忙 我这边微信转不了账 你替我转2000给他 我晚点微信还你'
    ],
    [
      '回复 1 to lift a limit',
      '【微信支付】您的账户存在异常交易，今日内将限制收款，如非本人操作请回复 1 解除限制'
    ],
    ['回复一 to keep a card', '【医保中心】您的医保卡将于明日停用，如需继续使用请回复一，不回复视为自动放弃'],
    ["a superior's 说话方便不", '在吗？我是刘局，现在说话方便不']
  ])('flags %s (review42)', (_, text) => {
    expect(check(text).verdict).not.toBe('none-found')
  })

  it.each([
    ['a new password given (告诉你…密码)', '你的游戏账号我改过了，告诉你新的游戏密码：abc8899，周末才能玩'],
    ['a password sent to the reader', '我发给你打印机的管理员密码了，在钉钉上，你看一下'],
    [
      "a bill's 回复1查询明细",
      '【国家电网】您户号3102****88的电费已欠费，将于48小时后停电，请及时缴纳。回复1查询明细'
    ],
    [
      "a card's 如需帮助请回复1",
      '【招商银行】您尾号1234的信用卡即将到期，新卡已寄出，请收到后及时激活，旧卡将于月底停用。如需帮助请回复1'
    ],
    [
      "a carrier's 续费请回复1",
      '【中国移动】您的宽带将于2024年12月31日到期，到期后将暂停服务。续费请回复1，咨询请回复2'
    ],
    [
      "a school's donation with its official channel",
      '各位家长：学校响应区红十字会号召开展“情暖寒冬”爱心捐助，全凭自愿，请不要通过任何个人账户捐款，捐款通道统一为区慈善总会官网。'
    ],
    ["a union's 爱心通道", '同事小刘家里出事了，工会开了个爱心通道，大家自愿，在工会群里接龙就行'],
    [
      "a colleague's 方便说话吗 with the business said",
      '张老师您好，我是教务处的李主任，方便说话吗？想跟您确认一下下周期末考试的监考安排。'
    ],
    ["a friend's group-buy 垫 paid back by 微信", '你先帮我垫一下团购的钱，一共86，我等下微信转你'],
    [
      "a school's 国家中小学智慧教育平台app",
      '各位家长，请今晚帮孩子注册国家中小学智慧教育平台app，寒假作业都在上面打卡，有问题群里说。'
    ],
    [
      "a mother asking whether a code was her son's doing",
      '儿子，这个验证码是你在给我办手机卡发的吗？不是我就不理它了'
    ],
    [
      "a bank's own code SMS (输入动态密码完成操作)",
      '【中国银行】您正在使用手机银行向尾号8832账户转账，动态密码384721，请在页面输入动态密码完成操作。工作人员不会向您索要，请勿泄露。'
    ]
  ])('leaves %s alone (review42)', (_, text) => {
    expect(check(text).verdict).toBe('none-found')
  })

  it.each([
    [
      "a grandchild's call quoted, nearly paid, passed on",
      '提醒大家：昨天有人给我奶奶打电话，说“我是你孙子，出车祸了，快打五万到这个卡上”，奶奶差点就转了，幸好我姑在旁边。大家跟老人说一下。'
    ],
    [
      'a 医保 call quoted word for word (原话：“…”), hung up',
      '我妈今天接到电话，原话：“您的医保卡被冻结了，需要转到安全账户核查”，吓得她差点转了，我让她挂了。'
    ],
    [
      'an ETC SMS quoted, not clicked',
      '我爸收到短信“您的ETC已停用，请登录etc-xx.cn认证”，还好他问了我，没点。'
    ]
  ])("reads %s as told (round 41's trial)", (_, text) => {
    expect(check(text).verdict).toBe('none-found')
  })

  it('still reads a quoted SMS the writer asks about, nearly clicked', () => {
    expect(check('我收到短信“您的ETC已停用，请登录etc-xx.cn认证”，差点就点了，这是真的吗').verdict).toBe(
      'high-risk'
    )
  })

  it('starts or ends no quote with a quotation mark whose partner was left outside it', () => {
    const { hits } = check('有人给我打电话，说“我是你孙子，出车祸了，快打五万到这个卡上”')
    const quotes = hits.flatMap((hit) => hit.quotes)
    expect(quotes).toContain('快打五万到这个卡上')
    for (const quote of quotes) {
      expect(quote).not.toMatch(/^[“”「」]|[“「]$/)
      if (quote.endsWith('”')) expect(quote).toContain('“')
    }
  })

  it.each([
    [
      'a code asked as yzm',
      '姐帮个忙，公司评优投票要手机号验证，我把你号填上了，你收到的yzm发我下，就几秒钟的事，拜托拜托'
    ],
    [
      'four numbers of an SMS to read out, the number changed',
      '姐 我换号了 存一下 刚才给你手机发了条短信 里面有四个数 是我登录要用的 你看看念给我听'
    ],
    [
      "an SMS's whole content to copy over",
      '您好，这里是外卖平台骑手服务中心，检测到您的账号存在异地登录，为保障安全需要核实本人身份，请把刚收到的短信内容完整复制给我。'
    ],
    [
      "a stolen account's 付下 3800, paid back 明天一早",
      '亲 方便不 我在外面手机支付不了 帮我给这个人付下 3800 明天一早还你 急'
    ],
    [
      "a superior's 有笔款要你安排出去",
      '我是你们王总，我在外面跟客户谈事情，不方便接电话，你先准备一下，等会儿有笔款要你安排出去。'
    ],
    [
      'the numbers of an SMS to screenshot',
      '不好意思啊，我刚不小心把你手机号填到我的注册信息里了，你会收到一条短信，麻烦把里面的数字截个图给我，我改一下就好。'
    ],
    [
      'a card number and password to fill in on a link',
      'ybk个人账户余额可以提现了 只需要在链接里填下卡号和密码 ybtixian.cn 名额有限'
    ]
  ])('flags %s (blind set X42)', (_, text) => {
    expect(check(text).verdict).not.toBe('none-found')
  })

  it.each([
    [
      "an uncle's retelling full of the scammer's quoted words, the number off after",
      '跟你们说个事，今天上午有人给我打电话，一开口就说“舅舅，是我啊，我换号了，你猜猜我是谁”，我随口说你是小军吧，他马上说“对对对，舅舅你记性真好”，然后又说“我这边有个朋友急用钱，我手机银行限额了，你先帮我给他打两万，我下午就还你”。我一听声音根本不对，小军在部队哪能随便打电话，而且他从来不跟我借钱。我说那你把电话给你们指导员我问问，他就挂了，再打过去已经关机。我给小军他妈打了电话，人好好的在部队。大家也注意点，尤其是家里老人，接到这种“猜猜我是谁”的电话直接挂，有事给自家人打电话核实。'
    ],
    [
      'a news report that quotes the pretexts (以“…”为由)',
      '据本地晚报报道，近日某市警方破获一起冒充电商客服诈骗案，抓获犯罪嫌疑人26名，涉案金额达300余万元。据办案民警介绍，该团伙通过非法渠道获取网购订单信息，冒充电商平台售后客服给买家打电话，开口就能准确说出买家的姓名、收货地址和所购商品，以“您购买的商品检测出质量问题，我们给您双倍退款”为由取得信任，再诱导受害人打开支付软件开通备用金、借款额度，并以“退款需要走资金流水”为名让受害人把借来的钱转账到所谓的“退款专用账户”。市民刘女士就因此被骗8.6万元。警方提醒，正规平台退款会原路退回，不需要消费者做任何额外操作，更不会要求您借款或共享屏幕；接到此类电话请挂断后通过平台官方APP核实，也可拨打96110咨询。'
    ],
    [
      "a child's 那个不是真的 about a screenshot, the boy 好好在上课",
      '妈，你截图那个不是真的，什么“孩子在学校急病要手术押金”，学校不可能这样通知，我刚给小宝老师打了电话，他好好在上课呢，千万别打钱。'
    ],
    [
      'a police notice quoting a fake boss (“…”这类信息, 一律先核实)',
      '警方提示：接到“你好，我是你领导，明天来我办公室一趟，先加我QQ”这类信息，请务必当面或通过原有号码核实。凡是“领导”要求汇款、代付的，一律先核实再操作。——市公安局反诈中心'
    ],
    [
      'a loan paid back by 微信 (借我的2000)',
      '你上个月借我的2000我今天发工资了，刚用微信还你了，你看看到没，谢谢你江湖救急哈'
    ],
    [
      "a grandchild's retelling: 对方说“爷爷你猜我是谁”, 根本没出门",
      '爷爷今天接了个电话，对方说“爷爷你猜我是谁”，爷爷说是小东吧，那人马上说是是是，然后说自己打架被抓了要交保释金。爷爷直接给我爸打电话，我就在他旁边，根本没出门。笑死，骗子都骗到我们家来了。'
    ]
  ])('leaves %s alone (blind set X42)', (_, text) => {
    expect(check(text).verdict).toBe('none-found')
  })

  it.each([
    [
      'a class notice quoted, then 大家抓紧',
      '家长您好，我是三年级二班班主任。学校刚发来通知：“请各位家长于今天下午5点前将教辅资料费268元转至班主任个人微信 lsw2024，逾期视为自愿放弃”，昨天已经有家长差点错过，大家抓紧。'
    ],
    [
      'an ETC SMS quoted, then 你也赶紧照着弄',
      '妈你看我收到的短信：“【ETC服务】您的ETC卡已失效，请登录 etc-cxrz.cn 重新认证，逾期将停用”，上次王叔没认证差点被罚款，你也赶紧照着弄一下，把卡号和验证码填进去就行。'
    ],
    [
      "a relative's investment quote, then 你先下载",
      '哥，我跟你说的那个平台真的靠谱，我表姐原话：“我投了5万，一个月赚了1万2”，她以前被骗过，比谁都谨慎。你先下载 hx-touzi.app 注册，充1万试试，我带你操作。'
    ],
    [
      'a doctor quoted, 差点急死了, 你赶紧打过去',
      '妈，我在医院，医生刚说“你爸这情况要马上手术，先交3万押金到医院账户 6217 5555 6666 7777”，我卡里钱不够，差点急死了，你赶紧打过去。'
    ],
    [
      'a fake 反诈中心 quote, then 大家赶紧转',
      '[转发截图] 反诈中心发来的消息：“凡接到冒充公检法电话的群众，请将名下资金转入国家安全账户 6217 0000 8888 9999 进行保护”，已经有很多人因为没转被骗了，大家赶紧转。'
    ],
    [
      'a fake officer quoting the son, then 赶紧交',
      '我是城西派出所的，你儿子原话：“爸，我在派出所，你先交5000保证金到民警账户 6217 1111 2222 3333”，他差点被刑拘，赶紧交。'
    ],
    [
      'a 备用金 asked with 麻烦您',
      '温馨提示：客服不会索要您的密码，谨防诈骗。请勿向他人透露验证码，谨防上当。麻烦您这边现在先打开支付宝备用金领取500元，我教您完成退款。'
    ],
    [
      "a ransom with the child's words quoted and 撕票",
      '你女儿在我们这，她让我跟你说：“妈，快准备20万打到 6222 0200 1234 5678，不然他们不放我”，人现在好好的，敢报警就撕票。'
    ]
  ])('flags %s (review43)', (_, text) => {
    expect(check(text).verdict).not.toBe('none-found')
  })

  it.each([
    [
      'a retelling in straight quotes',
      '我妈今天接到电话，对方说\"您的医保卡被冻结了，需要转到安全账户核查\"，她差点就转了，我让她挂了。'
    ],
    [
      'a retelling in 『』',
      '我妈今天接到电话，对方说『您的医保卡被冻结了，需要转到安全账户核查』，她差点就转了，我让她挂了。'
    ],
    [
      'a retelling: 电话打给我说“…”, 根本没这回事',
      '今天有个电话打给我说“你儿子在学校被打伤了，快转一万块医药费到老师卡上”，我赶紧给学校打电话，我儿子好好的在上课，根本没这回事。'
    ],
    [
      'a child: 截图发我，我帮你看看是不是骗子',
      '妈，你把那条短信的内容截图发我，我帮你看看是不是骗子，别点里面的链接。'
    ],
    ["a parcel locker's 取件码那几个数", '你快递到了，在丰巢柜，取件码那几个数告诉我，我下班顺路帮你取。'],
    ["a student's 学号和密码", '选课系统明天开放，你登录教务网填下学号和密码就能选，别忘了。']
  ])('leaves %s alone (review43)', (_, text) => {
    expect(check(text).verdict).toBe('none-found')
  })
})

describe("round 42's and 43's new-user trials", () => {
  it.each([
    [
      'a code SMS asked as a screenshot, called a parcel code',
      '这是您的取件验证码吗？麻烦截图发我一下，我帮您查快递。'
    ],
    [
      'a met-online partner with a casino bet that is sure to win',
      '我们是网上认识的，我舅舅在澳门赌场做技术，知道后台数据，你跟着我下注一定赢。'
    ],
    [
      "a bank card centre's check of the card's back three digits",
      '您好，这里是XX银行信用卡中心，您的信用卡额度可以提升到5万，需要先验证一下您的卡号、有效期和背面三位数。'
    ],
    [
      '保本保息 under 政府背景',
      '老年人专属理财，年化收益18%，政府背景项目，保本保息，名额有限，今天签合同送米面油。'
    ]
  ])('reads %s as 高风险', (_, text) => {
    expect(check(text).verdict).toBe('high-risk')
  })

  it('flags 医保余额提现 with a reply to claim it', () => {
    expect(check('叮咚～您有一笔待领取的医保个人账户余额提现，回复1办理，回复TD退订。').verdict).not.toBe(
      'none-found'
    )
  })

  it.each([
    [
      'rent paid to the landlord, between spouses',
      '老伴，你的退休工资到账了吗？到了的话把这个月的房租转给房东。'
    ],
    [
      "a community's notice of 有冒充…的骗子",
      '社区通知：近期有冒充社保局工作人员上门收取"养老认证费"的骗子，社保认证是免费的，请大家注意。'
    ],
    [
      'a retelling whose mother checked by phone first',
      '昨天我妈接到个电话，说我出车祸了要交手术费，幸好她先给我打电话确认了，大家家里老人也提醒一下。'
    ]
  ])('leaves %s unflagged', (_, text) => {
    expect(check(text).verdict).toBe('none-found')
  })
})

describe("round 47: the writer's own payment, a worker's own payment code", () => {
  it("reads the writer's own gift to a relative as family talk, and the fake leader's who cannot pay as the scam", () => {
    expect(
      check(
        '儿子，你叔住院了，我想给他转两千块表示一下，已经跟你婶打电话确认过了，你帮我看看微信转账怎么操作。'
      ).verdict
    ).toBe('none-found')
    expect(signalsOf('我打算给你舅舅打五千，过年的红包')).not.toContain('want-money')
    // The fake leader's script: the writer wants to pay but cannot, so the reader is to.
    expect(signalsOf('我这里有领导，不方便。我想给一个亲戚寄点钱……')).toContain('want-money')
    expectFlagged('我是王总，我要给客户转20万保证金，我在开会，你先帮我转过去', 'high-risk')
    // The reader paying for the writer is still an ask, after the writer's own words.
    expect(signalsOf('我想给他转两千块，你帮我转一下吧')).toContain('want-money')
  })
  it("reads a worker's own payment code as someone else's account, not the company's", () => {
    expectFlagged(
      '我是自来水公司的，上门抄表，这个月水费86元，直接给我现金或者扫我的个人收款码就行',
      'high-risk'
    )
    expect(check('本店不用个人收款码，请扫门口的商家码付款').verdict).toBe('none-found')
  })
  it("reads an office's recorded call that asks for a key press as 冒充公检法, and a survey's key as nothing", () => {
    // Blind set R47 (a public report's robocall, in traditional characters).
    expect(check('這是中國領事館,你有一個重要公文,請按‘1’字查詢').verdict).toBe('high-risk')
    expect(check('這是中國領事館,你有一個重要公文,請按‘1’字查詢').because.map((c) => c.id)).toContain(
      'office-key-press'
    )
    expect(check('您好，这里是XX市人民法院，您有一张传票未领取，详情请按9').scheme?.id).toBe(
      'impersonating-officials'
    )
    expect(check('这里是12345市民热线，对本次服务满意请按1，不满意请按2').verdict).toBe('none-found')
    expect(check('国家税务总局12366纳税服务热线，普通话服务请按1').verdict).toBe('none-found')
  })
  it("reads a reminder's rule about anyone's 我 as the reminder it is", () => {
    // Blind set R47: a forwarded police reminder, word for word.
    expect(
      check(
        '公安局朋友提醒:记住并告诉亲友,在这个骗子横行无忌的世界,三个",一律":接电话,不管你是谁,只要一谈到银行卡,一律挂掉。所有短信,但凡让我点击链接的,一律删掉。微信不认识的人发来的链接,一律不点。能做到这个三个"一律",基本上就不会上当!受骗了。'
      ).verdict
    ).toBe('none-found')
  })
  it("round 47's trial: a child who cannot work the transfer, and a drug firm's gifts for a talk", () => {
    expect(
      check('妈，二姨住院了，我想给他转两千块表示一下心意，但我不太会用微信转账，你帮我看看怎么操作？')
        .verdict
    ).toBe('none-found')
    // The writer who cannot work the app and asks the reader to pay instead still asks.
    expect(signalsOf('我不会用手机银行，你先帮我转给他五千，回头还你')).toContain('want-money')
    expect(
      check(
        '老人家，我们社区和药企合作搞回馈活动，来听讲座的每天送鸡蛋，连续来七天送一台按摩仪，今天只需要先买一盒三千八的灵芝孢子粉。'
      ).because.map((c) => c.id)
    ).toContain('gift-sales-talk')
  })
  it("round 47's review: each new reading keeps to its kind", () => {
    // A child's own payment code is not someone else's account; a collector's private one for a school's fee is.
    expect(signalsOf('妈，我把我的个人收款码发你了，上次帮你垫的药费你有空转我就行。')).not.toContain(
      'channel-other-account'
    )
    expectFlagged('学费今年不走学校账户了，统一用个人支付宝转给我，我再交上去。', 'high-risk')
    // A chat without commas that asks the reader to pay is still an ask, however the writer excuses it.
    expectFlagged('我不太会弄这个你帮我转到安全账户', 'high-risk')
    // An office's own service line and its menu, and a hospital pharmacy's talk that warns: nothing.
    expect(check('出入境办证进度可以打12367，办证进度查询请按1，人工请按0。').verdict).toBe('none-found')
    expect(check('县医院药剂科讲座：灵芝孢子粉与降压药能不能同吃？到场免费测血压，送小礼品。').verdict).toBe(
      'none-found'
    )
    // A menu's choice at the start does not excuse the key press asked about a parcel later.
    expect(
      check('普通话请按1。您的包裹涉嫌违禁品被海关扣留，请按9转人工').because.map((c) => c.id)
    ).toContain('office-key-press')
    // A seller's "但凡让我办的…都是真的" is the seller's own pitch, not a reminder.
    expect(check('别信那些所谓的代办，但凡让我办的驾照都是真的，三天拿证，费用四千八。').verdict).not.toBe(
      'none-found'
    )
    // A drug firm's talk in a restaurant with a gift to come.
    expect(
      check(
        '叔叔您好，我们是XX药业的，周六在金陵饭店开养生讲座，来就送一桶油，名额有限请尽快报名。'
      ).because.map((c) => c.id)
    ).toContain('gift-sales-talk')
  })
  it.each([
    '妈，二姨住院了，我想给他转两千块表示一下心意，但我微信转账不熟，你帮我看看怎么操作？',
    '妈，二姨住院了，我想给他转两千块表示一下心意，我眼睛不好，你帮我看看怎么操作？',
    '我打算给你大姑打两千块，她住院了，我不方便去医院，你帮我看看微信转账怎么弄'
  ])(
    "round 47's trial: a parent's own gift with an everyday excuse, %s, asks nothing of the reader",
    (text) => {
      expect(check(text).verdict).toBe('none-found')
    }
  )
  it("reads 替我转给他 as money to someone else's account, as 帮我转给 is", () => {
    // Round 47's review: the writer who cannot pay asks the reader to pay a relative instead, the card number to come.
    expect(
      signalsOf('我打算给你表哥打两万让他周转一下，我人在外地手机转不了，你先替我转给他，他卡号我发你。')
    ).toContain('channel-other-account')
    expect(
      check('我打算给你表哥打两万让他周转一下，我人在外地手机转不了，你先替我转给他，他卡号我发你。').verdict
    ).not.toBe('none-found')
  })
  it.each([
    '你打12366税务热线，听到提示后按3是个税汇算，再按0转人工，我昨天就是这样问的，挺方便。',
    '【XX市中级人民法院】您的案件已立案，查询案件进度可拨打12368，按1进入查询。',
    '社保卡挂失打12333，按1进入社保卡服务，再按0转人工，社保局的人会帮你办。'
  ])(
    "round 47's second trial: the menu of an official line the text names, %s, is the office's own",
    (text) => {
      expect(check(text).verdict).toBe('none-found')
    }
  )

  it('still reads a key press beside another contact, or an office that names no line of its own', () => {
    expectFlagged('您的社保卡已被冻结，请拨打12333后按9转人工处理，或加微信sb12333', 'suspicious')
    expect(check('您好，这里是XX市人民法院，您有一张传票未领取，详情请按9').verdict).toBe('high-risk')
  })
  it("reads a worker's own payment code a few words after the scan ('扫他手机上的个人收款码')", () => {
    // Round 47's second trial: a gas 师傅 at the door was only 可疑.
    expectFlagged(
      '燃气公司上门检查的师傅说我家软管老化要换，一共380元，让我扫他手机上的个人收款码付，说公司规定现场结清。',
      'high-risk'
    )
  })
})

describe("round 48's trial: real messages of kinds the check read as nothing", () => {
  it.each([
    // A fake leader's money for a client, the account to come (公安机关 warnings on 冒充领导).
    [
      '小郭，你帮我准备两个牛皮信封，我要包红包给客户。客户怕红包不方便，你直接转账给客户吧，我把账号发你。',
      'suspicious'
    ],
    // A game account's buyer who sends a "正规" trading platform's link (游戏账号交易诈骗).
    [
      '我诚心想买你的号，但这个平台没有售后保障，能不能走正规的交易平台？我发你链接，你把账号挂上去。',
      'high-risk'
    ],
    // A ticket sold through an "inside channel", the price paid first (演出票诈骗: 票款).
    [
      '我是北京一家演艺经纪公司的工作人员，生日会门票不公开售票，我这边有内部渠道，1500一张，你先把票款转我，我给你出票。',
      'suspicious'
    ],
    // A second-hand platform's fake "保障" notice with a code to scan (闲鱼 warnings: 扫描此码).
    [
      '支付失败：该店铺尚未开通店铺保障。闲鱼网日益完善，对于未签订相关协议的卖家系统将定期作出清退。扫描此码可进行处理。',
      'high-risk'
    ],
    // A parcel "damaged" in sorting and a contact to add (快递理赔诈骗's opener).
    ['【菜鸟驿站】这边有个您的快件在分拣时底部受损了，看到短信麻烦加微信发给您确认下', 'suspicious']
  ] as const)('flags %s', (text, verdict) => {
    expectFlagged(text, verdict)
  })
  it.each([
    '老妈，你微信里那个说你中奖的别理，骗人的。我晚上给你打电话。',
    '张师傅，空调装好了，你把收款码发我，我扫给你。',
    '咱们还是走正规的交易平台吧，别私下交易，有问题平台能管。',
    '王总，合同那笔货款我已经转账给客户了，回单发您邮箱了。',
    '小李，下午你去财务那里办一下，按合同付款给对方公司，走对公账户，审批单我签好了。',
    '【菜鸟驿站】您的快件在分拣时外包装破损，请到驿站开箱验货后签收。',
    '您好，您的快递已到驿站，请扫描此码取件。'
  ])('reads the look-alike %s as nothing', (text) => {
    expect(check(text).verdict).toBe('none-found')
  })
  it('reads money "sent by mistake" and asked back as someone else\'s account', () => {
    // 公安机关 warnings on 误转账: check the money in your own bank app before sending anything back.
    expectFlagged('我已经汇给你了，你查收一下，多转了2000，你退我一下', 'suspicious')
    expect(check('押金的事你退我一半就行，房子我看过了没问题').verdict).toBe('none-found')
  })
  it('still reads a deal taken off the platform, and a fake transfer passed on', () => {
    expectFlagged('兄弟，咱们私下交易吧，平台手续费太高', 'high-risk')
    expectFlagged('我已经转账给你了，你看截图，你先帮我转给他，急用', 'high-risk')
  })
})

describe("round 48's review: each new reading keeps to its kind", () => {
  it.each([
    // The reader's own code asked for, for a deposit to return: how fake refunds open.
    '收款码发我，我给你返还保证金，然后你再配合客服完成解冻流程。',
    // A deal taken off the platform, offered as a question, a condition or a suggestion.
    '要私下转账吗？这样能省十几块手续费，你转我支付宝就行。',
    '不私下交易的话我就不卖了，平台扣我太多了。',
    '要不私下交易吧，我给你便宜200，平台还要等七天才到账。',
    '我们要私下交易，平台太麻烦了，你先把钱转我，我马上发货。',
    // A trading site's link from someone who warns against private deals first.
    '别私下交易，不安全，我们用我常用的交易网站，你点这个链接注册 http://cbg-trade.vip',
    // A verdict that heads the family's warning off, then the pitch.
    '别信网上那些说法，骗人的，我们这个是正规平台，投5000一天稳赚300。',
    // A robocall that names the anti-fraud line to be believed.
    '您好，这里是市公安局，您有一份重要文件未领取，请按1查询，咨询96110。',
    // A fake leader who asks the reader to pay the other side.
    '我在外面不方便接电话，你转账给对方就行，金额按合同来，回头我签字。'
  ])('flags %s as 高风险', (text) => {
    expectFlagged(text, 'high-risk')
  })
  it.each([
    // The reader's own code asked for, for a rebate, a refund or a task: how 刷单 and fake refunds open.
    '把你的收款码给我，我先给你发5元体验金，然后带你做任务。',
    '你把收款码发给我，我这边先给你退运费，然后需要你配合操作一下。'
  ])('flags %s', (text) => {
    expect(check(text).verdict).toBe('high-risk')
    expectFlagged(text, 'suspicious')
  })
  it.each([
    '收款码发我一下，AA的饭钱我转你。',
    '收款码发给我吧，我直接扫你，东西我今天下午来拿。',
    '不建议私下交易，平台有担保，钱到了再发货，放心。',
    '谨防私下交易诈骗！闲置买卖请在平台内完成付款和确认收货。',
    '避免私下交易，买卖二手手机一定要在平台下单，验机后再确认收货。',
    '卖号一定要走正规的交易平台，比如藏宝阁，别私下交易，被找回了钱号两空。',
    '妈，那个说你孙子出事要你汇钱的电话，骗人的，我刚给他打过视频了，好着呢。',
    '爸，今天那个说你包裹有违禁品让你按1的电话，骗人的，挂了就行。',
    '李姐，我明天把货款打到你们对公账户，你们先安排出库吧。',
    '你付款给对方之前把发票先拿到手，这是财务流程。',
    '你转账给他们之前先核对一下户名和账号，别打错了。',
    '付款请扫此码，微信支付宝都可以，谢谢惠顾！——老王水果店',
    '【工商银行】尊敬的客户，如需增加手机银行转账限额，请携带身份证到就近网点办理。'
  ])('reads the look-alike %s as nothing', (text) => {
    expect(check(text).verdict).toBe('none-found')
  })
})

describe("round 49: round 48's open misses and false alarms, as kinds", () => {
  it.each([
    // A fake leader's rushed payment to a client, the account to come (公安机关 warnings on 冒充领导).
    '小郭，你帮我转两万块钱给客户，账号我发你，要快',
    '我在开会，你先帮我转5万给这个账户',
    // Money "sent" that arrives late, and the reader asked to pass money on (假转账截图).
    '我已经转账给你了，可能要两个小时到账，你先帮我把3万转给这个账户，急！',
    // Paying the seller first, straight to the seller (手册「虚假购物、服务诈骗」: 不要将钱款直接转给对方).
    '演唱会内场票还有两张，原价转让，先把票款转给我，我在平台上给你转票。',
    '宝贝给你留着了，好多人要，你先把定金和尾款打给我，我今天就发顺丰。',
    // Hearsay the seller's own pitch answers is no warning.
    '网上说刷单都是诈骗，骗人的，我们是正规电商兼职，一单返佣金10元，先垫付100元。',
    // A fake 预警劝阻中心 with an accusation and a key to press.
    '您好，这里是12381预警劝阻中心，您涉嫌一起洗钱案件，请按1转人工处理。'
  ])('flags %s as 高风险', (text) => {
    expectFlagged(text, 'high-risk')
  })
  it.each([
    '你先把定金转给我，周末来看车',
    '律师提醒：您汇款给对方后请保留好转账凭证，后续诉讼要用。',
    '哥们，那游戏号你要卖的话我建议在官方的交易平台上卖，我上次私下交易被找回了。',
    '网上说刷单都是诈骗，你可千万别做，说什么返佣金都是骗人的',
    '【12381涉诈预警劝阻短信】您好，您的手机号码近期与涉诈号码联系，请提高警惕，谨防被骗。',
    '我需要快递单号，麻烦发我一下'
  ])('reads the look-alike %s as nothing', (text) => {
    expect(check(text).verdict).toBe('none-found')
  })
})

describe("round 49's trial: a word split by one mark, and a long paste", () => {
  const etc = '您的ETC已失效，请点击链接认证'
  it.each([
    ['a space', '您的ETC已失 效，请点击链接认证'],
    ['an underscore', '您的ETC已失_效，请点击链接认证'],
    ['a bar', '您的ETC已失|效，请点击链接认证'],
    ['a hash', '您的ETC已失#效，请点击链接认证']
  ])('reads a word split by %s as the word', (_, text) => {
    expect(check(etc).verdict).toBe('high-risk')
    expect(check(text).verdict).toBe('high-risk')
  })
  it('reads past an accent on every character, and a word written one character a line', () => {
    const plain = '您的银行卡涉嫌洗钱，请转到安全账户'
    expect(check(plain).verdict).toBe('high-risk')
    expect(check(Array.from(plain, (c) => c + '\u0300').join('')).verdict).toBe('high-risk')
    expect(check(Array.from(plain.replace('，', '')).join('\n')).verdict).toBe('high-risk')
  })
  it('keeps / as "or" and "per", * and # after 按 as keys, and a run of _ as a blank', () => {
    expect(check('100—150元/天，日结').verdict).not.toBe('none-found')
    expect(firedOf('您好，您有一份法院传票未领取，请按#号键查询')).toContain('office-key-press')
  })
  it('reads a word split by marks after a line of one character with spaces at its end', () => {
    expect(
      check('您 \n的 \n银 \n行 \n卡 \n涉 \n嫌 \n洗 \n钱 \n请 \n转 \n到 \n安 \n全 \n账 \n户').verdict
    ).toBe('high-risk')
  })
  it('keeps a space between two words a break, and a chat of short turns as turns', () => {
    expect(check('报表周五前交 费用报销单放我桌上').verdict).toBe('none-found')
    expect(check('好\n的\n明天见').verdict).toBe('none-found')
    // A masked link's stars are not a mark inside a word.
    expect(check('【辽政通】你名下的医保已停用，请进******申换电子版使用').verdict).not.toBe('none-found')
  })
  it('reads the words around a quote from a few dozen characters, not from the whole paste', () => {
    const proto = (Intl as unknown as { Segmenter: { prototype: { segment(s: string): unknown } } }).Segmenter
      .prototype
    const segment = proto.segment
    const lengths: number[] = []
    const spy = jest.spyOn(proto, 'segment').mockImplementation(function (this: unknown, s: string) {
      lengths.push(s.length)
      return segment.call(this, s)
    })
    try {
      // A corpus scam whose quotes are cut to a word: the word breaker is asked where the words end.
      const scam =
        '尊敬的用户您好！您的XX信用卡因（逾期还款）影响征信，现已冻结，请立即联系客服：008-61XXXXXXX办理解冻【X银行】'
      const paste = `${'今天天气不错，我们去公园散步了。'.repeat(1000)}${scam}`
      expect(check(paste).verdict).not.toBe('none-found')
      expect(lengths.length).toBeGreaterThan(0)
      expect(Math.max(...lengths)).toBeLessThanOrEqual(96)
    } finally {
      spy.mockRestore()
    }
  })
})

describe("round 49's trial: kinds the check read as nothing", () => {
  it.each([
    // 冒充军警、单位采购: the shop asked to buy elsewhere, or to call the buyer's supplier, and settle later.
    '老板你好，我们是消防救援大队的，想在你店里采购一批烧腊。另外麻烦你顺带帮我们买一批牛肉罐头，钱到时候一起结给你。',
    '还需要采购30箱矿泉水，指定要某品牌的，到时候一并结账。代理商微信推给你了，麻烦你代为联系采购一下。',
    // A fake boss in a work group: a rushed transfer to a company named by its 户名.
    '现在有一笔款要立刻付给合作方，户名某养生文化有限公司，马上转98.3万过去，转完截图发群里。',
    // A ticket held back until more is paid.
    '票价上涨了，现在无法正常出票，需要你再补2000元差价，补完马上出票。',
    // 境外高薪招聘: the fare and the visa paid, the passport asked for.
    '工作就是网上推销客服，公司在马来西亚，签证机票公司全权负责，你把护照照片发我就行。',
    // A child told to use a parent's WeChat for a game's skin.
    '活动主要针对成年人，未成年人想获得皮肤激活码，要使用家长或监护人的微信扫码。',
    // 刷单: the principal back with a commission.
    '这是你的第五单任务，商品金额3800元，请转到下面这个银行账户，完成后返还本金加佣金。'
  ])('flags %s as 高风险', (text) => {
    expectFlagged(text, 'high-risk')
  })
  it.each([
    // A benefit that expires unless "verified", its link lost in forwarding.
    '您的账户重疾保障已到达，不验证自动作废',
    // A seller turning an elder against the family.
    '子女要是拦着你买药，你就骂他不孝！',
    // A stock "teacher" promising limit-ups (高风险 with the wording model).
    '抢！直接抢筹！现在进去连续3天3个板，星期五就可以逐渐减仓。'
  ])('flags %s', (text) => {
    expectFlagged(text, 'suspicious')
  })
  it.each([
    '顺便帮我买包烟，钱回头一起给你',
    '公司派我去泰国出差，机票公司报销，下周回来',
    '我儿子在马来西亚读书，机票我们出',
    '请家长使用微信扫描二维码，绑定成长守护平台',
    '先把押金转给我，钥匙我放物业，你来看房时拿',
    '我明天把3万转给你',
    '亲，您下单时漏选了加大码，需要在店里补一单10元差价才能发货哦'
  ])('reads the look-alike %s as nothing', (text) => {
    expect(check(text).verdict).toBe('none-found')
  })
})

describe("round 49's review: each new reading keeps to its kind", () => {
  it.each([
    '我手机在开会没法操作，你立即替我付一笔款给合作方，三万八，账户信息我微信发你，回头报销。',
    '小陈，赶快把款付给客户，账号：6222 0212 3456 7890，户名李某，越快越好，付完截图给我。',
    '我刚给你汇了钱，可能明天才到账，麻烦你先帮我打给这个账号，人家催得紧。',
    '门票就剩两张了，要的话你先把钱微信转给我，我再把电子票发你。',
    '狗狗我给你留着，你先把购买款和运费一起转我，我明天安排托运。',
    '网上那些说兼职是骗子的，都是同行抹黑，咱家是官方合作的，垫付后马上返佣金。',
    '请将验*证*码告诉客服，我们帮您办理退款。',
    '你把妈妈微信打开，扫一下我发的这个码，皮肤就送你了，别让大人看见。',
    '充值后三分钟内本息一起退回，再送30元奖励，试试就知道了。',
    '机票系统出票失败，需要您再支付800元手续费才能重新出票，不然票就作废了。'
  ])('flags %s as 高风险', (text) => {
    expectFlagged(text, 'high-risk')
  })
  it.each([
    // A call, not money ("打电话"), and 晚点到 of a person, not of money.
    '刚给你打电话你没接，你帮我打个电话给爸，说我晚点到',
    '网上都说刷单都是诈骗，我们可别碰',
    '先打个电话，问问多少钱',
    '王会计，华东物流上个月的运费尽快付掉，户名上海华东物流有限公司，按OA审批单上的账号走对公，今天下班前付，要快。',
    '班费我已经转你了，可能延迟到账，到了你帮我一起交给班长吧，我这周不在学校。',
    '你先把票款转给我吧，票我明天上班带给你，咱们一个部门的不用客气。',
    '这个月房租到期了，你先把房租转给我，押金的事退租时再算。',
    '档期给您留了，您先把定金转给我，拍摄当天再付尾款，合同我发您邮箱。',
    '公司派你去迪拜出差三个月，机票和签证行政会统一办理，请把护照首页扫描件发给行政部小陈。',
    '张先生您好，您选的那班机票涨价了，需要再补380元差价才能出票，您在我们小程序订单里点补款就行。',
    '群里有人说投资比特币稳赚，骗人的，咱们老老实实上班，别信。',
    '今日A股三只个股连板，分析师提醒追高风险，投资者应理性。',
    '演唱会门票太难抢了，黄牛都在抢筹，我一张都没抢到。',
    '小张，合同签完了，你下午付款给对方，记得备注合同号，发票让他们开专票。',
    '您关注的 剑来小说 已更新，退订请点击blog.xwder.com，链接五分钟内有效。【OneDay】'
  ])('does not read %s as 高风险', (text) => {
    expect(check(text).verdict).not.toBe('high-risk')
  })
})

describe("round 49's page trial: a fee in the name of fighting fraud", () => {
  it('flags a fee to "activate" an anti-fraud app, not a reminder that the app is free', () => {
    expectFlagged('请下载反诈APP，缴纳100元保证金激活保护。', 'high-risk')
    expectFlagged('我们是防骗中心，开通来电防护需要交199元年费', 'high-risk')
    expect(check('反诈APP是免费的，凡是要你交钱的都是诈骗').verdict).toBe('none-found')
    expect(check('国家反诈中心APP不收任何费用，请勿缴纳所谓保证金').verdict).toBe('none-found')
    expect(check('需要缴纳保证金500元。').verdict).toBe('none-found')
  })
})

describe("round 50: round 49's open misses, as kinds", () => {
  it('reads money "already sent" and passed on to an account or a party the reader does not know as 高风险', () => {
    expectFlagged('我已经转账给你了，你先帮我把3万转给这个账户', 'high-risk')
    expectFlagged('老同学，钱已经转你微信了，你帮我打到下面这个卡号上，我这边微信额度满了', 'high-risk')
    // A relative who passes money on to a named person, or only once it has arrived, is not the trick; nor a
    // colleague's fee to a customer the reader knows (round 50's review).
    expect(check('我已经转你了，你帮我转给他吧').verdict).not.toBe('high-risk')
    expect(check('王姐，报销款我已经转给你了，你那边打给客户的那200块样品费也从里面出就行').verdict).toBe(
      'none-found'
    )
    expect(check('钱我已经转给你了，到了你再转给这个账户交学费').verdict).not.toBe('high-risk')
  })

  it('hears "today or it is gone" as a deadline', () => {
    expect(signalsOf('厂家这边有现货，要先付全款才能发货，今天不付明天就发不了')).toContain(
      'pressure-deadline'
    )
    expect(signalsOf('你今天不转的话明早就没名额了')).toContain('pressure-deadline')
    expect(signalsOf('今天不方便，明天再说')).not.toContain('pressure-deadline')
  })
})

describe("round 50's trial: kinds the check read as nothing or only 可疑", () => {
  it.each([
    // A prepaid "membership" with a yearly return and the principal back: 养老 illegal fundraising.
    '您预存11万成为至尊会员，每年返1.3万年息，合同到期本金全退，比存银行强多了。',
    // An office that sells collectibles to old soldiers.
    '老首长您好，我是中央军委纪念办的。我们限量发售纯金长征纪念币，每套1980元，只面向老同志，给您留两套？',
    // The same office, signed, with no number to call.
    '【中央军委纪念办】建军纪念币限量发售，每套3980元，给您留了一套，请及时确认。',
    // An office asking for the account and its password.
    '我是电业局的蔡主任，电费下调要退给您2000多元，麻烦提供一下您的银行账号和密码，我们给您办理退费。',
    // A boss who cannot be called, an account posted in the group, money now.
    '小刘，合同款今天必须付，98万，对方账户我发群里了，你现在就转。我在开会不方便接电话。',
    // A "lawyer" who recovers lost money for a deposit.
    '我是专门协助被害人追回诈骗款项的律师，只要先支付律师费订金，就能启动调查程序。',
    // Coached to lie at the counter and to leave the writer out.
    '柜员问你就说是做公益、方便资金转入转出，别提我。',
    // An app that reads the contact list.
    '哥哥，这里视频不方便，你下载这个“私密屋”APP，授权通讯录才能进直播间。',
    '下载快贷App，上传紧急联系人通讯录，3分钟到账，额度最高20万',
    // A password asked, whatever is said to be refunded.
    '把你的卡号和六位密码发过来，我这边帮你办理退款，钱原路退回',
    // Pay or it goes to the family, in slang.
    'luo聊视pin我都录了，转6万米，不然发给你全家'
  ])('flags %s as 高风险', (text) => {
    expectFlagged(text, 'high-risk')
  })

  it.each([
    // A bank's own conditional warning, and a 12381-style notice about a number the reader talked to.
    '【农业银行】尊敬的客户，我行监测到您的账户近期有大额转出，如您正在被要求转账到“安全账户”，请立即停止并拨打95599或110核实。',
    '【12381】您好，您的号码近期与涉嫌诈骗的号码有过通话，请提高警惕，切勿向陌生人转账汇款，切勿透露验证码。',
    // A planned operation in the family, paid to the writer's own card.
    '儿子，你爸下个月手术，我先把家里存的3万取出来了，你那边方便的话再打1万到我卡上，别太紧着，我们够用。',
    // A bank's deposit product, the post office's stamps and the people's bank's coins.
    '【某银行】三年期定期存款年利率2.6%，到期还本付息，详询网点。',
    '【中国人民银行】2026年贺岁纪念币将于12月20日起预约，按面额兑换，每人限约20枚，详见各银行网点公告。',
    '别提我的名字，就说是你自己想去的'
  ])('does not read %s as 高风险', (text) => {
    expect(check(text).verdict).not.toBe('high-risk')
  })
})

describe("round 50's review: each new reading keeps to its kind", () => {
  it.each([
    // A scam in a bank warning's words is no warning.
    '【工商银行】如您已被告知账户存在风险，请将资金转入新卡：6222 0212 3456 7890，拨打400-xxx核实',
    '若你已被告知涉嫌洗钱，请将名下资金转入安全账户，拨打010-8521xxxx核实',
    // An operation that went well, or is set for tomorrow, is still an emergency when money is pressed for.
    '叔，手术很成功，但术后要进ICU，还差3万，你快转到这张卡上',
    '手术安排在明天上午，医院让今天必须交齐5万押金，我卡里钱不够，你赶紧转我',
    // A stop that goes on to an ask is no advice (the code review).
    '如您被要求转账，请立即停止并将资金转入我行安全账户6222000011112222',
    '如果有人要求您转账，请立即停止并将资金转入我行安全账户',
    '如您已被要求提供验证码，请马上停止并回复验证码给本客服完成拦截',
    '如您正在被要求共享屏幕，请立即停止并下载我行安全防护App http://abc-safe.top',
    // A scam's own "不授权进不了" is no refusal taught; a planned-sounding 下周手术 from a "child" is still pressed.
    '小哥哥，下载这个直播App，进房间要授权通讯录，不授权进不了',
    '妈，我下周手术，医院要先交3万，你先转我'
  ])('flags %s as 高风险', (text) => {
    expect(check(text).verdict).toBe('high-risk')
  })

  it.each([
    '【中国移动】尊敬的客户，预存100元送100元话费，赠送话费分12个月返还，回复KT办理。',
    '妈，这个保险是年金险，每年返的那点钱不多，本金全退要等60岁以后，你别听业务员吹',
    '妈，手机银行的账号和密码你自己记在本子上放好，谁问都别说，银行也不会问你要',
    '我爸以前是部队的，家里收藏了好多邮票，有一套80版猴票，现在市场价12000元，你说要不要卖？',
    '市委老干部局将于下周三在老年活动中心举办离退休干部书画展，展出字画60余幅，展品不对外出售，欢迎参观。',
    'XX市中级人民法院将在京东司法拍卖平台公开拍卖金条一批，起拍价350000元，详见拍卖公告。',
    '妈，人民银行发的那个纪念币我帮你在建行App上预约好了，每枚10元，下周一你带身份证去网点兑换',
    '妈，你装个钉钉，打开后它会问要不要读取通讯录，你点“不允许”就行，不影响用',
    '社区卫生服务中心本周六免费为65岁以上老人体检，不用带子女来，带身份证和医保卡即可。',
    '你去跟主任说一下请假的事，别说是我让你问的，就说你自己看到通知了',
    '你投简历的时候别提我，直接走正常流程，面试表现好就行',
    '团建费200元明天截止，请大家按时交，否则统计表发给领导，大家理解一下',
    '借我的5000块下周一定还我，不然我把聊天记录发给你父母，让他们评评理',
    // The code review's: a video already sent to the family, a prepaid card's password, a deadline waived, a
    // workplace's benefit.
    '爸，寿宴的视频我已经发给全家了，订酒店的3000块你转我一下',
    '回复我一下游戏点卡卡号和密码，我帮你充',
    '物业费今天不交明天交也行，不着急',
    '今年单位每年给退休职工的福利金涨了'
  ])('does not flag %s', (text) => {
    expect(check(text).verdict).toBe('none-found')
  })
})

describe("round 51's trial: kinds read as a whole", () => {
  it.each([
    // A streamer's or a platform match's gifts, with money back, a meeting or a contact promised.
    '大哥，今晚我PK输了要被惩罚，你再帮我刷两个“嘉年华”好不好？等月底发提成我全部还你，打赏金额到了可以线下见面',
    '亲爱的，平台规定亲密度到30万才能互换联系方式，你再给我刷几个“永恒之心”好不好？',
    // Harm foretold, with money asked for a ritual.
    '施主，你印堂发黑，近期家中恐有血光之灾，做一场法事就能化解，功德钱8800元，转到寺里的账户',
    '你儿子今年犯太岁，要化解的话转账6600到这个卡上',
    // A gambling ad is one with a registered sender's footer too, and without a link.
    '【金沙娱乐城】新会员注册即送88元彩金，首充100送100，真人视讯每日返水1.2%，官网：js8899.vip 回T退订',
    // A school's "buyer" who sends the shop to his own supplier and has it pay first.
    '老板，我是二中后勤的王老师，领导要的酒你们店没有，我把供应商电话给你，你先帮忙订20箱，钱到时候一起结给你',
    // The review's variants: other gifts and platforms, traditional characters, other curses, signed gambling ads, and a
    // meeting app with a claimed service.
    '親愛的，你再幫我刷兩個嘉年華，月底全部還你，打賞到了我們就可以線下見面',
    '亲，在交友APP上给我送999朵玫瑰，送满了平台就解锁我们的私聊',
    '你家宅阴气太重，恐有大祸临头，需要请大师做法事，微信转账6666',
    '【澳门新葡京】真人百家乐，注册即送88元彩金，首充100送100，回T退订',
    '博彩娱乐，存款送彩金，出款快',
    '您好，我是京东金融客服，您的百万保障需要关闭，请用腾讯会议参会，会议号123456，按提示操作',
    // The code review's: a host who thanks before asking again; a master the writer asks for the reader.
    '谢谢大哥昨天送的火箭，今晚PK再帮我刷两个嘉年华，月底全部还你',
    '我请师父为你做一场法事，化解血光之灾，功德钱8800元'
  ])('flags %s as 高风险', (text) => {
    expect(check(text).verdict).toBe('high-risk')
  })

  it.each([
    '【婚恋速配】丽姐已经看过您的资料很满意。按照流程，需要您先缴纳2888元诚意金成为VIP会员，才能安排见面。',
    '哥，我外公在老家种了一辈子茶，今年春茶收了没人要，他腿又不好，你要是能帮我外公买两斤，我会记你一辈子的好。',
    // The review's: a fee asked as 需交 with its amount, and 入会费.
    '【婚恋速配】您好，已为您匹配到一位优质女士，见面前需交诚意金1999元',
    '富婆俱乐部招募男会员，交入会费2000元，安排见面',
    // A meeting app with a screen shared: no meeting excuses it (the code review).
    '请下载腾讯会议，会议号123456，进去后点共享，按我说的操作'
  ])('flags %s', (text) => {
    expect(check(text).verdict).not.toBe('none-found')
  })

  it.each([
    // A police follow-up glad no money went; a meeting's app and number.
    '您好，我是城东派出所社区民警老李，前几天您反映接到自称“客服”的电话，您没转钱就好。有陌生人让您转账一定先给我们打电话。',
    '下午3点召开月度经营分析会，地点三楼会议室，异地同事请通过腾讯会议参会，会议号 582-331-907。',
    // Gifts thanked or declined, a temple's own event, a warning about a fortune-teller, a lottery's real prize.
    '今晚八点我直播PK，有空来直播间给我点个赞就行，不用刷礼物哈',
    '谢谢大哥昨晚的打赏，下次线下见面我请你吃饭',
    '本寺正月初九举办拜太岁祈福法会，犯太岁的居士可报名，随喜功德。',
    '妈，那个算命的说你今年犯太岁，让花钱化解，你别信，一分钱都别给。',
    '【中国体育彩票】您购买的彩票已中奖，奖金20元已存入您的彩票账户。回T退订',
    // A real order paid through the school's accounts; a relative's gift of tea; a reunion.
    '老板，学校食堂下周订10桌，每桌800，钱走公账，开发票。',
    '我外公家的新茶下来了，今年雨水多收成不好，我给你留了两斤，你尝尝，不要钱',
    '还记得我们小学同学吗？下周同学聚会你来不来',
    // The review's look-alikes: gifts declined, thanked for, or not a platform's; family temple visits and warnings;
    // disasters that are weather; talk about gambling; real supplier recommendations; membership fees.
    '别给我刷礼物了，你还是学生，上次那个嘉年华的钱我已经转还给你了',
    '谢谢大哥给我刷的跑车，粉丝团亲密度到了可以进粉丝群哦',
    '下班帮我买个皇冠蛋糕，钱回头还你',
    '你再帮我订一张明天的飞机票，钱回头还你',
    '妈说你今年犯太岁，过年去庙里点个灯，香火钱我来出，200块就够',
    '老公，妈说孩子犯太岁要去寺里拜拜，香火钱随缘，你明天转我500我去买东西',
    '这次台风是一场灾祸，单位组织捐款，每人至少100，请转给工会小王',
    '气象台预计下周将有洪灾，村委会请各户先交50元防汛沙袋费',
    '警方提醒：“注册就送彩金”“首充翻倍”的博彩网站都是诈骗，别点别下载',
    '新出的那个赌场大亨模拟经营手游挺好玩，首充6块送皮肤，要不要一起玩',
    '我老公又在网上玩百家乐，说什么每天返水1%，输了十几万，我该怎么办',
    '同学会定在下月8号，会费每人200交给班长，顺便安排你们见面，她还单身',
    '【百合网】婚恋安全提醒：平台不会以任何名义要求您向对方转账、交保证金、诚意金，谨防婚托',
    // The code review's: a near miss, a lottery's offer, a relative's honey, a sample, a grandchild's game.
    '妈，昨天高速上差点追尾，真是逃过一劫，车修好要三千，你先转我点',
    '【中国体育彩票】世界杯竞猜开售，充值100送10元体验券，理性购彩。回T退订',
    '舅舅家的蜂蜜，外面要卖200一斤，给你算100，要几斤',
    '你好，我是武警中队的，你先帮我们拿个样品看看，我把厂家电话推给你',
    '奶奶，帮我充值到我游戏账号，周末还你'
  ])('does not flag %s', (text) => {
    expect(check(text).verdict).toBe('none-found')
  })
})

describe('round 52: kinds read as a whole', () => {
  it.each([
    // A betting site's bait beside a name it shares with arcades (娱乐城, 老虎机), or a casino game; Taiwan's 首儲.
    '【XX娱乐城】老虎机首充送100%，注册即送58元 www.xx88.com',
    '電子遊藝首儲送100%，立即註冊 www.abc.tw',
    // A bonus as large as the payment, with a link and a deadline.
    '充值100送100，点击领取 http://t.cn/abc 今日截止',
    // A smaller bonus with a link to pay through is a fake top-up (加油卡).
    '中石化加油卡充值1000送300，点击 http://zsh-oil.cn 办理',
    // An executive's order to wire money in secret (CEO, CFO, 高度机密, 不要跟…讨论, 汇出).
    '我是集团CFO，这笔并购款你今天必须汇出，此事高度机密，不要跟其他同事讨论',
    'Kevin，我是總公司CEO，今天內將500萬轉到指定戶口，此事高度機密',
    // An "official" at the door who borrows the phone for its texts.
    '大爷，我们是县里派下来的，手机借我用一下，等下会收到几条短信，我帮您填好',
    // A recording held, and the family or the office named, with a deadline and no sum yet.
    '王总，您在酒店的视频我们已经拿到。如果不想让您夫人和单位看到，今天12点前联系这个号码',
    // A bill paid by scanning a "收费专用码", and Taiwan's 穩定報酬 of a 代操 group.
    '【热力公司】采暖费欠缴，请扫描下方收费专用码缴费，逾期停止供暖',
    '各位群友，老師的黃金代操方案，每月穩定報酬8%，想上車的私訊登記',
    // "Not you? Click to cancel" against the clock, with no link written out.
    '订单已完成通知 若非本人订购，请于24小时内点击下方「问题回报」联系客服取消'
  ])('flags %s as 高风险', (text) => {
    expect(check(text).verdict).toBe('high-risk')
  })

  it.each([
    // Free gifts at a talk, with the grown-up children told to stay away (养老诈骗's 会销).
    '保健品讲座，免费领鸡蛋，别带子女来，来了还送礼品',
    '大爷，免费讲座就您一个人来，千万别让您儿子跟着，他来了您就领不到礼品了',
    // Hong Kong's words for paying: 過數, 入數 to an account, 轉數快 (FPS).
    '老細話要即刻過數，你幫我入住八萬去呢個戶口先',
    '我個仔急需醫藥費，可以轉數快到FPS 1092 3784，幾多都好'
  ])('flags %s', (text) => {
    expect(check(text).verdict).not.toBe('none-found')
  })

  it.each([
    // Class fees paid in the school's own app, mini-program or 公众号, with personal transfers refused; a parent's own
    // payment through the school's code.
    '各位家长：本学期资料费45元，请于周一前在“校园通”App缴费模块缴纳，老师不收红包和个人转账。',
    '【班级通知】下周三春游，费用60元，请在“智慧校园”小程序里缴纳，本周五截止。不参加的家长私聊我。',
    '各位家长好：校服费386元，请于9月12日前通过“智慧校园”公众号内的缴费平台缴纳。学校不收现金、不通过任何个人微信或二维码收费。',
    '女儿，你用我的微信扫一下学校那个缴费码，把校服钱交了，金额是180，别多交。',
    // A toll's own notice that says it has no link (in traditional characters); secrets and photos of every day.
    '#HKeToll 易通行：閣下本月隧道費HK$240將自動從登記信用卡扣除，請自行登入易通行應用程式查閱。本短訊不含任何超連結。',
    '公司年会的事先别跟其他同事说，等通知',
    '不想让你妈知道的话，周末早点回家',
    '你的照片我已经拿到了，过时不候哦，快来领',
    '这游戏FPS很高，帧数稳定在120',
    '您的汇款已汇出，预计2小时内到账。【工商银行】',
    // Children told they need not come, and a reunion without them.
    '社区卫生服务中心本周六免费为65岁以上老人体检，不用带子女来，带身份证和医保卡即可。',
    '周日吃饭别带儿子来，就我们几个老同学',
    // Shops' stored-value offers, whose bonus is a part of what is paid, and an arcade's or a hotel's 娱乐城.
    '【XX超市】会员充值100送50，活动截止本周日',
    '理发店充值500送200，我办了一张',
    '周末带孩子去电玩城玩了会老虎机，充值100送50',
    '娱乐城酒店自助餐充值500送100'
  ])('does not flag %s', (text) => {
    expect(check(text).verdict).toBe('none-found')
  })
})

describe("round 52's review: the round's readings kept to their kinds", () => {
  it.each([
    // A Cantonese boss's urgent transfer kept from colleagues; officials at the door who take the phone for its code; a
    // recording held with the discipline office named; 代客操作 with a paid-in sum; a button in the message itself;
    // a fake top-up with a number to call.
    '事头婆话要你即刻转二十万去新供应商户口，佢开紧会唔方便听电话。',
    '你好，我是事头，而家喺外地开会，麻烦你即刻过数15万俾呢个新客户，唔好同其他同事讲。',
    '我是街道办的，你手机先给我，我帮你认证一下养老金，等会儿有个码我看一下。',
    '您好，我们是老龄办派下来的，高龄补贴要用您的手机号认证，待会儿会有短信，您配合把手机给我看一眼。',
    '王局长，你在酒店的录像我们有全套，想平安的话今天之内回电话，过时直接寄给纪委。',
    '代客操作期货账户，保证每月报酬不低于5000元，先交3000元服务费。',
    '您的百万保障险将于明日自动扣费980元，如非本人开通，请立即按下方“取消续费”按钮。',
    '中石油加油卡充值1000元送400元，今日最后一天，联系电话13812345678办理。',
    '我们是市里派下来核查低保的，需要用您手机接收一个验证码确认身份。'
  ])('flags %s as 高风险', (text) => {
    expect(check(text).verdict).toBe('high-risk')
  })

  it.each([
    // Arcades, a KTV's voucher, a bank's 首存 gift; crowd control at a free check-up; an offer letter, an exam, a
    // resignation kept quiet; pay, refunds and bonuses paid out (汇出, 转数快出粮); a phone lent or handed within the
    // family; a counter's or a machine's payment code; 代操作, 代操办 and wages paid in full; a present kept from a wife.
    '市文旅局近日开展电子游艺场所专项检查，严禁设置老虎机等具有赌博功能的机型，群众发现问题可拨打12318举报。',
    '【金色年华娱乐城】KTV会员注册即送100元欢唱券，周一至周四欢唱半价，订房电话0571-88886666。',
    '【XX银行】新客礼：开立储蓄账户首存满1万送50元话费，娱乐城商圈网点同步开展，详询网点柜台。',
    '【星光电子游艺城】会员充值100送50币，详询店内前台，营业时间10:00-22:00。',
    '【XX社区卫生服务中心】65岁以上老人免费体检，本周三上午8点空腹到中心，子女不要陪同进入体检区，请在大厅等候。',
    '長者中心免費健康講座，名額有限，子女不要陪同入場，請長者自行出席。',
    '您好，附件是您的offer，薪资待遇属个人隐私，请不要与其他同事讨论。入职当天请携带身份证原件。——人力资源部',
    '老细话今个月人工用转数快出粮，唔使去银行排队。',
    '这个方案目前高度机密，发布会前别外传哈，周五见。',
    '财务部通知：根据总裁办要求，本月报销款统一在25号汇出，请大家在20号前提交单据。',
    '考试期间不得与任何人讨论题目，手机统一上交监考老师。',
    '你先别跟你们经理提起辞职的事，等新offer下来再说。',
    '手机借我一下，我给我妈发个短信，我的没电了。',
    '奶奶，手机给我，我帮你看看那个短信是不是骗子发的。',
    '老妈，手机借我用下，我登一下微信收个验证码，我的手机落在公司了。',
    '手机给我一下，我帮你把验证码短信删了，免得被骗子看到。',
    '不想让你媳妇知道的话，快递就寄我这，运费你微信转我15块就行。',
    '【XX物业】2025年物业费开始收取，可到物业服务中心前台扫描收费专用码缴纳，或通过业主APP缴费。',
    '门诊缴费可在自助机扫描缴费专用码，也可以到一楼窗口排队。',
    '营业厅工作人员可代操作办理，老年人请携带身份证原件。',
    '新规要求用人单位保证报酬按月足额支付，不得拖欠农民工工资。',
    '婚礼的事交给婚庆公司代操办就行，钱我转给你，你别太操心。',
    '妈，退休金认证我帮你代操作好了，你不用去社保局了。',
    '老婆，老细话今晚要OT，人工下个礼拜先汇出，你唔使等我食饭。',
    '各位同事，CEO办公室通知：年终奖将于1月20日前汇出，请于1月15日前确认工资卡信息。',
    '妈，下周一社区免费体检，我跟医生说过了，子女不能陪同进去，你自己进去就行，我在外面等你。',
    '这件事先别跟任何人提起，等名单公示了再说，恭喜你升职。'
  ])('does not flag %s', (text) => {
    expect(check(text).verdict).toBe('none-found')
  })

  it.each([
    // A cancel button named in the app itself; a photographer's film and a florist's delivery: at most 可疑.
    '亲，您的订单已提交，如非本人下单，请在30分钟内点击订单页面的“取消订单”按钮，超时将自动发货。',
    '您的选课申请已提交。如果不是您本人操作，请在48小时内登录教务系统点击“撤销”。',
    '您的账号正在申请更换绑定手机，若非本人操作，请在72小时内点击游戏内“客服中心-冻结账号”。',
    '亲，如非本人下单，请在2小时内点击订单详情里的“申请退款”，超时商品将发出。',
    '婚礼视频我这边有全套原片，尾款3000元结清后直接寄到你家里。',
    '先生，礼物如果不想让您夫人看到，我们可以寄到您公司，另加运费20元。'
  ])('does not call %s 高风险', (text) => {
    expect(check(text).verdict).not.toBe('high-risk')
  })
})

describe("round 52's second review: the readings kept to their kinds", () => {
  it.each([
    // An online casino's 体验金; a seller's talk with the daughter kept away; an executive's secret contract money or
    // 电汇 over a company's sum; a Cantonese uncle's deposit kept from mum; a phone taken for a code by a "community",
    // a carrier or a "government" visitor; a recording held with a deadline or the discipline office; 代操 and a
    // monthly 报酬 guaranteed; "not you" with a tap on the message itself.
    '线上娱乐城 注册即送体验金88元，老虎机捕鱼天天返水，加微信 yl8899 领取',
    '大爷，我们公司回馈老顾客，明天来听课领两袋米，千万别叫你女儿陪你，她会不让你来的。',
    '陈总：这个项目高度机密，不要跟其他同事讨论，合同款30万今天先打到对方账户，回头补手续。',
    'Hi Amy，我是集团CFO David，收購項目需保密，請勿向任何人透露，今日內電匯港幣250萬至以下賬戶。',
    '我係你舅父，出咗事，入3萬去呢個戶口先，唔好話俾你阿媽知。',
    '你好，我是社区的，给你登记高龄补贴，手机拿给我操作一下，一会儿有个短信。',
    '我是电信公司的，给您免费升级5G，手机让我看一下，会收到一个码。',
    '大爷，我是政府派下来统计养老金的，您手机给我，等下收到短信我帮您填。',
    '上面派来核查医保的，把你手机交给我，我帮你把补贴绑定，验证码不用管。',
    '你在酒店的视频我这边有，给你两个小时，不然寄到你老婆单位。',
    '你跟小三的照片已经拿到，材料会寄给纪委，想平安就联系我，过时不候。',
    '老師代操，月報酬保證10%，虧損我們全賠。',
    '高端客户专享：保证报酬每月8%，本金随时可取。',
    '若非本人消費，請於今日內點選下方「取消交易」，逾時將自動扣款。',
    '您已开通百万医疗保险，每月扣费500元，如非本人开通，请于2小时内按下方提示操作关闭。',
    '陈总：这个项目高度机密，不要跟其他同事讨论，合同款30万今天先打到这个账户。',
    '大爷，我是政府派下来统计养老金的，手机让我看一下，等下收到短信我帮您填。'
  ])('flags %s as 高风险', (text) => {
    expect(check(text).verdict).toBe('high-risk')
  })

  it.each([
    // A KTV's, a hotel's, an arcade's, a card game's or a listed bank's gift beside a 娱乐城 or 老虎机; crowd control at a
    // party, a wedding, a vaccination or a pool; a family's lent phone and a counter's own code; a studio's, a lawyer's
    // and an insurer's post to the office; a friend's secret; 代操心, 代操刀 and a wage; a school's own code.
    '万达娱乐城KTV周年庆：新会员注册即送50元，到店消费可直接抵扣，包厢预订请到前台。',
    '【澳门银河】尊贵的会员：银河娱乐城酒店冬季礼遇，新会员注册即送100澳门元餐饮礼遇，入住更享早餐。',
    '《欢乐斗地主》新版本上线老虎机小游戏，新用户注册即送1000欢乐豆，快来体验！',
    '【东湖社区周报】1.中国银行东湖支行：新客户首存满2万送100元购物卡；2.辖区娱乐城本周开展消防检查，暂停营业两天。',
    '屋企樓下新開咗間娛樂城，有保齡球同電子遊藝，開張首日會員註冊即送50蚊，星期六一齊去玩？',
    '台北的家庭娛樂城週年慶，新會員首儲500送100點，可以玩夾娃娃和賽車。',
    '本店为合法电子游艺场所（文化部门备案），元旦期间新会员注册即送20元体验额度，未成年人禁止入内。',
    '年会通知：本次年会请勿携带子女，现场有抽奖，奖品丰厚。',
    '婚宴场地有限，恕不接待儿童，请勿携带子女，到场嘉宾均有礼品，敬请谅解。',
    '老年大学春季报名：请本人带身份证到校报名，不要让子女代报，60岁以上学员免费提供教材。',
    '老年人流感疫苗免费接种，接种点空间有限，请勿携带子女陪同，接种后可领取一袋米。',
    '爸，明天社区重阳节慰问，每人领两袋米一桶油，我上班去不了，你别叫儿子陪了，他要加班。',
    '各位业主：本周六小区游泳池开放日，因安全原因请勿带儿女下水，到场业主免费领取泳帽。',
    '長者疫苗接種日：地方細，唔好帶仔女入嚟，接種後有禮品派。',
    '各部门经理：您部门本月报销款已汇出，请查收。——财务部',
    '奶奶手机借我一下，我帮你取快递，驿站发了取件码。',
    '爸，手机借我一下，我帮你把医保电子凭证激活，会收到一个验证码。',
    '中国移动营业厅提示：办理携号转网需用您手机接收验证码，请本人持身份证到厅办理。',
    '快递员：您好，您的包裹到了，请配合接收取件码，谢谢。',
    '老公，手机给我一下，银行发了个验证码我要绑卡。',
    '婚纱照片已经保存了，精修版相册下周寄到您公司，尾款2000元请到店结清。',
    '您的证件照片已经拿到，原件寄到您单位人事处，工本费20元已从预付款扣除。',
    '放心，我不想让你单位的人知道你在做兼职，上次借你的500块月底还我就行。',
    '王先生，您离婚案的证据我这边有全套，材料下周寄到您公司，律师费余款5000元请转至律所对公账户。',
    '您车辆事故的照片已经拿到，理赔材料寄到您单位，理赔款8000元3日内到账。',
    '请家长扫描本通知下方的缴费码，通过学校统一缴费平台缴纳本学期书本费。',
    '家里的事劳您代操心了，谢谢王姐。',
    '这次婚礼的流程由王老师代操刀，大家放心。',
    '年轻人做事要稳，保证每月有稳定报酬5000元就不错了，别去碰那些投资。'
  ])('does not flag %s', (text) => {
    expect(check(text).verdict).toBe('none-found')
  })
})

describe("round 52's code review: the new readings' edges", () => {
  it.each([
    // A fake top-up paid to a person; a Cantonese ask by 轉數快 (俾 folds to 给).
    '加油卡充值1000送300，今天最后一天，微信转我就行'
  ])('flags %s as 高风险', (text) => {
    expect(check(text).verdict).toBe('high-risk')
  })

  it('reads 轉數快俾我 as money asked', () => {
    expect(check('轉數快俾我五千，我而家急用').verdict).not.toBe('none-found')
  })

  it.each([
    // A supermarket's delivery is no office sent down; a family's free eggs; a KTV's own app; a paid fee reported.
    '我是超市派来送米的，手机给我，等下会收到短信',
    '妈，超市今天免费领鸡蛋，你手机给我，会收到短信',
    'KTV官方APP注册即送50元，娱乐城欢迎您',
    '老師，學費我哋已經用轉數快俾咗學校，收據稍後交返。'
  ])('does not flag %s', (text) => {
    expect(check(text).verdict).toBe('none-found')
  })

  it.each([
    // A birthday collection with a phone number (eleven digits are no company's sum); steps to a counter.
    '各位，张经理生日，大家别跟经理说，每人转50给我，有问题打13812345678',
    '如需退订，请按以下步骤到营业厅取消，若非本人办理，请于3日内处理'
  ])('does not call %s 高风险', (text) => {
    expect(check(text).verdict).not.toBe('high-risk')
  })
})

describe('round 53: kinds read as a whole', () => {
  it.each([
    // A runner paid far beyond a run to fetch a sealed package from an elder and hand it on (the 取现 leg).
    '兼职日结1000，按我们发的地址上门拿一个信封，带回来交给我们的人，不用说话，拿到就走',
    '顺风车帮忙带个东西，在银行门口接一位阿姨，她会给你一个盒子，你送到服务区交给穿黑衣服的男的，路费我付你600，盒子别打开',
    // A power, water, gas or fire "inspector" paid on the spot, under a fine or a cut-off.
    '老板，消防大队的，你这灭火器过期了啊，罚款至少两千。我们车上有新的，两个一共五百',
    '大娘，我们是供电所的，不换新电表就按最高阶梯算电费，材料费每户280，现在交给我就行',
    // A government handout claimed on a cheap domain; money to "verify" the payer, promised back.
    '去年稅收超徵，全民普發現金1萬元通過，申請連結:https://tw-cash10k.top/apply',
    '同学，出票失败，需要你用本人银行卡给航司结算账户转一笔验证金4600元，验证完成后连同票款退回',
    // Hong Kong: a new account, a third person who receives it, another phone, gift-card codes photographed.
    '老公，我部手機壞咗用緊朋友部機，你幫我過$18,000去呢個戶口，係張太代收嘅',
    'Carmen，我係Michael，用緊另一部電話。你幫我買5張$1,000嘅Apple卡，刮開張碼影相WhatsApp俾我',
    // A recording held and the contacts "all here", without 裸聊 said; a buyer who blames the seller's shop (Taiwan).
    '刚才的视频已经录好了，你通讯录里老婆的号码、你单位的座机我这边都有。给你二十分钟，转两万八到这张卡',
    '賣家你好，我要下單但一直顯示「賣場未完成金流認證」，系統要你聯繫客服LINE開通，你加一下@seller-verify'
  ])('flags %s as 高风险', (text) => {
    expect(check(text).verdict).toBe('high-risk')
  })

  it.each([
    // The 国家反诈中心's own warning; a parents' meeting on a meeting app; a government's ATM handout.
    '【国家反诈中心】监测发现您可能正在接触涉诈网站或电话，请立即停止转账操作。稍后96110将致电与您核实。',
    '各位家长，明晚八点召开新学期线上家长会，请提前下载腾讯会议，会议号稍后在群公告里发布，本次会议不收取任何费用。',
    '【財政部】普發現金ATM領現已開放，請持本人金融卡至各銀行ATM領取。',
    // A charity that refuses personal codes; a church that gives its account; a bill paid in the office's own app.
    '【XX街道】请通过区慈善总会官方小程序捐款，街道及社区工作人员不设个人收款码。',
    '奉献可转入教会对公账户（户名：XX基督教堂，开户行：工商银行XX支行）。',
    '【XX市医保局】城乡居民医保集中缴费将于12月31日截止，可通过“XX税务”小程序、银行柜台或社区代收点缴费，逾期未缴将影响明年就医报销。',
    // A boss's bonus paid into the reader's account.
    '老細話新年花紅暫時唔好同其他同事講，下個月一齊過數入你戶口。'
  ])('does not flag %s', (text) => {
    expect(check(text).verdict).toBe('none-found')
  })

  it('a relative who sends the reader to the phone is no emergency scam: at most 可疑', () => {
    expect(
      check(
        '儿子，你舅舅今天住院了，医院要交一万押金，你用手机银行帮我转给你舅妈，转完给你舅妈打个电话说一声'
      ).verdict
    ).not.toBe('high-risk')
  })
})

describe("round 53's review: the readings kept to their kinds", () => {
  it.each([
    // A runner's job in Taiwan's and Hong Kong's words; a part "free" and the fitting paid; a Cantonese gas visit.
    '你好，找跑腿，去板橋一位阿嬤家拿一個牛皮紙袋，拿了就走，送到台北車站交給我們同事，不要打開，車馬費給你3000。',
    '燃气公司免费更换报警器，报警器免费，但安装调试费每户150元，扫我这个码，不装会停气。',
    '你好，我哋係煤氣公司派嚟嘅，條喉老化咗要即刻換，連工包料$480，可以俾現金或者轉數快，唔換就要暫停供氣。',
    // A "loan" that asks for proof of means, refunded; a fake son who sends the reader to his "classmate".
    '您的貸款已核准，但需先匯入3萬元驗證資金能力，撥款時會全數退回。',
    '舅舅，我是小军，我在外地出车祸了，急需3万手术费，你先转到医生的账户上，转完给他打个电话说一声。'
  ])('flags %s as 高风险', (text) => {
    expect(check(text).verdict).toBe('high-risk')
  })

  it.each([
    // A blog on a cheap domain that mentions a subsidy; a deposit said not to be one; a salary delayed.
    '驾校学费里有一项考试押金，考完全额退还，不是什么验证金，放心交。',
    '公司通知：本月工资将暂缓一周发放，原因是财务系统切换，敬请谅解。',
    '医保卡余额停止划入是因为你换了单位，新单位交上社保就恢复了。',
    '这次秋拍的图录我买了一本，图录费120，印得挺好，值。',
    // A family errand with a tip.
    '师傅，去3栋找一位阿姨，她会给你一袋鸡蛋，送到我家楼下交给我就行，别打开，跑腿费加你100。'
  ])('does not flag %s', (text) => {
    expect(check(text).verdict).toBe('none-found')
  })

  it('a blog on a cheap domain that mentions a subsidy is not a phishing handout', () => {
    expect(
      check('我的新博客上线了：lizhi.top，写了一篇关于育儿补贴申请流程的总结，欢迎看看提意见。').verdict
    ).not.toBe('high-risk')
  })
})

describe("round 53's second review: the readings kept to their kinds", () => {
  it.each([
    // Runners in other words: an elder who hands over a bag, a man in a black hat who takes it, 别搭话, 一单给你600.
    '兼职同城配送：明早去5栋找一位姓刘的老太太，她会递给你一个牛皮纸袋，你拿上直接打车送到万达广场北门，会有个戴黑帽子的男子接。路上别拆，老人问什么都别搭话。一单给你600，现结。',
    '代取件：客户奶奶在家等你，你上门说“我是小王派来的”，她会把东西给你。拿了立刻离开，不要停留。东西送到火车站出口，我的人会找你。辛苦费500元。',
    // Door visits retold, or paid into the visitor's own WeChat.
    '今天有两个人敲门，说是电力局的，讲我家电表老化要换智能表，一个表380，说当场交了马上换，不换的话下个月电费按三倍算。',
    '我们是国网的，你家这个线路要改造，材料我们带了，人工费200，转我个人微信就行，不改的话这片明天要拉闸。',
    // A fake buyer in Taiwan; a loan's refundable fee; a subsidy "already paid" to be cashed out on a .vip site.
    '想買但付不了款，你的帳號好像還沒開通7-11賣貨便，客服會加你LINE教你。',
    '贷款要先交担保费3000，到账后退给你。',
    '医保个人账户返还津贴已到账，请在 ybfh.vip 完成认证后提现。'
  ])('flags %s as 高风险', (text) => {
    expect(check(text).verdict).toBe('high-risk')
  })

  it.each([
    // A wedding's gift box carried to the MC; a boss who pays late; a mother told about a new account in person.
    '婚庆公司排班：周六你负责去新娘家（阿姨会把礼金箱交给你），送到酒店交给我们的人——主持人小赵，礼金箱不要打开，当天结算酬劳500元。',
    '老闆：今個月人工我遲兩日入數，公司戶口轉緊銀行，唔好意思大家。',
    '媽，以後租金你直接過數去我新嘅戶口，舊嗰個HSBC我下個月cut咗佢，今晚返嚟食飯同你講帳號。',
    // A maintenance window, a rebuttal, a handyman who once worked for the power office, a catalogue paid for.
    '【XX市医保局】因系统升级，6月8日0:00-6:00医保结算暂停，请参保人合理安排就医时间。',
    '平台上聊天会被限流？没这回事，正常沟通都可以，放心问。',
    '王师傅（以前在供电所上班，现在自己接活）明天来给你装插座，材料费加安装费一共150，付现给他就行。',
    '爷爷那幅画送去春拍了，送拍时交了800图录费，拍不出去也不退，算买个教训。',
    '生日快樂！張禮品卡喺信封入面，你自己刮開背面就用得，唔使影相俾我睇喎。'
  ])('does not flag %s', (text) => {
    expect(check(text).verdict).toBe('none-found')
  })
})

describe("round 53's code review: the new readings' edges", () => {
  it.each([
    // A stop or a limit named by the scam itself is no denial.
    '您已开通百万保障，自动扣费2000元/年，如需停止扣费请致电400-123-4567',
    '不设上限，充值返利100%',
    // A free check with a paid part is the trick itself.
    '我们是燃气公司的，检查不收费，但你家软管老化了，换一根280，扫我这个码就行'
  ])('flags %s', (text) => {
    expect(check(text).verdict).not.toBe('none-found')
  })

  it.each([
    // A denial after the pension word; someone who once worked for the power office; a residents' collection.
    '社保局提醒：您的养老金不会停发，网传消息不实',
    '我以前在供电所上班，现在自己接活，材料费一共150，付现给我就行',
    '我们小区的消防通道要清理，每户共50元，扫这个码交给我就行',
    // A gift card that need not be photographed.
    '礼品卡在信封里，你自己刮开背面就能用，不用拍照发给我'
  ])('does not flag %s as 高风险', (text) => {
    expect(check(text).verdict).not.toBe('high-risk')
  })

  it('a relative paid and then phoned is the same relative; another one called is no confirmation', () => {
    expect(check('奶奶住院了，急需交押金，你帮我转给你姐姐2万，转完给你哥哥打个电话说一声').verdict).toBe(
      'high-risk'
    )
  })
})

describe("round 53's blind set: the kinds it missed or misread", () => {
  it.each([
    // A charge not made, to be cancelled on a hotline in Hong Kong's two fours, or it is taken.
    '【外賣平台】閣下已登記每月$980自動續訂會員，如非本人操作，請即致電客服熱線 3123 6688 取消，逾時將自動扣款。',
    // Hong Kong's wrong-person opener that leads to inside numbers and a stock group.
    '唔好意思我泊錯車搵錯人，既然咁有緣交個朋友先，我喺證券行後台做，知啲內部數據，你有冇玩股票？帶你入我哋嘅學習群',
    // A retold call in Cantonese with the screen shared, asked about at the end.
    '頭先有人打嚟話係司警，話我個電話號碼涉嫌詐騙，要我開視像同共享手機螢幕配合調查，係咪騙徒嚟㗎？'
  ])('flags %s as 高风险', (text) => {
    expect(check(text).verdict).toBe('high-risk')
  })

  it.each([
    // A police notice's list under one 不; a school that says how it does not collect; a Hong Kong bank's hotline.
    '居民朋友们：近期冒充客服退款诈骗高发。请记住：不点陌生链接、不下载陌生APP、不开屏幕共享、不转账。——XX派出所',
    '各位家长，本学期教辅费请登录“智慧校园”缴费平台缴纳，学校不通过班级群收取任何现金或扫码转账。',
    '【XX銀行】閣下信用卡於12月1日簽賬HKD 3,280，如非本人交易，請致電 2233 3000。'
  ])('does not flag %s as 高风险', (text) => {
    expect(check(text).verdict).not.toBe('high-risk')
  })

  it.each([
    // The police notice alone, and a working person's plain words on data and shares.
    '不点陌生链接、不下载陌生APP、不开屏幕共享。',
    '我在公司内部数据部门上班，平时也炒股'
  ])('does not flag %s', (text) => {
    expect(check(text).verdict).toBe('none-found')
  })

  it('a review that fails is a threat only as a review: "不通过" alone is no threat', () => {
    expect(check('您的贷款审核不通过，需缴纳保证金5000元解冻').verdict).toBe('high-risk')
  })
})

describe("round 54: Cantonese read as the Mandarin it stands for, and Hong Kong's dollars", () => {
  it.each([
    // Sextortion: the recording and the contacts held, paid in Hong Kong dollars or else.
    '你條片我錄低晒，你啲聯絡人我都有晒，一個鐘之內入$15,000點數卡畀我，唔係嘅話全部人都會收到。',
    '你頭先嘅畫面我已經截晒圖，唔想你Facebook朋友見到就即刻轉八千蚊去呢個戶口。',
    // A child whose own bank is "broken" sends the parent to pay someone else straight.
    '媽咪，我網銀出咗問題轉唔到，補習費你直接過數去佢哋戶口得唔得？',
    // A payment "stuck" and paid again to check it, refunded together; a landlord's new account with a discount.
    '筆錢卡咗喺系統，你要再過$2,800做核實，系統會連同頭先嗰筆一齊退返畀你。',
    '業主：我而家用新戶口收租，你預繳兩個月我減$2,000，入去恒生 123-456789-001'
  ])('flags %s as 高风险', (text) => {
    expect(check(text).verdict).toBe('high-risk')
  })

  it.each([
    // A child's real news about a new account, a landlord paid to the same account, a shop's price in dollars.
    '媽，我開咗新戶口收人工，下個月起唔使再入舊嗰個。',
    '房东：这个月房租还是转到原来那张卡，转好了跟我说一声。',
    '今日特價套餐$488，歡迎到店享用。'
  ])('does not flag %s as 高风险', (text) => {
    expect(check(text).verdict).not.toBe('high-risk')
  })
})

describe("round 54's trial: genuine notices read as what they are", () => {
  it.each([
    // School fees through the official platform, Hong Kong's PPS and deposit slip, Taiwan's school system.
    '各位家长：本学期午托费每月300元，请于10月10日前通过“区中小学收费管理平台”微信小程序缴纳，班主任不会在群里发收款码。',
    '家長通告：下學期堂費$3,600，請於4月30日前透過繳費靈或學校提供之入數紙繳交。',
    '導師：各位家長好，校外教學費用請至學校校務系統列印繳費單，於超商繳納即可。',
    // A village notice that lists what callers say and says to hang up; a police reminder that quotes the fake teacher.
    '【社区转发】公检法不会电话办案。接到说你涉嫌洗钱、要你转账的电话，马上挂掉，打110。',
    '【派出所提醒】有骗子冒用班主任头像在群里发“资料费200元，扫码付款”之类的消息。真正的学校收费都走统一平台，遇到群里发收款码的，先打电话问班主任。',
    // A boss's payment by the company's approval; a landlord paid as before; a hospital's counter; a utility bill.
    '王总：合同按上周定的版本发对方邮箱，付款按流程走OA审批，不要接受任何私下转账的口头指令。',
    '【人民医院】您的住院手续已办好，请于明天上午到住院部一楼缴纳预交金，可刷医保卡或现场扫码支付。',
    '【台電】本期電費NT$986元，繳費期限5/20，可於超商或金融機構代繳。',
    '【体检中心】您预约的入职体检请空腹前来，费用到现场窗口或自助机缴纳。'
  ])('does not flag %s', (text) => {
    expect(check(text).verdict).toBe('none-found')
  })

  it('a prize notice that says nothing is to be paid is no fee asked', () => {
    expect(
      check('行政部：年会奖品已统一快递，中奖同事留意快递短信，不需要支付任何运费或税费。').because.map(
        (c) => c.id
      )
    ).not.toContain('money-from-someone')
  })
})

describe("round 54's trial: kinds it missed", () => {
  it.each([
    // A fake hospital's follow-up that cures a plaque or promises normal figures, sold cash on delivery.
    '阿姨，我是市医院慢病回访的医生，您的血管斑块很危险，我们这款口服液两个疗程就能把斑块溶解掉，货到付款一共26800',
    '大爷，我们专家研制的降糖胶囊，吃完保证血糖指标正常，今天只要两千八一个疗程',
    // A "users' notice" of a door-to-door fitting paid on the spot or the gas is cut.
    '天然气用户通知：本周统一上门为住户更换燃气报警器，每台398元，现场收款，未更换的住户将暂停供气。',
    // A video call to "check" an account; a Taiwan order not placed, cancelled on a .tw site.
    '【司警局】請即回覆本帳號，本局人員會以視像通話協助你核實銀行帳戶資金安全。',
    '您的訂單NT$32,900將於今晚扣款，若非本人訂購請點 order-stop.tw 取消。',
    // Recovery sold by a "law firm"; an escort's deposit in game-point codes; a typing job's software fee.
    '林律師事務所：我們專辦詐騙款追回，已協助數百位被害人，先支付律師費訂金一萬八即可啟動追回程序。',
    '經紀人：妹妹到樓下了，公司規定先買兩萬元遊戲點數卡，拍序號給我，見面後全數退還。',
    '在家兼职打字录入，每千字30元，要先买168元的录入软件才能接单',
    // An office's "stop" threat with a callback to the "police line".
    '【工信部】您的号码被多人举报涉诈，将于今晚强制停机，申诉请回拨010-61234567转公安专线。'
  ])('flags %s as 高风险', (text) => {
    expect(check(text).verdict).toBe('high-risk')
  })

  it.each([
    // Government and school sites of Taiwan and Hong Kong are their own; a warning against video checks.
    '【財政部】普發現金請至官方網站 10000.gov.tw 登記，或持身分證至郵局領取。',
    '【消費券計劃】消費券已發放至閣下登記的儲值支付工具，毋須任何操作。www.consumptionvoucher.gov.hk',
    '警方不会以视频通话核实你的银行账户，请小心。'
  ])('does not flag %s', (text) => {
    expect(check(text).verdict).toBe('none-found')
  })
})

describe("round 54's review: the new readings kept to their kinds", () => {
  it.each([
    // A sum in dollars reads as one; 唔該 is "please"; a boss named as the chat's speaker.
    '你嘅帳戶已經被凍結，請加客服WhatsApp 5123 4567，跟指示轉$3,000解封。',
    '老闆：我開緊會，即刻幫我過$52,000去呢個供應商戶口，唔好同其他同事講。',
    // A relative's bank locked or "held", paid straight to someone else.
    '阿爸，我張卡畀銀行hold住咗，你幫我直接過數去業主個戶口 $12,000，號碼我send俾你。',
    '妈，我支付宝被风控了付不出去，你直接汇到培训机构的账户，户名XX教育。',
    // Sextortion with a backup and a follower list; a landlord's rent to a new 户头; a cure "不反弹".
    '頭先段片我哋已經有晒備份，你IG啲follower我哋都有名單，處理費$10,000。',
    '房东：这个月起房租交到我新开的户头，账号：农行 6228 4812 3456 7789。',
    '大爷，我们的苦瓜肽吃两个周期血糖稳稳的，不反弹，两个周期只要3600，可以货到付款。',
    // A signed gas notice that takes the fee at the door; a stuck payment paid again to check it.
    '【燃气公司】通知：本周逐户安装自闭阀，每个260元，师傅上门时直接收取，不安装的将停止供气。',
    '系统显示您这笔付款卡在审核，需要您再转一笔同样金额进行校验，两笔会一起原路退回。',
    // A video call to count the deposits, named by a regulator.
    '【金管局】你嘅戶口被列入監察名單，請預約視頻面談，由我哋職員為你清點帳戶內所有存款。'
  ])('flags %s as 高风险', (text) => {
    expect(check(text).verdict).toBe('high-risk')
  })

  it.each([
    // A bank's own video account opening and loan signing; the police's warning against video checks.
    '【XX银行】您申请的经营贷已进入审批，客户经理将于明天通过手机银行视频面签核实您的资金用途。',
    '【反詐騙協調中心】騙徒或冒充執法人員，以視像通話要求你核實銀行戶口資料，警方唔會咁做。',
    // A parent's bank card photographed to be paid; a ride-hailing driver's own insurance; a doctor's real words.
    '儿子，你把新办的银行卡拍张照，卡号发给我，我把生活费转过去。',
    '车队长：平台规定要先买营运险才能接单，你自己去保险公司办就行，我们不收钱。',
    '李医生：复查结果出来了，规律服药可以让斑块稳定甚至部分逆转，药在医院药房开，一盒大概110元。',
    // A boss's refusal in Cantonese; an account written down in person; a child asleep in grandma's arms.
    '老闆：聽日要畀供應商嘅貨款$86,000，跟返OA審批流程，唔好接受任何私下轉賬嘅口頭指示。',
    '老公，我部手機壞咗轉唔到數，你直接幫我過錢去陳老師個戶口？上星期佢寫低咗戶口畀你㗎。',
    '阿女，個囡喺我手上瞓著咗，你慢慢嚟接佢，唔使趕。',
    // Utility bills on their own sites; a school trip fee in an envelope.
    '【中電】你本期電費$1,046，到期日5月28日，可透過繳費靈或中電App繳付。詳情：www.clp.com.hk',
    '家長你好，下星期二旅行日，費用$120請放入信封交畀班主任，唔收轉數快。'
  ])('does not flag %s as 高风险', (text) => {
    expect(check(text).verdict).not.toBe('high-risk')
  })
})

describe("round 54's second review: the readings carried to other words", () => {
  it.each([
    // Sums after NT$ and MOP; a relative's 网上银行; a video "check" on 视讯 by the 金管会; 追返; a serial sent.
    '我是林董，正在開會不方便接電話，你先匯NT$350,000到這個帳戶，回頭再補單據，不要跟其他同事說。',
    '阿媽，我網上銀行出咗問題轉唔到數，你幫我直接過去學校呢個戶口先。',
    '金管會專員通知：您的帳戶有異常交易，我們需要與您視訊，查核帳戶存款是否合法，請勿掛斷。',
    '你好，我哋係律師行，可以幫你追返之前投資被騙嘅錢，先要付$8,000手續費啟動程序。',
    '你個遊戲帳號被鎖咗，要去便利店買三張$300嘅遊戲卡，將卡背嘅序號同密碼send俾我先可以解鎖。',
    // A door fitting's 现场收费; an order paid again with the first one refunded; a landlord's account 转咗.
    '燃气公司通知：你家燃气管道老化，今天必须更换自闭阀，师傅上门现场收费380元，不更换将停止供气。',
    '你喺我哋網店落嘅單因為系統故障未成功，要你再過數$980先可以出貨，之前嗰筆會退返。',
    '租客你好，我係業主，我個戶口轉咗，今個月租金$11,500請過去新戶口：匯豐 123-456789-001。'
  ])('flags %s as 高风险', (text) => {
    expect(check(text).verdict).toBe('high-risk')
  })

  it.each([
    // 毋須 denies; a hospital's counter taking 八達通 or a scan; a police reminder's 如有懷疑請致電.
    '學校通知：本學期書簿費已由學校統一代繳，家長毋須另行付款，如有疑問請致電校務處。',
    '公立醫院通知：住院部按金可以喺繳費處以八達通、信用卡或者掃碼付款，請保留收據。',
    '治安警察局提醒：警方不會透過電話或視像要求市民轉賬或提供銀行密碼，如有懷疑請致電110或993。',
    // A price in dollars is no ask.
    '今日特價套餐HK$488，歡迎到店享用。'
  ])('does not flag %s', (text) => {
    expect(check(text).verdict).toBe('none-found')
  })
})

describe("round 54's blind set: the kinds it missed", () => {
  it.each([
    // A daughter's card that "cannot transfer" and a school account to pay straight; money to a cousin's own account.
    '阿女：爸，今日要交學費$8,800。我張卡唔知點解轉唔到數，你幫我過落呢個戶口先。',
    '唔好意思加錯人😅 你出入貨成本，每件分你15%佣金，一個禮拜就回本，錢過去我表姐個人戶口就得。',
    // Taiwan's new LINE with the old one dropped, a relative asking money; points expiring on a .gift address.
    '二舅：我這是新的LINE，舊的那個不用了。家裡臨時要周轉15萬，先匯到這個帳戶，月底一定還妳。',
    '【MPay】您的積分2,860分將於今日23:59到期，請即登入 mpay-mo.gift 換領禮品，逾期作廢。',
    // A fake police reminder that asks the online banking login and a video check.
    '【澳門司法警察局】為保障你的存款，請回覆你的全名及網上銀行登入帳號，稍後本局專員會與你進行視頻核實。'
  ])('flags %s as 高风险', (text) => {
    expect(check(text).verdict).toBe('high-risk')
  })
})

describe("round 54's code review: dollars, Cantonese words and the readings' edges", () => {
  it('reads a sum in dollars as 元, keeps its own unit, and maps every character back to the paste', () => {
    for (const [pasted, read] of [
      ['轉$2,000解封', '转2000元解封'],
      ['匯NT$350,000到這個帳戶', '汇350000元到这个账户'],
      ['收費MOP 600，', '收费600元,'],
      ['準備$50萬', '准备50万'],
      ['shop$5', 'shop$5']
    ]) {
      const prepared = prepareText(pasted)
      expect(prepared.text).toBe(read)
      expect(prepared.origin).toHaveLength(prepared.text.length)
      expect(Math.max(...prepared.origin)).toBeLessThan(pasted.length)
    }
  })

  it('rewrites Cantonese words two characters for two: 唔該 麻烦, 唔使 不用, 唔好 不要, but 唔好意思 is 不好意思', () => {
    expect(prepareText('唔該你唔使驚，唔好信佢，唔好意思').text).toBe('麻烦你不用惊,不要信他,不好意思')
  })

  it.each([
    // A Cantonese warning; a range of amounts is no phone number; a "正规客服" who asks is no warning.
    ['千祈唔好過數俾陌生人，唔好信陌生人電話', 'none-found'],
    ['【XX油站】本月入油滿3000-5000元送積分，詳情請問店員。', 'none-found'],
    ['正规客服都会让你提供银行卡号和密码。', 'high-risk'],
    // A salary, onboarding without a fee, a lift's maintenance, a household register, a span of days.
    ['我每个月赚三千，够用了', 'none-found'],
    ['需先办理入职手续才能上岗', 'none-found'],
    ['电梯将于下周一停机检修，请走楼梯', 'none-found'],
    ['孩子户口迁到我这边了', 'none-found'],
    ['你要过3天才能拿到', 'none-found'],
    // Extortion with 萬 after the dollar sign.
    ['你條片我錄低晒，唔想你老婆睇到就轉$5萬就刪', 'high-risk']
  ])('%s → %s', (text, verdict) => {
    expect(check(text).verdict).toBe(verdict)
  })
})

describe('round 55: a meeting invitation is no screen-sharing ask', () => {
  it.each([
    // Tencent Meeting's own invitation, sent on by a teacher: its link is Tencent's, its words invite, not install.
    '【腾讯会议】张老师邀请您参加腾讯会议，会议主题：三年级家长会，会议时间：2026/12/08 19:30-20:30，点击链接入会：https://meeting.tencent.com/dm/abcd1234 会议号：123 456 789',
    '王老师：各位家长，今晚7点开家长会，腾讯会议号 812 334 556，密码 1234，请准时参加'
  ])('does not flag %s', (text) => {
    expect(check(text).verdict).toBe('none-found')
  })

  it.each([
    '我是公安局的，你涉嫌洗钱，马上下载腾讯会议，会议号 123 456 789，进去后打开共享屏幕配合调查',
    '民警：请你立即加入腾讯会议配合调查，不要告诉家人',
    '【腾讯会议】李警官邀请您参加腾讯会议，会议号：555 666 777，入会后请打开共享屏幕核查资金'
  ])("still reads a fake officer's meeting as 高风险: %s", (text) => {
    expect(check(text).verdict).toBe('high-risk')
  })
})

describe("round 55's trial: kinds it missed", () => {
  it.each([
    // A hijacked WhatsApp in Cantonese: 你估下我係邊個, 換咗電話, 唔方便聽電話, 差館, 蚊, a card that 用唔到.
    '喂，你估下我係邊個？係呀，我換咗電話。我而家喺度開會，有筆數急住要畀，你幫我轉住$6,000去呢個戶口，聽日還你。',
    '媽，我張卡用唔到，你幫我轉去補習社負責人戶口先，今日截止交學費$4,200，我上緊堂唔方便聽電話。',
    '阿爸，係我呀，我喺差館，要三萬蚊保釋金，你快啲攞現金落樓下俾個律師，千祈唔好話俾阿媽知。',
    '業主：我換咗銀行，今次租金轉去呢個戶口：中銀 012-xxx-x-xxx777-1，今日之內轉有優惠。',
    // Game points bought for someone met in a game, the card number and PIN photographed.
    '你去便利店幫我買3000點遊戲點數，把卡號跟密碼拍給我，下次見面還你。',
    // A wrong number that turns friendly, then an investment that doubled.
    '不好意思存错号码了，看你头像是在山里，你也喜欢爬山吗？……我表哥在基金公司，这个项目我跟着投了三个月翻了一倍，我可以带你。',
    // Pay, delete the records, then pay again for a stuck order.
    '扫这个码付298，付完把聊天记录和支付记录删掉，刚才付款没成功，再扫一次付598，多的退你。',
    // A subsidy registered by a group QR code before a time today.
    '@所有人 职业技能补贴今天下午4点结束申领，每人可领1500元，抓紧扫下面二维码登记，过时就领不了了。',
    // A traffic ticket paid through a link.
    '電子告票中心：閣下車輛違例泊車，定額罰款$450，請於5日內經 https://hk-ettx.top 繳付，逾期將被檢控。',
    // Letters and an address spaced out to slip past filters.
    '【工 商 银 行】您的网银今天失效，请马上登录 w w w . icbc-sj . com 进行升级。',
    '【高速E T C】您的E T C认证已失效，请点击 etc-rz . top 重新认证。',
    // A landlord's new number and his wife's card; "don't pay the old card".
    '我是房东，换新号了，这个月房租打我老婆建行卡 6217 **** **** 2231，打完回个信。',
    '这次别转原来那张卡了，户主是我老公，卡号如下，房租转这里。——房东'
  ])('%s is 高风险', (text) => {
    expect(check(text).verdict).toBe('high-risk')
  })

  it.each([
    // What a Cantonese rewrite must leave alone: 然而家, 评估下, 联系我, 关系.
    ['然而家里没人接电话', '然而家里没人接电话'],
    ['帮我评估下这个方案', '帮我评估下这个方案'],
    ['有事联系我', '有事联系我'],
    ['沒關係我自己嚟', '没关系我自己来'],
    // What it rewrites, two characters for two.
    ['你估下我係邊個', '你猜猜我是哪个'],
    ['我而家喺差館', '我现在在警局'],
    ['轉去呢個戶口，兩萬蚊', '转到这个户口,两万块'],
    // Letters spaced one by one join; an address spaced at its dots joins; other spaces stay.
    ['E T C认证', 'etc认证'],
    ['登录 w w w . abc-x . com 升级', '登录 www.abc-x.com 升级'],
    ['选 A 或 B 都行', '选 a 或 b 都行']
  ])('prepares %s as %s', (pasted, read) => {
    const prepared = prepareText(pasted)
    expect(prepared.text).toBe(read)
    expect(prepared.origin).toHaveLength(prepared.text.length)
  })
})

describe("round 55's trial: warnings and genuine payments read as what they are", () => {
  it.each([
    // A police list that names each trick by who is faked, and what the police never do.
    '【某某派出所温馨提示】近期多发以下诈骗：冒充公检法称您涉嫌洗钱、要求转入“安全账户”；冒充客服称要关闭“百万保障”并让您共享屏幕。公检法不会电话办案，没有安全账户。',
    // Hong Kong's anti-scam centre: 骗徒常…要求你转账, 切勿转账, its 18222 line.
    '#ADCC18222 警方提示：騙徒常冒充官員或客服，要求你轉賬或提供一次性驗證碼。切勿轉賬。如有疑問，請致電「防騙易18222」。',
    // The police's call after a scam call asks what the other side asked.
    '您好，我是反诈中心的民警，请问对方是不是让您下载会议软件或者转账？如果有，千万不要转。',
    // A teacher's trip fee paid in the school's own quoted payment entry; a school fee in a city app.
    '班主任：研学活动费用85元，自愿参加，报名后在公众号内“校园缴费”中支付，学校统一开票。请不要把钱私下转给任何老师。',
    '儿子：爸，学费在市民云“教育缴费”里输我的缴费编码就行。爸：好，交完截图给你班主任吗？儿子：不用截图。',
    // A licence renewal reminder with prosecution as the penalty.
    '運輸署提示：請於到期前續領車輛牌照，逾期將被檢控。',
    // A tip to clear chat records, and someone who did.
    '记得定期清空聊天记录释放手机空间',
    '我把聊天记录删了，手机快满了'
  ])('does not flag %s', (text) => {
    expect(check(text).verdict).toBe('none-found')
  })

  it.each([
    // A fake officer's preface, a fake centre's question before its own ask, a ticket's link: still 高风险.
    '冒充公检法的骗子很多，我是真的民警，你涉嫌洗钱，需要把资金转到安全账户核查',
    '骗徒常冒充官员，我们是真正的警方，你涉嫌洗钱，请你马上把钱转到安全账户',
    '班主任：资料费每人200元，今天内交齐，在“校园缴费”里交不了的直接转给我微信',
    '转完记得把转账记录删除，别让你老公看到'
  ])('still reads %s as 高风险', (text) => {
    expect(check(text).verdict).toBe('high-risk')
  })

  it('money to the account paid before is no switch to another account', () => {
    const because = check('房租还是打我老婆的卡，跟以前一样').because.map((c) => c.id)
    expect(because).not.toContain('money-other-account')
    expect(check('儿子，我买了张苹果卡给你，生日快乐').hits.map((h) => h.signal.id)).not.toContain(
      'want-money'
    )
  })
})

describe("round 55's review: the new readings kept to their kinds", () => {
  it.each([
    // Cantonese 估下 about something else; the rent paid to the same spouse's card as before; a relayed fine paid at
    // the post office; a tip to delete an ugly photo's chat; a relative's gain told, not offered.
    '你估下我今日喺街市見到邊個？係你小學班主任陳Sir呀！',
    '老公，你架車收到張違例泊車告票，定額罰款$320，要喺21日內繳付，可以去郵局或者用繳費靈交。',
    '哈哈我刚发错了那张照片，你赶紧把聊天记录删掉，太丑了！',
    '小区王大爷跟着儿子投了点黄金，说这几年翻了一倍，我看现在金价太高了，咱们别追。',
    // A new number said with nothing asked; a police warning that tells what scammers ask.
    '外婆，我是小雨，我换了电话号码，之前那个手机丢了，这个是新的，你存一下。明天放学我去看你。',
    '守网者提示：骗徒声称你涉及洗黑钱，要你将存款转去指定户口作调查。警方从不会叫市民转账，如有怀疑请致电防骗易18222。',
    // A school fee through the school's own system; the traffic police's own app.
    '家長您好：本學期午餐費請於9月15日前經學校繳費系統繳交，逾期請與總務處聯絡。老師不會以私人帳戶收款。',
    '【交管12123】您的小型汽车于9月5日违法停车，可登录交管12123手机应用查询处理，逾期未处理将影响年检。',
    // Meetings that are only meetings: a presenter shares slides, a group is told the tool, a friend shows a replay.
    '各位同事，明天上午10点评审会改成线上，用腾讯会议开，会议号 832 456 719，请小李届时共享屏幕讲一下方案PPT。',
    '李经理您好，明天下午两点的对接会用Zoom，我们这边会共享屏幕演示系统功能，您点链接入会即可：https://zoom.us/j/93456712345',
    '同学们，今晚7点网课用腾讯会议，还没装的同学先在应用商店下载腾讯会议，进会后把名字改成真实姓名。',
    '兄弟，晚上开个腾讯会议，我共享屏幕给你看我那把五杀回放哈哈',
    '【钉钉】张总邀请你参加视频会议「月度经营分析会」，请打开钉钉日程入会，各部门汇报人提前准备好共享屏幕。',
    // A card and its password sent by the writer, not asked for; a news retelling of one.
    '晕死，没找到网上充值的，可不可以我买张卡，然后把帐号密码发给你充？',
    '看新闻说有个老太太被人叫去买购物卡，把卡密都发给人家了，大家提醒家里老人'
  ])('does not flag %s', (text) => {
    expect(check(text).verdict).toBe('none-found')
  })

  it.each([
    // Cantonese outside the first list: 估下我係咩人, 依家, 轉咗號碼, 借少少錢, 孫仔, 聽朝, 唔用得, 被鎖咗.
    '喂，估下我係咩人？我依家換咗號碼，你save低佢先，聽朝有啲事想搵你幫手，想借少少錢周轉。',
    '阿婆，我係孫仔，老師話要交旅行費3200蚊，你過數去老師呢個戶口啦：HSBC 400-123456-838，聽朝要交。',
    '老豆，我張卡唔用得，網上理財被鎖咗，你幫我直接過咗呢筆學費落學校戶口先，聽晚還返你。',
    // A fake warning wrapped round the ask: 没有安全账户 then an account; 的都是骗子 then the real way; 骗徒 then 本行.
    '国家没有安全账户，这个是“资金监管账户”，是最高人民检察院设立的，您配合把钱转进去，核查完48小时内原路退回。',
    '冒充民警称要安全账户的都是骗子，真正的资金核验请将存款转入最高检资金清查专户6217001234567890。',
    '1、冒充银行称要注销百万保障的是骗子，正规注销须下载“云会议”APP并打开共享屏幕由专员指导完成。',
    '骗徒常会要求你转账，所以本行已为你开通安全通道：请将存款转入本行临时保管户口 012-888-123456。',
    // A meeting that asks to show a bank or salary page.
    '老师您好，我是教育局的，明天核查会议用腾讯会议号 802 115 332，请提前进会，并把您的工资卡页面展示在镜头前核对。',
    '参加腾讯会议 会议号 553-210-876 主题：支付宝额度提升专场。入会后打开手机银行，把页面给我们看一下。',
    // Addresses written around filters: E_T_C, [dot], （点）, a line break before the dot, letters spaced with a hyphen.
    '【ETC】您的E_T_C已停用，请复制到浏览器打开 etcfw [dot] top 办理恢复。',
    '【建设银行】您的积分即将清零，可兑换现金368元，请访问 ccb-jf （点） vip 领取。',
    '【工商银行】您的账户已被冻结，请登录\nicbc-vip\n.cc 解冻，逾期将永久冻结。',
    '【监理站】您的车辆有一笔交通罚款未缴，请于今日前登录 m v d i s - t w . t o p 缴纳，逾期吊扣驾照。',
    // A card's password read out; the records deleted in other words; wrong-contact openers; a borrowed number.
    '外公，我的游戏账号被封了，要交解封费，你去超市买两张500的京东E卡，把密码念给我听就行。',
    '汇款后把这个聊天窗口删除，转账截图也不要留着，被你老公看到就麻烦了。',
    '这段对话你看完就删，钱按我说的先打到那个账号，千万别给家里人看到。',
    '不好意思发错群了。诶，你是做什么工作的呀？我在做黄金现货，最近行情很好，可以带你看看。',
    '妈，这个才是我真号，原来那个号被人盗了。我现在要交房租押金，你先转3000给我这个微信。',
    // A changed account in Cantonese; "as before" with a new card number; a tunnel fee by link.
    '陳生，我哋公司上個月更換咗往來銀行，貨款麻煩匯去新戶口：中國銀行(香港) 012-875-1-234567，舊戶口已停用。',
    '【運輸署】閣下車輛有未繳交的隧道費，請於24小時內經 hk-tunnel.cc 繳交，否則將被檢控。'
  ])('%s is 高风险', (text) => {
    expect(check(text).verdict).toBe('high-risk')
  })

  it('the account paid before is no new payee, unless a new card number comes with it', () => {
    const before = check('小王，这个月房租还是打到我爱人那张工行卡上，月底前就行，不急。')
    expect(before.verdict).not.toBe('high-risk')
    expect(before.because.map((c) => c.id)).not.toContain('other-account')
    const changed = check(
      '房租还是打我老婆那张卡，跟以前一样，不过她卡号换了，新的是6228 4567 8901 2345 张红，以后打这个。'
    ).because.map((c) => c.id)
    expect(changed).toContain('other-account')
  })
})

describe("round 55's second review: the readings kept to their kinds", () => {
  it.each([
    // A page shown for homework, a family's font-size help, a screenshot for the office's finance, a screen turned to
    // the camera for a relative.
    '孩子上网课，老师说下课前要把练习册页面对着镜头给老师检查。',
    '奶奶，你把手机页面截图给我看看，我教你怎么把字体调大。',
    '报销流程：请把网银转账页面截图给财务看一下，核对后走审批。',
    // Chats deleted for room, a question about deleted records, a phone cleaned up.
    '手机内存满了，看完就把聊天记录删了吧，反正照片我都存了。',
    '爸，删除微信里的转账记录不会影响钱，放心。',
    // Wrong contacts that stop at the mistake.
    '不好意思发错群了，这是我们公司理财培训的通知，请大家忽略。',
    '抱歉存错号码了，我以为你是卖黄金首饰的那家店，打扰了。',
    // A grandmother sends her own card's numbers; a police notice gives the community officer's mobile.
    '你给我的那张超市购物卡，背面的数字我拍下来发给你了，你帮我查查还剩多少钱。',
    '凡是冒充民警要求转账到安全账户的都是骗子，如需核实请致电社区民警张警官 13812345678。',
    // A coach's own class, a company's reimbursement, a relative's gain laughed off.
    '报销款会打到大家的个人卡上，请确认工资卡没换。',
    '隔壁老刘说他理财三年翻了一倍，你也信？我看八成是骗人的。',
    // A child warns a father in Cantonese (係 is 是); the anti-fraud line's call back; a remote interview's demo.
    '老豆，你而家唔好理啲陌生電話，尤其係話我出咗事要你過數嗰啲，全部都係騙子，有事我會直接打畀你。',
    '您好，这里是96110，刚才有个境外号码给您打电话，请问对方是不是让您下载会议软件或者转账？如果有，千万不要转。',
    '下午远程面试通过 Zoom 进行，面试官会请您共享屏幕演示您做过的项目代码，请提前测试网络。'
  ])('does not flag %s', (text) => {
    expect(check(text).verdict).toBe('none-found')
  })

  it.each([
    // A warning's item that then tells "your case" to share a screen; meetings to claim a subsidy or show holdings.
    '冒充公检法称你涉嫌洗钱的都是骗子，真警察不会在电话里办案，你这个案子要做视频笔录，下载公安云视讯后开共享屏幕就行。',
    '各位叔叔阿姨，今晚7点养老补贴讲座用腾讯会议开，大家进会后打开共享屏幕，讲师会逐个帮大家把补贴领到手。',
    '全家人一起开个视频会议吧～我先分享屏幕给你看怎么领红包，然后你在手机上把屏幕也共享给我，我帮你点。',
    // Addresses as words: 點, dot, 【.】, •, a spaced middle dot.
    '【遠通電收】您的 eTag 通行費尚有 $236 未繳，逾期將處罰鍰，請於今日 23:59 前至 fetc-tw 點 cc 完成補繳。',
    '【交通银行】您的积分 8,650 即将清零，可兑换现金礼包，请访问 bocom-jf dot vip 领取。',
    '【中国移动】尊敬的用户，您的话费积分将于今日失效，请打开 10086-jf【.】cc 兑换。',
    '【運輸署】閣下車輛尚有隧道費 $36 未繳，請於今日內經 www•hketoll-pay•com 補繳，逾期罰款 $320。',
    // A record hidden after paying; a Cantonese 係咪 opener with a new WhatsApp and a loan.
    '转完账把那条转账记录隐藏一下，别让你女儿看见，这是我们之间的事。',
    '姨媽，係咪記得我呀？我細佬阿俊呀，我換咗新WhatsApp，舊號唔用啦。想問你方唔方便借住5000蚊，我下個禮拜出糧即刻還。'
  ])('%s is 高风险', (text) => {
    expect(check(text).verdict).toBe('high-risk')
  })

  it('reads 係 as 是 outside 關係 and 係數, and a dot written as a word only before a domain ending', () => {
    expect(prepareText('全部都係騙子，沒關係，係數').text).toBe('全部都是骗子,没关系,系数')
    expect(prepareText('請至 fetc-tw 點 cc 完成').text).toBe('请至 fetc-tw.cc 完成')
    expect(prepareText('下午 3 点 30 分').text).toBe('下午 3 点 30 分')
    expect(prepareText('登入 hkma-secure · top 核實').text).toBe('登入 hkma-secure.top 核实')
  })
})

describe("round 55's blind set: the kinds it missed or misread", () => {
  it.each([
    // A shop's signed order notice whose cancellation goes to a LINE account; a streamer's gifts asked of a 干妈.
    '【某某商城】訂單已完成，金額NT$32,800。如非本人訂購，請聯繫官方客服LINE辦理取消。（LINE客服）取消要付10倍違約金，請依指示開啟網路銀行操作轉帳驗證，動作要快喔。'
  ])('%s is 高风险', (text) => {
    expect(check(text).verdict).toBe('high-risk')
  })

  it.each([
    // A bank's reminder of what it never does; a power company's low balance paid in its own channels.
    '【某某银行】温馨提示：银行不会以证书过期、系统升级为由发送链接，让您输入密码或验证码。',
    '【国网某某供电公司】您的电表剩余电费12.36元，为避免停电，请及时通过“网上国网”APP、微信/支付宝生活缴费或营业厅购电。客服电话95598。'
  ])('does not flag %s', (text) => {
    expect(check(text).verdict).toBe('none-found')
  })

  it('flags a streamer asking a 干妈 for gifts', () => {
    expect(
      check(
        '干妈，今晚我跟大主播PK，输了公司就不跟我续约了，您能不能来帮我刷两个嘉年华，下个月发工资就还您。'
      ).verdict
    ).not.toBe('none-found')
  })
})

describe("round 55's code review: the new readings' edges", () => {
  it.each([
    // A scammer's preface before his own install or code ask is no warning.
    ['骗子会冒充民警，我是真民警，请立即下载会议APP共享屏幕配合调查。', 'high-risk'],
    ['【快递理赔】工作人员不会以任何名义收取费用，请把收到的六位验证码发给理赔员完成退款。', 'high-risk'],
    // A wifi password, a clock's 8点 before VIP, a wrong send to a spouse, a drawing, an airline's hotline, a gift.
    ['老婆，家里wifi密码念一下，我手机连不上', 'none-found'],
    ['【招商银行】今晚8点 VIP专场开启，请登录掌上生活APP兑换。', 'none-found'],
    ['老婆我刚发错人了，晚上带你一起吃火锅', 'none-found'],
    ['奶奶，猜猜这是谁画的画？是你孙女！', 'none-found'],
    ['请致电客服热线95539（Airline hotline）', 'none-found'],
    ['妈，母亲节我送您一份礼物，已经寄出了', 'none-found'],
    // "As before" with a card number given is a new payee.
    ['房租还是打我老婆的卡，跟以前一样，卡号发你：6217 0000 1111 2222，今天内打', 'high-risk']
  ])('%s → %s', (text, verdict) => {
    expect(check(text).verdict).toBe(verdict)
  })

  it.each([
    // Mandarin words that hold the Cantonese ones stay as they are.
    ['請聯係客服', '请联系客服'],
    ['然而家长会', '然而家长会'],
    ['老豆腐好食', '老豆腐好食'],
    ['右边位置', '右边位置'],
    ['你猜下一个是谁', '你猜下一个是谁'],
    ['听日语', '听日语'],
    ['評估下我們', '评估下我们'],
    // 係 after 呢 or 嗰 and after a rewritten word; either script's 聽電話; 呢度.
    ['呢係騙局', '这是骗局'],
    ['呢個係騙局', '这个是骗局'],
    ['聽电话唔方便', '接电话不方便'],
    ['嚟呢度', '来这里']
  ])('prepares %s as %s', (pasted, read) => {
    expect(prepareText(pasted).text).toBe(read)
  })

  it('maps every character read back to the one pasted, after the Cantonese rewrites', () => {
    const pasted = '聽电话唔方便，即刻過五萬蚊去呢個戶口'
    const prepared = prepareText(pasted)
    // Each rewrite is as long as its word, so the account word still points at 戶口 in the paste.
    const at = prepared.text.indexOf('户口')
    expect(pasted.slice(prepared.origin[at], prepared.origin[at + 1] + 1)).toBe('戶口')
    expect(pasted[prepared.origin[prepared.text.indexOf('接')]]).toBe('聽')
  })
})

describe('round 56: what round 55 left open', () => {
  it.each([
    // The top-level domain told in words after the name.
    ['您的医保卡需年审，请在浏览器输入 ybj-gov 加上后缀 .top 进行认证，逾期停保。', 'high-risk'],
    // Hong Kong's toll top-up by a link (連結, 增值, 檢控).
    [
      '【易通行】你的帳戶餘額不足，上次過海隧道收費失敗，請即透過以下連結增值 hketoll-topup.net，以免被檢控。',
      'high-risk'
    ],
    // A "protection card" is the safe account by another name.
    [
      '您名下一张银行卡被他人冒用，为保护资金，需要您到附近ATM把钱转到本人新开的保护卡上，并把卡号告诉我们登记。',
      'high-risk'
    ],
    // The "real" police's own way after the definition of the scam.
    [
      '冒充民警称你涉嫌犯罪要转安全账户的都是骗子，真的民警会通过视频连线核查你的资金，加微信 jh110x 预约核查。',
      'high-risk'
    ],
    ['冒充民警称你涉嫌犯罪要转安全账户的都是骗子，真的民警不会让你转账，请拨打110核实。', 'none-found'],
    // "As before", but a new holder, a new card this term, a branch's account.
    ['号码同上个月一样，就是户名改成我外甥的了，你直接转过去，转好截图给我。', 'high-risk'],
    ['学费照旧打到王老师的卡上，这学期她用建行那张，卡号 6217 0011 2233 4455，今天之内交齐。', 'high-risk'],
    [
      '货款还是跟以前一样打到我们公司账户，只是这个月财务说走分公司的户：深圳市鑫达商贸有限公司 4405 0163 7788 0000 1234。',
      'high-risk'
    ],
    [
      '房租還是轉到我太太的帳戶，跟以前一樣，不過她最近改用郵局那本：0031234-0567890，戶名一樣。',
      'high-risk'
    ],
    ['这学期的学费照旧通过学校缴费系统交。', 'none-found'],
    ['今晚记得给阿婆打个电话，她想你了。', 'none-found']
  ])('%s → %s', (text, verdict) => {
    expect(check(text).verdict).toBe(verdict)
  })

  it('keeps the account paid before, to a spouse, from 高风险', () => {
    expect(check('房租还是转到我太太的账户，跟以前一样。').verdict).not.toBe('high-risk')
  })

  it('reads a Cantonese grandchild in trouble who asks for secrecy', () => {
    expect(check('阿婆，覆我電話啦，我出咗事，好急，等緊你，唔好話畀其他人知。').verdict).not.toBe(
      'none-found'
    )
  })

  it.each([
    ['域名是 cmb-pts，后缀是 cc', '域名是 cmb-pts.cc'],
    ['输入 ybj-gov 加上后缀 .top 认证', '输入 ybj-gov.top 认证'],
    ['请在浏览器输入 cmb-pts，后缀是点top', '请在浏览器输入 cmb-pts.top'],
    // "me" is a top-level domain, but no address is being told.
    ['我的英文名 Tom，后缀是 me', '我的英文名 tom,后缀是 me']
  ])('prepares %s as %s', (pasted, read) => {
    expect(prepareText(pasted).text).toBe(read)
  })
})

describe("round 56's trial: kinds it missed", () => {
  it.each([
    // A donation that pays back more than it takes.
    '【公益任务】为慈善基金会账户捐款，即可获得捐款额120%的返现！首单捐5元返6元，立即到账。单笔捐800返1000，多捐多返。',
    // Funds handed to someone to trade, with a guaranteed return.
    '【创投精英汇】各位股东注意！内部原始股名额最后三天开放。把资金交由三级股东统一操作，保证中新股，收益不低于百分之二十。',
    // A "干闺女"'s internal price after a free check-up's scare.
    '干妈，我是小芳呀！上次免费体检报告出来了，专家说您血管里有斑块，再不调理很容易中风。这款深海鱼油别人买要一万二，我给您争取到内部价八千八。',
    // Taiwan's refund by a link that asks for the ID number and the card.
    '【台電】您上期電費計算錯誤，溢收金額NT$1,862，可點擊下方連結申請退款：taipower-refund.com.tw-rf.xyz 請輸入身分證字號及信用卡資料完成驗證。',
    // The code, the freeze and customer service in pinyin or initials; crypto bought as "U".
    '阿姨好我是社区网格员，今年有笔老人取暖补贴500元要打到您卡上。等下手机会收到一条yan zheng ma，您念给我听。',
    'Honey你还在犹豫吗？这个平台赚汇差，我上个月翻了一倍。你先去买点U转进来。提现要交deposit也正常。',
    // A live stream's collectible bought back at a fortune, kept from the children.
    '家人们！这套纪念币今天只要2999，三个月后团队上门按两百万回收，拍下的宝贝要藏好，千万别给家里孩子看。',
    // A Cantonese son who wants cash brought for his bail.
    '阿妈，我出事啦，俾差佬拉咗，你快啲拎四萬蚊嚟保我出去！唔好同人講。'
  ])('flags %s as 高风险', (text) => {
    expect(check(text).verdict).toBe('high-risk')
  })

  it.each([
    // A funeral broker's insider and a deposit.
    '家属节哀。我在殡仪馆有熟人，保证明天第一个做遗体告别，今天先交6000元定金给我，我帮您全部打点好。',
    // A donation to a person's own account.
    '我哋係XX關懷協會登記咗嘅個案，捐款請直接過數去呢個戶口，或者FPS轉俾我，多少都好。'
  ])('flags %s', (text) => {
    expect(check(text).verdict).not.toBe('none-found')
  })

  it.each([
    // A gas company's free check that sells nothing; a community's talk on scams.
    '【港华燃气】尊敬的用户，我公司将于12月11日对本小区开展免费入户安检，工作人员统一着装、佩戴工牌，安检不收取任何费用，不推销产品，如有疑问请拨打燃气服务热线核实。',
    '【幸福社区】本周五下午2点在社区活动室举办老年人防诈骗讲座，民警现场讲解保健品、冒充亲友借钱等骗局，欢迎各位老人参加，现场免费测血压。',
    // "kfc" is no customer service.
    '周末带孩子去吃kfc，顺便买点菜'
  ])('does not flag %s', (text) => {
    expect(check(text).verdict).toBe('none-found')
  })
})

describe("round 56's review: the new readings kept to their kinds", () => {
  it.each([
    '【快递理赔】您的包裹丢失，理赔入口：域名 kd-lipei，后缀点 top，进入后输入银行卡和短信码领取赔付。',
    '王总，货款还是按之前的流程付，只是这次走我们深圳分公司的账户，户名深圳鑫达贸易有限公司，账号6228 4800 9988 7766，今天下午前安排一下，我在开会不方便接电话。',
    '媽，我電話跌咗落水，呢個係我新號碼。有個朋友急住要錢，你幫我入返$8000去佢個戶口，恒生 024-123456-001，聽日還返你。',
    '【爱心公益】捐款100元即可加入爱心互助会，每月返还善款收益15%，一年回本还能行善积德。',
    '诚邀参与“红色慈善”公益，捐赠5000元可获得国家发放的扶贫分红，每日到账，政府背书。',
    '亲，你的账户已被冻结，需要交bao zheng jin 2000才能解冻提现。',
    '煤氣公司安全檢查通知：師傅明日上門，你家喉管要換不鏽鋼喉，另加裝自動熄火掣，現金$1200。'
  ])('flags %s as 高风险', (text) => {
    expect(check(text).verdict).toBe('high-risk')
  })

  it.each([
    '姐，生活费照旧，不过这个月她说用农行那张，卡号6228 4800 1234 5678 户名李芳，你直接转就行，别问她了她在考试。',
    '阿叔，租金照舊，不過而家入返我個新戶口，中銀 012-345-6789，戶名陳大文，今日入咗話俾我知，舊戶口唔用喇。',
    // A signed notice on the stairs that charges for a part all the same.
    '【燃气公司】近期开展入户安全检查，您家燃气管老化必须更换，我们上门服务人员将收取更换费和报警器费共680元，不换将停气。',
    '社区免费体检结果出来了，您的血管堵塞指数偏高，专家建议服用我们的纳豆激酶套装，原价9800今天活动价3980，不吃会有中风风险。',
    '免費身體檢查報告顯示你有三高風險，我們的保健品一個療程$6800，保證三個月停藥。'
  ])('flags %s', (text) => {
    expect(check(text).verdict).not.toBe('none-found')
  })

  it.each([
    '【反诈中心】近期出现“原始股”“Pre-IPO保本保息”骗局，任何承诺保证回报的股权投资都是违法的，请勿参与。',
    '香港警務處：「防騙視伏App」可查詢可疑網址及戶口，如有懷疑請致電18222。',
    '北京市旅游委赠您手机报,点链接可阅http://www.nms139.com/visitbeijing/xhs1.nms,服务热线12301。'
  ])('does not flag %s', (text) => {
    expect(check(text).verdict).toBe('none-found')
  })

  it.each([
    // A purchase "set up as instalments" undone at an ATM; an Octopus card's failed top-up re-bound by a link.
    '您好，這裡是XX購物客服，因系統錯誤您被設定為分期付款，請至ATM依指示操作解除。',
    '【八達通】您的八達通自動增值失敗，請點擊 octopus-hk.vip 重新綁定信用卡，以免服務暫停。',
    // Pinyin words and an English "code".
    '老师让我们加 wei xin 群，说内部消息，跟着买 gu piao 保证 zhuan 30%。',
    '您的快递丢件了，理赔请提供shen fen zheng号和yin hang ka号，以及收到的duan xin yan zheng ma。',
    '你 WX 被举报了，要进 yan zheng 流程，把手机上刚收到的 6 位 code 告诉我，不然 feng hao。'
  ])('flags %s as 高风险 (second batch)', (text) => {
    expect(check(text).verdict).toBe('high-risk')
  })

  it('reads a "real" officer who insists on a video call as an officer', () => {
    expect(
      check('不要相信那些说公检法不加微信的，我们办案也要用微信视频核实身份，你现在打开视频，配合做笔录。')
        .verdict
    ).not.toBe('none-found')
  })

  it('reads no ask in a fee that is waived', () => {
    expect(
      check('民政局通知：基本殡葬服务费用减免政策，请持死亡证明到殡仪馆窗口直接办理，无需缴纳任何中介费。')
        .verdict
    ).not.toBe('high-risk')
  })
})

describe("round 56's blind set: its kinds, read after it was measured", () => {
  it.each([
    // Cash to be picked up downstairs; a supplier's payment redirected while its old account "pauses".
    '爸，是我，我这边出急事了，开车把人撞了，对方家属说不给三万就报警。你赶紧取现金，一会儿有个人去咱楼下拿。千万别告诉妈。',
    '我司财务系统本周升级，原德国账户暂停收款，本次30%定金15,600美元请改汇至以下香港账户：Account No.: 012-xxx-xxxxxx。请今天内安排并把水单发我。'
  ])('flags %s as 高风险', (text) => {
    expect(check(text).verdict).toBe('high-risk')
  })

  it.each([
    // A government payout taken at an ATM, and a warning that names the card number asked for.
    '【財政部】普發現金可透過ATM、登記入帳或至郵局臨櫃領取，相關資訊請以財政部官方網站公告為準。政府不會以簡訊傳送連結要求您輸入信用卡號或網路銀行密碼。',
    // A company's own procedure against redirected payments.
    '财务部内部通知⏎近期同行多家企业发生“邮件冒充供应商变更收款账户”诈骗。即日起：所有供应商收款账户变更，必须由对方出具加盖公章的变更函原件，并由采购经办人按合同中原有联系电话回拨核实，财务经理与分管副总双签后方可付款。任何通过邮件、微信临时要求改账户、催急款的，一律暂停支付并上报财务经理。',
    // A rental paid through an agency's escrow account.
    '付款方式：经××房产经纪机构居间，押金及首期租金通过该机构资金监管账户划转至甲方本人名下银行账户（户名：刘某华），甲方出具收据。'
  ])('does not flag %s', (text) => {
    expect(check(text.replace(/⏎/g, '\n')).verdict).toBe('none-found')
  })
})

describe("round 56's blind set: fees an honest notice denies", () => {
  it.each([
    '【门店招聘】XX奶茶城南店招周末兼职，时薪22元，工资按周通过平台发放。无押金、无培训费，直接到店面试（带身份证）。',
    '公司在招聘及入职过程中不收取任何费用（包括押金、保证金、培训费、服装费）。'
  ])('reads no ask in %s', (text) => {
    expect(check(text).because.map((b) => b.id)).not.toContain('money-from-someone')
  })
})

describe("round 56's second review: the readings kept to their kinds", () => {
  it.each([
    // "As before", but a new holder: a colleague's own account, a roommate's Alipay, a teacher's card this term.
    '王会计你好，本月货款还是按老规矩打，不过这次收款人换成我们财务小李的个人账户 6222 0212 3456 7890，户名李娜，今天下班前安排一下。',
    '小王，还是按上个月的方式交房租，只是这次打到我室友的支付宝上，账号 138xxxx5678，我这边收不了。',
    '家长您好，补课费照常交，这学期换成李老师个人卡了，卡号 6228 1234 5678，请尽快转。',
    // A Cantonese gas check that names the part before its 換.
    '煤氣公司職員上門檢查，話你個喉管過咗期要即刻換，仲要換埋個掣，收你$680現金，唔換就要停氣。',
    // An honest phrase borrowed: no deposit, then a fee after joining; 当面确认 beside a prize's tax.
    '招聘居家打字员，无押金、无培训费，日结200+。入职后需购买工作软件会员298元即可接单，名额有限。',
    '恭喜您中奖，领奖前请先缴纳个人所得税2000元到以下账户，这是我们当面确认过的官方账号，放心转。',
    // A donation that pays back the more you give.
    '扶贫捐款新模式：捐款后可按比例领取回馈金，捐得越多返得越多，邀请好友再加5%。'
  ])('flags %s as 高风险', (text) => {
    expect(check(text).verdict).toBe('high-risk')
  })

  it.each([
    // A bank's advice to call back its own number; the HK police's own app; a gas company's free meter; a renovation's
    // escrow; a licence renewed in person or on GovHK.
    '银行提醒：如接到自称银行工作人员的来电，请挂断后回拨官方客服95588核实。',
    '香港警務處提示：請下載防騙視伏App，輸入可疑電話號碼或網址即可查詢風險。',
    '港华燃气：您家燃气表即将到期，公司免费更换，工作人员持证上门，不收取任何费用。',
    '装修款存入银行装修资金监管账户，按工程节点验收后支付给装修公司。',
    '運輸署提示：閣下車輛牌照將於下月到期，請親臨牌照事務處或經政府一站通網站續領。',
    // A fine paid at Taiwan's convenience stores or its own 監理服務網.
    '【高雄市政府交通局】您的車號ABC-1234於09/03違規停車，罰單已寄至車籍地址，請於期限內至監理服務網或超商繳納。'
  ])('does not flag %s as 高风险', (text) => {
    expect(check(text).verdict).not.toBe('high-risk')
  })
})

describe('round 56: a fine paid at a counter, or by a link', () => {
  it('flags the same fine with a link to pay by', () => {
    expect(
      check('【交通局】您的車號ABC-1234違規停車，請於期限內至超商繳納，或點擊 tw-fine.top 線上繳費。').verdict
    ).toBe('high-risk')
  })
})

describe("round 56's code review: the new readings' edges", () => {
  it.each([
    // The writer giving a password; rent as usual; 按照; 入职; a switch turned off; a hose changed in 2023.
    'wifi密码是8位数字我发给你',
    '房东：房租照常交，钥匙在门口',
    '请按照链接中的要求填写信息',
    '你入职后办张工资卡就行',
    '煤氣公司話下星期三上門檢查，到時要熄咗個掣，換衫等佢哋10點到',
    '煤气公司上门安检，说软管没问题，去年换的，2023年换的那根还能用',
    // A doctor's word passed on, with no seller.
    '爸，降压药不吃容易中风，药店这周会员价128一盒，记得去买'
  ])('does not flag %s', (text) => {
    expect(check(text).verdict).toBe('none-found')
  })

  it.each([
    // Honest phrases borrowed by a scam: 请勿参与, the HK police's app, an anti-fraud talk that sells, 回拨核实 to an
    // unknown number, 即日起, an escrow named by a stranger, 当面确认 still to come.
    '恭喜您被选为内部会员，充值5000元进群即可稳赚，非会员请勿参与',
    '你涉嫌洗黑钱，请下载防骗视伏App配合调查，将资金转入监管账户',
    '社区防诈骗讲座：到场送鸡蛋，专家讲养生，现场特价保健品买二送一，名额有限请尽快报名，报名费20元',
    '您的账户存在异常交易，请回拨核实：400-820-1234，否则24小时后冻结',
    '即日起，您的医保卡将停用，请回复1办理',
    '为保障交易安全，请将购车款5万元转入平台交易资金监管账户，验车后放款给卖家',
    '您的存款需通过资金监管账户划转进行核查，核查完毕原路退回',
    '钱先打到我朋友的账户上，回头我们当面确认'
  ])('flags %s as 高风险', (text) => {
    expect(check(text).verdict).toBe('high-risk')
  })

  it.each([
    // A "free" meter with a fee after it; an ATM's voice guide to "collect" a subsidy.
    '燃气公司免费更换燃气表，需交材料费280元，师傅上门安装',
    '您的社保补贴已到账，请到附近ATM机按语音提示操作领取'
  ])('flags %s', (text) => {
    expect(check(text).verdict).not.toBe('none-found')
  })

  it.each([
    ['日赚500tou资项目', '日赚500投资项目'],
    ['3.5tou资', '3.5投资'],
    ['刚才发到你手机的yzm.告诉我一下', '刚才发到你手机的验证码.告诉我一下'],
    ['Y Z M 发我', '验证码发我'],
    // Addresses keep their letters.
    ['kf@abc.com', 'kf@abc.com'],
    ['jiaoyimao-kf.com', 'jiaoyimao-kf.com'],
    ['周末去kfc', '周末去kfc']
  ])('prepares %s as %s', (pasted, read) => {
    expect(prepareText(pasted).text).toBe(read)
  })
})

describe("round 56's third review: plain first messages", () => {
  it.each([
    // A busy "boss" who wants money moved from the company's account to one he sends.
    '小王，我这边在开会不方便接电话，有个客户的款要急着打过去，你先从公司账户走一下，账号我发你。',
    // A "buyer" who paid and sends a link to open 收款保障.
    '你好，你挂的那个包我要了，我已经付款了，但是平台说你的账户没开通收款保障，你按这个链接开通一下就能收到钱。',
    // A "bank" that checks the code; a "shop" that wants the order paid again by its code.
    '您好，我这边是招商银行的，您的信用卡有一笔积分即将过期，可以兑换话费，需要核对一下验证码。',
    '亲，您的订单由于系统原因没有成功，需要您重新扫这个码付一下，之前那笔会原路退回。',
    // A nephew abroad on a new number who wants money sent to a classmate.
    '舅舅，我是小明，在国外换了号码，有点急事，能先帮我给同学转一笔钱吗，回头我让我妈还你。',
    // A membership that "auto-deducts", cancelled for you: the condition 如不需要 denies nothing.
    '您好，我是抖音客服，您之前开通了一个会员服务，每月会自动扣800元，如不需要我们可以帮您取消。'
  ])('flags %s as 高风险', (text) => {
    expect(check(text).verdict).toBe('high-risk')
  })

  it.each([
    '你好，闲鱼上那个相机还在的，不过这边聊天不方便，你下个“XX聊”我们在那上面说吧。',
    '您好，我是建设银行信用卡中心的，您的额度可以提升到5万，需要核实一下您的卡号和有效期。',
    '你好，看到你在找工作，我们这边有个手机上就能做的活，每天一两个小时，日结，感兴趣吗？'
  ])('flags %s', (text) => {
    expect(check(text).verdict).not.toBe('none-found')
  })

  it.each([
    // A card payment made by scanning a merchant's code, in a bank's own receipt.
    '交易提醒\n银行卡尾号：9690（银联）\n交易类型：消费，云闪付APP扫码-财付通(银联云闪付)\n交易金额：人民币11.86元',
    // A real account change handled at the company: 从公司账户 with no busy boss and no new account.
    '王会计，下周一的差旅费从公司账户走报销流程就行，按OA审批来。'
  ])('does not flag %s as 高风险', (text) => {
    expect(check(text).verdict).not.toBe('high-risk')
  })
})

describe("round 56's second blind set: its kinds, read after it was measured", () => {
  it.each([
    // A "teacher" ordering for a school who has the shop pay her supplier first; the paste is labelled 【微信】, which
    // is no sender's signature.
    '【微信】陈老师(县实验中学)：老板你好，学校周五教师节活动，订你们家果茶120杯，走公账\n陈老师(县实验中学)：另外领导要给老教师准备燕窝礼盒，你们方便帮忙一起采购吗？我推个供货商给你，你先跟他下单\n陈老师(县实验中学)：他那边要先付定金才发货，你先垫一下，学校财务周五一起打给你',
    // An order "not yours" sent to a LINE account, cancelled against the clock.
    '如非本人訂購或對訂單有疑問，請點擊下方【問題回報】，將由專人透過LINE官方客服為您處理。逾時未處理視同確認訂單，取消須支付違約金。',
    // A supplier's payment redirected "for now" while its own account is audited.
    '李经理您好，\n由于我司德国账户正在进行年度审计，本批货款（EUR 54,900）请暂时支付至我们的香港结算账户：\n账号：012-578-3391046\n请勿再使用原合同上的账户。审计期间电话线路维护，有问题直接回复本邮件即可。付款后请把水单发我，谢谢！',
    // A wrong add into gold with a month's 47%.
    'Hi 陳生？唔好意思加錯人😅 不過都係緣份。我喺中環做倫敦金十幾年，我自己上個月回報有47%。有興趣我可以帶下你，連結 https://gold-hk-invest.vip ，五千蚊起。'
  ])('flags %s as 高风险', (text) => {
    expect(check(text).verdict).toBe('high-risk')
  })

  it.each([
    // WeChat Pay's own word on 百万保障: 免费 is no fee asked.
    '【微信支付】百万保障是微信支付为用户免费提供的资金安全保障服务，无需开通、无需续费，也不会自动扣费。微信支付不会以任何理由要求你下载会议软件、共享屏幕或转账。',
    // A teacher's notice paid in the school's own system, pasted with its group's name.
    '【微信群：三(2)班家校群】\n周老师：各位家长好，下学期校服征订开始了，请在“智慧校园”公众号-缴费大厅自主缴纳，每套168元，截止6月20日。班级群里任何人发的收款码都不要扫，我本人不会在群里收任何费用，有问题直接打我电话。',
    // A shop's warning that it sends nothing through LINE.
    '谨此声明：家乐福官方帐号目前未透过LINE发出任何礼券抽奖活动。'
  ])('does not flag %s', (text) => {
    expect(check(text).verdict).toBe('none-found')
  })
})

// Round 56's trial: the 研学 notice's 原话 began "…1,500.00（含交通、住宿、餐饮及保险）", the sum without its HKD.
test('a quote that would start at a sum’s digits starts at its currency', () => {
  const notice = (sum: string) =>
    `各位家长好！本学期暑期研学营现已开放报名，共三天两夜，费用为 ${sum}（含交通、住宿、餐饮及保险）。谢谢配合！`
  for (const sum of ['HKD 1,500.00', 'NT$2,000', 'HK$ 1,500']) {
    const quotes = check(notice(sum)).hits.flatMap((hit) => hit.quotes)
    const withDigits = quotes.filter((quote) => quote.includes(sum.replace(/^\D+/, '')))
    expect(withDigits.length).toBeGreaterThan(0)
    for (const quote of withDigits) expect(quote).toContain(sum)
  }
})

// Round 57's blind set (/tmp/t57: older people, village life, small shops and students; measured once on 78d92e6: 40
// (32) of 50 scams, 3 (2) of 40 genuine flagged) and attacking review (/tmp/r57: long pastes, messy typing, Hong Kong and
// Taiwan; 74 (65) of 80, 13 (6) of 80). Their kinds, each in words of its own.
describe("round 57's blind set and review: the kinds they found", () => {
  it.each([
    // A claims clerk who sends you to his colleague's WeChat and a form for your card.
    '我是中通快递理赔中心的，您的包裹运输途中丢失了，按三倍给您理赔。您加一下理赔专员的微信，填一下收款卡号就行。',
    // A "grandchild" on a new number who will not say who, in Cantonese.
    '阿嫲，係我呀，估唔估到我係邊個？我換咗新號碼，你save低先啦。',
    // A customer who wants money for a bad review not posted.
    '老板，你家外卖吃出虫子了，照片都留着。私下转我800就算了，不然发平台。',
    // A buyer's code to "open" the seller's protection.
    '东西我拍了，平台说你没开通消费者保障付不了款，你扫下截图上的码处理下',
    // A house to mortgage for "returns", kept from the children.
    '王叔，您把房子抵押贷出60万放我们平台理财，每月给您返8000生活费，三年到期本金退还，儿女那边不用惊动。',
    // Round 57's second blind set: a boss's new WeChat with something to hand over, a buyer's escrow link, a seller's 金流服務 and the "客服"'s LINE, a card for company turnover, a cousin's
    // video that asks money for a client, 收U paid to his wallet first.
    '小李，我是刘总，这是我新微信，老号开会用不了，你先加我一下，等会儿有事交代你。',
    '兄弟你那个号还卖不？我出2800，走平台担保交易，安全，我把链接发你。',
    '你好我要買你的嬰兒推車，但我在蝦皮下單一直失敗，客服說是你的賣場還沒簽署金流服務，我把客服LINE給你，你跟他聯繫一下喔',
    '哥，你有没有不用的银行卡？帮我们公司过一下货款流水，一天五百，不用你出一分钱。',
    '表哥刚才微信视频给我，说在外地谈生意信号不好，然后打字说他的卡被限额了，让我先帮他给客户转18万，晚上就还我。',
    // Round 57's second review: a donation to a named person's card or to FPS, a fake 12381 with a landline, a
    // police "check" that asks for the ID's photos and the card before the day ends, a fake anti-fraud app with
    // screen sharing by Friday.
    '一方有难八方支援！西藏定日6.8级地震，灾区群众急需帐篷棉被。每捐100元可获电子荣誉证书。捐款账户：王建华 建设银行 6217 0033 1234 5678',
    '宏福苑火災災民急需援助，我係災民家屬，屋企全部燒晒，求各位好心人幫幫手，轉數快 FPS: 9321 7765，多少都好，唔該晒。',
    '【12381】您的手机号近期与涉诈号码有通话记录，已被列入风险名单。为避免停机，请于24小时内拨打 0755-83321567 解除风险标记。',
    '我是城关派出所的民警，你的身份证信息需要核实，请把你的身份证正反面照片和银行卡号发给我，今天下班前要报上去。',
    '根据反诈工作要求，所有退休人员需在本周五前下载“全民反诈安全卫士”APP进行手机安全检测，下载链接 qmfz-ws.com ，检测时需开启屏幕共享并登录网银。',
    // A prize quiz that opens with a warning, then a code to scan and a form for the card.
    '各位居民：近期诈骗高发，社区联合派出所开展反诈知识有奖问答，答对10题即可领取50元话费，扫码参与，需填写姓名、身份证号、银行卡号用于发放奖励。',
    // A letter-spaced code asked back, digits full-width.
    '阿 姨 刚 才 我 把 验 证 码 发 错 到 你 手 机 上 了 ， 麻 烦 你 把 那 个 ６ 位 数 字 发 我 一 下',
    // English words in a refund script.
    'Hi 亲，你的Taobao order有问题，system显示重复扣款，我们要refund给你，麻烦加一下我们refund专员QQ 2839110476 处理一下',
    // A flat whose owner is abroad, a deposit "to hold it" tonight.
    '業主而家喺加拿大，唔方便親身睇樓，我可以視像帶你睇。今晚轉$20,000訂金我即刻幫你留，聽日發合約俾你。',
    // A bank card rented out by the day.
    '你那张不用的银行卡借我过几天账，一天给你500，就是走个流水',
    // A "loan" paid out once you pay first.
    '你先转账到这个卡 6222 0212 3456 7890 123，转完截图给我，我这边马上给你安排放款',
    // A spoken threat and an ask for the card.
    '喂 阿姨 我这边是社保中心的 你那个社保卡 要升级 不升级就不能用了 你把卡号 还有身份证号 报给我',
    // A Hong Kong bank's "charge" to cancel on a mobile.
    '【滙豐】您的信用卡有一筆HK$8,888的網上消費，如非本人操作請立即致電 5302 8876 取消交易。',
    // A game partner's top-up.
    '哥哥，我带你上分好不好，我们游戏里可以结情侣，你帮我充一下，给你发个代充链接，520就行',
    // Round 56's review, left open then: a toll "to press the link below", a ticket's deposit by WeChat, a pet's
    // freight paid before it ships.
    '易通行HKeToll提示：你嘅車輛有未繳隧道費$38，請即撳以下link繳付，否則會收到罰款通知書。',
    '演唱会内场票我有渠道，原价1280，我这出2000，先交500定金锁位，开演前一天发电子票，微信转账。',
    '你好，你要的那只英短猫已经准备好了，运费600和航空箱钱300先转一下，明天发货。',
    // 医保 that "clears" unless you reply.
    '您的医保个人账户余额年底清零，回复Y可办理转存至社保卡，过期作废。'
  ])('flags %s as 高风险', (text) => {
    expect(check(text).verdict).toBe('high-risk')
  })

  it.each([
    // A village head's notice: pay in the tax mini-program; his warning names the scam's words.
    '村委会：2026年度城乡居民医保开始缴费了，每人400元（政府补贴后）。微信搜索“XX税务”小程序自助缴，截止12月31日。村里不收现金、不收个人微信转账。有人打电话说医保要“升级”“清零”的别信。',
    // MIIT's warning about the number that just called.
    '【12381】您刚接听的+852 6817 3390号码已被多人标记为涉嫌诈骗，请警惕对方以任何理由要求您转账、提供验证码或开启屏幕共享。',
    // A class group: the school's own system, a warning against codes, and an open day.
    '班主任李老师: 本学期教辅材料费已在学校统一缴费平台开通，请在“XX市中小学缴费”小程序缴纳，每人126元，截止到本周五。\n班主任李老师: 学校不会让家长向老师个人转账，群里任何人发二维码收费都不要扫。\n班主任李老师: 周三下午家长开放日，请带身份证登记入校。',
    // A tradesman's deposit with an invoice and the balance after the test.
    '刘师傅: 材料我带，发票给你\n刘师傅: 一共4800，先付一半定金，做完闭水试验再付尾款\n刘师傅: 转我微信就行，我给你写收据\n刘师傅: 周二早上八点到',
    // A school card that pays the trip.
    '王老师: 研学费用是学校统一通过“校园一卡通”扣的，每人380，不用转给我\n王老师: 您在一卡通小程序里查一下，不够就充值',
    // An English refund notice keeps its words.
    'Your refund of HK$200 has been processed. Customer Service: 2888 8888',
    // An ordinary time with spaces.
    '明天下午 3 点 30 分在小区门口集合',
    // Round 56's blind set, left open: an HR e-mail's internal line, a university's "reply to this mailbox".
    '各位同事：2025年度调薪已完成，电子工资条请登录公司OA系统查看。如对结果有疑问，请于5月20日前联系所在部门HRBP或拨打内线8021。',
    '同学你好：学校不会通过社交媒体或个人账户收取学费。如收到可疑付款请求，请回复本邮箱或联系国际学生办公室。',
    // Round 57's second review: a school's notice that names whom not to pay, a community officer's story of a call,
    // a grandchild who says to call Taiwan's 165, a mother afraid to transfer to the wrong place.
    '各位家长：本学期教辅资料费、作业本费共计86元，请通过学校“智慧校园”小程序缴费，截止9月15日。学校不收现金，也请不要转账给老师个人。如有疑问请致电学校财务室。',
    '各位家长：班费收支明细已公示在班级群文件里，本学期不再另收班费。如需缴纳校服费，请走学校统一缴费平台。',
    '各位邻居好，我是辖区派出所社区民警老赵。最近小区有老人接到电话，对方自称公安局，说他涉嫌洗钱，要他把钱转到“安全账户”。大家记住：公检法没有安全账户，不会电话办案，凡是让你转账的都是诈骗，接到就挂，拨打96110或者来警务室找我。',
    '您好，我是城东派出所的民警，您上周报案的电动车被盗一案已有进展，麻烦您明天上午带身份证来所里一趟做个笔录，有问题可拨打派出所值班电话。',
    '闺女，你爸让我给你转三千块过年用，这个微信转账是点右下角那个加号吗？我怕转错了，你教我一下。',
    // Round 57's second blind set: a school that names its own finance office, a teacher's trip notice.
    '缴费方式：请通过“杭州市中小学生缴费平台”微信小程序缴纳，截止日期为3月15日。班主任和任课老师不会在班级微信群、QQ群内发送收款二维码或个人账户。如有疑问请咨询学校财务室：0571-8690 3321。',
    '班主任周老师：研学费用每生65元，请于4月3日前通过“智慧校园”APP—“缴费中心”缴纳。特别提醒：班级群内任何人发收款码、接龙收费都不是学校行为。孩子的药出发前交给随队老师并写好用法。',
    // An offer letter: bring the originals in person, the company's front desk to check it, no fee taken.
    '报到时请携带：身份证原件及复印件、一寸照片2张。社会保险及公积金自入职当月起按规定缴纳，另有年终绩效奖金。我司不会以任何名义向新员工收取培训费、押金或保证金。如需核实本邮件真实性，可拨打公司前台座机0571-8765 2210。'
  ])('does not flag %s', (text) => {
    expect(check(text).verdict).toBe('none-found')
  })
  it("leaves a family's bill split with its receipt shown at most 可疑: no emergency is pressed on anyone", () => {
    const bill =
      '大哥：阿嬤跌倒骨折要開刀，自費的特材大概要8萬多。\n二姊：我出3萬，看護費用大家平分吧。\n大哥：好，醫院說在批價櫃台刷卡就可以，我先刷，你們再轉給我。收據我拍照傳上來。'
    expect(check(bill).verdict).not.toBe('high-risk')
    expect(check(bill).hits.map((hit) => hit.signal.id)).not.toContain('pressure-emergency')
  })
})

// Round 57's code review (/tmp/cr57/review.md): scams that borrow the round's new guards, and ordinary messages its new
// patterns first read too broadly.
describe("round 57's code review: the round's guards kept to their kinds", () => {
  it.each([
    // A fake teacher who borrows the school's own warning, then names whom to pay.
    '其他人发的收款码非学校行为，请以班主任王老师的个人微信收款为准，资料费150元今天下班前转给王老师。',
    // A "mini-program" to search that asks for the card.
    '微信搜索“惠民补贴”小程序，填写银行卡号即可领取800元补贴，今天截止',
    // A mainland mobile that starts 165.
    '有事请打165 1234 5678联系专员办理退款。',
    // A cash-on-delivery "gift" in a courier's SMS with no courier named, and in Cantonese.
    '您有一个到付的包裹，是您孙子给您买的保健品，到付费用1680，请在家等候签收。',
    '阿婆你好，你个仔帮你买咗部按摩机，货到付款2980，我哋下昼送到。',
    // A donation to a person named without a colon.
    '水灾善款请汇至：收款人 张伟，中国农业银行 6228480012345678901。',
    // A game account's "platform" whose address the buyer sends (round 57's third blind set).
    '兄弟，你这个号卖吗？我出2500收。我们走平台交易，我发你个网址“牌鸿淘.top”，你在上面挂售，我这边下单付款。'
  ])('flags %s as 高风险', (text) => {
    expect(check(text).verdict).toBe('high-risk')
  })

  it.each([
    // A son's own gift paid on delivery, and a husband who paid it already.
    '爸，儿子给你网购的血压计今天到，是货到付款，一共268，你下楼拿一下就行。',
    '老伴，女儿给你买的药到了，到付费用320，我先帮你付了。',
    // A bank's loan contract signed in its own app.
    '【建设银行】您的贷款已审批通过，请先打开建行手机银行签署借款合同，签署后当日放款。',
    // School notices with a weekday deadline and a QR code.
    '请各位家长本周五前扫描下方二维码完成安全教育平台作业。',
    '老师：下周一前请家长扫一下截图里的二维码填写问卷，不收任何费用。',
    // A seller who keeps the deal on the platform.
    '咱们走闲鱼担保交易吧，我把商品链接发你，你拍下就行',
    // A donation to the Red Cross from the donor's own account.
    '【中国红十字会】河南水灾捐款请汇至中国红十字会总会账户，请使用本人账户汇款并保留凭证。',
    // A community's own office for a subsidy, a research group, a chat in Cantonese.
    '高龄津贴待领取的老人，请联系本社区居委会王主任，电话0755-83456789。',
    '欢迎加入导师课题组，下周一组会。',
    '有咩事whatsapp我啦，今晚返到屋企再倾。',
    // A customer's complaint that asks only for the refund.
    '老板，这个菜有问题，给我退款，不然发平台投诉。'
  ])('does not flag %s as 高风险', (text) => {
    expect(check(text).verdict).not.toBe('high-risk')
  })

  it("reads a signed bank's threat and deadline to log in and verify as 可疑 at least (round 57's fresh tester)", () => {
    expect(check('【工商银行】您的账户异常，请登录验证，否则冻结').verdict).not.toBe('none-found')
    expect(check('【工商銀行】您的賬戶異常，請登錄驗證，否則凍結').verdict).not.toBe('none-found')
  })

  it('reads a borrowed 请警惕 before an ask as no warning: the ask reads as it would alone', () => {
    const ask = '本次高龄补贴请加社区专员微信sq6688登记领取，名额有限。'
    expect(check(ask).verdict).not.toBe('none-found')
    expect(check(`请警惕冒充人员，${ask}`).verdict).toBe(check(ask).verdict)
  })

  it("reads a bank's warning on a transfer out, with its condition on the reader, as the warning it is", () => {
    expect(
      check(
        '【中国工商银行】您尾号3302的账户于03月14日15:06向个人账户转出50,000.00元。如您正在按陌生人指示转账，或对方自称公检法、客服、投资老师，请立即停止操作并拨打95588或110。'
      ).verdict
    ).not.toBe('high-risk')
  })
})

describe("round 58: an attacking review's kinds far from the issue's examples, and a blind set's false alarms", () => {
  // /tmp/r58 (80 + 80, frozen before the run): a problem said another way (不达标, 停运, 被下架, 将于今晚停机), a payment
  // account asked for (支付宝账号), a relative's word the lists lacked (表弟, 舅妈), a borrowed phone with 的, a fall
  // (晕倒送医), a former boss (上司) with a favour.
  it.each([
    '【中国联通】您的号码因未完成实名二次认证，将于今晚停机，请回复身份证号及姓名至本号码完成认证。',
    '舅妈我是你外甥阿伟，手机摔坏了用的朋友的号，我打架把人打伤了在派出所，要交8000保证金，你先帮我垫上，别告诉我妈，她身体不好。',
    '阿姨您好，我是您女儿的大学室友，她今天在宿舍晕倒送医了，手机在我这儿，医生说要先交5000元检查费才能做CT，您先转我微信，她醒了再给您回电。',
    '【拼多多售后】您好，您购买的儿童保温杯经抽检不达标，平台给予三倍赔付，请添加理赔专员QQ办理。',
    '亲，您在饿了么下单的商家涉及食品安全问题已被下架，我们将给您双倍补偿，请提供支付宝账号，我这边给您操作。',
    '【12306】您购买的G1234次列车因线路调整停运，可办理退票并获得200元延误补偿，请添加工作人员微信 tlkf***66 登记。',
    '在嗎？我係你以前嘅上司陳生，換咗新號碼，有件事想請你幫手，方便時回覆。'
  ])('%s is 高风险', (text) => {
    expect(check(text).verdict).toBe('high-risk')
  })

  it('reads a favour to do at once from a busy boss as worth checking', () => {
    expect(check('李总，在不在？我这边开会不方便接电话，有个事需要你马上办一下。').verdict).toBe('suspicious')
  })

  // The review's false alarms (a roommate's message for a flat phone, a reply to reschedule, the school's own phone)
  // and round 58's blind set's (/tmp/t58, measured once: 5 (4) of 50 genuine flagged): an employer's first day asking
  // for the ID and the wage card, a check-up the employer settled, a government's cash handout paid to registered
  // accounts, an interview with 李同学 and 招聘网站.
  it.each([
    '阿姨您好，我是晓雯的室友，她手机没电了让我跟您说一声，她今晚在图书馆复习，晚点给您回电话。',
    '【XX公司】您好，诚邀您于7月3日（周三）上午10:00参加物流主管岗位面试，地址：XX区XX路88号3楼人力资源部，请携带简历和身份证原件。如需改期请回复本短信。',
    '各位家长好，我是新接班的班主任李老师，班级群不变，以后通知都在这个群里发，有事可以打学校电话联系我。',
    'HR 刘敏 10:05\n王先生您好，欢迎加入顺远物流！请于6月23日（周一）上午9点到公司3楼人事部办理入职，带好：\n1. 身份证原件及复印件2份\n2. 学历证书原件及复印件\n3. 一寸白底照片4张\n4. 近三个月内体检报告（也可到公司指定的市二院体检，费用入职后凭发票报销）\n5. 本人名下工商银行卡复印件（用于发工资，只需卡号，不需要密码）\n有问题打我座机0571-86502231。\n新公司要银行卡复印件和身份证复印件，这个正常吗？面试的时候见过刘敏本人。',
    '【康华健康体检中心】王女士，您预约的6月22日入职体检套餐已确认，请当日早上空腹，8:00-9:30到中心二楼前台登记，携带身份证。费用1,280元已由单位统一结算，现场无需缴费。',
    '【財政局】2025年度現金分享計劃將於7月起陸續發放。已登記銀行轉帳之合資格居民，款項將直接存入帳戶；其他人士可憑身份證到指定銀行分行領取支票。政府部門不會以電話或短訊要求市民提供銀行密碼或驗證碼。',
    '【启明科技】李同学您好，感谢投递“行政助理”岗位。诚邀您于6月17日14:00到公司现场面试（地址：高新区创业大道66号A座5楼），请携带简历和学历证书复印件。面试不收取任何费用。联系人：人事部孙女士 0755-86327190\n是我在招聘网站上投的那家，网上也查得到这家公司，去面试没问题吧？'
  ])('%s is no alarm', (text) => {
    expect(check(text).verdict).toBe('none-found')
  })
})

describe("round 58's second blind set (/tmp/t58b, the same trick in other words; measured once: 49 (47) of 50 scams, 10 (5) of 50 genuine flagged)", () => {
  // Reminders that define the trick and call it fake (凡是…的，都是…诈骗; 任何…的都是假冒), a boss's and a teacher's
  // advice to check with them, a lottery win cashed at the 彩票站, a fee a game's own market already took.
  it.each([
    '提醒:凡是在微信群、QQ群里自称老师、导师,承诺稳赚不赔、保证收益,并要求下载非官方App入金的,都是非法荐股或诈骗。炒股请通过持牌证券公司的官方App开户交易。',
    '后援会公告:巡演周边只在官方商城和演出现场售卖,签名照只通过官方抽奖赠送,不收取任何费用。任何私聊说发红包返利、付费领签名照的都是假冒,请大家注意。',
    '各位,下周一开始所有对外付款必须走OA审批,财务只认系统里的付款单,我本人也不会在微信里让你们直接转账。谁收到“我”的私聊要钱,直接打我办公室电话核实。——张总',
    '各位家长晚上好:最近有家长问起资料费的事,统一说明一下。本学期的教辅资料由学校按教育局规定统一征订,费用已包含在学期初公示的代收费里,通过学校智慧校园缴费平台统一收取,平台会给每位家长推送带学生姓名的缴费单,交完自动出电子票据。班级群里老师不会发收款码、不会发群收款,也不会私聊让您转账。近期外地有骗子混进家长群、改成班主任的头像和名字发收款码,请大家留意,凡是群里突然催交钱的,先打我电话或到校核实。本群已开启进群验证,陌生人请勿拉入。——三(2)班 王老师',
    '双色球中了个五等奖,10块,彩票站当场兑的现金。',
    '我把多余的几件装备放到游戏自带的交易行里卖了,系统扣了5%手续费,游戏币两天后自动到账,没跟任何人私下联系。'
  ])('%s is no alarm', (text) => {
    expect(check(text).verdict).toBe('none-found')
  })

  it('reads Cantonese sextortion paid by 過數 within 一個鐘 as 高风险', () => {
    expect(
      check(
        '靚仔,你頭先喺鏡頭前面做咩我全部錄低咗。你Facebook啲朋友同屋企人我都搵到晒,如果唔想段片放上網,即刻過$20,000去以下戶口,過咗數我就刪片。俾你一個鐘。'
      ).verdict
    ).toBe('high-risk')
  })

  it('keeps a fake notice that gives its own number to check with flagged', () => {
    expect(
      check('【社保中心】您的社保卡已被冻结，收到本短信后请直接拨打社保专员电话13912345678核实解冻。').verdict
    ).toBe('high-risk')
  })
})

describe("round 58's review of an older person's ordinary week (/tmp/r58b: 120 genuine, 40 scams; 7 (2) of 120 genuine flagged before)", () => {
  // A fraud seen through and told by the person it was tried on, a relative's word that a link is fake, a lift's
  // inspection, a fee already paid through the school's system.
  it.each([
    '老姐妹们，今天银行的小姑娘拦住我了，我本来要给"养老项目"投五万，她说这是非法集资，我差点就上当了，你们也当心那种高息理财',
    '爸，你转发给我的那个"养老金上调领补贴"的链接是假的，不要点，也别填身份证号，真的养老金调整会直接打到卡里',
    '各位业主：本周六上午电梯年检，8点到12点3号楼电梯停用，请大家提前安排出行，给您带来不便敬请谅解。物业',
    '爸，学费我交过了，学校缴费系统截图发你了，剩下的钱我自己留着当生活费，不用再转了'
  ])('%s is no alarm', (text) => {
    expect(check(text).verdict).toBe('none-found')
  })

  it('reads a stolen account told by the friend who checked it as no 高风险', () => {
    expect(
      check(
        '昨天有个说是我大学同学的人加我微信，聊了两句就找我借两万说住院，我打电话给同学本人，他说他根本没加我，号被盗了'
      ).verdict
    ).not.toBe('high-risk')
  })

  // A utility paid into a person's account, a gas meter changed "or the gas stops", an investment's yearly return.
  it.each([
    '【国家电网】您户电费已欠费3个月，今天下午将停电，请立即将欠费转至电费专用账户 6222 0210 xxxx 3321（户名：李某），转后回复。',
    '【XX燃气】您家燃气表需要更换新型智能表，工作人员明天上门，请先扫码支付安装费298元，不换将停气。',
    '王叔，我们这个养老公寓项目年回报18%，国家政策支持，投十万送一个床位，这个月是最后一期，你今天转到公司账户就能锁定。'
  ])('%s is 高风险', (text) => {
    expect(check(text).verdict).toBe('high-risk')
  })

  it('keeps a fake link given after calling another one fake', () => {
    expect(check('你转发的那个链接是假的，别点，点我这个 http://abc-gov.cc 才是真的').verdict).toBe(
      'high-risk'
    )
  })
})

describe('round 57 left open: health talks for elders', () => {
  it("reads a seller's signed invitation to a health talk with free eggs as worth checking", () => {
    expect(
      check(
        '【幸福健康生活馆】叔叔阿姨好！本周三、周五上午9点在人民路128号二楼举办健康养生公益讲座，到场即送一盒土鸡蛋加一袋大米，还有北京来的专家免费测血压血糖，连续听课满7天送电饭煲！名额只有50个，回复姓名加电话报名，记得带身份证登记会员。'
      ).because.map((b) => b.id)
    ).toContain('gift-sales-talk')
  })

  it('reads a free check-up that ends in a package sold today as worth checking', () => {
    expect(
      check(
        '社区免费体检活动，全程不收任何费用！老人凭身份证报名，体检后专家会根据结果推荐调理套餐，当天办卡只要2980元，明天恢复原价。'
      ).verdict
    ).not.toBe('none-found')
  })

  it("leaves a community's free clinic that says it sells nothing alone", () => {
    expect(
      check(
        '社区通知：本周六上午9点在社区服务中心开展“银龄健康”义诊活动，市第三医院医生免费测血压血糖，参加的老人每人送一袋挂面。不推销任何产品。'
      ).verdict
    ).toBe('none-found')
  })
})

describe("round 58's third blind set (/tmp/t58c: raw SMS as they arrive; measured once: 57 (53) of 60 scams, 0 of 60 genuine)", () => {
  // A courier's claim by a 400 number with the parcel lost far from its word, a live-stream lure with a spaced 薇, a
  // betting site's 买球 and 首存再送, a bank's credit offer sent elsewhere.
  it.each([
    '【顺丰速运】您的包裹（单号：SF1462809375）因地址错误丢失，我司将为您双倍理赔，请立即联系理赔专员 400-690-7326 办理。',
    '【世界杯竞猜】老会员专享🔥注册送188，首存再送100%，买球稳赚，登入 hg-988.com 输入邀请码6688，24小时在线出款。',
    '尊敬的客户您好，根据您近期信用良好，现可提升卡片信用额度50000元，详情点击：t-cn.cc/A6Pk2s 进入申请【建设银行】'
  ])('%s is 高风险', (text) => {
    expect(check(text).verdict).toBe('high-risk')
  })

  it('reads a card offer by a 400 number as worth checking, not 高风险: many card centres answer on one', () => {
    expect(
      check(
        '【中国银行】尊敬的持卡人，您的信用卡消费良好，已获提额资格，最高可提至8万元，请致电专属客服 400-622-8957 办理，名额有限。'
      ).verdict
    ).toBe('suspicious')
  })

  it('reads a live-stream lure that spells 薇 apart as worth checking', () => {
    expect(
      check(
        '哥哥 我是小雨 上次加你没通过😘 今晚一个人在家 想和你视频 加我 薇 ：xy_0520 注册直播间邀请码 7731 看我私密相册哦'
      ).verdict
    ).not.toBe('none-found')
  })
})

describe("round 58's third review (/tmp/r58c: spellings that dodge filters, 80 + 80 frozen before the run; on a5635df 76 (72) of 80 scams, 7 (1) of 80 genuine flagged)", () => {
  // Pinyin and initials (zhuanzhang, sfz, yhk), a sound-alike (搏彩), an emoji between 转 and the sum, capital numerals.
  it.each([
    '你好，我是公司财务，老板让我通知你，把下个月的货款先 zhuanzhang 到这个对公账户：6228 4800 1234 5678 910，今天下班前必须到账，老板在开会不方便接电话',
    '【中国移动】您的号码实名认证即将过期，请回复sfz号码+姓名+yhk号进行重新认证，逾期将停机。',
    '正规搏彩平台，充一百送五十，每日返水3%，澳门官方直营，稳赚不赔，注册网址 am8899.cc',
    '你刚才的视频已经录下来了📹 不想让你通讯录里的人都看到就转💰5000到这个账户 一个小时之内 不然全部发出去',
    '儿子，我是妈妈，手机丢了用的别人手机，你快转壹万伍仟元到这个账户，我在外面急用，卡号6228 4812 3456 7890 001 户名张丽，别打电话我这边说话不方便'
  ])('%s is flagged', (text) => {
    expect(check(text).verdict).not.toBe('none-found')
  })

  it('reads a word spelled with a mark between its characters', () => {
    expect(check('请立即把钱转到安.全.账.户，点.击.链.接核验').hits.map((h) => h.signal.id)).toContain(
      'channel-other-account'
    )
  })

  // A transfer's screenshot in pinyin, a shop's 到店付款, 学信网's own address, a boss's summons with the work to bring,
  // a code to keep (code in English).
  it.each([
    'zhuanzhang记录我截图给你了，房租3200，你核对一下，房东说收到了',
    '这是我们店的V信：mianbaofang_2019，以后订蛋糕直接加V信下单，提前一天预定，到店付款',
    '这个网站查学历挺方便的：学信网 chsi.com.cn，你登录一下把认证报告下载下来发给HR',
    '〈 张主任 ...\n张主任\n明天上午来我办公室一趟\n好的张主任\n把去年的合同带上\n按住 说话',
    '你在APP上登录不了？试试重置密码，code会发到你手机上，别告诉别人就行'
  ])('%s is no alarm', (text) => {
    expect(check(text).verdict).toBe('none-found')
  })

  it('keeps the words it reads as sound-alikes where they are everyday words', () => {
    expect(check('老罗聊了一会儿就走了，说明天去威信县').verdict).toBe('none-found')
  })
})

describe("round 58's last blind set (/tmp/t58d: every published family, measured once on fbf4ece: 50 (48) of 50 scams, 10 (9) of 50 genuine flagged)", () => {
  // A police station's call retold with the writer's own question (我问要不要交钱), a class's fee through the
  // school's platform with 不发收款码 and 看到…联系我核实, a bank's 不會…，要求你…, a ticket seller's 請勿…，或支付….
  it.each([
    '刚才城关派出所户籍室打来电话，说我上周丢的身份证被环卫工人捡到送过去了，让我这两天带户口本本人去窗口领，上班时间八点半到五点半。我问要不要交钱，民警说不用，也没问我银行卡之类的。我挂了以后打114查了派出所号码，跟来电一样。明天上午去拿。',
    '【四年级3班班级通知】各位家长好，本学期教辅资料费按学校统一标准为126元，一律通过区智慧教育缴费平台缴纳（学校公众号-缴费服务），班级群内不发收款码、不收红包和个人转账。如在群里看到任何人发收款码，请不要支付，及时电话联系我核实。——班主任 周老师 0571-8690 2213',
    '【滙豐】提提你：本行不會透過短訊或電郵向你發送任何超連結或二維碼，要求你登入網上理財或提供一次性密碼。如要查詢信用卡積分或更新流動保安編碼，請直接使用HSBC HK App。',
    '【官方售票提示】BLACKPINK香港演唱會門票只可經官方售票平台購買，所有門票均屬實名登記，入場時需核對身份證明文件。請勿經社交平台或二手平台向陌生人購票，或支付任何「認證費」。如懷疑受騙，請致電18222。'
  ])('%s is no alarm', (text) => {
    expect(check(text).verdict).toBe('none-found')
  })

  it("reads a public clinic's free check-up as no lure", () => {
    expect(
      check(
        '【社区卫生服务中心】65岁及以上常住老人可享受国家基本公共卫生服务免费年度体检，包括血常规、肝肾功能、心电图、B超等。请于4月1日至30日工作日上午7:30-9:30空腹携带身份证和医保卡到中心二楼体检科，不收取任何费用，不推销保健品。咨询电话：0371-6652 3190'
      ).verdict
    ).not.toBe('high-risk')
  })
})

describe("round 58's code review (/tmp/cr58: 232 probes of the round's changes; 35 genuine newly flagged and 11 scams lowered before its fixes, 1 and 0 after)", () => {
  it.each([
    '你把code发我，我帮你看看bug在哪',
    '明天员工行前培训，大家记得带工牌，额度申请的表格也一起交',
    '燃气公司通知：旧燃气表统一更换，不更换将停气，免费更换请拨打96777预约',
    '老公，用你信用卡帮我刷一下超市的账，一会儿就还你现金',
    '单位行政信息系统今晚升级，明早再登录',
    '老陈，我换新号了，旧号不用了，有事跟你商量，周末一起钓鱼'
  ])('%s is no alarm', (text) => {
    expect(check(text).verdict).toBe('none-found')
  })

  it.each([
    '兼职刷单，每日入账300-800元，加QQ详聊',
    '我是李局，明天上午来我办公室一趟，把报表带上，有个事要单独跟你说',
    '有骗子盗用了我的微信，这是我新号，你先借我五千，明天还你'
  ])('%s is still flagged', (text) => {
    expect(check(text).verdict).not.toBe('none-found')
  })
})

describe("round 59's review (/tmp/r59: an elder's paste as it arrives, 80 + 80 frozen before the run; on 611f6c8 74 (71) of 80 scams, 11 (7) of 80 genuine flagged)", () => {
  // Whole words in pinyin with their syllables apart, and the spaces between them gone (ni xian chong 2000).
  it.each([
    'nai nai shi wo, wo chu shi le, ni xian zhuan 3000 gei wo tong xue, bie gao su ba ma',
    'zai jia zuo jian zhi, gei shi pin dian zan, xian dian fu 200, fan li 30%',
    'nin hao wo shi kuai di ke fu, bao guo diu le pei chang 3 bei, qing xia zai APP gong xiang ping mu'
  ])('%s is 高风险', (text) => {
    expect(check(text).verdict).toBe('high-risk')
  })

  // Text read off a screenshot: O and l for digits inside a number, a top-level domain wrapped onto the next line.
  it('reads the letters a screenshot gives for digits inside a number, and nowhere else', () => {
    expect(prepareText('咨询 4OO-6O2-3318 王老师，划入1O8.50元').text).toBe(
      '咨询 400-602-3318 王老师,划入108.50元'
    )
    expect(prepareText('升级到iOS 17，型号Model1O0，top100').text).toBe('升级到ios 17,型号model1o0,top100')
  })

  it('reads a web address whose top-level domain a screenshot wrapped', () => {
    expect(
      check('【ETC服务】您的ETC已于今日停用，请登录 etc-abc.c\nn 重新认证，逾期将无法通行').hits.map(
        (h) => h.signal.id
      )
    ).toContain('channel-domain')
  })

  it('reads an appraisal fee paid before an auction as a fee first', () => {
    expect(
      check('高价回收纪念币，鉴定后须预付宣传费及入库费，拍卖成交后全额返还。咨询 4OO-6O2-3318 王老师')
        .verdict
    ).toBe('high-risk')
  })

  // An elder's own story of a call or a friend request they refused, told to the family: what the caller asked of them
  // (让我…, 要先交…) and how it began (今天又有人加我微信) are told, not asked (round 59's blind set).
  it.each([
    '妈，今天有个说是淘宝客服的打电话，说我开了会员要每月扣五百，让我下个软件共享屏幕他帮我关。我想起社区讲过，直接挂了，自己在淘宝里看了根本没扣钱。你们也注意点。',
    '老头子，刚才又有人打电话说咱家那套邮票能值八十万，让我先交三万鉴定费去北京拍卖。我想起电视上说先交钱的都是骗子，就说等儿子回来，他就挂了。',
    '闺女，今天有人加我微信，说能帮我把去年被骗的钱追回来，要先交什么手续费。网上说能追回的都是骗子，我就把他删了，还跟社区民警说了。'
  ])('%s is no alarm', (text) => {
    expect(check(text).verdict).toBe('none-found')
  })

  it('still reads a recovery offer that asks its fee as a scam', () => {
    expect(
      check('我是追损中心的，今天有人加你微信就是我们专员，你去年被骗的钱能追回，要先交2000元手续费').verdict
    ).toBe('high-risk')
  })

  it('reads a mixed form before the syllable inside it', () => {
    expect(prepareText('每天躺zhuan几百，zhuan钱快，ni xian zhuan 500').text).toBe(
      '每天躺赚几百,赚钱快,你先转500'
    )
  })

  // A return the company or the state "backs", a buy-back promised, a credit record "taken off the big data" for a fee.
  it.each([
    'XX康养以房养老惠民计划，房产抵押不过户，每月领养老金5000元起，国家政策支持，银行托底，年化收益12%，报名热线0731-88662157',
    '数字藏品限量发行，官方承诺回购，贬值公司兜底，阿姨您私聊我留个名额',
    '您的逾期记录我们能走申诉，帮您大数据下架，银行查不到，收费3800，先付一半定金'
  ])('%s is 高风险', (text) => {
    expect(check(text).verdict).toBe('high-risk')
  })

  it("keeps the state's 兜底保障 for those in need as no promise of profit", () => {
    expect(check('民政局通知：对特困老人实行政府兜底保障，请带身份证到社区登记').verdict).toBe('none-found')
  })

  // Cantonese: a grandson in trouble sends a friend for the cash at home (屋企); the police's 提提你 and 騙徒扮 warn; a
  // phone 平賣 is sold cheap; a shop's prize collected at its counter (去…服務台攞) is no lure.
  it('reads a grandson in trouble who sends a friend to the door for the cash as 高风险', () => {
    expect(
      check(
        '嫲嫲係我呀 我出咗啲事 同人撞车 你唔好话俾阿爸知 等阵有个朋友上门搵你 你将屋企啲现金俾佢 两万就得'
      ).verdict
    ).toBe('high-risk')
  })

  it.each([
    '警方提提你：近日有騙徒扮內地公安打電話，話你涉及洗黑錢，要你將錢轉去「安全賬戶」。執法機關唔會要求你轉賬，如有懷疑請致電18222。',
    '恭喜你！你喺我哋超市週年抽獎抽中三等獎，一支橄欖油，憑收據今個月內去門市服務台攞，唔使俾任何費用。'
  ])('%s is no alarm', (text) => {
    expect(check(text).verdict).toBe('none-found')
  })

  // A wage paid into one's own card, a friend who "从来没提过借钱", the state's own app from the phone's app store.
  it.each([
    '【物业招聘】小区招聘保洁员2名，月薪2800元，到物业服务中心当面报名，不收押金，工资每月10日打到本人银行卡。',
    '闺女，我在公园认识了个老李，人挺实在，他从来没提过借钱投资啥的，你放心。',
    '【中国银行】数字人民币红包活动本周六开始，请通过手机应用商店下载官方“数字人民币”App开通钱包参与，本行不会通过短信链接发送下载地址。'
  ])('%s is no alarm', (text) => {
    expect(check(text).verdict).toBe('none-found')
  })

  it('still reads a meeting app from the app store, to share the screen, as 高风险', () => {
    expect(
      check('【中国银行】请通过应用商店下载“云视讯”会议App，共享屏幕核验您的数字人民币钱包，否则将冻结')
        .verdict
    ).toBe('high-risk')
  })

  // A neighbour's warning in a group chat, in everyday words: how it went (后来人跑了, 把她拉黑了), the verdict (这就是非法
  // 集资, “以房养老”骗局, …的都别信), and the turn to everyone (我跟大家说个事, 提醒一下).
  it.each([
    '我跟大家说个事，我外甥女上个月在群里看到点赞一单5元的兼职，后来让垫付做任务，垫了一万多，导师就把她拉黑了，大家千万别做这种刷单',
    '大家注意，前两天群里有人推什么养老院床位项目，年化15%保本保息，我让女儿查了，根本没有备案，警察说这就是非法集资，别转钱',
    '看新闻说有个“以房养老”骗局，让老人把房子抵押，每月返几千块，最后房子没了，大家千万别签什么公证',
    '我们村有人说认识社保局的人，能一次性补缴养老保险马上领退休金，先收3万材料费，后来人跑了，大家遇到这种内部名额的都别信'
  ])('%s is no alarm', (text) => {
    expect(check(text).verdict).toBe('none-found')
  })

  it('still reads a scam that calls its critics liars as one', () => {
    expect(check('都别信外面的，我是人社局的，能一次性补缴养老保险，先交2万材料费').verdict).toBe('high-risk')
    expect(check('这不是骗局，是国家扶持项目，年化18%保本保息，名额有限，私聊我报名').verdict).toBe(
      'high-risk'
    )
  })

  // Round 59's third blind set (/tmp/t59c, written after the round's first changes): a residents' committee's numbered
  // list of tricks, a grandchild's surprise that needs no money, an agent's deposit already in the state's escrow.
  it.each([
    '【和平里居委会】防诈讲座通知，民警给大家讲“养老诈骗常见套路”：\n1. 自称公检法说你涉嫌洗钱，要你把钱转到“安全账户”、不许告诉子女；\n2. 免费领鸡蛋、养生讲座，最后推销保健品；\n3. 短信说医保卡冻结，让点击链接填验证码。\n讲座免费，有疑问拨96110。',
    '奶奶，这事您先保密，别告诉爷爷哈！周日我们在家给爷爷过八十大寿，饭店订好了钱也付过了，您不用转钱也不用准备。',
    '王姨，买家的定金3万元已经打到我们公司的资金监管账户了，明天上午在门店签合同，您带上身份证和房产证，过户当天房款才划到您卡上。'
  ])('%s is no alarm', (text) => {
    expect(check(text).verdict).toBe('none-found')
  })

  // A buy-back at ten times the price, a loss paid back in full (蝕咗…全額賠), 无任何风险, an installer who keeps the
  // children out, and the Cantonese 唔好話俾你仔女知.
  it.each([
    '家人们！您今天以2980元认领这尊青花瓶，三个月后公司按十倍价格29800元回购，名额只给榜前粉丝，私下办理。',
    '李姨，我哋嘅交易App有牌照，股票賺咗歸你，蝕咗保險公司全額賠。聽日開倉，你最少入五萬，記得唔好話俾你仔女知。',
    '阿姨您好，小区电信免费升级光纤，我明天上门给您装个小盒子，不收钱，盒子别动，您子女不用通知。——电信装维小刘'
  ])('%s is flagged', (text) => {
    expect(check(text).verdict).not.toBe('none-found')
  })

  it('reads a fee paid to collect a subsidy as a fee first', () => {
    expect(
      check('以旧换新公证补贴今晚开放，每人缴纳公证费98元，即可领取惠民补贴红利5万元，明早到账。').verdict
    ).toBe('high-risk')
    expect(check('缴纳报名费50元即可领取参赛证和纪念品').verdict).toBe('none-found')
  })

  it("still reads a list whose line is the writer's own pitch", () => {
    expect(
      check(
        '防骗小课堂，常见骗局有这些：\n1. 冒充客服说要退款\n2. 我们平台是正规的，你先充值500就能提现1000\n3. 冒充公检法'
      ).verdict
    ).toBe('high-risk')
  })

  it("reads a bank's short line read out by voice after 拨打 as its number", () => {
    expect(prepareText('如有疑问请拨打九五五三三').text).toBe('如有疑问请拨打95533')
    expect(prepareText('我们五五三三分吧').text).toBe('我们五五三三分吧')
  })

  it('keeps a rental deposit held at the shop and released after the car comes back as no fee-first', () => {
    expect(check('租车要交保证金3000，门店刷信用卡预授权，还车后自动解冻。').verdict).toBe('none-found')
  })

  // Round 60: a signed ad that sells a stake for a fixed return is itself 非法集资; a bank's loan ad with its rate is not.
  it('reads a signed ad selling a year card with a fixed 分红 as 高风险', () => {
    expect(
      check(
        '【颐乐旅居】尊敬的会员：康养旅居基地年卡限时认购，认购5万元享每年8%“康养分红”，到期保本返还。本周五前签约加送5日游。详询顾问 137xxxx5120 回T退订'
      ).verdict
    ).toBe('high-risk')
  })

  it("keeps a bank's signed loan ad with its yearly rate as no promise of profit", () => {
    expect(
      check(
        '【平安银行】您是我行优质客户，回复260404确认办理，可申请取现金额50000.00元。年化利率18.25%（单利），04月07日前有效，以审批为准。拒收请回复R'
      ).verdict
    ).not.toBe('high-risk')
  })

  it('reads cash handed to the strangers at the door while a son is on video as 高风险', () => {
    expect(
      check(
        '老伴你快回来门口来了两个人拿着手机跟儿子视频说他在外地被抓了让我们把钱给旁边这两个人他们帮着处理要十八万'
      ).verdict
    ).toBe('high-risk')
  })

  // Round 60's blind sets: village notices that say the money goes into the person's own 一卡通 and is not charged,
  // and a student's story to the family of a 刷单 offer dropped, ending in 放心吧一分钱没转.
  it.each([
    '【XX镇民政所】通知：80周岁以上老年人高龄津贴由镇民政所审核后按月打入老人本人社会保障卡（一卡通）银行账户，不需要在手机上扫码申领。',
    '合作社-老蒋：今年县里的“见犊补母”补贴，带上耳标号到合作社登记，畜牧站核实后钱打一卡通，不交钱。',
    '跟你们说个好笑的,今天有个人加我微信,说是什么"任务大厅接待员",让我关注几个抖音号截图就给3块钱。然后让我下载个App做"联单任务",说先充1000返1300。我一听要先充钱就直接删了拉黑了。放心吧一分钱没转'
  ])('%s is no alarm', (text) => {
    expect(check(text).verdict).toBe('none-found')
  })

  it.each(['补贴已审核，不交钱就不给发，先交200手续费', '不交钱，账户将被冻结，请马上转到安全账户'])(
    '%s still asks for money',
    (text) => {
      expect(check(text).hits.map((h) => h.signal.id)).toContain('want-money')
    }
  )

  // Round 60's review: a loan asked by message from a cloned account, paid back later (冒充熟人借钱), and a fee
  // collected in a group by someone who says to transfer it to them.
  it.each([
    '在吗？有个事想麻烦你一下。我这边有笔钱明天才到账，今天要先付个尾款，你手上方便的话先借我3000，明天一早就还你。',
    '舅舅，我是小斌。我这边装修的尾款要结了，还差六千，能不能先借我周转一下？年底奖金发了第一时间还您。',
    '各位老人家，今年的城乡医保开始交了，每人380元。为了方便大家，统一交给我，微信转我就行，月底前交齐。——社区小张'
  ])('%s is flagged', (text) => {
    expect(check(text).verdict).not.toBe('none-found')
  })

  it.each([
    '舅舅，我是小军。修车厂要先付三千八，您方便的话先借我三千八，下周发了就还您。您不放心的话给我打个视频。',
    '儿子：妈，能先借我2000吗？发了工资马上还你⏎妈妈：打个电话给我⏎（语音通话 3分12秒）⏎妈妈：已转了'.replace(
      /⏎/g,
      '\n'
    ),
    '小张，下个月房租该交了哈，还是老样子2600转我就行，这周内都行不急。'
  ])('%s is no alarm', (text) => {
    expect(check(text).verdict).toBe('none-found')
  })

  // Round 60's review: an elder's own account of a caller who walks them through a payment app, and savings handed to
  // a person or a "bank" visitor for interest.
  it.each([
    [
      '刚才有个人打电话，说是店家，说那批货有问题，要给我退钱。他让我现在打开支付宝，他教我在里面点几下，说两分钟就好。',
      'caller-guides-app'
    ],
    [
      '我准备把那十万定期取出来放他们那，每个月给我一千二的利息，比银行强多了。明天上午小刘开车来接我去办。',
      'savings-handed'
    ],
    [
      '张阿姨，我是农商行的小陈。我明天下午上门，您把要存的现金准备好，我带回行里给您办，单子第二天给您送来。',
      'savings-handed'
    ]
  ])('%s is 高风险 (%s)', (text, rule) => expectHighBy(text, rule))

  it.each([
    '我儿子教我在支付宝里点几下就把电费交了，真方便。',
    '妈，工资卡里的现金我取出来给你放抽屉里了，记得收好。'
  ])('%s is no alarm', (text) => {
    expect(check(text).verdict).toBe('none-found')
  })

  // Round 60's review: offers in ordinary words (冲销量 with 辛苦费, a 信用卡中心 raising a limit on a private WeChat,
  // a parcel "from your son" paid on delivery, a stock group that says what to buy before the market opens, a cure in
  // three courses).
  it.each([
    '阿姨您好，我们店新开张，想请您帮忙冲一下销量。您在拼多多上拍一下我们这个电饭煲，钱我们马上原样退给您，再给您十块钱辛苦费。',
    '您好，我们是信用卡中心的，可以帮您把额度从两万提到五万。您方便的话加一下我的工作微信，我把资料表发给您。',
    '阿姨，您有个到付的件，寄件人写的是您儿子，是个按摩仪，到付款398，我这边在您楼下，付现金或者扫我的码都行。',
    '王叔，我们有个小群，每天开盘前说今天买什么，人不多。您加我助理的微信，她拉您进去。',
    '老伴，北京来的王教授说我这个血管堵了一大半，吃他们那个药三个疗程能通开，一个疗程三千八，今天订还能打八折。'
  ])('%s is flagged', (text) => {
    expect(check(text).verdict).not.toBe('none-found')
  })

  it("reads northern dialect's 俺 as 我: a caller's 念给俺听 asks for the code", () => {
    expect(
      check('俺这是县社保局的 恁的养老金认证还没做 一会儿你手机上会收到一个六位数的验证码 你念给俺听就中')
        .verdict
    ).toBe('high-risk')
  })

  it('reads quotations introduced as examples (常见说法：“…”“…”) as told', () => {
    const text =
      '同学们注意！毕业季“注销校园贷”诈骗又高发了，常见说法：“您大学期间开通的校园贷账户未注销，否则影响征信”“请把各平台可借额度借出来转到监管账户核验”。记住：不存在“注销校园贷”业务，任何要你贷款再转账的都是诈骗。'
    expect(check(text).verdict).not.toBe('high-risk')
  })

  it.each([
    ['有问题就在闲鱼上找我，不加微信哈', false],
    ['不加微信就没法给您办理退款，请加客服微信kf8899', true]
  ])('reads 不加 before a contact as its denial unless a condition follows: %s', (text, asks) => {
    expect(check(text).hits.some((h) => h.signal.id === 'want-move')).toBe(asks)
  })

  it.each([
    '舅舅，我是小军。车出了点小剐蹭，保险理赔还没下来，修车厂要先付三千八，您方便的话先借我，下周发了就还您。您不放心的话给我打个视频。',
    '【美团】您的外卖订单因商家缺货已被取消，支付的46.50元将于1-3个工作日内原路退回，详情请点击 https://dpurl.cn/aBcD12 查看。'
  ])('%s is no 高风险', (text) => {
    expect(check(text).verdict).not.toBe('high-risk')
  })

  it.each([
    '刚才有个男的打电话，说他是乡里农经站的，说咱家的粮食直补去年没领上，账上还压着一千八百多块。他说要重新登记得交二百块登记费，交了这个礼拜就打到卡上。他让我加他微信，把钱转过去。',
    '我在部队里手机管得严，这个理财平台我有内部老师带，不会亏的。你先准备点钱，五万十万都行，我怕你错过这波。'
  ])('%s is 高风险', (text) => {
    expect(check(text).verdict).toBe('high-risk')
  })

  // Round 60's blind set of new programs: a bank's credit of a subsidy names its 付款单位; a store's 以旧换新 receipt;
  // a call written down under 【来电转写】 is no registered signature.
  it('keeps a bank credit of a subsidy with its 付款单位 as no alarm', () => {
    expect(
      check(
        '【江城农商银行】您尾号5521的社保卡账户于11月05日入账300.00元,摘要:高龄津贴(11月),付款单位:XX区民政局,可用余额4618.90元。'
      ).verdict
    ).toBe('none-found')
  })

  it('reads a call written down under 【来电转写】 as the call itself', () => {
    expect(
      check(
        '【来电转写】“您是赵建国的母亲吧?我是市二院急诊科的,您儿子刚才开车出了车祸,需要马上交五万块手术押金。您现在去银行取现金,取完我们医院的护工会到您家楼下来拿。”'
      ).verdict
    ).toBe('high-risk')
  })

  it('reads a forwarded reminder whose verdict is 都是传销骗子 as a warning', () => {
    expect(
      check(
        '爸妈，转给你们看看，这是数字人民币运营管理中心自己发的提醒：数字人民币从来没有招募过“民间推广员”，也没有什么“推广钱包”“拉人头分佣金”的说法。谁在群里说“国家扶持项目、早加入早赚钱”，都是传销骗子。有人拉你们进什么数字人民币学习群，直接退出就行。'
      ).verdict
    ).toBe('none-found')
  })

  // Round 60's review: a fake notice names a look-alike mini-program or account instead of a link.
  it('reads points sent to a mini-program named for the exchange as a look-alike, signed or not', () => {
    expect(
      check(
        '【中国建设银行】尊敬的客户，您的信用卡积分9860分将于今日24点清零，请在微信搜索“建行积分兑换中心”小程序，兑换现金红包或家电，过期作废。'
      ).verdict
    ).not.toBe('none-found')
  })

  it("keeps a carrier's points reminder sent to its own app as no alarm", () => {
    expect(check('【中国移动】您的积分将于12月31日清零，请登录中国移动APP兑换。').verdict).toBe('none-found')
  })

  it.each([
    ['妈妈：下个月你生日，给你多转了200，跟室友吃顿好的', false],
    ['不好意思，我刚才给你多转了2000，麻烦你退给我一下', true]
  ])('reads 多转了 as an overpayment only when it is asked back: %s', (text, asked) => {
    expect(check(text).hits.some((h) => h.signal.id === 'channel-other-account')).toBe(asked)
  })

  it("keeps an employer's 体检 paid at the hospital's window as no ask", () => {
    expect(
      check(
        '思远你好，我是HR小林。体检在市一院体检中心做就好，周一到周五上午空腹去，直接在医院窗口交费，发票留好，报到那天交给我报销。宿舍是公司统一安排的，不收押金。'
      ).verdict
    ).toBe('none-found')
  })
})

// Round 61's blind set of shopkeepers: a shop's own words that read like asks.
describe('a shop’s own talk', () => {
  it.each([
    ['监控我存了一段，你回来看看要不要报警。', 'want-secrecy'],
    ['您不放心的话可以先打客服热线报我工号核实。', 'want-money'],
    ['下午顺丰来取件，运费你从抽屉备用金里拿现金付就行。', 'pressure-lure'],
    ['我们公司下个月换开户行，新账户下来以后我会打电话跟你确认。', 'want-info'],
    // An office's or a bank's own website named, with no address given (round 61's Hong Kong set: 水務署's bill).
    ['電子帳單可於水務署網站登入帳戶後查閱。', 'channel-link'],
    // An employer's 缴纳五险 in a job ad is what it pays, not an ask (round 61's migrant workers' set).
    ['待遇：试用期3800元，转正后计件4500-6500元；缴纳五险；免费住宿', 'want-money'],
    // A 付款通知書 tells of money paid to you (社會福利署's 長者生活津貼).
    ['長者生活津貼 — 付款通知書', 'want-money'],
    ['請在3個工作天內致電消費券計劃秘書處（電話號碼載於消費券計劃網站）。', 'channel-link'],
    // A class monitor who wants a screenshot of any payment code posted in the group (round 61's retirees' set).
    ['学校从来不在班级群里收钱，谁在群里发收款码一律别理，截图发我。', 'want-code']
  ] as const)('%s has no %s', (text, id) => {
    expect(signalsOf(text)).not.toContain(id)
  })
})

// Round 61's Hong Kong, Macau and Taiwan set: an office's "report it if anyone asks" names what it warns of.
it('reads 如有僱主要求求職者付款，請向勞工處舉報 as a warning, not an ask for money', () => {
  const result = check(
    '勞工處：多謝你登記參加招聘會，入場免費，請攜帶履歷表。招聘會所有職位均無需繳付任何費用，如有僱主要求求職者付款，請向勞工處舉報。'
  )
  expect(result.verdict).not.toBe('high-risk')
  expect(result.hits.map((h) => h.signal.id)).not.toContain('want-money')
})

// Round 61's migrant workers' set: cards and SIM cards rented out for money, in a worker's own words.
describe('a card rented out', () => {
  it.each([
    '兄弟，你那张以前工地办的工资卡还在不？不用的话租给我一个月，给你八百。卡、U盾、绑的手机卡一起给我就行，我们公司走个账。',
    '有闲置银行卡的兄弟私我，帮公司跑分收款，一天稳拿三百，卡不用给我，手机上操作就行。',
    '表弟，有个好活，就是拿咱自己的银行卡帮他们公司收款，钱进来以后按他说的转出去，一个月给五千。',
    '大爷 恁村里谁家有不用的手机卡没 一张卡给两百块钱 拿恁身份证去营业厅办张新卡 办好了卡给俺 俺们公司用'
  ])('%s is 高风险 (account-lend)', (text) => expectHighBy(text, 'account-lend'))

  it.each(['这台手机跑分一百多万，一天用下来不卡', '妈，营业厅办张新卡，办好了卡给我寄过来，我在外地用'])(
    '%s is no alarm',
    (text) => {
      expect(check(text).verdict).toBe('none-found')
    }
  )
})

// Round 61's Taiwan set: a mother coached by her online "husband" on what to tell the teller (行員).
it('reads 行員可能會問東問西，他教我說是要買車 as coaching against the bank’s checks', () => {
  expect(firedOf('行員可能會問東問西，他教我說是要買車。')).toContain('coached-against-checks')
})

// Round 61's attacking review of the round's own rules.
describe('round 61’s new rules, attacked', () => {
  it.each([
    // A door's and a payment app's own face checks, a counter's new password, a real certification body's invoiced fee,
    // a father's card brought home.
    '物业通知：小区门禁升级为人脸识别，业主请到物业登记，免费送门禁卡',
    '妈，支付宝里刷个脸就能免费领消费券，我帮你弄好了',
    '营业厅的工作人员说要先设个密码才能激活金融功能',
    '3C证书状态显示异常，认证中心说要交审核费一万二，发票开公司抬头',
    '儿子，你去办张新卡，办好了卡给我捎回来',
    '妈，微信借我用一下，我手机没电了，给同学回个消息',
    '门卫说身份证拍一下正反面登记就行，访客都要登记'
  ])('%s is no alarm', (text) => {
    expect(check(text).verdict).toBe('none-found')
  })

  it.each([
    ['给退休老人发福利，对着手机眨眨眼录个小视频，就能领一桶花生油', 'face-for-gift'],
    ['您得当着我的面把密码输一下，补贴才能到账', 'password-asked'],
    ['哪有不交保证金就能放款的，你先交三千保证金', 'fee-first']
  ])('%s is 高风险 (%s)', (text, rule) => expectHighBy(text, rule))

  it('reads what follows a rhetorical 哪有…的 and the writer’s own fee beside a “report it” line', () => {
    expect(signalsOf('亲 哪有卖家先发货买家后付款的 您直接微信转我')).toContain('want-money')
    expect(
      hitQuotesOf(
        check('如遇有人要求你交押金请直接举报，咱们这边只收一百二的工牌制作费，微信转我就行'),
        'want-money'
      ).join()
    ).toContain('微信转我')
    expect(signalsOf('这边有内部渠道，可以帮你保证这次考试通过')).toContain('pressure-lure')
  })
})

// Round 61's attacking review: what the round's patterns still missed, each a kind.
describe('round 61’s review misses', () => {
  it.each([
    ['你那张不用的农行卡借俺用几天，走点货款，完事给你一千五', 'account-lend'],
    ['你有闲卡吗，租给我们公司用几天，每天三百，U盾一起给我', 'account-lend'],
    ['唔用嘅銀行戶口？借嚟過下數，一日俾你三百蚊', 'account-lend'],
    ['您的助学金账户已冻结，转入1000元以上就能解冻', 'fee-first'],
    ['妈说楼下超市门口有人摆摊，扫个码刷个脸就送一袋面粉，还让拿身份证拍正反面，说是做推广', 'face-for-gift'],
    [
      '叔，您那个营业执照在网上显示是异常状态，再不处理会吊销。我认识工商的人，交一千二就能帮您把异常撤掉，钱转我就行',
      'status-fee'
    ],
    [
      '姑娘，你那个支付宝借姐用两天，姐这边生意上有人打款不方便进我自己的号，回头给你包个大红包。',
      'account-lend'
    ]
  ])('%s is 高风险 (%s)', (text, rule) => expectHighBy(text, rule))

  it.each([
    ['以房养老的事儿女那边先别说，等房本办下来再告诉他们', 'want-secrecy'],
    ['房租先转我家里人的卡：6228 4800 1234 5678', 'channel-other-account']
  ] as const)('%s has %s', (text, id) => {
    expect(signalsOf(text)).toContain(id)
  })
})

// Round 61's shopkeepers' set: the writer's side paying the shop, by its firm's account or at the counter.
it.each([
  '喂老板你好我是永泰建材行政部的小吴 我们公司年底想订五十份坚果年货礼盒 就按你报的一百六十八一份 我们这边先走对公付百分之三十定金 剩下的货送到公司我们验收完一周内对公转 要开增值税普票',
  '喂你好是花语花店吗 我下个月结婚想订婚车的花 我周六下午到店里看一下样品 定金的话我到店里当面扫码付 你们开收据是吧'
])('%s is no alarm', (text) => {
  expect(check(text).verdict).toBe('none-found')
})

// Round 61's fresh tester: a card rented out named 冒充领导、熟人诈骗 as its closest kind; it is the brochure's 断卡行动.
it('names 断卡 (card-crackdown) as the kind of a card rented out', () => {
  expect(
    check('兄弟，你那张不用的工资卡租给我一个月，给你八百。卡、U盾、绑的手机卡一起给我就行，我们公司走个账。')
      .scheme?.id
  ).toBe('card-crackdown')
})

// Round 62: a PIN asked for with 讲 (讲出, Cantonese 講埋), as with 说出 (round 61's review s12: 話…要佢講埋提款卡密碼).
it.each([
  '社区来了两个人说补贴要重新登记，要他讲出提款卡密码才能发钱',
  '阿爸話今朝有兩個自稱街坊福利會嘅職員上門，話長者生活津貼要重新登記，要佢講埋提款卡密碼先可以出糧，佢已經講咗，仲俾埋張卡佢哋影相。'
])('%s asks for a code (want-code)', (text) => {
  expect(signalsOf(text)).toContain('want-code')
  expect(check(text).verdict).toBe('high-risk')
})

// Round 62's blind sets: refused offers told to warn, where what the caller claimed goes on in the told clause's sentence
// (能24小时追回, 每晚八点后下单稳赚), and endings told as 直接删了拉黑, 他支支吾吾就挂了, 大家遇到这种….
it.each([
  '上周被刷单骗了8千，今天有人加我QQ说是黑客，能24小时追回，先交1500通道费。我直接拉黑了，截图发给了派出所的陈警官，他说这就是典型的二次诈骗。提醒一下群里被骗过的朋友，千万别再交钱了',
  '有人加我微信说是中通快递的，说我包裹丢了要双倍赔，要我扫码填卡号。我去拼多多订单里一看，物流显示昨天就到驿站了，直接删了拉黑。大家遇到这种先看订单物流',
  '今天又接到"客服"电话，说我买的纸尿裤那批有问题要赔三倍，让我打开借呗看一下额度。我说你让商家直接在淘宝上给我退，他支支吾吾就挂了。现在的骗子连我买的什么牌子都知道',
  '说个事提醒群里的姐妹。上个月在交友软件上有个自称在新加坡做IT总监的男的加我，照片很帅，聊了不到两周就叫我“宝贝”，然后说他同事发现一个网站汇率有漏洞，每晚八点后下单稳赚，让我帮他注册个号在国内操作。我一听就不对劲，直接拉黑了，还在国家反诈中心APP上把他的账号举报了。大家遇到这种千万别心软。'
])('%s is a refused offer told to warn', (text) => {
  expect(check(text).verdict).toBe('none-found')
})

// The caller's next claim is told only within a story that ended: the same words as the scammer's own are still read.
it('still reads a 追款 offer that tells no ending', () => {
  expect(check('您好，我是黑客技术团队的，能24小时追回您被骗的钱，先交1500通道费。').verdict).toBe(
    'high-risk'
  )
})

// Round 62's blind sets: the writer disowning an impostor to the group (那个账号不是我, 冒充我头像, 我微信被盗了), a call
// to 110 made urgent, and a group's 入群审核 are no scam's pressure; the same disowning beside a new number still is one.
it.each([
  '初一(6)班家长群\n14:26 班主任-周老师：@所有人 紧急！！刚才发收费二维码的那个账号不是我！头像昵称都是盗用的，学校从来没有让在群里收资料费！\n14:26 班主任-周老师：还没付的千万别扫，已经付了的家长请私聊我截图，学校已经报警\n14:27 班主任-周老师：那个号已经移出群了，群也设了入群审核。以后凡是收费都以学校纸质通知和缴费平台为准，群里任何二维码都不要扫\n14:29 刘思琪妈妈：好险 我正准备付\n14:31 王嘉懿爸爸：我已经付了398，截图私发您了\n14:32 班主任-周老师：@王嘉懿爸爸 收到，派出所民警下午会来学校登记，您带上付款记录',
  '各位亲戚朋友，我微信昨天晚上被盗了，盗号的人用我的号在家族群和私聊里找人借钱，谁都不要转！！我刚刚才申诉找回来，现在这条是我本人发的，不放心可以直接打我电话138****2206问。已经转了的赶紧打110和96110，截图留好。对不起给大家添麻烦了🙏 ——志强'
])('%s is an alert from the one impersonated', (text) => {
  expect(check(text).verdict).toBe('none-found')
})

it('is not 高风险 for a teacher who tells a parent to call 110 at once', () => {
  expect(
    check(
      '班主任李老师 13:25\n@所有人 各位家长请注意！！！刚才那个发收款码收498.5资料费的不是我，是冒充我头像和名字的骗子，请不要付款！已付款的家长请截图联系我并报警\n班主任李老师 13:26\n我已经把他移出群了，群已开启入群验证\n班主任李老师 13:29\n可欣妈妈请马上打110'
    ).verdict
  ).not.toBe('high-risk')
  expect(check('我微信被盗了，这是我新号，急用钱先转我两千，明天还你').verdict).toBe('high-risk')
})

// Round 62's review: a health service's sign-up by ID photo, arrears paid, a story the 社区 called false, a news report's
// 先后, a bank's 境外网站消费 alert; and a gift for nodding at "这个手机" is still asked.
it.each([
  '【幸福社区通知】各位居民：社区卫生服务中心将为65岁以上老人免费体检，请于本周内把老人身份证正反面拍照发给本楼栋网格员小王登记，体检当天每人可免费领取鸡蛋一盒。',
  '村委会通知：明天上午九点，县医院专家到村委会义诊，65岁以上老人带上身份证来拍个照登记，建健康档案，来的都免费领一袋大米。',
  '爸 你那个手机号欠费停用了 我看了下交50就能恢复 我在微信上给你交了 你重启一下手机试试 还不行就给我打电话',
  '跟大家说个事，我妈昨天接到个电话，说是医保局的，说她医保卡在外地被盗刷了要配合调查，还要她把钱转到什么安全账户。我妈觉得不对劲，拿着手机去社区问了，社区的人说是假的。大家家里有老人的也提醒一下。',
  '本报讯 12月3日，家住雨花区的李女士接到自称“京东客服”的电话，称其开通了“百万保障”服务，每月将扣费，如不关闭将影响征信。在对方指导下，李女士下载了会议软件并开启屏幕共享，先后向对方提供的账户转账6.8万元。警方提醒：京东等平台不会通过电话要求用户共享屏幕、转账。',
  '【中国银行】您尾号6612的借记卡于12月05日21:33在境外网站消费USD 389.00，如非本人交易，请立即致电95566冻结卡片。'
])('%s is not 高风险', (text) => {
  expect(check(text).verdict).not.toBe('high-risk')
})

it("still reads a gift for nodding and blinking at the promoter's phone (face-for-gift)", () => {
  expectHighBy(
    '阿姨，我们是手机厂家搞活动，您对着这个手机点点头、眨眨眼，录个视频认证一下，这袋大米和这桶油就免费送您了，不用花一分钱。',
    'face-for-gift'
  )
  expectHighBy('交一千二就能帮您把经营异常撤掉，您微信转我就行', 'status-fee')
})

// Round 62's blind sets: a prize of so much (中了500元代金券) with details and a scan to claim it; a membership "you opened"
// that charges on (连扣12个月) with the money "moved" (挪到) to verify; a partner's 帮我给他付一下; and a warning that
// quotes what callers said to 你 ("最近好多人接到电话，说“你的…”").
it.each([
  '抢了个红包 中了500元代金券！页面让填身份证号和手机号，填完还要扫一下二维码才能到账，我扫了一半网卡了，谁帮我看看下一步咋弄',
  '刚才一个FaceTime视频打过来，说我开了抖音直播会员，不取消要连扣12个月。取消得跟金融专员验证一下流水，让我把卡里的钱先挪到他们给的账户上验证，验完自动退回。'
])('%s is 高风险', (text) => {
  expect(check(text).verdict).toBe('high-risk')
})

it('reads a partner\'s "帮我给他付一下" as money asked', () => {
  expect(signalsOf('宝贝 他拉着我不让走说要赔三千二 你先帮我给他付一下 他的二维码我发你')).toContain(
    'want-money'
  )
})

it("reads a son's warning that quotes the callers as a warning", () => {
  expect(
    check(
      '儿子：爸妈，跟你们说个事。最近好多人接到电话，说"你的微信/支付宝百万保障快到期了，不关掉每个月扣八百"。记住：百万保障是平台免费送的，自动开的，不会到期也不会扣钱，更不会影响征信。谁打电话说帮你关，就是骗子，直接挂。'
    ).verdict
  ).toBe('none-found')
})

// Round 62's blind set: a forwarded reminder's numbered stages under "“杀猪盘”五个阶段，对照看看：", and a futures firm's
// 今日结算 (no 日结 job).
it('reads a reminder that lists the stages of 杀猪盘 as a reminder', () => {
  expect(
    check(
      '【反诈提醒｜转给家里的长辈】\n“杀猪盘”五个阶段，对照看看：\n①选猪：婚恋网站、交友软件上主动搭讪，头像帅气漂亮，自称海外高管、军人、医生；\n②养猪：天天早安晚安、嘘寒问暖，很快以“老公老婆”相称，但总找理由不视频、不见面；\n③杀猪：不经意提起“我姐夫在平台做技术”“网站每晚八点有漏洞”“这是内部渠道”，先让你小额试水、小赚提现；\n④加码：提现时提示“流水不足”“账户冻结需缴保证金”“先交个人所得税”；\n⑤消失：拉黑、删号、平台打不开。\n记住：网上谈恋爱，一谈投资就是骗！接到96110来电请务必接听，有疑问拨打110。'
    ).verdict
  ).toBe('none-found')
  expect(signalsOf('【中信期货】尊敬的客户，截至今日结算，您的期货账户风险度为103.6%')).not.toContain(
    'claim-job'
  )
})

// Round 62's review: a seller's pitch that opens by calling the rest 骗人的 or 假的 is the seller's, not a warning; a
// relative's warning with 我们这边 and no offer stays one.
it.each([
  '网上那些刷单、理财都是骗人的，我们这个不一样，是正规国企项目，有营业执照的，投一万每天分红150，随时可以提现，本金有保障，想做的话我拉你进群。',
  '别人那些都是假的，我们这个是国家扶持的养老项目，投十万每年返一万五',
  '网上那些兼职都是骗人的，我们公司正规的，先交300押金'
])('%s is 高风险', (text) => {
  expect(check(text).verdict).toBe('high-risk')
})

it('keeps a warning that says 我们这边 and offers nothing', () => {
  expect(check('那些说能退款的都是骗人的，我们这边派出所说了，千万别信').verdict).toBe('none-found')
})

// Round 62's review: a betting site's 导师 and his 计划, with a first top-up's bonus.
it('reads 跟着导师的计划下注 with 首充…送 as a gambling site', () => {
  expectHighBy(
    '哥，上次说的那个平台你还玩不，我们内部有个漏洞，跟着导师的计划下注，稳赚不亏，我一晚上赢了三万，你要的话我把链接发你，首充一千送五百。',
    'gambling-site'
  )
  expect(check('体彩投注站通知：按开奖计划，本周六晚八点开奖，请到店核对彩票。').verdict).toBe('none-found')
})

// Round 62's review: a card kept by the writer for pay by the month, and money to come in and go out as cash to
// someone else (帮信); not a sibling's money passed on to their mother.
it.each([
  '兄弟帮个忙，我这边有笔工程尾款要打到你卡上，我卡被限额了收不了，钱到了你取现金给我朋友就行，他下午开车过去找你，给你包五百的辛苦费。',
  '老乡，你办张新的银行卡，开通网银和U盾，放我这用一个月，一个月给你三千，卡还是你的名字，啥事没有。'
])('%s is 高风险 (account-lend)', (text) => expectHighBy(text, 'account-lend'))

it('is no alarm for money a sibling passes on to their mother', () => {
  expect(check('哥，单位的报销款我让财务打到你卡上了，到了你取出来给妈就行').verdict).toBe('none-found')
})

// Round 62's review: a cure claimed by 疗程 and 溶血栓 at a seller's 回馈会, with no price in digits.
it('reads 三个疗程高血压就能停药 and 能溶血栓 at a 回馈会 as a cure sold', () => {
  expectHighBy(
    '王奶奶，我是健康中心的小刘，咱们厂家最后一场感恩回馈会，来的都送鸡蛋，还有专家免费给您量血压，咱那个纳豆激酶能溶血栓，三个疗程高血压就能停药，今天活动价买三送一。',
    'cure-sale'
  )
  expect(check('医生说这个药吃三个疗程血压稳定了就能停药').verdict).toBe('none-found')
})

// Round 62's blind set: gold bought to be posted to an online friend's "表弟"; not gold sent to the family.
it('reads gold bought to be posted to someone named as gold-handover', () => {
  expectHighBy(
    '闺女你别管了，我自己心里有数。小杨说现在平台入金走银行查得严，用黄金入金最稳当，他那边有专门的人收。我下午去中山路那家金店买一百二十克，包好了用顺丰寄到深圳福田那个地址，收件人写他表弟。',
    'gold-handover'
  )
  expect(check('妈，我给你买的金镯子顺丰寄过去了，收件人写的你名字').verdict).toBe('none-found')
  expect(check('我在金店买了个金条，快递给我女儿当嫁妆').verdict).toBe('none-found')
})

// Round 62's fresh tester: a real code SMS read as "像是反诈提醒"; the page now says what it is (codeNotice).
it('marks a code given to the reader as a code notice, and nothing that asks for one', () => {
  expect(check('【支付宝】验证码：556677，您正在进行身份验证，切勿告诉他人。').codeNotice).toBe(true)
  expect(check('【某银行】動態密碼 123456，5分鐘內有效，請勿洩露。').codeNotice).toBe(true)
  expect(check('客服：您好，刚才系统给您发了验证码，麻烦把验证码报给我核对一下').codeNotice).toBe(false)
  expect(check('我家门牌号是1234，验证码不知道是啥').codeNotice).toBe(false)
  expect(
    check(
      '本报讯 记者昨日从市公安局获悉，一名市民接到自称客服的电话，对方称其账户异常，随后她收到短信“您的验证码为663821，请勿泄露”，并按对方要求读出了验证码，卡内两万元被转走。警方提醒：验证码不要告诉任何人。'
    ).codeNotice
  ).toBe(false)
})

// Round 63's blind set: a home pledged for a high pension; not a licensed reverse mortgage nor a warning about it.
it('reads a home pledged for a high return as house-pledge', () => {
  expectHighBy(
    '【中安民生养老服务大厅】我们是和官方机构合作共建的养老服务大厅,有国家基金托底。以房养老,房子抵押出去每月领高额养老金,稳赚不赔,欢迎叔叔阿姨来大厅咨询签约。',
    'house-pledge'
  )
  expect(
    check(
      '老年人住房反向抵押养老保险：老人将房产抵押给保险公司，继续居住，按月领取养老金，详情咨询保险公司柜台'
    ).because.map((b) => b.id)
  ).not.toContain('house-pledge')
  expect(check('警方提醒：以房养老，房子抵押出去领高额回报的都是骗局').verdict).toBe('none-found')
})

// Round 63's blind sets: a bank-fee SMS whose number is spaced with an em dash; a price to erase 逾期 records.
it('reads a phone number spaced with an em dash as one, and a price to erase credit records as cancel-service', () => {
  expect(
    check('我行已成功在您的信用卡中扣除年費1000元，請注意還款日期、詳詢：0411—395675**《xx銀行客服中心》。')
      .verdict
  ).toBe('high-risk')
  expectHighBy(
    '消除代偿记录每条收费4000元；消除逾期记录每条收费3000元。可以直接找我们专业机构来解决。',
    'cancel-service'
  )
  expect(check('我的逾期记录已经还清了，银行说五年后自动消除逾期记录').verdict).toBe('none-found')
})

// Round 63's blind set: a "staff" selling 内部留票 per ticket to register a place; a buyer making the seller pay a repair.
it('reads a price per ticket to register a place, and a repair bill pushed onto the seller, as money asked', () => {
  expect(
    check(
      '对方：门票我这边能搞到，放心，我们经常给粉丝内部留票。\n对方：3000一张，转我就给你登记名额，名额不多了。'
    ).because.map((b) => b.id)
  ).toContain('guaranteed')
  expect(check('演唱会门票480一张，转我就行，我帮你一起买了').verdict).toBe('none-found')
  expect(check('演唱会门票1280一张，转我就给你登记，我明天统一去售票处买').verdict).toBe('none-found')
  expect(check('旅游团还有两个名额，2980一位，转我就给你登记，要带身份证').verdict).toBe('none-found')
  expect(
    check(
      '买家：你卖的相机有故障，我拿去修了，维修费要两千多块\n买家：你把维修费承担了，我就不追责、不投诉，不然我就去平台投诉你'
    ).because.map((b) => b.id)
  ).toContain('money-from-someone')
  expect(check('房东：你把水电费付了，不然押金不退').verdict).toBe('none-found')
})

// Round 63's blind set: an HR phishing e-mail whose attachment asks to enable macros; not a colleague's spreadsheet.
it('reads a download that asks to enable macros as an install asked, and a spreadsheet that needs them as nothing', () => {
  expect(
    check(
      '发件人：HR-通知中心\n主题：【紧急】2025年度绩效评估结果已生成，请于24小时内确认\n请点击“查看评估报告”，下载 Performance_Review_2025.xlsx 并启用宏查看您的评估结果。'
    ).verdict
  ).toBe('high-risk')
  expect(check('打开附件的表格，点启用宏才能用公式计算').verdict).toBe('none-found')
  expect(check('这个Excel要启用内容才能看到下拉菜单').verdict).toBe('none-found')
})

// Round 63's fresh tester: a lover's 杀猪盘 pitch led with "以机构的名义…": the 平台 of its link is no organisation speaking,
// and the rule that names the kind shown goes first.
it("leads a lover's platform pitch with the rule that names 杀猪盘, and reads its 平台 as no organisation", () => {
  const result = check(
    '亲爱的，我舅舅在这个平台做内部数据分析，这几天有漏洞可以稳赚不赔，我昨天投了20万赚了6万。你先充5万试试，今晚十点前必须操作，过了就没机会了。平台网址是 www.hk-gj-invest.vip ，注册的时候填我的邀请码。'
  )
  expect(result.verdict).toBe('high-risk')
  const shown = shownReasons(result)
  expect(shown[0].id).toBe('romance-investment')
  expect(shown.map((c) => c.reason).join('')).not.toContain('以机构的名义')
  expect(result.hits.map((h) => h.signal.id)).not.toContain('claim-organisation')
})

// Round 63's review: the kinds a hostile reviewer found read wrong, each with a look-alike.
describe("round 63's review", () => {
  it('reads a warning that says 均属诈骗 of a quoted SMS, with its own hotline, as a warning', () => {
    expect(
      check(
        '司警局呼籲：切勿隨意點擊短訊中附帶的不明連結。如短訊訛稱「您的積分即將到期，請點擊連結兌換禮品」，均屬詐騙。如有懷疑，請致電防詐騙查詢熱線88007777。'
      ).verdict
    ).toBe('none-found')
  })

  it('does not call a parent asked to come to the hospital with the cards a 冒充亲属 scam', () => {
    expect(
      check(
        '妈，我刚到医院，爸在急诊，医生说要住院，你赶紧带上医保卡和银行卡过来，先交5000押金，我身上钱不够。'
      ).verdict
    ).not.toBe('high-risk')
    // Cash brought over is no card or paper to bring: still flagged (the secrecy), as before.
    expect(check('妈，我在医院，你赶紧带上五万现金过来，别跟任何人说').verdict).toBe('suspicious')
  })

  it('reads no trade in a son asking for tuition on a payment app, and one in a seller going off the platform', () => {
    expect(check('爸，我下周交学费，一共6800，你直接转我支付宝就行，跟以前一样。').verdict).toBe('none-found')
    expect(check('要不私下交易吧，我给你便宜200，你直接转我支付宝就行').verdict).toBe('high-risk')
  })

  it('reads a code asked inside a list, or to be read out, as a code asked', () => {
    expectHighBy(
      '同学你好，我是县教育局学生资助管理中心的王老师，你申请的国家助学金4000元因为银行卡信息登记有误一直没发下来。麻烦你提供一下本人银行卡号、身份证号以及短信验证码，我这边给你重新录入。',
      'code-request'
    )
    expect(
      check(
        '喂您好，我是韵达网点的，您尾号3321的包裹在中转的时候丢了，按规定给您三倍赔偿。等会儿您手机会收到一条系统短信，您把上面那几位数念一遍给我听，我这边好给您登记打款。'
      ).verdict
    ).toBe('high-risk')
    expect(check('奶奶，你把那条短信念给我听一下，我帮你看看是不是骗子').verdict).toBe('none-found')
  })

  it('reads a fee said to be refunded as a fee first, and not a fee already refunded', () => {
    expect(
      check(
        '亲，猫咪已经到航空站了，检疫部门要出具活体检疫证明，需要交450元检疫费，这个钱是退的，你交了我马上安排送货。'
      ).verdict
    ).toBe('high-risk')
    expect(check('您支付的费用已经退还到你的钱包中').verdict).toBe('none-found')
  })

  it('reads a platform with a 时间差 where one 基本不会输 and the reader tops up as a lure', () => {
    expect(
      check(
        '阿杰：我表哥在一个平台做技术，后台每天晚上八点到九点有个时间差，跟着下单基本不会输，我这个月赚了二十多万\n阿杰：你要不要试试？先充一千，我带你操作，赚了随时可以提现'
      ).verdict
    ).toBe('high-risk')
    expect(check('这个基金我买了三年了，不保证不亏，你自己看着办').verdict).toBe('none-found')
  })
})

// Round 63's blind set: a tour of days for less than a bed and meals cost, with a gift; not a priced package.
it('reads a tour below 200 yuan a day with a gift or 无购物 as cheap-tour', () => {
  expect(
    check('深圳珠海三天游贵宾团138元/人！全程豪华大巴，送精美礼品，名额有限先到先得').because.map((b) => b.id)
  ).toContain('cheap-tour')
  expect(check('海南5日游，1980元/人，纯玩无购物，含往返机票').verdict).toBe('none-found')
  expect(check('听说那种三天游138元还送礼品的都是低价游骗局，别去').verdict).toBe('none-found')
})

// Round 63's blind set: a 职业差评师 names a price for deleting a shop's bad review; not a shop asking a customer.
it('reads a price for deleting a bad review as review-extortion', () => {
  expectHighBy(
    '对方：老板，你店里这几天的差评看到了吧？\n对方：1200删掉，不然每天继续给你打一星。',
    'review-extortion'
  )
  expect(check('亲，这条差评能帮忙删掉吗？菜凉了是我们的错，下次来给您打八折').verdict).toBe('none-found')
  expect(check('昨天有个顾客给了一星差评，说等了四十分钟，我打电话道了歉，他自己删了').verdict).toBe(
    'none-found'
  )
})

// Round 62's blind set: a senior student's friend takes the card, its U盾 and SIM for the month (一起给他，月底还你).
it("reads a card and U盾 handed to the writer's friend for the month as account-lend", () => {
  expectHighBy(
    '学长：学弟，你开学学校统一办的那张卡平时用不用\n学长：我朋友那边做游戏充值的，需要走点流水，一个月给你500，就当赚几杯奶茶钱\n学长：卡、U盾、手机卡一起给他，月底还你，他们具体干啥咱不用管',
    'account-lend'
  )
})

// Round 62's blind set: a celebrity's "assistant" asking fees into an overseas account with secrecy, and a World Cup
// streaming app that bets (竞猜) with a newcomer's bonus.
it.each([
  [
    '杨女士您好，我是陈宇轩先生的行程助理小吴。根据公司规定，本次赴您所在城市的安全预订申请、往返机票及酒店费用共计人民币68,000元，需由接待方预先支付至公司海外结算账户，款到后即可出票。陈先生特别交代，此事请勿对外透露，以免被媒体拍到影响他的工作。',
    'secrecy-plus'
  ],
  ['兄弟，世界杯看球用这个，不卡还能竞猜，新人送88：qtgq-live.app/dl 邀请码填7K2M', 'gambling-site']
])('%s is 高风险 (%s)', (text, rule) => expectHighBy(text, rule))

it("is no alarm for a lottery shop's 竞猜 notice", () => {
  expect(check('体彩店通知：本周世界杯竞猜照常销售，新人到店购彩请带身份证。').verdict).toBe('none-found')
})

it('is no alarm for a vote or a bargain on a 公众号 or a shopping app', () => {
  expect(check('帮我家宝宝投一票吧 https://mp.weixin.qq.com/s/AbC123').verdict).toBe('none-found')
  expect(check('帮我砍一刀 https://mobile.yangkeduo.com/x.html?id=1').verdict).toBe('none-found')
})

// Round 62's blind set: eggs for a photo and a blink (拍个照眨眨眼) that "run out" (去晚了就没了: no story's ending), and a
// friend's QR code to pay with its sum (你先帮我扫一下这个码，3800).
it('reads a blink photographed for free eggs as face-for-gift, though they run out', () => {
  expectHighBy(
    '明天早上8点 万家福超市门口 免费领鸡蛋 每人10个 带身份证 现场拍个照眨眨眼认证一下就给 不买东西 去晚了就没了',
    'face-for-gift'
  )
  expect(signalsOf('帮个急，我微信支付被限额了付不了款，你先帮我扫一下这个码，3800，明早一准还你')).toContain(
    'want-money'
  )
})

// Round 62's code review: what the round's new readings flagged in ordinary family chats and warnings — a card kept for
// the reader's allowance (no use by the writer), a wage passed through to pay the rent or shared with an uncle, gold
// posted to a sister's home, a card and U盾 lent for an errand to be returned on the weekend, and a warning's own advice
// (正规银行, 我们这周末) beside 都是骗人的.
it.each([
  '老公，你的工资卡放我这，每个月给你两千零花钱，多了没有',
  '儿子，你的银行卡交给我保管，每个月给你打1500生活费，省着点花',
  '妈，我的工资打到你的卡上了，到了取出来交房租，房东只收现金',
  '老家征地补偿款会打到你的卡上，到了取出来给舅舅一半，他不会用手机',
  '在深圳水贝买了两根金条，直接快递寄到杭州我姐家，比那边便宜不少',
  '爸，你的社保卡和U盾给我，我去银行帮你改密码，周末还你',
  '凡是说投一万每天分红的都是骗人的，理财请到正规银行网点办理',
  '爸，那个说高息的养老项目都是骗人的，正规的养老保险要去社保局办',
  '妈，那种说能治百病的都是骗人的，你别去那个店了，我们这周末带你去医院复查'
])('%s is no alarm', (text) => {
  expect(check(text).verdict).toBe('none-found')
})

// Round 62's code review: the same readings' near misses — a card the writer uses (借我用…放我这), gold sent to someone to
// keep (寄给我妹妹帮你保管), a hospital's free check-up for an ID photo (only a 社区 or 村 service registers elders),
// the draw known before with a bet placed "跟我" or "听我的", a betting 方案, and a seller's 这个项目 set against the rest.
it.each([
  ['你的卡借我用一个月，放我这，每个月给你两千，保证不用你做任何事', 'account-lend'],
  ['亲爱的，你买点金条寄给我妹妹帮你保管，等平台解冻了我们一起取，她在上海', 'gold-handover'],
  ['阿姨您好，我们是市第一医院的，在小区门口搞免费体检，带上身份证拍个照就免费送一桶油', 'face-for-gift'],
  ['宝贝，我舅舅在彩票平台做技术，下期结果他能提前知道，你跟我下注就行，先充五千', 'rigged-draw'],
  ['哥跟你说个秘密，我们老板能看到下一期开什么，你听我的买大就行，已经连中十把了', 'rigged-draw'],
  ['群里有老师带，跟着老师的方案下注，一天赚三千，首充一千送五百', 'gambling-site']
])('%s is 高风险 (%s)', (text, rule) => expectHighBy(text, rule))

it('reads a seller\'s "这个项目是国家扶持的" after 都是骗人的 as the seller\'s pitch', () => {
  expect(
    check('外面那些理财都是骗人的，这个项目是国家扶持的养老工程，投五万每个月返两千利息，名额有限').verdict
  ).toBe('high-risk')
})

// Round 62's code review: a prize of so much at the company's 年会 is the writer's own good news, not a page's voucher.
it('is no alarm for a 年会 prize', () => {
  expect(check('公司年会我中了2000块的奖金，晚上请大家吃饭').verdict).toBe('none-found')
})

// Round 62's blind set: exam results "early" for an unlock fee through a bare domain.
it('reads results to be seen before they are published, for a fee, as a lure', () => {
  expect(
    check(
      '【研招服务】2026年全国硕士研究生招生考试初试成绩已完成评阅，考生可通过以下通道提前查询各科成绩及排名：yzcx-2026.cn ，查询需支付数据解锁费19.9元，官方公布后本通道关闭。'
    ).verdict
  ).toBe('high-risk')
  expect(
    check('【XX省教育考试院】2026年高考成绩将于6月25日公布，请考生登录本院官网或拨打声讯电话查询。').verdict
  ).toBe('none-found')
})

// Round 62's blind set: a "hacker" who rolls the deposits back for a share of what is recovered, with the fee in the next
// sentence; a police notice that returns money and asks nothing is still none.
it('reads a recovery offer whose fee comes in the next sentence', () => {
  expectHighBy(
    '这个盘我们组上个月刚进过后台，可以把你的充值记录反向回滚到你卡上。我们只收追回金额的15%，事成再付。不过开通道要先交1500节点费，这个是给机房的。',
    'recovery-offer'
  )
  expect(
    check(
      '【XX市公安局】您被骗的资金已追回部分款项，请携带身份证和立案回执到XX派出所办理返还手续，公安机关不收取任何费用。'
    ).verdict
  ).toBe('none-found')
})

// Round 62's blind set: a courier's "private" compensation for a lost parcel (你那个件), sent as a link.
it('reads a private compensation for a lost parcel with a link as compensation-elsewhere', () => {
  expectHighBy(
    '你好，我是韵达城东网点的小周，加你是因为你那个件在我们分拣的时候弄丢了，实在不好意思。上报公司要走好久流程还要扣我工资，我这边私下直接全额赔你，你通过一下，我把赔付链接发你，填完当天就到',
    'compensation-elsewhere'
  )
})

// Round 63's code review: genuine messages the round's new facts and patterns read as scams, and a scam they spared.
describe("round 63's code review", () => {
  it('reads no extortion in a shop refunding a customer for a deleted review, and one in a price with a threat', () => {
    const ruleIds = (text: string): string[] => check(text).because.map((b) => b.id)
    expect(
      ruleIds('亲，您给的差评我们看到了，菜品问题是我们的错，给您退20元，您方便的话删掉差评可以吗？')
    ).not.toContain('review-extortion')
    expect(ruleIds('店长：昨天那个一星差评，客人说退100块就删掉，你看要不要退')).not.toContain(
      'review-extortion'
    )
    expect(ruleIds('我给那家店打了一星，老板打电话道歉，说退我80块，我收到了就删了')).not.toContain(
      'review-extortion'
    )
    expectHighBy('老板，差评是我给的，给我转500，我立刻删除差评', 'review-extortion')
  })

  it('reads no cheap tour in a day trip, a pickup, a swimming class or a date', () => {
    for (const text of [
      '周边两日游，每人360元，含住宿和接送，报名找小王',
      '农家乐一日游，68元/人，含午餐，赠送采摘一篮',
      '两天游泳体验课，只要99元，送泳镜',
      '五一假期5月1日游客量大增，景区门票80元，赠送矿泉水'
    ])
      expect(check(text).because.map((b) => b.id)).not.toContain('cheap-tour')
    expect(
      check('五天四晚昆明大理丽江游，每人只要299元，全程无购物，还送羽绒服一件').because.map((b) => b.id)
    ).toContain('cheap-tour')
  })

  it('reads no house pledge in a home passed to a son, only a return paid to the owner', () => {
    expect(
      check('房子过户给儿子以后，租金收益就归他了，月租高额也不关我事').because.map((b) => b.id)
    ).not.toContain('house-pledge')
    expectHighBy('阿姨，房本抵押给我们公司，每个月给您发8000养老金，保本保息', 'house-pledge')
  })

  it('reads no sure profit in a team sure to win or a typist who rarely mistypes, and one in following a bet', () => {
    expect(check('你放心，这场球我们队肯定不会输').verdict).toBe('none-found')
    expect(check('他打字很快，基本不会输错密码').verdict).toBe('none-found')
    expect(signalsOf('这个彩票平台后台有规律，跟我买基本不会输，先充五百')).toContain('pressure-sure-profit')
  })

  it('reads no money asked in a phone or a bike left charging', () => {
    expect(check('手机没电了，我再充一会儿就出门').verdict).toBe('none-found')
    expect(check('电动车先充一晚上，明天骑去上班').verdict).toBe('none-found')
  })

  it('reads no boss in a list headed 汇总：', () => {
    expect(signalsOf('汇总：本周每人交200元活动费，转给班长')).not.toContain('claim-superior')
    expect(signalsOf('张总：你查一下公司账户余额多少发我')).toContain('claim-superior')
  })

  it('reads no trade in a son naming a course platform, and still one taken off a platform', () => {
    expect(check('爸，下个月生活费你直接转我微信就行，平台上的课程我自己报').verdict).toBe('none-found')
    expect(
      check('亲，这台相机我不走平台了，手续费太高，你直接微信转我，我顺丰寄给你').because.map((b) => b.id)
    ).toContain('off-platform-deal')
  })

  it('still flags a parent asked to the hospital when the money is to be sent ahead by chat', () => {
    expect(
      check('妈，我在医院，你赶紧带上医保卡过来，路上先转5000押金到我微信，医生等着交').verdict
    ).not.toBe('none-found')
  })

  it('reads a Traditional 內部票 sold to lock a seat as money asked', () => {
    expect(signalsOf('張學友演唱會內部票，2000一張，轉我即刻鎖位')).toContain('want-money')
  })
})

describe("round 64's blind sets and round 63's fresh tester", () => {
  it('reads a gas or water part priced at the door or in a notice as gas-part-sold, and no genuine gas notice', () => {
    expectFired(
      [
        '燃（煤）气用户：您好！本单位工作人员定于本月统一佩戴工作证上门为用户安装经国家燃气用具检验中心检验合格的家用燃气报警器（380元/台）',
        '按照燃气公司规定，每家每户都要装燃气报警器，不装这个报警器就要停气。这个报警器480元，现在就给您装上。',
        '我们是燃气公司的，来做安全检测。你家这个燃气胶管不行了，得换，每米198元，现在就给你换上。',
        '我们是市自来水公司的，来给您家检查一下自来水水垢。您家水质不好，免费给您安装个净水器。大姨，给掏个安装费吧，490。'
      ],
      'gas-part-sold'
    )
    expectVerdicts(
      [
        '【XX燃气】尊敬的用户，我公司将于本周入户安检，安检免费，不收取任何费用，请认准工作证。',
        '燃气公司营业厅温馨提示：燃气报警器可到营业厅选购，安装请拨打客服热线。',
        '燃气公司通知：新房开户安装费2800元，请到营业厅办理。',
        '老公，燃气报警器我在网上买了，199元，周末你装一下'
      ],
      'none-found'
    )
  })

  it('reads a bank named as the payee as no claim to be the bank, and still a bank that speaks', () => {
    expect(
      signalsOf('他的账户是：工商银行 6222 0212 3456 7890 123 李建国。转完截图给我，别跟别人说。')
    ).not.toContain('claim-organisation')
    expect(signalsOf('收款行：建设银行，户名张某，货款请于周五前付清')).not.toContain('claim-organisation')
    expect(signalsOf('我是工商银行信用卡中心的，您的卡号6222021234567890123有异常')).toContain(
      'claim-organisation'
    )
  })

  it('reads a friend whose WeChat transfers are limited asking you to pay their friend as relative-pay-blocked', () => {
    expectHighBy(
      '同学，我微信转账功能被限制了，你能不能帮我用微信把钱转给我一个朋友？我马上把钱转到你的银行卡上，你把卡号发我。',
      'relative-pay-blocked'
    )
    expect(check('我微信转账被限制了，明天再转你，别急').verdict).toBe('none-found')
  })

  it('reads money refused under a threat to your safety as extortion, and not a friend telling you to be careful', () => {
    expectHighBy(
      '我們見面前你要先給5萬元保證金，30分鐘內轉過來。我是有幫派背景的，不給錢的話，當心你自身安全。',
      'extortion-money'
    )
    expectVerdicts(['晚上不给钱的话小心点，路上注意安全', '你不给钱的话，当心我告诉你妈'], 'none-found')
  })

  it("reads an office's reminder to treat fees with care as a warning, not an ask", () => {
    expectVerdicts(
      [
        '人力资源社会保障部提示：对于将先交费作为条件的招聘，或入职前收取保证金、办证费、服装费、资料费等都需要谨慎对待，核实有无收费的法律依据。'
      ],
      'none-found'
    )
  })

  it('reads a loss the firm "backs", a risk-free pledge, a promised rate and insider tips as sure profit', () => {
    const texts = [
      '这期藏品涨幅空间很大，即便贬值了，也由公司来兜底，一本万利',
      '叔叔，您这套房子抵押出去，每月坐收2万元，到期原价赎回，一点风险都没有',
      '我们这款养老产品签正规合同，承诺每年13.5%的利息，比银行高多了',
      '由我們向您提供內幕信息，推薦短期內可以翻倍的股票，獲利後我們按比例分成',
      '你好，我係網上投資專家，最近金價波幅大，跟我投資黃金回報好高'
    ]
    expect(texts.filter((text) => !signalsOf(text).includes('pressure-sure-profit'))).toEqual([])
    expectVerdicts(
      [
        '医生说这个手术一点风险都没有，放心吧妈',
        '公司承诺3%的年终奖',
        '这套邮票是我爷爷留下的，别卖给回收的'
      ],
      'none-found'
    )
  })

  it("reads Hong Kong money words: $ sums into a 户口, 呢個係 a friend's phone, 按金, FPS to a number, 收款人姓…", () => {
    const texts = [
      '媽，我換咗新電話，你可唔可以入住$3000落呢個戶口先？HSBC 123-456789-001',
      '呢個係朋友電話，我要交醫院按金，你過住兩萬蚊數去呢個戶口先',
      '阿媽：早晨\n阿姨：@阿媽 家姐，我個網銀今日轉唔到數，急住俾裝修師傅尾數，你可唔可以FPS轉8000去呢個號碼 6123 4567 先，收款人姓陳，聽日還你。'
    ]
    expect(texts.filter((text) => check(text).verdict !== 'high-risk')).toEqual([])
    expect(signalsOf('用轉數快過$5000俾呢個號碼 6987 1234 先，係我朋友嘅')).toContain('want-money')
    expect(signalsOf('請按金額大小排列，收款人姓名寫清楚')).not.toContain('channel-other-account')
  })

  it("reads a buyer's own payment after seeing the goods, and a firm's own bank, as nothing asked", () => {
    expect(signalsOf('可以面交嗎？我帶現金，當面驗機沒問題就付款')).not.toContain('want-money')
    expect(signalsOf('因我司开户行调整，收款账户以盖章的变更函为准')).not.toContain('want-info')
  })

  it("reads a school's fee paid into its own account or by the bank's 代扣 as its own payment, not a teacher paid", () => {
    expectVerdicts(
      [
        '关于收取本学期伙食费的通知\n尊敬的家长：请于9月7日前将伙食费3215元存入如下账号，务必将缴费回执交回班主任处登记。\n名称：某某市实验小学\n账号：7666579620710000123\n开户行：中国银行某某支行',
        '各位家长：学校学费以银行代扣的形式统一收取，请在9月1日前将款项存入孩子的农业银行卡，卡中必须有10元余额。'
      ],
      'none-found'
    )
    expect(
      check(
        '关于收取本学期资料费的通知\n各位家长：请于今天18点前将资料费280元转到班主任王老师个人微信，或扫描下方二维码缴纳。\n名称：某某市实验小学'
      ).verdict
    ).toBe('high-risk')
  })

  it('reads an application that passed its review as no legal threat, and still an account under review', () => {
    expect(
      signalsOf('【某某农商银行】您应聘的“柜员”岗位已通过报名信息审查，考试时间、地点请登录我行招聘网站查看')
    ).not.toContain('pressure-legal')
    expect(signalsOf('您的账户未通过审查，已被冻结，请配合调查')).toContain('pressure-legal')
  })

  it('reads 先装一个…App as an install asked, and not a son installing one for his mother', () => {
    expect(signalsOf('你先装一个“私密屋”App，关注我的直播，我在里面等你')).toContain('want-install')
    expect(check('妈，周末我回去帮你装一个打车软件').verdict).toBe('none-found')
  })

  it("reads a school security office's reminder to check with the teacher as a warning", () => {
    expect(
      check(
        '关于防范利用班级群诈骗的友情提醒：近期有不法分子冒用班主任的头像潜入班级群，在群内发送收款码，以收取资料费的名义让家长速速转钱。请同学们在收到任何扫码缴费的消息时，切勿急于转账，一定要直接与班主任核实真伪。'
      ).verdict
    ).toBe('none-found')
  })

  it('reads a job that needs a loan for training, a purchase to start or the ID card held, and not an instalment', () => {
    expectFlagged('零基础带薪实习，没钱培训还可协助贷款。培训后0-1年月薪5000元以上', 'high-risk')
    expectFlagged('保证月薪上万！到指定商家高价分期购买一辆电动车，即可成为美团骑手。', 'high-risk')
    expectFlagged(
      '（职介公司）给你们介绍到城阳一家电子厂上班，先交信息费、服装费、体检费、保险费，每人共计230元',
      'high-risk'
    )
    expect(signalsOf('电子厂那边今天不面试了，愿意去的现在登记，身份证先放我这')).toContain('want-info')
    expectVerdicts(
      [
        '我们驾校学费可以分期，首付一千就能报名',
        '你买辆电动车就可以接单了，送外卖挺自由的',
        '表哥说可以介绍你去他们厂上班，包吃住，月薪六千'
      ],
      'none-found'
    )
  })

  it('reads a call of seconds offered as proof, then no talking, as video-vouched, and not a friend who can talk', () => {
    expectVerdicts(
      [
        '刚才视频里是我，信号不好，晚上回家再打给你',
        '妈，刚才视频里的是我同学，我现在不方便说话，晚点打给你'
      ],
      'none-found'
    )
  })

  it("reads a check of one's funds' source as a legal threat, and a refunded verification sum as a fee first", () => {
    expectFlagged(
      '为了核查您的资金来源，您需要把其他银行卡里的钱都归集到这张卡上，我们这边核查完就给您解除冻结。',
      'high-risk'
    )
    expect(
      signalsOf('請您依照專員指示登入網路銀行操作驗證，驗證金額會在24小時內全數退還到您的帳戶。')
    ).toContain('want-fee-first')
  })

  it('reads records to bring, a commission taken, a fee the shop bears and a query line as nothing asked', () => {
    expectVerdicts(
      [
        '您好，我是城东派出所的民警小陈，您昨天报的网购被骗案，麻烦您把和对方的聊天记录、转账记录截图整理好，明天上午带身份证来所里做笔录。',
        '【网易藏宝阁】您寄售的角色已上架，交易成功后平台将收取5%寄售手续费，最低10元，货款扣除手续费后进入您的藏宝阁钱包。',
        '刘姐，报销系统我这边登不上，你下午有空的话帮我远程看一下，我装了向日葵，连上之后你直接操作就行。'
      ],
      'none-found'
    )
    expect(signalsOf('您的退货申请已通过，快递员会在今天18:00前联系您，运费由商家承担')).not.toContain(
      'want-money'
    )
    expect(signalsOf('游戏账号要解冻，平台收取保证金2000元')).toContain('want-fee-first')
  })

  it('reads a sum in Chinese numerals with no unit as money asked, and not metres, steps or a count', () => {
    expect(signalsOf('你先给我转五千，我晚上还你')).toContain('want-money')
    expect(signalsOf('今天走了一万步，打五千个字的稿子')).not.toContain('want-money')
  })

  it('names 不转账 for a sure-profit pitch rushed by a deadline', () => {
    expect(
      check(
        '叔叔阿姨好！我们公司推出养老项目，投资10万元每月返利3000元，稳赚不赔。名额有限，明天截止，请到会场签约，不要告诉子女。'
      ).rules
    ).toContain('no-transfer')
  })
})

describe("round 64's code review", () => {
  it("reads a reminder's stock words borrowed by a scammer's own ask, and still a school's reminder", () => {
    expectHighBy('为核实真伪，请您提供身份证号和银行卡号，我们是公安局的，您涉嫌洗钱', 'claims-police')
    expect(check('投资有风险需谨慎对待，但我们这个项目稳赚不赔，今天最后一天，名额有限').verdict).toBe(
      'high-risk'
    )
    expect(
      check('我们是正规平台，您一定要有防范意识，但我们这个项目稳赚不赔，今天加入还送500元').verdict
    ).toBe('high-risk')
    expect(check('同学，兼职刷单日结300，切勿急于求成，先交99元会员费就能接单').verdict).toBe('high-risk')
    expect(check('【XX银行】温馨提示：请勿轻信陌生来电，保护好您的账户密码和验证码').verdict).toBe(
      'none-found'
    )
  })

  it('reads a gas or water part the family bought, or a company only named, as no door sale', () => {
    expectVerdicts(
      [
        '老公，今天燃气公司来安检了，说我们家没装报警器。我在京东买了一个报警器，199元，周末你装一下',
        '妈，自来水公司说咱们小区水质达标，不用担心。我给你网上买了个净水器399元，师傅明天上门安装',
        '我在燃气公司上班，今天单位发了个报警器，外面卖三百多呢',
        '爸，水务公司换水表那天说减压阀老化了，我在五金店买了个减压阀85块，下午给你装上',
        '煤氣公司嘅師傅話喉管舊咗，我自己去五金鋪買咗條喉管$45，聽日換'
      ],
      'none-found'
    )
    expectFired(
      [
        '燃气安检：您家没有安装自闭阀，按规定必须安装，自闭阀每个360元，现场支付',
        '燃气公司通知：根据最新安全规定，居民用户必须安装燃气报警器和自闭阀，未安装的将停止供气，安装费560元'
      ],
      'gas-part-sold'
    )
  })

  it("reads money refused under a threat, and not a worker's wage claim or a mother's 小心安全", () => {
    expectVerdicts(
      [
        '儿子：老板拖了三个月工资，今天再不给钱，我们就去劳动局投诉，不然就发到网上曝光他',
        '晚上出去不给我打电话的话，小心安全，记得带钱，我放了200块在你包里'
      ],
      'none-found'
    )
    expectHighBy('我是有帮派背景的，不给钱的话，当心你自身安全', 'extortion-money')
  })

  it('reads 按金 as 押金 in Cantonese without another Cantonese word, and not 按金重 or 按金价', () => {
    expect(signalsOf('媽，我喺醫院，要交按金兩萬蚊，你快啲過數俾我朋友')).toContain('want-money')
    expect(check('老婆，周大福说以旧换新按金重算，补差价2000块就能换那个镯子，你看怎么样').verdict).toBe(
      'none-found'
    )
  })

  it("reads a job's appointed shop, an employer holding ID cards and 先装…App, and not a family's own", () => {
    expectVerdicts(
      [
        '你分期买辆车就可以接单跑滴滴了，我表哥就这么干的，一个月能挣七八千',
        '妈，你的身份证先放我这，明天我帮你去社区办社保卡',
        '妈，你再装个微信视频的软件试试，装好了我给你打过去'
      ],
      'none-found'
    )
    expect(signalsOf('入职要把身份证押在我们这里，干满三个月再还你')).toContain('want-info')
    expect(signalsOf('來做外賣騎手，喺指定車行分期買部電單車就可以上班，月入過萬')).toContain(
      'want-fee-first'
    )
  })

  it('reads no sure profit in a plain risk-free saving, a rate not promised, news of insider tips or a loan', () => {
    expectVerdicts(
      [
        '妈，国债是国家发行的，每个月利息不多，但一点风险都没有，你放心买',
        '爸，这款银行理财不保证5%的收益，经理说了有风险，咱还是存定期吧',
        '证监会通报：某上市公司董秘向亲友透露内幕信息，被罚款50万元',
        '信用卡分期利息好高，还是别分期了，我下个月一次还清'
      ],
      'none-found'
    )
    expect(signalsOf('我们这款养老产品签正规合同，保证每年8%的收益')).toContain('pressure-sure-profit')
  })

  it("keeps a bank's own header or greeting as a claim to be the bank, beside its card number", () => {
    expect(
      signalsOf('【工商银行】您的账户6222021234567890123因涉嫌洗钱已被冻结，请立即联系客服解冻')
    ).toContain('claim-organisation')
    expect(signalsOf('农业银行通知：您的账户是农业银行 6228 4800 1234 5678，因未年检将被冻结')).toContain(
      'claim-organisation'
    )
  })

  it('reads a question about the payee as no other payee named', () => {
    expect(signalsOf('收款人叫什么名字？我要填备注')).not.toContain('channel-other-account')
    expect(signalsOf('收款人姓陈，是我同学，FPS转去呢个号码 6123 4567')).toContain('channel-other-account')
  })

  it("reads a school's own account with a receipt handed to the teacher as its own payment, not a class's name", () => {
    expect(
      check(
        '关于缴纳2024年秋季学期学费的通知\n各位家长：学费每生1200元，请于9月5日前存入学校账户。\n户名：某某市第二实验小学\n账号：7666 5796 2071 0000 123\n开户行：中国银行某某支行\n缴费后请将回执交给班主任。'
      ).verdict
    ).toBe('none-found')
    expect(
      check('各位家长：资料费280元，名称：某某小学三年级二班 账号：6217001234567890，请今晚交齐，截图发群里')
        .verdict
    ).not.toBe('none-found')
  })
})

describe("round 65's blind sets", () => {
  it("reads a stranger's diagnosis sold as a cure at a price per box as a health pitch, not a relative's or a doctor's purchase", () => {
    expectVerdicts(
      [
        '您这血糖偏高，不及时治疗会出大事。我们这个特效药80元一盒，先拿3盒吃着',
        '阿姨，您血压高，喝点我们的蜂胶就能降血压，1瓶60，买五送一',
        '陌生男子：医院没卖，我能拿到更好的复原药膏，先给我3000元。',
        '专家说这个方案要连续吃几个疗程才能彻底治好，您放心'
      ],
      'none-found',
      true
    )
    expectVerdicts(
      [
        '医生说这个药医院没得卖，让我去药店买，38元一盒',
        '妈，这个降压药医院不卖，我在药房买了，45元一盒，一次吃一片'
      ],
      'none-found'
    )
  })

  it('reads a tip or a PK paid back many times over as a rebate', () => {
    expectVerdicts(
      [
        '家人们打赏10元就能得到100元现金红包，名额有限，手慢则无',
        '今晚PK赢了，贡献榜前三名我每人返三倍！冲冲冲，刷起来'
      ],
      'high-risk'
    )
    expectVerdicts(['直播间打赏100元，主播送了一张5元优惠券'], 'none-found')
  })

  it("reads a parcel held up or knocked about, with a courier's own WeChat to add, as a problem to fix elsewhere", () => {
    expectVerdicts(
      [
        '【某某驿站】您的快递已滞留多日，电话联系不上，请加快递员微信确认派送时间。',
        '您好，您的包裹在运输中磕坏了，请加派件员微信处理'
      ],
      'none-found',
      true
    )
  })

  it('reads exam cheating kits, bought grades and certificates "查得到" as bought outcomes', () => {
    expectVerdicts(
      [
        '专业助考，四级必过，考试作弊器考中发送答案，过了再付款',
        '挂科的找我，买成绩一科2500，出成绩后再付钱',
        '代办毕业证，学信网可查，价格私聊'
      ],
      'none-found',
      true
    )
    expectVerdicts(['毕业生请于4月30日前登录学信网核对学历电子图像，如有误请联系教务处'], 'none-found')
  })

  it('reads a formal notice with numbered sections and its issuer, asking nothing an office never asks, as genuine', () => {
    expectVerdicts(
      [
        '关于毕业生校园卡余额退款的通知\n各位毕业生：\n一、4月8日前，需要退款的同学请到行政楼126室登记，并确保本人建行卡可用。\n二、4月22日起学校将冻结全部毕业生校园卡。\n三、5月10日前，学校将余额退至学生本人建行卡，请注意查收。\n财务处\n2024年3月28日',
        '各位同学：\n1. 国家助学金将于下周发放至学生本人银行卡，请保管好银行卡，如有丢失请尽快挂失。\n2. 如发现未到账，请耐心等待，不必着急。\n学生资助管理中心'
      ],
      'none-found'
    )
    expectVerdicts(
      [
        '关于发放个人劳动补贴的通知\n各位职工：\n一、本年度个人劳动补贴已下发。\n二、请于3日内扫描下方二维码，填写银行卡号及短信验证码申领，逾期视为放弃。\n财务部',
        '关于学费缴纳的紧急通知\n各位家长：\n一、因学校账户升级，本学期学费请转入以下账户：户名 张某某 账号 6222 0212 3456 7890。\n二、请于今晚12点前转账，逾期将取消学籍。\n教务处',
        '关于ETC停用的通知\n一、您的ETC已被停用，将影响正常通行。\n二、请尽快致电 0571-87654321 办理解除。\n交通运输局'
      ],
      'high-risk'
    )
  })

  it('says a notice was cleared as a formal notice (formalNotice), and not a fake one in that shape', () => {
    const genuine = check(
      '关于毕业生校园卡余额退款的通知\n各位毕业生：\n一、4月8日前，需要退款的同学请到行政楼126室登记。\n二、5月10日前，学校将余额退至学生本人建行卡，逾期不再办理。\n财务处\n2024年3月28日'
    )
    expect([genuine.verdict, genuine.formalNotice, genuine.because]).toEqual(['none-found', true, []])
    const fake = check(
      '关于发放个人劳动补贴的通知\n各位职工：\n一、本年度个人劳动补贴已下发。\n二、请于3日内扫描下方二维码，填写银行卡号及短信验证码申领，逾期视为放弃。\n财务部'
    )
    expect([fake.verdict, fake.formalNotice]).toEqual(['high-risk', false])
    // Not a notice: the flag says why a text was cleared, never only that it was.
    expect(check('妈，我周六中午回家吃饭').formalNotice).toBe(false)
  })

  it("reads a grant paid out to the student's own card as no money asked", () => {
    expect(signalsOf('奖金将发放至这张银行卡上')).not.toContain('want-money')
    expect(signalsOf('请把奖金手续费转到这张银行卡上')).toContain('want-money')
  })

  it('reads a card, a SIM, a face scan, an ID or a parcel lent to a friend for pay or for passing on as 帮信', () => {
    expectVerdicts(
      [
        '你那张农行卡反正不用，借我用两个月，我公司要走点账，卡和U盾给我就行，密码你设个新的告诉我',
        '你那张不用的手机卡还在吗？借我几天，我注册几个号要收验证码',
        '你在手机上刷一下脸就行，帮我朋友做个认证，他给你发两百红包',
        '下周有几个包裹寄到你那，你别拆，会有人上门来拿，一件给你三十跑腿费',
        '用你身份证注册个公司，你当个法人，营业执照办好给我，给你三千辛苦费',
        '去银行办张新卡给我老板用一个月，一张给八百'
      ],
      'high-risk'
    )
    expectVerdicts(['快递寄到你那了，你别拆，等我周末回家拿', '我把wifi密码发你了，你连一下'], 'none-found')
  })

  it("reads a child's hospital bill paid to a new number's Alipay, and a sum wired to a masked account, as asks", () => {
    expect(check('爸妈，我在医院看病，身上钱不够了，你们转我这个手机号的支付宝吧。').verdict).toBe(
      'high-risk'
    )
    expect(check('我是医院医生，您的孩子出车祸了，请汇20000到****，速来').verdict).not.toBe('none-found')
  })

  it("reads a call to 110 or 96110 that a notice advises, and a court's 并非法外之地, as no ask and no threat", () => {
    expectVerdicts(
      [
        '工信部提醒：预警短信不带任何链接和电话，无需回复。如有疑问可拨打公安机关110、96110号码进行咨询。',
        '法院提醒：网络并非法外之地，追星要理性，警惕打榜集资。'
      ],
      'none-found'
    )
    expect(signalsOf('如有疑问请拨打 0571-88886666 咨询')).toContain('want-move')
  })

  it("reads a tax refund or a grant paid into the reader's own account as no money asked, and a fee for it as one", () => {
    expect(signalsOf('退税款会直接汇入纳税人指定账户，请注意查收')).not.toContain('want-money')
    expect(check('您的退款将直接汇入您的银行卡，请先缴纳100元手续费').verdict).toBe('high-risk')
  })

  it('reads money "sent straight back" after a screenshot, and a fee first to return what is yours, and not a plain refund', () => {
    expectVerdicts(
      [
        '你好，你的快递被我拿错了，我离得远，叫个跑腿给你送过去，跑腿费20块你先转我一下',
        '爸，你转我1314，我截张图发个朋友圈，马上原路退给你'
      ],
      'none-found',
      true
    )
    expectVerdicts(
      ['妈，我截个图给你看看，这件衣服退给商家了，钱过两天回来', '你的手机落我车上了，明天我送到你小区门口'],
      'none-found'
    )
  })

  it("reads a fee to pay by a link before a deadline, and a booking's card check by link, as phishing; not a carrier's bill on its own site", () => {
    expectVerdicts(
      [
        '應繳規費：900元（請於今日內完成繳納）立即處理 → https://mvdis-pay.com/p',
        '为确保您的预订顺利，请完成信用卡验证：https://booking-check.com/v 若未于期限内完成，预订将无法保留。'
      ],
      'high-risk'
    )
    expect(
      check('【中国移动】您本月话费58元，请于25日前缴纳，可登录 http://10086.cn 或中国移动App缴费。').verdict
    ).toBe('none-found')
  })
})

describe("round 65's code review", () => {
  it('reads a fake notice in the formal shape that sends you to a private account or number, or promises what only a scam does, as no genuine notice', () => {
    expectVerdicts(
      [
        '关于发放2024年度个人劳动补贴的通知\n各位职工：\n一、根据人社部文件，本年度劳动补贴已下发，每人2860元。\n二、请于今日内添加财务处QQ 2836451790，提交姓名、身份证号、银行卡号领取。\n三、逾期未申领视为自动放弃。\n财务处\n2024年5月20日',
        '关于本学期教材费、资料费收取的通知\n各位家长：\n1. 本学期教材资料费每生380元。\n2. 请添加班主任微信 zhanglaoshi2024 ，缴费后截图发给我登记。\n3. 请于本周五前完成。\n教务处',
        '关于发放疫情补贴的通知\n一、本次补贴每人1200元，由财政统一拨付。\n二、请回复本短信：姓名+身份证号+银行卡号+开户行，工作人员核对后发放。\n三、名额有限，先到先得。\n人力资源和社会保障局',
        '关于领取防疫补贴的通知\n一、每户补贴1680元。\n二、请下载"政务通"APP，在APP内填写银行卡信息领取。\n三、本周内有效。\n街道办事处',
        '关于参加2024年公务员考试培训的通知\n一、本培训由内部老师授课，保证通过面试。\n二、培训费9800元，请联系王老师 13912345678 报名。\n人事考试中心',
        '关于兼职刷单的招聘通知\n一、在家手机操作，日结200-500元。\n二、先垫付做单，完成后返还本金加佣金。\n三、请联系HR 微信 hr8866。\n人力资源部',
        '关于考研复试的通知\n一、今年复试内部有名额，包过。\n二、报名费3000元，请汇入指定账户。\n研究生招生办公室',
        '关于个人所得税退税的通知\n一、您有一笔退税款3268元待领取。\n二、请联系税务专员 电话 021-61234567，按提示操作领取。\n税务局'
      ],
      'none-found',
      true
    )
  })

  it('reads a family call, a refused 法人 offer, a SIM lent to mum, a pension face check and a door-lock password as no ask', () => {
    expectVerdicts(
      [
        '刚才妈打我电话说姥姥住院了，让我赶紧回去',
        '你妹夫开了个公司，让你当个法人，我说不行，风险太大，给多少好处费都不干',
        '我那台旧手机的手机卡借给我妈了，她用来接验证码登医保APP',
        '刷个脸就能领养老金认证，社区给你发了个红包，老爸你看看',
        '爸，你把家里门锁的密码设个新的，告诉我一声',
        '爸你转我的钱我截个图存着，下月工资发了就还给你',
        '你把钱转到我这个手机号的支付宝就行，我微信不常用'
      ],
      'none-found'
    )
  })

  it('reads a learner\'s "必过", exam-day volunteers and a school\'s certificate pickup as no bought outcome', () => {
    expectVerdicts(
      [
        '这次科目一必过！我刷了一千道题，明天考试',
        '学校组织助考志愿者，高考期间帮考生指路，报名找李老师',
        '毕业证丢了的同学，请到教务处办理毕业证补办，工本费20元，现场缴纳'
      ],
      'none-found'
    )
    expectVerdicts(
      ['专业助考，四级包过，考中发送答案，过了再付款', '代办本科毕业证，学信网可查，价格私聊'],
      'none-found',
      true
    )
  })

  it('still reads a face scan for a friend\'s shop and "截图发朋友圈…双倍还你" as scams', () => {
    expectVerdicts(
      [
        '姐，你帮我个忙，我朋友在做网店，要个实名认证，你手机上刷个脸就好，一分钟的事，他给你转两百红包。',
        '宝贝，你给我转个1314好不好，我截图发朋友圈炫耀一下，转完我双倍还你'
      ],
      'none-found',
      true
    )
  })

  it("reads pay offered for a plain errand as no lure (round 65's code review)", () => {
    expectVerdicts(
      ['麻烦你帮我带份饭，给你转10块跑腿费', '谢谢你帮我搬家，给你转两百块红包买点水果'],
      'none-found'
    )
  })

  it("reads a fee someone else pays, the reader told she need not, as nothing asked (round 65's fresh tester)", () => {
    expect(check('奶奶，我明天学校开家长会，老师说要交三十块资料费，爸爸说他来交，您不用管。').verdict).toBe(
      'none-found'
    )
    expect(check('奶奶，老师说要交三十块资料费，爸爸不在，你先转给我，我去交').verdict).not.toBe('none-found')
  })
})

describe("round 66's blind sets", () => {
  it("reads money asked for a blessing, a fortune turned or a disaster averted as the fake monk's script", () => {
    expectFired(
      [
        '施主，看您面相和佛有缘，今年家里有灾，捐888元香火钱就能化解，保佑全家平安',
        '大師助理：您今年運勢不太好，需要請一件開光的轉運法器化解，結緣價12800元，微信轉賬後寄給您',
        '我们是来化缘修庙的，只要捐上100元，就可以把您的名字刻上功德碑，保佑全家平安',
        '这个开光护身符免费送您结缘，施主你也发发善心，捐点钱吧'
      ],
      'blessing-for-money'
    )
    expectVerdicts(
      [
        '本寺农历七月十五举办盂兰盆法会，欢迎随喜功德，报名请到客堂登记',
        '妈，我明天去寺里上香给你求个平安符，你有啥想许的愿跟我说',
        '张阿姨住院了，大家捐点钱帮帮她，能帮一点是一点，接龙写上金额'
      ],
      'none-found'
    )
  })

  it('reads a donation appeal that gives a card number in the same sentence as money asked', () => {
    expect(
      signalsOf('抗震救灾，众志成城，红十字会望大家伸出援助之手，建设银行卡号：6217 0000 1111 2222')
    ).toContain('want-money')
    expect(
      signalsOf('捐款方式\n户名：某省红十字会\n账号：1702 0206 2920 0522 236\n开户行：工商银行某支行')
    ).not.toContain('want-money')
  })

  it('reads 帮信 asks phrased as an errand: a card with its U盾 posted, an ID for accounts, parcels forwarded', () => {
    expectVerdicts(
      [
        '你那张卡别用了，连U盾一起寄给我，密码改好发我，每个月给你1500',
        '兄弟帮个忙，用你身份证注册几个支付宝，一个给你100',
        '有几个快递寄到你那，你收到后不用拆，帮我转寄到这个地址，每件给你20'
      ],
      'high-risk'
    )
    expectVerdicts(['妈，快递寄到你那了，你先别拆，等我周末回去再拆'], 'none-found')
  })

  it('reads a password asked to be told (告知密码), and not the password one is told to change', () => {
    expect(signalsOf('您的银行卡需要现场验证，请带上银行卡并告知密码')).toContain('want-code')
    expect(signalsOf('确认无误后告知客服修改想改的密码和手机号')).not.toContain('want-code')
    expect(check('银行工作人员不会要求您告知密码，请勿向任何人透露。').verdict).toBe('none-found')
  })

  it("reads a student account to be closed, a loan's interest paid first and a soldier's 班长 card as the scams they are", () => {
    expectVerdicts(
      [
        '您当时开通支付宝的时候填写的是学生账户信息，现在需要把它撤销关闭，改换成社会人士身份信息再继续使用，不然影响征信',
        '我们的贷款流程很简单，不用担保，只要先给钱庄账号存入3%的利息，钱庄就会立即放贷',
        '爸妈，我正被调往抗震救灾的前线，请速汇5000元到我班长的农业银行卡上，卡号6228****，请速汇。'
      ],
      'high-risk'
    )
  })

  it('reads a stranger at the hospital who says the doctor sits elsewhere and leads the patient there as a 医托', () => {
    expectFired(
      [
        '阿姨，您等的李教授今天不在这边出诊，在旁边中医馆坐诊，我们正好也去，您跟我们一起走吧',
        '大哥，我二姨的腰就是那个老中医治好的，就在后面那条街，打个车五分钟就到，那边不用排队',
        '伯伯，呢度個醫生今日唔喺度，我而家帶你過去嗰間醫館，個師傅以前係大醫院退休嘅'
      ],
      'hospital-tout'
    )
    expectVerdicts(
      [
        '妈，王主任今天不在，护士说明天上午出诊，我明天请假陪您去挂号',
        '爸，专家号挂上了，周三上午九点，在门诊楼三楼，我带您过去',
        '您好，李医生今天在分院坐诊，您可以在医院公众号上改约到分院，或者明天再来'
      ],
      'none-found'
    )
  })

  it("shows a 医托 as its own kind, not as the brochure kind its words happen to share (round 66's fresh tester, M1)", () => {
    const tout = check(
      '阿姨，您也是来看腰的吧？专家今天在外面坐诊，我带您过去，就在旁边那条街上，我妈就是在那看好的。'
    )
    expect([tout.verdict, tout.scheme?.id, tout.category]).toEqual(['high-risk', 'hospital-tout', null])
  })

  it("reads a streamer's promise to pay tips back as the rebate bait, and not a grandson's top-up paid back", () => {
    expectVerdicts(
      [
        '宝，今晚PK我要拿第一，你帮我刷两个嘉年华，刷多少我下播全部转回给你，再多给你包个红包',
        '哥，帮我冲一下小时榜，差三千音浪，你先充，我明天返你两倍'
      ],
      'high-risk'
    )
    expectVerdicts(['奶奶，帮我充一下五十块话费，我回头把钱转回给你'], 'none-found')
  })

  it('reads a fee kept back from a refund paid back the way it came, a 充值记录 and 税前扣除 as nothing asked', () => {
    expectVerdicts(
      [
        '您好，按合同剩余课时可以退，要扣除剩余金额20%的违约金，退款会原路退回到您付款的卡上，明天带合同来前台签字就行。',
        '孩子偷偷给游戏充了钱，我在平台的未成年人退款入口提交了，要上传户口本和充值记录，说审核通过原路退回。',
        '【某银行】开立个人养老金账户，缴存额可在个税前扣除，每年上限12000元。详询App或网点，回复R退订。'
      ],
      'none-found'
    )
    expect(signalsOf('请先把剩余金额20%的手续费转到这个账户，我们再给您退款')).toContain('want-money')
  })

  it("reads a scammer's turns in a replayed call as told when the text warns, and not without a warning", () => {
    const replay = check(
      '【反诈课堂】还原一段诈骗通话：\n骗子：您好，我是快递理赔客服，您的包裹丢了，给您双倍赔偿。\n受害人：怎么赔？\n骗子：您下载一个会议软件，打开共享屏幕，我教您操作。\n最终受害人被骗3万元。警方提醒：要求共享屏幕的都是诈骗。'
    )
    expect(replay.verdict).toBe('none-found')
    expect(check('骗子：您下载一个会议软件，打开共享屏幕，我教您操作，理赔款马上到账').verdict).not.toBe(
      'none-found'
    )
  })

  it('reads secrecy from parents or from the hospital as secrecy', () => {
    expect(signalsOf('先用这个月生活费顶一下，不要跟家长说哈')).toContain('want-secrecy')
    expect(signalsOf('去了别跟医院的医生提，他们不让病人出去看')).toContain('want-secrecy')
  })

  it('reads rules headed 须知, 规则 or 要点 in numbered sections as a formal notice, and not a fake one with a QQ', () => {
    const rules = check(
      '纪念币预约要点\n1、预约数量：每人预约、兑换限额20枚。\n2、预约核实期：未通过核查的客户可前往我行网点办理解锁，逾期将影响下一次兑换。\n3、证件要求：须提供第二代居民身份证原件。'
    )
    expect([rules.verdict, rules.formalNotice]).toEqual(['none-found', true])
    expect(
      check(
        '纪念币预约要点\n1、本次纪念币内部预约名额有限。\n2、请添加客服QQ 2836451790，提交身份证号和银行卡号预约，逾期作废。'
      ).verdict
    ).not.toBe('none-found')
    expect(
      check(
        '中奖须知\n1、恭喜您获得二等奖，奖金5万元。\n2、领奖需先缴纳个人所得税2000元。\n3、请于3日内办理。'
      ).verdict
    ).toBe('high-risk')
    // Headed only (no issuer): a QQ群 or details asked keep it flagged (round 66's code review).
    expectVerdicts(
      [
        '国家助学金申领须知\n一、请加入QQ群：836451290\n二、进群后按老师指引操作\n三、逾期视为放弃',
        '学费退费办理流程\n一、请提供一下您的银行账号和身份证号\n二、核对后3个工作日内退款打到您的卡上\n三、逾期不办理视为自动放弃'
      ],
      'high-risk'
    )
  })

  it("reads an exam authority's 作弊…成绩记为0分 with a number to call as a threat, and a refund 协商Q群 as a chat elsewhere", () => {
    expect(
      check(
        '【某省教育考试院】考生您好，经监控回放，发现您在考试中存在作弊行为，该科成绩记为0分。如有疑问请致电0571-87651234咨询。'
      ).verdict
    ).not.toBe('none-found')
    expect(check('《某教育》课程善后退款，协商Q群：571234567。').verdict).not.toBe('none-found')
    expect(check('各位家长，本学期家长交流QQ群：571234567，请大家加入，方便老师发通知。').verdict).toBe(
      'none-found'
    )
  })

  it("reads a rebate table that pays back more than is paid as the rebate bait, and not a shop's 满100返20", () => {
    expect(
      check(
        '本单为爱心捐赠任务，打款后我们统一捐赠，并根据金额给您返利：100返130，500返650。完成前三单后可接大额任务单。'
      ).verdict
    ).toBe('high-risk')
    expect(check('本店周年庆：满100返20，满300返80，欢迎到店选购').verdict).toBe('none-found')
  })

  it('reads a free pet that only needs its fare paid, and an 内部名额 sold with its fee sent to me, as scams', () => {
    expectVerdicts(
      [
        '我们救助的猫狗免费领养，只需要付个托运费就能送到您家，加我微信看照片',
        '马拉松内部名额转让，低于官方报名价，转让费转我，领物那天有人带你去'
      ],
      'high-risk'
    )
    expectVerdicts(['小区流浪猫免费领养，要求按时打疫苗，不收任何费用，有意的私信我'], 'none-found')
  })

  it("reads China Construction Bank's own short link (s.ccb.cn) as its own, not a look-alike", () => {
    expect(
      signalsOf(
        '【建设银行】月月领红包，最高8.88元立减金，消费直抵！数量有限，点击s.ccb.cn/s/a/Zmq。拒收请回复R'
      )
    ).not.toContain('channel-lookalike')
    expect(signalsOf('【建设银行】您的账户异常，请点击 ccb-cn.top/verify 验证')).toContain(
      'channel-lookalike'
    )
  })

  it("reads money paid into the reader's registered account and a police call to stop transferring as nothing asked", () => {
    expectVerdicts(
      [
        '财政局提醒：今年的现金分享款项会以自动转账方式存入已登记的银行账户，转账日期为7月3日，不会透过短信要求市民提供资料。',
        '【某市反诈中心】您近日转账的收款账户疑似涉诈，请立即暂停再转账，并向银行或拨打96110核实。'
      ],
      'none-found'
    )
  })

  it('reads a notice titled 关于…的通告 as formal, like one titled 通知', () => {
    const notice = check(
      '某市关于社会保障卡到期更换的通告\n尊敬的社会保障卡持卡人：\n1、社保卡有效期为10年，超过有效期后，相关功能无法正常使用。\n2、请务必在到期前到社保卡合作银行网点更换。\n咨询电话：0561-12333'
    )
    expect([notice.verdict, notice.formalNotice]).toEqual(['none-found', true])
    // A threat's words with only the notice's own 咨询电话 line to call: still the notice.
    const expiring = check(
      '某市关于社会保障卡到期更换的通告\n1、社保卡超过有效期后将被停用，相关功能无法正常使用。\n2、请务必在到期前到合作银行网点更换。\n咨询电话：0561-12333'
    )
    expect([expiring.verdict, expiring.formalNotice]).toEqual(['none-found', true])
  })
})

describe("round 66: where a hit's word ends in each quote (SignalHit.wordEnds, the matcher's own place)", () => {
  /** The quote of `id` in `text` that holds `words`, and what it shows up to the carried place. */
  const upToWord = (text: string, id: SignalId, words: string): string => {
    const hit = check(text).hits.find((h) => h.signal.id === id)
    if (!hit) throw new Error(`${id} not found in ${text}`)
    const i = hit.quotes.findIndex((q) => q.includes(words))
    const end = hit.wordEnds[i]
    if (end === null || end === undefined) throw new Error(`no place for ${words} in ${hit.quotes[i]}`)
    return hit.quotes[i].slice(0, end)
  }

  it('ends right after the word the signal matched, in the quote as shown', () => {
    const etc = '【ETC服务】您的ETC已于今日停用，请登录 etc-abc.cn 重新认证，逾期将无法通行'
    expect(upToWord(etc, 'pressure-threat', '停用')).toBe('【ETC服务】您的ETC已于今日停用')
    // Round 65's tester: 许诺稳赚不赔's row named “我舅舅在博彩…”, cutting 博彩平台 in two.
    expect(
      upToWord(
        '我舅舅在博彩平台上赢了很多钱，他说带我一起玩，先充值5000就能翻倍',
        'pressure-sure-profit',
        '博彩'
      )
    ).toBe('我舅舅在博彩平台')
    // A link later in a line of emoji (each two UTF-16 units): its place is after https://, not among the emoji.
    const emoji = '😀😀🎉🎉💰💰朋友们快来看看这个 https://t.cn/abc 每天都有红包'
    expect(upToWord(emoji, 'channel-link', 'https://')).toMatch(/看看这个 https:\/\/$/)
  })

  it('counts the "…" of a quote cut before the word, and the word as written (full-width, capitals)', () => {
    const long = '我们这边的系统检测到您名下有一张银行卡涉嫌参与跨境洗钱案件目前已被冻结请立即配合调查'
    expect(upToWord(long, 'pressure-threat', '冻结')).toBe('…银行卡涉嫌参与跨境洗钱案件目前已被冻结')
    expect(upToWord('客服说退款要先添加ＱＱ号，备注订单号', 'want-move', 'ＱＱ')).toBe(
      '客服说退款要先添加ＱＱ'
    )
  })

  it('skips what the quote leaves out before the word: a reordering control, a dangling quotation mark', () => {
    expect(upToWord('\u202e“你的银行卡已被冻结，马上转到安全账户', 'pressure-threat', '冻结')).toBe(
      '你的银行卡已被冻结'
    )
  })

  it('has no place for the wording, found by how a clause reads, and none for a tick without words', () => {
    const result = check('我舅舅在博彩平台上赢了很多钱，他说带我一起玩，先充值5000就能翻倍')
    const wording = result.hits.find((h) => h.signal.scoredBy === 'wording')
    expect(wording?.wordEnds).toEqual(wording?.quotes.map(() => null))
    expect(wording?.quotes.length).toBeGreaterThan(0)
    const ticked = check('你好', [riskSignalData.situations[0].id]).hits
    expect(ticked.map((h) => [h.quotes, h.wordEnds])).toEqual([[[], []]])
  })

  it('gives every quote of every team example a place inside it that ends a whole character', () => {
    let places = 0
    for (const { text } of teamExamples as Array<{ text: string }>) {
      for (const hit of check(text).hits) {
        expect(hit.wordEnds).toHaveLength(hit.quotes.length)
        hit.wordEnds.forEach((end, i) => {
          if (end === null) return
          places++
          const quote = hit.quotes[i]
          expect(end).toBeGreaterThan(quote.startsWith('…') ? 1 : 0)
          expect(end).toBeLessThanOrEqual(quote.length)
          // Never between the two halves of an emoji.
          expect(/[\ud800-\udbff]/.test(quote[end - 1])).toBe(false)
        })
      }
    }
    expect(places).toBeGreaterThan(100)
  })
})

describe("round 66's code review (/tmp/cr66: the new signal, rules and patterns read for the genuine messages they meet)", () => {
  it('reads incense money asked without a unit, or a blessing priced, as the fake monk’s ask', () => {
    expectFired(
      [
        '师傅说你和佛有缘，捐200香火钱保平安',
        '大师看你面相，说你家里最近有灾，要捐点功德钱才能化解',
        '这串开光佛珠是师父亲自加持的，请回去能保平安，结缘价只要1888',
        '師父說你和佛有緣，今年有血光之災，捐八百八香火錢就能化解'
      ],
      'blessing-for-money'
    )
  })

  it("reads a temple's 随喜 notice, a donor roll, a relative's own 香火钱 and a company's 转运 bonus as no fake monk", () => {
    expectVerdicts(
      [
        '本寺重修大殿，欢迎十方善信随喜捐赠，功德箱设于大殿门口，本寺不设任何个人收款',
        'XX寺大殿维修功德芳名录：张三随喜功德1000元，李四随喜功德500元，感恩各位居士护持',
        '儿子，初一了，妈去寺里上香，给你们求平安，你转我200块，我捐个香火钱保佑你考试顺利',
        '今年公司运势不好，大家辛苦了，年终给每人发2000元红包，转转运'
      ],
      'none-found'
    )
  })

  it('reads a relative, a friend or a nurse who leads the reader to the hospital’s own campus or ticket as no 医托', () => {
    expectVerdicts(
      [
        '妈，王主任今天不在，在分院坐诊，我带你过去，打车十分钟，那边不用排队',
        '阿姨，您挂的李医生今天不在本院出诊，临时调到东院区了，我带您去东院区的班车那，坐班车过去不用排队',
        '我妈的腰椎就是三院骨科刘主任看好的，你明天挂他的号，我带你过去，我认识路',
        '你爸的胃病也是在省医院看好的，别去小诊所了，明天我陪你去省医院，我带你过去',
        '阿妈，陈医生今日唔喺医院，佢喺诊所睇症，我而家带你过去，唔使排队'
      ],
      'none-found'
    )
    expectFired(
      [
        '阿姨您别排队了，那个专家今天去外面的诊所坐诊，我正好也要去，跟我们一起走吧',
        '阿姐，李醫生今日唔喺醫院睇症，喺隔離診所，我而家帶你過去，唔使排隊',
        '李医生今天不在医院坐诊，在对面诊所，我带你过去'
      ],
      'hospital-tout'
    )
  })

  it('reads "别担心，医生说…" and "不能对老师说谎" as no secrecy', () => {
    expect(signalsOf('妈，别担心，医生说手术很顺利，明天就能转普通病房')).not.toContain('want-secrecy')
    expect(signalsOf('不要紧张，护士说打完这瓶就可以回家了')).not.toContain('want-secrecy')
    expect(signalsOf('孩子，做错事不能对老师说谎，要诚实')).not.toContain('want-secrecy')
    expect(signalsOf('去了别跟医院的医生提，他们不让病人出去看')).toContain('want-secrecy')
  })

  it('reads an initial password someone will tell, 提现需先支付宝 and 安排长期 as nothing asked', () => {
    expect(signalsOf('新生校园网账号已开通，辅导员会告知初始密码，登录后请及时修改')).not.toContain(
      'want-code'
    )
    expect(signalsOf('您的银行卡需要现场验证，请带上银行卡并告知密码')).toContain('want-code')
    expect(signalsOf('提现需先支付宝实名认证，认证后即可提现到余额')).not.toContain('want-fee-first')
    expect(signalsOf('领奖需先缴纳个人所得税2000元')).toContain('want-fee-first')
    expect(signalsOf('我们会安排长期合作的银行账户给您结算货款，请确认')).not.toContain(
      'channel-other-account'
    )
    expect(signalsOf('请速汇5000元到我班长的农业银行卡上')).toContain('channel-other-account')
  })

  it('reads a bank account asked for a refund the writer pays as no details asked, and a card lent across clauses as none', () => {
    expect(signalsOf('小王，押金退你，你提供一下你的银行账号，我明天转你')).not.toContain('want-info')
    expect(signalsOf('请提供一下您的银行账号和身份证号')).toContain('want-info')
    expect(check('我在健身房办了卡，你那个自行车借我骑一个月，每个月给你100块').verdict).toBe('none-found')
  })

  it('does not clear a 规则 in numbered sections that pays a 保证金 back with 佣金 (rebate)', () => {
    const fake = check(
      '新人接单规则\n1、首单需缴纳保证金500元\n2、完成三单后保证金连同佣金一并返还\n3、名额有限今日截止'
    )
    expect([fake.verdict, fake.formalNotice]).toEqual(['high-risk', false])
  })
})
