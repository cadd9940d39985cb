import { splitLineEnd } from '@/domain/lineEnd'

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

describe('splitLineEnd: the last words kept together', () => {
  it.each(LONG)('keeps two characters at least at the end of %s, and gives the text back whole', (text) => {
    const [head, end] = splitLineEnd(text)
    expect(head + end).toBe(text)
    expect(wordCharacters(end)).toBeGreaterThanOrEqual(2)
    expect(wordCharacters(head)).toBeGreaterThanOrEqual(2)
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

  it('without a word breaker (an older engine), keeps the last two characters, or a Latin run', () => {
    const intl = Intl as typeof Intl & { Segmenter?: unknown }
    const segmenter = intl.Segmenter
    delete intl.Segmenter
    try {
      jest.isolateModules(() => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const { splitLineEnd: split } = require('@/domain/lineEnd') as typeof import('@/domain/lineEnd')
        expect(split('如果是你会怎么做？\u00a0›')).toEqual(['如果是你会怎', '么做？\u00a0›'])
        expect(split('引导受害人下载多个APP')).toEqual(['引导受害人下载多个', 'APP'])
        expect(split('说贷款要先交钱')).toEqual(['说贷款要先', '交钱'])
        expect(split('下一种')).toEqual(['下一种', ''])
      })
    } finally {
      intl.Segmenter = segmenter
    }
  })
})
