import { fold, foldCode, halfWidthCode } from '../../src/domain/textFold'

const foldByCodes = (s: string) => String.fromCharCode(...[...s].map((c) => foldCode(c.charCodeAt(0))))

describe('textFold', () => {
  test('fold keeps the length even for letters that lower-case into two units', () => {
    expect(fold('İstanbul ＡＰＰ')).toHaveLength('İstanbul ＡＰＰ'.length)
    expect(fold('ÀB')).toBe('àb')
  })

  test('full-width letters, digits and the ideographic space become ASCII', () => {
    expect(fold('ＡＰＰ　９６１１０！')).toBe('app 96110!')
    expect(String.fromCharCode(halfWidthCode('～'.charCodeAt(0)))).toBe('~')
    expect(halfWidthCode('账'.charCodeAt(0))).toBe('账'.charCodeAt(0))
  })

  test('the search and the 风险自测 scanner fold typed Chinese, ASCII and full-width text the same way', () => {
    const typed = '点击ＬＩＮＫ领取Refund，转账至安全账户96110'
    expect(foldByCodes(typed)).toBe(fold(typed))
    expect(fold(typed)).toBe('点击link领取refund,转账至安全账户96110')
  })
})
