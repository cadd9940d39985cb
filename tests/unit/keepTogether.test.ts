import { keepTogetherRuns, keptSpans, KEPT_MAX_CHARS } from '@/domain/keepTogether'
import { wordRuns } from '@/domain/lineEnd'
import brochure from '@/data/brochure.json'
import help from '@/data/help.json'
import quiz from '@/data/quiz-questions.json'

/** The phrases of `text` kept whole, in order. */
const kept = (text: string) =>
  keepTogetherRuns(text)
    .filter((run) => run.whole)
    .map((run) => run.text)

/**
 * How wide a kept phrase is, in Chinese characters: a Latin letter, digit or mark is about half as wide (a host such as
 * "news.cnhubei.com" is kept whole, at 16 letters the width of eight characters).
 */
const width = (phrase: string) =>
  Array.from(phrase).reduce((sum, char) => sum + (/[\x20-\x7e]/.test(char) ? 0.5 : 1), 0)

/** Every string in a JSON value. */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(stringsOf)
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsOf)
  return []
}

// Round 54's trial at 320 px, font ×2, 大字模式: "投了2000 / 元", "分别转到了4 / 个陌生账户", "充值3 / 倍", "2021年1 /
// 月15日", "2022 / 年7月6日", "拨打110 / 报警", "打96110 / 问一问", "今天的复习 · 第 / 1/10 题".
describe('keepTogetherRuns: a number keeps its unit, a date keeps whole', () => {
  it.each([
    ['李小姐抱着试试的心态投了2000元，很快就', '2000元'],
    ['分别转到了4个陌生账户', '4个'],
    ['需要再充值3倍的金额才能解冻', '3倍'],
    ['顺利提现10488元。看着账户', '10488元'],
    ['卡内37.3万元转走', '37.3万元'],
    ['最终被骗70余万元。', '70余万元'],
    ['把68万多元都投了进去', '68万多元'],
    ['某便将85万转到了', '85万'],
    ['只保留1张手机卡', '1张'],
    ['自本通告发布之日起至2021年1月15日前', '2021年1月15日'],
    ['（荆楚网，2022年7月6日）', '2022年7月6日'],
    ['2020年11月，L某', '2020年11月'],
    ['一旦发现被骗，及时拨打110报警。', '拨打110报警'],
    ['挂断后打110核实。', '打110核实'],
    ['先别转账，拨打96110问一问。', '拨打96110'],
    ['接到96110来电，请及时接听', '接到96110'],
    ['先别转账，打110问一问。', '打110问一问'],
    ['今天的复习 · 第 1/10 题', '第 1/10 题'],
    ['上次的测试还没做完（已答 3/10 题）', '已答 3/10 题'],
    ['第1步：立即拨打110报警', '第1步'],
    // Round 55's trial: home's "您的最好成绩：70 / 分" — a score's 分, and the space the app writes before its units.
    ['您的最好成绩：70 分，再来一次？', '70 分'],
    ['您的最好成绩：100 分', '100 分'],
    ['5 秒后问您五个问题', '5 秒'],
    ['找到 12 条（只显示前 10 条）', '12 条'],
    ['通话超过 3 分钟就挂断', '3 分钟']
  ])('%s keeps %s on one line', (text, phrase) => {
    expect(kept(text)).toContain(phrase)
  })

  it('gives the text back unchanged, run by run', () => {
    const text = '李小姐先投2000元，2021年1月15日前拨打110报警，第 1/10 题。'
    const runs = keepTogetherRuns(text)
    expect(runs.map((run) => run.text).join('')).toBe(text)
    expect(kept(text)).toEqual(['2000元', '2021年1月15日', '拨打110报警', '第 1/10 题'])
  })

  it('leaves text without numbers as one breakable run, and an empty text as none', () => {
    expect(keepTogetherRuns('不要轻信陌生人')).toEqual([{ text: '不要轻信陌生人', whole: false }])
    expect(keepTogetherRuns('')).toEqual([])
  })

  it('keeps nothing for a bare number or one digit: "找110", "5"', () => {
    expect(kept('有事要找110')).toEqual([])
    expect(kept('选5')).toEqual([])
  })

  it('never keeps a phrase longer than a narrow line holds, and never starts inside a number', () => {
    expect(kept('拨打961109611096110报警')).toEqual([])
    expect(keptSpans('投了12345元')).toEqual([[2, 8]])
  })

  it('keeps every amount, date and call of the brochure, the help page and the quiz within a line', () => {
    const texts = [...stringsOf(brochure), ...stringsOf(help), ...stringsOf(quiz)]
    const all = texts.flatMap(kept)
    expect(all.length).toBeGreaterThan(50)
    for (const phrase of all) expect(width(phrase)).toBeLessThanOrEqual(KEPT_MAX_CHARS)
    // Every amount in a case or a tip, e.g. "投了2000元": the digits and the 元 are in one kept phrase.
    for (const text of texts)
      for (const [, amount] of text.matchAll(/(\d+(?:\.\d+)?[万余多]*元)/g))
        expect(kept(text).some((phrase) => phrase.includes(amount))).toBe(true)
  })
})

