import { pointerWords, quoteLead } from '../../src/domain/quoteLead'

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

describe('pointerWords: the words a row points back with', () => {
  it.each([
    // The signal's word among the first words: the quote's first words, as before.
    ['请立即前往车辆中心：http://***.***.cn重新办理', 3, '请立即前往车辆…'],
    // The word further on: the words ending with it, whole words, not the clause's start (【ETC服务】, another signal's).
    ['【ETC服务】您的ETC已于今日停用', 18, '…已于今日停用'],
    ['您的“ETC通行卡”9月16日已冻结', 18, '…9月16日已冻结'],
    // A quote cut at its start says so.
    ['…您的医保卡因未进行电子医保升级已被停用', 21, '…升级已被停用'],
    // Words go on after it: a second "…".
    ['您的车辆Et速通于12月9日已停用，请务必及时点击', 17, '…12月9日已停用…']
  ])('%s (word ends at %s) → %s', (quote, end, words) => {
    expect(pointerWords(quote, end)).toBe(words)
  })

  it('names the line by its first words when no word of the signal is known, or only a piece of an address', () => {
    const line = '请立即前往车辆中心：http://***.***.cn重新办理'
    expect(pointerWords('…车辆中心：http://***.***.cn重新办理', null, line)).toBe('请立即前往车辆…')
    // An address pattern ends inside the address, which starts among the line's first words: "…cn…" would tell nothing.
    expect(pointerWords(line, line.indexOf('.cn') + 3, line)).toBe('请立即前往车辆…')
    expect(pointerWords('…http://ybj-gov.top/rz 重新认证', 8, '请点击 http://ybj-gov.top/rz 重新认证')).toBe(
      '请点击…'
    )
  })

  // Round 65's tester still saw pointers naming a clause start that cut off their label's words.
  it('takes the first words up to the whole word when it ends just past them', () => {
    // 博彩平台 ends at the 8th character: “我舅舅在博彩…” cut it in two.
    expect(pointerWords('我舅舅在博彩平台上赢了很多钱', 8)).toBe('我舅舅在博彩平台…')
  })

  it('names a web address far into its line by the words just before it, not by the line’s first emoji', () => {
    const line = '😀😀🎉🎉💰💰朋友们快来看看这个 https://t.cn/abc 每天都有红包'
    const quote = '…朋友们快来看看这个 https://t.cn/abc 每天都有红包'
    expect(pointerWords(quote, quote.indexOf('t.cn/') + 5, line)).toBe('…们快来看看这个…')
  })

  it('never ends inside a word the term is part of', () => {
    // A term ending inside a sum ("账户上的3") takes the sum with its unit whole.
    expect(pointerWords('今天已经扣费了您账户上的300元钱，请回电', 13)).toBe('…上的300元…')
  })
})
