import { CATEGORY_IDS } from '@/data/ids'
import type { RuleScore } from '#types/quiz'
import type { ShareTarget } from '#types/share'
import { brochure } from '../../src/data'
import {
  ELLIPSIS,
  ellipsize,
  fitLine,
  layoutCard,
  layoutPoster,
  wrapBalanced,
  wrapText,
  type CardLayout,
  type MeasureText
} from '../../src/domain/cardLayout'
import { buildResultPosterText, buildShareCardText } from '../../src/domain/share'

/** A Chinese character is as wide as the font size, an ASCII character a little over half of it. */
const measure: MeasureText = (text, fontSize) =>
  [...text].reduce((width, char) => width + (/[\x20-\x7e]/.test(char) ? fontSize * 0.55 : fontSize), 0)

const CHAT = { width: 500, height: 400 }
const MOMENTS = { width: 500, height: 500 }
const FOOTER = '反诈专线 96110'

function card(title: string, body: string, size = CHAT, footer = FOOTER): CardLayout {
  return layoutCard({ title, body, footer, ...size, measure })
}

const textOf = (layout: CardLayout, role: 'title' | 'body' | 'footer') =>
  layout.lines
    .filter((l) => l.role === role)
    .map((l) => l.text)
    .join('')

/** Every line lies inside the image; title and body stay above the footer band. */
function expectInside(layout: CardLayout) {
  for (const line of layout.lines) {
    const half = (line.fontSize * 1.3) / 2
    expect(line.x).toBeGreaterThanOrEqual(0)
    expect(line.x + measure(line.text, line.fontSize)).toBeLessThanOrEqual(layout.width + 0.001)
    expect(line.y - half).toBeGreaterThanOrEqual(0)
    if (line.role === 'footer') {
      expect(line.y).toBeGreaterThan(layout.footerBand.y)
      expect(line.y + line.fontSize / 2).toBeLessThanOrEqual(layout.height)
    } else {
      expect(line.y + half).toBeLessThanOrEqual(layout.footerBand.y + 0.001)
    }
  }
}

describe('layoutCard', () => {
  test('a short card: large type, nothing cut, the hotline centred in the footer band', () => {
    const layout = card('网络刷单诈骗', '网上兼职刷单、刷信誉的都是诈骗！')
    expectInside(layout)
    expect(layout.truncated).toBe(false)
    expect(textOf(layout, 'title')).toBe('网络刷单诈骗')
    expect(textOf(layout, 'body')).toBe('网上兼职刷单、刷信誉的都是诈骗！')
    const title = layout.lines.find((l) => l.role === 'title')!
    const body = layout.lines.find((l) => l.role === 'body')!
    expect(title.fontSize).toBeGreaterThan(body.fontSize)
    expect(body.fontSize).toBeGreaterThanOrEqual(28)
    const footer = layout.lines.find((l) => l.role === 'footer')!
    expect(footer.text).toBe(FOOTER)
    expect(Math.abs(footer.x + footer.width / 2 - layout.width / 2)).toBeLessThan(1)
  })

  test('title lines come before body lines, top to bottom, without overlapping', () => {
    const layout = card('网络游戏产品虚假交易诈骗', '游戏充值、购买网游装备、道具要通过官方渠道')
    const lines = layout.lines.filter((l) => l.role !== 'footer')
    for (let i = 1; i < lines.length; i += 1) {
      const previousBottom = lines[i - 1].y + (lines[i - 1].fontSize * 1.3) / 2
      const top = lines[i].y - (lines[i].fontSize * 1.3) / 2
      expect(top).toBeGreaterThanOrEqual(previousBottom - 0.001)
    }
    expect(lines.findIndex((l) => l.role === 'body')).toBeGreaterThan(
      lines.map((l) => l.role).lastIndexOf('title')
    )
  })

  test('a long name wraps onto two lines and keeps every character', () => {
    const layout = card('网络游戏产品虚假交易诈骗网络游戏产品', '要通过官方渠道')
    expectInside(layout)
    expect(layout.lines.filter((l) => l.role === 'title').length).toBe(2)
    expect(textOf(layout, 'title')).toBe('网络游戏产品虚假交易诈骗网络游戏产品')
  })

  test('a long tip shrinks the type, and past the minimum is cut with "…" on the last line', () => {
    const tip = '在接到客服电话后必须先通过官方渠道向所购买的商家核实，'.repeat(8)
    const layout = card('假冒客服退款诈骗', tip)
    expectInside(layout)
    expect(layout.truncated).toBe(true)
    const body = layout.lines.filter((l) => l.role === 'body')
    expect(body.length).toBeGreaterThan(1)
    expect(body[body.length - 1].text.endsWith(ELLIPSIS)).toBe(true)
    expect(body[0].fontSize).toBe(24)
    expect(textOf(layout, 'title')).toBe('假冒客服退款诈骗')
  })

  test('a tip that only needs smaller type is shrunk, not cut', () => {
    const tip = '在网络购物中发现商品价格远低于市场价格时，一定要提高警惕'
    const layout = card('虚假购物、服务诈骗', tip)
    expectInside(layout)
    expect(layout.truncated).toBe(false)
    expect(textOf(layout, 'body')).toBe(tip)
    expect(layout.lines.find((l) => l.role === 'body')!.fontSize).toBeLessThan(48)
  })

  test('a narrow image still keeps every line inside', () => {
    const layout = layoutCard({
      title: '冒充公检法及政府机关诈骗',
      body: '公检法不会通过电话做笔录办案',
      footer: FOOTER,
      width: 160,
      height: 400,
      measure
    })
    expectInside(layout)
    for (const line of layout.lines) expect(line.fontSize).toBeGreaterThanOrEqual(12)
  })

  test('an empty body gives a title-only card, centred in the space above the band', () => {
    const layout = card('防骗牢记四条', '   ')
    expectInside(layout)
    expect(layout.lines.filter((l) => l.role === 'body')).toEqual([])
    const title = layout.lines.find((l) => l.role === 'title')!
    expect(Math.abs(title.y - layout.footerBand.y / 2)).toBeLessThan(2)
  })

  test('a single unbreakable ASCII run is broken between characters and stays inside', () => {
    const run = `https://example.com/${'a'.repeat(120)}`
    const layout = card('链接', run)
    expectInside(layout)
    const body = layout.lines.filter((l) => l.role === 'body')
    expect(body.length).toBeGreaterThan(1)
    const joined = body.map((l) => l.text).join('')
    if (layout.truncated) {
      expect(joined.endsWith(ELLIPSIS)).toBe(true)
      expect(run.startsWith(joined.slice(0, -1))).toBe(true)
    } else {
      expect(joined).toBe(run)
    }
  })

  test('an over-long footer shrinks to one line and is cut only if it must be', () => {
    const layout = card('标题', '正文', CHAT, '反诈专线 96110 '.repeat(6))
    expectInside(layout)
    expect(layout.lines.filter((l) => l.role === 'footer').length).toBe(1)
    expect(layout.truncated).toBe(true)
  })

  test.each(CATEGORY_IDS.map((id) => [id]))(
    'the %s card shows its whole name and tip key sentence in both shapes',
    (id) => {
      for (const size of [CHAT, MOMENTS]) {
        const text = buildShareCardText({ page: 'category', id }, brochure)
        const layout = layoutCard({ ...text, ...size, measure })
        expectInside(layout)
        expect(layout.truncated).toBe(false)
        expect(textOf(layout, 'title')).toBe(text.title.replace(/\s+/g, ' '))
        expect(textOf(layout, 'body')).toBe(text.body)
        expect(textOf(layout, 'footer')).toBe('反诈专线 96110')
        expect(layout.lines.find((l) => l.role === 'body')!.fontSize).toBeGreaterThanOrEqual(24)
      }
    }
  )
})

