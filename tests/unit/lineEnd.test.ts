import {
  FIT_MAX_WIDTH,
  fitWidth,
  joinPhraseOpeners,
  paragraphRuns,
  shortLabelHalves,
  splitLineEnd,
  splitLineRuns,
  twoLineWidth,
  wordRuns
} from '@/domain/lineEnd'
import { keptMarkedRuns } from '@/domain/markedRuns'
import brochure from '@/data/brochure.json'

/** The characters of a part that are words, not punctuation, spaces or "›". */
const wordCharacters = (part: string) =>
  part.replace(/[\s\u00a0›，。？！、：；”」』）)》?!.,:;…~～]/g, '').length

const LONG = [
  '情景演练：如果是你会怎么做？\u00a0›',
  '说贷款要先交钱',
  'D不接，陌生号码都不接',
  '引导受害人下载多个APP',
  '挂断，自己打支付宝官方客服电话问',
  '虚假投资理财诈骗',
  '一旦发现被骗，马上打110。',
  '邀请家人做同一套题'
]

/** domain/lineEnd as loaded by an engine without Intl.Segmenter (an older WeChat): a fresh copy of the module. */
function withoutWordBreaker(): typeof import('@/domain/lineEnd') {
  const intl = Intl as typeof Intl & { Segmenter?: unknown }
  const segmenter = intl.Segmenter
  delete intl.Segmenter
  try {
    let loaded: typeof import('@/domain/lineEnd') | undefined
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      loaded = require('@/domain/lineEnd') as typeof import('@/domain/lineEnd')
    })
    return loaded!
  } finally {
    intl.Segmenter = segmenter
  }
}

describe('splitLineEnd: the last words kept together', () => {
  it.each(LONG)('keeps two characters at least at the end of %s, and gives the text back whole', (text) => {
    const [head, end] = splitLineEnd(text)
    expect(head + end).toBe(text)
    expect(wordCharacters(end)).toBeGreaterThanOrEqual(2)
    expect(wordCharacters(head)).toBeGreaterThanOrEqual(2)
  })

  it.each(LONG)('splits %s only where two of its words meet, the last ones joined as its end', (text) => {
    const { head, end } = splitLineRuns(text)
    expect(head.join('') + end).toBe(text)
    // Each place it may break is a place between two words (a lone character joined to a neighbour: joinLoneWords).
    const edges = new Set<number>()
    let at = 0
    for (const word of wordRuns(text)) edges.add((at += word.length))
    at = 0
    for (const word of head) expect(edges.has((at += word.length))).toBe(true)
    expect(splitLineEnd(text)).toEqual([head.join(''), end])
  })

  it('ends on a word, where the platform knows words: 怎么 stays whole', () => {
    expect(splitLineEnd('情景演练：如果是你会怎么做？\u00a0›')[1]).toBe('怎么做？\u00a0›')
  })

  it.each(['下一种\u00a0›', '看答案', '骗。', '', '。。。'])(
    'leaves %j whole: too short to leave anything behind',
    (text) => {
      expect(splitLineEnd(text)).toEqual([text, ''])
    }
  )

  it('without a word breaker (an older engine), keeps its last characters, or a Latin run', () => {
    const { splitLineEnd: split, splitLineRuns: runs } = withoutWordBreaker()
    expect(split('如果是你会怎么做？\u00a0›')).toEqual(['如果是你会', '怎么做？\u00a0›'])
    expect(split('引导受害人下载多个APP')).toEqual(['引导受害人下载多个', 'APP'])
    expect(split('下一种')).toEqual(['下一种', ''])
    // Each character is a word there; one right before a wide end goes with the one before it.
    expect(runs('如果是你会怎么做？\u00a0›')).toEqual({
      head: ['如', '果', '是', '你会'],
      end: '怎么做？\u00a0›'
    })
  })
})

