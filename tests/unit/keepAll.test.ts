import {
  KEEP_ALL_WORDS,
  WORD_BREAK,
  WORD_JOIN,
  keepAllRuns,
  tokenBreakPieces,
  tokenSpans,
  withoutWordMarks
} from '@/domain/keepAll'
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

/** Round 57's fresh tester's messages, as 风险自测 quotes them: hosts, numbers, codes, full-width forms. */
const QUOTES = [
  '原话：“请立即登录 https://m.icbc.com.cn/xxx/verify?uid=8837261 完成身份验证”',
  '原话：“请登录 https://m.icbc.com.cn.secure-login-verify.xyz/a 验证”',
  '原话：“否则将被注销‼️ 客服电话：４００－８８８－１２３４ 💰💰”',
  '原话：“请于２４小时内点击ｅｔｃ－ｇｏｖ．ｔｏｐ重新认证”',
  '原话：“…express-claim-refund-service-center-online.verylonghostname-cn.top/claim?no=SF1234567890123 填写银行卡号和验证码”',
  '原话：“你先转8000块到这个卡号6222 0212 3456 7890 123”',
  '原话：“客服QQ：2837461928”',
  '原话：“先支付保证金HKD 1,500.00才能退款”'
]

/** The text of the runs, marks and all. */
const read = (text: string) =>
  keepAllRuns(text)
    .map((run) => run.text)
    .join('')

/** The text's own punctuation of a token a line may break after. */
const OWN_PUNCTUATION = /[./\-?=&_:．／－？＝＆＿：]/

/** The places of `marked` (offsets in the text without marks) that hold `mark`. */
function placesOf(marked: string, mark: string): number[] {
  const places: number[] = []
  let offset = 0
  for (const char of marked) {
    if (char === mark) places.push(offset)
    else if (char !== WORD_BREAK && char !== WORD_JOIN) offset += char.length
  }
  return places
}

/**
 * Whether `at` parts a run of letters and digits wider than the narrowest line (more than 12 half-widths) into groups
 * of three or four: "SF12 / 3456".
 */
function inEvenGroups(text: string, at: number): boolean {
  const before = /[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]*$/.exec(text.slice(0, at))![0]
  const after = /^[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]*/.exec(text.slice(at))![0]
  const width = Array.from(before + after).reduce((sum, c) => sum + (c.charCodeAt(0) < 0x1100 ? 1 : 2), 0)
  return width > 12 && before.length >= 3 && after.length >= 3
}

/**
 * Where the platform's word breaker (with a lone character joined to a neighbour, and splitLineRuns' kept end) puts a
 * boundary between two words of `text`, as keepAllRuns reads them.
 */
function wordBoundaries(text: string): Set<number> {
  const { head, end } = splitLineRuns(text, KEEP_ALL_WORDS)
  const words = end === '' ? head : [...head, end]
  const boundaries = new Set<number>()
  let at = 0
  for (const word of words.slice(0, -1)) boundaries.add((at += word.length))
  return boundaries
}

