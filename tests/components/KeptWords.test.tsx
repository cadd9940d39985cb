import { Text } from '@tarojs/components'
import KeptWords from '../../src/components/KeptWords'
import { shortLabelHalves } from '../../src/domain/lineEnd'
import { mountComponent, seenText } from './support'

function Quote({ text }: { text: string }) {
  return (
    <Text className='quote'>
      <KeptWords text={text} />
    </Text>
  )
}

/** The quote mounted last (a test's mount stays in the document after it). */
const quote = () => Array.from(document.querySelectorAll<HTMLElement>('.quote')).at(-1)!

/** The texts of the spans that do not wrap inside the quote, in order. */
const unbroken = () =>
  Array.from(quote().querySelectorAll('.fs-phrase, .fs-word')).map((span) => span.textContent)

describe('KeptWords', () => {
  test('reads as its text, set to keep words whole, with a span only round a word keep-all would break', async () => {
    await mountComponent(Quote, { text: '原话：“客服说要再交20%的税”' })
    expect(seenText(quote())).toBe('原话：“客服说要再交20%的税”')
    expect(quote().querySelector('.fs-words')).not.toBeNull()
    expect(unbroken()).toEqual(['20%'])
  })

  test('a short label keeps NoOrphan’s two halves, and a long text NoOrphan’s paragraph', async () => {
    await mountComponent(Quote, { text: '说贷款要先交钱' })
    expect(quote().querySelector('.fs-words')).toBeNull()
    expect(unbroken()).toEqual(shortLabelHalves('说贷款要先交钱'))
    const long = '原话：“请立即登录以下网址查看逮捕令 http://zgjcy-gov.cc…”'
    await mountComponent(Quote, { text: long })
    expect(quote().querySelector('.fs-words')).toBeNull()
    expect(seenText(quote())).toBe(long)
  })
})