// Round 42's new-user trial at 320 px, font ×2, 大字模式: "虚假投资理 / 财诈骗", "情景演练·“杀猪 / 盘”诈骗", "第1步：立即拨 /
// 打110报警", "能退钱是好事 / ，加微信", "买买提 / ·艾力", "139 / 1234 5678".
/** The places inside text[from, from + length) where `runs` let a line break. */
function breaksInside(runs: readonly string[], from: number, length: number): number[] {
  const inside: number[] = []
  let at = 0
  for (const run of runs) {
    at += run.length
    if (at > from && at < from + length) inside.push(at)
  }
  return inside
}

describe('wordRuns: lines break only between words', () => {
  const runsOf = (text: string) => {
    const runs = wordRuns(text)
    expect(runs.join('')).toBe(text)
    return runs
  }

  it('cuts the fraud types only between their words', () => {
    expect(runsOf('虚假投资理财诈骗')).toEqual(['虚假', '投资', '理财', '诈骗'])
    for (const { name } of brochure.categories) {
      const runs = runsOf(name)
      for (const term of ['诈骗', '征信', '客服', '公检法', '杀猪盘', '刷单'])
        if (name.includes(term)) expect(runs.some((run) => run.includes(term))).toBe(true)
    }
  })

  it('keeps an opening mark with the word after it, and punctuation with the word before it', () => {
    const runs = runsOf('情景演练 · “杀猪盘”诈骗')
    expect(runs).toEqual(['情景', '演练 ·', ' ', '“杀猪盘”', '诈骗'])
    for (const run of runsOf('能退钱是好事，加微信')) expect(run).not.toMatch(/^[，。、：；”]/)
    expect(runsOf('能退钱是好事，加微信')).toContain('微信')
  })

  it('keeps a name with a dot, and a number in groups, whole', () => {
    expect(runsOf('大儿子 买买提·艾力').some((run) => run.includes('提·艾'))).toBe(true)
    expect(runsOf('先打给 小儿子，139 1234 5678')).toContain('139 1234 5678')
  })

  it('puts the spaces after a word in a run of their own, where a line may break', () => {
    const runs = runsOf('先打给 小儿子，打 两次')
    expect(runs.filter((run) => run.includes(' '))).toEqual([' ', ' '])
    expect(runsOf('做？\u00a0›')).toEqual(['做？\u00a0›'])
  })

  it('gives nothing for an empty text', () => {
    expect(wordRuns('')).toEqual([])
  })

  // Round 61's tester at 320 px, font ×2 and 大字模式: "黑 / 客", "荆 / 楚网", "（绍兴 / 网转", "的老 / 号码": words the
  // word breaker does not know, cut into characters.
  it.each([
    ['被骗后，常有人自称律师、黑客或“追款公司”', '黑客'],
    ['「公安部的防骗神器来了」（《长江日报》，荆楚网2021年3月25日）', '荆楚网'],
    ['警方提醒（绍兴网转《浙江老年报》，2025年6月1日）', '绍兴网'],
    ['有人借领导、熟人、家人的名义要钱，挂断后打他本人的老号码确认。', '老号码'],
    ['对方自称客服，让您先提现再充值', '提现'],
    // Round 62's tester: a place given by a letter (the brochure's case: "2020年11月，L市薛某突然收到…").
    ['2020年11月，L市薛某突然收到一条好友申请', 'L市']
  ])('keeps a word the word breaker cuts into characters whole: %s', (text, word) => {
    expect(breaksInside(runsOf(text), text.indexOf(word), word.length)).toEqual([])
  })

  it('still breaks around particles (的 stays a word of its own); 后 goes with its doing, 从 and 不 with the word after', () => {
    const runs = runsOf('挂断后打他本人的老号码确认')
    expect(runs).toContain('挂断后')
    expect(runs).toContain('的')
    expect(runsOf('“客服”来电说退款，挂断后从官方渠道核实。')).toContain('从官方')
    expect(runsOf('验证码不告诉任何人。')).toContain('不告诉')
  })

  it('without a word breaker, still keeps the field’s terms whole', () => {
    expect(withoutWordBreaker().wordRuns('虚假征信诈骗')).toEqual(['虚', '假', '征信', '诈骗'])
  })
})

