/**
 * How the page shown lays its text out in lines, read character by character in the browser, and the faults a line
 * break can make there (a word cut, a label broken inside a phrase, one character alone, a number split from its unit,
 * a quotation mark hanging). Shared by the e2e files that read lines (elder, search, check).
 */

/**
 * The lines of the current page's `selector` elements, character by character: for each paragraph (an element's text
 * up to its nearest block: a card's title and its summary are two), its lines as strings. A character on a new line
 * has its middle below the line's lowest glyph so far (not "its top below the last one's bottom": a heading's tight
 * line height makes its glyph boxes overlap the next line's; and not "its top half its height below the line's top":
 * a small 分 beside the result's big 70 is on the same line, round 55).
 */
export function linesOf(page, selector) {
  return page.evaluate((wanted) => {
    const pages = Array.from(document.querySelectorAll('.taro_page')).filter(
      (p) => getComputedStyle(p).display !== 'none'
    )
    const paragraphOf = (node) => {
      let el = node.parentElement
      while (el && el.parentElement && getComputedStyle(el).display.startsWith('inline'))
        el = el.parentElement
      return el
    }
    const paragraphs = []
    for (const block of pages[pages.length - 1].querySelectorAll(wanted)) {
      const byParagraph = new Map()
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const paragraph = paragraphOf(node)
        if (!byParagraph.has(paragraph)) byParagraph.set(paragraph, [])
        const chars = byParagraph.get(paragraph)
        for (let i = 0; i < node.nodeValue.length; i += 1) {
          const range = document.createRange()
          range.setStart(node, i)
          range.setEnd(node, i + 1)
          const rect = range.getBoundingClientRect()
          if (rect.width > 0) chars.push({ char: node.nodeValue[i], top: rect.top, bottom: rect.bottom })
        }
      }
      for (const chars of byParagraph.values()) {
        const lines = []
        for (const c of chars) {
          const line = lines[lines.length - 1]
          if (line && (c.top + c.bottom) / 2 < line.bottom) {
            line.text += c.char
            line.bottom = Math.max(line.bottom, c.bottom)
          } else lines.push({ text: c.char, bottom: c.bottom })
        }
        paragraphs.push(lines.map((l) => l.text))
      }
    }
    return paragraphs
  }, selector)
}

/** A paragraph's lines as one would read them aloud: "line / line". */
export const shown = (lines) => lines.map((l) => l.trim()).join(' / ')

/**
 * Every control's, heading's and card title's paragraphs on the current page whose last line holds one character
 * alone (punctuation, spaces and "›" aside), as "…line / X".
 */
export async function loneLastCharacters(page) {
  const words = (text) => text.replace(/[\s\u00a0›，。？！、：；“”「」（）()?!.,:;…]/g, '')
  const paragraphs = await linesOf(
    page,
    '[role="button"],[role="link"],[role="checkbox"],[role="heading"],.fs-card__title'
  )
  return paragraphs
    .filter((lines) => lines.length > 1 && words(lines.at(-1)).length === 1 && words(lines.at(-2)).length > 1)
    .map(shown)
}

/** A line's letters, digits and Chinese characters: what it holds, its punctuation, marks and spaces aside. */
const lineLetters = (line) => line.match(/[0-9A-Za-z\u3400-\u9fff]/g) ?? []

/**
 * Every paragraph of the current page (text of any length: a title, a label, a sentence, a paragraph of the brochure)
 * with a line that holds one Chinese character alone, punctuation aside, as "line / X / line" (round 60's tester at
 * 320 px, font ×2 and 大字模式: "…电话，挂断 / 后 / 打110核实。", "一直 / 等 / “国家安全账户”", "（出 / 自 / 「虚假征信诈骗」").
 */
export async function loneCharacterLines(page) {
  const paragraphs = await linesOf(page, '.fs-page')
  return paragraphs
    .filter(
      (lines) =>
        lines.length > 1 &&
        lines.some((line) => {
          const held = lineLetters(line)
          return held.length === 1 && /[\u3400-\u9fff]/.test(held[0])
        })
    )
    .map(shown)
}

/**
 * The 96110 buttons on the current page whose words under the number end on a line of two characters or fewer, or hold
 * one alone anywhere, as "line / line" (round 60's tester: "反诈预警劝阻/ / 咨询" on every page).
 */
