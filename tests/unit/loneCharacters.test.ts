import { joinLoneWords, paragraphLineRuns, shortLabelHalves, splitLineRuns, wordRuns } from '@/domain/lineEnd'
import type { TextRun } from '@/domain/keepTogether'
import { KEEP_ALL_WORDS } from '@/domain/keepAll'
import { WHOLE_WORDS_MAX_CHARS } from '@/components/NoOrphan'
import { PACT_RULES, SAFE_WORD_PRACTICE } from '@/domain/familyPact'
import brochure from '@/data/brochure.json'
import help from '@/data/help.json'
import questions from '@/data/quiz-questions.json'
import scenarios from '@/data/scenarios.json'
import drills from '@/data/drills.json'
import signals from '@/data/risk-signals.json'

/** Letters, digits and Chinese characters: what a line holds, its punctuation and spaces aside. */
const letters = (text: string) => (text.match(/[0-9A-Za-z\u3400-\u9fff]/g) ?? []).length

/** How wide a text is in Chinese characters: a full-width character or mark one, a Latin letter, digit or space half. */
const widthOf = (text: string) =>
  Array.from(text).reduce((sum, c) => sum + (c.charCodeAt(0) < 0x1100 ? 0.5 : 1), 0)

/** What never starts a line (punctuation, closing marks, spaces, "›") and what never ends one (opening marks). */
const NEVER_FIRST = /[\s\u00a0›，。？！、：；”’」』）)》?!.,:;…~～]/
const NEVER_LAST = /[“‘「『（(《【]/

/**
 * `runs` laid out in lines `width` characters wide (widthOf) as a browser lays out NoOrphan's nodes: a `whole` run on one
 * line (alone on its line when it is wider), other text broken between any two characters, never before punctuation or
 * a closing mark and never after an opening mark; each line as full as it can be.
 */
function layOut(runs: readonly TextRun[], width: number): string[] {
  const atoms: string[] = []
  let glued = false
  for (const run of runs)
    for (const piece of run.whole ? [run.text] : Array.from(run.text)) {
      if (atoms.length > 0 && (glued || NEVER_FIRST.test(piece[0]))) atoms[atoms.length - 1] += piece
      else atoms.push(piece)
      glued = NEVER_LAST.test(piece.at(-1) ?? '')
    }
  const lines: string[] = []
  let line = ''
  for (const atom of atoms) {
    if (line !== '' && widthOf((line + atom).trimEnd()) > width) {
      lines.push(line)
      line = atom.trimStart()
    } else line += atom
  }
  if (line !== '') lines.push(line)
  return lines
}

/**
 * The runs NoOrphan draws for `text`: two halves, its words and its end, or a paragraph's kept runs; a line breaks
 * between them (inside a control a label of twelve characters or fewer breaks at its punctuation first, which only
 * takes places away).
 */
function noOrphanRuns(text: string): TextRun[] {
  const halves = shortLabelHalves(text)
  if (halves) return halves.map((half) => ({ text: half, whole: true }))
  if (text.length > WHOLE_WORDS_MAX_CHARS) return paragraphLineRuns(text)
  const { head, end } = splitLineRuns(text)
  return [
    ...head.map((run) => ({ text: run, whole: run.trim().length >= 2 })),
    ...(end === '' ? [] : [{ text: end, whole: true }])
  ]
}

/**
 * The runs KeptWords draws for `text` (风险自测's result): its words and its end, each kept whole by keep-all and the
 * zero-width spaces between them.
 */
function keptWordsRuns(text: string): TextRun[] {
  const { head, end } = splitLineRuns(text, KEEP_ALL_WORDS)
  return [...head, ...(end === '' ? [] : [end])].map((run) => ({ text: run, whole: run.trim() !== '' }))
}

/** The values of `key` in a content file, however deep. */
function valuesOf(value: unknown, key: string): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => valuesOf(item, key))
  if (!value || typeof value !== 'object') return []
  return Object.entries(value).flatMap(([k, v]) =>
    k === key && typeof v === 'string' ? [v] : valuesOf(v, key)
  )
}

/** 风险自测's signals' and schemes' words as its result shows them. */
const SIGNAL_TEXTS = ['label', 'tip', 'name'].flatMap((key) => valuesOf(signals, key))

/** Every string of a content file, however deep. */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(stringsOf)
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsOf)
  return []
}

/** The app's Chinese texts of two characters or more: the brochure, help, the quiz, scenarios, drills and the pact. */
const TEXTS = [
  ...new Set(
    [brochure, help, questions, scenarios, drills, PACT_RULES, SAFE_WORD_PRACTICE]
      .flatMap(stringsOf)
      .filter((text) => /[\u3400-\u9fff]/.test(text) && letters(text) >= 2 && !/^[a-z0-9-]+$/.test(text))
  )
]