describe('wordRuns without a word breaker: a number in groups is one word', () => {
  // Round 55's trial: a sum written with thousands separators broke inside its digits. Without Intl.Segmenter each
  // separator ended a word ("1," / "500." / "00"), and each word is kept whole, so a line broke between them.
  it('keeps "1,500.00" and "HK$1,500,000.00"\'s digits whole', () => {
    const { wordRuns: runsOf } = withoutWordBreaker()
    expect(runsOf('订单号1,500.00')).toEqual(expect.arrayContaining(['1,500.00']))
    expect(runsOf('先付HK$1,500,000.00').join('')).toBe('先付HK$1,500,000.00')
    expect(runsOf('先付HK$1,500,000.00').some((run) => run.includes('1,500,000.00'))).toBe(true)
  })
})

// Round 55's trial at 320 px, font ×2, 大字模式: short labels broken at a word's edge but inside a phrase, the first
// line as full as it could be.
describe('shortLabelHalves: where a short label breaks', () => {
  it.each([
    ['转账前冷静一下', '转账前', '冷静一下'],
    ['先报警，越快越好。', '先报警，', '越快越好。'],
    ['没有找到这个页面', '没有找到', '这个页面'],
    ['只说个大概的数', '只说个', '大概的数'],
    ['我家的防骗约定', '我家的', '防骗约定'],
    ['你选择了：联系对方', '你选择了：', '联系对方'],
    ['虚假投资理财诈骗', '虚假投资', '理财诈骗'],
    ['已被骗，立即报警', '已被骗，', '立即报警'],
    ['“杀猪盘” 诈骗', '“杀猪盘” ', '诈骗'],
    // After its closing quote, never between two one-character words ("“导师”带 / 你炒股", Chromium's words).
    ['“导师”带你炒股\u00a0›', '“导师”', '带你炒股\u00a0›']
  ])('%s breaks as %s / %s', (text, head, tail) => {
    expect(shortLabelHalves(text)).toEqual([head, tail])
  })

  it('keeps each half between two and four characters, and gives the text back whole', () => {
    for (const text of ['说贷款要先交钱', '为什么这样判断', '根据手册案例改编', '反诈知识测试', '开始测试']) {
      const halves = shortLabelHalves(text)
      expect(halves).not.toBeNull()
      expect(halves!.join('')).toBe(text)
      for (const half of halves!) expect(half.trim().length).toBeGreaterThanOrEqual(2)
      for (const half of halves!) expect(half.replace(/[，。？！\s]/g, '').length).toBeLessThanOrEqual(4)
    }
  })

  it('leaves alone what is too short, too long, or only breakable inside a phrase', () => {
    expect(shortLabelHalves('下一题')).toBeNull()
    expect(shortLabelHalves('儿子')).toBeNull()
    expect(shortLabelHalves('看看「虚假征信诈骗」\u00a0›')).toBeNull()
    // Its punctuation leaves a half of five: it breaks as its words allow, never "要转账？先 / 冷静一下".
    expect(shortLabelHalves('要转账？先冷静一下')).toBeNull()
    // Never before a space: a line cannot break there.
    expect(shortLabelHalves('“杀猪盘” 诈骗')![0].endsWith(' ')).toBe(true)
  })
})

