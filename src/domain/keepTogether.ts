/**
 * Where a line must not break inside a number's phrase: an amount and its unit ("2000元", "68万多元", "3倍", the app's
 * own "70 分" with its space), a whole date ("2021年1月15日"), a counter ("第 1/10 题", "已答 3/10 题") and a phone
 * number with its verb ("拨打110报警", "打96110问一问"). Round 54's trial at 320 px, font ×2 and 大字模式 found
 * "投了2000 / 元", "充值3 / 倍", "2021年1 / 月15日", "拨打110 / 报警" in the brochure's cases, its notice, the help
 * page's sources and the quiz, and "今天的复习 · 第 / 1/10 题" over a review; round 55's found home's "70 / 分" (a score
 * has 分, and the app writes a space before it). The text itself never changes: only where a line may end.
 */

/** A number as the content writes it: "2000", "37.3", "1,000", a range "3-5" or "3至5". */
const NUMBER = '\\d+(?:[.,]\\d+)*(?:\\s?[-~～至到]\\s?\\d+(?:[.,]\\d+)*)?'

/** A whole date or its year-and-month or month-and-day part: "2021年1月15日", "2020年11月", "7月6日". */
const DATE = '\\d{4}年(?:\\d{1,2}月(?:\\d{1,2}[日号])?)?|\\d{1,2}月\\d{1,2}[日号]'

/**
 * A counter of questions, steps or items: "第 1/10 题", "已答 3/10 题", "第1步", "1/10". Its spaces are the app's own
 * (the quiz's header), so they are kept inside it.
 */
const COUNTER =
  '(?:(?:第|已答)\\s?)?\\d+\\s?/\\s?\\d+(?:\\s?[题道步个种])?|第\\s?\\d+\\s?[题道步条种名次天个位]'

/**
 * The measure words an amount keeps: money (元, 块), times (倍), things (个, 张, 笔…), ages and spans of time (岁, 年,
 * 个月, 天, 小时, 分钟…), a score's points (分) and per cent. Longest first, so "个月" wins over "个" and "分钟" over
 * "分".
 */
const UNITS = [
  '块钱',
  '周岁',
  '个月',
  '小时',
  '分钟',
  '分',
  '元',
  '块',
  '倍',
  '个',
  '次',
  '笔',
  '张',
  '岁',
  '年',
  '月',
  '日',
  '号',
  '天',
  '周',
  '秒',
  '人',
  '名',
  '位',
  '家',
  '条',
  '项',
  '部',
  '台',
  '种',
  '道',
  '题',
  '步',
  '%',
  '％'
]

/** The currencies' codes a sum is written with, before or after it ("HKD 1,500.00", "2,000.00 HKD"): a regex source. */
export const CURRENCY_CODES = 'HKD|USD|RMB|CNY|MOP|NTD|TWD|EUR|GBP|JPY|AUD|CAD|SGD|MYR'

/**
 * A sum's currency written before it, and the space after it if any: a dollar sign with its place ("HK$", "NT$", "US$",
 * "MOP$", "$"), ¥ € £, or a currency's code ("HKD ", "RMB", "USD"). Round 55's trial: 风险自测's quote of a message broke
 * "HKD / 1,500.00" and "NT$ / 2,000" at 320 px in 大字模式.
 */
const CURRENCY = `(?:(?:[A-Z]{1,3})?\\$|[¥￥€£]|(?:${CURRENCY_CODES})(?![A-Za-z]))\\s?`

/** A currency's code written after a sum: "2,000.00 HKD". */
const CURRENCY_AFTER = `(?:${CURRENCY_CODES})(?![A-Za-z])`

/**
 * What follows a number in an amount: 多/余, a 万/千/百/亿 multiple (萬, 億 as Hong Kong and Taiwan write them) and a
 * unit, at least one of the two ("85万", "70余万元"), or a currency's code; one space may come first, as the app writes
 * its own counts ("70 分", "5 秒", "找到 3 条"): a line breaks at a space.
 */
const AMOUNT_TAIL = `\\s?(?:[多余]?[万萬千百亿億]+[多余]?(?:${UNITS.join('|')})?|[多余]?(?:${UNITS.join('|')})|${CURRENCY_AFTER})`

/**
 * An amount: a number with what follows it (AMOUNT_TAIL), or a sum with its currency before it and what may follow
 * ("HKD 1,500.00", "NT$2,000", "$50萬", "¥300元"). Thousands separators and decimals are part of the number.
 */
const AMOUNT = `${CURRENCY}${NUMBER}(?:${AMOUNT_TAIL})?|${NUMBER}${AMOUNT_TAIL}`

