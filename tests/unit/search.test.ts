import { join } from 'node:path'
import { CATEGORY_IDS } from '@/data/ids'
import type { BrochureContent, FraudCategory, QuizQuestion } from '#types/content'
import { brochure } from '../../src/data'
import { questions } from '../../src/data/quiz'
import {
  EVERYDAY_WORDS,
  SEARCH_KIND_ORDER,
  buildSearchIndex,
  correctTypos,
  groupResults,
  parseQuery,
  saysCheated,
  searchAnyWord,
  searchContent,
  suggestCategories,
  wordsInQuestion
} from '../../src/domain/search'
import type { HighlightSegment, SearchEntry, SearchResult } from '../../src/domain/search'
import { fold } from '../../src/domain/textFold'
import searchTraditionalJson from '../../src/data/search-traditional-chars.json'
import {
  buildTraditionalChars,
  SEARCH_TRADITIONAL_SOURCE,
  searchedContent,
  searchText
} from '../support/traditionalChars'

function category(
  id: FraudCategory['id'],
  name: string,
  method: string[],
  caseText: string[],
  tip: string[]
): FraudCategory {
  return { id, name, method, case: caseText, tip, tipKeySentence: tip[0] }
}

const CATEGORIES: FraudCategory[] = [
  category(
    'pig-butchering',
    '“杀猪盘” 诈骗',
    ['骗子在婚恋平台寻找目标，取得信任后诱导充值。'],
    ['李小姐在APP上认识一名男子，被诱导向博彩平台转账。', '她共转账20万元。'],
    ['网恋对象推荐投资的都是诈骗！']
  ),
  category(
    'order-brushing',
    '网络刷单诈骗',
    ['骗子以提高销量为由招人兼职刷单，先小额返款，后拒绝返款。'],
    ['唐女士下载了ＡＰＰ刷单，充值后无法提现。'],
    ['刷单就是诈骗！兼职刷单、刷信誉的都是诈骗。']
  ),
  category(
    'online-loan',
    '网络贷款诈骗',
    ['声称无抵押低息贷款，以解冻费为由要求转账。'],
    ['王先生申请贷款后被要求缴纳保证金，转账后对方失联。'],
    ['正规贷款放款前不收取任何费用，网络上凡是先交钱的贷款都是诈骗。']
  )
]

function brochureWith(categories: FraudCategory[]): BrochureContent {
  return {
    source: {
      title: '防范电信网络诈骗',
      englishTitle: 'PREVENTION',
      subtitle: '宣传手册',
      issuer: '平安建设领导小组'
    },
    hotline: { heading: '全国反诈热线', number: '96110', description: '接到96110来电请及时接听。' },
    categories,
    rules: [
      { id: 'no-trust', name: '不轻信', text: '不要轻信陌生人，不要相信来历不明的电话、短信。' },
      { id: 'no-disclose', name: '不透露', text: '短信验证码等个人信息不要轻易泄露。' },
      { id: 'no-transfer', name: '不转账', text: '保障个人资金安全，绝不向陌生人转账。' },
      { id: 'report', name: '及时报警', text: '一旦发现被骗，及时拨打110报警。' }
    ],
    cardCrackdown: {
      title: '断卡行动',
      reminder: '请注意用卡安全！',
      statement: '严厉打击买卖、出租、出借手机卡、银行卡的行为。',
      penaltiesTitle: '惩戒措施',
      penalties: ['1、纳入失信名单。', '2、个人征信受影响。'],
      liabilityTitle: '追责',
      liability: '为他人犯罪提供帮助，情节严重的，追究刑事责任。'
    },
    notice: {
      issuers: ['公安部'],
      title: '关于打击非法买卖电话卡银行卡的通告',
      preamble: '非法买卖“两卡”问题日益突出。',
      points: ['一、立即停止出售银行卡。', '二、从严打击。'],
      closing: '积极举报涉“两卡”线索。',
      date: '2020年12月16日'
    }
  }
}