export async function shortCallLines(page) {
  const paragraphs = await linesOf(page, '.fs-call--hotline .fs-call__purpose')
  return paragraphs
    .filter(
      (lines) =>
        lines.length > 1 &&
        lines.some((line, n) => lineLetters(line).length < (n === lines.length - 1 ? 3 : 2))
    )
    .map(shown)
}

/** The titles and labels brokenWords reads unless told otherwise. */
const TITLES =
  '[role="heading"],[role="button"],[role="link"],[role="checkbox"],.fs-card__title,.fs-scenario__meta,.fs-helper__progress,.fs-question__verdict,.fs-scenario__missed-title,.fs-check__label,.fs-not-found__calls-title'

/**
 * The titles on the current page (headings, card titles, a drill's or a case's line under its title, a verdict's
 * first line, a label) that a line break cuts inside a word, as "line / line": a break between two characters of one
 * word of the browser's own word breaker (Intl.Segmenter, the one the app uses), or a line that starts with
 * punctuation ("，加微信"). `selector` names other elements to read (a search result's title).
 */
export async function brokenWords(page, selector = TITLES) {
  const paragraphs = (await linesOf(page, selector))
    // Titles and labels: a sentence (a card's summary, a story's line) wraps as text does, as NoOrphan leaves it
    // (WHOLE_WORDS_MAX_CHARS).
    .filter((lines) => lines.length > 1 && lines.join('').trim().length <= 32)
  // Where each paragraph's words are cut, by the browser's own word breaker: the offsets inside a word.
  const insideWords = await page.evaluate(
    (texts) => {
      const segmenter = new Intl.Segmenter('zh', { granularity: 'word' })
      return texts.map((text) => {
        const inside = []
        for (const { segment, index, isWordLike } of segmenter.segment(text))
          if (isWordLike) for (let k = index + 1; k < index + segment.length; k += 1) inside.push(k)
        return inside
      })
    },
    paragraphs.map((lines) => lines.join(''))
  )
  return paragraphs
    .filter((lines, i) => {
      let at = 0
      return lines.slice(1).some((line, n) => {
        at += lines[n].length
        return insideWords[i].includes(at) || /^[，。、：；？！）”」』·]/.test(line.trimStart())
      })
    })
    .map(shown)
}

/** A label's word characters: what it says, its punctuation, spaces and "›" aside. */
const labelCharacters = (text) =>
  text.replace(/[\s\u00a0›，。？！、：；“”「」『』（）()?!.,:;…·✓✗]/g, '').length

/**
 * The short labels on the current page (a heading, button, link or title of 2 to 8 characters) that a line break cuts
 * inside a phrase, as "line / line": one on more than two lines, one with punctuation inside broken elsewhere than
 * after it, or one broken at a word's edge far from its middle, its two lines' characters more than 2 apart ("转账前冷静
 * / 一下", "先报警，越快 / 越好。", "没有找到这个 / 页面", round 55's trial).
 */
export async function unevenLabels(page) {
  const paragraphs = await linesOf(
    page,
    '[role="heading"],[role="button"],[role="link"],[role="checkbox"],[role="alert"],.fs-card__title,.fs-scenario__label,.fs-help__lead,.fs-pact__card-title'
  )
  return paragraphs
    .map((lines) => lines.map((line) => line.trim()).filter((line) => line !== ''))
    .filter((lines) => {
      const characters = labelCharacters(lines.join(''))
      if (lines.length < 2 || characters < 2 || characters > 8) return false
      if (lines.length > 2) return true
      const [first, second] = lines
      const inside = /[，。？！、：；]/.test(lines.join('').replace(/[，。？！、：；]+$/, ''))
      return inside
        ? !/[，。？！、：；]$/.test(first)
        : Math.abs(labelCharacters(first) - labelCharacters(second)) > 2
    })
    .map(shown)
}

/**
 * The places on the current page where a line break splits a number from its unit or a date (a digit then a digit or a
 * unit, also across the space the app writes before its own units, 年/月 then the next digit, a dialling verb then its
 * number), and a quotation mark left hanging: "投了2000 / 元", "70 / 分", "2021年1 / 月15日", "拨打 / 110", "“ / 杀猪盘”".
 */