/** Verbs that dial a number, and what the call is for: "拨打110报警", "先打110核实", "打110问一问". */
const CALL_VERBS = ['拨打', '致电', '接到', '拨', '打']
const CALL_PURPOSES = ['问一问', '问清楚', '报警', '核实', '咨询', '求助', '举报', '来电', '电话', '问']

/**
 * A phone number of three digits or more with its verb, and a three-digit one (110, 120) with its purpose too: "拨打110
 * 报警", "打96110". A five-digit number with its purpose is wider than a line at font ×2 on a 320 px phone ("接到96110
 * 来电，" measured 302 px on the help page: round 54's e2e), so its purpose wraps as text does. Not a sum paid ("打2000
 * 元"), which the amount keeps whole with its unit (round 54's code review).
 */
const PHONE = `(?:${CALL_VERBS.join('|')})\\s?(?:\\d{3}(?:${CALL_PURPOSES.join('|')})?(?![\\d元块万千百亿倍%])|\\d{4,}(?![\\d元块万千百亿倍%]))`

/** Every phrase kept whole, tried in this order at each place: a date before an amount ("2021年" is also a year). */
const KEPT = new RegExp(`${PHONE}|${COUNTER}|${DATE}|${AMOUNT}`, 'y')

/** Where a kept phrase may start: a verb that dials, 第/已答, a currency's sign or code, or a digit. */
const STARTS = /[拨致接打第已¥￥€£$A-Z\d]/

/** A letter or digit: a phrase never starts inside a run of them ("ABCHKD 5", "12345元" from its "2"). */
const ALNUM = /[A-Za-z\d]/

/**
 * The longest phrase kept on one line (characters): "2021年12月31日" has 11, "拨打110问一问" 8. A longer match is
 * left breakable, so nothing kept whole can be wider than a 320 px line at font ×2 in 大字模式 (about 12 characters).
 */
export const KEPT_MAX_CHARS = 12

/** One stretch of a text: `whole` when no line may break inside it. */
export interface TextRun {
  text: string
  whole: boolean
}

/** Quotation marks that open what follows ("“杀猪盘”", "「不轻信」", "《…》"): never the last thing on a line. */
const OPENING_QUOTE = /[“‘「『《]/

/** Quotation marks that close what comes before: never the first thing on a line. */
const CLOSING_QUOTE = /[”’」』》]/

/**
 * A short quoted term, marks included, kept whole: "“杀猪盘”", "“稳赚不赔”", "「不轻信」" (round 55's trial: "“稳赚不 /
 * 赔”", "「不轻 / 信」"). Up to four characters inside, six in all: "“影响个人征信”" (eight) ran past a category card's
 * narrow summary at font ×2 on a 320 px phone; a longer quote keeps only its marks with their neighbours.
 */
const QUOTED_TERM = /[“‘「『《][^“‘「『《”’」』》\s]{1,4}[”’」』》]/y
const QUOTED_TERM_MAX_CHARS = 6

/** The offset after the run of characters matching `mark` that starts at `at` ("「“" is one run of two). */
function markRunEnd(text: string, at: number, mark: RegExp): number {
  let end = at
  while (end < text.length && mark.test(text[end])) end++
  return end
}

/** The kept phrase (KEPT) that starts at `at`, or null: only where one may start, never inside a run of digits. */
function keptPhraseAt(text: string, at: number): string | null {
  const inside = at > 0 && (/\d/.test(text[at]) ? /\d/ : ALNUM).test(text[at - 1])
  if (!STARTS.test(text[at]) || (ALNUM.test(text[at]) && inside)) return null
  KEPT.lastIndex = at
  const match = KEPT.exec(text)
  return match && match[0].length >= 2 && match[0].length <= KEPT_MAX_CHARS ? match[0] : null
}

/**
 * A web address's host, kept whole: "m.icbc.com.cn", "www.12321.cn", "etc-abc.cn". Round 56's fresh tester: 风险自测's
 * quote of a bank's notice broke "https://m.icbc.c / om.cn" at font ×2, and a reader judging the address saw "m.icbc.c".
 * A line may still break before the host (after "https://") or in a path after it.
 */
const HOST = /(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}(?![A-Za-z0-9-])/y

/**
 * The longest host kept whole (characters): Latin letters are about half as wide as Chinese characters, so 16 take
 * about eight characters' width, a line of body text at font ×2 in 大字模式 on a 320 px phone. A longer one breaks at
 * its dots (HOST_PARTS).
 */
const HOST_MAX_CHARS = 16

/** A host's label with its dot ("icbc."), kept whole when the host is too long for one line. */
const HOST_LABEL = /[A-Za-z0-9-]+\.?/g

/**
 * The host (HOST) that starts at `at`, or null: only at the start of a run of letters, digits, dots and dashes, and not
 * in a path or a query ("/content_13697655.html"; after "//" it is the host).
 */