const QUESTIONS: QuizQuestion[] = [
  {
    id: 'q1',
    kind: 'true-false',
    prompt: '网上兼职刷单都是诈骗。',
    options: ['对', '错'],
    answer: 0,
    explanation: '刷单都是诈骗。',
    rule: 'no-trust',
    category: 'order-brushing'
  },
  {
    id: 'q3',
    kind: 'true-false',
    prompt: '刷单能轻松赚钱，可以试试。',
    options: ['对', '错'],
    answer: 1,
    explanation: '刷单都是诈骗。',
    rule: 'no-trust',
    category: 'order-brushing'
  },
  {
    id: 'q2',
    kind: 'single',
    prompt: '自称客服的人要求转账退款，怎么办？',
    options: ['照做', '挂断并核实'],
    answer: 1,
    explanation: '客服不会要求转账。',
    rule: 'no-transfer',
    category: 'fake-customer-service'
  }
]

const index = buildSearchIndex(brochureWith(CATEGORIES), QUESTIONS)
const keys = (results: SearchResult[]) => results.map((r) => r.key)
const joined = (segments: HighlightSegment[]) => segments.map((s) => s.text).join('')
const matches = (segments: HighlightSegment[]) => segments.filter((s) => s.match).map((s) => s.text)

describe('buildSearchIndex', () => {
  test('one entry per category section, rule, crackdown part, notice part and question', () => {
    expect(index.map((e) => e.key)).toEqual([
      'category:pig-butchering',
      'tip:pig-butchering',
      'method:pig-butchering',
      'case:pig-butchering',
      'category:order-brushing',
      'tip:order-brushing',
      'method:order-brushing',
      'case:order-brushing',
      'category:online-loan',
      'tip:online-loan',
      'method:online-loan',
      'case:online-loan',
      'rule:hotline',
      'rule:no-trust',
      'rule:no-disclose',
      'rule:no-transfer',
      'rule:report',
      'crackdown:statement',
      'crackdown:penalties',
      'crackdown:liability',
      'notice:preamble',
      'notice:point-1',
      'notice:point-2',
      'notice:closing',
      'question:q1',
      'question:q2'
    ])
  })

  test('entries carry their target, title and text', () => {
    const byKey = new Map(index.map((e) => [e.key, e]))
    expect(byKey.get('case:pig-butchering')).toMatchObject({
      kind: 'case',
      target: { page: 'category', id: 'pig-butchering', section: 'case' },
      title: '“杀猪盘” 诈骗 · 诈骗案例',
      text: '李小姐在APP上认识一名男子，被诱导向博彩平台转账。 她共转账20万元。'
    })
    expect(byKey.get('category:online-loan')).toMatchObject({
      target: { page: 'category', id: 'online-loan' },
      text: '网络贷款诈骗'
    })
    expect(byKey.get('rule:report')).toMatchObject({
      target: { page: 'prevention' },
      text: '及时报警：一旦发现被骗，及时拨打110报警。'
    })
    expect(byKey.get('crackdown:penalties')?.title).toBe('断卡行动 · 惩戒措施')
    expect(byKey.get('notice:point-2')?.target).toEqual({ page: 'prevention' })
    // The prevention page has no sections to open at: its targets carry nothing else.
    expect(byKey.get('rule:report')?.target).toEqual({ page: 'prevention' })
    expect(byKey.get('rule:hotline')?.target).toEqual({ page: 'prevention' })
    expect(byKey.get('question:q2')).toMatchObject({
      target: { page: 'question', id: 'q2' },
      text: '自称客服的人要求转账退款，怎么办？'
    })
    expect(byKey.get('rule:hotline')).toMatchObject({
      target: { page: 'prevention' },
      title: '全国反诈热线 96110',
      text: '接到96110来电请及时接听。'
    })
  })

  test('a true-false prompt that is false (answer 错) is left out: alone it would teach the wrong thing', () => {
    expect(index.some((e) => e.key === 'question:q3')).toBe(false)
  })

  test('folded text is precomputed and keeps positions', () => {
    const entry = index.find((e) => e.key === 'case:order-brushing') as SearchEntry
    // Full-width ASCII (ＡＰＰ, the comma) folds to ASCII; 。 is CJK punctuation and stays.
    expect(entry.textFolded).toBe('唐女士下载了app刷单,充值后无法提现。')
    expect(entry.textFolded).toHaveLength(entry.text.length)
  })
})

