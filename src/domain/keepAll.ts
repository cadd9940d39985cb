/**
 * Words kept whole by the line breaker instead of a node each: for a text set with `word-break: keep-all` (.fs-words),
 * a zero-width space between its words, and a token (a web address, a number, a code, a word with Latin letters or
 * digits) as one run that keeps together when it fits a line and otherwise breaks only after its own punctuation.
 * 风险自测 draws all of its result so (components/KeptWords): a span per word had cost a WXML node and ~60 B of setData
 * each, 475 of them for a long paste (issue #15's audit).
 */
import { BREAKING_SPACE, splitLineRuns } from './lineEnd'
import type { TextRun } from './keepTogether'

/**
 * A place where a line may break that takes no room and reads as nothing: a zero-width space. Between the words of a
 * text set with `word-break: keep-all` (.fs-words), where a line breaks only there and at spaces and punctuation.
 */
export const WORD_BREAK = '\u200b'

/**
 * A place where a line must not break that the browser would break at: a word joiner, inside a full-width token
 * ("ｅｔｃ－ｇｏｖ．ｔｏｐ", where Chromium breaks before and after "－" and after "．" even under keep-all). Reads as
 * nothing, like WORD_BREAK.
 */
export const WORD_JOIN = '\u2060'

/** Every WORD_BREAK and WORD_JOIN: what a screen reader and a copied text must not get. */
const MARKS = /[\u200b\u2060]/g

