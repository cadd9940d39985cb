import * as graphemes from '@/domain/graphemes'
import { isInvisibleCode } from '@/domain/textFold'

type Graphemes = typeof graphemes

/** The module as an engine without Intl.Segmenter loads it (older WeChat clients): its own rules instead. */
function withoutSegmenter(): Graphemes {
  const intl = Intl as unknown as { Segmenter?: unknown }
  const segmenter = intl.Segmenter
  let loaded: Graphemes | undefined
  try {
    delete intl.Segmenter
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      loaded = require('@/domain/graphemes') as Graphemes
    })
  } finally {
    intl.Segmenter = segmenter
  }
  return loaded!
}

const FAMILY = '👨‍👩‍👧'
const WAYS: Array<[string, Graphemes]> = [
  ['Intl.Segmenter', graphemes],
  ['its own rules, without Intl.Segmenter', withoutSegmenter()]
]

describe.each(WAYS)('characters as a person sees them, by %s', (_way, g) => {
  it.each([
    [`${FAMILY}我的宝贝`, 5],
    ['李\u200b小\u200b明\u200b同\u200b学\u200b哈', 6],
    ['‼️ 客服电话', 5],
    ['👍🏽🇨🇳🇭🇰', 3],
    ['e\u0301te\u0301', 3],
    ['1️⃣ 号', 2],
    [' \n\u3000\u00a0\u200b', 0],
    ['ｅｔｃ－ｇｏｖ．ｔｏｐ', 11]
  ])('%s has %i', (text, count) => {
    expect(g.visibleCharacterCount(text)).toBe(count)
  })

  it('counts a paste of 4,000 family emoji and its words as 4,000 and the words, not in code points', () => {
    const words = '你先转8000块到这个卡号，别告诉妈妈'
    expect(g.visibleCharacterCount(FAMILY.repeat(4000) + words)).toBe(4000 + words.length)
  })

  it('finds no place to cut inside an emoji, its skin tone, a flag or a joined family', () => {
    const text = `转账${FAMILY}👍🏽🇨🇳‼️好`
    const starts = [0, 1, 2, 2 + FAMILY.length, 2 + FAMILY.length + 4, 2 + FAMILY.length + 8, text.length - 1]
    for (let at = 0; at <= text.length; at++)
      expect([at, g.isGraphemeBoundary(text, at)]).toEqual([at, starts.includes(at) || at === text.length])
    expect(g.graphemeStartAtOrBefore(text, 5)).toBe(2)
    expect(g.graphemeEndAtOrAfter(text, 5)).toBe(2 + FAMILY.length)
  })

  // Round 58's fresh tester: a 33,180-unit paste was counted in pieces, one cut between the two halves of a surrogate
  // pair inside 👨‍👩‍👧‍👦, and its family came out as two characters, four too many in all.
  it.each([
    ['a family of four', '👨‍👩‍👧‍👦'],
    ['a family with skin tones', '👩🏽‍🤝‍👨🏿'],
    ['a flag', '🇨🇳'],
    ['a skin tone', '👍🏽'],
    ['a combining mark', 'e\u0301'],
    ['a keycap', '1\ufe0f\u20e3']
  ])('counts %s as one character wherever a long text is counted in pieces', (_, character) => {
    // The letters before move the character across every place of a piece's end (512 units, then 1,024…).
    for (let before = 0; before < character.length; before++) {
      const text = 'a'.repeat(before) + `${character}转`.repeat(300)
      expect([before, g.visibleCharacterCount(text)]).toEqual([before, before + 600])
    }
  })

  it.each([
    ['a family emoji and four characters', `${FAMILY}我的宝贝`, [FAMILY, '我', '的', '宝', '贝']],
    ['a skin tone stays with its hand', '👍🏽好', ['👍🏽', '好']],
    ['a flag is one', '🇨🇳中国', ['🇨🇳', '中', '国']],
    ['an accent stays with its letter', 'Jose\u0301', ['J', 'o', 's', 'e\u0301']],
    ['a keycap is one', '1\ufe0f\u20e3号', ['1\ufe0f\u20e3', '号']]
  ])('keeps %s', (_, text, seen) => {
    expect(g.visibleCharacters(text)).toEqual(seen)
  })

  // Round 57's fresh tester pasted "李​小​明​同​学​哈" (6 visible) and was told it had 11.
  it('keeps no invisible character: zero-width spaces, joiners between words, marks, the soft hyphen', () => {
    expect(g.visibleCharacters('李\u200b小\u200b明\u200b同\u200b学\u200b哈')).toEqual([
      '李',
      '小',
      '明',
      '同',
      '学',
      '哈'
    ])
    expect(g.visibleCharacters('\u202d小明\u202c\ufeff')).toEqual(['小', '明'])
    expect(g.visibleCharacters('小\u200d明\u00ad')).toEqual(['小', '明'])
    expect(g.visibleCharacters('\u200b\u200d')).toEqual([])
    // The joiner inside an emoji stays: the family is kept as one character, not three.
    expect(g.visibleCharacters(`\u200b${FAMILY}\u200b`).join('')).toBe(FAMILY)
  })
})

test('isInvisibleCode names the characters that show nothing, and no letter', () => {
  expect([0x200b, 0x200d, 0x202e, 0x2060, 0xfeff, 0xad].every(isInvisibleCode)).toBe(true)
  expect(['小', 'a', ' ', '·'].some((c) => isInvisibleCode(c.charCodeAt(0)))).toBe(false)
})