describe('wordRuns: a title keeps a number with its unit too', () => {
  it('never cuts a kept phrase', () => {
    expect(wordRuns('第1步：立即拨打110报警')).toEqual(expect.arrayContaining(['拨打110报警']))
    expect(wordRuns('今天的复习 · 第 1/10 题').at(-1)).toBe('第 1/10 题')
  })

  it('keeps a score with its 分 across the space before it: no run ends at "70 "', () => {
    const runs = wordRuns('您的最好成绩：70 分，再来一次？')
    expect(runs.join('')).toBe('您的最好成绩：70 分，再来一次？')
    expect(runs.some((run) => run.includes('70 分'))).toBe(true)
  })
})

// Round 55's trial: 风险自测's quote of a message broke "HKD / 1,500.00" and "NT$ / 2,000" at 320 px in 大字模式, and
// inside the digits where they are written in groups.
describe('keepTogetherRuns: a sum keeps its currency and its digits together', () => {
  it.each([
    ['请先支付保证金HKD 1,500.00才能退款', 'HKD 1,500.00'],
    ['请先转NT$2,000到指定账户', 'NT$2,000'],
    ['手续费HK$12,500.00', 'HK$12,500.00'],
    ['保证金US$ 3,000', 'US$ 3,000'],
    ['月入$50萬', '$50萬'],
    ['澳门MOP$800', 'MOP$800'],
    ['只收¥300', '¥300'],
    ['请将 2,000.00 HKD 转入安全账户', '2,000.00 HKD'],
    ['先付RMB5000元', 'RMB5000元'],
    ['每月€1,200', '€1,200']
  ])('%s keeps %s on one line', (text, phrase) => {
    expect(kept(text)).toContain(phrase)
  })

  it('starts no sum inside a word: "ABCHKD 5" keeps nothing, a bare number without currency or unit neither', () => {
    expect(kept('ABCHKD 5')).toEqual([])
    expect(kept('订单号1,500')).toEqual([])
  })

  it('leaves a sum wider than a narrow line breakable after its currency, never inside its digits', () => {
    expect(kept('先付HK$1,500,000.00')).toEqual([])
    expect(wordRuns('先付HK$1,500,000.00')).toEqual(expect.arrayContaining(['1,500,000.00']))
  })

  it('keeps a quote of a sum whole as a title too (wordRuns)', () => {
    expect(wordRuns('原话：“先付HK$1,500”')).toEqual(expect.arrayContaining(['HK$1,500”']))
    expect(wordRuns('找到 1,500 条')).toEqual(expect.arrayContaining(['1,500 条']))
  })
})

// Round 55's trial: “杀猪盘” 诈骗 broke leaving “ at a line's end or ” at the next line's start, where a control breaks
// "anywhere" (keep-all), and quoted terms broke inside ("“稳赚不 / 赔”", "「不轻 / 信」").
describe('keepTogetherRuns: a quotation mark stays with its words', () => {
  it.each([
    ['网友所说的“稳赚不赔”“低成本、高回报”之类', ['“稳赚不赔”', '“低', '报”']],
    ['（出自「“杀猪盘” 诈骗」反诈提示）', ['「“杀猪盘”', '骗」']],
    ['该做到「不轻信」：不要轻信陌生人', ['「不轻信」']],
    ['对方说“您的账户涉嫌洗钱，请配合调查”，要求您转账', ['“您', '查”']],
    ['对方说“2000元就能解冻”', ['“2000元', '冻”']],
    ['这是“杀猪盘” 诈骗', ['“杀猪盘”']]
  ])('%s keeps %j whole', (text, phrases) => {
    expect(kept(text)).toEqual(expect.arrayContaining(phrases))
  })

  it('never leaves an opening mark at the end of a breakable run, nor a closing mark at the start of one', () => {
    const texts = [...stringsOf(brochure), ...stringsOf(help), ...stringsOf(quiz)]
    let quotes = 0
    for (const text of texts) {
      const runs = keepTogetherRuns(text)
      expect(runs.map((run) => run.text).join('')).toBe(text)
      for (const run of runs) {
        if (run.whole) continue
        expect(run.text).not.toMatch(/[“‘「『《]$/)
        expect(run.text).not.toMatch(/^[”’」』》]/)
        expect(run.text).not.toMatch(/[“‘「『《][^“‘「『《]|[^”’」』》][”’」』》]/)
      }
      quotes += (text.match(/[“「]/g) ?? []).length
    }
    expect(quotes).toBeGreaterThan(50)
  })

  it('keeps every kept phrase within a narrow line, quotes included', () => {
    for (const text of [...stringsOf(brochure), ...stringsOf(help), ...stringsOf(quiz)])
      for (const phrase of kept(text)) expect(width(phrase)).toBeLessThanOrEqual(KEPT_MAX_CHARS)
  })
})

