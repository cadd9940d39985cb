import KeptWords from '../../src/components/KeptWords'
import { shortLabelHalves } from '../../src/domain/lineEnd'
import { mountComponent, seenText } from './support'

function Quote({ text }: { text: string }) {
  return <KeptWords className='quote' text={text} />
}

/** The quote mounted last (a test's mount stays in the document after it). */
const quote = () => Array.from(document.querySelectorAll<HTMLElement>('.quote')).at(-1)!

/** Whether the quote is set to keep its words whole (on itself, or on the copy a screen reader does not read). */
const keepsWords = () => quote().matches('.fs-words') || quote().querySelector('.fs-words') !== null

/** The texts of the spans that keep a token or a label's half together, in order, without their marks. */
const tokens = () =>
  Array.from(quote().querySelectorAll(':scope .fs-token:not(.fs-token .fs-token), .fs-phrase')).map((span) =>
    seenText(span)
  )

describe('KeptWords', () => {
  test('reads as its text, set to keep words whole, with a span only round a token', async () => {
    await mountComponent(Quote, { text: '原话：“客服说要再交20%的税”' })
    expect(seenText(quote())).toBe('原话：“客服说要再交20%的税”')
    expect(keepsWords()).toBe(true)
    expect(tokens()).toEqual(['20%'])
  })

  test('a short label keeps NoOrphan’s two halves; a long text keeps its words too (no 32-character limit)', async () => {
    await mountComponent(Quote, { text: '说贷款要先交钱' })
    expect(keepsWords()).toBe(false)
    expect(tokens()).toEqual(shortLabelHalves('说贷款要先交钱'))
    const long = '原话：“请立即登录以下网址查看逮捕令 http://zgjcy-gov.cc…”'
    await mountComponent(Quote, { text: long })
    expect(keepsWords()).toBe(true)
    expect(tokens()).toEqual(['http://zgjcy-gov.cc…”'])
    expect(seenText(quote())).toBe(long)
  })

  test('a web address’s host is a token of its own inside the address', async () => {
    await mountComponent(Quote, {
      text: '原话：“请立即登录 https://m.icbc.com.cn/xxx/verify?uid=8837261 完成身份验证”'
    })
    const outer = quote().querySelector('.fs-token')!
    expect(seenText(outer)).toBe('https://m.icbc.com.cn/xxx/verify?uid=8837261')
    expect(seenText(outer.querySelector('.fs-token'))).toBe('m.icbc.com.cn/')
  })
})
