/**
 * Where a line of Chinese text may end without leaving a character alone: the text split so its last words (two
 * characters at least: "怎么做", "交钱", "个APP") and whatever trails them (punctuation, spaces, "›") can be kept on
 * one line, and a narrow screen breaks before them instead ("…你会 / 怎么做？ ›", not "…怎么 / 做？ ›").
 * Round 40's new-user trial at 320 px, font ×2, 大字模式: "说贷款要先交 / 钱", "…一步步指 / 导", "虚假投资理财诈 / 骗".
 */
import { KEPT_MAX_CHARS, keptSpans, type TextRun } from './keepTogether'

/** What may trail the last word and stays with it: punctuation, closing marks, spaces and the link arrow. */
const TRAILING = /[\s\u00a0›，。？！、：；”」』）)》?!.,:;…~～]/
/** TRAILING for every match: built once, not at every call (a page splits each of its link texts). */
const ALL_TRAILING = new RegExp(TRAILING.source, 'g')

/** A Latin letter or digit: a run of them is one word ("APP", "96110"). */
const LATIN = /[0-9A-Za-z]/

/** How many characters the end keeps together at least: two, so no line holds one alone. */
const KEPT_CHARACTERS = 2

/** A word breaker: Intl.Segmenter's shape, which the project's ES2020 type library does not declare. */
interface WordBreaker {
  segment(text: string): Iterable<{ index: number; isWordLike?: boolean }>
}
type WithSegmenter = typeof Intl & {
  Segmenter?: new (locale: string, options: { granularity: 'word' }) => WordBreaker
}

/** The platform's word breaker for Chinese, where it has one (browsers, WeChat's current engines); else null. */
const SEGMENTER = typeof Intl === 'undefined' ? undefined : (Intl as WithSegmenter).Segmenter
const WORDS: WordBreaker | null = SEGMENTER ? new SEGMENTER('zh', { granularity: 'word' }) : null

/** Where each word of `text` starts, in order: the word breaker's words, else each Chinese character and Latin run. */
function wordStarts(text: string): number[] {
  if (WORDS) {
    const starts: number[] = []
    for (const segment of WORDS.segment(text)) if (segment.isWordLike !== false) starts.push(segment.index)
    return starts
  }
  const starts: number[] = []
  for (let k = 0; k < text.length; k++)
    if (!TRAILING.test(text[k]) && !(LATIN.test(text[k]) && k > 0 && LATIN.test(text[k - 1]))) starts.push(k)
  return starts
}

/** The characters of `part` that are words, not what trails them: "做？ ›" has 1. */
function wordCharacters(part: string): number {
  return part.replace(ALL_TRAILING, '').length
}