/** A character of a token: a letter, a digit or the punctuation between them, half- or full-width. */
const IN_TOKEN = /[0-9A-Za-z０-９Ａ-Ｚａ-ｚ.\-/:?=&%#~+_@,*．－／：？＝＆％＃～＋＿＠]/

/**
 * `text` cut at each WORD_BREAK between two characters of a token ("SF12¦3456", "https://m.¦icbc."), those marks
 * left out: the browser version sets a <wbr> there, a place to break that is no character, so a double click inside
 * the number or the address selects its letters and digits, not the zero-width space (round 58's fresh tester got
 * "\u200b" from ４００－８８８－１２３４). The other marks, between words, stay in the text.
 */
export function tokenBreakPieces(text: string): string[] {
  const pieces: string[] = []
  let from = 0
  for (let at = text.indexOf(WORD_BREAK); at >= 0; at = text.indexOf(WORD_BREAK, at + 1)) {
    if (at > 0 && IN_TOKEN.test(text[at - 1]) && IN_TOKEN.test(text[at + 1] ?? '')) {
      pieces.push(text.slice(from, at))
      from = at + 1
    }
  }
  pieces.push(text.slice(from))
  return pieces
}

/** `text` without the marks keepAllRuns puts in it: the words as the message wrote them. */
export function withoutWordMarks(text: string): string {
  return text.replace(MARKS, '')
}

/**
 * A run that `word-break: keep-all` keeps on one line by itself: Chinese characters, with the marks that open before
 * them and the punctuation that trails them (no line starts with "，" or ends with "“"). Not a run with a space, a
 * Latin letter, a digit, "…" or a name's dot, where keep-all still breaks ("HKD / 1,500.00", "etc- / abc.cn").
 */
const KEPT_BY_KEEP_ALL = /^[“‘「『（《【]*[\u3400-\u9fff\uf900-\ufaff]+[”’」』）》】，。、：；？！]*$/

/**
 * Chinese punctuation after which a line may break under keep-all as it may without it: a word after it needs no
 * WORD_BREAK. One there would also part two marks the browser sets closer together (a wider gap in every 原话：“ when
 * the result's lines were compared in Chromium) and keep a "，" at a line's end from being set narrower to fit (转了800块，
 * went down to the next line).
 */
const BREAKS_AFTER = /[，。、：；？！」』）》】”’]$/

/** A letter or digit of a token, half- or full-width (a scam writes ｅｔｃ－ｇｏｖ．ｔｏｐ to slip past filters). */
const TOKEN_ALNUM = /[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]/

/** A digit, half- or full-width: a number written in groups ("6222 0212 3456") is one token across its spaces. */
const TOKEN_DIGIT = /[0-9０-９]/

/** Punctuation inside a token, between its letters and digits: "https://", "1,500.00", "uid=88", "４００－８８８". */
const TOKEN_JOINER = /[.\-/:?=&%#~+_@,*．－／：？＝＆％＃～＋＿＠]/

/**
 * A token's own punctuation a line may break after: "https:// / m.icbc.", "claim?no= / SF123…", "ｅｔｃ－ / ｇｏｖ",
 * "QQ： / 2837461928".
 */
const TOKEN_BREAK_AFTER = /[./\-?=&_:．／－？＝＆＿：]/

/**
 * Where a browser breaks a token on its own although it is not a TOKEN_BREAK_AFTER place: after "-" and "?", around
 * full-width "－／＝＆＿＠" and after "．：？" (measured in Chromium under keep-all). Each such place that keepAllRuns
 * does not choose gets a WORD_JOIN.
 */
const BROWSER_BREAKS_AFTER = /[-?．：？－／＝＆＿＠]/
const BROWSER_BREAKS_BEFORE = /[－／＝＆＿＠]/

/** A host's last label (its top-level domain) stays with the label before it: "verify.xyz", never "verify. / xyz". */
const LAST_LABEL = /^[A-Za-zＡ-Ｚａ-ｚ]{2,}(?![0-9A-Za-z０-９Ａ-Ｚａ-ｚ.\-_．－＿])/

/**
 * A web address's host inside a token, at its start or after "//": labels and dots, a letters-only last label
 * ("m.icbc.com.cn", "ｅｔｃ－ｇｏｖ．ｔｏｐ").
 */
const HOST =
  /(?:[0-9A-Za-z０-９Ａ-Ｚａ-ｚ](?:[0-9A-Za-z０-９Ａ-Ｚａ-ｚ\-－]*[0-9A-Za-z０-９Ａ-Ｚａ-ｚ])?[.．])+[A-Za-zＡ-Ｚａ-ｚ]{2,}(?![0-9A-Za-z０-９Ａ-Ｚａ-ｚ\-－])/y

/** What opens a token and stays with it: a quotation mark, a bracket, the "…" of a quote cut at its start. */
const OPENS_TOKEN = /[“‘「『（《【(…]/

/**
 * How wide a piece of a token may be and still fit the narrowest line the app is read on, in half-width characters (a
 * full-width or Chinese one counts two): 13 digits fit a 原话's line at font ×2 in 大字模式 on a 320 px phone (238 px).
 */
const NARROWEST_LINE = 12

/** How wide a character is, in half-width characters: a full-width or Chinese one counts two. */
const halfWidths = (char: string): number => (char.charCodeAt(0) < 0x1100 ? 1 : 2)

/** How wide `text` is, in half-width characters (halfWidths). */
const widthOf = (text: string): number => Array.from(text).reduce((sum, char) => sum + halfWidths(char), 0)

/**
 * How wide a token or a host may be and still fit a line of the narrowest phone at the default text size, in
 * half-width characters: a 原话's line on a 320 px phone (238 px at 16 px) holds "４００－８８８－１２３４", 28. A wider
 * one is no block (it breaks at its own punctuation wherever it is read, and as a block it only moved to a line of
 * its own and left what came before it alone there: "原话： / “…https:// / m.icbc.com.cn.secure-login- /", round 58's
 * fresh tester).
 */
const DEFAULT_LINE = 28

/**
 * Whether a host's last label at `at`, with the label before it (not before `token`, where the token starts) and what
 * follows it in `word` ("ｇｏｖ．ｔｏｐ”"), fits the narrowest line: only then is it kept together; wider, it may break before the last label rather than anywhere.
 */
function fitsNarrowestLine(word: string, token: number, at: number): boolean {
  let from = at - 1
  while (from > token && !TOKEN_BREAK_AFTER.test(word[from - 1])) from--
  let width = 0
  for (let k = from; k < word.length && !BREAKING_SPACE.test(word[k]); k++) width += halfWidths(word[k])
  return width <= NARROWEST_LINE
}

/** Letters and digits a piece of a token holds at least on each side of a break: "m.icbc.", never "m." alone. */
const PIECE_MIN_ALNUM = 2

/** The most letters or digits in one group of a run too wide for a line: "SF12 / 3456 / 7890 / 123". */
const GROUP_MAX_CHARS = 4

/**
 * The runs of letters and digits with no punctuation of their own in `word`'s tokens that are wider than the narrowest
 * line (NARROWEST_LINE), as [start, end): "SF1234567890123", "verylonghostname". Only such a run breaks between its
 * letters and digits (evenGroups).
 */
function wideRuns(word: string, tokens: ReadonlyArray<[number, number]>): Array<[number, number]> {
  const runs: Array<[number, number]> = []
  for (const [from, to] of tokens) {
    for (let start = from; start < to;) {
      if (!TOKEN_ALNUM.test(word[start])) {
        start++
        continue
      }
      let end = start
      let width = 0
      while (end < to && TOKEN_ALNUM.test(word[end])) width += halfWidths(word[end++])
      if (width > NARROWEST_LINE) runs.push([start, end])
      start = end
    }
  }
  return runs
}

/**
 * Where each of `runs` (wideRuns) breaks: into groups as even as they can be, GROUP_MAX_CHARS at most, so a line never
 * keeps one or two of its characters alone (4 + 4 + 4 + 3, never "SF12345678901 / 23": round 58's fresh tester at
 * font ×2 in 大字模式 on a 320 px phone). The first groups take one more where a run does not divide evenly.
 */
function evenGroups(runs: ReadonlyArray<[number, number]>): Set<number> {
  const places = new Set<number>()
  for (const [start, end] of runs) {
    const length = end - start
    const groups = Math.ceil(length / GROUP_MAX_CHARS)
    for (let n = 1, at = start; n < groups; n++)
      places.add((at += Math.floor(length / groups) + (n <= length % groups ? 1 : 0)))
  }
  return places
}

/**
 * Where each token of `text` lies, as [start, end): a run of letters and digits (half- or full-width) and the
 * punctuation between them (TOKEN_JOINER), and a number's groups across single spaces ("6222 0212 3456 7890 123"). A
 * web address, a phone number, a tracking number, a query ("uid=8837261"), a time ("24:00"), a code. At least two
 * letters or digits.
 */
export function tokenSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  let at = 0
  while (at < text.length) {
    if (!TOKEN_ALNUM.test(text[at])) {
      at++
      continue
    }
    const start = at
    let end = at
    let alnum = 0
    for (;;) {
      while (end < text.length && TOKEN_ALNUM.test(text[end])) {
        end++
        alnum++
      }
      let next = end
      while (next < text.length && TOKEN_JOINER.test(text[next])) next++
      // Joiners between two letters or digits; or one space between two groups of digits.
      if (next > end && next < text.length && TOKEN_ALNUM.test(text[next])) end = next
      else if (
        next === end &&
        /[ \u00a0]/.test(text[end] ?? '') &&
        TOKEN_DIGIT.test(text[end - 1]) &&
        TOKEN_DIGIT.test(text[end + 1] ?? '')
      )
        end++
      else break
    }
    if (alnum >= 2) spans.push([start, end])
    at = end
  }
  return spans
}

/**
 * A word kept whole, with a WORD_BREAK where a line may break inside one of its tokens and a WORD_JOIN where the
 * browser would break but must not; and the host inside a web address, which keeps together on its own when the address
 * does not fit a line (`host`, its place in the marked text). A token breaks after its own punctuation (TOKEN_BREAK_AFTER)
 * before a letter or digit, never so that a piece has fewer than PIECE_MIN_ALNUM letters and digits ("m." alone), nor
 * before a host's last label ("verify. / xyz"); a number's spaces stay where a line may break. Nothing outside a token
 * is marked ("原话：“😱😱").
 */
function markTokens(word: string): KeptRun {
  const tokens = tokenSpans(word)
  const tokenAt = new Int32Array(word.length + 1).fill(-1)
  for (const [n, [from, to]] of tokens.entries()) for (let k = from + 1; k < to; k++) tokenAt[k] = n
  // The host of a web address with more than its host in it (a scheme, a path or a query): nested.
  let host: [number, number] | undefined
  // The end of the token the host is in: the nested block ends there at the latest, without the "…”" after it, which
  // would make it wider than the line it fits ("m.icbc.com.cn / …”", never "m.icbc. / com.cn…”").
  let hostTokenEnd = 0
  // Where the scheme of an address with a host too wide to nest ends: no line breaks there.
  let schemeEnd = -1
  for (const [from, to] of tokens) {
    const scheme = /^[A-Za-z]{2,10}:\/\//.exec(word.slice(from, to))
    HOST.lastIndex = from + (scheme ? scheme[0].length : 0)
    const found = HOST.exec(word)
    // A host wider than a line at the default size (DEFAULT_LINE) is no block: it flows with the address and keeps its
    // scheme with its first label ("https://m.icbc.", never "https://" alone at a line's end).
    if (found && widthOf(found[0]) > DEFAULT_LINE) {
      if (scheme) schemeEnd = from + scheme[0].length
    } else if (found && (found.index > from || HOST.lastIndex < to)) {
      // With what opens it: "“…express-" keeps together as a block of its own does, where a word joiner would not.
      let start = found.index
      while (start > 0 && OPENS_TOKEN.test(word[start - 1])) start--
      host = [start, HOST.lastIndex]
      hostTokenEnd = to
      break
    }
  }
  // How many letters and digits come before each place: a piece's count is a difference of two.
  const alnumBefore = [0]
  for (let k = 0; k < word.length; k++) alnumBefore.push(alnumBefore[k] + (TOKEN_ALNUM.test(word[k]) ? 1 : 0))
  const wide = wideRuns(word, tokens)
  const groupBreaks = evenGroups(wide)
  // Where each wide run lies in the marked text: a block of its own in a token too wide to be one.
  const wideStarts = new Map(wide.map(([start], n) => [start, n]))
  const wideEnds = new Map(wide.map(([, end], n) => [end, n]))
  const wideMarked = wide.map((): [number, number] => [0, 0])
  let marked = ''
  let hostFrom = 0
  let hostTo = 0
  let pieceStart = 0
  const tokenStarts = new Set(tokens.map(([from]) => from))
  for (let k = 0; k < word.length; k++) {
    if (host && hostTo === 0 && k === hostTokenEnd) hostTo = marked.length
    if (wideEnds.has(k)) wideMarked[wideEnds.get(k)!][1] = marked.length
    // A token cut at its start keeps its "…" and the mark that opens it on its first line ("原话：“… / express-").
    if (tokenStarts.has(k) && k > 0 && OPENS_TOKEN.test(word[k - 1])) marked += WORD_JOIN
    const token = tokenAt[k]
    if (token >= 0 && !BREAKING_SPACE.test(word[k - 1]) && !BREAKING_SPACE.test(word[k])) {
      const [from, to] = tokens[token]
      if (pieceStart < from) pieceStart = from
      const breaks =
        k !== schemeEnd &&
        (groupBreaks.has(k) ||
          (TOKEN_BREAK_AFTER.test(word[k - 1]) &&
            TOKEN_ALNUM.test(word[k]) &&
            alnumBefore[k] - alnumBefore[pieceStart] >= PIECE_MIN_ALNUM &&
            alnumBefore[to] - alnumBefore[k] >= PIECE_MIN_ALNUM &&
            !(
              /[.．]/.test(word[k - 1]) &&
              LAST_LABEL.test(word.slice(k, to)) &&
              fitsNarrowestLine(word, from, k)
            )))
      if (breaks) {
        // The nested host ends at the first place after it where a line may break: with the "/" after it and what
        // may not be parted from it ("verify.xyz/a"), for a block's edge is a place where a line may break.
        if (host && k > host[1] && hostTo === 0) hostTo = marked.length
        marked += WORD_BREAK
        pieceStart = k
      } else if (BROWSER_BREAKS_AFTER.test(word[k - 1]) || BROWSER_BREAKS_BEFORE.test(word[k]))
        marked += WORD_JOIN
    }
    if (host && k === host[0]) hostFrom = marked.length
    if (wideStarts.has(k)) wideMarked[wideStarts.get(k)!][0] = marked.length
    marked += word[k]
  }
  if (host && hostTo === 0) hostTo = marked.length
  if (wideEnds.has(word.length)) wideMarked[wideEnds.get(word.length)!][1] = marked.length
  // Wider than a line at the default size: no block (DEFAULT_LINE); it breaks at its marks, after what comes before it.
  const whole =
    tokens.length === 0 || widthOf(word.slice(tokens[0][0], tokens[tokens.length - 1][1])) <= DEFAULT_LINE
  const nested: [number, number] | undefined =
    host && (hostFrom > 0 || hostTo < marked.length) ? [hostFrom, hostTo] : undefined
  if (whole) return nested ? { text: marked, whole, host: nested } : { text: marked, whole }
  // Too wide to be a block: its host and its wide runs are blocks of their own, so each moves whole to the next line
  // where it fits one, and breaks only when it is wider ("claim?no= / SF1234567890123", "verylong / hostname" never).
  const blocks = nested ? [nested] : []
  // A wide run's block takes what may not be parted from it on either side, up to where a line may break
  // ("verylonghostname-", never a line that starts with "-").
  const partsHere = (at: number) => marked[at] !== WORD_BREAK && !BREAKING_SPACE.test(marked[at])
  for (let [from, to] of wideMarked) {
    while (from > 0 && partsHere(from - 1)) from--
    while (to < marked.length && partsHere(to)) to++
    if (!nested || to <= nested[0] || from >= nested[1]) blocks.push([from, to])
  }
  return { text: marked, whole, blocks: blocks.sort((a, b) => a[0] - b[0]) }
}

/**
 * Words of 风险自测's own result that the platform's word breaker cuts into characters, kept whole as its words are
 * ("不要点链 / 接", round 57's fresh tester; "余 / 额", "银行卡 / 号" in its signals and reasons). Here, not in lineEnd's
 * WHOLE_TERMS: only the check's package needs them.
 */
const RESULT_TERMS: readonly string[] = [
  '链接',
  '短链',
  '点击',
  '问一问',
  '卡号',
  '账号',
  '余额',
  '身份证号',
  '身份证',
  '银行卡',
  '到账',
  '提现',
  '返利',
  '理赔',
  '医保',
  '社保',
  '燃气',
  '话费',
  '扫码',
  '截图',
  '拉黑',
  '盗刷',
  '走账',
  '要挟',
  '柜员机',
  '限时',
  '来头',
  '交费',
  '扣费',
  '退税',
  '押金',
  '额度',
  '后缀',
  '横线',
  '运营商',
  '电视台',
  '互联网',
  '轻信',
  '谨防',
  '座机',
  '航班',
  '改签',
  '失联',
  '下单',
  '发货',
  '话术'
]

/** Where each of RESULT_TERMS lies in `text`, as [start, end). */
function termSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  for (const term of RESULT_TERMS)
    for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1))
      spans.push([at, at + term.length])
  return spans
}