describe('keptMarkedRuns: a search result keeps its highlighted words and numbers whole (round 56)', () => {
  /** The runs kept whole, as their joined text, with the highlighted parts in [brackets]. */
  const wholeRuns = (segments: Array<{ text: string; match: boolean }>, wordsUpTo?: number) =>
    keptMarkedRuns(segments, wordsUpTo)
      .filter((run) => run.whole)
      .map((run) => run.parts.map((p) => (p.match ? `[${p.text}]` : p.text)).join(''))

  it('joins back to the text, highlight kept', () => {
    const segments = [
      { text: '…如接到', match: false },
      { text: '96110', match: true },
      { text: '来电，说明您可能正在遭遇诈骗，请务必接听，不要把钱转到“安全账户”里面去。', match: false }
    ]
    const runs = keptMarkedRuns(segments)
    expect(runs.flatMap((r) => r.parts.map((p) => p.text)).join('')).toBe(
      segments.map((s) => s.text).join('')
    )
    expect(
      runs
        .flatMap((r) => r.parts)
        .filter((p) => p.match)
        .map((p) => p.text)
    ).toEqual(['96110'])
  })

  it('keeps a highlighted number or word whole, with its dialling verb', () => {
    expect(
      wholeRuns([
        { text: '手机显示“', match: false },
        { text: '96110', match: true },
        { text: '”来电。', match: false }
      ])
    ).toEqual(expect.arrayContaining([expect.stringContaining('[96110]')]))
    expect(
      wholeRuns([
        { text: '接到', match: false },
        { text: '96110', match: true },
        { text: '的电话要接听', match: false }
      ])
    ).toContain('接到[96110]')
    expect(
      wholeRuns([
        { text: '转到“', match: false },
        { text: '安全账户', match: true },
        { text: '”', match: false }
      ])
    ).toEqual(expect.arrayContaining([expect.stringContaining('[安全账户]')]))
  })

  it('a long highlight (a query as long as a sentence) wraps as text does', () => {
    const long = '对方说我的银行卡涉嫌洗钱要我转账'
    expect(wholeRuns([{ text: long, match: true }]).join('')).not.toContain(long)
  })

  it('a title short enough keeps every word: 反诈提示 and 诈骗 never split', () => {
    const title = [{ text: '冒充公检法及政府机关诈骗 · 反诈提示', match: false }]
    const runs = keptMarkedRuns(title, 32)
    const lineStarts: number[] = []
    let at = 0
    for (const run of runs) {
      if (!run.whole)
        for (let k = 1; k < run.parts.map((p) => p.text).join('').length; k++) lineStarts.push(at + k)
      lineStarts.push(at)
      at += run.parts.map((p) => p.text).join('').length
    }
    const text = title[0].text
    for (const word of ['诈骗', '反诈', '提示', '机关']) {
      const from = text.indexOf(word)
      expect(lineStarts).not.toContain(from + 1)
    }
  })
})

describe('wordRuns keeps Cantonese words, a fraud type’s name and the app’s own words whole (round 56)', () => {
  /** Whether a line may break inside `word` where it stands in `text`. */
  const cutsInside = (text: string, word: string) => {
    const from = text.indexOf(word)
    let at = 0
    return wordRuns(text).some((run) => {
      at += run.length
      return at > from && at < from + word.length
    })
  }

  it.each([
    ['原话：“你幫我轉$4,200去補習社負責人戶口先”', ['補習社', '負責人', '戶口', '原话']],
    ['原话：“我上緊堂唔方便聽電話”', ['上緊堂', '唔方便', '聽電話']],
    ['原话：“媽，我張卡用唔到”', ['用唔到']],
    ['你估下我係邊個，換咗電話，冇錢俾佢', ['邊個', '換咗', '冇錢', '俾佢']],
    ['最像这种骗局：冒充领导、熟人诈骗', ['冒充领导']],
    ['邀请家人做同一套题', ['同一']],
    ['“杀猪盘” 诈骗 · 诈骗方式', ['诈骗方式']],
    ['冒充公检法及政府机关诈骗 · 反诈提示', ['反诈提示']],
    // Round 66's tester: "经向支付 / 宝官方客服", "…唐 / 女士连忙联系", "导致李 / 女士损失", "黄 / 先生先后安装".
    ['经向支付宝官方客服联系', ['支付宝']],
    [
      '提现了。唐女士连忙联系所谓的客服，导致李女士损失，黄先生先后安装，薛某发现',
      ['唐女士', '李女士', '黄先生', '薛某']
    ]
  ])('%s', (text, words) => {
    expect(wordRuns(text).join('')).toBe(text)
    for (const word of words) expect([word, cutsInside(text, word)]).toEqual([word, false])
  })

  it('joins a title only to a common surname: "的女士" is no name', () => {
    expect(cutsInside('他说的女士们都来了', '的女士')).toBe(true)
  })

  it('a particle binds only to a character, never across punctuation or a space', () => {
    const runs = wordRuns('我唔， 換咗。')
    expect(runs.join('')).toBe('我唔， 換咗。')
    expect(runs.some((run) => run.includes('唔， 換'))).toBe(false)
  })
})

