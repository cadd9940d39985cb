/**
 * Text preparation for the 风险自测 matcher: normalisation that remembers where each character came from,
 * sentence and clause bounds, and the two ways a mention stops counting — a negation before it in the same
 * clause ("不会提及安全账户、资金清查等内容") or a warning sentence ("…的都是诈骗"). Pure string scanning.
 */
import traditionalCharsJson from '../../data/traditional-chars.json'
import { graphemeEndAtOrAfter, isCombiningMark } from '../graphemes'
import { foldCode, isInvisibleCode as isInvisible, simplifiedCodes } from '../textFold'

/** How many characters are read. A longer paste is read from its end: the newest messages of a chat. */
export const MAX_INPUT_CHARS = 20000

export interface PreparedText {
  /** Normalised text: half-width, lower case, no spaces between Chinese characters. */
  text: string
  /** Index in the original input of each normalised character. */
  origin: number[]
  /** Characters at the start of the input that were not read. */
  skippedChars: number
  /** For each character, where its clause starts (a comma ends a clause; 、 和 及 do not). */
  clauseStart: Int32Array
  /**
   * For each character, where its space-separated segment ends: the next dropped space between two Chinese words of
   * two characters or more, or the end of the text. Voice input and elders write clauses apart with spaces ("有没有余额
   * 我爸转了两万九"): a negation with its object beside it does not reach past its segment, one written as a word of
   * its own ("公安 不会 让你 转账") still does. Letter-spaced words ("安 全 账 户") are one segment.
   */
  segmentEnd: Int32Array
  /** For each character, whether its sentence is a warning ("…的都是诈骗", a police reminder). */
  inWarning: Uint8Array
  /**
   * inWarning as each sentence reads on its own, before a text that is mostly warnings is set aside as a whole: what
   * share of a text is warnings, and what it says besides (the result's aboutScams). The same array when nothing was
   * set aside as a whole.
   */
  ownWarning: Uint8Array
  /**
   * Whether the text was read as a whole as a report of a case, an office's signed reminder or a list of tricks with
   * its verdict (isCaseReport, isOfficeReminder, ANAPHORIC_VERDICT): each with its own guards against an ask.
   */
  readAsReport: boolean
  /**
   * For each character, whether its clause reports a transaction already done ("退款成功", "余额12.00元") or sends
   * the person to an official short number ("请致电95511").
   */
  inReceipt: Uint8Array
}

/** Matches where any of the expressions (none with flags or back-references) matches. */
function anyOf(expressions: readonly RegExp[]): RegExp {
  return new RegExp(expressions.map((re) => `(?:${re.source})`).join('|'))
}

/** A set of UTF-16 codes (codesOf). */
interface CodeSet {
  has(code: number | undefined): boolean
}

/**
 * One bit per CodeSet in a table of every UTF-16 code: prepareText asks at every character of a paste whether it
 * breaks a clause or a sentence, and a lookup in a typed array is several times cheaper than a Set's. Room for 16 sets.
 */
const CODE_SET_BITS = new Uint16Array(0x10000)
let codeSets = 0

function codesOf(chars: string): CodeSet {
  const bit = 1 << codeSets++
  for (const c of chars) CODE_SET_BITS[c.charCodeAt(0)] |= bit
  return { has: (code) => (CODE_SET_BITS[code as number] & bit) !== 0 }
}

function isCjk(code: number): boolean {
  return (
    (code >= 0x3400 && code <= 0x9fff) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0x3000 && code <= 0x303f) ||
    (code >= 0xff00 && code <= 0xffef) ||
    code === 0x201c ||
    code === 0x201d
  )
}

const SIMPLIFIED = simplifiedCodes(traditionalCharsJson)
// Northern dialects' 俺 is 我 (俺们, 俺家): an elder's voice-to-text reads as one with 我 ("你念给俺听就中", round 60's
// blind set).
SIMPLIFIED['俺'.charCodeAt(0)] = '我'.charCodeAt(0)

/** The simplified form of a UTF-16 code (SIMPLIFIED), or the code itself. */
function simplified(code: number): number {
  return SIMPLIFIED[code] || code
}

/**
 * True when the text holds something to check: a letter, a digit or a Chinese character (isWordCode). A paste of
 * direction marks, spaces, emoji or punctuation alone ("😀", "。。。。") is asked for again, as an empty one is (new
 * users' trials got a verdict for them).
 */
export function hasVisibleText(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isWordCode(text.charCodeAt(i))) return true
  return false
}

/**
 * True when the text shows anything at all, words or not: an emoji or a mark counts, spaces and invisible marks (zero
 * width, direction) do not. What 检查 says when there is nothing to check depends on it: "paste something" or "there
 * are no words in what you pasted".
 */
export function showsAnything(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (!isInvisible(code) && text[i].trim() !== '') return true
  }
  return false
}

/**
 * A UTF-16 code that belongs to a word or a number: ASCII and full-width letters and digits, Latin letters with
 * accents, kana, Chinese characters, Hangul, circled digits.
 */
function isWordCode(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) ||
    (code >= 0x2460 && code <= 0x24ff) ||
    (code >= 0x3040 && code <= 0x30ff) ||
    (code >= 0x3400 && code <= 0x9fff) ||
    (code >= 0xac00 && code <= 0xd7af) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xff10 && code <= 0xff19) ||
    (code >= 0xff21 && code <= 0xff3a) ||
    (code >= 0xff41 && code <= 0xff5a)
  )
}

/** A space, tab, line break or ideographic space (U+3000). */
export function isSpaceCode(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13 || code === 0x3000
}

/** True for the UTF-16 code of an ASCII digit 0–9; undefined (a read past the text's end) is not one. */
export function isDigitCode(code: number | undefined): boolean {
  return code !== undefined && code >= 48 && code <= 57
}

/** The comma of "5,000.00" or "1,234,567": after a digit, before exactly three digits. */
function isThousandsComma(raw: string, i: number, codes: readonly number[]): boolean {
  if (raw.charCodeAt(i) !== 44 || !isDigitCode(codes[codes.length - 1])) return false
  for (let k = 1; k <= 3; k++) if (!isDigitCode(raw.charCodeAt(i + k))) return false
  return !isDigitCode(raw.charCodeAt(i + 4))
}

/**
 * What opens a sum in Hong Kong's, Macau's, Taiwan's or US dollars, right before its digits: "$2,000", "＄500",
 * "HK$3,500", "NT$41,900", "HKD 3,500", "MOP 600", "US$20". Not inside a word ("shop$5").
 */
const DOLLAR_SIGN = /^(?:(?:hk|nt|us)?[$＄]|(?:hkd|ntd|twd|usd|mop)\$? ?)(?=[0-9])/i
const YUAN_CODE = '元'.charCodeAt(0)
/** What may already follow a dollar sum's digits: its multiple or its unit ("$50萬", "$300蚊"). */
const SUM_UNIT_CODES: CodeSet = codesOf('万萬千百亿億元块塊蚊')

/** The length of the dollar sign that opens a sum at `raw[i]` (DOLLAR_SIGN), or 0. */
function dollarSignLength(raw: string, i: number): number {
  const code = raw.charCodeAt(i)
  if (code !== 36 && code !== 0xff04 && !isAsciiLetter(code)) return 0
  if (i > 0 && isAsciiLetter(raw.charCodeAt(i - 1))) return 0
  const found = DOLLAR_SIGN.exec(raw.slice(i, i + 6))
  return found ? found[0].length : 0
}

/** Whether `raw[i]` goes on a sum's digits: a digit, a decimal point before one, or a thousands separator. */
function continuesSum(raw: string, i: number, codes: readonly number[]): boolean {
  const code = raw.charCodeAt(i)
  return (
    isDigitCode(code) ||
    (code === 46 && isDigitCode(raw.charCodeAt(i + 1))) ||
    isThousandsComma(raw, i, codes)
  )
}

/**
 * Cantonese words whose first character alone would read as something else once folded (唔 is 不): "唔該" is 麻烦 (please),
 * "唔使" is 不用 (no need), "唔好" is 不要 (don't; 不好 would be "not good"; "唔好意思" stays 不好意思), "千祈" is 千万.
 * And the words a Hong Kong WhatsApp hijack or 猜猜我是谁 call is told in (round 55's trial and reviews): 係 as 是 ("係咪",
 * "唔係", "都係", "呢係"), "邊個"/"邊位" (who) as 哪个/哪位, "呢個" as 这个, "嗰個" as 那个, "而家"/"依家" as 现在, "你估下"/
 * "估下我" as 你猜猜/猜猜我, "唔用得" as 用不了, the family's "孫仔", "個仔" and "老豆" as 孙子, 儿子 and 老爸, "聽電話" as
 * 接电话, "聽日"/"聽朝"/"聽晚" as 明日/明早/明晚, "差館" (police station) as 警局, "轉去" as 转到 (a sum in 蚊 is read
 * below); round 59's: "屋企" (home) as 家里, the police's "提提你" as 提醒你, "平賣" (sold cheap) as 低价, "話俾…知" (tell)
 * as 告诉, "仔女" as 子女; round 64's: a hospital's or a landlord's "按金" (deposit) as 押金, not 按金额. Mandarin words that hold the same characters are matched first and kept (CANTONESE_KEPT: 關係, 然而家, 评估下,
 * 老豆腐…). Every rewrite is as long as the word, so every position still maps to the original (round 54's review:
 * "唔該你即刻過$25,000去呢個戶口" read as 不该).
 */
const CANTONESE_KEPT =
  '[關关聯联維维體体派]係|[然从從因进進反继繼]而家|[评評预預高低]估[下吓]|老豆[腐浆漿沙芽]|[邊边]位[置子]'
const CANTONESE_WORDS = new RegExp(
  `${CANTONESE_KEPT}|唔[該该使]|唔好(?!意思)|千祈|[係系]咪|唔[係系]|係(?![數数])|[邊边][個个位]|[呢嗰][個个張张筆笔條条度部啲些係]|` +
    '[而依]家(?![长長庭人里裡])|你估[下吓我]|你猜下(?![一个個])|估[下吓]我|唔用得|[孫孙]仔|[個个]仔(?![细細])|' +
    '老豆|[聽听](電話|电话|[日朝晚](?![语語本文]))|差[館馆]|[轉转]去|屋企|提提[你您]|平[賣卖]|[話话]俾|仔女|按金(?![额額价價重克条條币幣融属屬])',
  'g'
)
const CANTONESE_KEPT_WORD = new RegExp(`^(${CANTONESE_KEPT})$`)
const CANTONESE_WORD_FOR: Readonly<Record<string, string>> = {
  唔該: '麻烦',
  唔该: '麻烦',
  唔使: '不用',
  唔好: '不要',
  千祈: '千万',
  係咪: '是不',
  系咪: '是不',
  唔係: '不是',
  唔系: '不是',
  係: '是',
  邊個: '哪個',
  边个: '哪个',
  邊个: '哪个',
  边個: '哪個',
  邊位: '哪位',
  边位: '哪位',
  而家: '现在',
  依家: '现在',
  你估下: '你猜猜',
  你估吓: '你猜猜',
  你估我: '你猜我',
  你猜下: '你猜猜',
  估下我: '猜猜我',
  估吓我: '猜猜我',
  唔用得: '用不了',
  孫仔: '孫子',
  孙仔: '孙子',
  個仔: '兒子',
  个仔: '儿子',
  老豆: '老爸',
  差館: '警局',
  差馆: '警局',
  屋企: '家里',
  提提你: '提醒你',
  提提您: '提醒您',
  平賣: '低價',
  平卖: '低价',
  話俾: '告訴',
  话俾: '告诉',
  仔女: '子女',
  按金: '押金',
  呢度: '这里',
  嗰度: '那里'
}
/** One match of CANTONESE_WORDS, rewritten; as long as the match. */
function cantoneseWord(word: string): string {
  if (CANTONESE_KEPT_WORD.test(word)) return word
  const whole = CANTONESE_WORD_FOR[word]
  if (whole) return whole
  const [first, ...rest] = word
  const tail = rest.join('')
  if (first === '呢' || first === '嗰') return `${first === '呢' ? '这' : '那'}${tail === '係' ? '是' : tail}`
  if (first === '轉' || first === '转') return `${first}到`
  // 聽/听 + 電話/电话 (either script) is 接电话; + 日/朝/晚 is 明日/明早/明晚.
  if (tail === '朝') return '明早'
  if (tail === '晚' || tail === '日') return `明${tail}`
  return `接${tail}`
}
/**
 * Words spam writes with a character of the same sound to slip past filters ("搏彩", "代款", "冻洁", "咔号", "政信", "监官
 * 账户", "刷蛋", "罗聊", "蔻蔻", "菲机", "威信"; round 58's review, after public warnings on 谐音字 in scam SMS), each
 * with the word it stands for, as long as it. Not where the same characters are an everyday word: 老罗聊了, 刷蛋液,
 * 威信县, 树立威信, 行政信息 (HOMOPHONE_KEPT, matched first and kept).
 */
const HOMOPHONE_KEPT = '[老小阿大]罗聊|刷蛋[液黄清]|威信县|[树立有的]威信|威信[高力]|[行家邮]政信'
const HOMOPHONE_WORDS = new RegExp(
  `${HOMOPHONE_KEPT}|搏彩|代款|冻洁|咔号|政信|监官|刷蛋|罗聊|蔻蔻|菲机|威信|徽信|验怔码|银杭卡`,
  'g'
)
const HOMOPHONE_FOR: Readonly<Record<string, string>> = {
  搏彩: '博彩',
  代款: '贷款',
  冻洁: '冻结',
  咔号: '卡号',
  政信: '征信',
  监官: '监管',
  刷蛋: '刷单',
  罗聊: '裸聊',
  蔻蔻: '扣扣',
  菲机: '飞机',
  威信: '微信',
  徽信: '微信',
  验怔码: '验证码',
  银杭卡: '银行卡'
}
/**
 * Sums in the capital numerals of receipts and cheques ("转壹万伍仟元"), read as the plain ones every amount pattern
 * knows: a run of them that ends in a unit (round 58's review).
 */
const CAPITAL_SUM =
  /[壹贰貳叁參肆伍陆陸柒捌玖拾佰仟][壹贰貳叁參肆伍陆陸柒捌玖拾佰仟万萬零]{0,12}(?=[元圆圓块塊整万萬])/g
const CAPITAL_NUMERAL: Readonly<Record<string, string>> = {
  壹: '一',
  贰: '二',
  貳: '二',
  叁: '三',
  參: '三',
  肆: '四',
  伍: '五',
  陆: '六',
  陸: '六',
  柒: '七',
  捌: '八',
  玖: '九',
  拾: '十',
  佰: '百',
  仟: '千',
  萬: '万'
}
/** HOMOPHONE_WORDS and CAPITAL_SUM written as the words they stand for; every rewrite as long as what it replaces. */
function soundAlikes(text: string): string {
  return text
    .replace(HOMOPHONE_WORDS, (word) => HOMOPHONE_FOR[word] ?? word)
    .replace(CAPITAL_SUM, (sum) => sum.replace(/./g, (c) => CAPITAL_NUMERAL[c] ?? c))
}

const ANY_CANTONESE = /[唔祈係系邊边呢嗰而依估猜聽听差轉转孫孙個个老屋提平話话仔按]/
function cantoneseWords(text: string): string {
  return ANY_CANTONESE.test(text) ? text.replace(CANTONESE_WORDS, cantoneseWord) : text
}

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0x3000 || code === 0xa0
}

/** A Chinese character itself, not its punctuation. */
function isHan(code: number): boolean {
  return (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff)
}

/**
 * ASCII and full-width marks that carry no word: "赚-钱", "冲～击", "稳·赚". Not * or _ in a run: they mask a link or a
 * number ("请进******申换", "在____购物广场"), which stands for something the sender wrote (LONE_MARKS).
 */
const FILLER_MARKS: ReadonlySet<number> = new Set([0x2d, 0x7e, 0xb7, 0x2022, 0x2027, 0x30fb, 0xff0d, 0xff5e])
/**
 * Marks that carry no word when one stands alone between two Chinese characters: "失_效", "账|户", "转#账", "验*证*码"
 * (round 49's trial and review). Not after 按, where * and # are keys ("请按#号键"), nor /, which says "or" and "per"
 * ("现金/微信", "150元/天").
 */
const LONE_MARKS: ReadonlySet<number> = new Set([0x2a, 0xff0a, 0x5f, 0xff3f, 0x7c, 0xff5c, 0x23, 0xff03])
const PRESS_CODE = '按'.charCodeAt(0)

/**
 * How many UTF-16 units of decoration start at `i`: an emoji (a surrogate pair from the emoji planes, or a BMP
 * symbol such as ❤ ☎ ★ with its variation selector), a dash or a mark from FILLER_MARKS; 0 for anything else.
 */
function fillerLength(raw: string, i: number): number {
  const code = raw.charCodeAt(i)
  if (code >= 0xd83c && code <= 0xd83e) {
    const low = raw.charCodeAt(i + 1)
    return low >= 0xdc00 && low <= 0xdfff ? 2 : 0
  }
  const symbol =
    (code >= 0x2013 && code <= 0x2015) ||
    (code >= 0x2190 && code <= 0x21ff) ||
    (code >= 0x2500 && code <= 0x27bf) ||
    (code >= 0x2b00 && code <= 0x2bff) ||
    code === 0xfe0e ||
    code === 0xfe0f ||
    FILLER_MARKS.has(code)
  const before = raw.charCodeAt(i - 1)
  const lone = LONE_MARKS.has(code) && before !== PRESS_CODE && isHan(before) && isHan(raw.charCodeAt(i + 1))
  return symbol || lone ? 1 : 0
}

/**
 * Where a run of decoration and spaces that starts at `i` ends, when it sits between two Chinese characters
 * ("赚—钱", "加❤微❤信", "冲-🌹 击": how spam dodges filters); -1 when it does not, or holds a line break.
 */
function fillerRunEnd(raw: string, i: number, before: number | undefined): number {
  if (before === undefined || !isHan(before)) return -1
  let j = i
  let fillers = 0
  for (let n = 0; n < MAX_FILLER_RUN && j < raw.length; n++) {
    const code = raw.charCodeAt(j)
    const length = fillerLength(raw, j)
    if (length > 0) {
      fillers++
      j += length
    } else if (isSpace(code) && code !== 10 && code !== 13) j++
    else break
  }
  if (fillers === 0 || j >= raw.length) return -1
  const next = foldCode(raw.charCodeAt(j))
  // "转💰5000": an emoji between a payment's verb and its sum (round 58's review) goes too.
  return isHan(next) || (next >= 48 && next <= 57 && PAY_VERB_CODES.has(before)) ? j : -1
}

/** Dashes that stand between the digits of a phone number: ‐ ‑ ‒ – — ― and the full-width －. */
const DIGIT_DASH_CODES: ReadonlySet<number> = new Set([
  0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0xff0d
])

/** Verbs a sum follows: 转, 打, 汇, 付, 充, 交, 存, 借. */
const PAY_VERB_CODES: CodeSet = codesOf('转轉打汇匯付充交存借')

/**
 * Marks put between every character of a word ("点.击.链.接", "安。全。账。户", "转+账", "验=证=码": round 58's review of
 * filter-dodging spellings), dropped when the same mark stands between single Chinese characters at least twice in a
 * row. Not 、 or commas, which separate the items of a list ("油、盐、酱").
 */
const SPACER_MARKS: CodeSet = codesOf('.。:;+=/\\^：；＋＝．／')

/** Whether the mark at `i` is one of a run of SPACER_MARKS between single Chinese characters ("安.全.账.户"). */
function isSpacerMark(raw: string, i: number, before: number | undefined): boolean {
  const code = raw.charCodeAt(i)
  if (!SPACER_MARKS.has(code) || before === undefined || !isHan(before)) return false
  if (!isHan(raw.charCodeAt(i + 1))) return false
  return (
    (raw.charCodeAt(i + 2) === code && isHan(raw.charCodeAt(i + 3))) ||
    (raw.charCodeAt(i - 2) === code && isHan(raw.charCodeAt(i - 3)))
  )
}

/** Longest run of decoration read as one gap between two characters. */
const MAX_FILLER_RUN = 8

/** Top-level domains seen in scam SMS and genuine notices; the rest are reached through "www。x。" */
const TLDS =
  'cn com net org top xyz vip cc co me io info site shop icu club online work ltd ink wang pw tk asia link buzz cyou sbs cfd bond rest gift tw hk mo'
const TOP_LEVEL_DOMAINS: ReadonlySet<string> = new Set(TLDS.split(' '))

/** What scam SMS write for an address's dot: 。 ｡, the middle dots · ・ ("36hf·cc") and the bullet • ("www•x•com"). */
const DOT_STAND_INS: CodeSet = codesOf('\u3002\uff61\u00b7\u30fb\uff65\u2022')

/**
 * The rest of a web address spaced out at its dots, from the dot on: ". icbc-upd . com", ". top" (round 55's probes:
 * "w w w . icbc-upd . com" hid the address from every link signal). It ends in a top-level domain.
 */
const SPACED_ADDRESS_REST = new RegExp(
  `^[.\u3002\uff0e\u00b7\u2022] ?([a-z0-9-]{1,30} ?[.\u3002\uff0e\u00b7\u2022] ?){0,3}(${TLDS.replace(/ /g, '|')})(?![a-z0-9\u3400-\u9fff])`,
  'i'
)
/** SPACED_ADDRESS_REST, also where the domain's letters are spaced out (". c c", "· t o p"). */
function isSpacedAddressRest(rest: string): boolean {
  return (
    SPACED_ADDRESS_REST.test(rest) ||
    SPACED_ADDRESS_REST.test(rest.slice(0, 24).replace(/ (?=[a-z0-9.-])/gi, ''))
  )
}

/**
 * A space or an underscore inside a word spelled out one letter at a time ("E T C", "w w w", "E_T_C", "m v d i s - t w",
 * "h t t p s : / /"): the letters (or an address's hyphen, dot, colon or slash) on both sides stand alone, and one of
 * them is a letter, or they are a scheme's ":" and "/" or "/" and "/". Public police
 * warnings: scam SMS space out the words a filter looks for (round 55's probes and review).
 */
function isLetterSpaced(raw: string, i: number, j: number): boolean {
  const spelled = (at: number): boolean => {
    const c = raw.charCodeAt(at)
    return isAsciiLetter(c) || c === 45 || c === 46 || c === 58 || c === 47
  }
  const alone = (at: number): boolean =>
    !isAsciiLetter(raw.charCodeAt(at)) && !isDigitCode(raw.charCodeAt(at))
  return (
    j - i === 1 &&
    spelled(i - 1) &&
    alone(i - 2) &&
    spelled(j) &&
    alone(j + 1) &&
    (isAsciiLetter(raw.charCodeAt(i - 1)) ||
      isAsciiLetter(raw.charCodeAt(j)) ||
      (raw.charCodeAt(i - 1) === 58 && raw.charCodeAt(j) === 47) ||
      (raw.charCodeAt(i - 1) === 47 && raw.charCodeAt(j) === 47))
  )
}

/**
 * A space between a Chinese character and a digit in a line spaced out one character at a time ("那 个 ６ 位 数 字 发 我",
 * round 57's review): both sides, and the characters next to them, stand alone between spaces, so the digit belongs
 * to the words around it. Not a space inside ordinary text ("验证码共 6 位", "下午 3 点 30 分").
 */
function isDigitSpacedOut(raw: string, i: number, j: number): boolean {
  const before = foldCode(raw.charCodeAt(i - 1))
  const after = foldCode(raw.charCodeAt(j))
  const space = (at: number): boolean => at < 0 || at >= raw.length || isSpace(raw.charCodeAt(at))
  // The character at `at` stands alone between spaces (or the text's ends).
  const alone = (at: number): boolean => at >= 0 && at < raw.length && space(at - 1) && space(at + 1)
  return (
    j - i === 1 &&
    ((isCjk(before) && isDigitCode(after)) || (isDigitCode(before) && isCjk(after))) &&
    alone(i - 1) &&
    alone(j) &&
    (i - 3 < 0 || alone(i - 3)) &&
    (j + 2 >= raw.length || alone(j + 2))
  )
}

/** A top-level domain next, not followed by more of a word: the lookahead both dot forms below end with. */
const TLD_NEXT = `(?=(${TLDS.replace(/ /g, '|')})(?![a-z0-9\\u3400-\\u9fff]))`

/**
 * A dot written as a word between an address's parts: "etcfw [dot] top", "ccb-jf （点） vip", "10086-jf【.】cc", a bare
 * "dot" or 点 before a top-level domain ("bocom-jf dot vip", "fetc-tw 點 cc"): round 55's reviews.
 */
const DOT_WORD = new RegExp(
  `^((\\[dot\\]|\\(dot\\)|（点）|\\(点\\)|\\[点\\]|【点】|【\\.】|（\\.）|\\[\\.\\]|\\(\\.\\))[ \\t]*(?=[a-z0-9])|(dot|点|點)[ \\t]+${TLD_NEXT})`,
  'i'
)

/**
 * The top-level domain told in words after the name: "ybj-gov 加上后缀 .top", "cmb-pts，后缀是 cc", "kd-lipei，后缀点 top"
 * (round 55's second review, round 56's). Read only where an address is being told (ADDRESS_TOLD): "我的英文名 Tom，后缀是
 * me" is a name (round 56's code review).
 */
const TLD_TOLD = new RegExp(
  `^[,，]?[ \\t]?(加上?)?(后缀|後綴|後缀)(是|为|為)?[ \\t:：]{0,2}(点|點|\\.)?[ \\t]?${TLD_NEXT}`,
  'i'
)
/** Words that tell an address, in the last characters read before a TLD_TOLD. */
const ADDRESS_TOLD = /域名|网址|网站|浏览器|输入|登录|登陆|打开|访问|链接/

/** The dot written as a word at `at` in `raw`, after an address's name just read into `codes`, or null. */
function dotWordAt(raw: string, at: number, codes: readonly number[]): RegExpExecArray | null {
  if (!endsInName(codes)) return null
  const window = raw.slice(at, at + 16)
  return (
    DOT_WORD.exec(window) ??
    (ADDRESS_TOLD.test(String.fromCharCode(...codes.slice(-24))) ? TLD_TOLD.exec(window) : null)
  )
}

/**
 * Whether the letters and digits just written hold a letter: an address's name ("bocom-jf"), not a clock's "8" before 点
 * ("今晚8点 VIP专场", round 55's code review).
 */
function endsInName(codes: readonly number[]): boolean {
  for (let k = codes.length - 1; k >= 0 && (isAsciiAlnum(codes[k]) || codes[k] === 45); k--)
    if (codes[k] >= 97 && codes[k] <= 122) return true
  return false
}

/** The characters a DOT_WORD starts with, so that no other character is tried against it. */
const DOT_WORD_STARTS: CodeSet = codesOf('[(（【dD点點,，加后後')

/**
 * A top-level domain that a screenshot's line wrapped ("etc-abc.c⏎n", round 59's review): the address read so far
 * ends in a dot and letters, and the letters from raw[j] on complete them to one of TOP_LEVEL_DOMAINS.
 */
function isWrappedTld(codes: readonly number[], raw: string, j: number): boolean {
  let k = codes.length
  while (k > 0 && codes.length - k < 5 && isAsciiLetter(codes[k - 1])) k--
  if (k === codes.length || codes[k - 1] !== 46 || !isAsciiAlnum(codes[k - 2])) return false
  const rest = /^[a-z]{1,5}(?![a-z0-9])/i.exec(raw.slice(j, j + 6))
  return (
    rest !== null && TOP_LEVEL_DOMAINS.has(String.fromCharCode(...codes.slice(k)) + rest[0].toLowerCase())
  )
}

/** A-Z or a-z: read on the text as pasted, before folding. */
function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}

function isAsciiAlnum(code: number): boolean {
  return (code >= 97 && code <= 122) || isDigitCode(code)
}

/**
 * A 。 or · written between the parts of a web address ("ybj-cn。com", "36hf·cc") is read as its dot: scam SMS
 * write it so to slip past link filters (public police warnings). Only before a common top-level domain or
 * another part of an address, so "付款500。Hi" stays a full stop.
 */
function isDomainDot(codes: readonly number[], folded: number, raw: string, i: number): boolean {
  if (!DOT_STAND_INS.has(folded)) return false
  const before = codes.length > 0 ? codes[codes.length - 1] : NaN
  if (!isAsciiAlnum(before) && before !== 45) return false
  let part = ''
  // "hkma-secure · top": one space after a spaced-out dot.
  let j = raw.charCodeAt(i + 1) === 32 ? i + 2 : i + 1
  for (; j < raw.length && part.length < 64; j++) {
    const c = foldCode(raw.charCodeAt(j))
    if (!isAsciiAlnum(c) && c !== 45) break
    part += String.fromCharCode(c)
  }
  if (!/^[a-z]/.test(part)) return false
  const next = j < raw.length ? foldCode(raw.charCodeAt(j)) : NaN
  return TOP_LEVEL_DOMAINS.has(part) || DOT_STAND_INS.has(next) || next === 46 || next === 47
}

/**
 * Words half written in pinyin to slip past keyword filters ("秒下kuan", "不查征xin", "刷d返y", "躺zhuan", "快di丢失",
 * "tou资"; public police warnings on scam ads that use 拼音、谐音 and letters for the words a platform blocks), each
 * with the word it stands for. Only these whole forms: a pinyin syllable alone ("xin") is too many words.
 */
