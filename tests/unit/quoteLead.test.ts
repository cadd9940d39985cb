import { quoteLead } from '../../src/domain/quoteLead'

describe('quoteLead: the first words a row points back to', () => {
  it.each([
    // Round 64's fresh tester, M3: the pointer ended inside a word.
    ['请添加客服QQ 12345678，备注退款', '请添加客服QQ…'],
    ['你先帮我转8000元到这个卡上，明天还你', '你先帮我转8000元…'],
    // A web address is never cut while the words before it can stand alone.
    ['请点击 http://ybj-gov.top/rz 重新认证', '请点击…'],
    // A short quote is given whole.
    ['逾期将无法通行', '逾期将无法通行']
  ])('%s → %s', (quote, lead) => {
    expect(quoteLead(quote)).toBe(lead)
  })

  it('cuts a web address alone where a line may break in it', () => {
    expect(quoteLead('http://ybj-gov.top/rz/abcdef')).toBe('http://…')
  })

  it('ends on a word, never on a comma or a space', () => {
    expect(quoteLead('您好，这里是市医保局，您的医保卡已停用')).not.toMatch(/[，\s]…$/)
  })
})