describe('joinLoneWords: no word of one character stands alone before a wide word', () => {
  it('puts a lone character before a wide word with the word before it (家庭防骗约定: "挂断 / 后 / 打110核实。")', () => {
    expect(joinLoneWords(['电话，', '挂断', '后', '打110核实。'])).toEqual([
      '电话，',
      '挂断后',
      '打110核实。'
    ])
    expect(joinLoneWords(['一直', '等', '“国家安全账户”'])).toEqual(['一直等', '“国家安全账户”'])
  })

  it('pairs it with a lone character before it', () => {
    expect(joinLoneWords(['本人', '的', '老', '号码确认。'])).toEqual(['本人', '的老', '号码确认。'])
  })

  it('looks past a space for the wide word ("（如 etc123.cn），")', () => {
    expect(joinLoneWords(['短链接', '（如', ' ', 'etc123.cn），'])).toEqual([
      '短链接（如',
      ' ',
      'etc123.cn），'
    ])
  })

  it('puts it with the wide word when the word before it ends in punctuation or a space', () => {
    expect(joinLoneWords(['电话，', '后', '“客服”'])).toEqual(['电话，', '后“客服”'])
    expect(joinLoneWords(['先打给', ' ', '他', '“客服”'])).toEqual(['先打给', ' ', '他“客服”'])
  })

  it('leaves a lone character free where the word after it fits beside it on any line', () => {
    expect(joinLoneWords(['公检法', '的', '电话，'])).toEqual(['公检法', '的', '电话，'])
    expect(joinLoneWords(['冒充', '公检法', '及', '政府'])).toEqual(['冒充', '公检法', '及', '政府'])
  })

  it('makes no word wider than five characters, or the width it is given', () => {
    expect(joinLoneWords(['国家安全账户', '的', '“安全账户”'])).toEqual(['国家安全账户', '的', '“安全账户”'])
    expect(joinLoneWords(['或短链接', '（如', 'etc123.cn），'])).toEqual([
      '或短链接',
      '（如',
      'etc123.cn），'
    ])
    expect(joinLoneWords(['或短链接', '（如', 'etc123.cn），'], 6)).toEqual(['或短链接（如', 'etc123.cn），'])
  })

  it.each(TEXTS.slice(0, 400))('gives %s back whole', (text) => {
    expect(joinLoneWords(wordRuns(text)).join('')).toBe(text)
  })
})

// Round 60's tester at 320 px, font ×2, 大字模式: "反诈预警劝阻/ / 咨询" on every 96110, "对方怎么催您、 / 诱您", "虚假征信 /
// 诈骗", "反诈知识 / 测试".
describe('a text ends on three characters where a better break than a tail of two exists', () => {
  it.each([
    ['对方怎么催您、诱您', '催您、诱您'],
    ['反诈预警劝阻/咨询', '劝阻/咨询'],
    ['冒充公检法及政府机关诈骗', '机关诈骗'],
    ['看看「虚假征信诈骗」\u00a0›', '征信诈骗」\u00a0›'],
    ['这几条一样需要加强：不轻信、不透露、不转账、及时报警', '及时报警']
  ])('%s ends with %s', (text, end) => {
    expect(splitLineRuns(text).end).toBe(end)
  })

  it('keeps a first word of two with the quotation that opens after it (看看「…」)', () => {
    expect(splitLineRuns('看看「虚假征信诈骗」\u00a0›')).toEqual({
      head: ['看看「虚假'],
      end: '征信诈骗」\u00a0›'
    })
    // Never wider than five: "看看「“杀猪盘”" would not fit a line of some controls.
    expect(splitLineRuns('看看「“杀猪盘”诈骗」\u00a0›').head).toEqual(['看看', '「“杀猪盘”'])
  })

  it('never reaches back across a sentence’s end, nor past four characters in a title, five elsewhere', () => {
    expect(splitLineRuns('先挂断电话。好的').end).toBe('好的')
    expect(splitLineRuns('不要下载陌生人软件', { title: true }).end).toBe('软件')
    expect(splitLineRuns('不要下载陌生人软件').end).toBe('陌生人软件')
    expect(splitLineRuns('不要下载陌生人的软件').end).toBe('的软件')
    expect(splitLineRuns('老李手上有点闲钱，想理财。下面哪种做法更稳妥？').end).toBe('更稳妥？')
  })

  // Round 63's tester at 320×568, font ×2 and 大字模式: a quiz option, the pact's rule and a source ended on a line of
  // two ("听他一步步 / 指导", "先提一部分 / 试试", "打电话给家人 / 核实。", "「如何防范·及时 / 报警」", "先充98元试 / 试水").
  it.each([
    ['加他微信，听他一步步指导', '一步步指导'],
    ['先提一部分试试', '一部分试试'],
    ['任何人让转账，先打电话给家人核实。', '给家人核实。'],
    ['来源：宣传手册「如何防范·及时报警」', '及时报警」'],
    ['先充98元试试水', '试试水']
  ])('a text’s last words of two reach back to five characters as wide as five: %s', (text, end) => {
    expect(splitLineRuns(text).end).toBe(end)
  })

  it('a section’s dot between two words the breaker knows lets a line break after it; a name’s keeps it whole', () => {
    expect(splitLineRuns('来源：宣传手册「如何防范·及时报警」').head.at(-1)).toBe('防范·')
    expect(splitLineRuns('他说他叫买买提·艾力').head.join('|')).not.toMatch(/·\|/)
  })

  it.each([
    ['虚假征信诈骗', '虚假', '征信诈骗'],
    ['反诈知识测试', '反诈', '知识测试']
  ])('a short label of two even places breaks where its tail is the longer: %s', (text, head, tail) => {
    expect(shortLabelHalves(text)).toEqual([head, tail])
  })
})

