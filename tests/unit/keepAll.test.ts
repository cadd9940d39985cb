import { KEPT_MAX_CHARS } from '@/domain/keepTogether'
import { WORD_BREAK, keepAllRuns } from '@/domain/keepAll'
import { splitLineEnd, splitLineRuns } from '@/domain/lineEnd'

/** Labels, signals and quotes as the app shows them: Chinese, Latin and digits, sums, spaces, an arrow. */
const TEXTS = [
  '情景演练：如果是你会怎么做？\u00a0›',
  '说贷款要先交钱',
  '引导受害人下载多个APP',
  '一旦发现被骗，马上打110。',
  '说到领导、老板、老师，或用他们的身份说话',
  '原话：“我在网上认识一个男的”'
]

describe('keepAllRuns: words kept whole by keep-all, a span only where keep-all would break (issue #15)', () => {
  /** What the runs read as: the text with a WORD_BREAK between words. */
  const read = (text: string) =>
    keepAllRuns(text)
      .map((run) => run.text)
      .join('')

  it.each([
    ...TEXTS,
    '原话：“请登录 etc-abc.cn 重新认证”',
    '原话：“客服说要再交20%的税”',
    '转$4,200去補習社負責人戶口先'
  ])('gives %s back with zero-width spaces only, each between two of its words', (text) => {
    expect(read(text).split(WORD_BREAK).join('')).toBe(text)
    // A zero-width space where wordRuns (and the end splitLineRuns keeps) put a break, nowhere else.
    const { head, end } = splitLineRuns(text)
    const words = end === '' ? head : [...head, end]
    const breaks = new Set<number>()
    let at = 0
    for (const word of words.slice(0, -1)) breaks.add((at += word.length))
    let offset = 0
    for (const char of read(text)) {
      if (char === WORD_BREAK) expect(breaks.has(offset)).toBe(true)
      else offset += char.length
    }
  })

  it('keeps Chinese words in the text itself, and puts a span only round a word with a space, a letter or a digit', () => {
    expect(keepAllRuns('原话：“我在网上认识一个男的”').every((run) => !run.whole)).toBe(true)
    expect(
      keepAllRuns('原话：“客服说要再交20%的税”')
        .filter((run) => run.whole)
        .map((run) => run.text)
    ).toEqual(['20%'])
    const whole = keepAllRuns('原话：“请登录 etc-abc.cn 重新认证”')
      .filter((run) => run.whole)
      .map((run) => run.text)
    expect(whole.join('')).toBe('etc-abc.cn')
  })

  it('keeps the last two words together: no zero-width space between them', () => {
    const [, end] = splitLineEnd('要您加微信、QQ，或打短信里给的另一个电话')
    expect(read('要您加微信、QQ，或打短信里给的另一个电话').endsWith(`${WORD_BREAK}${end}`)).toBe(true)
    expect(end.length).toBeGreaterThanOrEqual(2)
  })

  it('puts no zero-width space next to a space, where a line may break anyway', () => {
    expect(read('先打给 小儿子，打 两次')).not.toMatch(/ \u200b|\u200b /)
  })

  // Round 57's fresh tester at 320 px: "原话：“请点击 http://www.chinapost-delivery-address-updat▌" and "6222 0212 3456 789▌"
  // ran past the card's edge, each a span that did not wrap.
  it('leaves a word longer than KEPT_MAX_CHARS to the line breaker: no span that cannot wrap wider than a line', () => {
    for (const text of [
      '原话：“请点击 http://www.chinapost-delivery-address-update-center.com 更新地址”',
      '原话：“你先转8000块到这个卡号6222 0212 3456 7890 123”'
    ]) {
      const runs = keepAllRuns(text)
      expect(
        runs
          .map((run) => run.text)
          .join('')
          .replace(/\u200b/g, '')
      ).toBe(text)
      for (const run of runs.filter((r) => r.whole))
        expect(run.text.length).toBeLessThanOrEqual(KEPT_MAX_CHARS)
    }
  })

  it('gives nothing for an empty text', () => {
    expect(keepAllRuns('')).toEqual([])
  })
})
