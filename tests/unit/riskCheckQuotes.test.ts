import { checkMessage, MAX_INPUT_CHARS, quoteCore } from '@/domain/riskCheck'
import { riskSignalData } from '@/domain/riskCheck/data'
import { prepareText } from '@/domain/riskCheck/text'
import { isGraphemeBoundary, visibleCharacterCount } from '@/domain/graphemes'

const quotesOf = (text: string): string[] =>
  checkMessage({ text, situations: [] }, riskSignalData).hits.flatMap((hit) => hit.quotes)

/** A letter or digit of an address, a number or a code, half- or full-width. */
const ALNUM = /[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]/

/**
 * Where each quote's words lie in `text`, and how it was cut: a quote shows "…" on a side where the message goes on
 * in the same clause, and never starts or ends inside a label, a number or a character.
 */
function cuts(text: string, quote: string) {
  const core = quoteCore(quote)
  const from = text.indexOf(core)
  expect([quote, from >= 0]).toEqual([quote, true])
  const to = from + core.length
  return {
    quote,
    startsInsideToken: from > 0 && ALNUM.test(text[from - 1]) && ALNUM.test(text[from]),
    endsInsideToken: to < text.length && ALNUM.test(text[to - 1]) && ALNUM.test(text[to]),
    startsInsideCharacter: !isGraphemeBoundary(text, from),
    endsInsideCharacter: !isGraphemeBoundary(text, to),
    // Cut inside a run of an address's or a number's characters, with no "…" to say so.
    silentCutBefore: from > 0 && /[\w.\-/:?=&%]/.test(text[from - 1]) && !quote.startsWith('…'),
    silentCutAfter: to < text.length && /[\w.\-/:?=&%]/.test(text[to]) && !quote.endsWith('…')
  }
}

const clean = (quote: string) => ({
  quote,
  startsInsideToken: false,
  endsInsideToken: false,
  startsInsideCharacter: false,
  endsInsideCharacter: false,
  silentCutBefore: false,
  silentCutAfter: false
})

// Round 57's fresh tester: "原话：“ttps://express-claim-refund-service-center-online.verylonghostname-cn.top/claim?no=SF…",
// its h gone and no "…"; "…?no=SF123456789…" cut inside a tracking number; "４００－８８８－…" inside a phone number.
const MESSAGES = [
  '您的快递已丢失，理赔请点 https://express-claim-refund-service-center-online.verylonghostname-cn.top/claim?no=SF1234567890123 填写银行卡号和验证码',
  '【工商银行】尊敬的客户：您的账户存在异常交易，将于今日24:00前冻结。请立即登录 https://m.icbc.com.cn/xxx/verify?uid=8837261 完成身份验证，逾期将影响个人征信。',
  '😱😱【ＥＴＣ服务】您的ＥＴＣ卡已失效🚗，请于２４小时内点击ｅｔｃ－ｇｏｖ．ｔｏｐ重新认证，否则将被注销‼️ 客服电话：４００－８８８－１２３４ 💰💰',
  '👨‍👩‍👧👨‍👩‍👧爸，我是小明，手机掉水里了👍🏽，这是我新号🇨🇳。你先转8000块到这个卡号6222 0212 3456 7890 123，别告诉妈妈‼️',
  '【工商银行】您的账户异常，请登录 https://m.icbc.com.cn.secure-login-verify.xyz/a 验证'
]

describe('a quote is cut where a person can read it, and says where it was cut', () => {
  it.each(MESSAGES)('%s', (text) => {
    const quotes = quotesOf(text)
    expect(quotes.length).toBeGreaterThan(0)
    expect(quotes.map((quote) => cuts(text, quote))).toEqual(quotes.map(clean))
  })

  it('starts a web address longer than a quote reaches with "…" after its own punctuation, never "ttps://"', () => {
    const quotes = quotesOf(MESSAGES[0])
    expect(quotes).toContain(
      '…express-claim-refund-service-center-online.verylonghostname-cn.top/claim?no=SF1234567890123 填写银行卡号和验证码'
    )
    // The other side: cut after "no=", not inside the tracking number.
    expect(quotes).toContain(
      '理赔请点 https://express-claim-refund-service-center-online.verylonghostname-cn.top/claim?no=…'
    )
    expect(quotes.some((quote) => /^t{1,2}ps/.test(quote))).toBe(false)
  })

  it('quotes a full-width phone number and host whole', () => {
    const quotes = quotesOf(MESSAGES[2]).join('\n')
    expect(quotes).toContain('４００－８８８－１２３４')
    expect(quotes).toContain('ｅｔｃ－ｇｏｖ．ｔｏｐ')
  })
})

describe('a paste longer than MAX_INPUT_CHARS', () => {
  it('is read from a whole character on: 4,000 family emoji and words leave no half of one read', () => {
    const words = '你先转8000块到这个卡号，别告诉妈妈'
    const text = '👨‍👩‍👧'.repeat(4000) + words
    const { skippedChars } = checkMessage({ text, situations: [] }, riskSignalData)
    expect(isGraphemeBoundary(text, skippedChars)).toBe(true)
    expect(text.length - skippedChars).toBeLessThanOrEqual(MAX_INPUT_CHARS)
    // What the note says: the characters read and left, as a person counts them, add up to what was pasted.
    const read = visibleCharacterCount(text.slice(skippedChars))
    const left = visibleCharacterCount(text.slice(0, skippedChars))
    expect([read, left]).toEqual([
      Math.floor((MAX_INPUT_CHARS - words.length) / 8) + words.length,
      4000 - 2497
    ])
  })

  // Round 58's fresh tester: the cut fell inside 👨‍👩‍👧‍👦 and the note's two counts came to four more than the paste had.
  it.each([
    ['a family of four', '👨‍👩‍👧‍👦'],
    ['a family with skin tones', '👩🏽‍🤝‍👨🏿'],
    ['a flag', '🇨🇳'],
    ['a skin tone', '👍🏽'],
    ['a combining mark', 'e\u0301']
  ])(
    'starts after %s the limit falls inside, and counts what it read and left as the paste has',
    (_, character) => {
      const before = '先转账'.repeat(1000)
      for (let inside = 1; inside < character.length; inside++) {
        // The limit, counted from the end, falls `inside` units into the character.
        const after = '验证码发我'.repeat(4001).slice(0, MAX_INPUT_CHARS - character.length + inside)
        const text = before + character + after
        const { skippedChars } = prepareText(text)
        const read = visibleCharacterCount(text.slice(skippedChars))
        const left = visibleCharacterCount(text.slice(0, skippedChars))
        expect([inside, skippedChars, read, left]).toEqual([
          inside,
          before.length + character.length,
          after.length,
          before.length + 1
        ])
      }
    }
  )

  it("counts round 58's paste as its 27,300 characters: the part read and the part left", () => {
    const text =
      '我是客服😀😀，你的账户被冻结了，请转账到安全账户 https://a.b.c.example-verify.top/x 👨‍👩‍👧‍👦验证码发我。'.repeat(
        420
      )
    const { skippedChars } = prepareText(text)
    expect(isGraphemeBoundary(text, skippedChars)).toBe(true)
    const read = visibleCharacterCount(text.slice(skippedChars))
    const left = visibleCharacterCount(text.slice(0, skippedChars))
    expect(read + left).toBe(65 * 420)
  })
})