function hostAt(text: string, at: number): string | null {
  if (at > 0 && /[\w.%=&?#~-]/.test(text[at - 1])) return null
  if (text[at - 1] === '/' && text[at - 2] !== '/') return null
  HOST.lastIndex = at
  return HOST.exec(text)?.[0] ?? null
}

/** Whether a UTF-16 code unit is the second half of a surrogate pair (an emoji such as 📢 is two units). */
function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}

/** Units of the character that starts at `at`: 2 for an emoji's surrogate pair, else 1 (0 past the end). */
function charLengthAt(text: string, at: number): number {
  if (at >= text.length) return 0
  return isLowSurrogate(text.charCodeAt(at + 1)) ? 2 : 1
}

/** Units of the character that ends just before `at`: a quotation mark keeps a whole emoji, never half of one. */
function charLengthBefore(text: string, at: number): number {
  return at >= 2 && isLowSurrogate(text.charCodeAt(at - 1)) ? 2 : 1
}

/**
 * Where each phrase to keep whole lies in `text`, as [start, end) offsets in UTF-16 units, in order and never
 * overlapping: amounts with their unit, dates, counters and phone numbers with their verb (see the module comment),
 * each at most KEPT_MAX_CHARS long, and quotation marks with their words: a short quoted term whole ("“杀猪盘”"), an
 * opening mark with what follows it ("“您" of a long quote, "“2000元" with its amount) and a closing mark with what
 * comes before it ("款”"), so no line ends with “ or starts with ” (round 55's trial: a keep-all control that breaks
 * "anywhere" left “ at a line's end and ” at the next line's start).
 */
export function keptSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  // One pass over the text; a phrase is tried (sticky) only where it can start.
  for (let at = 0; at < text.length;) {
    if (OPENING_QUOTE.test(text[at])) {
      // A quote cut at its start opens with "…": the mark keeps it and the word after it (round 56's trial).
      const marks = markRunEnd(text, at, /[“‘「『《…]/)
      QUOTED_TERM.lastIndex = marks - 1
      const term = QUOTED_TERM.exec(text)
      const phrase = marks < text.length ? keptPhraseAt(text, marks) : null
      const end = term
        ? markRunEnd(text, marks - 1 + term[0].length, CLOSING_QUOTE)
        : Math.min(text.length, marks + (phrase?.length ?? charLengthAt(text, marks)))
      // A phrase may take its marks (two at most) beyond KEPT_MAX_CHARS: "“…HKD 1,500.00" is mostly narrow Latin.
      const limit = term
        ? Math.max(KEPT_MAX_CHARS, QUOTED_TERM_MAX_CHARS + 2)
        : KEPT_MAX_CHARS + Math.min(2, marks - at)
      if (end - at <= limit) {
        spans.push([at, end])
        at = end
        continue
      }
    }
    if (CLOSING_QUOTE.test(text[at]) && at > 0) {
      const end = markRunEnd(text, at, CLOSING_QUOTE)
      const last = spans.at(-1)
      // With the phrase kept just before it, or with the character before it.
      if (last && last[1] === at && end - last[0] <= KEPT_MAX_CHARS) last[1] = end
      else if (!last || last[1] < at) spans.push([at - charLengthBefore(text, at), end])
      at = end
      continue
    }
    const host = /[A-Za-z0-9]/.test(text[at]) ? hostAt(text, at) : null
    if (host) {
      if (host.length <= HOST_MAX_CHARS) spans.push([at, at + host.length])
      // Too long for one line: it breaks only after a dot ("verification-center. / bank-secure.com").
      else
        for (const label of host.matchAll(HOST_LABEL))
          if (label[0].length >= 2)
            spans.push([at + (label.index ?? 0), at + (label.index ?? 0) + label[0].length])
      at += host.length
      continue
    }
    const phrase = keptPhraseAt(text, at)
    if (phrase) {
      spans.push([at, at + phrase.length])
      at += phrase.length
    } else at++
  }
  return spans
}

/**
 * `text` as runs that join back to it unchanged: each phrase of keptSpans a `whole` run, the text between them runs
 * that break as text does. "李小姐投了2000元，很快" → "李小姐投了", "2000元" (whole), "，很快".
 */
export function keepTogetherRuns(text: string): TextRun[] {
  const runs: TextRun[] = []
  let from = 0
  for (const [start, end] of keptSpans(text)) {
    if (start > from) runs.push({ text: text.slice(from, start), whole: false })
    runs.push({ text: text.slice(start, end), whole: true })
    from = end
  }
  if (from < text.length) runs.push({ text: text.slice(from), whole: false })
  return runs
}