test('wordRuns: a quote cut at its start keeps "“…" with its first word (round 56)', () => {
  const runs = wordRuns('原话：“…HKD 1,500.00（含交通、住宿、餐饮及保险）”')
  expect(runs.join('')).toBe('原话：“…HKD 1,500.00（含交通、住宿、餐饮及保险）”')
  expect(runs.some((run) => run.startsWith('“…HKD'))).toBe(true)
  expect(runs.some((run) => run.endsWith('“…') || run.endsWith('…'))).toBe(false)
})

describe('paragraphRuns: a long text keeps its names in 「」《》 (round 56)', () => {
  /** Where a line may break in `text`: the offsets between two characters not inside one whole run. */
  const breakable = (text: string) => {
    const inside = new Set<number>()
    let at = 0
    for (const run of paragraphRuns(text)) {
      if (run.whole) for (let k = at + 1; k < at + run.text.length; k++) inside.add(k)
      at += run.text.length
    }
    return (word: string) => {
      const from = text.indexOf(word)
      return Array.from({ length: word.length - 1 }, (_, k) => from + k + 1).some((k) => !inside.has(k))
    }
  }
  /** The paragraph's runs give back its text, and none of `kept` can break inside. */
  const keepsItsWords = (text: string, kept: string[]) => {
    expect(
      paragraphRuns(text)
        .map((run) => run.text)
        .join('')
    ).toBe(text)
    const cuts = breakable(text)
    for (const word of kept) expect([word, cuts(word)]).toEqual([word, false])
  }

  it.each([
    [
      '来源：警方提醒「发现被骗 这样做及时止损」（绍兴网转《浙江老年报》，2025年6月1日）',
      ['《浙江老年报》', '2025年6月1日']
    ],
    [
      '贷款请到银行等正规机构申办；凡是网络贷款需要先交钱的都是诈骗！（出自「网络贷款诈骗」反诈提示）',
      ['「网络贷款诈骗」']
    ],
    [
      '出自宣传手册「冒充公检法及政府机关诈骗」案例：受害人“直到给家人讲述之后，才恍然大悟上当受骗了”。',
      ['冒充', '公检法', '政府', '机关', '诈骗」']
    ]
  ])('%s', keepsItsWords)

  // Round 56's fresh tester at 320×568: "“国家安全账 / 户”", "“注销贷 / 款账户”", "“国家反诈中 / 心”", "“谁开卡、谁负 / 责”",
  // "“有充 / 值渠道可以低价充 / 值游戏币”", "《防范电信网 / 络诈骗 宣传手册》". A term in “” longer than four characters
  // breaks between its words only (whole, it ran past home's narrow card summaries at font ×2).
  it.each([
    [
      '如“影响个人征信”“注销贷款账户”“消除贷款记录”等，引起受害人恐慌，再诱导受害人转账',
      ['“影响', '个人', '征信”', '“注销', '贷款', '账户”', '“消除', '记录”']
    ],
    ['骗子要求受害人把钱转到所谓的“国家安全账户”返还自己的资金，受害人信以为真', ['“国家', '安全账户”']],
    ['“国家反诈中心”是公安部刑侦局的官方APP，在手机自带的应用商店里搜索名字安装', ['“国家', '反诈', '中心”']],
    ['按照“谁开卡、谁负责”的原则，落实实名制，对于冒用他人身份证开卡的', ['“谁开卡、', '谁负责”']],
    ['看到游戏社区里有人投放“有充值渠道可以低价充值游戏币”的广告，便联系对方', ['充值', '渠道', '低价']],
    [
      '内容来源：中共山西省委平安山西建设领导小组《防范电信网络诈骗 宣传手册》',
      ['防范', '电信', '网络', '宣传手册》']
    ]
  ])('a term in “” or a name with a space keeps its words: %s', keepsItsWords)

  it.each([
    [
      '您在「冒充领导、熟人诈骗」这一类上答错最多，建议再读一读它的诈骗方式和反诈提示。',
      ['「冒充领导、', '熟人诈骗」']
    ],
    [
      '切莫听信网上“低利息、无抵押、放款快”的贷款广告！贷款请到银行等正规机构申办',
      ['“低利息、', '无抵押、', '放款快”']
    ],
    [
      '来源：宣传手册「如何防范·及时报警」，以及公安部刑侦局的官方提醒和各地警方的通报',
      ['「如何防范·', '及时报警」']
    ]
  ])('a long name breaks at its own 、 or · first, each part whole: %s', (text, kept) => {
    const cuts = breakable(text)
    for (const word of kept) expect([word, cuts(word)]).toEqual([word, false])
  })

  it('a long name still breaks between its words, and so does a “” sentence, never inside one', () => {
    const text =
      '出自宣传手册「冒充公检法及政府机关诈骗」案例：受害人“直到给家人讲述之后，才恍然大悟上当受骗了”。'
    const whole = paragraphRuns(text)
      .filter((run) => run.whole)
      .map((run) => run.text)
    expect(whole.every((run) => run.length <= 12)).toBe(true)
    expect(whole).toEqual(
      // A lone character before a wide word goes with it (joinLoneWords): 才恍然大悟.
      expect.arrayContaining(['“直到', '给家人', '讲述', '之后，', '才恍然大悟', '上当', '受骗'])
    )
  })

  // Round 57's fresh tester at 320 px (plain and font ×2 in 大字模式): quotations longer than sixteen characters broke
  // anywhere, inside words.
  it.each([
    [
      '《中国人民银行 公安部对买卖银行卡或账户的个人实施惩戒的通知》',
      ['中国人民银行', '公安部', '买卖', '银行', '账户', '个人', '实施', '惩戒', '通知》']
    ],
    [
      '骗子冒充公检法人员打来电话：“诈骗团伙已落网，你名下的1个手机号和银行卡涉嫌诈骗，需要你配合调查，否则就要把你名下的资金全部冻结并逮捕你。”',
      ['落网，', '手机', '涉嫌', '配合', '调查，', '否则', '资金', '全部', '冻结', '逮捕']
    ],
    [
      '「96110是反电信网络诈骗专用号码，专门用于对群众的预警劝阻和防范宣传工作。接到96110来电，意味着你可能正在遭受电信网络诈骗犯罪分子的侵害，请及时接听，避免上当受骗！」',
      ['专用', '号码，', '宣传', '工作。', '可能', '分子', '及时', '上当', '受骗！」']
    ],
    // A quotation inside another: the outer one keeps its words around it.
    [
      '来源：「公安部的防骗神器来了，“国家反诈中心”APP上线」（《长江日报》，荆楚网2021年3月25日）',
      ['公安部', '神器', '“国家', '反诈', '中心”', '上线」', '《长江日报》']
    ]
  ])('a quotation of any length keeps its words: %s', keepsItsWords)
})