const PINYIN_SPELLINGS: Readonly<Record<string, string>> = {
  征xin: '征信',
  征x: '征信',
  zheng信: '征信',
  xia款: '下款',
  mian息: '免息',
  加wei: '加微',
  cai票: '彩票',
  ti育: '体育',
  zhen人: '真人',
  提kuan: '提款',
  下kuan: '下款',
  放kuan: '放款',
  贷kuan: '贷款',
  借kuan: '借款',
  退kuan: '退款',
  汇kuan: '汇款',
  dai款: '贷款',
  网dai: '网贷',
  躺zhuan: '躺赚',
  日zhuan: '日赚',
  zhuan钱: '赚钱',
  转zhang: '转账',
  tou资: '投资',
  xiang目: '项目',
  快di: '快递',
  赔fu: '赔付',
  fu款: '付款',
  刷dan: '刷单',
  刷d: '刷单',
  返y: '返佣',
  兼zhi: '兼职',
  佣j: '佣金',
  yong金: '佣金',
  本j: '本金',
  理cai: '理财',
  收yi: '收益',
  裸liao: '裸聊',
  博cai: '博彩',
  du博: '赌博',
  // Round 56's trial: the code, the freeze, the payment and customer service spelled out or cut to their initials.
  yzm: '验证码',
  'y z m': '验证码',
  kf: '客服',
  付kuan: '付款',
  打kuan: '打款',
  还kuan: '还款',
  存kuan: '存款',
  // Round 58's review of filter-dodging spellings: the transfer, the ID card, the bank card and the loan in letters.
  到zhang: '到账',
  sfz: '身份证',
  yhk: '银行卡',
  dk: '贷款'
}
/**
 * English words written into a Chinese sentence ("我们要refund给你，麻烦加一下我们refund专员QQ", round 57's review), read
 * only beside a Chinese character: an English message ("Your refund has been processed") keeps its words.
 */
const ENGLISH_WORDS: Readonly<Record<string, string>> = {
  refund: '退款',
  order: '订单',
  system: '系统',
  account: '账户',
  'customer service': '客服',
  'bank account': '银行账户',
  training: '培训',
  code: '验证码',
  verify: '验证',
  'shipping fee': '运费'
}
/**
 * Whole words in toneless pinyin, syllables apart as written to slip past filters ("ni xian zhuan 5000 gei wo tong
 * xue", "gong xiang ping mu"), each read also with its syllables run together ("gongxiangpingmu"): the scam
 * vocabulary the signals know (round 56's and 58's reviews; round 59's review: six scams in full pinyin unread).
 * Words that are as often other words stay out (dian zi 电子/垫资, shi pin 视频/食品, tong ji, e du); of the one-syllable ones only
 * those a request is made of (ni, wo, gei, xian 先 before a sum or a verb).
 */
const PINYIN_WORDS: Readonly<Record<string, string>> = {
  'yan zheng ma': '验证码',
  'yan zheng': '验证',
  'dong jie': '冻结',
  'jie dong': '解冻',
  'bao zheng jin': '保证金',
  'feng hao': '封号',
  'shen fen zheng': '身份证',
  'yin hang ka': '银行卡',
  'xin yong ka': '信用卡',
  'duan xin': '短信',
  'wei xin': '微信',
  'zhi fu bao': '支付宝',
  'gu piao': '股票',
  zhuan: '转',
  'zhuan zhang': '转账',
  'ri zhuan': '日赚',
  'wen zhuan': '稳赚',
  'wen zhuan bu pei': '稳赚不赔',
  'zhuan qian': '赚钱',
  'hui kuan': '汇款',
  'tui kuan': '退款',
  'dai kuan': '贷款',
  'wang dai': '网贷',
  'zhang hu': '账户',
  'an quan zhang hu': '安全账户',
  'zhi ding zhang hu': '指定账户',
  'chong zhi': '充值',
  'xian chong': '先充',
  'dian fu': '垫付',
  'ti xian': '提现',
  'chu jin': '出金',
  'ru jin': '入金',
  'shou xu fei': '手续费',
  'ya jin': '押金',
  'ding jin': '定金',
  'jian zhi': '兼职',
  'dian zan': '点赞',
  'shua dan': '刷单',
  'zuo dan': '做单',
  'xia dan': '下单',
  'fan li': '返利',
  'yong jin': '佣金',
  'ben jin': '本金',
  'li cai': '理财',
  'tou zi': '投资',
  'shou yi': '收益',
  'bao ben': '保本',
  'fan bei': '翻倍',
  'dai dan': '带单',
  'dao shi': '导师',
  'nei mu': '内幕',
  'bo cai': '博彩',
  'du bo': '赌博',
  'lou dong': '漏洞',
  'ya zhu': '押注',
  'luo liao': '裸聊',
  'zheng xin': '征信',
  'zhu xiao': '注销',
  'hua bei': '花呗',
  'jie bei': '借呗',
  'bei yong jin': '备用金',
  'bai wan bao zhang': '百万保障',
  'kou fei': '扣费',
  'kuai di': '快递',
  'ke fu': '客服',
  'pei chang': '赔偿',
  'li pei': '理赔',
  'gong xiang ping mu': '共享屏幕',
  'ping mu gong xiang': '屏幕共享',
  'xia zai': '下载',
  'lian jie': '链接',
  'er wei ma': '二维码',
  'sao ma': '扫码',
  'mi ma': '密码',
  'xi qian': '洗钱',
  'she xian': '涉嫌',
  'dai bu': '逮捕',
  'gong an': '公安',
  'jing cha': '警察',
  'fa yuan': '法院',
  'zhong jiang': '中奖',
  'hong bao': '红包',
  'si liao': '私聊',
  'gao su': '告诉',
  'bie gao su': '别告诉',
  'bu yao gao su': '不要告诉',
  'bao mi': '保密',
  'tong xue': '同学',
  'ba ma': '爸妈',
  'chu shi le': '出事了',
  'che huo': '车祸',
  'zhu yuan': '住院',
  'shou shu fei': '手术费',
  ni: '你',
  nin: '您',
  wo: '我',
  gei: '给',
  xian: '先',
  'bi zhuan': '必赚',
  'wang zhan': '网站',
  'wei hu': '维护',
  'jin rong': '金融',
  'jian guan': '监管',
  'ping tai': '平台',
  'wen ti': '问题',
  'fou ze': '否则',
  'ying xiang': '影响',
  'an wo shuo de': '按我说的',
  'wo shi': '我是',
  'jian guan ju': '监管局',
  'zhuan dao': '转到'
}
/** PINYIN_WORDS' forms, syllables apart and run together. */
const PINYIN_FORMS: ReadonlySet<string> = new Set(
  Object.keys(PINYIN_WORDS).flatMap((form) => [form, form.replace(/ /g, '')])
)
const SPELLINGS: Readonly<Record<string, string>> = {
  ...Object.fromEntries(
    Object.entries(PINYIN_WORDS).flatMap(([form, word]) => [
      [form, word],
      [form.replace(/ /g, ''), word]
    ])
  ),
  ...PINYIN_SPELLINGS,
  ...ENGLISH_WORDS
}
/** Words beside "code" that make it the code a phone is sent, not a program, a coupon, a Wi-Fi password or a QR code. */
const CODE_SENT = /收到|短信|[0-9六四]位|验证|登录|发到你的?手机|发给你的/
/**
 * Longest first, and no letter on the Latin side: "刷dan" before "刷d", not the "d" of "刷dj", not the "kf" of "kfc".
 */
const byLength = Object.keys(SPELLINGS).sort((a, b) => b.length - a.length)
/** Forms all in letters ("yzm", "kf", "dong jie"), which a web address or an e-mail may hold as one of its parts. */
const ALL_LETTERS = /^[a-z ]+$/
// No lookbehind: older iOS WeChat engines cannot compile it. Group 2 or 4 is what stands before a Latin-first form
// (the start, or a character that is not a letter), so that it is not the tail of a longer word. A form all in letters
// stands with no digit or address punctuation on either side, so that "jiaoyimao-kf.com" and "kf@abc.com" stay
// addresses (a full stop after it, "yzm.告诉我", is no address); a form that ends in a character ("tou资") is read after
// a digit too ("日赚500tou资", round 56's code review). Forms with a character come first, so that a longer mixed
// form wins over the syllable inside it ("躺zhuan" and "zhuan钱" are 躺赚 and 赚钱, not 躺转 and 转钱).
const PINYIN_SPELLING = new RegExp(
  `(${byLength.filter((k) => !/^[a-z]/.test(k)).join('|')})(?![a-z])|(^|[^a-z])(${byLength
    .filter((k) => /^[a-z]/.test(k) && !ALL_LETTERS.test(k))
    .join(
      '|'
    )})|(^|[^a-z0-9._/@-])(${byLength.filter((k) => ALL_LETTERS.test(k)).join('|')})(?![a-z0-9_/@-]|\\.[a-z0-9])`,
  'gi'
)

/**
 * `original` from `from` on, with SPELLINGS written out in characters, and for each character of the result
 * the index in `original` it came from (a spelled word's characters all point into its form, the last to its end);
 * `back` is null when nothing was written out, and then each character is where it was, `from` on.
 */
function respell(original: string, from: number): { text: string; back: number[] | null } {
  const tail = original.slice(from)
  // Most texts have no Latin letter at all: nothing to write out, and no map to build.
  if (!/[a-z]/i.test(tail)) return { text: tail, back: null }
  let text = ''
  const back: number[] = []
  let last = 0
  // Pinyin keeps a space between words, which Chinese never has: a space after a pinyin word written out, before one,
  // or between two, goes when a digit or a character stands on its other side ("ni xian chong 2000" is 你先充2000).
  let joining = false
  for (const match of tail.matchAll(PINYIN_SPELLING)) {
    const form = match[1] ?? match[3] ?? match[5]
    const lead = match[3] !== undefined ? match[2] : match[5] !== undefined ? match[4] : ''
    const at = (match.index ?? 0) + lead.length
    if (
      form.toLowerCase() in ENGLISH_WORDS &&
      !isCjk(tail.charCodeAt(at - 1)) &&
      !isCjk(tail.charCodeAt(at + form.length))
    )
      continue
    if (
      form.toLowerCase() === 'code' &&
      !CODE_SENT.test(tail.slice(Math.max(0, at - 16), at + form.length + 16))
    )
      continue
    const pinyin = PINYIN_FORMS.has(form.toLowerCase())
    let gapFrom = last
    let gapTo = at
    if (
      joining &&
      tail[gapFrom] === ' ' &&
      (gapTo === gapFrom + 1 ? pinyin : isJoinable(tail.charCodeAt(gapFrom + 1)))
    )
      gapFrom++
    if (pinyin && gapTo > gapFrom && tail[gapTo - 1] === ' ' && isJoinable(tail.charCodeAt(gapTo - 2)))
      gapTo--
    for (let k = gapFrom; k < gapTo; k++) back.push(from + k)
    text += tail.slice(gapFrom, gapTo)
    joining = pinyin
    const word = SPELLINGS[form.toLowerCase()]
    // Each character points into the letters; the last one to the last letter, so a quote ends after the word.
    for (let k = 0; k < word.length; k++)
      back.push(from + at + (k === word.length - 1 ? form.length - 1 : Math.min(k, form.length - 1)))
    text += word
    last = at + form.length
  }
  if (last === 0) return { text: tail, back: null }
  if (joining && tail[last] === ' ' && isJoinable(tail.charCodeAt(last + 1))) last++
  for (let k = last; k < tail.length; k++) back.push(from + k)
  return { text: text + tail.slice(last), back }
}

/** A digit or a Chinese character or mark: what a pinyin word written out joins to across a space. */
function isJoinable(code: number): boolean {
  return (code >= 48 && code <= 57) || isCjk(code)
}

/**
 * Each digit written otherwise than in ASCII and its value: in Chinese, 〇, the spoken 幺 (1) and 两 (2) among them, in
 * the capitals of amounts (壹贰叁), and circled (⓪①②).
 */
const CHINESE_DIGIT_VALUES: ReadonlyMap<number, number> = new Map(
  ['零一二三四五六七八九', '〇幺两', '零壹贰叁肆伍陆柒捌玖', '⓪①②③④⑤⑥⑦⑧⑨'].flatMap((digits) =>
    [...digits].map((d, value) => [d.charCodeAt(0), value] as [number, number])
  )
)
/** What may stand between the groups of a number: up to three spaces, dashes or dots ("138 - 1234 - 5678"). */
const MAX_GROUP_GAP = 3
const GROUP_GAP_CODES: ReadonlySet<number> = new Set([32, 45, 46])

/** Cantonese 蚊 (the money unit after a number), 块, and the characters of a number before it. */
const MAN_CODE = '蚊'.charCodeAt(0)
const KUAI_CODE = '块'.charCodeAt(0)
const NUMERAL_CODES = codesOf('0123456789零一二三四五六七八九十两百千万几')

/** The fewest digits in a run written partly in Chinese that is read as a number: a phone number's seven or more. */
const MIN_SPELLED_DIGITS = 7
/**
 * The fewest after a word that says to call (CALL_CODES): a bank's or an office's short line read out by voice,
 * "请拨打九五五三三" (round 59's review: 95533 unread, the genuine reminder was 可疑).
 */
const MIN_SPELLED_HOTLINE = 5
/** 拨打, 致电, 热线, 电话, written just before a number. */
const CALL_WORDS = ['拨打', '致电', '热线', '电话']

/** Whether the two codes before `at` say to call (CALL_WORDS). */
function isToCall(codes: readonly number[], at: number): boolean {
  return at >= 2 && CALL_WORDS.includes(String.fromCharCode(codes[at - 2], codes[at - 1]))
}

/** Letters a screenshot's text recognition reads for digits (lower-cased by then): o for 0, l and i for 1. */
const OCR_DIGITS: ReadonlyMap<number, number> = new Map([
  [111, 48],
  [108, 49],
  [105, 49]
])
/** The fewest true digits in a run for the letters in it to be read as digits: a sum's or a number's three. */
const MIN_OCR_DIGITS = 3

/**
 * Rewrites, in place, the letters of OCR_DIGITS inside a run of digits, hyphens and dots that holds MIN_OCR_DIGITS
 * digits or more and no other letter next to it ("4OO-6O2-3318", "1O8.50元", "13O-4417-2285": round 59's review and
 * blind set read a screenshot's text), as the digits they stand for, one for one. A word with digits ("iOS 17",
 * "Model1O0") keeps its letters: the run must not touch another letter.
 */
function readOcrDigits(codes: number[]): void {
  let k = 0
  while (k < codes.length) {
    if (!isDigitCode(codes[k]) && !OCR_DIGITS.has(codes[k])) {
      k++
      continue
    }
    let end = k
    let digits = 0
    let letters = 0
    for (; end < codes.length; end++) {
      const c = codes[end]
      if (isDigitCode(c)) digits++
      else if (OCR_DIGITS.has(c)) letters++
      else if (c !== 45 && c !== 46) break
    }
    if (letters > 0 && digits >= MIN_OCR_DIGITS && !isAsciiLetter(codes[k - 1]) && !isAsciiLetter(codes[end]))
      for (let n = k; n < end; n++) codes[n] = OCR_DIGITS.get(codes[n]) ?? codes[n]
    k = end
  }
}

/**
 * Rewrites, in place, a run of digits written partly or wholly in Chinese and as long as a phone number ("一三八一二三四
 * 五六七八", "幺五八 1234 五六七八") as ASCII digits, one for one, so a number read out or typed by voice is one. Shorter
 * runs ("一二三四", "第五六") are words and stay as they are.
 */
function spellDigits(codes: number[]): void {
  const isDigit = (code: number): boolean => (code >= 48 && code <= 57) || CHINESE_DIGIT_VALUES.has(code)
  let k = 0
  while (k < codes.length) {
    if (!isDigit(codes[k])) {
      k++
      continue
    }
    let end = k
    let digits = 0
    let spelled = 0
    // Digits, with a few spaces, dashes or dots between groups ("138 1234 5678", "138.1234.5678").
    while (end < codes.length) {
      const code = codes[end]
      if (isDigit(code)) {
        digits++
        if (CHINESE_DIGIT_VALUES.has(code)) spelled++
        end++
        continue
      }
      let gap = end
      while (gap < codes.length && gap - end < MAX_GROUP_GAP && GROUP_GAP_CODES.has(codes[gap])) gap++
      if (gap === end || gap >= codes.length || !isDigit(codes[gap])) break
      end = gap
    }
    if (
      spelled > 0 &&
      (digits >= MIN_SPELLED_DIGITS || (digits >= MIN_SPELLED_HOTLINE && isToCall(codes, k)))
    )
      for (let n = k; n < end; n++) {
        const value = CHINESE_DIGIT_VALUES.get(codes[n])
        if (value !== undefined) codes[n] = 48 + value
      }
    k = end
  }
}

/**
 * Normalises the latest MAX_INPUT_CHARS characters of `original`, its pinyin and half-pinyin words written out
 * (respell). Spaces between Chinese characters are dropped ("安全 账户"); elsewhere a run of them becomes one space. A
 * run that holds a line break becomes one line break. Digits spelled in Chinese as long as a phone number, or as a
 * short line after 拨打, become ASCII (spellDigits); letters a screenshot's text recognition reads inside a number become
 * its digits (readOcrDigits).
 * Works on char codes: a 5,000-character paste is read in well under a millisecond.
 */
export function prepareText(original: string): PreparedText {
  // Never half a character: the part read starts with a whole emoji, not the rest of a family joined with U+200D.
  const skippedChars = graphemeEndAtOrAfter(original, Math.max(0, original.length - MAX_INPUT_CHARS))
  const respelled = respell(original, skippedChars)
  const { back } = respelled
  const raw = soundAlikes(cantoneseWords(respelled.text))
  const originOf = (at: number): number => (back ? back[at] : at + skippedChars)
  const codes: number[] = []
  const origin: number[] = []
  // Where a space between two Chinese characters was dropped: a soft break for negations (segmentEnd).
  const spaced: number[] = []
  // Where the current line starts in `codes`: a line of one character is read with its neighbours (letterLines).
  let lineFrom = 0
  // A sum in dollars ("$2,000", "HK$3,500", "NT$41,900", "MOP 600") reads as one in 元 ("2000元"), the unit every
  // amount pattern knows: the sign is dropped and 元 follows its digits (round 54's reviews: "轉$2,000解封" and
  // "匯NT$350,000" read as no sum).
  let dollarSum = false
  let i = 0
  while (i < raw.length) {
    const code = raw.charCodeAt(i)
    if (dollarSum && !continuesSum(raw, i, codes)) {
      // "$50萬", "NT$35萬": the sum's own unit follows, so the sign only goes (round 54's code review).
      if (!SUM_UNIT_CODES.has(code)) {
        codes.push(YUAN_CODE)
        origin.push(originOf(i - 1))
      }
      dollarSum = false
    }
    const dollarSign = dollarSignLength(raw, i)
    if (dollarSign > 0) {
      dollarSum = true
      i += dollarSign
      continue
    }
    // A dash of any width between two digits is a phone number's hyphen: "0411—395675**" (round 63's blind set, a
    // bank-fee SMS whose number the sender spaced with an em dash), read like "0411-395675**".
    if (
      DIGIT_DASH_CODES.has(code) &&
      isDigitCode(codes[codes.length - 1]) &&
      isDigitCode(raw.charCodeAt(i + 1))
    ) {
      codes.push(45)
      origin.push(originOf(i))
      i++
      continue
    }
    // A dot written as a word after an address's name ("bocom-jf dot vip", "fetc-tw 點 cc"): before the Chinese
    // characters' fast path, which 点 would otherwise take.
    const dotWord = DOT_WORD_STARTS.has(code) ? dotWordAt(raw, i, codes) : null
    if (dotWord) {
      codes.push(46)
      origin.push(originOf(i))
      i += dotWord[0].length
      continue
    }
    // Most of a message is Chinese characters, which none of the cases below touch: only the traditional forms.
    if (code >= 0x4e00 && code <= 0x9fff) {
      // Cantonese 蚊 after a number is the money unit, 块 ("转五千蚊俾我").
      codes.push(
        code === MAN_CODE && NUMERAL_CODES.has(codes[codes.length - 1]) ? KUAI_CODE : simplified(code)
      )
      origin.push(originOf(i))
      i++
      continue
    }
    // Zero-width characters hide words from a matcher ("安\u200b全账户"); a reader never sees them. A thousands
    // separator ("5,000.00") is no clause break: the amount stays one word.
    // An accent put on every character ("转̀到̀安̀全̀账̀户̀", round 49's trial) hides the words; no Chinese word carries one.
    if (isInvisible(code) || isCombiningMark(code) || isThousandsComma(raw, i, codes)) {
      i++
      continue
    }
    const fillerEnd = fillerLength(raw, i) > 0 ? fillerRunEnd(raw, i, codes[codes.length - 1]) : -1
    if (fillerEnd > 0) {
      i = fillerEnd
      continue
    }
    if (isSpace(code)) {
      let j = i
      let newlineAt = -1
      while (j < raw.length && isSpace(raw.charCodeAt(j))) {
        const c = raw.charCodeAt(j)
        if (newlineAt < 0 && (c === 10 || c === 13)) newlineAt = j
        j++
      }
      const before = codes.length > 0 ? codes[codes.length - 1] : NaN
      const after = j < raw.length ? foldCode(raw.charCodeAt(j)) : NaN
      // A line break stays one even between Chinese characters: a pasted chat puts each message on its own line. Not
      // inside a web address that text taken from a screenshot wrapped ("请登录 icbc-jf.⏎vip"): after its dot or hyphen;
      // nor a space inside an address spaced at its dots or a word spelled letter by letter.
      const insideWord =
        ((before === 46 || before === 45) && isAsciiAlnum(codes[codes.length - 2]) && isAsciiAlnum(after)) ||
        ((isAsciiAlnum(before) || before === 45) &&
          (isSpacedAddressRest(raw.slice(j, j + 140)) ||
            (newlineAt < 0 && dotWordAt(raw, j, codes) !== null))) ||
        (newlineAt < 0 && (isLetterSpaced(raw, i, j) || isDigitSpacedOut(raw, i, j))) ||
        (isAsciiAlnum(before) && isAsciiAlnum(after) && isWrappedTld(codes, raw, j))
      // Nor between lines of one character each ("转⏎到⏎安⏎全⏎账⏎户", round 49's trial): a word written down the
      // screen, which no chat's turns are.
      let lineEnd = j + 1
      while (lineEnd < raw.length && (raw.charCodeAt(lineEnd) === 32 || raw.charCodeAt(lineEnd) === 9))
        lineEnd++
      const nextAfter = raw.charCodeAt(lineEnd)
      const letterLines =
        newlineAt >= 0 &&
        isCjk(before) &&
        isCjk(after) &&
        codes.length - lineFrom === 1 &&
        (lineEnd >= raw.length || nextAfter === 10 || nextAfter === 13)
      if (
        codes.length > 0 &&
        j < raw.length &&
        !insideWord &&
        !letterLines &&
        (newlineAt >= 0 || !(isCjk(before) && isCjk(after)))
      ) {
        codes.push(newlineAt >= 0 ? 10 : 32)
        origin.push(originOf(newlineAt >= 0 ? newlineAt : i))
        if (newlineAt >= 0) lineFrom = codes.length
      } else if (codes.length > 0 && j < raw.length && isCjk(before) && isCjk(after)) {
        spaced.push(codes.length)
        if (letterLines) lineFrom = codes.length
      }
      i = j
      continue
    }
    if ((code === 95 && isLetterSpaced(raw, i, i + 1)) || isSpacerMark(raw, i, codes[codes.length - 1])) {
      i++
      continue
    }
    const folded = foldCode(code)
    codes.push(isDomainDot(codes, folded, raw, i) ? 46 : simplified(folded))
    origin.push(originOf(i))
    i++
  }
  if (dollarSum) {
    codes.push(YUAN_CODE)
    origin.push(originOf(raw.length - 1))
  }
  spellDigits(codes)
  readOcrDigits(codes)
  let text = ''
  for (let k = 0; k < codes.length; k += 4096) text += String.fromCharCode(...codes.slice(k, k + 4096))
  const clauseStart = new Int32Array(text.length)
  const segmentEnd = new Int32Array(text.length)
  const inWarning = new Uint8Array(text.length)
  const inReceipt = new Uint8Array(text.length)
  let clause = 0
  let sentence = 0
  let sentences = 0
  let warnings = 0
  // A warning that gives its verdict on the sentences before it ("这些都是骗子的惯用伎俩").
  let anaphoric = false
  // Sentences all in quotation marks that give somewhere to act: examples when a warning follows them.
  const quotedTargets: Array<[number, number]> = []
  // Sentences that give somewhere to act (a web address, a card number, "念给我"): a warning never does.
  const actionable: Array<[number, number]> = []
  const receipts: Array<[number, number]> = []
  let advised = false
  for (let k = 0; k <= text.length; k++) {
    const code = text.charCodeAt(k)
    if (k === text.length || SENTENCE_BREAK_CODES.has(code)) {
      // Family advice ("以后谁说是公安的让你转账你都挂掉") is a warning of its own; what the sentence says around it is
      // read as any sentence, so advice put in front of an ask does not hide it.
      const advice = adviceSpan(text, sentence, k, spaced)
      const parts: Array<[number, number]> = advice
        ? [
            [sentence, advice[0]],
            [advice[1], k]
          ]
        : [[sentence, k]]
      // Not counted towards a message of mostly warnings: advice is said beside what the sentence asks.
      if (advice) {
        inWarning.fill(1, advice[0], advice[1])
        advised = true
      }
      for (const [from, to] of parts) {
        const s = text.slice(from, to)
        if (s.trim().length < 2) continue
        sentences++
        const end = to === k ? k + 1 : to
        if (hasActionTarget(s))
          (isQuotedSentence(text, from, k) ? quotedTargets : actionable).push([from, end])
        else if (isWarningSentence(s)) {
          inWarning.fill(1, from, end)
          // A sentence warned only by a soft marker (冒充的, 从来不会, 哪有什么) is no part of a reminder: two of them
          // before a scam's ask made the whole text read as one (review40c).
          if (!SOFT_MARKERS.test(s) || isWarningSentence(s.replace(SOFT_MARKERS, ''))) warnings++
          if (ANAPHORIC_VERDICT.test(s)) anaphoric = true
          // Typed by voice, one sentence with spaces for commas: from a segment after the first of the warning's words
          // (a dropped space after it) that gives somewhere to act, the rest is read ("都是骗子 你别理 我这有个项目 你先
          // 转两万给我 月底翻倍"). Not from one before them, nor from one that names a kind ("凡是 让你把钱转到安全账户
          // 的 都是诈骗").
          MARKER.lastIndex = 0
          const marked = from + (MARKER.exec(s)?.index ?? s.length)
          const first = firstAtOrAfter(spaced, marked + 1)
          const inside = spaced.slice(first, Math.min(firstAtOrAfter(spaced, to), first + MAX_SEGMENTS_READ))
          const edges = [from, ...inside, to]
          let split = false
          for (let n = 1; edges.length > 2 && n + 1 < edges.length; n++) {
            const segment = text.slice(edges[n], edges[n + 1])
            if (!segment.endsWith('的') && hasActionTarget(segment)) {
              inWarning.fill(0, edges[n], end)
              actionable.push([edges[n], end])
              split = true
              break
            }
          }
          // A reminder put first, then the sender's own business (review41: "最近骗子多大家小心，…另外跟你说，你舅在外地
          // 住院了，让他外甥先打一万过来", "…您可别上当，我是社保局的小张，…认证费30元，转我微信就行"): from that clause on,
          // the rest is read.
          const turn = split ? -1 : turnAfterWarning(text, marked, to)
          if (turn >= 0) {
            inWarning.fill(0, turn, end)
            actionable.push([turn, end])
          }
        }
      }
      sentence = k + 1
    }
    if ((k === text.length || CLAUSE_BREAK_CODES.has(code)) && isReceiptClause(text.slice(clause, k)))
      receipts.push([clause, k])
    if (k < text.length) {
      clauseStart[k] = clause
      if (CLAUSE_BREAK_CODES.has(code)) clause = k + 1
    }
  }
  // A dropped space ends a segment when the words on both sides have two characters or more, counted inside the
  // clause: "您的ETC已失 效，请点击…" is 失效 with a stray space, not two words (round 49's trial).
  const softBreaks = spaced.filter(
    (at, n) =>
      at - Math.max(spaced[n - 1] ?? 0, clauseStart[at - 1] ?? 0) >= 2 &&
      (spaced[n + 1] ?? text.length) - at >= 2 &&
      !CLAUSE_BREAK_CODES.has(text.charCodeAt(at + 1))
  )
  for (let k = text.length - 1, last = softBreaks.length - 1, end = text.length; k >= 0; k--) {
    while (last >= 0 && softBreaks[last] > k) end = softBreaks[last--]
    segmentEnd[k] = end
  }
  for (const [from, to] of receipts) markReceipt(text, from, to, softBreaks, clauseStart, inReceipt)
  // A quoted message is a warning's example when the sentence right after its closing mark is a warning ("2.“…请扫描
  // 二维码领取。”骗子冒充物流客服…"); one pasted to ask about it ("群里有人发：“…加律师微信…”靠谱吗") is somewhere to act.
  for (const [from, end] of quotedTargets) if (inWarning[end + 1] !== 1) actionable.push([from, end])
  // What the scammer said, quoted in a retelling that says how it ended ("说“我是你孙子，快打五万到这个卡上”，奶奶差点
  // 就转了"): told, a warning or not, unless the scam is still going on. First: a told quote carries the story that the
  // clauses after it go on from ("对方说“爷爷你猜我是谁”，…然后说自己打架被抓了要交保释金").
  // Only a text with a quotation and an ending or an example's words anywhere can tell one (most texts have neither).
  if (
    QUOTE_OPENER.test(text) &&
    (QUOTE_ENDED_ANY.test(text) || EXAMPLE_ANY.test(text) || EXAMPLE_BEFORE_ANY.test(text))
  ) {
    // Read outside the quotations: a quoted script's own 正在 or 要不要 is no scam going on, nor a question about it.
    const own = withoutQuoted(text)
    if (!ONGOING.test(own) && !ASKS_ABOUT_IT.test(own)) markToldQuotes(text, inWarning, actionable)
  }
  // A case retold to warn the family: what the scammer made someone else do is told, not asked.
  if (
    (warnings > 0 ||
      advised ||
      PASS_IT_ON.test(text) ||
      VERDICT_TOLD.test(text) ||
      NOTHING_LOST.test(text)) &&
    (LOSS_TOLD.test(text) || VERDICT_TOLD.test(text)) &&
    !ONGOING.test(text)
  )
    markToldClauses(text, inWarning, actionable, spaced)
  markListedTricks(text, inWarning)
  // A warning that replays a call turn by turn ("骗子：你的快递丢了…\n受害人：…\n…警方提醒") labels the scammer's turns:
  // they are told, not asked (round 66's review: a 反诈课堂 transcript read 高风险). Not without the warning or the loss.
  if (warnings > 0 || LOSS_TOLD.test(text) || VERDICT_TOLD.test(text)) markScammerTurns(text, inWarning)
  let ownWarning = inWarning
  // A message that is mostly warnings (two warning sentences, or more than half) is a reminder as a whole:
  // its other sentences list what scammers say ("请勿在电话中透露您的银行账户"), they do not ask it. So is an office's
  // signed reminder with one warning sentence and nowhere to act ("【XX市反诈中心】警惕“跑分”！出租、出借银行卡…涉嫌
  // 帮信罪"), and a news report of a case, told of others and to no one (isCaseReport).
  const readAsReport =
    actionable.length === 0 &&
    (isOfficeReminder(text, warnings > 0) ||
      isCaseReport(text, inWarning) ||
      (anaphoric && isToNoOne(text, inWarning)))
  if (warnings >= 2 || (warnings > 0 && warnings * 2 > sentences) || readAsReport) {
    ownWarning = inWarning.slice()
    inWarning.fill(1)
    for (const [from, to] of actionable) inWarning.fill(0, from, to)
  }
  return {
    text,
    origin,
    skippedChars,
    clauseStart,
    segmentEnd,
    inWarning,
    ownWarning,
    readAsReport,
    inReceipt
  }
}