describe('query parsing', () => {
  test('trims, collapses spaces (also full-width), lower-cases Latin, drops repeats', () => {
    expect(parseQuery('  刷单 \t 返款\u3000ＡＰＰ  App ')).toEqual(['刷单', '返款', 'app'])
    expect(parseQuery('   ')).toEqual([])
    // Voice input's full stop or question mark (a new user's trial: "刷单。" found 1 result, "刷单" 8).
    expect(parseQuery('刷单。')).toEqual(['刷单'])
    expect(parseQuery('刷单？')).toEqual(['刷单'])
    expect(parseQuery('征信，验证码!')).toEqual(['征信', '验证码'])
  })
})

describe('searchContent', () => {
  test('Chinese substring match, grouped category > tip > method > case > … > question', () => {
    expect(keys(searchContent(index, '刷单'))).toEqual([
      'category:order-brushing',
      'tip:order-brushing',
      'method:order-brushing',
      'case:order-brushing',
      'question:q1'
    ])
  })

  test('results follow SEARCH_KIND_ORDER and earlier matches rank first within a kind', () => {
    const results = searchContent(index, '转账')
    // case:online-loan has 转账 at 17, case:pig-butchering at 23, so it comes first despite brochure order.
    expect(keys(results)).toEqual([
      'method:online-loan',
      'case:online-loan',
      'case:pig-butchering',
      'rule:no-transfer',
      'question:q2'
    ])
    const ranks = results.map((r) => SEARCH_KIND_ORDER.indexOf(r.kind))
    expect(ranks).toEqual(ranks.slice().sort((a, b) => a - b))
  })

  test('a heading match finds the sections under it, after the text matches of the same kind', () => {
    // online-loan's tip says 网络; order-brushing's tip only has it in its title.
    const tips = searchContent(index, '网络').filter((r) => r.kind === 'tip')
    expect(keys(tips)).toEqual(['tip:online-loan', 'tip:order-brushing'])
    const titleOnly = tips[1]
    expect(titleOnly.titleSegments).toEqual([
      { text: '网络', match: true },
      { text: '刷单诈骗 · 反诈提示', match: false }
    ])
    expect(titleOnly.snippet).toEqual([{ text: '刷单就是诈骗！兼职刷单、刷信誉的都是诈骗。', match: false }])
  })

  test('the hotline number finds the hotline', () => {
    const results = searchContent(index, '96110')
    expect(keys(results)).toEqual(['rule:hotline'])
    expect(results[0].titleSegments).toEqual([
      { text: '全国反诈热线 ', match: false },
      { text: '96110', match: true }
    ])
    expect(results[0].snippet).toEqual([
      { text: '接到', match: false },
      { text: '96110', match: true },
      { text: '来电请及时接听。', match: false }
    ])
  })

  test('space-separated terms must all match (AND)', () => {
    expect(keys(searchContent(index, '刷单 返款'))).toEqual(['method:order-brushing'])
    expect(keys(searchContent(index, '转账 贷款'))).toEqual(['method:online-loan', 'case:online-loan'])
    expect(searchContent(index, '刷单 贷款')).toEqual([])
  })

  test('terms may match across title and text', () => {
    // 杀猪盘 is only in the title, 博彩 only in the case text.
    expect(keys(searchContent(index, '杀猪盘 博彩'))).toEqual(['case:pig-butchering'])
  })

  test('Latin is case-insensitive and full-width letters match; the original text is highlighted', () => {
    const results = searchContent(index, 'app')
    // APP is at 4 in one case, ＡＰＰ at 6 in the other.
    expect(keys(results)).toEqual(['case:pig-butchering', 'case:order-brushing'])
    expect(matches(results[0].snippet)).toEqual(['APP'])
    expect(matches(results[1].snippet)).toEqual(['ＡＰＰ'])
  })

  test('a half-width comma in the query matches the full-width one in the text', () => {
    expect(keys(searchContent(index, '刷单,充值'))).toEqual(['case:order-brushing'])
  })

  test('extra spaces do not change the results', () => {
    expect(searchContent(index, '  刷单    返款  ')).toEqual(searchContent(index, '刷单 返款'))
  })

  test('an empty or blank query gives nothing, as does a term found nowhere', () => {
    expect(searchContent(index, '')).toEqual([])
    expect(searchContent(index, ' \u3000 ')).toEqual([])
    expect(searchContent(index, '量子计算')).toEqual([])
  })

  test('limit keeps the best results', () => {
    expect(keys(searchContent(index, '刷单', 2))).toEqual(['category:order-brushing', 'tip:order-brushing'])
    expect(searchContent(index, '刷单', 0)).toEqual([])
  })

  test('every snippet is a piece of its text, with ellipses only where cut', () => {
    for (const query of ['诈骗', '转账', '刷单 返款', 'app', '银行卡', '两卡', '网络', '杀猪盘']) {
      for (const result of searchContent(index, query)) {
        const entry = index.find((e) => e.key === result.key) as SearchEntry
        const text = joined(result.snippet)
        const core = text.replace(/^…/, '').replace(/…$/, '')
        expect(entry.text.includes(core)).toBe(true)
        expect(text.startsWith('…')).toBe(!entry.text.startsWith(core))
        expect(text.endsWith('…')).toBe(!entry.text.endsWith(core))
        expect(joined(result.titleSegments)).toBe(entry.title)
        const terms = parseQuery(query)
        matches(result.snippet).forEach((m) => expect(terms.some((t) => fold(m).includes(t))).toBe(true))
      }
    }
  })
})