test.each([
  [{ page: 'index' }],
  [{ page: 'prevention' }],
  [{ page: 'quiz' }],
  [{ page: 'quiz-result', score: 100 }],
  [{ page: 'check' }],
  [{ page: 'help' }],
  [{ page: 'search' }]
] as [ShareTarget][])('the %o card fits both shapes whole', (target) => {
  for (const size of [CHAT, MOMENTS]) {
    const text = buildShareCardText(target, brochure)
    const layout = layoutCard({ ...text, ...size, measure })
    expectInside(layout)
    expect(layout.truncated).toBe(false)
    expect(textOf(layout, 'body')).toBe(text.body.replace(/\n/g, ''))
  }
})

test('the prevention card keeps each rule whole, two to a line, never one character alone', () => {
  // At the largest size the square card would break "不转账、及时报 / 警": the layout shrinks instead.
  for (const size of [CHAT, MOMENTS]) {
    const layout = layoutCard({ ...buildShareCardText({ page: 'prevention' }, brochure), ...size, measure })
    expect(layout.lines.filter((l) => l.role === 'body').map((l) => l.text)).toEqual([
      '不轻信、不透露',
      '不转账、及时报警'
    ])
  }
})

describe('wrapText', () => {
  test('closing punctuation never starts a line: the character before it comes down too', () => {
    expect(wrapText('一二三四，五六', 40, 10, measure)).toEqual(['一二三', '四，五六'])
  })

  test('opening quotation marks never end a line', () => {
    expect(wrapText('一二三“四五”', 40, 10, measure)).toEqual(['一二三', '“四五”'])
  })

  test('English words break at spaces, not inside a word', () => {
    const lines = wrapText('call the police now', 60, 10, measure)
    expect(lines).toEqual(['call the', 'police now'])
  })

  test('a line break always starts a new line; blank lines and extra spaces are dropped', () => {
    expect(wrapText('不轻信、不透露\n\n  不转账、及时报警 ', 200, 10, measure)).toEqual([
      '不轻信、不透露',
      '不转账、及时报警'
    ])
  })

  test('empty and blank text give no lines', () => {
    expect(wrapText('', 100, 10, measure)).toEqual([])
    expect(wrapText(' \n ', 100, 10, measure)).toEqual([])
  })

  test('a width narrower than one character still makes progress, one character per line', () => {
    expect(wrapText('一二三', 5, 10, measure)).toEqual(['一', '二', '三'])
  })
})