/** The writer's relative, colleague or neighbour a retold case happened to (after 我): "我妈", "我表舅", "我同事". */
const KIN =
  '(妈|爸|奶奶|爷爷|姥姥|姥爷|外婆|外公|姐|哥|弟|妹|舅|姨|叔|婶|姑|大爷|大妈|大姨|表[舅姨叔姑姐哥弟妹]|同事|同学|邻居|朋友|闺蜜|老公|老婆|爱人|婆婆|公公)'
const RETOLD_KIN = `[我咱]${KIN}`

/**
 * What the scammer asked of the person the story is about, not of the reader: "要她先转三千", "让我妈下载" (blind set Z41),
 * the writer's own story too ("让我先交七万多认证费": round 59's blind set). A told clause may start with it (TOLD_CLAUSE),
 * and ASKED_SOMEONE_ELSE finds it anywhere in a clause.
 */
const ASKED_OF_SOMEONE = `(不?让|叫|逼|骗|要求|要)(她|他|她们|他们|人家|其|老人家?|${RETOLD_KIN}|我(?!们))(?!们?的)`

/**
 * A clause of a case retold to warn: what the scammer told or made someone else do ("隔壁李叔接到个电话说他儿子…要交押金",
 * "让她转了八千到一个卡上", "后来让她充值做任务"), or what they claimed, waved off ("说什么点赞就给钱"). Blind sets G37
 * and G38: a relative telling the family how a neighbour was cheated, with the police's verdict or advice beside it.
 * Round 59's: an elder's own refused call ("有人打电话说…，让我先交…"), what a cousin saw ("我表妹上个月在群里看到…"), and
 * what someone claimed they could do ("我们村有人说认识人社局的人，能一次性补缴…，先收2万材料费").
 */
const TOLD_CLAUSE = new RegExp(
  `(^|[,，。!?\\n]) ?(对方|骗子|那人|那个人|这人)?(后来|然后|结果|就|又|还)?(说什么|说是?(她|他|她们|他们|其|老太太|老人|老头|${RETOLD_KIN})|说(在|出了|被|住院|生病|出事)|((?:${RETOLD_KIN}|我们)[^,，。!?\\n我你您]{0,6})?有个?人([^,，。!?\\n我你您]{0,10}(说是?|自称|冒充|假装|假扮)|加(她|他|老人|${RETOLD_KIN}))|[^,，。!?\\n我你您]{1,6}(就|又|还|然后|后来)说(?!你|您)|[^,，。!?\\n我你您]{0,12}${ASKED_OF_SOMEONE}|[^,，。!?\\n我你您]{0,16}(给(她|他|老人|${RETOLD_KIN})打了?个?电话|打了?个?电话给(她|他|老人|${RETOLD_KIN}))|要(她|他|其|人家|我)?先?把?(钱|存款|积蓄)?(转|汇|打|交|点|下载|装|扫|填|登录)|说(?!你|您)|[^,，。!?\\n你您]{0,10}(找|问|向)我(借|要)|(后来|然后|结果|接着)[^,，。!?\\n我你您]{0,4}(让|叫|要求|要)|(能|可以|先|再|还)[^,，。!?\\n我你您]{0,4}(收|交|办|领|补缴|转|付|拿)|[^,，。!?\\n我你您]{0,4}${RETOLD_KIN}[^,，。!?\\n我你您]{0,8}(看到|刷到|碰到|遇到)|[^,，。!?\\n我你您]{0,6}有个?人[^,，。!?\\n你您]{0,4}(加了?我|打了?个?电话|打来|给我打了?个?电话|发(短信|消息|信息)给我|找我|联系我|私信我)|我本来(要|想|打算|准备)|(她|他|人家|对方|柜员|工作人员|民警|警察)说(?!你|您)|有个?(说是|自称|冒充|假装)我的?[^,，。!?\\n你您]{0,8}的人|((?:[^,，。!?\\n我你您]|我们){0,10}|[^,，。!?\\n我你您]{0,4}${RETOLD_KIN}[^,，。!?\\n我你您]{0,4})(接到|收到|接了个?)[^,，。!?\\n]{0,10}(电话|短信|信息|消息)(说|称|(?=[,，])))[^,，。!?\\n]*`,
  'g'
)

/** What the caller said next, reported: "还说今天不交就…", "后来又说…". */
const CALLER_SAID_NEXT = /^(对方|骗子|那人|他|她)?(还|又|就|然后|后来|接着)(又|还)?说(?!你|您)/

/**
 * A case told as it happened to someone: "被骗了三万", "上当", "后来才知道", "报了警", "他才没去" (round 61's review: a cousin
 * talked out of lending his 收款码). A fake notice tells none.
 */
const LOSS_TOLD =
  /被[^,，。!?\n]{0,8}骗|骗了|人跑了|跑路了|没影了|人间蒸发|骗走|上当|受骗|中招|报警|报了警|报案|才知道|才发现|才反应过来|(钱|款|存款|积蓄|全|一下|转过去|转了)[^,，。!?\n]{0,8}就没了|差点|及时发现|拦住了|拦下了|拦住(我|她|他)了|把(我|她|他)拦(住|下)|呃了|俾人呃|畀人呃|让(她|他|我[妈爸]|咱[妈爸])挂了|(号码|电话)?拉黑了|(删了|直接|就|已经|马上|当场|立马)拉黑|拉黑举报了|没(上当|转|给他|给她|理他|理)|我(也|就|都|可)?没(做|去|信|点|下载|弄|装)|(已经|已)举报|举报了|退(了|咗)群|退群了|(就|已经|直接|赶紧|马上|当时就)挂(了|断了|断)|挂了电话|抢过来挂|骂了(他|她|对方)?一(顿|通)|没搭理|不搭理|识破|没上(他的|他们的|骗子的)?当|没让(她|他)去|(他|她|才)没去|没转出去|劝住了|拦回来|拦下来|(幸好|还好|幸亏)[^。!?\n]{0,8}(没点|没下载?|没装|没信|没给|没转|先打给我|先问了?我|问了我|给我打了?个?电话|打了?个?电话(问|确认|核实)|确认了|核实了)/
/**
 * The story's own verdict, after the fact: "我一问根本没这回事", "后来才知道是假的" (round 40's trial), "你截图那个不是真的",
 * "人好好的在部队" (blind set X42: the one said to be in trouble is fine), "他根本没加我" (round 58's review: a friend's
 * stolen account, checked by calling the friend), "我说我儿子在民政局上班，他就把电话挂了" (round 60's review: the caller
 * hung up when the elder pushed back), "根本没换卡" (round 61's blind set: a tenant who called the landlady about a text that
 * gave her husband's card).
 */
const VERDICT_TOLD =
  /根本没(这回事|有这回事|这事|出门|换(卡|号|账户|账号)|(加|找|联系|借)过?(我|他|她))|才知道是假的|(一看|一听|马上|当时|当场)就知道是假的|原来是骗子|原来是假的|(那个|这个|截图|短信|电话|消息)[^,，。!?\n]{0,4}(不是真的|是假的|是骗人的)|(他|她|人|孩子)[^,，。!?\n]{0,2}好好(的|地)?(在|的)|(他|她|对方|那人|那边)[^,，。!?\n]{0,6}(就|马上|立马|立刻|一下就)(把电话)?挂(了|断了)|(社区|居委会|村委会|派出所|民警|警察|银行|柜员|网点|儿子|女儿|孩子)[^,，。!?\n]{0,4}说(这|那|就|都)?是(假的|骗子|骗人的?|诈骗)/

/** The text tells how a story ended (LOSS_TOLD, VERDICT_TOLD): "没给", "挂了", "根本没这回事". */
export function tellsHowItEnded(text: string): boolean {
  return LOSS_TOLD.test(text) || VERDICT_TOLD.test(text)
}

/**
 * The writer's word to the family that nothing was lost: "放心吧一分钱没转", "号还在，钱也没损失，爸你别担心", "我记住了"
 * (round 60's blind set: a student telling the family group of a 刷单 or game-account buyer they dropped).
 */
const NOTHING_LOST =
  /一分钱(都|也)?没(转|给|花|交|出|损失)|钱(也|都)?没(损失|少|转出去)|没(有)?(任何)?损失|我记住了/

/** A clause that instructs rather than tells: a deadline or a request ("让他们本周内把身份证照片发给网格员", review38). */
const INSTRUCTED =
  /请|本周|今天|今日|明天|后天|今晚|尽快|马上|立即|逾期|截止|之前|以前|[0-9一二三四五六七八九十两](点|号|日)前|[0-9一二三四五六七八九十两](天|小时)内|周[一二三四五六日末]|月底|统一|每人|务必|必须/
/**
 * A told clause carries the story in its own words, or goes on from a clause that does (review38b: "…叫他们每人交168元
 * 给班长" after a retold loss is the scam's own ask).
 */
const STORY =
  /了|过(?!来|去)|后来|然后|结果|接到|收到|说什么|说(她|他|其)|被|骗|冒充|自称|说是|打(了)?个?电话|打来|来电|上个?月|上周|前两天|前几天|昨天|前天|去年|那天|当时/

/**
 * A clause that starts something new rather than going on with what was said before it: the writer's own doing or a
 * turn to the reader ("我直接拉黑了", "你们…", "请…"), or an ask (CLAUSE_ASKS).
 */
const NOT_CONTINUED = /^(我|你|您|咱|大家|请|但|可|不过|后来|结果|然后|幸好|还好|幸亏)/

/**
 * Marks as told each clause that goes on, in the same sentence, from a told one: what the caller claimed next
 * ("说是黑客, 能24小时追回, 先交1500通道费"; "说他同事发现一个网站汇率有漏洞, 每晚八点后下单稳赚, 让我帮他注册": round
 * 62's blind sets, a victim's and a widow's refused offers told to warn). Not past the story's end, nor a clause that gives
 * somewhere to act, asks (CLAUSE_ASKS), instructs (INSTRUCTED) or starts something new (NOT_CONTINUED).
 */
function markToldContinuations(
  text: string,
  inWarning: Uint8Array,
  actionable: ReadonlyArray<readonly [number, number]>,
  storyEnd: number
): void {
  let toldBefore = false
  for (let from = 0; from < storyEnd;) {
    let to = from
    while (to < text.length && !CLAUSE_BREAK_CODES.has(text.charCodeAt(to))) to++
    const clause = text.slice(from, to).trim()
    const told = inWarning[Math.max(from, to - 1)] === 1
    if (
      toldBefore &&
      !told &&
      to <= storyEnd &&
      clause.length > 1 &&
      !NOT_CONTINUED.test(clause) &&
      !CLAUSE_ASKS.test(clause) &&
      !INSTRUCTED.test(clause) &&
      !actionable.some(([a, b]) => a < to && from < b)
    ) {
      inWarning.fill(1, from, to)
      toldBefore = true
    } else toldBefore = told
    if (to < text.length && SENTENCE_BREAK_CODES.has(text.charCodeAt(to))) toldBefore = false
    from = to + 1
  }
}

/**
 * How a retold call or message starts, which the scammer's demand right after it goes on from: "今天又有人加我微信，说能帮我
 * 把…追回来，要先交什么解冻费" (round 59's blind set: an elder telling her son of a 追损 offer she deleted).
 */
const STORY_OPENER =
  /有个?人[^,，。!?\n]{0,10}(说|加我|加了我|打电话|打来|给我打|发短信|发消息|发信息|找我|联系我|私信)|有个(说是|自称)[^,，。!?\n]{1,12}的/

/**
 * A heading that names scams and introduces a list: "派出所王警官给大家讲“养老诈骗那些套路”：", "常见骗术有以下几种：" (round 59's
 * blind set: a residents' committee's notice of an anti-fraud talk, its five tricks each on a numbered line), "“杀猪盘”五个
 * 阶段，对照看看：" (round 62's blind set: a forwarded reminder's stages, ①…⑤).
 */
const TRICKS_HEADING = /(诈骗|骗局|骗术|骗子|套路|手法|伎俩|陷阱|话术|杀猪盘)[^。!?\n]{0,24}[:：]\s*\n/g
/** A numbered line of a list: "1. ", "2、", "（3）", "④". */
const NUMBERED_LINE =
  /^\s*([0-9]{1,2}\s?[.、．)）]|[(（][0-9一二三四五六七八九十]{1,2}[)）]|[①-⑩]|[一二三四五六七八九十][、.．])/

/**
 * Marks the numbered lines under a heading that names scams (TRICKS_HEADING) as examples of what it warns of, in
 * `inWarning`. The trick a line names ("要你把钱转到“安全账户”") is no place to act; a line with an address, a card or a
 * number of its own (CONCRETE_TARGET) or the writer's own pitch (SELLERS_OWN_PITCH) still is.
 */
function markListedTricks(text: string, inWarning: Uint8Array): void {
  for (const heading of text.matchAll(TRICKS_HEADING)) {
    let from = heading.index + heading[0].length
    while (from < text.length) {
      const end = text.indexOf('\n', from)
      const to = end < 0 ? text.length : end
      if (!NUMBERED_LINE.test(text.slice(from, to))) break
      const line = text.slice(from, to)
      if (!CONCRETE_TARGET.test(line) && !SELLERS_OWN_PITCH.test(line)) inWarning.fill(1, from, to)
      from = to + 1
    }
  }
}

/** A line that is the scammer's turn in a replayed call: "骗子：", "骗徒：", "嫌疑人：". */
const SCAMMER_TURN = /^[ \t]{0,4}(骗子|骗徒|诈骗分子|犯罪嫌疑人|嫌疑人|假客服|假警察)[:：]/

/** Marks the scammer's turns (SCAMMER_TURN lines) of a replayed call in `inWarning`. */
function markScammerTurns(text: string, inWarning: Uint8Array): void {
  let from = 0
  while (from < text.length) {
    const end = text.indexOf('\n', from)
    const to = end < 0 ? text.length : end
    if (SCAMMER_TURN.test(text.slice(from, to))) inWarning.fill(1, from, to)
    from = to + 1
  }
}

/**
 * Marks the told clauses (TOLD_CLAUSE) of a text that warns as part of its warnings in `inWarning`: none gives
 * somewhere to act (`actionable`, [from, to) spans), which a scam dressed as a retold case still must.
 */
function markToldClauses(
  text: string,
  inWarning: Uint8Array,
  actionable: ReadonlyArray<readonly [number, number]>,
  spaced: readonly number[]
): void {
  // The story comes before the turn to the readers, or before the last word of how it ended: nothing after is told
  // (review40b: a scam opens with an averted call and 你也提醒一下, then tells its own ask as 说她…; review40c: a
  // family's story may open with 差点被骗了).
  // A turn said first ("跟大家说一下，爸昨天差点被骗了…") opens the story rather than ending it: only one after how
  // it ended counts.
  const ended = LOSS_TOLD.exec(text) ?? VERDICT_TOLD.exec(text)
  const turn = ended ? PASS_IT_ON.exec(text.slice(ended.index)) : null
  const storyEnd = turn
    ? sentenceEndAfter(text, (ended?.index ?? 0) + turn.index)
    : sentenceEndAfter(text, Math.max(lastIndexOf(text, LOSS_TOLD_ALL), ended?.index ?? 0))
  for (const m of text.matchAll(TOLD_CLAUSE)) {
    const from = m.index + m[1].length
    if (from >= storyEnd) break
    // Typed by voice, a dropped space ends the told part (review40b: "说她… 你陪她去银行办一下").
    const to = Math.min(m.index + m[0].length, spaced[firstAtOrAfter(spaced, from + 1)] ?? text.length)
    const clause = text.slice(from, to)
    // 要…转 goes on from a told clause only ("说她涉嫌洗钱，要把钱转到安全账户"), unless it names whom it asked and tells
    // it as a story ("说换了新号要她先转三千"; not "社区给老人办补贴，要老人家先交200工本费", review41).
    const start = sentenceStartBefore(text, from)
    const before = clauseBefore(text, from)
    // Money asked to come to the writer is the writer's own ask, whatever story comes before it (review41: "…我同事被骗了
    // 好几万…这是同学的号，让我爸先转五千过来").
    const told =
      !ASKED_FOR_ME.test(clause) &&
      ((ASKED_SOMEONE_ELSE.test(clause) && (STORY.test(clause) || STORY.test(before))) ||
        (TOLD_DEMAND.test(clause)
          ? before !== '' && (inWarning.subarray(start, from - 1).includes(1) || STORY_OPENER.test(before))
          : STORY.test(clause) ||
            STORY_OPENER.test(clause) ||
            STORY.test(text.slice(start, from)) ||
            STORY_OPENER.test(text.slice(start, from))))
    // A retold call's own day ("今天又有人加我微信") is when it happened, no deadline; nor is the caller's, reported
    // ("还说今天不交就移送公安", round 61's blind set).
    if (
      told &&
      !actionable.some(([a, b]) => a < to && from < b) &&
      (!INSTRUCTED.test(clause) || STORY_OPENER.test(clause) || CALLER_SAID_NEXT.test(clause))
    )
      inWarning.fill(1, from, to)
  }
  markToldContinuations(text, inWarning, actionable, storyEnd)
  // How it ended and the turn to the readers belong to the warning too, so a retelling reads as one (round 40's trial:
  // "…我已经让她挂了，你也提醒一下" said 没有找到我们知道的诈骗信号 instead of the 反诈提醒 note): the clause of each, when it
  // asks nothing of the reader.
  for (const at of [ended?.index, turn ? (ended?.index ?? 0) + turn.index : undefined]) {
    if (at === undefined) continue
    // The clause, or the segment where a voice typed no commas (review40b: "…被骗了两万 您也提醒一下家里人别再上当 我们
    // 这边能帮您全额追回…").
    const soft = firstAtOrAfter(spaced, at + 1)
    const from = Math.max(boundBefore(text, at, CLAUSE_BREAKS, 24), spaced[soft - 1] ?? 0)
    const to = Math.min(boundAfter(text, at, CLAUSE_BREAKS, 24), spaced[soft] ?? text.length)
    const clause = text.slice(from, to)
    if (!actionable.some(([a, b]) => a < to && from < b) && !CLAUSE_ASKS.test(clause))
      inWarning.fill(1, from, to)
  }
}

/**
 * The writer asks whether what they quote is real or what to do: "我收到短信“…”，差点就点了，这是真的吗" is a person
 * asking before acting, whose quote is read, not told.
 */
const ASKS_ABOUT_IT =
  /是真的吗|是不是(真的|骗|诈骗)|真的假的|真假|靠谱吗|可信吗|能信吗|要不要|能不能(点|转|信|回)|该不该|咋办|怎么弄|[吗嘛][?？]?\s*$/

/** Words that introduce what someone said or sent, just before its opening quotation mark: "说“", "原话：“", "短信“". */
const SAID_BEFORE_QUOTE =
  /(说|称|讲|问|道|原话|内容|短信|信息|消息|电话里|写着|发来|发的|收到|什么|接到)[^“「，,。!?\n]{0,3}$/

/** Words right after a quotation that make it an example or a pretext told: "“…”这类信息", "以“…”为由", "“…”等话术". */
const EXAMPLE_AFTER_QUOTE =
  /^(这类|这种|之类|此类|一类|为由|为名|为借口|的名义|等(话术|说法|理由|借口|信息|短信|电话))/
/**
 * Words right before a quotation that introduce it as an example of what scammers say: "常见说法：“…”", "收到如下“录用”
 * 信息：“…”", "比如“…”" (round 60's blind set: a counsellor's and a job centre's warnings quoting the scripts), "詐騙集團常說：「…」",
 * "假買家／假賣家會說「…」" (round 61's: Taiwan's posters and 165's alerts). A quotation
 * right after such an example, with only a 、 or a comma between ("“…”“…”"), is one too.
 */
const EXAMPLE_BEFORE_QUOTE =
  /((常见|典型|惯用|常用)的?(说法|话术|套路|借口|骗术|台词|理由)|(骗子|诈骗集团|诈骗分子|不法分子|犯罪分子|假买家|假卖家|假客服)[^。!?\n“「]{0,6}(常|常常|通常|往往|都|会)说|(收到|接到)?如下[^。!?\n]{0,8}(信息|短信|说法|话术|消息|电话|内容)|比如|例如|诸如|譬如)[:：]?\s?$/
/** EXAMPLE_BEFORE_QUOTE's words anywhere in a text: only a text with them can introduce an example so. */
const EXAMPLE_BEFORE_ANY =
  /(常见|典型|惯用|常用)的?(说法|话术|套路|借口|骗术|台词|理由)|(骗子|诈骗集团|诈骗分子|不法分子|犯罪分子|假买家|假卖家|假客服)[^。!?\n“「]{0,6}(常|常常|通常|往往|都|会)说|如下[^。!?\n]{0,8}(信息|短信|说法|话术|消息|电话|内容)|比如|例如|诸如|譬如/
/** What may stand between two quotations of one list of examples. */
const BETWEEN_EXAMPLES = /^[、，,\s]*$/
/** EXAMPLE_AFTER_QUOTE right after a closing mark anywhere in a text. */
const EXAMPLE_ANY = new RegExp(`[”」』"]${EXAMPLE_AFTER_QUOTE.source.slice(1)}`)

/** An opening quotation mark: a text without one has no quotation to read. */
const QUOTE_OPENER = /[“「『"]/

/**
 * Marks as told, in `inWarning`, each quotation (“…”, 「…」) that someone said or sent (SAID_BEFORE_QUOTE) and that is
 * followed by how it ended (LOSS_TOLD, VERDICT_TOLD), and each that the words after it name as an example or a pretext
 * (EXAMPLE_AFTER_QUOTE: "接到“我是你领导…”这类信息", "以“双倍退款”为由"): round 41's new-user trial found family retellings that quote the
 * scammer ("我妈接到电话，原话：“您的医保卡被冻结了，需要转到安全账户核查”，吓得她差点转了") called 高风险. A
 * quotation that gives somewhere to act outside it (`actionable`) is left as it is; so is one after the story's end.
 */
function markToldQuotes(
  text: string,
  inWarning: Uint8Array,
  actionable: ReadonlyArray<readonly [number, number]>
): void {
  // Each read once for the whole text, not again after every quotation (a pasted chat may hold hundreds).
  const lastEnding = lastMatchStart(text, QUOTE_ENDED_ALL)
  const lastAsk = lastReaderAskEnd(text)
  let exampleEnd = -1
  for (const [open, close] of closedQuotations(text).sort((a, b) => a[0] - b[0])) {
    const before = text.slice(Math.max(0, open - 12), open)
    const example =
      EXAMPLE_BEFORE_QUOTE.test(before) ||
      (exampleEnd >= 0 && BETWEEN_EXAMPLES.test(text.slice(exampleEnd + 1, open)))
    const ended =
      example ||
      EXAMPLE_AFTER_QUOTE.test(text.slice(close + 1, close + 1 + EXAMPLE_WORDS_MAX)) ||
      (lastEnding > close && SAID_BEFORE_QUOTE.test(before))
    // An example named as one stays told whatever the text asks after it ("遇到请截图发给老师核实").
    if (
      ended &&
      (example || lastAsk <= close) &&
      !actionable.some(([a, b]) => a <= close && open < b && !isInside(open, close, a, b))
    ) {
      inWarning.fill(1, open, close + 1)
      exampleEnd = example ? close : -1
    } else exampleEnd = -1
  }
}

/**
 * Each closed quotation of `text` as [open, close], the indices of its two marks, kind by kind of QUOTE_CLOSERS: an
 * opening mark closes at the next closing mark, and the next quotation of its kind starts after that.
 */
function closedQuotations(text: string): Array<readonly [number, number]> {
  const quotations: Array<readonly [number, number]> = []
  for (const [opener, closer] of Object.entries(QUOTE_CLOSERS)) {
    for (let open = text.indexOf(opener); open >= 0; open = text.indexOf(opener, open + 1)) {
      const close = text.indexOf(closer, open + 1)
      if (close < 0) break
      quotations.push([open, close])
      open = close
    }
  }
  return quotations
}

/**
 * How a story ended, told after a quotation: LOSS_TOLD and VERDICT_TOLD, with 差点 only before what nearly happened
 * (差点就转了, not "差点急死了", "差点错过", "差点没抢到": review43). A scam that borrows such words still asks the reader
 * after its quote (lastReaderAskEnd).
 */
const QUOTE_ENDED_ALL = new RegExp(
  `${LOSS_TOLD.source.replace('|差点|', '|差点(就|儿)?(被骗|上当|转|点|给|信|汇|打|交|去)|')}|${VERDICT_TOLD.source}`,
  'g'
)

/** QUOTE_ENDED_ALL for a yes or no, without the global search's state. */
const QUOTE_ENDED_ANY = new RegExp(QUOTE_ENDED_ALL.source)

/** Where the last match of the global `re` in `text` starts, or -1. */
function lastMatchStart(text: string, re: RegExp): number {
  let last = -1
  re.lastIndex = 0
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    last = m.index
    if (m[0] === '') re.lastIndex++
  }
  return last
}

/** The longest of EXAMPLE_AFTER_QUOTE's words: only that much after a quotation is read for them. */
const EXAMPLE_WORDS_MAX = 4

/** 1 for each character inside a closed quotation, marks included (as withoutQuoted leaves them out). */
function quotedMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length)
  for (const [open, close] of closedQuotations(text)) mask.fill(1, open, close + 1)
  return mask
}

/**
 * Where the last clause ends that turns to the reader with an ask of its own, outside quotations (-1 when none): "你赶紧
 * 打过去", "大家抓紧", "赶紧交", "您照着操作就行", "不然…撕票" (review43: scams that quote a notice, a doctor or a child
 * and then ask). Not a reminder's "你也赶紧提醒一下你妈", "大家千万别点". A quotation it ends after is no story told.
 */
function lastReaderAskEnd(text: string): number {
  // Most texts ask nothing so: one search, then no clause read.
  if (!ASK_AFTER_QUOTE.test(text)) return -1
  const quoted = quotedMask(text)
  let last = -1
  let from = 0
  for (let k = 0; k <= text.length; k++) {
    if (k < text.length && !CLAUSE_SPLIT.includes(text[k])) continue
    // The clause outside its quotations; sliced whole when none of it is quoted, as most clauses.
    let clause = text.slice(from, k)
    if (quoted.subarray(from, k).includes(1)) {
      clause = ''
      for (let i = from; i < k; i++) if (quoted[i] === 0) clause += text[i]
    }
    if (ASK_AFTER_QUOTE.test(clause) && !REMINDER_WORDS.test(clause)) last = k
    from = k + 1
  }
  return last
}
/** What ends a clause for lastReaderAskEnd. */
const CLAUSE_SPLIT = ',，。!?！？;；\n'
const ASK_AFTER_QUOTE =
  /(你|您|大家|你们)[^,，。!?\n]{0,4}(赶紧|抓紧|快点?|马上|立即|先|照着|尽快|现在)|赶紧(交|转|打|汇|去|办|点|加|弄|领)|抓紧|照着(操作|弄|做)|撕票|不然|否则/
const REMINDER_WORDS = /提醒|说一声|说说|注意|小心|留意|当心|别|不要|千万|挂|删|报警|打96110|打110/

/** Whether the span [a, b) lies inside the quotation text[open, close]: what it quotes is no place to act outside it. */
function isInside(open: number, close: number, a: number, b: number): boolean {
  return a >= open && b <= close + 1
}