describe('snippets', () => {
  // Round 61's tester: each 诈骗类型 hit printed its name twice, bold and then grey ("冒充领导、熟人诈骗 / 冒充领导、熟人诈骗").
  test('a result whose text says only its title has no snippet; a longer one keeps it', () => {
    const results = searchContent(buildSearchIndex(brochure, questions), '诈骗')
    const named = results.filter((r) => r.kind === 'category')
    expect(named.length).toBe(brochure.categories.length)
    for (const result of named) expect(result.snippet).toEqual([])
    const tips = results.filter((r) => r.kind === 'tip')
    expect(tips.length).toBeGreaterThan(0)
    for (const result of tips) expect(result.snippet.map((s) => s.text).join('')).not.toBe(result.title)
    expect(tips.every((result) => result.snippet.length > 0)).toBe(true)
  })

  /** An index whose only method text is `text`, for exact snippet checks. */
  function methodSnippet(text: string, query: string): HighlightSegment[] {
    const cat = category('fake-credit', '虚假征信', [text], ['案例'], ['提示'])
    const results = searchContent(buildSearchIndex(brochureWith([cat]), []), query)
    const method = results.find((r) => r.kind === 'method') as SearchResult
    return method.snippet
  }
  const a = (n: number) => '甲'.repeat(n)
  const b = (n: number) => '乙'.repeat(n)

  test('20 characters each side of a match in the middle, cut with …', () => {
    expect(methodSnippet(`${a(30)}骗子${b(30)}`, '骗子')).toEqual([
      { text: `…${a(20)}`, match: false },
      { text: '骗子', match: true },
      { text: `${b(20)}…`, match: false }
    ])
  })

  test('a match at the start spends the context on the right', () => {
    expect(methodSnippet(`骗子${b(60)}`, '骗子')).toEqual([
      { text: '骗子', match: true },
      { text: `${b(40)}…`, match: false }
    ])
  })

  test('a match at the end spends the context on the left', () => {
    expect(methodSnippet(`${a(60)}骗子`, '骗子')).toEqual([
      { text: `…${a(40)}`, match: false },
      { text: '骗子', match: true }
    ])
  })

  test('a short text is shown whole, every occurrence highlighted', () => {
    expect(methodSnippet('骗子说：骗子不会承认。', '骗子')).toEqual([
      { text: '骗子', match: true },
      { text: '说：', match: false },
      { text: '骗子', match: true },
      { text: '不会承认。', match: false }
    ])
  })

  test('overlapping and touching terms merge into one highlight', () => {
    expect(methodSnippet('刷单返款后拒绝返款', '刷单 单返 返款')).toEqual([
      { text: '刷单返款', match: true },
      { text: '后拒绝', match: false },
      { text: '返款', match: true }
    ])
  })

  test('a match running past the cut is shown whole', () => {
    // The second 骗子 starts at 51, the window would end at 52.
    expect(methodSnippet(`${a(30)}骗子${b(19)}骗子${b(30)}`, '骗子')).toEqual([
      { text: `…${a(20)}`, match: false },
      { text: '骗子', match: true },
      { text: b(19), match: false },
      { text: '骗子', match: true },
      { text: '…', match: false }
    ])
  })

  test('the window opens at the earliest match of any term', () => {
    const segments = methodSnippet(`${a(30)}转账${b(10)}骗子${a(40)}`, '骗子 转账')
    expect(segments).toEqual([
      { text: `…${a(20)}`, match: false },
      { text: '转账', match: true },
      { text: b(10), match: false },
      { text: '骗子', match: true },
      { text: `${a(8)}…`, match: false }
    ])
  })

  test('a cut never splits a character outside the BMP', () => {
    // 𠮷 is two code units; the plain window [21, 63) would cut both pairs in half.
    const text = `${'𠮷'.repeat(20)}丁骗子丁${'𠮷'.repeat(20)}`
    const core = joined(methodSnippet(text, '骗子')).replace(/^…/, '').replace(/…$/, '')
    expect(core).toBe(`${'𠮷'.repeat(10)}丁骗子丁${'𠮷'.repeat(10)}`)
  })
})