export async function splitNumbers(page) {
  const paragraphs = await linesOf(page, '.fs-page')
  const split = []
  for (const lines of paragraphs)
    for (let n = 1; n < lines.length; n += 1) {
      const before = lines[n - 1].trimEnd()
      const after = lines[n].trimStart()
      const a = before.at(-1) ?? ''
      const b = after[0] ?? ''
      // A call's purpose stays with a three-digit number only ("拨打110报警"): "打96110问一问" is wider than a line here,
      // so its purpose wraps as text does (domain/keepTogether).
      if (
        (/\d/.test(a) && /[\d元倍个月日年岁%万笔张次号分秒题道条天]/.test(b)) ||
        (/(^|\D)\d{3}$/.test(before) && /[报核问来]/.test(b)) ||
        (/[年月]/.test(a) && /\d/.test(before.at(-2) ?? '') && /\d/.test(b)) ||
        (/[打拨]/.test(a) && /\d/.test(b)) ||
        // A quotation mark left hanging: “ at a line's end, ” at a line's start (round 55's trial).
        /[“‘「『《]/.test(a) ||
        /[”’」』》]/.test(b)
      )
        split.push(`${before.slice(-6)} / ${after.slice(0, 6)}`)
    }
  return split
}

/** Where a word starts inside `text` (offsets), by the platform's word breaker, as the app's own wordRuns reads it. */
function wordStartsOf(text) {
  const starts = new Set()
  for (const { index } of new Intl.Segmenter('zh', { granularity: 'word' }).segment(text)) starts.add(index)
  return starts
}

/** Each opening quotation mark and its closing one, as domain/lineEnd reads them. */
const CLOSING = { '「': '」', '『': '』', '《': '》', '“': '”' }

/**
 * The quotations of `text` as [start, end), marks included, as domain/lineEnd finds them: two characters or more
 * inside, on one line, no mark of their own kind inside; any length, with other quotations inside.
 */
function quotationsOf(text) {
  const found = []
  for (let at = 0; at < text.length; at += 1) {
    const close = CLOSING[text[at]]
    const end = close ? text.indexOf(close, at + 1) : -1
    if (end < 0) continue
    const inner = text.slice(at + 1, end)
    if (inner.length >= 2 && !inner.includes('\n') && !inner.includes(text[at])) found.push([at, end + 1])
  }
  return found
}

/**
 * The names in 「」『』《》, terms in “” and quotations that a line break cuts badly in a paragraph of the current page,
 * as "name: line / line": a short one (up to six characters inside 「」『』《》, four inside “”) cut anywhere, a longer one
 * of any length cut inside a word rather than between words or after its own 、·, as domain/lineEnd paragraphRuns keeps
 * them. Round 56's trial: "《浙江老年 / 报》", "「网 / 络贷款诈骗」"; its fresh tester: "“国家安全账 / 户”", "“注销贷 /
 * 款账户”", "《防范电信网 / 络诈骗 宣传手册》"; round 57's, in longer ones: "公安 / 部", "惩 / 戒", "落 / 网", "可 / 能".
 */
export async function brokenNames(page) {
  const cut = []
  for (const lines of await linesOf(page, '.fs-page')) {
    const text = lines.join('')
    // A title or label (32 characters or fewer) breaks between its words instead, names' too (NoOrphan).
    if (text.trim().length <= 32) continue
    let at = 0
    const ends = lines.slice(0, -1).map((line) => (at += line.length))
    for (const [start, end] of quotationsOf(text)) {
      const name = text.slice(start, end)
      const inner = name.slice(1, -1)
      const whole = inner.length <= (name.startsWith('“') ? 4 : 6) && !/\s/.test(inner)
      const words = wordStartsOf(inner)
      const bad = ends.some((lineEnd) => {
        const k = lineEnd - start - 1
        if (k <= 0 || k >= inner.length) return lineEnd > start && lineEnd < end && whole
        return whole || (!words.has(k) && !/[、，·・\s]/.test(inner[k - 1]))
      })
      if (bad) cut.push(`${name}: ${shown(lines)}`)
    }
  }
  return cut
}

/**
 * Words the platform's word breaker cuts into characters that round 61's tester found split across lines at 320 px,
 * font ×2 and 大字模式 ("的老 / 号码", "黑 / 客", "（绍兴 / 网转", "荆 / 楚网"), and round 62's a doing and its 着 or 过 ("开 /
 * 着免提", "发生 / 过的事"): read as words beside the breaker's own.
 */
const WORDS_THE_BREAKER_CUTS = [
  '老号码',
  '黑客',
  '绍兴网',
  '荆楚网',
  '客服',
  '微信',
  '提现',
  '开着',
  '发生过'
]