/**
 * How keepAllRuns finds its words (lineEnd splitLineRuns): 风险自测's own terms before a lone character is joined to a
 * neighbour ("“请点击 / 链接", never "“请点 / 击链接"), and joined words up to six characters wide: a word here is an
 * inline block where it is not plain Chinese, which breaks inside itself rather than run past a line ("或短链接（如",
 * never "（如" alone before an address: round 60's tester at 320 px, font ×2, 大字模式).
 */
export const KEEP_ALL_WORDS = { terms: RESULT_TERMS, joinedMaxWidth: 6 }

/** One run of KeptWords' words (keepAllRuns). */
export interface KeptRun extends TextRun {
  /**
   * In a `whole` run with a web address and more (a scheme, a path), where its host lies in `text`, [start, end): a
   * token inside the token, on one line when it fits ("https:// / m.icbc.com.cn/xxx", never "m.icbc. / com.cn").
   */
  host?: [number, number]
  /**
   * In a token too wide to be a block (not `whole`), the parts that are blocks of their own, [start, end) in `text`:
   * its host where it fits a line, and its runs of letters and digits wider than the narrowest line.
   */
  blocks?: Array<[number, number]>
}

/**
 * `text` as runs for a text set with `word-break: keep-all` (.fs-words), joined back to `text` with marks that read as
 * nothing (withoutWordMarks): a WORD_BREAK between its words (splitLineRuns; not after a space or BREAKS_AFTER, where a
 * line breaks anyway), so a line breaks between words and nowhere inside one; `whole` for a token and for any other
 * word keep-all would still break (KEPT_BY_KEEP_ALL: "20%", "8000块", "ＥＴＣ"), each one run however many words the
 * platform's word breaker found in it (a web address, "24:00", "４００－８８８－１２３４"). components/KeptWords sets a
 * `whole` run as an inline block: on one line when it fits, else broken only where markTokens put a WORD_BREAK, a web
 * address's host an inline block of its own inside it (round 57's fresh tester: "m.icbc. / com.cn. /
 * secure-login-verify▌", "４００－８ / ８８－ / １２３４", "uid= / 8837261"). A token wider than a line at the default
 * size (DEFAULT_LINE) is no run of its own: it flows with the words before it, its host and its runs of letters and
 * digits wider than the narrowest line `whole` runs among them (round 58's fresh tester: "原话： / “…https:// /
 * m.icbc.com.cn.secure-login- /"). The end (splitLineRuns) is one run: keep-all keeps its words together.
 */
