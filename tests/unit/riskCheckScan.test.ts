import corpusJson from '../fixtures/check-corpus.json'
import examsJson from '../fixtures/check-messages.json'
import { riskSignalData } from '../../src/domain/riskCheck/data'
import { buildMatcher, requiredWords, scan } from '../../src/domain/riskCheck/scan'
import { prepareText } from '../../src/domain/riskCheck/text'

const texts = [
  ...(corpusJson as unknown as { messages: Array<{ text: string }> }).messages.map((m) => m.text),
  ...(examsJson as unknown as Array<{ text: string }>).map((m) => m.text)
].map((text) => prepareText(text).text)

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
      for (const text of texts) {
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