/**
 * Every paragraph of the current page (text of any length) that a line break cuts inside a word, as "word: line / line":
 * a word of two characters or more of the browser's own word breaker (Intl.Segmenter, as the app reads words), or one of
 * WORDS_THE_BREAKER_CUTS, or of `terms` (words of a page's own that read as one: 情景演练's 危险信号, which the breaker
 * reads as 危险 and 信号). Round 61's tester: "…打他本人 / 的老 / 号码确认。", "自称律师、黑 / 客或", "荆 / 楚网".
 */
export async function wordsSplitAcrossLines(page, terms = []) {
  const paragraphs = (await linesOf(page, '.fs-page')).filter((lines) => lines.length > 1)
  const cuts = await page.evaluate(
    ({ texts, known }) => {
      const segmenter = new Intl.Segmenter('zh', { granularity: 'word' })
      return texts.map(({ text, ends }) => {
        const words = []
        // Words of letters, digits and Chinese characters ("________" of a form to fill in is none), not a unit after
        // a number, which keeps with the number instead ("2021年1月15日 / 前" is no cut 日前).
        for (const { segment, index, isWordLike } of segmenter.segment(text))
          if (
            isWordLike &&
            /^[\u3400-\u9fffA-Za-z0-9]{2,}$/.test(segment) &&
            !/[0-9]/.test(text[index - 1] ?? '')
          )
            words.push([index, segment])
        for (const word of known)
          for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) words.push([at, word])
        return words
          .filter(([at, word]) => ends.some((end) => end > at && end < at + word.length))
          .map(([, word]) => word)
      })
    },
    {
      known: [...WORDS_THE_BREAKER_CUTS, ...terms],
      texts: paragraphs.map((lines) => {
        let at = 0
        return { text: lines.join(''), ends: lines.slice(0, -1).map((line) => (at += line.length)) }
      })
    }
  )
  return paragraphs.flatMap((lines, i) => [...new Set(cuts[i])].map((word) => `${word}: ${shown(lines)}`))
}

/**
 * Every title, label or short sentence (32 characters or fewer) of the current page with a line of one or two characters
 * that is not its last and ends with no punctuation of its own, as "line / line": the words before it filled a line,
 * and the word after it did not fit beside it (round 62's tester at 320×568, font ×2 and 大字模式: "一旦发现被骗， / 及时 /
 * 拨打110报警。", "挂断， / 自己 / 拨打110核实", "“公安局” / 来电 / 说您涉案"). A form's blank to fill in holds no letters.
 */
export async function shortWordLines(page) {
  const paragraphs = await linesOf(page, '.fs-page')
  return paragraphs
    .filter(
      (lines) =>
        lines.length > 1 &&
        lines.join('').trim().length <= 32 &&
        lines.slice(0, -1).some((line) => {
          const held = lineLetters(line).length
          return held > 0 && held <= 2 && !/[，。、：；？！”’」』）》…,.:;?!)]\s*$/.test(line)
        })
    )
    .map(shown)
}

/**
 * Every paragraph of the current page (text of any length) on more than one line whose last line holds one or two
 * letters, digits or Chinese characters, punctuation aside, as "line / line" (round 63's tester at 320×568, font ×2 and
 * 大字模式: "打电话给家人 / 核实。", "听他一步步 / 指导", "「如何防范·及时 / 报警」").
 */
export async function shortLastLines(page) {
  const paragraphs = await linesOf(page, '.fs-page')
  return paragraphs
    .filter((lines) => {
      const held = lines.length > 1 ? lineLetters(lines.at(-1)).length : 0
      return held > 0 && held <= 2
    })
    .map(shown)
}

/** What no line may start with (kinsoku): a comma, a full stop, an enumeration comma, a colon or a stop mark. */
const NEVER_LINE_START = /^[，。、；：！？]/

/**
 * Every paragraph of the current page whose line after the first starts with ，。、；：！？, as "line / line" (round 66's
 * tester at 320×568, font ×2 and 大字模式: "又连续投入18笔 / ，但这次想要提现的时候" in 情景演练).
 */
export async function linesStartingWithPunctuation(page) {
  const paragraphs = await linesOf(page, '.fs-page')
  return paragraphs
    .filter((lines) => lines.slice(1).some((line) => NEVER_LINE_START.test(line.trim())))
    .map(shown)
}