export function keepAllRuns(text: string): KeptRun[] {
  const { head, end } = splitLineRuns(text, KEEP_ALL_WORDS)
  const words = end === '' ? [...head] : [...head, end]
  // A token the word breaker cut into words ("https", "://", "m.icbc.com.cn", "/"…) is one word again, and so is a
  // term of RESULT_TERMS ("链", "接").
  let at = 0
  const starts = words.map((word) => {
    const start = at
    at += word.length
    return start
  })
  const kept = [...tokenSpans(text), ...termSpans(text)].sort((a, b) => b[0] - a[0])
  for (const [from, to] of kept) {
    const first = starts.findIndex((start, n) => start + words[n].length > from)
    let last = first
    while (last + 1 < words.length && starts[last + 1] < to) last++
    if (first >= 0 && last > first) {
      words.splice(first, last - first + 1, words.slice(first, last + 1).join(''))
      starts.splice(first + 1, last - first)
    }
  }
  const runs: KeptRun[] = []
  const add = (piece: string) => {
    const previous = runs.at(-1)
    if (previous && !previous.whole) previous.text += piece
    else runs.push({ text: piece, whole: false })
  }
  for (const [n, word] of words.entries()) {
    const before = words[n - 1]
    if (
      before &&
      !BREAKS_AFTER.test(before) &&
      !BREAKING_SPACE.test(before.at(-1) ?? '') &&
      !BREAKING_SPACE.test(word[0])
    )
      add(WORD_BREAK)
    const marked = word.trim().length >= 2 && !KEPT_BY_KEEP_ALL.test(word) ? markTokens(word) : null
    if (!marked) add(word)
    else if (marked.whole) runs.push(marked)
    else {
      // A token too wide to be a block: its host and its wide runs are blocks of their own among the words.
      let done = 0
      for (const [from, to] of marked.blocks ?? []) {
        if (from > done) add(marked.text.slice(done, from))
        runs.push({ text: marked.text.slice(from, to), whole: true })
        done = to
      }
      if (done < marked.text.length) add(marked.text.slice(done))
    }
  }
  return runs
}