describe('groupResults', () => {
  test('groups in kind order with labels, empty kinds left out', () => {
    const groups = groupResults(searchContent(index, '转账'))
    expect(groups.map((g) => [g.kind, g.label, g.results.length])).toEqual([
      ['method', '诈骗方式', 1],
      ['case', '诈骗案例', 2],
      ['rule', '如何防范', 1],
      ['question', '测验题', 1]
    ])
  })
})

// How fast is the bench's to measure (npm run bench: the slowest query over content ten times the brochure's),
// never a timed test's.
describe('content many times the brochure', () => {
  test('a query still finds every entry that holds it, and nothing for words it does not hold', () => {
    // Deterministic filler text so the content is large and varied.
    const chars = '骗子转账银行卡验证码客服退款贷款刷单投资理财平台充值提现公安警察领导熟人游戏账号'
    let state = 7
    const filler = (n: number) => {
      let s = ''
      for (let i = 0; i < n; i++) {
        state = (state * 1103515245 + 12345) % 2147483648
        s += chars[state % chars.length]
      }
      return s
    }
    const big = CATEGORY_IDS.map((id) =>
      category(id, `${id} 诈骗`, [filler(1500)], [filler(3000)], [filler(800)])
    )
    const manyQuestions = Array.from({ length: 500 }, (_, i) => ({
      ...QUESTIONS[0],
      id: `b${i}`,
      // Every tenth question holds words the filler cannot make.
      prompt: filler(60) + (i % 10 === 0 ? '陌生来电' : '')
    }))
    const bigIndex = buildSearchIndex(brochureWith(big), manyQuestions)
    const found = searchContent(bigIndex, '陌生来电')
    expect(found).toHaveLength(50)
    expect(found.every((r) => r.kind === 'question')).toBe(true)
    expect(searchContent(bigIndex, '不存在的词')).toEqual([])
  })
})