describe('wordRuns: a title keeps its quotation marks with their words', () => {
  it('never cuts a short quoted term, and keeps “ with the word after it', () => {
    expect(wordRuns('情景演练 · “杀猪盘” 诈骗')).toEqual(expect.arrayContaining(['“杀猪盘”']))
    expect(wordRuns('看看「“杀猪盘” 诈骗」')).toEqual(expect.arrayContaining(['「“杀猪盘”']))
    for (const run of wordRuns('让你把钱转到“安全账户”，说“稳赚不赔”')) {
      expect(run).not.toMatch(/[“「]$/)
      expect(run).not.toMatch(/^[”」]/)
    }
  })
})

describe('an emoji beside a quotation mark (round 55 code review)', () => {
  it.each([
    '原话：“老师在群里发了“研学报名通知📢”并说家长们把研学费用2980元直接转到老师个人微信就可以了”',
    '原话：“🎉恭喜您被抽中一等奖了，请点击链接领取奖品，逾期作废，名额有限”'
  ])('keeps each emoji whole in one run: %s', (text) => {
    const runs = keepTogetherRuns(text)
    expect(runs.map((r) => r.text).join('')).toBe(text)
    for (const run of runs) {
      // No run starts with the second half of a surrogate pair or ends with the first half.
      expect(run.text.charCodeAt(0) >= 0xdc00 && run.text.charCodeAt(0) <= 0xdfff).toBe(false)
      const last = run.text.charCodeAt(run.text.length - 1)
      expect(last >= 0xd800 && last <= 0xdbff).toBe(false)
    }
  })
})

// Round 56's trial: 风险自测's 原话 "“…HKD 1,500.00（含…" left "“…" alone at a line's end.
test('a quote cut at its start keeps its mark and "…" with what follows', () => {
  const whole = (text: string) =>
    keepTogetherRuns(text)
      .filter((run) => run.whole)
      .map((run) => run.text)
  expect(
    whole('原话：“…HKD 1,500.00（含交通、住宿、餐饮及保险）”，后面还有很多很多很多很多很多的字')
  ).toContain('“…HKD 1,500.00')
  expect(whole('他说“…就这样吧”然后走了')).toContain('“…就')
})

// Round 56's fresh tester: 风险自测's quote of a bank's notice broke "https://m.icbc.c / om.cn" at font ×2.
describe('a web address keeps its host whole', () => {
  const host = (text: string) => kept(text).filter((phrase) => /\./.test(phrase))
  it.each([
    ['详情请登录手机银行 https://m.icbc.com.cn 查看。', 'm.icbc.com.cn'],
    ['原话：“…详情请登录手机银行 https://m.icbc.com.cn 查看”', 'm.icbc.com.cn'],
    ['请登录 etc-abc.cn 重新认证', 'etc-abc.cn'],
    ['来源：http://news.cnhubei.com/content/2022-07/06/content_13697655.html', 'news.cnhubei.com']
  ])('%s', (text, whole) => {
    expect(host(text)).toEqual([whole])
    expect(keptSpans(text).length).toBeGreaterThan(0)
  })

  it('a host too long for a line breaks only after its dots', () => {
    const text = '请点击 verification-center.bank-secure-online.com 认证'
    expect(kept(text)).toEqual(['verification-center.', 'bank-secure-online.', 'com'])
  })

  it('a file name in a path is no host', () => {
    expect(host('见 http://a.cn/13697655.html')).toEqual(['a.cn'])
  })
})