/** What a clause of how it ended or of the turn to the readers must not also ask: money, a code, a link, a contact. */
const CLAUSE_ASKS = /转|汇|打钱|付|交|验证码|链接|下载|加我|联系我|发我|给我/

/** ASKED_OF_SOMEONE anywhere in a clause. */
const ASKED_SOMEONE_ELSE = new RegExp(ASKED_OF_SOMEONE)

/**
 * A told clause that is the scammer's demand or claim, told only after the story ("要把钱转到安全账户"; blind set Z41:
 * "有老人接到冒充医保局的电话，说医保卡被盗刷要配合调查").
 */
const TOLD_DEMAND =
  /^(对方|骗子|那人|那个人|这人)?(后来|然后|结果|就|又|还)?(要(她|他|其|人家|我)?先?把?|说(?!什么|是?(她|他|其|老人|我|咱|自己)|在|出了|被|住院|生病|出事|你|您))/

/** Where the sentence holding `at` starts: just after the sentence break before it (0 when there is none). */
function sentenceStartBefore(text: string, at: number): number {
  for (let k = at - 1; k >= 0; k--) if (SENTENCE_BREAK_CODES.has(text.charCodeAt(k))) return k + 1
  return 0
}

/** The index just after the sentence break at or after `at` (the text's length when there is none). */
function sentenceEndAfter(text: string, at: number): number {
  for (let k = at; k < text.length; k++) if (SENTENCE_BREAK_CODES.has(text.charCodeAt(k))) return k + 1
  return text.length
}

/**
 * A scam still going on, which a worried relative describes to ask what to do: "他已经在去银行的路上了，电话打不通",
 * "我爸现在还在跟人家通话", "现在打她电话关机", "怎么劝都不听" (review39). Nothing in it is a case told after the fact. Not
 * the scammer's own phone once found out: "他就挂了，再打过去已经关机" (blind set X42).
 */
const ONGOING =
  /(^|[^时])正在|现在还在|还在(跟|和|打|通|银行|排队|转)|在去[^,，。!?\n]{0,6}路上|打不通|联系不上|(打|电话|手机)(?![^,，。!?\n]{0,2}过去)[^,，。!?\n]{0,4}关机|(?:^|[^经])关机了|没人接|叫走了|带走了|不让挂|劝不住|不听劝|怎么劝|怎么办/

/**
 * A sentence that turns to the readers to pass the warning on or take care: "大家多跟家里老人说说", "你们家里有老人的多
 * 留意", "大家家里有老人的一定要交代一下", "大家小心骗子" (G38, review38b: how a family's retelling ends).
 */
const PASS_IT_ON =
  /跟大家说(一下|一声|个事)|(大家|你们|各位)(要是|如果)?也?(遇到|碰到|接到|收到)(这种|这类|类似)|提醒一下大家|给大家提个醒|提醒大家|(^|[。!?\n])\s?(提醒一下|提个醒)(爷爷奶奶|爸妈|大家|各位|老人们?)?[,，:：]|(你们|大家|姐妹们|老姐妹们|各位)也?要?(当心|小心|注意|警惕)|(你们|大家|你|您)[^。!?\n]{0,6}(长个心眼|留个心|多个心眼)|(你|您)跟[^。!?\n]{0,4}也?说一声|提醒一?下(你|您)?家?的?(婆婆|公公|爸|妈|老人|家里人|爷爷|奶奶|姥姥|姥爷)|(你们|大家)家里的?老人也要?(提醒|说)|(你|您)(也|再|晚上|回去|有空)[^。!?\n]{0,6}(提醒|叮嘱|交代)(一下|一声|她|他|[我咱]?[妈爸])|(你|您)(也|再|晚上|回去|有空)[^。!?\n]{0,6}跟(她|他|[我咱你您]?[妈爸]|[你您]?(婆婆|公公))(说一遍|说说|讲讲|说一声)|(大家|你们|各位|咱们)[^。!?\n]{0,12}((多|也|都|要|可要|一定要?)(留意|注意|小心|当心|留心|警惕|提防)(?![^。!?\n]{0,2}(身体|安全|休息|保暖|饮食|天气|路上))|多(提醒|说说|讲讲|留个心)|一定要?(提醒|交代|说说|讲讲)|(提醒|告诉|转告|交代|叮嘱)[^。!?\n]{0,8}(老人|家人|家里人|爸妈|父母|长辈)|(跟|和|给)[^。!?\n]{0,8}(老人|家人|家里人|爸妈|父母|长辈)[^。!?\n]{0,3}(说|讲|提个醒|交代)|(小心|当心|提防|警惕)[^。!?\n]{0,4}(骗子|诈骗|上当))/

/** Every telling of how it ended (LOSS_TOLD), for the last one: "咱妈今天差点被骗了。…幸好我回来把电话挂了". */
const LOSS_TOLD_ALL = new RegExp(LOSS_TOLD.source, 'g')

/** Where the last match of the global `re` in `text` starts (0 when none). */
function lastIndexOf(text: string, re: RegExp): number {
  let last = 0
  re.lastIndex = 0
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    last = m.index
    if (m[0] === '') re.lastIndex++
  }
  return last
}

/** The clause before the one at `from`, in the same sentence (after a comma), or '' at a sentence's start. */
function clauseBefore(text: string, from: number): string {
  if (from === 0 || !'，,'.includes(text[from - 1])) return ''
  let start = from - 1
  while (start > 0 && !CLAUSE_BREAKS.includes(text[start - 1])) start--
  return text.slice(start, from - 1)
}

