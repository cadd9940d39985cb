import { Text } from '@tarojs/components'
import NoOrphan from '../../src/components/NoOrphan'
import { mountComponent, seenText } from './support'

function Paragraph({ text, fit = false }: { text: string; fit?: boolean }) {
  return (
    <Text className='paragraph'>
      <NoOrphan text={text} fit={fit} />
    </Text>
  )
}

/** The paragraph mounted last (a test's mount stays in the document after it). */
const paragraph = () => Array.from(document.querySelectorAll<HTMLElement>('.paragraph')).at(-1)!

/**
 * Where the paragraph's lines may break: its text cut at each <wbr>, each kept phrase's span and each space or
 * punctuation mark, as a browser breaks a keep-all paragraph.
 */
function pieces(): string[] {
  const out: string[] = ['']
  const walk = (node: Node) => {
    if (node.nodeName.toLowerCase() === 'wbr') out.push('')
    else if (node.nodeType === Node.TEXT_NODE) out[out.length - 1] += node.nodeValue ?? ''
    else node.childNodes.forEach(walk)
  }
  walk(paragraph())
  return out
    .flatMap((piece) => piece.split(/(?<=[\s，。、：；？！」』）》”])/))
    .filter((piece) => piece !== '')
}

// Round 61's tester at 320 px, font ×2 and 大字模式: a paragraph wrapped between any two characters, "自称律师、黑 / 客或",
// "（绍兴 / 网转 / 《浙江老年报》", "荆 / 楚网".
describe('NoOrphan on a paragraph (longer than a title)', () => {
  test('reads as its text, keep-all, with a break only between words', async () => {
    const text =
      '被骗后，常有人自称律师、黑客或“追款公司”，说能帮您把钱追回来，但要先交钱。这是又一次诈骗。被骗的钱款，要报警后由公安机关依法追查。'
    await mountComponent(Paragraph, { text })
    expect(seenText(paragraph())).toBe(text)
    expect(paragraph().textContent).not.toMatch(/[\u200b\u2060]/)
    expect(paragraph().querySelector('.fs-paragraph')).not.toBeNull()
    const all = pieces()
    expect(all.join('')).toBe(text)
    for (const word of ['黑客', '律师', '诈骗', '钱款'])
      expect(all.some((piece) => piece.includes(word))).toBe(true)
    // Words, not a clause each: keep-all alone would join everything up to the next punctuation.
    expect(all.some((piece) => piece.startsWith('说能'))).toBe(true)
    expect(all).toContain('帮您')
  })

  test('a source line keeps the names of its sites whole', async () => {
    await mountComponent(Paragraph, {
      text: '来源：「公安部的防骗神器来了，“国家反诈中心”APP上线」（《长江日报》，荆楚网2021年3月25日）；警方提醒（绍兴网转《浙江老年报》，2025年6月1日）'
    })
    const all = pieces()
    expect(all.some((piece) => piece.includes('荆楚网'))).toBe(true)
    expect(all.some((piece) => piece.includes('绍兴网'))).toBe(true)
  })

  // Round 66's tester at 320 px, font ×2 and 大字模式: "又连续投入18笔 / ，但这次想要…" in 情景演练: a <wbr> after the
  // kept "18笔" let the line break before the comma.
  test('never lets a line start with a comma or a full stop (kinsoku), nor cut a person’s name or 支付宝', async () => {
    const text =
      '在“王旭”的怂恿下，李小姐又连续投入18笔，但这次想要提现的时候，却发现APP已经打不开了。唐女士连忙联系所谓的客服，经向支付宝官方客服联系才知道。'
    await mountComponent(Paragraph, { text })
    const all = pieces()
    expect(all.join('')).toBe(text)
    expect(all.filter((piece) => /^[，。、；：！？]/.test(piece))).toEqual([])
    for (const word of ['唐女士', '李小姐', '支付宝'])
      expect([word, all.some((piece) => piece.includes(word))]).toEqual([word, true])
  })

  test('a title keeps its spans of words and no keep-all', async () => {
    await mountComponent(Paragraph, { text: '挂断后打他本人的老号码确认。' })
    expect(paragraph().querySelector('.fs-paragraph')).toBeNull()
    const words = Array.from(paragraph().querySelectorAll('.fs-word, .fs-phrase')).map(
      (span) => span.textContent
    )
    expect(words.some((word) => word?.includes('老号码'))).toBe(true)
  })
})

// Round 62's tester: "虚假 / 征信诈骗" at 320×568, font ×2 and 大字模式. A short title is fitted to its line instead.
describe('NoOrphan fit: a short title sized to its line', () => {
  test('a title of six characters carries its width for the CSS font size, and reads as its words', async () => {
    await mountComponent(Paragraph, { text: '虚假征信诈骗', fit: true })
    const fitted = paragraph().querySelector<HTMLElement>('.fs-fit')
    expect(fitted).not.toBeNull()
    expect(fitted!.style.getPropertyValue('--fs-fit')).toBe('6.2')
    expect(seenText(paragraph())).toBe('虚假征信诈骗')
  })

  test('a longer title is sized by the wider of its two lines at best', async () => {
    await mountComponent(Paragraph, { text: '“公安局”来电说您涉案', fit: true })
    expect(paragraph().querySelector<HTMLElement>('.fs-fit')!.style.getPropertyValue('--fs-fit')).toBe('6.2')
    expect(seenText(paragraph())).toBe('“公安局”来电说您涉案')
  })

  test('a title too wide for two such lines breaks between its words as before, not fitted', async () => {
    await mountComponent(Paragraph, { text: '网络游戏产品虚假交易诈骗之后的故事', fit: true })
    expect(paragraph().querySelector('.fs-fit')).toBeNull()
    expect(seenText(paragraph())).toBe('网络游戏产品虚假交易诈骗之后的故事')
  })
})