/** Marks that open what follows ("“杀猪盘”", "「冒充…」"): they go with the next word and never end a line. */
const OPENING = /[“‘「『（(《【]/

/**
 * Whether the "…" at `at` opens a quote cut at its start ("原话：“…HKD 1,500.00…”"): it stands first, or after an
 * opening mark, and goes with the words after it, as the mark does (round 56's trial: "原话：“… / 1,500.00" left “… alone
 * at a line's end).
 */
function isLeadingEllipsis(text: string, at: number): boolean {
  return text[at] === '…' && (at === 0 || OPENING.test(text[at - 1]))
}

/** A middle dot between two words joins them: a transliterated name ("买买提·艾力") breaks at no dot. */
const NAME_DOT = /[·・•]/

/**
 * Cantonese words the platform's (Mandarin) word breaker cuts into characters, as messages from Hong Kong and Macau
 * write them: 风险自测 quotes such a message back as its 原话 (round 56's trial: "…去補習 / 社負責人戶口先", "我上緊 / 堂唔方便
 * 聽 / 電話"). Not a dictionary: the places and doings of the scam messages 风险自测 reads (a tutoring centre, being in
 * class, answering the phone, a bank account, a card that does not work), and words whose Cantonese grammar
 * CANTONESE_BINDS_NEXT and CANTONESE_BINDS_BACK do not cover. Written as the messages write them, in traditional
 * characters.
 */
const CANTONESE_TERMS: readonly string[] = [
  '補習社',
  '上緊堂',
  '聽電話',
  '負責人',
  '戶口',
  '差館',
  '用唔到',
  '而家',
  '依家',
  '邊個',
  '係咪',
  '點解',
  '唔該'
]

/**
 * Cantonese grammatical characters that no Mandarin word uses, and so bind to a neighbour wherever they stand: a
 * negation, demonstrative or "give" binds to the character after it (唔方便, 冇錢, 嗰個, 俾錢), an aspect or possessive
 * particle to the one before it (換咗, 上緊, 我嘅, 啲嘢, 乜嘢). A line then never breaks between them.
 */
const CANTONESE_BINDS_NEXT = /[唔冇嗰俾畀咁乜]/
const CANTONESE_BINDS_BACK = /[咗緊嘅啲嘢咩]/

/**
 * Terms of this field a word breaker may cut ("虚假征 / 信", "假冒客 / 服", "“杀 / 猪盘”"): no line breaks inside them.
 * Names of the brochure's fraud types and of the things they ask for.
 */
const WHOLE_TERMS: readonly string[] = [
  '杀猪盘',
  '征信',
  '客服',
  '公检法',
  '刷单',
  '网贷',
  '校园贷',
  '微信',
  '注销',
  '验证码',
  '二维码',
  '安全账户',
  '反诈',
  '诈骗',
  '转账',
  '报警',
  '拨打',
  '防骗',
  // The money a 刷单 app pays out (Chromium's breaker reads "还提 / 现 / 到 / 账").
  '提现',
  '到账',
  '要不要',
  '书记',
  // The brochure's section names, which 搜索 writes after each result's title ("…诈骗 · 诈骗 / 方式", round 56's trial).
  '诈骗方式',
  '诈骗案例',
  '反诈提示',
  // A fraud type's name, verb and object ("冒充 / 领导、" in 风险自测's 最像这种骗局：…, round 56's trial).
  '冒充领导',
  '冒充亲友',
  // Words the breaker cuts inside a long quoted term or a law's name (round 56's fresh tester: "“有充 / 值渠道可以低价充
  // / 值游戏币”"; "《中华 / 人民共和国刑法》").
  '充值',
  '中华人民共和国',
  // The app's own words the breaker cuts: "邀请家人做同 / 一套题" (round 56's trial), 风险自测's "原 / 话：".
  '同一',
  '原话',
  // A lure's words the breaker cuts ("百分 / 百", "低 / 利息"): 情景演练's "直播间抽奖“百分 / 百中奖”" and "“无抵押、低 /
  // 利息”的贷款" (round 62's tester).
  '百分百',
  '低利息',
  '无抵押',
  '无担保',
  // 情景演练's ending "抓住的危险 / 信号：…" in every case won at 320 px, font ×2 and 大字模式 (round 65's fresh tester), and
  // an idiom its real-case endings quote whole since they start at a sentence's start ("…到账有时间，信 / 以为真的薛某").
  '危险信号',
  '信以为真',
  // A platform's name the breaker reads as 支付 and 宝: "经向支付 / 宝官方客服联系" in 情景演练 (round 66's tester).
  '支付宝',
  ...CANTONESE_TERMS
]

/**
 * A person as the brochure's cases name one: a common surname with 女士, 先生 or 小姐, or with 某 for a name withheld
 * (唐女士, 黄先生, 薛某, 某女士). The breaker reads 女士 as a word and the surname as a character alone, so a line broke
 * between them: "…唐 / 女士连忙联系", "导致李 / 女士损失" (round 66's tester at 320 px, font ×2 and 大字模式). The
 * surnames are the most common ones, not any character: "的女士" is no name, and its break is no cut.
 */
const PERSON_NAME =
  /[某王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤](?:女士|先生|小姐|某)/g

/** Whether `char` is a letter, digit or Chinese character: what a word is made of. */
function isWordCharacter(char: string | undefined): boolean {
  return char !== undefined && /[0-9A-Za-z\u3400-\u9fff]/.test(char)
}

/**
 * Characters that stand as words of their own (particles, conjunctions, adverbs, 后 and 时 after a doing): a line may
 * break on either side.
 * Any other character the word breaker leaves alone is most often half of a word it does not know.
 */
const FREE_CHARACTER = /[的了着地得和与及或并而也都就又再还才先很是在之后前时里中]/

/**
 * A preposition or a negation of one character: it goes with the short word after it ("从官方", "不告诉", "向所谓"), so
 * a narrow line breaks before it ("挂断后 / 从官方 / 渠道核实。", not "挂断后从 / 官方 / 渠道核实。": round 61's tester).
 */
const BINDS_NEXT = /[从向对把被让给跟往朝替在不没别]/

/** 后 and 时 after a doing go with it: "挂断后", "被骗后", never "挂断 / 后打他本人" (round 61's tester). */
const BINDS_BACK = /[后时]/

/**
 * The marks of a doing's aspect, 着 and 过, go with the doing before them, alone or at the start of a word of two the
 * word breaker made ("过的"): "开着免提", "发生过的事", never "开 / 着免提" or "发生 / 过的事" (round 62's tester).
 */
const ASPECT = /^[着过]/

/** The longest word (characters) a BINDS_NEXT or BINDS_BACK character joins: a longer one is a line's worth already. */
const BOUND_WORD_MAX_CHARS = 3

/** Characters that end a name of a place, a paper or a site after the word they follow: 绍兴网, 工人日报, 派出所. */
const NAME_SUFFIX = /[网报台站局所厅院队部委办市省县区镇村]/

/**
 * Deletes from `breaks` the breaks inside words the word breaker does not know, which it cuts into single characters
 * (round 61's tester at 320 px, font ×2 and 大字模式: "黑 / 客", "荆 / 楚网", "（绍兴 / 网转", "的老 / 号码"): two single
 * Chinese characters side by side are one word unless one is FREE_CHARACTER (荆楚, 黑客, 客服, 提现); a NAME_SUFFIX
 * after a word goes with it (绍兴网, 荆楚网); a single character between 的 and a word goes with that word (的老号码).
 */
function glueLoneCharacters(text: string, breaks: Set<number>): void {
  const cuts = [...breaks].filter((at) => at > 0 && at < text.length).sort((a, b) => a - b)
  const words: Array<[number, number]> = []
  let from = 0
  for (const at of [...cuts, text.length]) {
    words.push([from, at])
    from = at
  }
  // A word of Chinese characters (an opening mark before it aside) with nothing after it, where a line could break.
  const bare = (n: number) =>
    n >= 0 && n < words.length && /^[“‘「『（(《【]*[\u3400-\u9fff]+$/.test(text.slice(...words[n]))
  // A word of one Chinese character, punctuation before or after it aside; its character.
  const lone = (n: number) =>
    n >= 0 && n < words.length
      ? (/^[“‘「『（(《【]*([\u3400-\u9fff])[^\u3400-\u9fff0-9A-Za-z]*$/.exec(text.slice(...words[n]))?.[1] ??
        '')
      : ''
  const joined = new Set<number>()
  const join = (n: number) => {
    breaks.delete(words[n][1])
    joined.add(n).add(n + 1)
  }
  const suffix = (n: number) => NAME_SUFFIX.test(lone(n)) && bare(n - 1) && lone(n - 1) === ''
  // A place given by a letter goes with its 市 or 县 too: "L市" (the brochure's case; round 62's tester saw "L / 市").
  const lettered = (n: number) =>
    NAME_SUFFIX.test(lone(n)) && /^[A-Za-z]{1,3}$/.test(text.slice(...words[n - 1]))
  for (let n = 1; n < words.length; n++) if (suffix(n) || lettered(n)) join(n - 1)
  for (let n = 0; n + 1 < words.length; n++) {
    if (joined.has(n) || joined.has(n + 1) || !bare(n) || !lone(n) || !lone(n + 1)) continue
    if (FREE_CHARACTER.test(lone(n)) || FREE_CHARACTER.test(lone(n + 1))) continue
    // A character right after a number is its unit, which stays with the number (keepTogether), not with the next
    // character: "先充98元 / 试试水", never "98元试 / 试水" (round 63's tester).
    if (/[0-9０-９]/.test(text[words[n][0] - 1] ?? '')) continue
    join(n)
    // A name's suffix right after the pair: 荆楚 + 网.
    if (bare(n + 1) && NAME_SUFFIX.test(lone(n + 2))) join(n + 1)
  }
  for (let n = 1; n + 1 < words.length; n++)
    if (bare(n) && lone(n) && !joined.has(n) && text[words[n - 1][1] - 1] === '的' && !lone(n + 1))
      if (/^[\u3400-\u9fff]{2}/.test(text.slice(...words[n + 1]))) join(n)
  // A short word of Chinese characters, punctuation after it aside.
  const short = (n: number) =>
    n >= 0 &&
    n < words.length &&
    /^[\u3400-\u9fff]{1,3}[^\u3400-\u9fff0-9A-Za-z]*$/.test(text.slice(...words[n]))
  for (let n = 0; n + 1 < words.length; n++) {
    if (joined.has(n) || !bare(n)) continue
    if (BINDS_NEXT.test(lone(n)) && short(n + 1) && !joined.has(n + 1)) join(n)
    else if (BINDS_BACK.test(lone(n + 1)) && short(n) && words[n][1] - words[n][0] <= BOUND_WORD_MAX_CHARS)
      join(n)
    else if (
      ASPECT.test(text.slice(...words[n + 1])) &&
      words[n + 1][1] - words[n + 1][0] <= 2 &&
      /^[\u3400-\u9fff]{1,3}$/.test(text.slice(...words[n]))
    )
      join(n)
  }
}

/**
 * `text` cut only where a line may break without cutting a word (the platform's words, WHOLE_TERMS, a name's dot, a
 * number's groups, an amount with its unit or a date: keptSpans): runs that join back to `text`, each a word with what trails it (punctuation, spaces, "›") and the
 * opening marks before it. A narrow line then breaks between runs: "虚假投资 / 理财诈骗", "情景演练· / “杀猪盘”诈骗", never "虚假投资理 /
 * 财诈骗" or a line that starts with "，" (round 42's new-user trial, 320 px, font ×2, 大字模式). Where the platform
 * knows no words, each Chinese character is one, and only WHOLE_TERMS and names' dots are kept. `terms`: more words to
 * keep whole, a page's own (风险自测's, keepAll).
 */
export function wordRuns(text: string, terms: readonly string[] = []): string[] {
  const breaks = new Set<number>()
  for (const start of wordStarts(text)) {
    let at = start
    while (at > 0 && (OPENING.test(text[at - 1]) || isLeadingEllipsis(text, at - 1))) at--
    breaks.add(at)
  }
  for (const term of [...WHOLE_TERMS, ...terms]) {
    for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1))
      for (let k = at + 1; k < at + term.length; k++) breaks.delete(k)
  }
  for (const name of text.matchAll(PERSON_NAME))
    for (let k = name.index + 1; k < name.index + name[0].length; k++) breaks.delete(k)
  // Cantonese grammar: a particle stays with the character it belongs to (CANTONESE_BINDS_NEXT, _BACK).
  for (let k = 1; k < text.length; k++) {
    const joins =
      (CANTONESE_BINDS_NEXT.test(text[k - 1]) || CANTONESE_BINDS_BACK.test(text[k])) &&
      isWordCharacter(text[k - 1]) &&
      isWordCharacter(text[k])
    if (joins) breaks.delete(k)
  }
  for (let k = 1; k < text.length - 1; k++) {
    if (NAME_DOT.test(text[k]) && isWordCharacter(text[k - 1]) && isWordCharacter(text[k + 1])) {
      breaks.delete(k)
      // A word of two Chinese characters or more the breaker knows on either side (it cuts a transliterated name into
      // single ones, "艾|力") makes two names, not one: a line may break after the dot ("「如何防范· / 及时报警」", never
      // "「如何防范·及时 / 报警」": round 63's tester at 320 px, font ×2).
      if (
        !/[\u3400-\u9fff]{2}·[\u3400-\u9fff]{2}/.test(text.slice(k - 2, k + 3)) ||
        breaks.has(k - 1) ||
        breaks.has(k + 2)
      )
        breaks.delete(k + 1)
    }
  }
  // Where the platform knows no words, every character is one: pairing them would pair across words.
  if (WORDS) glueLoneCharacters(text, breaks)
  // An amount with its unit, a date, a counter, a phone number with its verb (keepTogether): one word each.
  for (const [from, to] of keptSpans(text)) for (let k = from + 1; k < to; k++) breaks.delete(k)
  // A number written in groups ("139 1234 5678", "1,500.00") is one word: where the platform knows no words, its
  // separators would otherwise end a word each ("1," / "500." / "00").
  for (let k = 2; k < text.length; k++) {
    if (/[\s\u00a0.,]/.test(text[k - 1]) && /[0-9]/.test(text[k - 2]) && /[0-9]/.test(text[k]))
      breaks.delete(k)
  }
  const cuts = [...breaks].filter((at) => at > 0 && at < text.length).sort((a, b) => a - b)
  const runs: string[] = []
  let from = 0
  for (const at of cuts) {
    runs.push(text.slice(from, at))
    from = at
  }
  if (text.length > 0) runs.push(text.slice(from))
  return runs.flatMap(splitTrailingSpaces)
}

/** A space where a line may break (not the no-break space that keeps "›" with its word). */
export const BREAKING_SPACE = /[ \t\n]/

/**
 * A run as [its word, the spaces after it], or [run] when it has none or is all spaces: the spaces go outside a word
 * kept whole, where a line may break (inside it, a space pushed "诈骗" past a card's edge).
 */
function splitTrailingSpaces(run: string): string[] {
  let wordEnd = run.length
  while (wordEnd > 0 && BREAKING_SPACE.test(run[wordEnd - 1])) wordEnd--
  return wordEnd === 0 || wordEnd === run.length ? [run] : [run.slice(0, wordEnd), run.slice(wordEnd)]
}

/** A letter, a digit or a Chinese character, half- or full-width: what a line holds, its punctuation and spaces aside. */
const LETTER = /[0-9A-Za-z０-９Ａ-Ｚａ-ｚ\u3400-\u9fff\uf900-\ufaff]/g

/** How many letters, digits and Chinese characters `text` has ("后" 1, "（如" 1, "打110核实。" 6). */
function letters(text: string): number {
  return text.match(LETTER)?.length ?? 0
}

/** How wide `text` is in Chinese characters: a full-width character or mark counts one, a Latin letter, digit or space half. */
function widthOf(text: string): number {
  let width = 0
  for (const char of text) width += char.charCodeAt(0) < 0x1100 ? 0.5 : 1
  return width
}

/**
 * The widest a word joined with a lone character may be (widthOf, with what trails it): five characters fit the
 * narrowest column a text of words is set in (家庭防骗约定's rules at 320 px, font ×2 and 大字模式: five and a half).
 */
const JOINED_MAX_WIDTH = 5

/**
 * A word this wide (widthOf) or wider may not fit on a narrow line beside one character: a number with its verb
 * ("打110核实。"), a quoted name, a text's last words. Narrower words always do.
 */
const WIDE_WORD = 4

/**
 * `runs` (wordRuns) with no word of one character left on its own right before a wide word (WIDE_WORD): it goes with the
 * word before it ("挂断后", "一直等"; another lone character makes a pair with it), else with the wide word. Never across a
 * space or after punctuation (a line breaks there anyway: "电话，" keeps its "，" at the line's end), never wider than
 * `maxWidth`. Elsewhere a lone character stays free to end or start a line: only where the word after it does not fit
 * beside it can it be left alone, between a full line and that word. Round 60's tester at 320 px, font ×2 and 大字模式:
 * "…电话，挂断 / 后 / 打110核实。" on 家庭防骗约定.
 */
export function joinLoneWords(runs: readonly string[], maxWidth = JOINED_MAX_WIDTH): string[] {
  const words = [...runs]
  // words[n] and words[n + 1] may be one word.
  const joinable = (n: number) =>
    n >= 0 &&
    letters(words[n]) > 0 &&
    !TRAILING.test(words[n].at(-1) ?? '') &&
    !BREAKING_SPACE.test(words[n + 1][0]) &&
    widthOf(words[n] + words[n + 1]) <= maxWidth
  const join = (n: number) => joinable(n) && words.splice(n, 2, words[n] + words[n + 1]).length > 0
  // The word after a lone character, past a space ("（如 etc123.cn），"): a line may break at the space, but the word
  // after it still may not fit beside the lone character.
  const wideAfter = (n: number) => widthOf((words[n + 1].trim() || (words[n + 2] ?? '')).trim()) >= WIDE_WORD
  for (let n = words.length - 2; n >= 0; n--)
    if (letters(words[n]) === 1 && wideAfter(n) && !join(n - 1)) join(n)
  return words
}

/** Punctuation inside a sentence, after which a phrase opens: "被骗，", "补贴、", "提醒：". */
const PHRASE_BREAK = /[，、：；,;:]$/

/**
 * `runs` (joinLoneWords) with a word of two characters that opens a phrase right before a wide word (WIDE_WORD) joined to
 * the phrase's last word before it, across its "，", no wider than `maxWidth`: where the wide word did not fit beside
 * it, it was a line of two characters between a full line and that word ("一旦发现被骗， / 及时 / 拨打110报警。",
 * "挂断， / 自己 / 拨打110核实": round 62's tester at 320×568, font ×2 and 大字模式); now "一旦发现 / 被骗，及时 /
 * 拨打110报警。". Only where what stays of that phrase is nothing or three characters or more, so the join leaves no
 * such line behind it either ("自称客服，说要…" stays apart: "自称 / 客服，说要" would be one).
 */
export function joinPhraseOpeners(runs: readonly string[], maxWidth = JOINED_MAX_WIDTH): string[] {
  const words = [...runs]
  const wide = (n: number) => widthOf((words[n] ?? '').trim()) >= WIDE_WORD
  for (let n = words.length - 2; n >= 1; n--) {
    if (letters(words[n]) !== 2 || TRAILING.test(words[n].at(-1) ?? '') || !wide(n + 1)) continue
    if (widthOf(words[n - 1] + words[n]) > maxWidth) continue
    // A lone character before it goes with it too: "…低利息”的 / 贷款 / 信息，您会？" becomes "…低利息” / 的贷款 / 信息，您会？".
    if (letters(words[n - 1]) === 1 && !TRAILING.test(words[n - 1].at(-1) ?? '')) {
      words.splice(n - 1, 2, words[n - 1] + words[n])
      continue
    }
    if (!PHRASE_BREAK.test(words[n - 1])) continue
    // What stays of the phrase before: its words back to the previous punctuation or the text's start.
    let kept = 0
    for (let k = n - 2; k >= 0 && !TRAILING.test(words[k].at(-1) ?? ''); k--) kept += letters(words[k])
    if (kept === 0 || kept >= 3) words.splice(n - 1, 2, words[n - 1] + words[n])
  }
  return words
}

/** Punctuation that ends a sentence: a text's last words never reach back across it ("…核实。/ 好的" stays apart). */
const SENTENCE_END = /[。！？!?]\s*$/

/**
 * How many letters the end keeps when it can (END_MAX_LETTERS at most): three, so a line never ends with a tail of
 * two characters where a better break exists ("对方怎么催您、 / 诱您" → "对方怎么 / 催您、诱您", "反诈预警劝阻/ / 咨询" →
 * "反诈预警 / 劝阻/咨询": round 60's tester at 320 px, font ×2, 大字模式).
 */
const END_LETTERS = 3

/** The most letters an end reached back for END_LETTERS may hold: four fit a line of the largest title. */
const END_MAX_LETTERS = 4

/**
 * The widest such an end may be (widthOf): a wider one takes a line of its own and leaves what comes before it alone
 * ("加 / “专员”，您会？").
 */
const END_MAX_WIDTH = 6

/**
 * The most letters an end of two reaches back for outside a title: five, as wide as five characters at most
 * (JOINED_MAX_WIDTH, its trailing punctuation aside), which fit the narrowest line body text, a quiz option or a
 * drill's choice is set in (an option at 320 px, font ×2 and 大字模式: five and a half). A title's largest lines hold
 * four (END_MAX_LETTERS). Round 63's tester there: "听他一步步 / 指导", "先提一部分 / 试试", "打电话给家人 / 核实。".
 */
const SHORT_END_MAX_LETTERS = 5

/**
 * `text` as its runs before its end and its end: the runs are its words (wordRuns) with no lone character left right
 * before a wide word, the end included (joinLoneWords), and `end` is its last words, KEPT_CHARACTERS characters at least and
 * END_LETTERS where that takes no more than END_MAX_LETTERS and does not reach back across a sentence's end, with what
 * trails them; on a word's edge where the platform knows words, so the line never breaks inside one ("怎么"). A text
 * with fewer than KEPT_CHARACTERS word characters before its end is all head and end is '' (it fits a line, and moved
 * whole it would leave nothing behind). One pass of the word breaker serves both parts. `terms` as wordRuns reads them,
 * `joinedMaxWidth` as joinLoneWords reads it; `openers` joins a phrase's two-character opener before a wide word back
 * (joinPhraseOpeners), for a title, a label or a short sentence.
 */
export function splitLineRuns(
  text: string,
  {
    terms,
    joinedMaxWidth,
    openers = false,
    title = false
  }: { terms?: readonly string[]; joinedMaxWidth?: number; openers?: boolean; title?: boolean } = {}
): { head: string[]; end: string } {
  const runs = joinLoneWords(wordRuns(text, terms), joinedMaxWidth)
  // With `openers`, once the end is one word: it is often the wide word the opener does not fit beside. Not in a short
  // label, which breaks after its punctuation first ("退群， / 刷单都是诈骗", never "退群，刷单 / 都是诈骗").
  const withOpeners = openers && wordCharacters(text) > SHORT_LABEL_MAX_CHARS
  const joined = (words: string[]) => (withOpeners ? joinPhraseOpeners(words, joinedMaxWidth) : words)
  let end = ''
  for (let n = runs.length - 1; n > 0; n--) {
    end = runs[n] + end
    if (wordCharacters(end) < KEPT_CHARACTERS) continue
    if (wordCharacters(runs.slice(0, n).join('')) < KEPT_CHARACTERS) return { head: joined(runs), end: '' }
    // Further back for a tail of three, while what stays before it still has two characters of its own; a lone
    // character that ends a phrase brings the lone one before it, one phrase the word breaker split ("催您、诱您").
    const splitPhrase = () =>
      letters(runs[n]) === 1 && TRAILING.test(runs[n].at(-1) ?? '') && letters(runs[n - 1]) === 1
    while (n > 1 && (letters(end) < END_LETTERS || splitPhrase())) {
      const longer = runs[n - 1] + end
      const before = runs.slice(0, n - 1).join('')
      if (SENTENCE_END.test(runs[n - 1])) break
      // An end of two letters (no title's) may reach back further, no wider than JOINED_MAX_WIDTH in its words.
      const reach = letters(end) < END_LETTERS && !title && letters(longer) <= SHORT_END_MAX_LETTERS
      if (letters(longer) > END_MAX_LETTERS && !reach) break
      if (reach && widthOf(longer.replace(ALL_TRAILING, '')) > JOINED_MAX_WIDTH) break
      // The spaces and "›" after the words are narrow, and may hang past the line.
      if (widthOf(longer.trimEnd()) - (longer.trimEnd().endsWith('›') ? 1.5 : 0) > END_MAX_WIDTH) break
      if (wordCharacters(before) < KEPT_CHARACTERS) break
      end = longer
      n--
    }
    // A lone character right before a wide end goes with a neighbour too; a first word of two characters stays with the
    // quotation that opens after it ("看看「虚假 / 征信诈骗」 ›", never "看看 / 「虚假征信诈骗」 ›": round 60's tester).
    const words = joined(joinLoneWords([...runs.slice(0, n), end], joinedMaxWidth))
    const [first, second] = words
    if (
      words.length > 2 &&
      letters(first) <= 2 &&
      !TRAILING.test(first.at(-1) ?? '') &&
      OPENING.test(second[0])
    )
      if (widthOf(first + second) <= JOINED_MAX_WIDTH) words.splice(0, 2, first + second)
    return { head: words.slice(0, -1), end: words[words.length - 1] }
  }
  return { head: joined(runs), end: '' }
}

/**
 * The most word characters (punctuation, spaces and "›" aside) of a short label: a button's, a chip's or a heading's
 * words ("转账前冷静一下", "没有找到这个页面"). Round 55's trial at 320 px, font ×2, 大字模式 found such labels broken at a
 * word's edge but inside a phrase, their first line as full as it could be: "转账前冷静 / 一下", "先报警，越快 / 越好。",
 * "说贷款要先 / 交钱", "只说个大概 / 的数", "没有找到这个 / 页面".
 */
const SHORT_LABEL_MAX_CHARS = 8

/**
 * The most word characters of each half of a short label: four fit one line of the largest title (52 px at the 750
 * design width, font ×2 and 大字模式: 248 of 292 px on a 320 px phone), so a half kept whole never runs past its line.
 */
const HALF_MAX_CHARS = 4

/** Punctuation that ends a phrase, and a closing quote: a label breaks after it first ("已被骗，/ 立即报警", "“导师” / 带你炒股"). */
const PHRASE_END = /[，、？！：；。,?!:;”’」』》]\s*$/

/**
 * A short label (SHORT_LABEL_MAX_CHARS word characters at most) as its two halves, head + tail === text, where a
 * narrow line is to break it: after its punctuation if it has some (else nowhere of its own), or at the word's edge
 * (wordRuns) nearest its middle, the earlier of two as near, so its tail is the longer ("转账前 / 冷静一下", "虚假 / 征信诈骗",
 * "先报警，/ 越快越好。"). Each half has two
 * word characters at least (no character alone) and HALF_MAX_CHARS at most. Null for a text that is not such a label
 * or has no such place: it breaks as its words allow (splitLineRuns).
 */
export function shortLabelHalves(text: string): [string, string] | null {
  const total = wordCharacters(text)
  if (total < 2 * KEPT_CHARACTERS || total > SHORT_LABEL_MAX_CHARS) return null
  const runs = wordRuns(text)
  // A label with punctuation inside breaks there or as its words allow, never between the words of one phrase.
  const punctuated = runs.slice(0, -1).some((run) => PHRASE_END.test(run))
  let best: { at: number; score: number } | null = null
  let head = ''
  for (const [n, run] of runs.slice(0, -1).entries()) {
    head += run
    // After the spaces, not before them: a line cannot break before a space.
    if (BREAKING_SPACE.test(text[head.length])) continue
    const before = wordCharacters(head)
    const after = total - before
    if (Math.min(before, after) < KEPT_CHARACTERS || Math.max(before, after) > HALF_MAX_CHARS) continue
    if (punctuated && !PHRASE_END.test(head)) continue
    // The place nearest the middle; of two as near, the earlier one, so the last line is the longer: "虚假 / 征信诈骗",
    // never a tail of two, "虚假征信 / 诈骗" (round 60's tester: 诈骗 and 测试 alone under titles). Between two
    // one-character words is a worse place by two: they are often one phrase the word breaker split ("带 / 你").
    const lone = wordCharacters(run) === 1 && wordCharacters(runs[n + 1]) === 1
    const score = Math.abs(before - after) + (lone ? 2 : 0)
    if (!best || score < best.score) best = { at: head.length, score }
  }
  return best ? [text.slice(0, best.at), text.slice(best.at)] : null
}

/**
 * The widest title (fitWidth) that is set on one line, a little smaller where the line is too narrow for it, rather than
 * broken: six characters with a pair of quotation marks and a space ("虚假征信诈骗", "家庭防骗约定", "“杀猪盘” 诈骗"), or
 * seven ("转账前冷静一下").
 * Round 62's tester at 320×568, font ×2 and 大字模式 found such titles broken 2 + 4 ("虚假 / 征信诈骗", "家庭 / 防骗约定"):
 * a fraud type's or a tool's name read as one word. A wider title breaks between its words (shortLabelHalves,
 * splitLineRuns): "虚假投资 / 理财诈骗".
 */
export const FIT_MAX_WIDTH = 7.5

/**
 * How wide a title is in characters of its own size, as a CJK font draws it: a Chinese character, a full-width mark and a
 * curly quotation mark (“”‘’, full width in a Chinese font) one, a Latin letter, a digit or "›" 0.6, a space 0.3. A CSS
 * font size divides the line's width by it (NoOrphan `fit`).
 */
export function fitWidth(text: string): number {
  let width = 0
  for (const char of text) {
    if (/\s/.test(char)) width += 0.3
    else if (char !== '›' && (char.charCodeAt(0) >= 0x1100 || /[“”‘’]/.test(char))) width += 1
    else width += 0.6
  }
  return Math.round(width * 10) / 10
}

/**
 * How wide (fitWidth) the wider of the two lines is that `pieces` (a title cut where a line may break, in order) make
 * at best: "“公安局”来电说您涉案" in "“公安局”" | "来电" | "说您涉案" is 6, as "“公安局” / 来电说您涉案". Infinity for one piece.
 */
export function twoLineWidth(pieces: readonly string[]): number {
  let best = Infinity
  for (let k = 1; k < pieces.length; k++) {
    const head = fitWidth(pieces.slice(0, k).join('').trimEnd())
    best = Math.min(best, Math.max(head, fitWidth(pieces.slice(k).join('').trim())))
  }
  return best
}

/** `text` as [head, end], head + end === text, split as splitLineRuns does. */
export function splitLineEnd(text: string): [string, string] {
  const { head, end } = splitLineRuns(text)
  return [head.join(''), end]
}

/** Each opening quotation mark and its closing one: a name in 「」『』《》, a term or a quotation in “”. */
const CLOSING: Record<string, string> = { '「': '」', '『': '』', '《': '》', '“': '”' }

/**
 * Each quotation of `text` as [start, end), its marks included: two characters or more inside, on one line, no mark of
 * its own kind inside, of any length and with other quotations inside (a notice's title, a sentence quoted whole:
 * round 57's fresh tester found "《中国人民银行 公安 / 部…惩 / 戒的通知》", "“诈骗团伙已落 / 网…”",
 * "「…可 / 能…上 / 当…」").
 */
function quotations(text: string): Array<[number, number]> {
  const found: Array<[number, number]> = []
  for (let at = 0; at < text.length; at++) {
    const close = CLOSING[text[at]]
    const end = close ? text.indexOf(close, at + 1) : -1
    if (end < 0) continue
    const inner = text.slice(at + 1, end)
    if (inner.length >= 2 && !inner.includes('\n') && !inner.includes(text[at])) found.push([at, end + 1])
  }
  return found
}

/**
 * The longest name kept whole with its marks (characters inside them): eight in all fit a line of body text at font ×2
 * in 大字模式 on a 320 px phone. A longer name breaks first at its own marks ("「冒充领导、 / 熟人诈骗」", "「如何防范· /
 * 及时报警」", "“低成本、 / 高回报”"), each part whole up to this length, then between words ("冒充 / 公检法 / 及 / 政府").
 */
const NAME_WHOLE_MAX_CHARS = 6

/**
 * The longest term in “” kept whole (characters inside): four, as keepTogether's QUOTED_TERM keeps it everywhere. Home's
 * card summaries are narrower than body text: at font ×2 on 320 px, "“影响个人征信”" kept whole ran 17 px past the screen
 * (round 55, and again when this round tried six). A longer term breaks between its words: "“国家 / 安全账户”".
 */
const QUOTED_WHOLE_MAX_CHARS = 4

/** Where a long name may break before anywhere else: after its own 、，· or a space. */
const NAME_PART = /[^、，·・ ]+[、，·・ ]*|[、，·・ ]+/g

/**
 * A paragraph (longer than a title) as runs that join back to it, `whole` where no line may break: what keepTogether
 * keeps (amounts, dates, counters, phone numbers, hosts, quotation marks with their words) and what is quoted
 * (quotations): a name in 「」『』《》 whole up to NAME_WHOLE_MAX_CHARS, a term in “” up to QUOTED_WHOLE_MAX_CHARS, and
 * beyond that part by part, word by word, however long (round 56's trial at 320×568, font ×2, 大字模式: "《浙江老年 /
 * 报》", "「网 / 络贷款诈骗」", "「冒充公检法及政府机关诈 / 骗」"; its fresh tester: "“国家反诈中 / 心”", "“注销贷 / 款账户”",
 * "“谁开卡、谁负 / 责”"; round 57's, in quotations longer than sixteen characters: "公安 / 部", "惩 / 戒", "落 / 网", "手 /
 * 机号", "可 / 能"). A word no longer than KEPT_MAX_CHARS: a longer run of letters may be wider than the line.
 * Overlapping kept stretches are one.
 */
export function paragraphRuns(text: string): TextRun[] {
  const spans = keptSpans(text)
  for (const [start, end] of quotations(text)) {
    const inner = text.slice(start + 1, end - 1)
    const wholeUpTo = text[start] === '“' ? QUOTED_WHOLE_MAX_CHARS : NAME_WHOLE_MAX_CHARS
    if (inner.length <= wholeUpTo) {
      spans.push([start, end])
      continue
    }
    for (const part of inner.matchAll(NAME_PART)) {
      const from = start + 1 + (part.index ?? 0)
      const kept = part[0].trimEnd()
      if (kept.length <= wholeUpTo) {
        if (kept.length >= 2) spans.push([from, from + kept.length])
        continue
      }
      let at = from
      for (const run of joinLoneWords(wordRuns(part[0]))) {
        const word = run.trimEnd()
        if (letters(word) >= 2 && word.length <= KEPT_MAX_CHARS) spans.push([at, at + word.length])
        at += run.length
      }
    }
  }
  spans.sort((a, b) => a[0] - b[0])
  const merged: Array<[number, number]> = []
  for (const [from, to] of spans) {
    const last = merged.at(-1)
    if (last && from < last[1]) last[1] = Math.max(last[1], to)
    else merged.push([from, to])
  }
  const runs: TextRun[] = []
  let from = 0
  for (const [start, end] of merged) {
    if (start > from) runs.push({ text: text.slice(from, start), whole: false })
    runs.push({ text: text.slice(start, end), whole: true })
    from = end
  }
  if (from < text.length) runs.push({ text: text.slice(from), whole: false })
  return runs
}

/**
 * The widest stretch before a kept run that is kept with it as a word of its own (widthOf): six characters, well inside a line of body text at font ×2 in 大字模式 on a 320 px phone.
 */
const LEAD_MAX_WIDTH = 6

/**
 * A paragraph (longer than a title) as runs that join back to it, `whole` where no line may break: paragraphRuns' kept
 * runs, its last words (splitLineRuns' end, with any kept run that reaches into them), and before each kept run the
 * words that lead up to it, two characters at least (joinLoneWords), as a run of their own. Between kept runs each word
 * (splitLineRuns' head: the word breaker's words, lone characters joined) is a run of its own, where a line may break
 * only between them (NoOrphan: keep-all, a mark between words; round 61's tester found "黑 / 客" and "荆 / 楚网" where
 * the text wrapped between any two characters); a kept run that does not fit where that line ends goes to the next line
 * and takes at least those two characters with it, so no line holds one character alone (round 60's tester at 320 px,
 * font ×2 and 大字模式: "…，一直 / 等 / “国家安全账户”", "（出 / 自 / 「虚假征信诈骗」", "宁海发布转 / 载， /
 * 2024年1月7日"). Opening marks right before a kept run go with it.
 */
export function paragraphLineRuns(text: string): TextRun[] {
  const { head, end } = splitLineRuns(text)
  // Where a kept run that reaches into the last words starts, the last words start: one run, no break inside it.
  let cut = text.length - end.length
  let at = 0
  const kept = paragraphRuns(text)
  for (const run of kept) {
    if (run.whole && at < cut && at + run.text.length > cut) cut = at
    at += run.text.length
  }
  const runs: TextRun[] = []
  at = 0
  for (const run of kept) {
    if (at < cut) runs.push({ text: run.text.slice(0, cut - at), whole: run.whole })
    at += run.text.length
  }
  if (cut < text.length) runs.push({ text: text.slice(cut), whole: true })
  // Where each word (head) starts: the words before a kept run are cut on their edges.
  const starts = new Set<number>()
  at = 0
  for (const word of head) {
    starts.add(at)
    at += word.length
  }
  const out: TextRun[] = []
  at = 0
  for (const [n, run] of runs.entries()) {
    const from = at
    at += run.text.length
    const next = runs[n + 1]
    // Opening marks right before a kept run go with it: no line may end with them ("（" of "（《工人日报》").
    let opening = 0
    while (!run.whole && next?.whole && OPENING.test(run.text.at(-1 - opening) ?? '')) opening++
    if (opening > 0) {
      next.text = run.text.slice(-opening) + next.text
      run.text = run.text.slice(0, -opening)
      at -= opening
    }
    if (run.whole || !next?.whole || letters(run.text) < 2) {
      if (run.whole) out.push(run)
      else pushWords(from, at - from)
    } else {
      // The words leading up to the kept run: from the last word's start that leaves two characters or more.
      let lead = at
      while (lead > from && (!starts.has(lead) || letters(text.slice(lead, at)) < 2)) lead--
      if (widthOf(text.slice(lead, at)) > LEAD_MAX_WIDTH) pushWords(from, at - from)
      else {
        pushWords(from, lead - from)
        out.push({ text: text.slice(lead, at), whole: true })
      }
    }
  }
  return out

  /** The text from `start`, `length` long, as a run per word (head's words), none empty. */
  function pushWords(start: number, length: number): void {
    let word = start
    for (let k = start + 1; k <= start + length; k++)
      if (k === start + length || starts.has(k)) {
        out.push({ text: text.slice(word, k), whole: false })
        word = k
      }
  }
}