// Round 62's tester at 320×568, font ×2 and 大字模式: "虚假 / 征信诈骗", "家庭 / 防骗约定". NoOrphan `fit` divides the line by this.
describe('fitWidth: a title’s width in characters of its size, as a Chinese font draws it', () => {
  test('a Chinese character, a full-width mark and a curly quotation mark count one; a digit, a letter and "›" 0.6', () => {
    expect(fitWidth('虚假征信诈骗')).toBe(6)
    expect(fitWidth('“杀猪盘” 诈骗')).toBe(7.3)
    expect(fitWidth('已被骗怎么办？')).toBe(7)
    expect(fitWidth('第 1/10 题')).toBe(5)
    expect(fitWidth('看看\u00a0›')).toBe(2.9)
  })

  test('six characters with quotation marks and a space fit one line; eight do not', () => {
    expect(fitWidth('“杀猪盘” 诈骗')).toBeLessThanOrEqual(FIT_MAX_WIDTH)
    expect(fitWidth('转账前冷静一下')).toBeLessThanOrEqual(FIT_MAX_WIDTH)
    expect(fitWidth('虚假投资理财诈骗')).toBeGreaterThan(FIT_MAX_WIDTH)
    expect(fitWidth('“导师”带您炒股')).toBeGreaterThan(FIT_MAX_WIDTH)
  })
})

