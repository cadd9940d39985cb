import corpusJson from '../fixtures/check-corpus.json'
import examsJson from '../fixtures/check-messages.json'
import { riskSignalData } from '../../src/domain/riskCheck/data'
import { buildMatcher, leadingWords, requiredWords, scan } from '../../src/domain/riskCheck/scan'
import { prepareText } from '../../src/domain/riskCheck/text'

const texts = [
  ...(corpusJson as unknown as { messages: Array<{ text: string }> }).messages.map((m) => m.text),
  ...(examsJson as unknown as Array<{ text: string }>).map((m) => m.text)
].map((text) => prepareText(text))

const patterns = riskSignalData.signals.flatMap((signal) => signal.patterns ?? [])

describe("requiredWords: what every match of a signal's pattern holds", () => {
  it.each([
    [
      '(货款|尾款)[^,]{0,8}(付一下|付了吧)(?![^。])',
      [
        ['货款', '尾款'],
        ['付一下', '付了吧']
      ]
    ],
    ['(^|[^你])(发|包|转)[^,]{0,4}红包', [['发', '包', '转'], ['红'], ['包']]],
    [
      '(?:已|将)(扣|收)',
      [
        ['已', '将'],
        ['扣', '收']
      ]
    ],
    ['(a(b|c)|d)e', [['a', 'd'], ['e']]],
    ['a\\.(b|c)d?e{0,2}f+', [['a'], ['b', 'c'], ['f']]],
    ['(转|汇)?(款|钱)*到账', [['到'], ['账']]],
    ['打(?!110)钱', [['打'], ['钱']]],
    ['a\\u3000b\\x41c', [['a'], ['b'], ['c']]]
  ])('%s needs %j', (source, words) => {
    expect(requiredWords(source)).toEqual(words)
  })

  it.each([
    ['top-level alternatives', '我是(你们|您的)?老板|老板(让|叫)'],
    ['an alternative that starts with syntax', '(^|[^你])[0-9]{2,}'],
    ['an optional group', '(请您)?[0-9]+'],
    ['a lookahead', '(?=[0-9])[0-9]']
  ])('asks nothing it cannot read: %s', (_, source) => {
    expect(requiredWords(source)).toEqual([])
  })

  it('holds for every pattern of the signals on every message of the corpus and the exam: each match holds a word of each group', () => {
    expect(patterns.length).toBeGreaterThan(300)
    let matches = 0
    for (const source of patterns) {
      const needs = requiredWords(source)
      const re = new RegExp(source, 'g')
      for (const { text } of texts) {
        for (const m of text.matchAll(re)) {
          if (m[0] === '') continue
          matches++
          for (const words of needs)
            expect([source, words.some((w) => m[0].includes(w))]).toEqual([source, true])
        }
      }
    }
    expect(matches).toBeGreaterThan(1000)
  })
})

describe('leadingWords: what every match of a pattern starts with', () => {
  it.each([
    ['(交|付|转账)[0-9]{1,7}元', ['交', '付', '转账']],
    ['(?:已|将)(扣|收)', ['已', '将']],
    ['安全账户', ['安']],
    ['(请您?|麻烦)[^,]{0,8}打开', ['请', '麻烦']]
  ])('%s starts with %j', (source, words) => {
    expect(leadingWords(source)).toEqual(words)
  })

  it.each(['(^|[^你])(发|包)红包', '(请您)?[0-9]+元', '[0-9]{1,2}点前', '我是老板|老板(让|叫)你'])(
    'knows nothing of %s',
    (source) => {
      expect(leadingWords(source)).toBeNull()
    }
  )

  it('finds, for every pattern of the signals on every message of the corpus and the exam, the matches a search over the whole text finds', () => {
    // The patterns that are tried only where they can start; every third message keeps the test to seconds.
    const matchers = patterns
      .filter((source) => leadingWords(source) !== null)
      .map((source) => ({ source, matcher: buildMatcher([], [], [source], false) }))
    let compared = 0
    for (const prepared of texts.filter((_, k) => k % 3 === 0)) {
      for (const { source, matcher } of matchers) {
        const expected = [...prepared.text.matchAll(new RegExp(source, 'g'))]
          .filter((m) => m[0] !== '')
          .slice(0, 20)
          .filter((m) => prepared.inWarning[m.index] === 0)
          .map((m) => [m.index, m.index + m[0].length])
        const found = scan(prepared, matcher).map((o) => [o.start, o.end])
        if (found.length > 0 || expected.length > 0) compared++
        expect([source, found]).toEqual([source, expected])
      }
    }
    expect(compared).toBeGreaterThan(200)
  })
})

describe('scan with the pair index', () => {
  it('finds every occurrence in text order, overlapping ones included, and none across a voice-typed break', () => {
    const prepared = prepareText('转账转账户 转 账')
    expect(scan(prepared, buildMatcher(['转账', '账转'])).map((o) => [o.start, o.end])).toEqual([
      [0, 2],
      [1, 3],
      [2, 4],
      [5, 7]
    ])
  })

  it('finds words of one character and skips a pattern whose words the text lacks', () => {
    const prepared = prepareText('请扫码付款')
    expect(scan(prepared, buildMatcher(['码'])).map((o) => o.start)).toEqual([2])
    expect(
      scan(prepared, buildMatcher([], [], ['(收款|付款)码', '扫码(付|收)款'])).map((o) => o.start)
    ).toEqual([1])
  })

  it('reads a second text after a first, and the first again, with its own positions', () => {
    const first = prepareText('安全账户')
    const second = prepareText('你好，安全账户')
    const matcher = buildMatcher(['安全账户'])
    expect(scan(first, matcher).map((o) => o.start)).toEqual([0])
    expect(scan(second, matcher).map((o) => o.start)).toEqual([3])
    expect(scan(first, matcher).map((o) => o.start)).toEqual([0])
  })
})