/** A warning's verdict on what it said before: "这些都是骗子的惯用伎俩", "以上均为诈骗", "上述都是骗局". */
const ANAPHORIC_VERDICT = /^[\s”」"]*(这些|以上|上述)(情况|说法|行为)?(都|均|全)?(是|为|属于)/

/**
 * Whether the sentence text[from, to) is all inside quotation marks, its break included: a warning's numbered example
 * of what scammers send, "2.“快递丢失,双倍赔偿,请扫描二维码领取。”骗子冒充物流客服…". What it quotes is no place to
 * act; the sentences around it say whether it is a warning.
 */
function isQuotedSentence(text: string, from: number, to: number): boolean {
  const closer = QUOTE_CLOSERS[text[to + 1] === '”' ? '“' : text[to + 1] === '」' ? '「' : '']
  if (closer === undefined) return false
  const opener = closer === '”' ? '“' : '「'
  const opened = text.lastIndexOf(opener, to)
  return opened >= from && text.indexOf(closer, opened) > to
}

/** A clause longer than this with no break in it is a run of speech, not one receipt line. */
const LONG_RUN = 60
/** A clause longer than this whose receipt is the writer's own payment ("…我先交了两千定金…") is a story. */
const LONG_STORY = 24
/** Characters either side of a receipt's own words that a long run's receipt takes in. */
const RECEIPT_MARGIN = 8

/**
 * Marks the receipt clause text[from, to) in `inReceipt`, with the clause break after it. A voice-typed clause with
 * spaces for commas ("佣金12元已到账 请截图 接下来做福利任务") is read a segment at a time, so that a receipt in one
 * segment does not hide the asks in the others. A clause without such spaces that says the writer paid also takes in
 * the clause before, when that only names the fee (isFeeNamedNotAsked).
 */
function markReceipt(
  text: string,
  from: number,
  to: number,
  softBreaks: readonly number[],
  clauseStart: Int32Array,
  inReceipt: Uint8Array
): void {
  const inside = softBreaks.slice(firstAtOrAfter(softBreaks, from + 1), firstAtOrAfter(softBreaks, to))
  if (inside.length > 0) {
    const edges = [from, ...inside, to]
    for (let n = 0; n + 1 < edges.length; n++) {
      if (isReceiptClause(text.slice(edges[n], edges[n + 1])))
        inReceipt.fill(1, edges[n], edges[n + 1] + (n + 2 === edges.length ? 1 : 0))
    }
    return
  }
  // A long run with no break at all (speech typed as one breath: "…专家说能降三高一个疗程六千八我先交了两千定金…"):
  // only the receipt's own words and a few around them, not every claim and ask of the run.
  const clause = text.slice(from, to)
  const receipt = to - from > LONG_STORY ? ANY_RECEIPT_PATTERN.exec(clause) : null
  const found = receipt && (to - from > LONG_RUN || receipt[0].includes('我')) ? receipt : null
  if (found) {
    const at = from + found.index
    inReceipt.fill(
      1,
      Math.max(from, at - RECEIPT_MARGIN),
      Math.min(to, at + found[0].length + RECEIPT_MARGIN)
    )
    return
  }
  inReceipt.fill(1, from, to + 1)
  if (WRITER_PAID.test(text.slice(from, to)) && from > 0 && !SENTENCE_BREAKS.includes(text[from - 1])) {
    const before = clauseStart[from - 1]
    if (isFeeNamedNotAsked(text.slice(before, from - 1))) inReceipt.fill(1, before, from)
  }
}

/**
 * Words of a news report or a court's or police station's account of a case: "据XX晚报报道", "法院近日审结", "被告人张某",
 * "共骗取被害人财物", "民警耐心劝说…终于醒悟", a police bulletin's "近期警情通报：一居民接到自称…".
 */
const CASE_REPORT_WORDS =
  /据[^，。,.]{0,12}报道|近日|日前|审结|判处|被告人|被害人|受害人|犯罪嫌疑人|涉案|民警|警方|派出所|报警|反诈中心|诈骗案|骗取|被骗|醒悟|警情|通报/g

/**
 * An ask to the readers, which no report of a case makes: "各位家长今天内把身份证号和银行卡号私聊发给班主任登记", "登记时需
 * 提供身份证号", "须将名下全部资金转入监管账户", "每人先交300元", "家属当天须准备5万元现金", "缴纳资金解冻手续费后即可
 * 原路退回", "私信我领取检测码" (review36b). A report's "要求其缴纳" and "要求把存款转到…" tell
 * what someone else was asked.
 */
const CASE_REPORT_ASK =
  /(各位|大家|你们|请)[^。!?\n]{0,24}(私聊|登记|填写|缴纳|扫码|交给|转到|汇到)|(^|[^求让叫])(把|将)[^。!?\n]{0,12}(身份证|银行卡|验证码|密码|资金|存款|本金|余额)[^。!?\n]{0,8}(发给|交给|告诉|私聊|报给|转入|转到|打到|汇到)|(需|须|应|统一|(^|[^首事原])先(?![后前]))[^。!?\n]{0,6}(交|缴|提供|登记|填写|转入|转到|报给|发给|准备)|(^|[^求让叫])缴纳[^。!?\n]{0,10}费|私信我|加我|联系我/

/**
 * A news report's own words for the people and the hour of a case, which the police's words (CASE_REPORT_WORDS) leave
 * out: "北京市民张先生", "对方自称快递公司客服，称其包裹…", "在对方诱导下", "累计损失60余万元", "6月22日", "21时17分",
 * "12时许", "记者从公安部门了解到", a person named as news names them ("赵女士", "陈某", "受害人小徐", "退休职工老李",
 * "家住…的朱先生"), the story's turn ("意识到受骗", "共计损失"). Any date or hour counts once. 自称 is a report's word, never a caller's of himself.
 */
const NEWS_WORDS =
  /市民|村民|居民|群众|老人|事主|当事人|家住|回忆|意识到|才发现|骗走|共计|累计|心生警惕|随后|当即|信以为真|没有怀疑|实施诈骗|[王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤](某|女士|先生|阿姨|大爷|大妈)(?![,，:：您你])|(小|老)[王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤]|自称|声称|谎称|对方称|称其|让其|要求其|其(名下|银行卡|账户|手机)|诱导下|损失|受骗|[0-9]{1,2}月[0-9]{1,2}日(?![起前至到截])|[0-9]{1,2}时(许|[0-9]{1,2}分)?|记者|了解到|经了解|据了解|报案|求助/g

/**
 * What a report tells happened to someone, beside who and when: "自称", "称其", "在对方诱导下", "损失", "报警", "向民警反映".
 * Not 被骗 or 诈骗 alone, which a fake 退赔公告 or a notice that warns before it asks says too (review36).
 */
const NEWS_STORY =
  /自称|声称|谎称|对方称|称其|让其|要求其|诱导|损失|报案|报警|求助|反映|冒充|信以为真|没有怀疑|实施诈骗/

/** The writer as a person ("我妈", "我接到", "我们24小时内出款"), not an office's 我市, 我局 or 我行. */
const WRITER_AS_PERSON = /我(?![市县区省局院行校国])/

/**
 * What a report says someone else said or asked, to the end of its sentence: "客服称其操作失误导致资金冻结，需交1000元
 * 解冻", "“班主任”发布信息称…每人需要交198元", "被以需要交纳解冻费…等方式骗走2.8万余元" (blind set Y37). Its asks
 * are told, not made. Not past a clause that turns to the readers ("…对方称其需要赎金，家属当天须准备5万元现金").
 */
const REPORTED_SPEECH =
  /(对方|客服|骗子|嫌疑人|工作人员|”|其|他|她|男子|女子|此人|网友|群友)[^,，。!?\n]{0,12}(称|说|告知|要求|表示)(?:(?![,，](家属|家长|各位|大家|请|市民|群众|朋友|有需要))[^。!?\n])*|被(以|告知|要求)[^。!?\n]*/g

/**
 * A text that asks nothing (CASE_REPORT_ASK) outside what it reports others said (REPORTED_SPEECH) and speaks to no one outside its warnings and quotes (no 你 or 您): what
 * a list of scams with its verdict ("…。这些都是骗子的惯用伎俩") and a report of a case are; a scam that borrows the
 * verdict still speaks to its reader ("以上都是骗子的惯用伎俩。您放心，我们是正规平台，您的提现需要先交…").
 */
function isToNoOne(text: string, inWarning: Uint8Array): boolean {
  return (
    !CASE_REPORT_ASK.test(text.replace(REPORTED_SPEECH, '')) &&
    !/[你您]/.test(withoutQuoted(textOutside(text, inWarning)))
  )
}

/**
 * A report of a case told of others and to no one: three different report words, and no 你 or 您 outside the
 * warnings and quotes (a scam speaks to its reader: "你涉嫌…", "您的账户…"). A fake notice that names a case
 * still gives somewhere to act, which the caller checks first. A news report's words (NEWS_WORDS) count too when the
 * report tells what happened (NEWS_STORY) and the writer tells nothing of their own (blind set W36: "6月22日，北京市民
 * 张先生收到…对方自称快递公司客服…"): a relative who retells a call says 我 ("我妈接到电话，对方自称公安…"); a notice to
 * 各位村民 with a date tells no story.
 */
function isCaseReport(text: string, inWarning: Uint8Array): boolean {
  // The words first: most texts have too few of them, and isToNoOne reads the whole text again.
  const words = new Set(text.match(CASE_REPORT_WORDS) ?? [])
  if (words.size >= 3) return isToNoOne(text, inWarning)
  for (const word of text.match(NEWS_WORDS) ?? []) words.add(word.replace(/[0-9]+/g, '0'))
  return (
    words.size >= 3 &&
    NEWS_STORY.test(text) &&
    !WRITER_AS_PERSON.test(withoutQuoted(textOutside(text, inWarning))) &&
    isToNoOne(text, inWarning)
  )
}

/**
 * The text outside warning sentences ("…都是诈骗"), the parts joined by line breaks: what a scam itself says.
 * `inWarning` marks each character of a warning with 1 (PreparedText.inWarning).
 */
export function textOutside(text: string, inWarning: Uint8Array): string {
  const parts: string[] = []
  let from = -1
  for (let k = 0; k <= text.length; k++) {
    const reads = k < text.length && inWarning[k] === 0
    if (reads && from < 0) from = k
    if (!reads && from >= 0) {
      parts.push(text.slice(from, k))
      from = -1
    }
  }
  return parts.join('\n')
}

/** The characters that end a sentence: warnings, receipts and threats are read a sentence at a time. */
export const SENTENCE_BREAKS = '。！？!?；;\n'
/** A clause ends at a comma too; 、和 及 or 等 do not end it, so a negation reaches across a list. */
const CLAUSE_BREAKS = SENTENCE_BREAKS + '，,'

/** The breaks as char codes, for the per-character loop of prepareText (no one-character string per character). */
const SENTENCE_BREAK_CODES = codesOf(SENTENCE_BREAKS)
const CLAUSE_BREAK_CODES = codesOf(CLAUSE_BREAKS)

/** Whether a character ends a clause (a comma, a full stop, a line break): where a quote may stop whole. */
export function isClauseBreak(c: string | undefined): boolean {
  return c !== undefined && CLAUSE_BREAKS.includes(c)
}

function boundBefore(text: string, pos: number, breaks: string, reach: number): number {
  let i = pos
  while (i > 0 && pos - i < reach && !breaks.includes(text[i - 1])) i--
  return i
}

function boundAfter(text: string, pos: number, breaks: string, reach: number): number {
  let i = pos
  while (i < text.length && i - pos < reach && !breaks.includes(text[i])) i++
  return i
}

/**
 * Negations of a way to pay ("不收个人转账", "不走个人账户", "社区不设个人收款码": round 53's trial): they deny the words right
 * after them only (NEAR_REACH). Not a bare 不设 or 停止: "不设上限充值返利", "如需停止扣费请致电" are the scam's own words
 * (round 53's code review).
 */
const NEAR_NEGATION_WORDS = [
  '不设个人',
  '不设私人',
  '不通过个人',
  '不通过私人',
  '不收个人',
  '不收私人',
  '不走个人',
  '不走私人',
  '不接受个人',
  // A court's "本院不接受向任何个人账户转账" (round 60's review: its enforcement notice was 高风险 for the account).
  '不接受任何个人',
  '不接受向个人',
  '不接受向任何个人',
  '不通过任何个人',
  '不通过任何私人'
]

/**
 * Rhetorical denials ("哪有…的", 哪里有, Cantonese 边度有): they deny up to their 的 or a space, and 哪有不交…就能… asserts
 * instead (round 61's review). Not Cantonese 边有, which Mandarin's 这边有, 身边有 hold.
 */
const RHETORICAL_WORDS = ['哪有', '哪里有', '哪儿有', '边度有']
const RHETORICAL: ReadonlySet<string> = new Set(RHETORICAL_WORDS)

/**
 * Words that turn a later mention in the same clause into a warning: "请勿告诉他人", "不会让您转账到安全账户".
 * 避免/以免 are left out on purpose: scammers write "为避免冻结" as a threat.
 */
const NEGATIONS = [
  '千万不要',
  '千万别',
  '切记不要',
  '不需要',
  '不存在',
  '从来不',
  ...NEAR_NEGATION_WORDS,
  '不要',
  '不会',
  '不能',
  '不得',
  '不可',
  '不用',
  '不需',
  '请勿',
  '切勿',
  '严禁',
  '禁止',
  '绝不',
  '决不',
  '从不',
  '从未',
  '无需',
  '无须',
  '毋须',
  '毋需',
  '没有',
  '并非',
  // "这是品牌宣传，不涉及任何返现": an office saying what its ask is not; "未委托任何机构…组织“内部推荐”".
  '不涉及',
  '未委托',
  '未授权',
  '谨防',
  '警惕',
  '不随意',
  '不要随意',
  '拒绝',
  // "没让我转账也没要任何信息": a retold call that asked nothing.
  '没让',
  '没叫',
  '没要求',
  // "哪有打电话让转账补税的", "哪有让打工的人先交钱的": a rhetorical 哪有…的 says there is no such thing (round 61's blind
  // set: a shopkeeper telling how she saw through a fake tax office); 哪里有 and Cantonese 边度有 (RHETORICAL).
  ...RHETORICAL_WORDS,
  // Southwestern and Hunan 莫 for 别: "你莫给我打钱", "千万莫信" (round 61's blind set: a worker's call home). Not a bare
  // 莫 (莫名, 莫非).
  '千万莫',
  '你莫',
  '您莫',
  '莫要',
  // "他从来没提过借钱投资啥的" (round 59's blind set: a widow telling her daughter of a new friend).
  '从来没',
  '从没',
  '没提过',
  '勿',
  '别'
]
/** 别 starts these words without negating anything. */
const NOT_NEGATION_AFTER_BIE = '人的处墅克'
/** 识别, 特别, 类别…: 别 ends these words without negating anything ("识别卡已无效"). */
const NOT_NEGATION_BEFORE_BIE = '识特类级区差性个分鉴辨告派'
const NEGATION_REACH = 24

/**
 * What an honest notice says it does not charge, or not by some way: "不收任何押金和培训费", "免收报名费", "学校不通过
 * 班级群收取任何现金或扫码转账" (round 53's blind set: a real fee notice read as a QR code asked), "不收取任何费用（包括
 * 押金、保证金…）", "无押金、无培训费" (round 56's blind set), "我司不会以任何名义向新员工收取培训费、押金或保证金" (round
 * 57's second blind set). These deny only the fees listed right after them: "不收任何
 * 费用🔥有意加V" still asks you to add the V.
 */
const FEE_DENIAL =
  /(不收|免收|不(通过|经|在|用)[^,，。!?\n]{1,8}(收取|收费|收款|收)|不(会|得)[^,，。!?\n]{0,12}(收取|收))(取)?(任何|一切|所有|各种|各项)?(的)?((费用|款项)[(（](包括|含|如|例如)?)?(?:[\u4e00-\u9fff]{1,4}[和及、与或])*$|(^|[,，、:：\s])无$/

/**
 * Who or when starts a new clause of a spoken account: "我爸转了…", "后来…", "对方说…", "所以这次…", "让我…", "你直接…";
 * or the ask itself, which no denial before it reaches: "宿舍不让打 急用两千块", "不用本人去考场 加v：…".
 */
const NEW_SUBJECT =
  /^(我|他|她|对方|那人|我们|他们|让我|叫我|你直接|你就|你先|你马上|你转|急用|急需|加我|加v|加微|加q|加扣|后来|然后|结果|现在|接着|第二天|最后|当时|这次|所以|但是|不过|可是)/

/** Verbs that end a denial on their own ("先别打 学校让交…", "别慌 你先转…"): the next segment is not their object. */
const WHOLE_ONE_CHARACTER_OBJECT = '打接回信理管慌怕急问说'

/**
 * "有没有余额 我爸转了两万九": a negation whose object stands beside it in its space-separated segment ends where a
 * later segment, before the mention, starts someone or something new. "民警不会打电话 让你把钱转到安全账户" goes on
 * with what is denied, so the negation still reaches.
 */
function endsInSegment(prepared: PreparedText, at: number, length: number, mention: number): boolean {
  let end = prepared.segmentEnd[at]
  const object = end - (at + length)
  if (object < 1 || (object < 2 && !WHOLE_ONE_CHARACTER_OBJECT.includes(prepared.text[at + length])))
    return false
  while (end <= mention && end < prepared.text.length) {
    if (NEW_SUBJECT.test(prepared.text.slice(end, end + 3))) return true
    end = prepared.segmentEnd[end]
  }
  return false
}

const NEAR_NEGATIONS: ReadonlySet<string> = new Set(NEAR_NEGATION_WORDS)
/** How far after such a negation a mention still is its object: "不收个人转账" (2), "不走个人微信账户" (4). */
const NEAR_REACH = 4
/** What joins the items of a denied list ("不通过任何个人微信、二维码收取费用"): the reach starts again after it. */
const LIST_MARK = '、'

/** An organisation whose name ends in 会, right before a 不会 that is then its denial: "后援会不会私信任何人收费". */
const ORGANISATION_HUI =
  /(后援|应援|粉丝|协|委员|工|学生|商|基金|居委|村委|家委|业委|理事|联合|促进|研究|同乡|校友|慈善|红十字|董事|学|总|分)会$/

/**
 * What a negation of delay denies, and nothing after it: "不要耽误时间赶紧…把钱转到监管账户" hurries the ask on
 * (review38b), as "别犹豫", "别磨蹭" and "不要拖" do.
 */
const HURRY = /^(耽误|耽搁|犹豫|磨蹭|拖延|拖了|拖着|迟疑|浪费时间|再等)/

/** What opens a condition right before its negation: "若不需要…请…", "如果不想…请…". */
const CONDITION_BEFORE = /(若|如果|如|假如|倘若|要是)$/

/**
 * A cost said to be paid by the office itself, right after the mention: "入职体检费用由公司承担" (round 46's trial: an
 * honest job offer read as a fee asked). Not one paid first and paid back ("体检费先自付，入职后由公司报销", "…先垫付后由
 * 公司报销", "体检费入职后由公司支付"), collected ("由公司负责统一代收"), denied ("不由公司承担") or paid by an insurer
 * (round 46's review: "理赔款由保险公司全额支付" is a fake 理赔's bait): that is the fake recruiter's advance fee
 * (手册「网络刷单诈骗」反诈提示: 要先交纳定金或先行支付的工作，务必要谨慎对待).
 */
const BORNE_BY_OFFICE =
  /^[^,，。!?\n先垫自后不非]{0,6}?(由|都由|全由|均由)(公司|单位|本公司|我司|学校|医院|企业|用人单位|厂里)(全额|全部)?(承担|负担|出钱|出资|买单)(?![^,，。!?\n]{0,12}(报销|返还|退还|收取|代收))/
const BORNE_REACH = 24

/**
 * What turns "不交钱" into a condition with its threat after it: "不交钱就冻结", "不交的话", "不交钱，将影响…", "不加微信没法
 * 退". Not a notice's "带医保卡就行", "在村委会门口", "开会时发保单" or "停车场": a 就, 会, 将 or 停 that threatens nothing.
 */
const DENIAL_AS_CONDITION =
  /就(?![行好中成]|可以)|的话|将(被|会|影响|冻结|停|无法|列入|上报|起诉)|会(被|影响|冻结|停|上|列入|起诉|坐牢)|则|否则|后果|影响|无法|没法|不能|不给|不予|冻结|停(发|用|止|办|机|保|掉)/

/**
 * A bare 不 right before the payment it denies, its sentence going on with no condition: "钱打一卡通，不交钱",
 * "不收钱，开会时发保单" (round 60's blind set: village notices that say what they do not charge), and a seller's "有问题就在
 * 闲鱼上找我，不加微信哈".
 */
function isBarePaymentDenial(prepared: PreparedText, region: string, start: number): boolean {
  if (!region.endsWith('不') || !/[交收付缴掏花加]/.test(prepared.text[start])) return false
  const after = prepared.text.slice(start, start + 12)
  const sentenceEnd = after.search(/[。!?\n]/)
  return !DENIAL_AS_CONDITION.test(sentenceEnd < 0 ? after : after.slice(0, sentenceEnd))
}

/**
 * True when a negation stands earlier in the same clause, not overlapping the mention itself, or the clause says
 * right after it that the office pays (BORNE_BY_OFFICE).
 */
export function isNegated(prepared: PreparedText, start: number): boolean {
  if (BORNE_BY_OFFICE.test(prepared.text.slice(start, start + BORNE_REACH))) return true
  if (start === 0) return false
  const from = Math.max(prepared.clauseStart[start], start - NEGATION_REACH)
  const region = prepared.text.slice(from, start)
  if (region === '') return false
  if (FEE_DENIAL.test(region)) return true
  // A mention that starts inside its own denial: "需要支付" in "不需要支付任何运费", "毋须另行付款" (round 54's reviews).
  if (isBarePaymentDenial(prepared, region, start)) return true
  if (/[不无毋]$/.test(region) && /^[需须用必]/.test(prepared.text.slice(start, start + 1))) return true
  // A list's items are each denied: a near negation's reach is counted from the last 、 before the mention.
  const listItem = region.lastIndexOf(LIST_MARK)
  for (const word of NEGATIONS) {
    let at = region.indexOf(word)
    while (at >= 0) {
      const next = region[at + word.length]
      const before = at > 0 ? region[at - 1] : ''
      const isBieWord =
        word === '别' &&
        ((next !== undefined && NOT_NEGATION_AFTER_BIE.includes(next)) ||
          (before !== '' && NOT_NEGATION_BEFORE_BIE.includes(before)))
      // 能不能, 会不会, 要不要: a question, not a negation.
      // "有没有想赚零花钱的 加我": a question that ends at its 的, asking who wants what follows.
      // 不用的 ("有没有不用的电话卡") describes a thing, unused; it denies nothing.
      // Not "后援会不会收取费用": the 会 before is the end of an organisation's name.
      const isQuestion =
        (word === '不用' && region[at + word.length] === '的') ||
        (word.startsWith('不') &&
          at > 0 &&
          region[at - 1] === word[1] &&
          !(
            word === '不会' &&
            ORGANISATION_HUI.test(prepared.text.slice(Math.max(0, from + at - 6), from + at))
          )) ||
        (word === '没有' && at > 0 && region[at - 1] === '有' && region.includes('的', at + word.length))
      // "你们没有的话我给你个厂家", "不方便的话你先转给我": the negation stays inside its condition; "国家不会再印了现在
      // 买一套" (speech typed without commas): 了 ends what it denies.
      // "若不需要续保请点击…", "如果不方便 可以先把…发给我们": a condition, with what to do then after 请 or 可以;
      // "中途不能退出 否则本金冻结": 否则 starts what follows.
      const closed =
        (RHETORICAL.has(word) && /^[不没]|[的\s]/.test(region.slice(at + word.length))) ||
        HURRY.test(region.slice(at + word.length)) ||
        region.includes('的话', at + word.length) ||
        region.includes('否则', at + word.length) ||
        region.includes('了', at + word.length) ||
        (CONDITION_BEFORE.test(region.slice(Math.max(0, at - 3), at)) &&
          // Up to the mention's first character, which a pattern's leading class may take ("如不需要我们可以帮您取消":
          // the match starts at 以, round 56's third review).
          /请|可以/.test(prepared.text.slice(from + at + word.length, start + 1)))
      // "不收个人转账": denies the payment it names, not an account given after it.
      const objectFrom = listItem >= at + word.length ? listItem + 1 : at + word.length
      const beyondObject = NEAR_NEGATIONS.has(word) && start - (from + objectFrom) > NEAR_REACH
      const ownSegment = beyondObject || endsInSegment(prepared, from + at, word.length, start)
      // A warning's own 别理 or 不要 ("以后谁说是银行的你都别理") denies nothing outside it.
      const inWarningOnly = prepared.inWarning[from + at] === 1 && prepared.inWarning[start] === 0
      if (!isBieWord && !isQuestion && !closed && !ownSegment && !inWarningOnly) return true
      at = region.indexOf(word, at + 1)
    }
  }
  return false
}

/**
 * A reminder's report of scams in the third person (round 31: 114 real police, bank, school and government reminders,
 * 40 of them flagged before): "不法分子常冒充医保局", "以“医保卡异常”等为由诱导转账", "以“免费听课”为噱头", "骗取大额资金",
 * "屏幕共享…切勿向陌生人开启", "陌生链接不点击", "所谓征信修复…均不可信". Each is weak (REPORT_ASK):
 * a scammer's script borrows them ("诈骗分子常冒充我们客服，请下载会议软件共享屏幕"), and so does a victim's retelling
 * ("以交资料费为由要求我扫码付款，我付了500").
 */
const REPORT_MARKERS = [
  '有骗子',
  '有不法分子',
  '有诈骗分子',
  '都是假冒',
  '均为假冒',
  '不法分子常',
  '不法分子会',
  '不法分子往往',
  '不法分子通常',
  '不法分子以',
  '不法分子诱',
  '诈骗分子常',
  '诈骗分子会',
  '诈骗分子可能',
  '诈骗分子往往',
  '诈骗分子通常',
  '诈骗分子以',
  '诈骗分子冒充',
  '犯罪分子常',
  '犯罪分子往往',
  '犯罪分子通常',
  '犯罪分子以',
  '犯罪分子冒充',
  '为由诱导',
  '为由要求',
  '为由骗取',
  '为由索要',
  '等为由',
  '为名诱导',
  '为名要求',
  '为噱头',
  '为幌子',
  '为诱饵',
  '等旗号',
  '诱惑性',
  '骗取',
  '诱骗',
  '骗术',
  '圈套',
  '猫腻',
  '掉馅饼',
  '所谓',
  '要警惕',
  '需警惕',
  '需要警惕',
  '须警惕',
  '应警惕',
  '务必警惕',
  '保持警惕',
  '高度警惕',
  '加强警惕',
  '可疑链接',
  '陌生链接',
  '不明链接',
  '钓鱼链接',
  '钓鱼网站',
  '可疑二维码',
  '来历不明',
  '不轻易',
  '不要轻易',
  '切勿轻易',
  '勿向陌生',
  '不向陌生',
  '通过官方渠道',
  '官方渠道核实',
  '通过正规渠道',
  '无权通过',
  '不会主动',
  '不会随意',
  '不对外提供',
  '电信诈骗',
  '网络诈骗',
  '帮信罪',
  '两卡',
  '发布预警',
  '高发案件',
  '反诈来电',
  '如已点击',
  '若已遭遇',
  '如已被骗',
  '若已被骗',
  '不予理睬',
  '一律拒绝',
  '果断拒绝',
  '坚决拒绝',
  '一律删',
  '一律不点',
  '名义收费',
  '不共享屏幕',
  '不要私下转账',
  '勿私下转账',
  // Hong Kong's anti-scam centre's own SMS: "…切勿轉賬。如有疑問，請致電「防騙易18222」" (round 55's trial).
  '切勿转账',
  '防骗易',
  // Hong Kong police's CyberDefender: "守網者提示：騙徒聲稱…" (round 55's review).
  '守网者',
  '均不可信',
  '都不可信',
  // Round 57's blind set: MIIT's 12381 warning SMS ("请警惕对方以任何理由要求您转账"), a village head's "有人打电话说医保
  // 要“升级”“清零”的别信", a class teacher's "群里任何人发二维码收费都不要扫".
  '请警惕',
  '的别信',
  '的都别信',
  '的不要信',
  '都不要扫',
  '一律不要扫',
  // A class teacher's "班级群内任何人发收款码、接龙收费都不是学校行为" (round 57's second blind set).
  '不是学校行为',
  '非学校行为',
  // Round 57's third blind set: a bank's own warning on a transfer out ("如您正在按陌生人指示转账…请立即停止操作并拨打
  // 95588或110"), Taiwan's 刑事局 in the news ("刑事局提醒…就要提高警覺").
  '请立即停止操作',
  '立即停止操作',
  '停止操作并拨打',
  '刑事局提醒',
  '提高警觉'
]

/**
 * A reminder's stock words (round 64's blind sets): traffic police and banks ("安徽交警提醒", "勿轻信假冒短信的内容",
 * "提高防范意识", "对远低于市场价的“优惠”保持警惕", "不向陌生人提供保单、身份证…"), a platform or an office ("抖音提醒广大
 * 用户", "入职前收取保证金…都需要谨慎对待", Taiwan's "常見的求職詐騙警訊包括") and a school's security office ("切勿急于
 * 转账，一定要直接与班主任核实真伪", "牢记“三不”防骗原则"). Warning markers, weak: a scam borrows them as a preface
 * (WEAK_MARKERS, CAUTION_BORROWED_ASK).
 */
const CAUTION_WORDS = [
  '交警提醒',
  '交警提示',
  '勿轻信',
  '防范意识',
  '保持警惕',
  '不向陌生人',
  '提醒广大',
  '谨慎对待',
  '诈骗警讯',
  '核实真伪',
  '切勿急于',
  '防骗原则'
]

/**
 * Sentences that are warnings, not requests: a police reminder, "…的都是诈骗", advice to call 96110.
 * Everything mentioned in such a sentence is left out. Phrases a warning uses, chosen to be rare in scams: "报警"
 * alone ("不然要报警抓我", "别报警"), "反诈中心", "96110的工作人员", "不是骗局", "告知他人" and "千万不要告诉家人"
 * are scammers' words, so they are not markers. Scammers borrow the rest now and then, so two guards stand in front:
 * a sentence that gives somewhere to act is never a warning (hasActionTarget), and a marker right after 不是/并非
 * ("这不是诈骗电话") does not count.
 */
const WARNING_MARKERS = [
  '警方提醒',
  '警方提示',
  '民警提醒',
  '民警提示',
  '反诈提醒',
  '反诈提示',
  '反诈中心提醒',
  '反诈中心提示',
  '防骗提醒',
  '防骗提示',
  '都是诈骗',
  '均为诈骗',
  '均是诈骗',
  // Macau's 司警局 and Hong Kong's police after OpenCC: "如短讯讹称「…」，均属诈骗", "切勿随意点击" (round 63's review).
  '均属诈骗',
  '切勿随意点击',
  // A child's answer to a parent's account of a talk: "妈你千万别买，那种都是骗老人的" (round 63's review).
  '都是骗老人',
  '千万别买',
  '就是诈骗',
  '属于诈骗',
  '都是骗子',
  // Verdicts in a neighbour's words (round 59's review: a group chat's 警察说这就是非法集资, “以房养老”骗局, 都别信).
  '就是非法集资',
  '的都是假',
  '都是传销',
  '是非法集资',
  '骗局',
  '的都别信',
  '别信这种',
  '千万别做这种',
  '谨防上当',
  '谨防受骗',
  '谨防被骗',
  '以免上当',
  '上当受骗',
  '提高警惕',
  '请勿轻信',
  '切勿轻信',
  '不要轻信',
  // What never to do, as a police list says it (blind set G37): "请您不要向任何人转账，不要透露银行卡密码和短信验证码",
  // "不要帮陌生人“跑分”“走账”", "“免费领鸡蛋”…后面往往是高价卖保健品", "有疑问先问子女", "如已转账请立即拨打110". Not
  // 不要透露 alone, which a scammer's secrecy says ("这件事不要透露给任何人").
  '不要向任何人转账',
  '不要透露银行卡',
  '不要透露密码',
  '不要透露验证码',
  '不要透露短信验证码',
  '不要透露个人信息',
  '不要帮陌生人',
  '往往是高价',
  '多是非法集资',
  '先问子女',
  '先问问子女',
  // "凡是“领导”要求汇款、代付的，一律先核实再操作" (blind set X42's police notice).
  '一律先核实',
  '先核实再操作',
  '立即拨打110',
  '疑似诈骗',
  '诈骗电话',
  '诈骗短信',
  '拨打96110',
  '致电96110',
  // The anti-fraud centre's missed call: "我们刚才通过96110给您来电未接通…请回拨96110核实".
  '回拨96110',
  '回电96110',
  '96110咨询',
  '及时报警',
  // A court's "收到以法院名义…涉及缴费、汇款的短信…请及时向公安机关报案" (blind set X36).
  '及时向公安机关报案',
  '及时向公安机关报警',
  '立即向公安机关报案',
  '立即报警',
  '请报警',
  '电话报警',
  // The police's own app campaign: "请下载安装国家反诈中心APP，开启来电预警".
  '反诈中心app',
  '来电预警',
  '到附近派出所',
  // An office saying what it never does: "交管部门绝对不会接受汇款", "工行不会通过短信要求…".
  '绝对不会',
  // "公安、检察院、法院从来不会上门收现金，也不会让你保密" (a 社区民警's reminder, blind set Z40); weak in a speaker's own
  // promise ("我们从来不会收你一分钱").
  '从来不会',
  // "银行不会以证书过期、系统升级为由发送链接" (round 55's blind set: a bank's own reminder).
  '不会以',
  '从不会',
  // "哪有什么内部认购翻三倍": a child debunking the pitch (blind set Z40); weak unless it denies the gain itself
  // ("哪有什么风险" is the seller's).
  '哪有什么',
  // "是有人混进群冒充的": an ask found out (blind set Z40); weak when the sentence asks or claims for itself.
  '冒充的',
  '不会通过',
  '从未',
  '均不会',
  '都不会',
  '不会要求',
  // "医保局不会打电话让你转钱" (an officer's reminder, blind set Z41).
  '不会打电话让',
  '不会打电话要',
  '不会打电话叫',
  '不要随意点击',
  // Reminders that name scams as a kind, or tell you what never to give: "谨防电话欠费、汽车退税等诈骗",
  // "验证码提供给他人可能导致账号被盗，请勿转发或泄露" (a genuine code SMS).
  '友情提醒',
  '网警提醒',
  '等诈骗',
  '类诈骗',
  '诈骗手法',
  '诈骗手段',
  '一定是诈骗',
  // A school's or a bank's reminder: "一旦接到类似“你的孩子在我手上”等陌生电话", "这类短信通常以“高额度”的噱头吸引你".
  '接到类似',
  '这类短信',
  '这类信息',
  '这类电话',
  '反诈骗中心提醒',
  '反诈骗中心提示',
  // "凡是声称帮你追回被骗资金并收取费用的，都是二次诈骗".
  '二次诈骗',
  '诈骗信息',
  '虚假信息',
  '均为虚假',
  '都是虚假',
  '均属仿冒',
  // An office's reminder that names the lure and calls it what it is (round 59's blind set: 市場監管提醒…均屬虛假宣傳).
  '均属虚假',
  '属于虚假宣传',
  '市场监管提醒',
  '市场监管局提醒',
  '消费者协会提醒',
  '消协提醒',
  '切勿相信',
  // Weak: cancelled by an ask or the reader's own account in their sentence (WEAK_MARKERS, ABOUT_THE_READER).
  '请不要相信',
  '请勿相信',
  '骗徒',
  '诈骗分子',
  // A relative retelling the call to warn the family: "有骗子打电话说你女儿在我们手上…千万别信".
  '千万别信',
  // A relative's "收到短信说失效让点链接，千万别点", "有人打电话说…的直接挂掉"; an office's "从不通过个人微信收费".
  '千万别点',
  // "【公安提醒】中奖先交钱的，一律是诈骗", "凡是…的，一律是诈骗".
  '公安提醒',
  '公安提示',
  '一律是诈骗',
  '一律为诈骗',
  '一律是骗子',
  '都是非法集资',
  '电话直接挂',
  // "以后有陌生电话说您卡出问题、要您转钱的，您一律挂掉给我打电话": a grandchild's standing advice (weak: a fake
  // officer says it too, to cut the family off).
  '一律挂',
  // Reported speech with its verdict: "诈骗预警：骗子来电称…", "骗子以“…”为由", "说…，是骗子", "我没理他", "柜员拦下来".
  '诈骗预警',
  '骗子来电',
  '来电称',
  '骗子以',
  // A police reminder telling what the scammers say (blind set Z38: "骗子自称淘宝、快递客服，说您买的商品有问题…").
  '骗子自称',
  // A police SMS's "遇有不明转账和汇款，请三思而行！" (blind set Y38); weak (WEAK_MARKERS). Not 拨打110咨询 or 请教身边
  // 亲友, which a fake notice puts after its ask ("…缴纳罚款3000元解冻，如有疑问可拨打110咨询", review38b).
  '三思而行',
  '三思而后行',
  '骗子会',
  '是骗子',
  '是骗人的',
  '都是骗人',
  // A relative's "那个说你中奖的别理，骗人的" (round 48's trial): the verdict after a comma, without 是.
  '，骗人的',
  ',骗人的',
  '我没理',
  '没理他',
  '我没点',
  // A reminder's verdict ("极可能是诈骗"; not 可能是诈骗, which a scammer's "有人说我们这可能是诈骗" rebuts) and its advice to
  // check first ("多方核实后再转账"); a relative who did check ("借钱的事我核实过了，我用他原来的号码回拨的").
  '极可能是诈骗',
  '很可能是诈骗',
  '极有可能是诈骗',
  '多方核实',
  '核实过了',
  '原来的号码回拨',
  '原号码回拨',
  '原来保存的号码',
  // "近期出现冒充“医保局”工作人员来电…的诈骗": a reminder telling of a new wave.
  '出现冒充',
  '出现假冒',
  // A report's word for what a scam makes its victims do ("称ETC已失效，诱导车主点击链接"), never a scammer's own.
  '诱导车主',
  '诱导用户',
  '诱导市民',
  '诱导群众',
  '诱导受害人',
  '诱导消费者',
  '诱导老人',
  '诱导他人',
  // A round-up of scams by kind ("公安部公布高发电信网络诈骗类型"; not "诈骗类型里没有我们这种", a pitch) and the 断卡
  // slogan ("不要出租、出借、出售银行卡"; not a card-renting ad's "出租出借闲置微信号").
  '高发电信网络诈骗',
  '高发诈骗类型',
  '不要出租、出借',
  '不要出租出借',
  '不出租、不出借',
  '不出租不出借',
  '切勿出租、出借',
  '严禁出租、出借',
  '不得出租、出借',
  // "您收到的那条说医保卡被冻结的短信是假的": a message called fake by whoever warns of it.
  '短信是假的',
  '电话是假的',
  '链接是假的',
  '拦下来',
  '拦下了',
  '谨防诈骗',
  '谨防电信诈骗',
  '谨防网络诈骗',
  '谨防求职诈骗',
  '千万不要点',
  '直接挂掉',
  '直接挂了',
  '从不通过',
  '不以任何名义',
  // "凡是…要求您汇款转账的,请先向本人核实情况": advice to check with the person, which no scammer gives.
  '向本人核实',
  // A police notice's "如接到…的电话，请立即挂断并拨打110".
  '立即挂断',
  '直接挂断',
  '千万不要信',
  '骗子说',
  '骗子常说',
  '骗子常用',
  '骗子往往',
  '骗子打电话',
  '骗子冒充',
  '切勿点击',
  '请勿点击',
  '不要点击',
  '不存在安全账户',
  // A police list's "公检法不会电话办案，没有安全账户" (round 55's trial: a 派出所's notice).
  '没有安全账户',
  '不会电话办案',
  // A reminder that reports a message going round: "收到类似“转发十户送话费”的短信", "此为谣言，不信谣不传谣".
  '收到类似',
  '此类短信',
  '此类信息',
  '谣言',
  '不实信息',
  '不实资讯',
  '诈骗讯息',
  // A reminder that the number in a chain message costs the caller: scammers never say so of their own.
  '高价回拨',
  '回拨高价',
  '声讯电话',
  '不会相互转接',
  '不会向您索要',
  '不会索要',
  '不携带任何',
  '反诈预警',
  '预警短信',
  '提供给他人',
  '转发他人',
  '泄露给他人',
  '请勿转发',
  '请勿泄露',
  '切勿泄露',
  '切勿告知',
  '请勿告知',
  '请拨110',
  '拨打110报警',
  // "陌生电话莫轻信", "坚持“三不”原则", a school's "务必先向学校或者班主任确认".
  '莫轻信',
  '不要点',
  '三不',
  '不可以给任何人',
  '如遇诈骗',
  '反欺诈中心提醒',
  '不要轻易点开',
  '务必先向',
  '不慎被骗',
  '一旦被骗',
  '如果被骗',
  '96110报警',
  '当面确认',
  // A notice that names a scam as one: "称社保卡异常需要登录网站认证，这是诈骗！", "近期有骗子冒充班主任…",
  // "不法分子常以“…”等话术实施诈骗".
  '这是诈骗',
  '是骗局',
  // Cantonese: 係 reads as 是 ("一定係騙案", Hong Kong police's 防騙 reminders; 系 where it is typed in simplified
  // characters), and 骗案 is a scam case. Not a bare 是骗案, which a retold accusation holds ("有人说我们是骗案").
  '一定是骗局',
  '一定是骗案',
  '都是骗案',
  '一定系骗案',
  '一定系骗局',
  '一定系诈骗',
  '都系骗案',
  '有人冒充',
  // "近期有冒充社保局工作人员上门收取“养老认证费”的骗子" (round 42's trial, a community's notice).
  '有冒充',
  '不法分子冒充',
  '冒充老师',
  '冒充班主任',
  '实施诈骗',
  '诈骗话术',
  '等话术',
  // A talk on scams that names them: "民警现场讲解保健品、冒充亲友借钱等骗局" (round 56's trial). Not the talk's name
  // alone: a "防诈骗讲座" that hands out eggs sells health products all the same (round 56's code review).
  '等骗局',
  '等诈骗手法',
  // A warning's own closing after its verdict ("…都是违法的，请勿参与", round 56's review); not a bare 请勿参与, which a
  // scam's "非会员请勿参与" says too.
  '违法的,请勿参与',
  '骗局,请勿参与',
  // Slogans of the 处非办's anti-fundraising SMS ("贪图高息、后悔莫及", "高额回报是毒药"), and a courier's own notice
  // ("免费快递可能是诈骗诱饵"): words only a warning uses. Not 后悔莫及, 血本无归, 遭遇诈骗 or 向公安机关报案: scammers
  // say those too ("错过后悔莫及", "您遭遇诈骗的损失可以追回", "已有人向公安机关报案").
  '贪图高息',
  '贪图小利',
  '是毒药',
  '远离非法集资',
  '诈骗诱饵',
  // A reminder that tells people to tell true from false ("请谨慎辨别…获利、返现等信息"), or that scams of a kind
  // are rising ("近期针对…的诈骗案件频发"): not 诈骗案件 alone, which a fake officer's accusation uses.
  '谨慎辨别',
  '注意辨别',
  '仔细辨别',
  '注意甄别',
  '谨慎甄别',
  '案件频发',
  '案件高发',
  '诈骗高发',
  // Reminders' stock words, weak (CAUTION_WORDS).
  ...CAUTION_WORDS,
  // Forwarded warnings and news of a case stopped in time: "朋友圈那个转发领红包的别信 都是假的", "又来新套路了，大家
  // 当心", "我们单位今天就有人差点中招", "民警及时上门劝阻，避免了损失". Scammers say none of these of their own offer.
  '都是假的',
  // A police officer's "真警察不会让你保密" (blind set G38); weak (WEAK_MARKERS). Not 全是假的 or 可别信, which a seller
  // says of the others in a sentence of its own before his pitch ("网上那些刷单全是假的。大家可别信…。我们是…", review38).
  '真警察不会',
  '真正的警察不会',
  '新套路',
  '大家当心',
  '大家小心',
  '差点中招',
  '差点被骗',
  '劝阻',
  '避免了损失',
  // A call told after it failed: "还好她老公拦住了", "我让她赶紧挂了 已经报警了", "幸亏没上当".
  '拦住了',
  '已经报警了',
  '赶紧挂了',
  '没上当',
  // A near miss told afterwards (blind set V): "幸亏没转". Not 没转出去, 一查就是 or 拉黑举报, which scammers say too
  // ("您的款项没转出去，请重新转账到…", "你上网一查就是我们公司", "不配合就拉黑举报你").
  '幸亏没转',
  '幸好没转',
  '还好没转',
  // Passed on to others: "你们也注意点啊 现在骗子多", "那些说能修复征信的都是骗钱的".
  '骗子多',
  '骗子太多',
  '骗子好多',
  '骗子很多',
  '骗子真多',
  '骗子特别多',
  '要么是骗子',
  '都是骗钱',
  // A school's or an office's advice to call before paying (public guidance: 先打电话核实): "都先打我电话确认".
  '先打我电话确认',
  '先打电话确认',
  '先电话确认',
  // A notice that warns of impostors and tells what to ignore: "近期有不法分子冒用班主任头像", "以…名义要钱都不要理会",
  // "任何要求您点击链接…的短信均非官方", "反诈咨询请拨96110", "说孩子出事要汇钱的，先给孩子打电话".
  '有不法分子',
  '不法分子冒用',
  '不要理会',
  '不予理会',
  '均非官方',
  '都非官方',
  '请拨96110',
  '打96110',
  '先给孩子打电话',
  '谁要都不给',
  // A police officer who calls to stop a fraud asks what the caller said: "对方是不是说您涉嫌洗钱？那是诈骗电话".
  '对方是不是说',
  '是不是有人说',
  '是不是有人让',
  // Family advice in other words: "有人让你转账千万别转", a notice's "凡是…的都不要信".
  '千万别转',
  '千万不要转',
  '的都不要信',
  '的都别信',
  '的一律不要信',
  // A reminder's report of scams in the third person (REPORT_MARKERS).
  ...REPORT_MARKERS,
  // Advice to check a new number on the old one ("务必拨打原号码核实"): the script says the opposite.
  '拨打原号码',
  '原号码核实',
  '多核实',
  '视频核实',
  '当面核实',
  '正遭遇诈骗',
  '正在遭遇诈骗'
]

/**
 * Coaching against the checks that stop a fraud: "你别听那些反诈宣传吓唬人", "不要相信银行工作人员", "银行问你就说是给家人
 * 转的", "把那个反诈APP卸载掉", "民警打电话来你直接挂掉", "分几次转就不会触发银行的审核", "弹出风险提示那是误判" (公安机关: scammers teach their
 * victims to dismiss the police's and the bank's warnings, what to tell the counter and how to get past its checks).
 * Read outside warnings; a sentence that coaches so is never one (isWarningSentence), though it names 国家反诈中心APP.
 * Not a fan group's "别信什么内部票、工作人员票" (blind set Z42): a ticket, not the staff; nor a bank's "如接到自称银行工作人员的
 * 来电，请挂断后回拨…95588" (round 56's second review): a caller who only claims to be the bank. Also the cover story
 * for anyone who asks: "要是有人问您就说是电信的活动" (round 57's blind set); "行員可能會問東問西，他教我說是要買車" (round 61's:
 * a mother told by her online "husband" what to tell the teller).
 */
export const COACHED_AGAINST_CHECKS =
  /(别|不要|不用|千万别|千万不要)(听|信|相信|理会?|管)[^，,。!?\n]{0,8}(反诈|警察|民警|警方|银行|柜员|柜台|工作人员|家人|子女|儿女)(?![票价])|反诈(宣传|中心|app)[^，,。!?\n]{0,8}(吓唬|骗人|瞎说|乱说|别信|别管|不用管|不用理|误报)|(卸载|删掉|删除|关掉)[^，,。!?\n]{0,6}反诈|反诈(app|中心)?[^，,。!?\n]{0,6}(卸载|卸了|卸掉|删掉|删了|关掉)|(别听|别信|不要听|不要信)[^。!?\n]{0,8}(就说|你就说|就讲)[^。!?\n]{0,12}(转|钱|理财|投资|自愿|本人|亲戚|借|家人|用途)|(银行|柜员|行员|柜台|工作人员|民警|警察)[^。!?\n]{0,10}(问|询问|打电话|回访)[^。!?\n]{0,12}(就说|你就说|就讲|就回答|(教|叫|让)(我|你|您)(就)?说)[^。!?\n]{0,12}(转|钱|理财|投资|自愿|本人|亲戚|外甥|朋友|借|还款|装修|买房|买车|看病|做生意|家里人|家人|用途)|(^|[^称充冒])(民警|警察|银行|反诈)[^。!?\n]{0,12}(打电话|来电)[^。!?\n]{0,12}(挂掉|挂断|别接|不要接)|(不会|避免|躲开|绕开|绕过)[^。!?\n]{0,4}(触发)?[^。!?\n]{0,4}(银行|柜台)?的?(审核|风控|拦截|盘问)|(风险提示|弹出|提示有风险|提示风险)[^。!?\n]{0,12}(误判|不用管|点继续|别管|不用理)|(别|不要|千万别)(跟|和|对|告诉)(柜员|柜台|银行的?人?|工作人员)[^。!?\n]{0,4}(说|讲)|(柜员|柜台|银行|工作人员)[^。!?\n]{0,4}问(什么|啥)[^。!?\n]{0,6}(都|就)(说|讲)|(有人|别人|谁|人家)问(起|起来)?(你|您)?[^。!?\n]{0,3}(就说|你就说|您就说|就讲)(是|你是|您是)?[^,，。!?\n]{0,6}(活动|公司|单位|工作人员|银行|电信|移动|联通|供电|燃气|自来水|社区|政府)/

/**
 * Advice to keep a password or a code to oneself: "支付宝支付密码别告诉任何人，连我都别告诉", "千万不要把验证码给别人".
 * A scammer who asks for the code ("验证码发我，别告诉别人") gives somewhere to act, which is read first.
 */
const KEEP_PASSWORD =
  /(密码|验证码|动态码)[^。!?\n]{0,10}(别|不要|千万别|千万不要|切勿|勿)(告诉|透露|给|发给)[^。!?\n]{0,4}(任何人|别人|他人|陌生人)|(别|不要|千万别|千万不要|切勿|勿)(把|将)?[^。!?\n]{0,6}(密码|验证码)[^。!?\n]{0,4}(告诉|透露|给|发给)(任何人|别人|他人|陌生人)/

/**
 * One line of the anti-fraud slogan that banks and police put under their notices, the thing first and what not to do
 * with it after: "未知链接不点击，陌生来电不轻信，个人信息不透露，转账汇款要核实" (网商银行's footer, blind set M). The
 * whole line is the thing (at most four characters before it) and a denial, or the thing and a check ("要核实"): a
 * scam's noun-first ask ("链接要点开", "资金转入安全账户需核验") is neither.
 */
const SLOGAN_THINGS =
  '(链接|网址|网站|二维码|来电|电话|短信|信息|资料|验证码|密码|账户|账号|银行卡|身份证|转账|汇款|钱款|资金|app|软件|红包|好处|高息|中奖)'
/** What parts a slogan's lines ("未知链接不点击，陌生来电不轻信、…"), as a character class's contents. */
const SLOGAN_LINE_BREAKS = ',，、;；\\s'
const SLOGAN_SPLIT = new RegExp(`[${SLOGAN_LINE_BREAKS}]+`)
const SLOGAN_DENIAL_LINE = new RegExp(
  `^[^${SLOGAN_LINE_BREAKS}]{0,4}?${SLOGAN_THINGS}(不要?|勿|莫|别|不轻易)(乱|随意|随便)?(点击?|点开|打开|扫|轻信|相信|信|接|回复?|透露|泄露|告知|告诉|外借|出借|出租|借|租|转账?|下载|安装|贪)[。.!！]?$`
)
/**
 * The same line verb first, as police notices list it: "不点陌生链接、不下载陌生APP、不开屏幕共享" (round 53's blind set:
 * a 派出所's notice was read as asking for the app). The thing after the verb, or nothing: "不转账".
 */
const SLOGAN_VERB_FIRST_LINE = new RegExp(
  `^(不要?|勿|莫|别|不轻易|不随意|不乱)(点击?|点开|打开|开启?|扫|轻信|信|接听?|回复?|透露|泄露|告知|外借|出借|出租|借|租|转账?|汇款|下载|安装|共享)([^${SLOGAN_LINE_BREAKS}]{0,6}?(${SLOGAN_THINGS.slice(1, -1)}|屏幕共享|共享屏幕|屏幕))?[。.!！]?$`
)
const SLOGAN_CHECK_LINE = new RegExp(
  `^[^${SLOGAN_LINE_BREAKS}]{0,4}?${SLOGAN_THINGS}(要|多|先|需)(核实|核验|确认|查证|核对)[。.!！]?$`
)

/**
 * True for a sentence made only of slogan lines, two or more, at least one a denial (SLOGAN_DENIAL_LINE), after a
 * label such as "温馨提示：". A scam's ask in the same sentence ("请点击链接解冻，验证码不透露") keeps it from being one.
 */
function isSafetySlogan(sentence: string): boolean {
  const body = sentence.slice(sentence.search(/[:：]/) + 1)
  const lines = body.split(SLOGAN_SPLIT).filter((line) => line !== '')
  let denials = 0
  for (const line of lines) {
    if (SLOGAN_DENIAL_LINE.test(line) || SLOGAN_VERB_FIRST_LINE.test(line)) denials++
    else if (!SLOGAN_CHECK_LINE.test(line)) return false
  }
  return lines.length >= 2 && denials > 0
}

/**
 * What the real office always or never does, said to tell the fake apart: "真正的学校收费都走教育局的平台", "真正的警察不会
 * 在电话里办案" (round 54's trial: a 派出所's reminder). At the sentence's start only: a scammer's "你放心，真正的…" follows
 * other words, and his own way after it (OWN_WAY_OFFERED) is no warning.
 */
const REAL_ONES_ONLY = /^\s*真正的[^,，。!?\n]{1,10}(都走|只走|只通过|都通过|只在|从不|不会|绝不)/
/** The scammer's own way put after it: "真正的警察不会让你转到安全账户，我们是让你转到…监管账户" (round 21's probe). */
const OWN_WAY_OFFERED = /我们|我是|而是|但是|但/

/** A police reminder as it opens: "民警提醒：", "警方提示". */
const POLICE_REMINDER = /^\s*(民警|警方|反诈中心|公安机关|派出所)(提醒|提示)/

/**
 * Family advice for what may come ("以后有人说是银行的让你转账，你一律挂掉，先给我打电话", "如果有人用我的名义找你们借
 * 钱，一定要先打我电话核实"): someone who may call and what to do then, checking first (手册「如何防范」: 不轻信, 及时
 * 核实). Both in one sentence. A notice's rule for anyone else's ask is one too ("群里有人发收款码的一律不要扫"), and so
 * are round 39's forms: "你们遇到这种一律挂掉", "以后接到要验证码的电话，一律别给", "要是有领导在微信上让转钱，一定先打
 * 电话核实", "先给孩子打个电话", "你要是收到短信说“…”的，别点"; and round 40's: "以后谁让你下载…，一律不下", "谁让你下载都
 * 别下", "什么链接也别点", "班群里那个“王老师”发的收款码别扫" (blind set Z40, round 39's trial); and a bank's
 * "如您正在被要求转账到“安全账户”，请立即停止并拨打95599核实" (round 50's trial); a village notice's "接到说你涉嫌洗钱、要你转账
 * 的电话，马上挂掉" (round 54's trial): a stop that ends the clause or goes on to
 * call 110, 96110 or a bank's 95 line, never one that goes on to an ask ("请立即停止并将资金转入我行安全账户", its review). Coaching to hang up on the bank or the police
 * itself ("银行打电话来你直接挂掉") is no advice: the advice is about someone who only says so (说是, 自称, 冒充).
 */
const IF_SOMEONE =
  /(以后|今后|如果|如|若|要是|万一|不管|无论|凡是|但凡|只要|遇到)[^。!?\n]{0,3}(有人|谁|什么人|陌生人|对方|别人)|(^|[，,。!?\s])(接到|收到|碰到)[^。!?\n]{1,30}的(电话|短信|信息|消息|来电)(?=[,，])|(以后|今后|如果|要是|万一|再)[^。!?\n]{0,3}(接到|收到|遇到)(这种|这类|类似|这样|陌生|[^,，。!?\n]{1,10}的(电话|短信|信息|消息))|(遇到|碰到|接到|收到)(这种|这类|类似|这样)|(遇到|碰到)[^,，。!?\n]{1,12}的(?=[,，])|(遇到|碰到|凡是)(借钱|要钱|转账|汇款|要验证码|要密码)|(以后|今后|如果|要是|万一|再)[^。!?\n]{0,3}(接到|收到)[^,，。!?\n]{0,4}(电话|短信|信息|消息)(说|讲|称)|(以后|今后|如果|要是|万一)[^。!?\n]{0,6}有[^,，。!?\n]{1,10}(让|要|叫)[^,，。!?\n]{0,8}(转|汇|打钱|付|借|交)|(以后|今后|如果|要是|万一|凡是)[^。!?\n]{0,3}(说是|自称|冒充)|谁(说|自称|让|要)|陌生人(让|要|叫)|有人[^,，。!?\n]{0,12}的(?=[^。!?\n]{0,2}(一律|都|均|千万))|什么[^,，。!?\n]{0,8}(?=(也|都)(别|不要|不))|(他|她|对方|他们|那人)再(打来|打电话|来电|找你|找您|联系你|联系您)|(群里|群内|班群)[^,，。!?\n]{0,16}发的(?=[^。!?\n]{0,6}(别|不要|千万别)(扫|点|信|理|转|付))|(如果|如|若|要是)(您|你)?(正在|已经|已)?被(人|对方|他人|陌生人)?要求(转账|汇款|付款|提供|下载|共享)/
const CHECK_FIRST =
  /(一律|都|也|一定要?|千万|务必|必须|直接|你|就|马上|立即|立刻|赶紧)[^。!?\n]{0,4}(挂掉|挂断|挂了|挂(?=[,，。!?\n]|$)|拉黑|不(理|转|给|扫|装|点|下载|下(?=[,，。!?\n]|$|了|啊|哈|呀))|(别|不要|不能)(理|信|相信|接|管|转|付|给|俾|畀|扫|点|加|开|装|下载|下(?=[,，。!?\n]|$|了|啊|哈|呀)|填|输|发|借|汇|共享|视频|见|碰|买|投|报名))|收线|先(给我|打给我|打我|问我|跟我|和我|找我|打电话|问问?|核实|确认)|先(给|跟|和|问)[^。!?\n]{1,6}(打个?电话|打过去|问一?问|商量|联系)|先[^。!?\n]{1,8}(核实|确认)|[,，]\s?(千万)?(别|不要)(理|信|接|点|转|给|扫|加|开|装|下载)|别直接(付|转)|(码|链接|短信|消息)(千万)?(别|不要)(扫|点|信|理|回)(?!错)|立即向[^。!?\n]{0,6}(核实|确认|报告)|(立即|马上)停止(转账|汇款|付款|操作|交易)?(操作)?(?=[,，。!?\n]|$|并?(拨打|致电|报警)(110|96110|95[0-9]{3}|银行|民警|警方)?(?![0-9-]))/

/** Where a warning's sentence turns to the sender's own business: "另外", "对了", "这次是我们行的…", "我现在急用". */
const TURN = /^\s*(另外|对了|这次|不过|但是?|其实|我现在|现在我|还有个事|顺便)/
/**
 * Money asked for the writer, or to come to them: "转我微信", "给我转三千", "打两万到我同学卡上", "转五千过来", "卡号发你";
 * or a code or card told to them ("密码说一下我登记").
 */
const ASKED_FOR_ME =
  /转我|给我转|打给我|转给我|汇给我|发给我|(转|打|汇|交)[^,，。!?\n]{0,8}(过来|到我|给我)|(卡号|账号|账户)[^,，。!?\n]{0,6}(发你|发您|给你|给您)|(密码|验证码|卡号|后六位|后四位)[^,，。!?\n]{0,6}(说一下|告诉我|发我|报一下|念一下)/
/** A clause's ask of money, a code or papers. */
const CLAUSE_MONEY = /转|汇|交|付|借|充|打(?!电话)|取出来|密码|验证码|卡号|账号/
/** A clause that still warns or advises: care taken, a scam named, a don't of believing. */
const STILL_WARNS =
  /注意|小心|警惕|提防|防范|上当|留意|当心|核实|骗|假的|别信|不要信|别理|不要理|千万别|千万不要|别转|不要转|不会/

/**
 * The start of the clause where a warning's sentence turns to an ask of its own, or -1: after the marker's clause (at
 * `marked`), a clause that asks money for the writer (ASKED_FOR_ME), or one after a turn (TURN) that asks money, with
 * no warning in it or after it in the sentence [marked, to). A reminder's description of what scammers ask ("要你先交
 * 保证金") asks nothing for its writer.
 */
function turnAfterWarning(text: string, marked: number, to: number): number {
  const starts: number[] = []
  for (let k = marked; k < to; k++)
    if (isClauseBreak(text[k]) || isSpaceCode(text.charCodeAt(k))) starts.push(k + 1)
  const clauses = starts.map((from, n) => text.slice(from, starts[n + 1] ?? to))
  // Each clause read once: an ask counts only after the sentence's last clause that still warns.
  const warns = clauses.map((clause) => STILL_WARNS.test(clause))
  const lastWarning = warns.lastIndexOf(true)
  let turned = -1
  // The sender's business starts after the last clause that still warns ("您可别上当，我是社保局的小张，…转我微信").
  let business = starts[0] ?? -1
  for (let n = 0; n < clauses.length; n++) {
    if (turned < 0 && TURN.test(clauses[n])) turned = starts[n]
    if (warns[n]) {
      turned = -1
      business = starts[n + 1] ?? to
      continue
    }
    const asks = ASKED_FOR_ME.test(clauses[n]) || (turned >= 0 && CLAUSE_MONEY.test(clauses[n]))
    if (asks && n > lastWarning) return turned >= 0 ? turned : business
  }
  return -1
}

/** The index of the first of the ascending `sorted` that is at least `value` (sorted.length when none is). */
function firstAtOrAfter(sorted: readonly number[], value: number): number {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (sorted[middle] < value) low = middle + 1
    else high = middle
  }
  return low
}

/** Voice-typed segments after a warning's words that are read for an ask: a message has a few, a paste no more. */
const MAX_SEGMENTS_READ = 16

/**
 * Where family advice (IF_SOMEONE, then CHECK_FIRST) stands in the sentence text[from, to): from who may call to the end
 * of the clause or the voice-typed segment (a dropped space, `spaced`) that says what to do. Null when there is none.
 */
function adviceSpan(
  text: string,
  from: number,
  to: number,
  spaced: readonly number[]
): [number, number] | null {
  const sentence = text.slice(from, to)
  const who = IF_SOMEONE.exec(sentence)
  if (!who) return null
  const what = CHECK_FIRST.exec(sentence.slice(who.index))
  if (!what) return null
  let end = from + who.index + what.index + what[0].length
  let start = from + who.index
  const said = text.slice(start, end)
  if (COACHED_AGAINST_CHECKS.test(said) && !/说是|自称|冒充/.test(said)) return null
  const nextSpace = Math.min(spaced[firstAtOrAfter(spaced, end)] ?? to, to)
  // Typed without punctuation, the advice ends a few characters after its don't (review40c: "…你都直接挂了有事就找
  // 我…把卡背面三位数发我" is advice, then an ask).
  const adviceEnd = end + MAX_ADVICE_TAIL
  while (end < nextSpace && end < adviceEnd && !CLAUSE_BREAKS.includes(text[end])) end++
  // The advice goes on in clauses of more don'ts: "…你一律不要装，也不要告诉他验证码，更别转账".
  while (end < to && MORE_ADVICE.test(text.slice(end + 1, end + 1 + MORE_ADVICE_LOOK))) {
    let next = end + 1
    while (next < to && !CLAUSE_BREAKS.includes(text[next])) next++
    // Not a scammer's secrecy or money moved after it ("…也不要告诉你的家人，不要挂断电话", review38).
    if (NOT_ADVICE.test(text.slice(end + 1, next))) break
    end = next
  }
  // Advice names nowhere to act: "什么链接也别点只点我发的这个 t.cn/…", "验证码只发给小刘" hide an ask (review40b).
  const advised = text.slice(start, end)
  // A web address or a card number (ACTION_TARGETS' first three), not any target: "先打给我" is advice.
  if (ACTION_TARGETS.slice(0, 3).some((re) => re.test(advised)) || ONLY_ME.test(advised)) return null
  // Whom the advice is for, when the clause opens with it: "你们[遇到这种一律挂掉]", "你们公司[要是有领导…]".
  const clause = boundBefore(text, start, CLAUSE_BREAKS, start - from)
  if (ADVISED_READERS.test(text.slice(clause, start))) start = clause
  // The thing said first, then whoever asks for it: "手机上收到的验证码，谁要都不给" (blind set Y40).
  if (text[start] === '谁' && '，,'.includes(text[start - 1] ?? '')) {
    const topic = boundBefore(text, start - 1, CLAUSE_BREAKS, start - 1 - from)
    if (ADVICE_TOPIC.test(text.slice(topic, start - 1))) start = topic
  }
  return [start, end]
}

/** Warning markers that mark their own sentence but make no reminder of the whole text (review40c). */
const SOFT_MARKERS = /冒充的|从来不会|从不会|哪有什么/g

/** "Only mine" inside a don't: "只点我发的这个", "只发给小刘", "只信我" (review40b). */
const ONLY_ME = /只(点|发给?|报给?|转给?)(我|小|这)|除了/

/** The readers advice is for, as a clause opens with them: "你们", "大家", "你们公司", "您家里". */
const ADVISED_READERS = /^\s*(你们|您们|你|您|大家|各位|咱们|咱)[^,，。!?\n你您]{0,4}$/

/** How far a don't's clause may run past its verb ("直接挂了", "一律别给他"), in characters. */
const MAX_ADVICE_TAIL = 8

/** What advice may be about, named first as a clause of its own: "手机上收到的验证码", "陌生人发的链接". */
const ADVICE_TOPIC = /^[^你您,，]{0,16}(验证码|密码|银行卡|卡号|身份证|链接|二维码|收款码|账户|账号)$/
/**
 * A clause that goes on with the advice before it: "也不要告诉他验证码", "更别转账", "千万别信", "说是我要的也不给"
 * (blind set Y40), "什么链接也别点" (round 40's trial).
 */
const MORE_ADVICE =
  /^\s*((也|还|更|再|同时|并且|而且|千万|一律|都)*(不要|别|不能|勿)|说是[^,，。!?\n]{0,8}也(不|别|不要)(给|理|信|转)|什么[^,，。!?\n]{0,8}(也|都)(别|不要|不))/
/**
 * What advice never goes on with: a scammer's secrecy ("不要告诉你的家人", "不要挂断电话", "不能透露案情", "也不要让家里人
 * 知道", "先别声张") or money moved ("…也不要耽误，转到监管账户", review38b).
 */
const NOT_ADVICE =
  /挂|声张|(告诉|透露|说|讲)[^,，。!?\n]{0,4}(家|任何人|别人|他人|亲戚|朋友|案情|你的)|(让|叫)[^,，。!?\n]{0,6}知道|转到|转给|转进|取出来|账户/
/** MORE_ADVICE reads no more than this many characters of the next clause. */
const MORE_ADVICE_LOOK = 8

/**
 * "这不是诈骗电话", "并非骗局", "你别以为一定是诈骗", "呢個唔係騙案", "这不是骗局" (不 before a marker that starts
 * with 是), "不一定是诈骗": a marker right after these is a scammer's reassurance, not a warning.
 */
const DENIALS = ['不是', '并非', '绝非', '并不是', '不系', '以为', '不']

/** "没有一个不是骗局", "没有哪个不是骗子": a denial after these affirms the marker. */
const DOUBLE_NEGATIVE = /(没有|没|无)(一个|哪个|哪一个|一家|一条|一次|谁)?$/

/** A code, a password or a card number asked for: "请把收到的六位验证码发给理赔员", "密码念一下给我". */
const CODE_ASKED =
  '请(把|将)?[^,，。]{0,12}(验证码|密码|卡号|身份证)|(验证码|密码|卡号)[^,，。]{0,12}(发给|告诉|报给|念给|发我|给我)'
/**
 * A police list's item that names the trick by who is faked and what they say: "冒充公检法称您涉嫌洗钱、要求转入“安全
 * 账户”", "冒充客服称要关闭“百万保障”并让您共享屏幕" (round 55's trial: a 派出所's notice). A person who lost money tells
 * it with 我 ("冒充公安的说我…"), which is read; a scammer who names the trick goes on to his own way or ask
 * (TRICK_THEN_OWN_WAY).
 */
const TRICK_LISTED = /^[^,，:：我]{0,16}[:：]?(冒充|假冒|假扮)[^,，。:：我]{1,12}(称|说|以)[^我]*$/
/**
 * The speaker's own "real" way after a listed trick ("冒充银行称要注销的是骗子，正规注销须下载…APP并打开共享屏幕", round 55's
 * review): the item is a preface, not a warning.
 */
const TRICK_THEN_OWN_WAY = new RegExp(
  `正规|真正的?|(须|需|请)[^,，。]{0,4}(下载|打开|转|汇|存|登录|提供|填)|专员|专户|我们|本行|本局|[0-9]{12,}|(你|您)(这个|的)(案子|案件|账户|卡)|${CODE_ASKED}`
)
/**
 * A question about what someone else asked of the reader: "请问对方是不是让您下载会议软件或者转账" (round 55's trial: the
 * police's 96110 call after a scam call), "对方有没有叫你转钱". Whoever asks it is checking, not asking.
 */
const ASKED_ABOUT_THE_OTHER =
  /(^|[,，])(请问|那|您好)?[^,，。]{0,4}(对方|那个人|来电的人|那边)[^,，。]{0,4}(是不是|有没有|是否)[^,，。]{0,4}(让|叫|要求?)(你|您)[^,，。]*/
/**
 * A numbered item of a police list, "(2)凡是叫你汇款到“安全账户”的", "2)凡是为你办理贷款,但让你先交手续费的" (commas only
 * in a numbered item, and never 把…, 先交, 今天之内: "凡是还没核验的会员，今天之内把余额转到…的" asks): the whole
 * sentence is "凡是…的". A scammer's
 * "凡是要参加研学的孩子，今天把费用转给我" goes on after 的, so it is not one.
 */
const LIST_ITEM =
  /^[(（]?[0-9一二三四五六七八九十]{0,2}[)）.、]?凡是[^,，]{1,60}的$|^[(（]?[0-9一二三四五六七八九十]{1,2}[)）.、]凡是(?![^。!?\n]{0,40}(把|将|先交|今天之内|都要))[^。!?\n]{1,80}的$/

/**
 * A code SMS that gives the code and tells you to keep it or how to use it: "验证码123456，您正在进行转账，不得告知他人",
 * "您的验证码为6***82，请于3分钟内正确输入" (masked as a page shows it). A scammer who asks for the code
 * ("验证码麻烦念一下，不要转发给别人") has no code to give, so that sentence is not one.
 */
const CODE_WORD = /(验证码|校验码|动态码|动态密码)(是|为)?[:：]?\s?[0-9](?:[0-9]{3,7}|[0-9*]{2,6}[0-9])/
const KEEP_IT = /(不得|请勿|切勿|不要|勿)[^,，。\n]{0,6}(告知|告诉|透露|泄露|转发|提供)/
/** The code SMS's own instructions: "请于3分钟内正确输入验证码", "5分钟内有效", "如非本人操作，请忽略". */
const USE_IT = /[0-9一二三四五六七八九十]{1,2}分钟内(正确)?(输入|有效)|分钟有效|如非本人操作/
/** An ask beside the code, which the service's own SMS never makes: "把验证码发给客服", "按客服指引操作", "注销". */
const CODE_ASK = /发给|发我|告诉|客服|指引|注销|身份证|银行卡号/

/**
 * A reminder signed at its start by the police, an anti-fraud centre or an office that warns of fraud ("【XX市反诈中心】",
 * "【XX公安】", "【XX区教育局】"), or a bank ("【某银行】温馨提示：出租、出借银行卡属违法行为…", round 61's blind set). Scammers sign so too, which is why it counts only with a warning sentence and no
 * sentence that gives somewhere to act.
 */
const OFFICE_SIGNED =
  /^\s*【[^】\n]{0,12}(公安|警方|反诈|网警|派出所|检察|法院|教育局|医保|医疗保障|社保|人社|税务|市场监管|网信|消协|金融监管|银行)[^】\n]{0,8}】/
/**
 * What a reminder never says outside its quotes: a problem of the reader's ("您的社保卡存在异常", "你因涉嫌…", "您有一笔…"),
 * or a reply, a person or a number to call that is not an official short number ("回复1联系专员", "请致电0571-87651234").
 */
const READER_CLAIM = /(您|你)(?!们)[^,，。]{0,10}(的|名下|因|被|涉嫌|有|存在|待领取)/
const REPLY_OR_CALL =
  /回复(?!t|n|r)|专员|(致电|回电|拨打|联系|咨询)[^,，。]{0,10}(0[0-9]{2,3}-?[0-9*x]{7,8}|1[3-9][0-9][0-9*x]{8}|400)/

/** A reminder's heading right after the signature: "【XX市反诈中心】警惕AI换脸诈骗！", "【XX公安】提醒：". */
const REMINDER_HEADING = /^\s*【[^】\n]{1,20}】\s*(警惕|提醒|提示|预警|谨防|注意|温馨提示)/

/**
 * A signed reminder as a whole (OFFICE_SIGNED), with a warning sentence or a reminder's heading, when it claims nothing
 * of the reader and sends no one anywhere.
 */
function isOfficeReminder(text: string, warned: boolean): boolean {
  if (!OFFICE_SIGNED.test(text) || !(warned || REMINDER_HEADING.test(text))) return false
  const own = withoutQuoted(text)
  return !READER_CLAIM.test(own) && !REPLY_OR_CALL.test(own)
}

const QUOTE_MARKS = /[“”「」"]/g

/** An officer's own words in a scam ("转到监管账户", "专案组", "内鬼"), which no warning or relative's advice says. */
const OFFICER_WORDS = '安全账户|监管账户|专案组|内鬼|核查|取出来|转给(他|她)们|笔录|我们是'
/** Money, a top-up or an add asked of the reader: "你先充一万", "您转到…". */
const READER_ASKED = '(你|您)[^,，。]{0,8}(转|充|汇|打|交|付|加|存)'
/** What a sentence asks of the reader in its own voice, not told of others ("要求你转账", "让您转", "给您打电话"). */
const OWN_READER_ASK = `(^|[^给求让叫导要骗])${READER_ASKED}`
/** The rest of what a scammer asks beside a weak marker: paying first, a specialist, secrecy, "我行", "本平台". */
const SCRIPT_ASKS = `(先|再)(充值?|转|交|付|汇)|${OFFICER_WORDS}|专员|不要告诉|别告诉|激活|我行|我们这里|本平台|有人说`
/** A speaker's own promise or ask beside a never-do ("我们从来不会收你一分钱，你先交…"): no one else's warning. */
/** How a speaker names their own firm or platform. */
const SPEAKERS_OWN = '我们|我司|本公司|我行|本平台'
const OWN_PROMISE = new RegExp(`${READER_ASKED}|${SPEAKERS_OWN}|(先|再)(充值?|转|交|付|汇)`)
/** The speaker's own pitch beside a verdict ("骗人的，我们这个是正规平台，投5000"): not a warning. */
/** A seller's own words for the offer: "咱家", "正规", "稳赚", "先充…". */
const PITCH_WORDS = '咱家|正规|稳赚|同行抹黑|官方合作|(先|再)(充值?|转|交|付|汇|投)'
const OWN_PITCH = new RegExp(`${SPEAKERS_OWN}|${PITCH_WORDS}`)
/** What others say, which a seller answers: "网上说", "外面都传", "有人讲". */
const HEARSAY = /(网上|别人|外面|外人|有人|很多人|人家|他们)(那些|上)?(都|老是|总)?(说|讲|传)/
/**
 * A seller's own pitch after hearsay ("…都是同行抹黑，咱家是官方合作的"): narrower than OWN_PITCH, since a family's "网上都说
 * 刷单都是诈骗，我们可别碰" says 我们 too (round 49's review).
 */
const HEARSAY_ANSWERED = new RegExp(`我们(这|是|公司|平台)|我司|本公司|本平台|${PITCH_WORDS}`)
/** 哪有什么 that denies no gain ("哪有什么风险"), or with the speaker's own pitch or ask beside it. */
const NOT_A_GAIN_DENIED = new RegExp(
  `哪有什么(?![^,，。!?\\n]{0,8}(翻|倍|稳赚|内部|高收益|回报|好事|便宜|馅饼|白给|白送))|${OWN_PROMISE.source}`
)
/** What a scammer asks in the same sentence as a weak marker (WEAK_MARKERS). */
const WEAK_MARKER_ASK = new RegExp(`${READER_ASKED}|${SCRIPT_ASKS}`)
/**
 * What cancels "真警察不会…": the fake officer's own script beside it ("…我们是让你转到最高检的资金监管账户"), or a
 * never-do that names no scam's ask ("真警察不会让你白跑", review38b).
 */
const OFFICERS_OWN = new RegExp(
  `${SCRIPT_ASKS}|我们|真(正的)?警察不会(?![^,，。!?\\n]{0,6}(转账|转钱|保密|汇款|验证码|账户|密码|共享|下载|打钱))`
)
/** What cancels 三思而行: the seller's own voice, a sum, an invitation or a sum put in. */
const CONTRAST_ASK = new RegExp(
  `${SCRIPT_ASKS}|(我们|咱们)(这|是|公司|平台|律所|团队)|本公司|我这|正规|律所|加我|拉你|进群|[0-9](元|块|万)|(你|您)(先|就|再)?(投|转|交|充|付)[0-9一二两三四五六七八九十几]`
)
/**
 * What the rest of a sentence that asks what the other side asked must not say: an ask or an accusation of its own ("对方
 * 是不是让你转账了？你涉嫌洗钱，要把钱转到安全账户").
 */
const OWN_ASK = new RegExp(
  `${OWN_READER_ASK}|${CODE_ASKED}|${SCRIPT_ASKS}|涉嫌|(你|您)的?(账户|银行卡|卡)|请(您|你)?(现在|马上|立即)?(下载|填|提供|输入|点击|登录|扫)|帮(您|你)拦截`
)
/** What cancels "没有安全账户": an account of the speaker's own offered beside it, or money asked of the reader. */
const OWN_ACCOUNT_OFFERED = new RegExp(
  `${OWN_READER_ASK}|${CODE_ASKED}|下载|共享屏幕|配合|转进去|这个是|(我们|本局|本院)(是|这|的)|监管账户|专户|清查账户|核查账户`
)
/** A seller's own pitch beside a borrowed verdict: "我们是正规…", "我们这个…", "内部消息", a sum the reader is to put in. */
const SELLERS_OWN_PITCH =
  /(我们|咱们)(这|是|公司|平台|团队|项目)|本公司|本平台|我司|咱家|正规|同行抹黑|内部消息|(你|您)(先|就|再)?(投|转|交|充值?|付|垫付?)[0-9一二两三四五六七八九十几]/
/**
 * The seller's own offer set against the rest just called 骗人的 or 假的: "我们这个不一样", "我们公司正规的，先交300押金",
 * "这个项目是国家扶持的" (round 62's review s29). Narrower than SELLERS_OWN_PITCH: a warning's own advice says 正规 or 我们 too
 * ("理财请到正规银行网点办理", "正规的养老保险要去社保局办", "我们这周末带你去医院复查").
 */
const SELLERS_CONTRAST =
  /((我们|咱们)(这个|这边|家|公司|平台|项目)|本公司|本平台|我司|咱家)[^,，。!?\n]{0,2}(不一样|不同|是?正规|靠谱|有保障)|(先|再)(交|充值?|付|垫付?|投)[0-9一二两三四五六七八九十几]|这个(项目|平台|产品|理财|是)[^,，。!?\n]{0,6}(不一样|不同|正规|国家|靠谱|保本|稳赚)/
/** What cancels "骗子很多": the speaker vouching for himself or accusing the reader beside it. */
const SPEAKER_VOUCHES = new RegExp(
  `${CONTRAST_ASK.source}|我是[^,，。]{0,8}(民警|警察|警官|公安|检察|法官|法院|客服|工作人员|专员)|(你|您)[^,，。]{0,4}涉嫌`
)
/** What cancels "…不会打电话让你转钱": the sender's own ask or voice after it ("所以我们是上门通知", "认证费50交给工作人员"). */
const NEVER_CALLS_ASK = new RegExp(`${CONTRAST_ASK.source}|交给|给我|转我|这次|所以|上门`)
/** What cancels a marker that scammers also write of the reader: an ask, or the reader's account, name or papers. */
const ABOUT_THE_READER = new RegExp(
  `${OWN_READER_ASK}|${CODE_ASKED}|${SCRIPT_ASKS}|(你|您|妳|阁下)(的|名下|已被|被)|(^|[^勿不])请(将|把)[^,，。]{0,10}(转|存|汇)|为(你|您)开通`
)
/**
 * What cancels 骗子自称: the sender's own voice or money asked beside it ("骗子自称公检法的很多，我们是正规的法院执行局…
 * 打到…", review38b), not what the scammers said to 您, which a police reminder reports ("骗子自称快递客服，说您的包裹…").
 */
const SELF_STYLED_ASK = new RegExp(`${CONTRAST_ASK.source}|转到|转入|打到|取出来|缴纳|认购|账户`)
/**
 * What cancels "一律挂掉", a grandchild's standing advice that a fake officer also gives to cut the person off ("谁打电话都
 * 一律挂断，连儿子的也别接，…把定期取出来转给他们核查"): only the officer's own words, since the advice names what scams ask
 * ("要您转钱的，您一律挂掉").
 */
const CUT_OFF_ASK = new RegExp(`${OFFICER_WORDS}|只听|连[^,，。]{0,4}(儿子|女儿|家人|孩子|老伴)`)
/**
 * What cancels a report's words (REPORT_MARKERS): the weak markers' asks, or a victim's story and a scammer's ask
 * told in the first person: "要我打电话解冻", "要求我扫码付款", "我前后充了18万", "钱都被转走了", "需要您配合", "把卡号和
 * 密码告诉我", "提供卡号和验证码即可办理", "下载会议软件共享屏幕", "你先帮我垫一下", "交1980元入会", "可以信吗".
 */
const REPORT_ASK = new RegExp(
  [
    // The weak markers' asks (WEAK_MARKER_ASK), but not an ask a report tells of: "以急需用钱为由，要求你转账汇款".
    OWN_READER_ASK,
    SCRIPT_ASKS,
    // Not a rule's "但凡让我点击链接的，一律删掉" (blind set R47's police reminder): anyone's 我. A seller's "但凡让我办的
    // 驾照都是真的" is still the seller's own (round 47's review).
    '(^|[^凡])(让|要|叫|逼|请|求|需要)我|凡(让|要|叫|逼|请|求|需要)我(?![^。!?\\n]*(一律|都是骗|都是假|别信|不要信|骗子|诈骗))',
    '我(已经|已|都|就|又|前后|先后|一共|刚|也)?[^,，。]{0,6}(转|付|交|充|借|汇|打)(了|过)',
    '被转走|我的名义',
    '需要(您|你)',
    '(告诉|发给|报给)我',
    '(提供|告诉|报)[^,，。]{0,6}(卡号|验证码|密码)[^,，。]{0,4}(即可|就可以|就能|就行)',
    '(下载|打开)[^,，。]{0,10}(共享屏幕|屏幕共享)',
    '帮我垫',
    '借我|新号|刚换的号',
    '(交|转|付|充)[0-9一二三四五六七八九十两]+(万|千|百)?元',
    '可以信|能信|是真的吗'
  ].join('|')
)
/** What cancels a school notice's "不是学校行为": someone named to pay after all (round 57's code review). */
const SCHOOL_NOTICE_ASK = new RegExp(
  `${REPORT_ASK.source}|转给|扫(我|老师|班主任|这个|这张)|个人(微信|收款码|账户|卡|支付宝)|为准|[0-9]元`
)
/** What cancels a borrowed "请警惕" or "…的别信": a contact to add, something to collect or register for. */
const BORROWED_WARNING_ASK = new RegExp(
  `${SCHOOL_NOTICE_ASK.source}|请加|加[^,，。]{0,6}(微信|qq|好友|vx)|领取|登记|点击|链接`
)
/**
 * What cancels a reminder's stock words (核实真伪, 谨慎对待, 防范意识…) in a scammer's mouth: the speaker's own firm or
 * pitch, an accusation, details asked of the reader, or a sum to pay first.
 */
const CAUTION_BORROWED_ASK = new RegExp(
  `${SPEAKERS_OWN}|正规平台|稳赚|加仓|翻倍|涉嫌|请(您|你)?(提供|告诉|发送|报|填写)|(先|再)(交|付|充值?|转|汇)[0-9一二两三四五六七八九十几]`
)
/** A warning's condition on the reader: "如您正在按陌生人指示转账", "如果你已经转账" (round 57's third blind set). */
const IF_YOU_ARE = /(如|如果|若|假如)(您|你)(正在|已经|已)[^,，。!?\n]*/g

/**
 * Markers a scammer's sentence can hold beside an ask ("本平台已经过多方核实…新人充值1000返1300", "刚才那个电话是假的，我们
 * 给您理赔三倍，请加一下理赔专员微信"), each with the ask that cancels it: they count only in a sentence that asks nothing
 * (WEAK_MARKER_ASK; CUT_OFF_ASK for 一律挂). 警惕 is no marker: "警惕冒充公检法诈骗，你因涉嫌一起洗钱案…" is a scam's own
 * heading; a signed reminder's is read by isOfficeReminder.
 */
/** "不要点" of something other than a link or a stranger's message: "不要点取款", "不要点错了". */
const NOT_A_LINK_TAPPED =
  /不要点(?!击|开|进|[^,，。!?\n]{0,6}(链接|网址|陌生|不明|短信|来历|可疑|任何|不认识|未知|二维码|对方|他们|别人|广告|弹窗))/
/** Verdicts whose pitch is read from the marker on (OWN_PITCH): what comes before them is what they judge. */
const PITCH_READ_AFTER: ReadonlySet<string> = new Set(['，骗人的', ',骗人的'])
const WEAK_MARKERS: ReadonlyMap<string, RegExp> = new Map([
  ...[
    '极可能是诈骗',
    '很可能是诈骗',
    '极有可能是诈骗',
    '出现冒充',
    '出现假冒',
    '多方核实',
    '核实过了',
    '当面核实',
    '视频核实',
    '多核实',
    // "您正遭遇诈骗，请立即把资金转到安全账户": a fake officer's words too.
    '正遭遇诈骗',
    '正在遭遇诈骗',
    '原来的号码回拨',
    '原号码回拨',
    '原来保存的号码',
    // A fake centre's "请回拨96110后按提示将资金转入安全账户" borrows the real number and still asks.
    '回拨96110',
    '回电96110',
    '短信是假的',
    '电话是假的',
    '链接是假的'
  ].map((marker) => [marker, WEAK_MARKER_ASK] as const),
  ['一律挂', CUT_OFF_ASK],
  ...['从来不会', '从不会', '冒充的'].map((marker) => [marker, OWN_PROMISE] as const),
  // Round 55's markers, as a fake office's preface too ("工作人员不会以任何名义收取费用，请把收到的验证码发给理赔员",
  // its code review): cancelled by an ask, a code, an account or a download of the speaker's own.
  ...['不会以', '切勿转账', '守网者', '防骗易'].map((marker) => [marker, OWN_ACCOUNT_OFFERED] as const),
  // "别信网上那些说法，骗人的，我们这个是正规平台" heads a warning off (round 48's review); a relative's "那个说…要你汇钱的
  // 电话，骗人的" retells the ask and is still a warning.
  ...[...PITCH_READ_AFTER].map((marker) => [marker, OWN_PITCH] as const),
  ['哪有什么', NOT_A_GAIN_DENIED],
  // "不要点取款啊，点转账": a caller's steps at a cash machine, not a warning against links (blind set Z40).
  ['不要点', NOT_A_LINK_TAPPED],
  // "任何人以学校名义要求扫码缴费的，请不要相信", "騙徒會假冒內地公安…": a definition of the trick, or who the sentence
  // is about; a fake centre's "您的银行账户已被骗徒控制，请立即拨打…" and "有骗徒冒用你的名义…你名下的贷款已逾期" use the
  // same words of the reader (ABOUT_THE_READER).
  ...['请不要相信', '请勿相信', '骗徒', '诈骗分子'].map((marker) => [marker, ABOUT_THE_READER] as const),
  // A scammer's "三思而行啊兄弟，名额只剩3个…投2万" and "真正的警察不会让你转到安全账户，我们是让你转到…监管账户" (review38).
  ...['三思而行', '三思而后行'].map((marker) => [marker, CONTRAST_ASK] as const),
  // Round 59's verdicts in a neighbour's words are a seller's preface too ("刷单骗局和我们不一样，我们是正规兼职，先垫付…",
  // "骗局都是别人的，我们是内部消息", "属于虚假宣传的事我们不干，我们是国家政策支持的"): cancelled by the seller's own pitch.
  // Round 60's "扫码后直接进入个人转账页面的都是假罚单" and "谁在群里说…，都是传销骗子" too.
  ...[
    '骗局',
    '的都别信',
    '别信这种',
    '千万别做这种',
    '是非法集资',
    '均属虚假',
    '属于虚假宣传',
    '的都是假',
    '都是传销'
  ].map((marker) => [marker, SELLERS_OWN_PITCH] as const),
  // Round 62's review: "网上那些刷单、理财都是骗人的，我们这个不一样…投一万每天分红150".
  ...['都是骗人', '是骗人的', '都是假的'].map((marker) => [marker, SELLERS_CONTRAST] as const),
  ['骗子自称', SELF_STYLED_ASK],
  // "国家没有安全账户，这个是“资金监管账户”…您配合把钱转进去" (round 55's review): a fake officer's own contrast.
  ...['没有安全账户', '不会电话办案'].map((marker) => [marker, OWN_ACCOUNT_OFFERED] as const),
  // "冒充公检法的骗子很多，我是真的民警，你涉嫌洗钱…" (round 55): a fake officer's own preface, not a relative's "现在骗子多".
  ...['骗子多', '骗子太多', '骗子好多', '骗子很多', '骗子真多', '骗子特别多'].map(
    (marker) => [marker, SPEAKER_VOUCHES] as const
  ),
  // "这里是12381预警劝阻中心，您涉嫌一起洗钱案件，请按1转人工": a fake centre's name with its accusation or its key to
  // press (round 48's review), not the news of a case stopped in time.
  ['劝阻', new RegExp(`${ABOUT_THE_READER.source}|涉嫌|按[0-9一二三]|转人工`)],
  // "医保局不会打电话让你转钱" is also a scam's opening before its own ask ("…这次是线上核验，激活费68元发给我"; review41).
  ...['不会打电话让', '不会打电话要', '不会打电话叫'].map((marker) => [marker, NEVER_CALLS_ASK] as const),
  ...['真警察不会', '真正的警察不会'].map((marker) => [marker, OFFICERS_OWN] as const),
  ...REPORT_MARKERS.map((marker) => [marker, REPORT_ASK] as const),
  // A class teacher's "任何人发收款码…都不是学校行为" is borrowed by a fake one who names whom to pay instead ("…非学校行为，请以
  // 班主任王老师的个人微信收款为准，资料费150元今天转给王老师": round 57's code review).
  ...['不是学校行为', '非学校行为', '都不要扫', '一律不要扫'].map(
    (marker) => [marker, SCHOOL_NOTICE_ASK] as const
  ),
  // "请警惕冒充人员，本次高龄补贴请加社区专员微信登记领取": the warning's words before the scam's own ask (code review).
  ...['请警惕', '的别信', '的都别信', '的不要信'].map((marker) => [marker, BORROWED_WARNING_ASK] as const),
  // Round 64's stock words of a reminder, borrowed as a scam's own preface (round 64's code review: "为核实真伪，请您提供
  // 身份证号和银行卡号…您涉嫌洗钱", "投资有风险需谨慎对待，但我们这个项目稳赚不赔", "切勿急于求成，先交99元会员费就能接单").
  ...CAUTION_WORDS.map((marker) => [marker, CAUTION_BORROWED_ASK] as const)
])

/**
 * A marker asked about, not said: "是不是骗子", "会不会是诈骗电话", "这是骗子吗", "是骗子还是真的", Cantonese "係咪騙徒
 * 嚟㗎", "係唔係騙案" (a worried person's question after a retelling; round 53's blind set). Read just before the marker and just after it, inside its clause.
 */
const ASKED_BEFORE = /(是不|会不会|是否|难道|该不会|莫不是|系咪|系不系|是咪)$/
const ASKED_AFTER = /^[^,，。；;\n]{0,3}(吗|么|吧|呢|？|\?|还是)/

/** Every marker in one pattern: one pass over a sentence instead of one search per marker. */
const MARKER = new RegExp(WARNING_MARKERS.map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g')

/** Markers that name a kind of fraud, which a victim's loss ("被电信诈骗了") and a case ("网络诈骗案") also name. */
const FRAUD_KINDS: ReadonlySet<string> = new Set(['电信诈骗', '网络诈骗'])

/** What someone told the writer about the writer: "说我…", "称我的卡…"; not "说我们…" (a talk to a group). */
const REPORTED_ACCUSATION = /(说|称|讲)我(?!们)/

/**
 * An accusation made to the reader, or retold by the writer, ending where the marker starts: "您名下的一个号码被人举报发送
 * 诈骗短信", "你的卡被用于实施诈骗", "有人用我身份证在外地办了卡发诈骗短信". A warning tells what to do on receiving one
 * ("您如收到诈骗短信"), not what the reader sent.
 */
const ACCUSED_OF_SENDING =
  /(您|你|用我|拿我|我的|我名下)[^。!?\n]{0,16}(被[^。!?\n]{0,3}举报|办了?[^。!?\n]{0,3}卡|群发|发送|发布|发了|发过|拨打|打过|参与|涉及|用于)[^。!?\n]{0,6}$/

/**
 * The markers an accusation itself names ("发了诈骗短信", "打诈骗电话"): only these may be what the caller said of
 * the writer. A verdict ("就是诈骗", "都是骗子", "我没理他") is the writer's or an adviser's, wherever 说我 stands.
 */
const ACCUSATION_MARKERS: ReadonlySet<string> = new Set([
  '电信诈骗',
  '网络诈骗',
  '帮信罪',
  '诈骗电话',
  '诈骗短信',
  '诈骗信息',
  '诈骗讯息',
  '实施诈骗'
])

/**
 * Verdicts that a person who has already paid also writes ("她转了十八万 第二天我们报警才知道是骗子"): in a sentence that
 * tells money paid and speaks to no one else, they end the story of a loss, not warn of one.
 */
const VERDICT_MARKERS: ReadonlySet<string> = new Set([
  '是骗子',
  '就是诈骗',
  '是骗人的',
  '都是骗人',
  '都是骗子'
])
/**
 * A sentence that speaks to others ("隔壁张姨转了五万才知道是骗子 大家小心", "…妈你可得注意") passes a loss on as a
 * warning, unless the writer asks what to do ("你们帮我看看怎么办"): that is the person who lost it.
 */
const TO_OTHERS =
  /大家|你们|各位|朋友们|千万|提醒|妈你|爸你|你可得|你要小心|你也小心|小心点|注意点|要注意|你别|你以后|你跟/
const ASKS_HELP = /怎么办|帮帮我|帮我看看|能追回|追得回/
const PAID_STORY =
  /(转了|交了|付了|汇了|充了|投了|投进去|买了|被骗了?)[0-9一二三四五六七八九十两百千万几]{1,8}(万|千|块|元)?/

/**
 * A news report of a case the police broke, in a report's words (某地, 近日, 据…报道, a date): "某地警方打掉一个…推销保健品
 * 的犯罪团伙，涉案金额达2000余万元". Its 犯罪 and 涉案 are about others; a caller who says "我们破获了一个洗钱团伙，你的卡
 * 涉案", or a grandchild who retells "警方破获了…她的卡涉案了", speaks of someone (ADDRESSED).
 */
const NEWS_OF_A_CASE =
  /(某地|某市|某县|近日|日前|记者|据[^,，。!?\n]{0,10}(报道|通报|消息)|[0-9]{1,2}月[0-9]{1,2}日)[^。!?\n]{0,12}(警方|公安(机关|局)?|民警|检察院|法院)[^。!?\n]{0,8}(打掉|破获|捣毁|侦破|抓获|摧毁)[^。!?\n]{0,48}(团伙|窝点|案件|嫌疑人|犯罪)/
/**
 * A call or a message to someone unnamed, retold as a story: "最近小区有老人接到电话，对方自称公安局，说他涉嫌洗钱，要他把钱转到
 * “安全账户”" (a community officer's talk, round 57's second review). A victim's family names whom it happened to
 * ("我妈接到电话…"), and what is said to the reader (你, 您) or asked in it (请, 扫, a sum: round 57's code review) is no
 * story. A news report's victim, named by a surname
 * ("桃園一名李姓女子透過交友軟體認識網友…被騙700萬元", round 57's third blind set), is another's story too.
 */
const STORY_OF_OTHERS =
  /(有|好多|很多|不少|许多|好些)(老人|老年人|居民|市民|群众|村民|街坊|人|位?阿姨|位?大爷|业主)[^,，。!?\n]{0,4}接到[^,，。!?\n]{0,6}(电话|短信|视频|信息|微信)|一名[^,，。!?\n]{0,6}[李王张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许邓冯韩曹曾彭萧蔡潘田董袁于余叶蒋杜苏魏程吕丁沈任姚卢傅钟姜崔谭廖范汪陆金石戴贾韦夏邱方侯邹熊孟秦白江阎薛尹段雷黎史龙陶贺顾毛郝龚邵万钱严覃武洪][姓性](女子|男子|老人|妇人|妇女|阿嬷|阿公|婆婆|大爷|市民|民众|学生|老翁|老妇|翁|妇|女|男)/
/**
 * The writer disowning an impostor who used their name or account: "刚才发收费二维码的那个账号不是我", "是冒充我头像和名字的
 * 骗子", "头像昵称都是盗用的", "我微信昨天晚上被盗了" (round 62's blind sets: a teacher's alert to the class group, a
 * cousin's to the family group). A warning, unless the same sentence gives a new way to reach the writer or asks
 * (DISOWNED_THEN_ASK): "我微信被盗了，这是我新号" is how a scam opens.
 */
const IMPOSTOR_DISOWNED =
  /(那个|这个|刚才|之前|昨天|今天)[^。!?\n]{0,20}(账号|号|人|消息|信息|微信|二维码)[^。!?\n]{0,4}不是我|冒充我的?(头像|名字|昵称|名义|身份|微信|号|账号|本人)|(是|被)盗用(了)?(我|的)|我的?(微信|qq|号|账号)[^,，。!?\n]{0,6}被盗/
/** A new way to reach the writer, or an ask, beside the disowning (IMPOSTOR_DISOWNED): "这是我新号", "转我". */
const DISOWNED_THEN_ASK = /新号|新微信|新的(微信|号|账号)|换了?号|加我|转我|打给我|借我|发给我|这个号|本号/
/** Others said to take the speaker's side for scammers, right before the marker: "总觉得我们是", "还以为咱们是". */
const CALLED_SCAMMERS = /(觉得|以为|说|当成?|认为|怀疑)(我们|咱们|我)(就|都)?(是|在)?$/
/**
 * A trick named as a scam by whoever tells of it: "派出所的人来了说这叫冒充熟人诈骗", "那就叫杀猪盘骗局" (blind set G38).
 * Not the question "这叫诈骗吗" a scammer asks to wave it off.
 */
const NAMED_AS_SCAM = /(这|那)(个|种)?(就|都)?叫[^,，。!?\n]{0,8}(诈骗|骗局)(?![吗嘛?？])/
/** A fake officer's "你这就叫涉嫌诈骗洗钱" or a seller's "这叫合法投资不是诈骗": no verdict on a trick (review38). */
const NOT_NAMED =
  /(你|您)[^,，。!?\n]{0,2}(这|那)(个|种)?(就|都)?叫|叫[^,，。!?\n]{0,8}(涉嫌|合法|正规|不是|并非)/
/**
 * What a sentence that names a scam must not also say: an ask, the reader's own matter, the speaker's own offer ("网上
 * 那种就叫刷单诈骗，我们这个是正规的…", "这就叫帮信诈骗共犯，你必须配合把名下资金转到清查账户", review38b).
 */
const NAMED_ASK = new RegExp(
  `${ABOUT_THE_READER.source}|(你|您)[^,，。!?\n]{0,6}(必须|需要|要|得|先|可以|能)|(你|您)是受害人|不用怕|别怕|(我们|咱们)(这|是|可以|能|帮)|垫|借|保证金|手续费|解冻`
)
/**
 * A reminder that defines the trick by who does it and calls them all fakes: "凡是在微信群里自称老师、导师，承诺稳赚不赔…
 * 的，都是非法荐股或诈骗", "任何私聊说发红包返利、付费领签名照的都是假冒" (round 58's second blind set). Not with the
 * speaker's own way after it (TRICK_THEN_OWN_WAY).
 */
const CALLED_SCAM =
  /(凡是|凡|任何|所有|一切)[^。!?\n]{2,80}的[,，]?\s?(都|均|一律|统统|全都|全部)(是|为|属于?|系)[^,，。!?\n]{0,8}(诈骗|骗子|骗局|假冒|假的|冒充|冒牌|非法)/
/**
 * Advice to check what one gets with someone the reader already knows: "谁收到“我”的私聊要钱，直接打我办公室电话核
 * 实", "凡是群里突然催交钱的，先打我电话或到校核实" (round 58's second blind set: a boss's and a teacher's notices). Not a
 * number to call that the message itself gives, which is how a fake notice "verifies" (any run of five digits).
 */
const CHECK_WITH_KNOWN =
  /(收到|遇到|接到|碰到|看到|催)[^。!?\n]{0,30}[,，]([^。!?\n]{0,10}[,，])?\s?(请|先|就|直接|务必|一定|及时)?(先|电话)?(打|拨打|致电|联系|问|到)(我|本人|家人|子女|孩子|老师|班主任|学校|校|单位|公司|原来|原号码|派出所|社区)[^,，。!?\n0-9]{0,10}(核实|确认|问清)(?![^。!?\n]{0,24}[0-9]{5})/

/**
 * A relative's word that a link, a text or a code the reader got is fake, and not to use it: "你转发给我的那个“养老金上调
 * 领补贴”的链接是假的，不要点" (round 58's review). Not when the sentence gives an address of its own ("…别点，点我这个
 * http://abc-gov.cc 才是真的": AN_ADDRESS).
 */
const LINK_CALLED_FAKE =
  /(链接|网址|网站|短信|二维码|消息|信息)[”"」]?的?[^,，。!?\n]{0,2}(是假的|是骗人的|是骗子发?的|是诈骗)[^。!?\n]{0,12}(不要|别|千万别|千万不要|不能)(点|扫|填|信|理|回)/
/**
 * An office's word that it never asks, with what it never asks after a comma: "本行不會透過短訊或電郵向你發送任何超連結或
 * 二維碼，要求你登入網上理財或提供一次性密碼" (round 58's last blind set: a bank's reminder).
 */
const NEVER_ASKS =
  /(不会|绝不会|从不|从来不|不会主动)[^。!?\n]{0,40}[,，]\s?(要求|让|叫)(你|您|市民|客户|用户|家长)[^。!?\n]{0,20}(登入|登录|提供|转账|汇款|付款|支付|点击|扫码|下载|透露|输入)/
/**
 * A don't whose list goes on past a comma: "請勿經社交平台或二手平台向陌生人購票，或支付任何「認證費」" (round 58's last blind
 * set: a ticket seller's notice).
 */
const DENIED_LIST_GOES_ON =
  /(请勿|切勿|不要|千万不要|千万别|勿)[^。!?\n]{0,40}[,，]\s?(或|或者|也不要|也别|更不要)(支付|转账|汇款|提供|透露|点击|扫码|购买|下载|添加|加)/
const AN_ADDRESS = /[a-z0-9]\.[a-z]{2}|https?:|www/i
/** The writer's own ask for money beside such advice: a sum, a fee, a loan or money fronted. */
const OWN_MONEY_ASK =
  /垫|借我|保证金|手续费|认证费|工本费|解冻|定金|(交|转|付|缴|汇)[^,，。]{0,10}([0-9]{2,}|[一二两三四五六七八九十百千万]{1,4})(块|元|万)|(你|您)先(帮我)?(从账上)?(转|交|付|垫|汇)/

/**
 * An office's "report it if anyone asks": "如有雇主要求求职者付款，请向劳工处举报", "如遇有人索要验证码，请立即报警" (round
 * 61's blind set: Hong Kong's 勞工處 on its job fair). What it names is what the office warns of, not its ask.
 */
const REPORT_IF_ASKED =
  /(如有|如遇|若有|若遇|如发现|凡有)[^。!?\n]{0,20}(要求|索要|收取|让您|叫您|让你|叫你)[^。!?\n]{0,20}[,，]?(请|可|应|务必)[^。!?\n]{0,10}(举报|报警|报案|投诉)/
/** REPORT_IF_ASKED's last words, looked for first: a paste of 如有…如遇… with no sentence break costs 5 ms a try. */
const REPORT_WORD = /举报|报警|报案|投诉/
/** The writer's own fee or firm beside such a line ("…请向我们举报，本公司只收300元培训费"): a scam's own way. */
const OWN_WAY_BESIDE = new RegExp(
  `${OWN_MONEY_ASK.source}|收[^,，。]{0,4}[0-9一二两三四五六七八九十百千万]{1,6}(块|元)|收[一二两三四五六七八九十百千]{2,5}|我们|咱们|俺们|这边|本公司|本平台|我司|本店|转我|微信转|扫我`
)
/** A sentence that speaks of the reader or of the person whose story it retells ("她的卡涉案了", "让她把钱转到…"). */
const ADDRESSED = /你|您|妳|(他|她|我)(的|名下)|(让|叫|要)(他|她|我)/

export function isWarningSentence(sentence: string): boolean {
  if (KEEP_PASSWORD.test(sentence)) return true
  if (IMPOSTOR_DISOWNED.test(sentence) && !DISOWNED_THEN_ASK.test(sentence)) return true
  if (REAL_ONES_ONLY.test(sentence) && !OWN_WAY_OFFERED.test(sentence)) return true
  if (isSafetySlogan(sentence)) return true
  if (NEWS_OF_A_CASE.test(sentence) && !ADDRESSED.test(sentence)) return true
  // What the callers said, quoted, may speak to 你 ("最近好多人接到电话，说“你的百万保障快到期了…”": round 62's blind set).
  if (STORY_OF_OTHERS.test(sentence) && !/你|您|妳|请|扫|[0-9]元/.test(withoutQuoted(sentence))) return true
  // A sentence that coaches against the checks is the scammer's ("反诈APP弹的提示你别管它"), unless it is a police
  // reminder that defines the trick ("凡是叫你不要相信银行的，都是诈骗").
  if (
    COACHED_AGAINST_CHECKS.test(sentence) &&
    !DEFINES_SCAM.test(sentence) &&
    !POLICE_REMINDER.test(sentence)
  )
    return false
  if (LIST_ITEM.test(sentence.trim())) return true
  if (TRICK_LISTED.test(sentence) && !TRICK_THEN_OWN_WAY.test(sentence)) return true
  if (ASKED_ABOUT_THE_OTHER.test(sentence) && !OWN_ASK.test(sentence.replace(ASKED_ABOUT_THE_OTHER, '')))
    return true
  if (NAMED_AS_SCAM.test(sentence) && !NOT_NAMED.test(sentence) && !NAMED_ASK.test(sentence)) return true
  if (CALLED_SCAM.test(sentence) && !TRICK_THEN_OWN_WAY.test(sentence.replace(CALLED_SCAM, ''))) return true
  if (CHECK_WITH_KNOWN.test(sentence) && !OWN_MONEY_ASK.test(sentence.replace(CHECK_WITH_KNOWN, '')))
    return true
  if (
    LINK_CALLED_FAKE.test(sentence) &&
    !AN_ADDRESS.test(sentence) &&
    !OWN_MONEY_ASK.test(sentence.replace(LINK_CALLED_FAKE, ''))
  )
    return true
  if (NEVER_ASKS.test(sentence) || DENIED_LIST_GOES_ON.test(sentence)) return true
  if (
    REPORT_WORD.test(sentence) &&
    REPORT_IF_ASKED.test(sentence) &&
    !OWN_WAY_BESIDE.test(sentence.replace(REPORT_IF_ASKED, ''))
  )
    return true
  if (
    CODE_WORD.test(sentence) &&
    (KEEP_IT.test(sentence) || (USE_IT.test(sentence) && !CODE_ASK.test(sentence)))
  )
    return true
  // Markers are read without quotation marks: "公安机关不存在“安全账户”" is 不存在安全账户.
  const plain = sentence.replace(QUOTE_MARKS, '')
  // A denied marker ("并非诈骗信息") does not count; another marker may still start at any later place.
  for (let at = 0; at < plain.length; at++) {
    MARKER.lastIndex = at
    const found = MARKER.exec(plain)
    if (!found) return false
    at = found.index
    // "心脏病脑梗都不会得": a promise about an illness, not an office saying what it never does.
    const illness = found[0].endsWith('不会') && plain[at + found[0].length] === '得'
    // "您涉嫌发送诈骗短信": an accusation that names fraud, not a warning about it (an instruction such as 立即挂断 after
    // a quoted accusation still warns: "收到“您的银行卡涉嫌洗钱”电话，立即挂断"); so is one retold by the person
    // it was made to ("说我身份证在外地办了张卡发了诈骗短信"): a warning speaks to 您, not of 我.
    const accused =
      (/诈|骗/.test(found[0]) && plain.slice(Math.max(0, at - 8), at).includes('涉嫌')) ||
      (ACCUSATION_MARKERS.has(found[0]) &&
        (REPORTED_ACCUSATION.test(plain.slice(Math.max(0, at - 24), at)) ||
          ACCUSED_OF_SENDING.test(plain.slice(Math.max(0, at - 24), at))))
    const lossTold =
      VERDICT_MARKERS.has(found[0]) &&
      PAID_STORY.test(plain) &&
      (!TO_OTHERS.test(plain) || ASKS_HELP.test(plain))
    // A verdict after a retold promise ("有人说投资稳赚，骗人的，咱们老老实实上班") is cancelled only by a pitch after it.
    // A warning's condition on what the reader may be doing ("如您正在按陌生人指示转账，…请立即停止操作") asks nothing.
    const weak =
      WEAK_MARKERS.get(found[0])?.test(
        (PITCH_READ_AFTER.has(found[0]) ? plain.slice(at) : plain).replace(IF_YOU_ARE, '')
      ) ?? false
    // "我被电信诈骗了", "你报的网络诈骗案": a loss or a case, not a warning of the kind…
    // … or an office named after it that gets the money back, which only the police do ("【网络诈骗追回中心】", blind
    // set Z38; recovery-offer's source).
    const victimOrCase =
      FRAUD_KINDS.has(found[0]) &&
      (plain[at - 1] === '被' ||
        /^([案了]|(资金|损失)?(追回|追损|追款|追赃|追讨|退赔|挽损|维权|援助))/.test(
          plain.slice(at + found[0].length)
        ))
    // "年轻人总觉得我们是骗人的": a seller heading off the family's warning, not a warning (blind set Z40's 量子床垫);
    // nor is "网上说刷单都是诈骗，…我们是正规电商兼职", hearsay the seller's own pitch answers (round 48's review).
    const calledScammers =
      CALLED_SCAMMERS.test(plain.slice(Math.max(0, at - 10), at)) ||
      (HEARSAY.test(plain.slice(Math.max(0, at - 12), at)) && HEARSAY_ANSWERED.test(plain.slice(at)))
    // "对方让我报银行卡号，是不是骗子？": the worried reader asking, not a verdict; what the sentence retells is read.
    const asked =
      ASKED_BEFORE.test(plain.slice(Math.max(0, at - 4), at)) ||
      ASKED_AFTER.test(plain.slice(at + found[0].length))
    if (
      !illness &&
      !calledScammers &&
      !accused &&
      !lossTold &&
      !weak &&
      !asked &&
      !victimOrCase &&
      !DENIALS.some(
        (d) =>
          plain.startsWith(d, at - d.length) &&
          !DOUBLE_NEGATIVE.test(plain.slice(Math.max(0, at - d.length - 6), at - d.length))
      )
    )
      return true
  }
  return false
}

/**
 * A video call that "checks" something ("以视像通话协助你核实", "视频连线核查"), which the police never make to check
 * accounts or money (公安机关 on 冒充公检法): read with what it checks by ACTION_TARGETS and by the fact of the same
 * name in ./index.ts.
 */
export const VIDEO_CHECK =
  '(视像|视频|视讯)(通话|会议|连线|面谈|形式)?[^。!?\\n]{0,16}(核实|核查|查核|检查|清查|清点|核验|查验)'

/**
 * Somewhere to send money, a code or a click: a web address that is not written as an example ("网址均以gov.cn结尾"
 * has none after it), a bank card number, or a code read out to the sender ("念给我", "报给我们的专员"). A warning
 * names none of these; a scam that borrows a warning's words still does. A landline is not counted: a police
 * reminder gives its station's number. Addresses, card numbers, chat ids and mobiles count wherever they stand.
 */
const ACTION_TARGETS = [
  /https?:\/\/|www\./,
  /[a-z0-9][a-z0-9-]{0,30}\.(?:cn|com|net|cc|top|xyz|vip|org|info|shop|club|site|online|icu|fun|ink|wang|me|io|co|tk|pw|link|ltd|work|buzz|cyou|sbs|cfd|bond|rest|gift|tw|hk|mo)(?![a-z])/,
  /[0-9*x×]{12,}/,
  // "往这张卡打3000", "请把存款转到安全账户": a card or an order to move money, not a warning's "不要转账".
  /(这张|这个)(银行卡|卡(?!片)|账户|账号)/,
  /请(把|将)[^,，。]{0,10}(转|打|汇|存)/,
  // A code read out to the sender: "验证码…念给我们的专员". A family's "短信发给我看看" is not one.
  /(念|报)给(我|我们的专员|专员|工作人员)/,
  /(验证码|密码|动态码|校验码)[^。!?；;\n]{0,20}(发|告诉|截图发?)给(我|我们的专员|专员|工作人员)/,
  // "验证码不要告诉别人，直接告诉我": the code SMS's own words, then the ask.
  /(验证码|动态码|校验码)[^。!?；;\n]{0,24}(告诉我|发我|报我|给我看|念一下|读一下|报一下|输入到|填到|填写到)/,
  // A 400 number of the writer's own to call ("请联系客服 400-123-4567", "致电4008-123-456", masked "4008-xxx"); a
  // mobile counts wherever it stands (below). A police reminder gives 110, 96110 or its station's landline, never a
  // mobile or a 400 number.
  /(联系|拨打|致电|咨询|回电|速回)[^,，。]{0,12}400[0-9]?-?[0-9*x]{3}/,
  // Money, an app or a chat asked of the reader in the writer's own voice: "你先充一万试试", "资料费今天交到我
  // 微信上", "按我说的操作", "加我薇信". A warning's "不要转账" or "勿加陌生人微信" says the opposite.
  /(你|您)(先|就|快|马上|现在|今天)?(帮我)?(充值?|转|汇|交|打)[0-9一二三四五六七八九十两几万千百]/,
  // Not a call: "还好她先打给我了", "打给我问问" (round 40's trial), "电话打给我说…", "他转给我看" (review43).
  /(交|转|打|汇)(到|给)我(?!了|电话|问|核实|确认|说|看)/,
  /按(我|照我)说的/,
  // Not someone who added the writer, told ("有个说是我同学的人加我微信": round 58's review).
  /(^|[^人他她])加(我|一下我)[^,，。]{0,2}(微信|qq|好友|薇信|扣扣|v)/,
  // An accusation made to the reader, not reported: "你的身份证涉嫌洗钱" (a warning's "称您的卡涉嫌…的都是诈骗").
  /(^|[^称说])(你|您)(名下)?的[^,，。]{0,10}(涉嫌|涉及)/,
  // "你把钱转到国家安全账户": the writer tells the reader to move money (a warning says 不要把钱转给…, or retells the
  // impostor's ask: "再转接公安局让你把钱转到安全账户").
  /(^|[^让叫求])(你|您)(把|将)[^,，。]{0,10}(转|打|汇|存)(到|进|入|给)/,
  // "请下载会议APP共享屏幕": not the police's own "请下载国家反诈中心APP" or Hong Kong's 防騙視伏App, nor a warning's "请勿…".
  // Not the 请 of 邀请 ("陌生网友邀请裸聊、要求下载陌生APP" is a warning's list) or of 请求 ("转账请求、屏幕共享要求").
  // Nor a 无需 ("正规快递理赔无需共享屏幕": blind set Z42's police bulletin).
  /((^|[^邀申聘宴])请(?!求)|(^|[^无不毋])[需须]要?)(?![^,，。]{0,10}(不|勿|别|莫|反诈|防骗视伏))[^,，。]{0,8}(共享屏幕|屏幕共享|下载[^,，。]{0,6}(会议|app|软件))/,
  // "请统一扫描下方学校收款二维码缴纳", "统一在群里用群收款交": a code to pay by, not a warning's "不要扫陌生二维码".
  /((^|[^邀申聘宴])请(?!求)|统一|直接|(^|[^无不毋])需要?)(?![^,，。]{0,10}(不|勿|别|莫|反诈))[^,，。]{0,8}(扫描|扫一扫|扫码|扫)[^,，。]{0,8}(二维码|收款码|付款码)|用群收款/,
  // A chat id or group number to add ("加扣扣 88776655", "客服微信 kf8899", "群号 889977") or a mobile number: a
  // warning names the police's own 96110, never someone's id.
  /(qq|扣扣|微信|薇信|vx|wx|群号|群)[:：]?\s?[0-9a-z_-]{5,}/,
  // A mobile, also in groups ("138 1234 5678", "138-1234-5678", "138.1234.5678").
  /(^|[^0-9])1[3-9][0-9](?:[-. ]{0,3}[0-9*x]){8}(?![0-9])/,
  // "缴纳个人所得税2000元到以下账户" (round 56's second review: a prize's tax beside a borrowed 当面确认): an account the
  // message goes on to give.
  /(到|至|入|进)(以下|下列|如下)的?(账户|账号|户口|卡号|银行卡)/,
  // A bank card in groups of four ("6222 0212 3456 7890").
  /(^|[^0-9])[0-9]{4}(?:[- ][0-9]{4}){3}/,
  // A kidnapper's own words ("你儿子现在在我手上"); a warning reports them ("称您孩子被绑架").
  /在我(们)?手(上|里)|被我(们)?绑/,
  // A sum asked of the reader: "需先交解冻金3000元", "需先缴纳保证金200元".
  /(^|[^无不毋])(需|须|要|得)先?(交|缴纳|缴|付|支付)[^,，。]{0,6}[0-9]{2,}(元|块)/,
  /(今天|今日|今晚)(之内|内)?(缴纳|交|缴|付|支付|转)[^,，。]{0,6}[0-9]{2,}(元|块)/,
  // A quiz or a prize behind a code to scan and a form for the ID and the card: "扫码参与，需填写姓名、身份证号、银行卡号
  // 用于发放奖励" (round 57's second review: a scam opening with "近期诈骗高发"). A warning says 勿扫, 不要填写.
  /(^|[^不勿别])扫码(参与|领取|报名|登记|答题|抽奖|兑换)/,
  /(^|[^无不毋勿别])(需|须|请)要?(填写|提供|上传|输入)[^,，。]{0,10}(身份证号|银行卡号|卡号|验证码|密码)/,
  // A video call offered to check the reader's account, which no office makes (round 54's trial: a fake 司警 reminder);
  // not a warning's report of what fakes ask (its review).
  new RegExp(
    `(本局|我局|我们|专员|职员|警员|民警|警官)[^。]{0,12}${VIDEO_CHECK}[^。!?\\n]{0,10}(账户|资金|存款)`
  )
]

/** ACTION_TARGETS as one expression: one search per sentence instead of one per pattern. */
const ANY_ACTION_TARGET = anyOf(ACTION_TARGETS)

/** Each opening quotation mark and the mark that closes it. */
const QUOTE_CLOSERS: Readonly<Record<string, string>> = { '“': '”', '「': '」', '『': '』', '"': '"' }

const ANY_QUOTE_OPENER = /[“「『"]/

/** Every opening mark, for a walk that jumps from one to the next. */
const QUOTE_OPENERS = /[“「『"]/g

/**
 * The sentence without its words in quotation marks: a warning quotes what scammers say (不法分子常以“请拨打400-…”
 * 等话术实施诈骗). An opening mark with no closing mark after it stays, as text. One pass: a regular expression such
 * as /“[^”]*”/g rescans to the end from every unclosed mark, which a paste of 20,000 “ made take seconds on a phone.
 */
export function withoutQuoted(sentence: string): string {
  // Most sentences quote nothing: one native search instead of a walk over every character.
  if (!ANY_QUOTE_OPENER.test(sentence)) return sentence
  const unclosed = new Set<string>()
  let out = ''
  // Copied in slices between quotes, from one opening mark to the next (a native search), not character by
  // character: this runs on every sentence of every check and on whole texts.
  let from = 0
  QUOTE_OPENERS.lastIndex = 0
  for (let m = QUOTE_OPENERS.exec(sentence); m !== null; m = QUOTE_OPENERS.exec(sentence)) {
    const opener = m[0]
    if (unclosed.has(opener)) continue
    const end = sentence.indexOf(QUOTE_CLOSERS[opener], m.index + 1)
    if (end < 0) {
      // No closing mark after this one, so none after any later one either.
      unclosed.add(opener)
      continue
    }
    out += sentence.slice(from, m.index)
    from = end + 1
    QUOTE_OPENERS.lastIndex = end + 1
  }
  return from === 0 ? sentence : out + sentence.slice(from)
}

/** A warning that defines a scam ("凡是让您打开备用金的都是诈骗"): what it names is never an ask. */
const DEFINES_SCAM = /凡是|(都|均|就|一律)(是|为|属于?)(诈骗|骗子|骗局)/

/**
 * A web address a warning gives as an example of the fake ones ("发送含有类似 12123-xx.top 链接的短信", "比如 icbc-cn.vip"):
 * not somewhere to act.
 */
const EXAMPLE_ADDRESS =
  /(类似|例如|比如|诸如|像是)[^,，。]{0,4}[a-z0-9][a-z0-9.-]{0,40}\.[a-z]{2,6}(?![a-z])/g

function hasActionTarget(sentence: string): boolean {
  const own = withoutQuoted(sentence).replace(EXAMPLE_ADDRESS, '')
  if (!ANY_ACTION_TARGET.test(own) && !(own.includes('备用金') && RESERVE_FUND_ASK.test(own))) return false
  // "骗徒声称你涉及洗黑钱，要你将存款转去指定户口" (round 55's review): what scammers ask, told of them, with no
  // address, card or number of the writer's own and no "real" way after it.
  if (
    REPORTED_SCRIPT.test(own) &&
    !OWN_WAY_AFTER.test(own) &&
    !CONCRETE_TARGET.test(own) &&
    !SPEAKER_ASKS.test(own)
  )
    return false
  const defined = DEFINES_SCAM.exec(own)
  if (!defined) return true
  // "冒充民警称要安全账户的都是骗子，真正的资金核验请将存款转入…专户6217…" (round 55's review): the speaker's own way
  // after the definition still gives somewhere to act.
  const after = own.slice(defined.index + defined[0].length)
  return OWN_WAY_AFTER.test(after) && ANY_ACTION_TARGET.test(after)
}

/** Scammers as the subject of what they say or ask: "骗徒声称…", "骗子常冒充…", "不法分子会要求…". */
const REPORTED_SCRIPT =
  /(骗徒|骗子|不法分子|诈骗分子|犯罪分子)(常常|通常|往往|经常|常|会|多)?(声称|称|冒充|假?扮|假冒|自称|以|要求|让|叫)/
/** The speaker's own voice or ask beside a report of scammers: "骗子会冒充民警，我是真民警，请立即下载…" (code review 55). */
const SPEAKER_ASKS = /我|本行|本局|请(立即|马上|现在|尽快)?(下载|转|汇|存|打开|提供|填|登录|点击|把|将)/
/** A web address, a long number or a mobile: somewhere to act that a report of a script never gives. */
const CONCRETE_TARGET = /https?:|www\.|[a-z0-9-]\.(cn|com|net|top|vip|cc|hk|tw|mo)(?![a-z])|[0-9*x]{7,}/
/**
 * The speaker's own "real" way that follows a definition of the scam: "…都是骗子，真的民警会通过视频核查你的资金，加微信…"
 * (round 55's second review).
 */
const OWN_WAY_AFTER =
  /真正的|真的?(民警|警察|公安|法官|检察官)|正规|请(将|把)[^,，。]{0,10}(转|汇|存|下载)|[须需]要?[^,，。]{0,4}(下载|转|汇|存|共享)/

/**
 * "请打开支付宝备用金领取": the fake refund's ask, near its clause's start or after 请/麻烦; not a report's "诱导受害人打开
 * 支付软件开通备用金" (blind set X42). Read apart from ACTION_TARGETS, and only where 备用金 is: its leading class would be
 * tried at every character of every sentence.
 */
const RESERVE_FUND_ASK =
  /(^|[,，。!?；;\s])[^,，。!?\s]{0,5}(打开|开通)[^,，。]{0,6}备用金|(请|麻烦)[^,，。]{0,8}(打开|开通)[^,，。]{0,6}备用金/

/**
 * An official short number: a bank's, insurer's or platform's 95xxx or 95xxxx, 96xxx, a carrier's 100xx, a licensed
 * 1010xxxx service line, a public 12xxx line, China Post's and EMS's 1118x (11183, 11185), and the Hong Kong police's
 * anti-scam helpline 18222 (防骗易), and Taiwan's anti-fraud line 165 (反詐騙諮詢專線; round 57's review: "有疑問請撥165查詢"),
 * not the start of a mainland mobile ("165 8823 1177", round 57's code review).
 */
export const OFFICIAL_SHORT_NUMBER =
  '(95[0-9]{3,4}|96[0-9]{3}|100[0-9]{2}|1010[0-9]{4}|12[0-9]{3}|1118[0-9]|18222|165(?![- ]?[0-9]{4}[- ]?[0-9]{4}))(?![0-9])'

/**
 * A call to an official short number, with up to 12 characters between the verb and the number for whose line it
 * is ("请致电建设银行客服热线95533", "请联系京东客服950618"), or to the police's and emergency services' own ("如有疑问可拨打
 * 公安机关110、96110号码进行咨询": 工信部's note on its warning SMS, round 65's blind set).
 */
export const OFFICIAL_CALL_SOURCE = `(致电|拨打|联系|咨询|详询)[^,，。\\n0-9]{0,12}((110|119|120|122)(?![0-9])|${OFFICIAL_SHORT_NUMBER})`

/**
 * 我 as the writer's own doing, not someone else's ask of the writer ("让我先垫两万", "叫我转给他") nor an ask to do it
 * for the writer ("你帮我先付一下", "替我先垫着": a hijacked account's pay-for-me, round 57's review).
 */
const WRITER_SAYS = '(^|[^让叫要请帮替])我'

/**
 * Money the writer already paid: "押金我已经交了2万", "我先垫了5600", "我把你奶奶住院的押金先交了2万", "在一楼窗口交了
 * 两千块押金" (family talk, not an ask); not "你先帮我把学费交了", an ask.
 */
const WRITER_PAID =
  /我(已经|已|都)?[^,，。\n]{0,8}(交了|垫了|付了|转了|付过|交过|先垫的|先付的|先交的|打过去了|转过去了)|(^|[^让叫要请帮])我把[^,，。\n]{1,12}(先|都|已经|已)?(交了|垫了|付了|交上了|付清了|缴了)|(^|[^让叫要请帮我先你您])在[^,，。\n]{0,8}(窗口|收费处|缴费处|柜台)(交了|付了|缴了|刷了)/

/**
 * The clause just before the writer says they paid, when it names the fee without asking the reader anything:
 * "学校要交资料费，我已经用自己的零花钱交了". A clause that speaks to the reader ("你", "您") or rushes is still read, and
 * so is an ask the writer retells ("让我把钱转到安全账户，我已经转了三万块": trial 15 found it hid the ask).
 */
function isFeeNamedNotAsked(clause: string): boolean {
  return (
    /[费钱款]/.test(clause) &&
    !/[你您请快速赶]|[让叫要逼]我(?!们)[^，,]{0,6}(把钱|转到|汇到|打到)/.test(clause)
  )
}

/**
 * Clauses that report a transaction already done: a bank's or a payment app's receipt ("退款成功", "已退回零钱",
 * "收入3.70元", "余额1,108.67元"). Money, refunds and deadlines mentioned there are what happened, not what
 * someone asks. Only the clause is left out: a scam that copies a receipt and then asks for something (a link, a
 * number to call, a code) is still read in its other clauses.
 */
const RECEIPT_PATTERNS = [
  /(扣费|退款|支付|交易|转账|还款|充值|缴费|缴纳|扣款|消费|付款|改签|退票|出票|订票|预订|签收)成功/,
  /已到账|到账通知|已经?(退回|退还|退至)|退回零钱|已为[^,，。\n]{1,12}(缴费|缴纳|充值|续费)|已入账|已存入|已(缴|交|付|结)(清|齐)/,
  /余额[^0-9\n]{0,8}[0-9][0-9,.]{0,12}元/,
  // A payment app's receipt: "你已成功向“好邻居便利店”付款 ¥23.50", and its fields ("交易类型：扫二维码付款").
  /成功向[^,，。\n]{1,20}(付款|支付|转账)|^(交易类型|支付方式|付款方式|交易时间|交易单号|商户单号|收款方|支付时间)[:：]/,
  // A proof of a payment made, sent by the writer: "交费凭证截图发您了", "付款记录发你看一下"; not an ask for one
  // ("把转账截图发给我").
  /(交费|缴费|付款|转账|支付|汇款)(凭证|截图|记录|回单|小票)[^,，。\n]{0,4}(发您|发你|发给您|发给你|给您看|给你看|已发|截图(给|发)(你|您))/,
  // Not a prize's amount: "恭喜您获得年终奖励金额8888元" (奖励金额, 中奖金额).
  /(收入|存入|转入|汇入|支出|入账|交易金额|消费|扣费|扣款|退款金额)[^0-9\n]{0,16}[0-9][0-9,.]{0,12}元|(^|[^励奖])金额[^0-9\n]{0,16}[0-9][0-9,.]{0,12}元/,
  // A fee a system or a platform has already taken: "系统扣了5%手续费" (round 58's second blind set: a sale in a game's
  // own market).
  /(扣了|扣掉了|扣除了|收了|抽了)[^,，。\n]{0,8}(手续费|服务费|佣金|费用)/,
  // Money already taken or settled: "已自动扣款", "已从账户余额扣除", "已由智慧校园平台统一扣缴", "费用已由单位统一结算"
  // (round 58's blind set: an employer's check-up).
  /已(由[^,，。\n]{1,12})?(自动|成功|统一)?(从[^,，。\n]{0,10})?(扣除|扣款|扣费|扣缴|代扣|划扣|支付|缴纳|退回|退还|到账|结算|付清)/,
  // Advice to use the official short number ("请立即致电95511冻结账户"): calling it is the safe thing to do.
  new RegExp(OFFICIAL_CALL_SOURCE),
  // "消费人民币2.00", "入账RMB100.00": a bank's record without 元.
  /(消费|支出|收入|存入|转入|入账|扣款|退款|交易)(人民币|rmb)[0-9][0-9,.]{0,12}/,
  // A refund that needs nothing from you: "付款金额会在15个工作日内退还给您", "将原路退回".
  /(将|会)[^,，。\n]{0,12}(原路)?(退还|退回)给?您?/,
  // Money the writer already paid: "押金我已经交了2万", "我先垫了5600" (family talk, not an ask).
  WRITER_PAID,
  // A wage paid into the reader's own card: "工资每月10日打到本人银行卡" (round 59's blind set: a property office's job ad).
  /(工资|薪水|薪资|报酬)[^,，。\n]{0,10}(打到|打入|发到|转到|存入|汇入)(本人|您|你)(本人)?的?(银行卡|卡|账户|工资卡)/,
  // Money the writer is about to pay: a customer's "我先付200定金", "运费我们来出", "我在这边先垫着", "运费我出",
  // "回头我转给你" (not "让我先垫两万": WRITER_SAYS).
  new RegExp(`${WRITER_SAYS}们?(先|来)(付|交|出|垫)`),
  new RegExp(`${WRITER_SAYS}[^,，。\\n]{0,4}先?垫着`),
  /(费|钱)我(来)?出/,
  new RegExp(`${WRITER_SAYS}[^,，。\\n]{0,6}(转|还|打|汇)给?(你|您)(?!们?[的账卡])`),
  new RegExp(`${WRITER_SAYS}(也|先|来|就)(转|出|拿)[0-9一二三四五六七八九十两百千万]{1,6}(万|千|块|元)`),
  // A bank's record of a transfer from your own account: "您尾号3301的账户于11月29日向张三转账2000.00元".
  /尾号[0-9*]{3,4}[^,，。\n]{0,40}(转账|汇款|支付|付款)[0-9][0-9,.]{0,12}元/,
  // The same record named by the other side's card: "您向陈*的工商银行卡6212 **** 7432转账170.00元，已于…成功到账" (a
  // clause that starts with 您向 someone's card and ends with the amount; "请您向…转账", "你向我转账5000元",
  // "您于今天下午5点前向…账户转账" and "您向对方转账100元后即可解冻" do not).
  /^(您|你)向(?!(我|他|她|你|您|客服|对方|公司|这个|以下|下面|指定))[^,，。\n]{1,20}的[^,，。\n]{0,10}(卡|账户)[^,，。\n]{0,30}(转账|汇款)[0-9][0-9,.]{0,12}元[!！]?$/,
  // Money given to the writer: "今天给我发了个红包200" (not to the reader: "我刚给你发了个红包，点这个链接领一下").
  /给我(发|转|打)了(个|一个|一笔)?(红包|[0-9一二三四五六七八九十两百千万])/,
  // Money already sent: "钱已经打到你农行卡…上了", "班费我转到您账户…了", "补助已直接打入家长银行卡".
  /已经?(直接)?(打到|转到|汇到|存到|打给|转给|汇给|转入|存入|汇入|打入|发放到|发放至|发到)/,
  // Not a promise: "把存款转到监管账户就没事了".
  /(打|转|汇|存)(到|给|进|入)(?![^,，。!?\n]{0,30}就(没事|安全|放心|不会|能|可以))[^,，。!?\n了才]{0,30}了$/,
  /我(已经|已)?(转|打|汇|存)(到|给|进|入)[^,，。!?\n]{0,30}了/,
  // The person's own application, decided or paid: "您的失业补助金申请已审核通过", "高龄补贴已发放到社保卡".
  /(申请|补贴|补助金?|养老金|退税|退费)([(（][^)）\n]{0,24}[)）])?[^,，。\n]{0,6}(已审核通过|已通过审核|已受理|已办结|已发放)/,
  // A payment app's notice of money received: "收到一笔转账￥0.01".
  /(收到|收款|到账)(一笔)?[^,，。\n]{0,6}[￥¥][0-9]/,
  // A labelled time stamp of a record: "扣费时间：2024-11-24 19:36" (not a deadline: "截止日期：…").
  /(^|[^止限])(时间|日期)[:：][0-9]{2,4}[-/年.]/,
  // A field of a payment app's notice, one per line: "退款原因 微信支付未在24小时内接收你的转账".
  /^(退款|转账|交易|支付|收款|付款|扣款|到账)(原因|时间|方式|金额|状态|说明|备注|单号)/,
  // Money already paid out to the reader: "报销款已于今天下午统一打到工资卡", "补贴已发放至社保卡".
  /已(于|在)?[^,，。\n]{0,10}(打到|打入|发放到|发放至|发到|转入|存入|汇入|划入)[^,，。\n]{0,6}(工资卡|社保卡|卡|账户|账号|零钱|余额)/,
  // A payment app's receipt by its fields: "扣费凭证", "扣费金额 ¥25.00", "扣费时间:11月08日 00:02".
  /^(扣费|扣款|消费|支付|付款|退款|收款|交易|转账)(金额|凭证)[^,，。\n]{0,4}([￥¥][0-9]|$)|^(扣费|扣款|交易|支付|付款)时间[:：]\s?[0-9]{1,4}[-/年.月]/,
  // A chat's record of money moved: WeChat's "[转账]173.00" (【转账】, [微信转账], "￥500.00 微信转账" as a screenshot
  // reader gives the bubble), "[红包]", a marketplace's "买家：已付款", "付款已提交" (what happened, not
  // an ask; a person's own loss is read by what they say about it, PAID_AS_TOLD).
  /[[【](微信)?(转账|红包|收款|已收款|已拍下|已付款)[\]】]|[￥¥][0-9][0-9,.]{0,12}[ \t]?微信转账|转账[￥¥][0-9][0-9,.]{0,12}[^,，。\n]{0,2}已(被)?(接收|收款|领取)/,
  /(^|[:：])已经?(付款|支付|拍下|下单|转账|收款|缴费|交费|汇款|充值)(?![^,，。!?\n]{0,8}(吗|么|没|\?|？|给你|给您|到你|到您))/,
  /(付款|转账|汇款|缴费|报销)已(提交|完成|到账|受理)/,
  // A top-up already made, told by the platform: "您的账号于今日20:15在《王者荣耀》充值30元".
  /于[^,，。\n]{0,24}[0-9]{1,2}[:：][0-9]{2}[^,，。\n]{0,16}(充值|消费|支付|付款)[0-9][0-9,.]{0,10}元/
]

/** RECEIPT_PATTERNS as one expression: one search per clause instead of one per pattern. */
const ANY_RECEIPT_PATTERN = anyOf(RECEIPT_PATTERNS)

/**
 * Money still waiting for the person ("退税金额1860元未领取", "补贴待申领", "补贴金额4,500.00元待发放", "认证后即可到账",
 * "国家发放消费补贴2000元"): an offer, not a record.
 */
const PENDING =
  /(未|待|可|请)(领取|申领|认领|激活|申请|提取|发放)|(即可|方可|才能|才可)到账|(国家|政府|全民|统一)(发放|普发)|每月(扣|收)|(明天|下月|下个月|即将|将会?)[^,，。\n]{0,6}(扣|收|清零|作废|过期)/

/**
 * An ask inside what reads like a receipt, or money said to be sent by mistake ("[转账]5000.00 不好意思转错了"), the
 * start of the 退回来 scam: "请立即将全部资金转入安全账户…核查完毕后会原路退回" written without commas is
 * one clause, and its 会原路退回 must not hide the transfer; nor does a receipt's "存入5000元" hide "需要先存入5000元验资",
 * or a parcel's "已退回(涉嫌违规操作)请尽快确认退货地址" the hurried ask (not a refund's 请尽快查看 or 请尽快联系对方), nor a
 * promise to pay back ("我等下还你") the favour asked before it in a voice-typed line ("帮我给一个朋友转2000 我等下还你").
 */
const ASK_IN_CLAUSE =
  /(请|需|需要|须|要|立即|马上|尽快|内)[^,，。\n]{0,4}(向|往)[^,，。\n]{0,8}(账户|账号|卡)[^,，。\n]{0,2}(转入|汇入|存入|打入)|转错|多转|误转|打错了?钱|验证码|发我|发给我|安全账户|指定账户|核查账户|请[^,，。\n]{0,8}(转|汇|打|交|付|充|存)|请(尽快|立即|马上|速)(确认|填写|提供|登录|点击|办理|补充|完善|核实)|(需要|需|要|得|须)(您|你)?先(转|汇|打|交|付|充|存)|(帮|替)我(给[^,，。\n]{0,8}((转|汇|付)(?![发告交达])|打(钱|款|[0-9一二三四五六七八九十两几]))|(转|汇)给(他|她|我朋友|朋友)|(转|汇|打)[0-9一二三四五六七八九十两几]|把钱(转|打|汇))/

function isReceiptClause(clause: string): boolean {
  // The receipt test first: most clauses are none, and the other two are not read for them.
  return ANY_RECEIPT_PATTERN.test(clause) && !PENDING.test(clause) && !ASK_IN_CLAUSE.test(clause)
}

/** A quote shorter than this says nothing on its own ("妈"): it takes in the next clause of its sentence. */
const MIN_QUOTE = 3

/** The clause around a mention, at most `reach` characters each side: what the person is shown as a quote. */
export function clauseAround(text: string, start: number, end: number, reach = 18): [number, number] {
  const from = boundBefore(text, start, CLAUSE_BREAKS, reach)
  const to = boundAfter(text, end, CLAUSE_BREAKS, reach)
  if (to - from >= MIN_QUOTE || to >= text.length || SENTENCE_BREAKS.includes(text[to])) return [from, to]
  return [from, boundAfter(text, to + 1, CLAUSE_BREAKS, reach)]
}