describe('fitLine and ellipsize', () => {
  test('fitLine picks the largest size that fits', () => {
    expect(fitLine('一二三四', 100, { max: 40, min: 12, measure })).toEqual({
      text: '一二三四',
      fontSize: 25,
      width: 100,
      truncated: false
    })
  })

  test('ellipsize cuts to fit with "…" and drops a dangling comma', () => {
    expect(ellipsize('一二三，四五六七', 50, 10, measure, false)).toBe('一二三…')
    expect(ellipsize('一二', 50, 10, measure, false)).toBe('一二')
    expect(ellipsize('一二', 50, 10, measure, true)).toBe('一二…')
  })
})

describe('layoutPoster', () => {
  const byRule: RuleScore[] = [
    { rule: 'no-trust', correct: 2, asked: 4, ratio: 0.5 },
    { rule: 'no-disclose', correct: 3, asked: 3, ratio: 1 },
    { rule: 'no-transfer', correct: 0, asked: 2, ratio: 0 },
    { rule: 'report', correct: 0, asked: 0, ratio: 0 }
  ]
  const poster = (score = 70, rows = byRule) =>
    layoutPoster({ text: buildResultPosterText(score, rows, brochure), width: 600, height: 800, measure })

  test('shows the score, one bar per rule filled by the share answered right, and 96110', () => {
    const layout = poster()
    const texts = layout.texts.map((t) => t.text)
    expect(texts).toContain('70 分')
    expect(texts).toContain('反诈专线 96110')
    expect(layout.texts.filter((t) => t.role === 'row-label').map((t) => t.text)).toEqual([
      '不轻信',
      '不透露',
      '不转账',
      '及时报警'
    ])
    expect(layout.texts.filter((t) => t.role === 'row-count').map((t) => t.text)).toEqual([
      '2/4',
      '3/3',
      '0/2',
      '未考到'
    ])
    const [half, full, none, notAsked] = layout.bars
    expect(half.fillWidth).toBe(Math.round(half.width / 2))
    expect(full.fillWidth).toBe(full.width)
    expect(none.fillWidth).toBe(0)
    expect(notAsked.fillWidth).toBe(0)
  })

  test('an impossible score is clamped', () => {
    expect(poster(140).texts.find((t) => t.role === 'score')!.text).toBe('100 分')
  })

  test('everything lies inside the poster, in order from top to bottom', () => {
    const layout = poster()
    for (const text of layout.texts) {
      expect(text.x).toBeGreaterThanOrEqual(0)
      expect(text.x + text.width).toBeLessThanOrEqual(600)
      expect(text.y - text.fontSize / 2).toBeGreaterThanOrEqual(0)
      expect(text.y + text.fontSize / 2).toBeLessThanOrEqual(800)
    }
    const middle = (role: string) => layout.texts.find((t) => t.role === role)!.y
    expect(middle('title')).toBeLessThan(middle('score'))
    expect(middle('score')).toBeLessThan(middle('rows-title'))
    expect(middle('rows-title')).toBeLessThan(layout.bars[0].y)
    const lastBar = layout.bars[layout.bars.length - 1]
    const invite = layout.texts.find((t) => t.role === 'invite')!
    expect(lastBar.y + lastBar.height).toBeLessThanOrEqual(invite.y - invite.fontSize / 2)
    expect(invite.y).toBeLessThan(middle('footer'))
    for (let i = 1; i < layout.bars.length; i += 1) {
      const labelTop = layout.texts.filter((t) => t.role === 'row-label')[i]
      expect(labelTop.y - labelTop.fontSize / 2).toBeGreaterThanOrEqual(
        layout.bars[i - 1].y + layout.bars[i - 1].height
      )
    }
  })

  test('many rows shrink together and still end above the invitation', () => {
    const rows = Array.from({ length: 12 }, () => byRule[0])
    const layout = poster(50, rows)
    const invite = layout.texts.find((t) => t.role === 'invite')!
    const lastBar = layout.bars[layout.bars.length - 1]
    expect(layout.bars).toHaveLength(12)
    expect(lastBar.y + lastBar.height).toBeLessThanOrEqual(invite.y - invite.fontSize / 2)
  })
})

describe('wrapBalanced', () => {
  test('a two-line name breaks near its middle', () => {
    expect(wrapBalanced('网络游戏产品虚假交易诈骗', 90, 10, measure)).toEqual([
      '网络游戏产品',
      '虚假交易诈骗'
    ])
    expect(wrapText('网络游戏产品虚假交易诈骗', 90, 10, measure)).toEqual(['网络游戏产品虚假交', '易诈骗'])
  })

  test('a name that fits stays on one line', () => {
    expect(wrapBalanced('网络刷单诈骗', 90, 10, measure)).toEqual(['网络刷单诈骗'])
  })
})