describe('paragraphLineRuns: the words before each kept run go with it', () => {
  /** The runs as "text [kept]". */
  const shown = (text: string) =>
    paragraphLineRuns(text)
      .map((run) => (run.whole ? `[${run.text}]` : run.text))
      .join('')

  it.each([
    // The tester's lone 等, 自 and 载，.
    [
      '小天还对对方的身份深信不疑，一直等“国家安全账户”返还自己的资金，直到给家人讲述之后，才恍然大悟上当受骗了。',
      '[一直等][“国家安全账户”]'
    ],
    [
      '这是真的。按时还款，征信就没问题，不用听陌生人说什么“注销记录”“消除记录”。（出自「虚假征信诈骗」反诈提示）',
      '[（出自][「虚假征信诈骗」]'
    ],
    ['出自法治日报（宁海发布转载，2024年1月7日）《小心与你视频的TA！》', '[转载，][2024年1月7日]']
  ])('%s keeps %s', (text, kept) => {
    expect(
      paragraphLineRuns(text)
        .map((run) => run.text)
        .join('')
    ).toBe(text)
    expect(shown(text)).toContain(kept)
  })

  it('keeps the last words whole, with a kept run that reaches into them', () => {
    const runs = paragraphLineRuns(
      '贷款请到银行等正规机构申办；凡是网络贷款需要先交钱的都是诈骗！（出自「网络贷款诈骗」反诈提示）'
    )
    expect(runs.at(-1)).toEqual({ text: '反诈提示）', whole: true })
    expect(runs.at(-2)).toEqual({ text: '「网络贷款诈骗」', whole: true })
  })
})

/** The texts set in the narrowest columns: 家庭防骗约定's rules beside their tick boxes, the fraud types' and rules' names. */
const NARROW_TEXTS = [
  ...PACT_RULES.map((rule) => rule.text),
  ...brochure.categories.map((category) => category.name),
  ...brochure.rules.map((rule) => rule.name)
]

/** Each text's lines at `width` that hold one character alone, as "line / line". */
function loneLines(texts: readonly string[], width: number): string[] {
  return texts
    .map((text) => layOut(noOrphanRuns(text), width))
    .filter((lines) => lines.length > 1 && lines.some((line) => letters(line) === 1))
    .map((lines) => lines.join(' / '))
}

// The tester's pages at 320 px, font ×2 and 大字模式 set body text, options and choices 8 to 9 characters wide,
// 家庭防骗约定's rules 5.5, titles 5.6 and home's card titles 6.2; a wider phone or a smaller font, more.
describe('laid out at any width, no line of the app’s texts holds one character alone', () => {
  it.each([7, 8, 9, 10, 11, 12, 14, 16])('every text, %i characters wide', (width) => {
    expect(loneLines(TEXTS, width)).toEqual([])
  })

  it.each([5, 6])('the pact’s rules and the names, %i characters wide', (width) => {
    expect(loneLines(NARROW_TEXTS, width)).toEqual([])
  })

  it.each([7, 8, 9, 10, 12])('风险自测’s signals as KeptWords sets them, %i characters wide', (width) => {
    const lone = SIGNAL_TEXTS.map((text) => layOut(keptWordsRuns(text), width)).filter(
      (lines) => lines.length > 1 && lines.some((line) => letters(line) === 1)
    )
    expect(lone.map((lines) => lines.join(' / '))).toEqual([])
  })
})