describe('keepAllRuns: words kept whole by keep-all, a span only round a token (issue #15, round 57)', () => {
  it.each([...TEXTS, ...QUOTES, '原话：“客服说要再交20%的税”', '转$4,200去補習社負責人戶口先'])(
    'gives %s back once its marks are taken out',
    (text) => {
      expect(withoutWordMarks(read(text))).toBe(text)
    }
  )

  it.each([...TEXTS, ...QUOTES])(
    'breaks %s only between its words, or inside a token after its own punctuation',
    (text) => {
      const boundaries = wordBoundaries(text)
      const tokens = tokenSpans(text)
      const inToken = (at: number) => tokens.some(([from, to]) => from < at && at < to)
      for (const at of placesOf(read(text), WORD_BREAK)) {
        if (inToken(at))
          expect([text.slice(0, at), OWN_PUNCTUATION.test(text[at - 1]) || inEvenGroups(text, at)]).toEqual([
            text.slice(0, at),
            true
          ])
        else expect([text.slice(0, at), boundaries.has(at)]).toEqual([text.slice(0, at), true])
      }
    }
  )

  it('keeps Chinese words in the text itself, and puts a span only round a word with a letter, a digit or a space', () => {
    expect(keepAllRuns('原话：“我在网上认识一个男的”').every((run) => !run.whole)).toBe(true)
    const whole = (text: string) =>
      keepAllRuns(text)
        .filter((run) => run.whole)
        .map((run) => withoutWordMarks(run.text))
    // A particle stays with the word before it, and a lone character after it with them (joinLoneWords).
    expect(whole('原话：“客服说要再交20%的税”')).toEqual(['20%的税”'])
    expect(whole('原话：“请登录 etc-abc.cn 重新认证”')).toEqual(['etc-abc.cn'])
  })

  // Round 57's fresh tester at font ×2: "m.icbc. / com.cn. / secure-login-verify▌", "４００－８ / ８８－ / １２３４",
  // "uid= / 8837261", "ｅｔｃ－ / ｇｏｖ．ｔｏｐ" (in the middle of a host it should have kept whole where it fitted).
  it('keeps a web address, a number and a code each one run however the word breaker cut it', () => {
    const whole = (text: string) =>
      keepAllRuns(text)
        .filter((run) => run.whole)
        .map((run) => withoutWordMarks(run.text))
    // An address wider than a 320 px phone's line is no block (round 58): its host, which fits one, is.
    expect(whole(QUOTES[0])).toEqual(['m.icbc.com.cn/'])
    expect(whole('原话：“请登录 https://m.icbc.com.cn/a?b=1”')).toEqual(['https://m.icbc.com.cn/a?b=1”'])
    // With the end it keeps together (splitLineRuns): "💰💰" are no words to leave alone on a line.
    expect(whole(QUOTES[2])).toContain('４００－８８８－１２３４ 💰💰”')
    expect(whole(QUOTES[3])).toContain('ｅｔｃ－ｇｏｖ．ｔｏｐ')
    expect(whole(QUOTES[5])).toContain('6222 0212 3456 7890 123”')
    expect(whole(QUOTES[6])).toEqual(['QQ：2837461928”'])
    expect(whole('原话：“将于今日24:00前冻结”')).toEqual(['24:00'])
  })

  // Round 58's fresh tester: "原话： / “…https:// / m.icbc.com.cn.secure-login- /", a host too wide for any line moved to
  // a line of its own as a block, and left its scheme and 原话： alone.
  it('breaks a token after its own punctuation only, never leaving a piece of one letter, a host’s last label or a scheme alone', () => {
    const marked = read(QUOTES[1])
    expect(marked.slice(marked.indexOf('https'), marked.indexOf(' 验证')).split(WORD_BREAK)).toEqual([
      'https://m.',
      'icbc.',
      'com.',
      'cn.',
      'secure-',
      'login-',
      // The last label stays with the one before it, and a path of one letter with its host.
      'verify.xyz/a'
    ])
  })

  it('nests a web address’s host, with the "/" after it, as a token of its own: on one line when it fits', () => {
    const run = keepAllRuns('原话：“请登录 https://m.icbc.com.cn/a?b=1”').find((r) => r.whole)!
    expect(run.host).toBeDefined()
    const [from, to] = run.host!
    expect(withoutWordMarks(run.text.slice(from, to))).toBe('m.icbc.com.cn/')
    // A host cut at its start keeps the "“…" that opens the quote (a line never ends with it), nested or not: this one
    // is wider than any line and flows with the quote.
    expect(keepAllRuns(QUOTES[4]).some((r) => r.whole && r.text.includes('express'))).toBe(false)
    expect(read(QUOTES[4])).toContain(`原话：“…${WORD_JOIN}express-${WORD_BREAK}`)
    // Without the "…”" after it, which would make it wider than a line it fits (round 56's bank notice at font ×2).
    const bank = keepAllRuns('原话：“详情请登录手机银行 https://m.icbc.com.cn…”').find((r) => r.whole)!
    expect(withoutWordMarks(bank.text.slice(...bank.host!))).toBe('m.icbc.com.cn')
    // A host alone is its own token: nothing to nest.
    expect(keepAllRuns('原话：“请登录 etc-abc.cn 重新认证”').find((r) => r.whole)!.host).toBeUndefined()
  })

  // Round 58's fresh tester at font ×2 in 大字模式 on 320 px: "SF12345678901 / 23", broken anywhere as a last resort.
  it.each([
    ['原话：“您的快递单号SF1234567890123丢失了”', ['SF12', '3456', '7890', '123', '丢失了”']],
    ['原话：“验证码1234567890123”', ['1234', '567', '890', '123”']],
    ['原话：“单号ＳＦ１２３４５６７８９０１２３”', ['ＳＦ１２', '３４５６', '７８９０', '１２３”']],
    ['原话：“下载verylonghostname”', ['very', 'long', 'host', 'name”']]
  ])('breaks %s, a run of letters and digits wider than a line, into even groups', (text, groups) => {
    const marked = read(text)
    const from = marked.search(/[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]/)
    expect(marked.slice(from).split(WORD_BREAK).map(withoutWordMarks)).toEqual(groups)
  })

  it('breaks no run of letters and digits that fits the narrowest line: a phone number stays whole', () => {
    for (const text of ['原话：“打13812345678”', '原话：“加QQ：2837461928”', '原话：“编号ＡＢ１２３４”'])
      expect(
        placesOf(read(text), WORD_BREAK).filter((at) =>
          /^[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]{2}$/.test(text[at - 1] + text[at])
        )
      ).toEqual([])
  })

  it('joins a full-width token where Chromium would break it and it must not: before "－"', () => {
    const marked = keepAllRuns(QUOTES[3]).find((run) => run.text.startsWith('ｅ'))!.text
    // Its last label may go to a line of its own: "ｇｏｖ．ｔｏｐ" is wider than the narrowest line's 12 half-widths.
    expect(marked).toBe(`ｅｔｃ${WORD_JOIN}－${WORD_BREAK}ｇｏｖ．${WORD_BREAK}ｔｏｐ`)
    // A narrower one keeps its last label, and the “ that opens it, with it.
    expect(keepAllRuns('原话：“ａｂ．ｃｎ”').find((run) => run.whole)!.text).toBe(
      `“${WORD_JOIN}ａｂ．${WORD_JOIN}ｃｎ”`
    )
    const phone = keepAllRuns(QUOTES[2]).find((run) => withoutWordMarks(run.text).startsWith('４'))!.text
    expect(phone.split(WORD_BREAK).map(withoutWordMarks)).toEqual(['４００－', '８８８－', '１２３４ 💰💰”'])
  })

  it('keeps the words after a web address whole: 完成 身份 验证, never 完 / 成', () => {
    const marked = read(QUOTES[0])
    // 身份验证 is the end, kept together with four characters rather than a tail of two (splitLineRuns).
    expect(marked).toContain(`完成${WORD_BREAK}身份验证`)
  })

  it('keeps the last two words together: no zero-width space between them', () => {
    const [, end] = splitLineEnd('要您加微信、QQ，或打短信里给的另一个电话')
    expect(read('要您加微信、QQ，或打短信里给的另一个电话').endsWith(`${WORD_BREAK}${end}`)).toBe(true)
    expect(end.length).toBeGreaterThanOrEqual(2)
  })

  it('puts no zero-width space next to a space, where a line may break anyway', () => {
    expect(read('先打给 小儿子，打 两次')).not.toMatch(/ \u200b|\u200b /)
  })

  // Round 57's fresh tester: a sentence longer than 32 characters (the verdict's, a reason, the 69-character clause)
  // broke inside its words ("转 / 账", "验 / 证码", "反诈中 / 心"): every length is kept now.
  it('keeps the words of a long sentence too, and the words of the result the word breaker cuts (链接, 余额, 卡号)', () => {
    const verdict = read('这很像诈骗。先停下：不要转账，不要说出验证码，不要点链接，打96110问一问。')
    for (const word of ['转账', '验证码', '链接', '问一问']) expect(verdict).toContain(word)
    const clause = read(
      '我们是市公安局反诈中心的民警现在需要请您立即把您名下所有银行账户里的存款全部转到我们公安局指定的安全账户进行资金核查否则将冻结您的全部账户'
    )
    for (const word of ['反诈', '中心', '需要', '银行', '账户', '否则', '全部'])
      expect(clause).toContain(word)
    expect(read('要您提供身份证号、银行卡号、余额、邮箱等个人信息')).toContain('身份证号、银行卡号、余额')
  })

  it('finds the tokens of a text: addresses, numbers in groups, codes, full-width forms', () => {
    const tokens = (text: string) => tokenSpans(text).map(([from, to]) => text.slice(from, to))
    expect(tokens(QUOTES[0])).toEqual(['https://m.icbc.com.cn/xxx/verify?uid=8837261'])
    expect(tokens('卡号6222 0212 3456，QQ 12345，到 a 处')).toEqual(['6222 0212 3456', 'QQ', '12345'])
    expect(tokens('ｅｔｃ－ｇｏｖ．ｔｏｐ，４００－８８８－１２３４')).toEqual([
      'ｅｔｃ－ｇｏｖ．ｔｏｐ',
      '４００－８８８－１２３４'
    ])
  })

  it('cuts a marked text at the marks inside its tokens only, for the browser to set a <wbr> there', () => {
    const marked = read(
      '原话：“您的快递单号SF1234567890123丢失了，请登录 https://m.icbc.com.cn.secure-login-verify.xyz/a”'
    )
    const pieces = tokenBreakPieces(marked)
    expect(pieces.join(WORD_BREAK)).toBe(marked)
    expect(pieces.slice(0, 3).map((piece) => piece.slice(-4))).toEqual(['SF12', '3456', '7890'])
    expect(pieces[3].startsWith(`123${WORD_BREAK}`)).toBe(true)
    expect(pieces[3].endsWith('https://m.')).toBe(true)
    expect(pieces.every((piece) => !/[0-9A-Za-z./-]\u200b[0-9A-Za-z]/.test(piece))).toBe(true)
    // Between words, the zero-width space stays: the mini-program and the browser break there alike.
    expect(tokenBreakPieces(read('要您转账、付款、交费或借钱'))).toHaveLength(1)
  })

  it('gives nothing for an empty text', () => {
    expect(keepAllRuns('')).toEqual([])
  })
})
