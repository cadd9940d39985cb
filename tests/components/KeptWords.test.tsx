import KeptWords from '../../src/components/KeptWords'
import { shortLabelHalves } from '../../src/domain/lineEnd'
import { mountComponent, seenText } from './support'

function Quote({ text, selectable }: { text: string; selectable?: boolean }) {
  return <KeptWords className='quote' text={text} selectable={selectable} />
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

/** Zero-width spaces and word joiners: marks nobody sees. */
const MARKS = /[\u200b\u2060]/

describe('KeptWords', () => {
  test('reads as its text, set to keep words whole, with a span only round a token', async () => {
    await mountComponent(Quote, { text: '原话：“客服说要再交20%的税”' })
    expect(seenText(quote())).toBe('原话：“客服说要再交20%的税”')
    expect(keepsWords()).toBe(true)
    // 的 goes with the word before it and 税 with them, so no line holds one of them alone (lineEnd joinLoneWords).
    expect(tokens()).toEqual(['20%的税”'])
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
    await mountComponent(Quote, { text: '原话：“请立即登录 https://m.icbc.com.cn/a?b=1 完成身份验证”' })
    const outer = quote().querySelector('.fs-token')!
    expect(seenText(outer)).toBe('https://m.icbc.com.cn/a?b=1')
    expect(seenText(outer.querySelector('.fs-token'))).toBe('m.icbc.com.cn/')
  })

  // Round 58's fresh tester: an address wider than a line, as a block, went to a line of its own ("原话： / “…https://").
  test('an address wider than a line flows with the words; its host, where it fits a line, is a token of its own', async () => {
    await mountComponent(Quote, {
      text: '原话：“请立即登录 https://m.icbc.com.cn/xxx/verify?uid=8837261 完成身份验证”'
    })
    expect(tokens()).toEqual(['m.icbc.com.cn/'])
  })

  // Round 57's fresh tester read 50 names with U+200B in the browser's accessibility tree ("要​您​转账").
  test('gives a screen reader the words without marks, and hides the marked copy from it', async () => {
    const text = '要您转账、付款、交费或借钱'
    await mountComponent(Quote, { text })
    expect(quote().getAttribute('aria-label')).toBe(text)
    expect(quote().getAttribute('role')).toBe('text')
    const marked = quote().querySelector('.fs-words')!
    expect(marked.getAttribute('aria-hidden')).toBe('true')
    expect(marked.textContent).toMatch(MARKS)
    expect(quote().getAttribute('aria-label')).not.toMatch(MARKS)
  })

  test('a text with no mark in it is one node, with nothing for a screen reader to replace', async () => {
    await mountComponent(Quote, { text: '62220212345' })
    expect(quote().classList.contains('fs-words')).toBe(true)
    expect(quote().hasAttribute('aria-label')).toBe(false)
    expect(quote().querySelector('[aria-hidden]')).toBeNull()
  })

  test('a quote can be selected: its paragraph is marked so', async () => {
    await mountComponent(Quote, { text: '原话：“客服QQ：2837461928”', selectable: true })
    expect(quote().classList.contains('fs-selectable')).toBe(true)
    await mountComponent(Quote, { text: '要您转账、付款、交费或借钱' })
    expect(quote().classList.contains('fs-selectable')).toBe(false)
  })

  // Round 58's fresh tester: a double click inside ４００－８８８－１２３４ or at an address's start selected "\u200b".
  test('breaks a number and an address in the browser with <wbr>, no zero-width space inside them', async () => {
    await mountComponent(Quote, {
      text: '原话：“单号SF1234567890123，请登录 https://m.icbc.com.cn.secure-login-verify.xyz/a 或打４００－８８８－１２３４”',
      selectable: true
    })
    const marked = quote().querySelector('.fs-words')!
    // SF12 3456 7890 123; https://m. icbc. com. cn. secure- login- verify.xyz/a; ４００－ ８８８－ １２３４.
    expect(marked.querySelectorAll('wbr')).toHaveLength(3 + 6 + 2)
    expect(marked.textContent).not.toMatch(/[0-9A-Za-z０-９.\-/－]\u200b[0-9A-Za-z０-９]/)
    for (const token of [
      'SF1234567890123',
      'https://m.icbc.com.cn.secure-login-verify.xyz/a',
      '８８８－１２３４'
    ])
      expect(marked.textContent!.replace(/\u2060/g, '')).toContain(token)
    expect(seenText(quote())).toContain('SF1234567890123')
  })
})