describe('twoLineWidth: the wider of a title’s two lines at best', () => {
  test('the place that makes the wider line narrowest', () => {
    expect(twoLineWidth(['“公安局”', '来电', '说您涉案'])).toBe(6)
    expect(twoLineWidth(['冒充', '公检法', '及', '政府', '机关', '诈骗'])).toBe(6)
    expect(twoLineWidth(['虚假投资', '理财诈骗'])).toBe(4)
    expect(twoLineWidth(['诈骗'])).toBe(Infinity)
  })
})

// Round 62's tester at 320×568, font ×2 and 大字模式: "一旦发现被骗， / 及时 / 拨打110报警。", "挂断， / 自己 / 拨打110核实".
describe('splitLineRuns with openers: a phrase’s two-character opener before a wide word joins the phrase before it', () => {
  const words = (text: string) => {
    const { head, end } = splitLineRuns(text, { openers: true })
    return [...head, end].filter((run) => run !== '')
  }

  test('across the "，" to the short word before it, where what stays of that phrase is nothing or three characters or more', () => {
    expect(words('一旦发现被骗，及时拨打110报警。')).toContain('被骗，及时')
    expect(words('挂断，自己拨打110核实')[0]).toBe('挂断，自己')
  })

  test('not in a short label, which breaks after its punctuation first', () => {
    expect(words('退群，刷单都是诈骗')).not.toContain('退群，刷单')
  })

  test('not where it would leave two characters of the phrase behind, nor before a narrow word', () => {
    expect(words('自称客服，说要给您退款')).not.toContain('客服，说要')
    expect(words('不要轻信陌生人，不要相信来历不明的电话、短信。')).not.toContain('陌生人，不要')
  })

  test('a lone character before the opener goes with it: "…低利息”的贷款 / 信息，您会？"', () => {
    expect(words('您正缺钱，收到一条“无抵押、低利息”的贷款信息，您会？')).toContain('的贷款')
  })

  test('every word stays as it reads, and without openers nothing changes', () => {
    const text = '一旦发现被骗，及时拨打110报警。'
    expect(words(text).join('')).toBe(text)
    const { head } = splitLineRuns(text)
    expect(head).not.toContain('被骗，及时')
    expect(joinPhraseOpeners(['被骗，', '及时', '拨'])).toEqual(['被骗，', '及时', '拨'])
  })
})

describe('wordRuns keeps a lure’s words whole (round 62)', () => {
  test('百分百, 低利息, 无抵押', () => {
    expect(wordRuns('直播间抽奖“百分百中奖”').some((run) => run.includes('百分百'))).toBe(true)
    const loan = wordRuns('“无抵押、低利息”的贷款')
    expect(loan.some((run) => run.includes('低利息'))).toBe(true)
    expect(loan.some((run) => run.includes('无抵押'))).toBe(true)
  })
})

// Round 62's tester at 320×568, font ×2 and 大字模式: 通话中速查's "不用挂电话，开 / 着免提点一下。", 风险自测's "还可以勾选发生 /
// 过的事".
describe('wordRuns keeps a doing with its 着 or 过', () => {
  test('开着, 发生过', () => {
    expect(wordRuns('不用挂电话，开着免提点一下。').some((run) => run.includes('开着'))).toBe(true)
    expect(wordRuns('还可以勾选发生过的事').some((run) => run.includes('发生过'))).toBe(true)
  })
})