describe('one-character typos and everyday words', () => {
  const realIndex = buildSearchIndex(brochure, questions)

  test.each([
    ['验正码', '验证码'],
    ['杀猪般', '杀猪盘']
  ])('%s is corrected to %s', (typed, meant) => {
    expect(correctTypos(realIndex, typed)).toBe(meant)
  })

  test('the older 帐 finds what 账 finds, with nothing to correct (the traditional table reads 帐 as 账)', () => {
    const found = (query: string) => searchContent(realIndex, query).map((r) => r.key)
    expect(found('安全账户 转账').length).toBeGreaterThan(0)
    expect(found('安全帐户 转账')).toEqual(found('安全账户 转账'))
    expect(correctTypos(realIndex, '安全帐户 转账')).toBeNull()
  })

  test('a query found as typed, or two characters off, is not "corrected"', () => {
    expect(correctTypos(realIndex, '验证码')).toBeNull()
    expect(correctTypos(realIndex, '火星文zzqx')).toBeNull()
    expect(correctTypos(realIndex, '征')).toBeNull()
    // A phrase is read by its words, not "corrected" into another thing (a new user's trial: 卡 became 户).
    expect(correctTypos(realIndex, '卡被冻结了')).toBeNull()
  })

  test('a pronoun or a particle is never the slip: 我被骗了 is not 道被骗了 (trial 13)', () => {
    expect(correctTypos(realIndex, '我被骗了')).toBeNull()
    expect(correctTypos(realIndex, '验正码')).toBe('验证码')
  })

  test('everyday words lead to categories, each link resting on words of that category in the brochure', () => {
    for (const [word, suggestions] of Object.entries(EVERYDAY_WORDS)) {
      for (const { category: id, because } of suggestions) {
        const c = brochure.categories.find((x) => x.id === id)
        expect([word, c && [c.name, ...c.method, ...c.case, ...c.tip].join('').includes(because)]).toEqual([
          word,
          true
        ])
      }
    }
    expect(suggestCategories('养老钱')).toEqual(['fake-investment', 'fake-shopping'])
    expect(suggestCategories('医保卡被冻结')).toEqual(['impersonating-officials'])
    expect(suggestCategories('退休金')).toContain('fake-investment')
    expect(suggestCategories('验证码')).toEqual([])
    // Round 22's new user searched for what the caller claimed to be.
    expect(suggestCategories('假警察说我涉嫌洗钱')).toEqual(['impersonating-officials'])
    expect(suggestCategories('AI换脸')).toEqual(['impersonating-leaders'])
  })
})

describe('a question asked in a sentence', () => {
  const realIndex = buildSearchIndex(brochure, questions)

  it.each([
    ['冒充警察', ['冒充', '警察']],
    ['骗子让我转账怎么办', ['骗子', '转账']],
    ['微信视频里是我孙子的脸，是真的吗', ['微信', '孙子']],
    ['有人打电话说要我转账，是不是骗子', ['转账']],
    ['APP怎么下载', ['app', '下载']],
    ['验证码，能告诉别人吗？', ['验证码', '能告诉']]
  ])('%s: the words the content uses, longest first, in the order asked', (question, words) => {
    expect(wordsInQuestion(realIndex, question)).toEqual(words)
  })

  it('ranks the entry with the longer word first when each holds one word of the question (trial 12)', () => {
    const words = wordsInQuestion(realIndex, '冒充客服退款')
    expect(words).toEqual(['冒充', '客服退款'])
    const first = searchAnyWord(realIndex, words, 10).find((r) => r.kind === 'category')
    expect(first?.title).toBe('假冒客服退款诈骗')
  })

  it('finds nothing in a question the content has no word of, nor in one character', () => {
    expect(wordsInQuestion(realIndex, '火星文zzqx')).toEqual([])
    expect(wordsInQuestion(realIndex, '骗')).toEqual([])
    // Letters count only as a whole run: "qwerty" holds "rt", which the content has inside "support".
    expect(wordsInQuestion(realIndex, 'qwerty')).toEqual([])
    expect(wordsInQuestion(realIndex, '')).toEqual([])
  })

  it('leaves out a word most entries have: it says nothing about the question', () => {
    const common = '诈骗'
    const share = realIndex.filter(
      (e) => e.textFolded.includes(common) || e.titleFolded.includes(common)
    ).length
    expect(share / realIndex.length).toBeGreaterThan(0.25)
    expect(wordsInQuestion(realIndex, '诈骗')).toEqual([])
  })

  it('ranks entries holding more of the words first and highlights the words', () => {
    const words = ['验证码', '告诉', '转账']
    const results = searchAnyWord(realIndex, words)
    const held = (entry: SearchEntry) =>
      words.filter((w) => entry.textFolded.includes(w) || entry.titleFolded.includes(w)).length
    const holds = (r: SearchResult) => held(realIndex.find((e) => e.key === r.key)!)
    expect(results.length).toBeGreaterThan(1)
    const counts = results.map(holds)
    expect(counts).toEqual([...counts].sort((a, b) => b - a))
    expect(counts[0]).toBe(Math.max(...realIndex.map(held)))
    expect(counts[0]).toBeGreaterThan(1)
    expect(
      [...results[0].titleSegments, ...results[0].snippet].some((s) => s.match && words.includes(s.text))
    ).toBe(true)
    expect(searchAnyWord(realIndex, [])).toEqual([])
  })
})

describe("traditional characters (round 52's trial: 詐騙, 轉賬 and 刷單 found nothing)", () => {
  const real = buildSearchIndex(brochure, questions)
  const ids = (query: string) => searchContent(real, query).map((r) => r.key)

  it.each([
    ['詐騙', '诈骗'],
    ['轉賬', '转账'],
    ['刷單', '刷单'],
    ['驗證碼', '验证码']
  ])('%s finds what %s finds', (traditional, simplified) => {
    expect(ids(simplified).length).toBeGreaterThan(0)
    expect(ids(traditional)).toEqual(ids(simplified))
  })

  it('reads the words of a question asked in traditional characters', () => {
    expect(wordsInQuestion(real, '騙子讓我轉賬怎麼辦')).toEqual(['骗子', '转账'])
  })

  it('suggests the same kinds and hears 被騙 as cheated', () => {
    for (const [traditional, simplified] of [
      ['我兒子出事了', '我儿子出事了'],
      ['醫保卡', '医保卡'],
      ['快遞丟了', '快递丢了']
    ]) {
      expect(suggestCategories(simplified).length).toBeGreaterThan(0)
      expect(suggestCategories(traditional)).toEqual(suggestCategories(simplified))
    }
    expect(saysCheated('我被騙了')).toBe(true)
  })

  it('maps no character the content itself writes (only the query is folded, never the content)', () => {
    const content = searchedContent(join(__dirname, '../..'))
    expect([...searchTraditionalJson.traditional].filter((c) => content.includes(c))).toEqual([])
  })

  it('keeps src/data/search-traditional-chars.json exactly what OpenCC gives for the content people search', () => {
    const root = join(__dirname, '../..')
    expect(searchTraditionalJson).toEqual(buildTraditionalChars(searchText(root), SEARCH_TRADITIONAL_SOURCE))
  })
})
