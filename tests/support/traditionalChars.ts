/**
 * Builds src/data/traditional-chars.json: the traditional characters (Taiwan, Hong Kong and OpenCC's standard forms)
 * whose simplified form appears in the matcher (src/data/risk-signals.json and the patterns in src/domain/riskCheck),
 * with that simplified form, as converted by OpenCC (npm opencc-js, Apache-2.0). 风险自测 reads a message in traditional
 * characters ("媽，快往這張卡打3000，別打電話") with the same words as a simplified one. Only characters the matcher uses
 * are kept: the file stays a few KB. Run by `npm run build:traditional`; a unit test checks the committed file is
 * exactly what this returns.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Converter } from 'opencc-js'
import type { TraditionalChars } from '#types/check'

export const TRADITIONAL_SOURCE =
  'OpenCC (npm opencc-js 1.4.2, Apache-2.0): traditional → simplified (from t, tw and hk to cn), one character at a ' +
  'time, kept only where the simplified character appears in src/data/risk-signals.json or in the code of ' +
  'src/domain/riskCheck'

/**
 * A source file without the lines that are only comments. Whole lines only: a "/*" inside a pattern is no comment's
 * start (round 51's code review).
 */
function codeWithoutComments(file: string): string {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => !/^\s*(\/\/|\/\*|\*)/.test(line))
    .join('\n')
}

/**
 * The text whose characters the matcher reads: the signals' JSON and the code of src/domain/riskCheck, without the
 * lines that are only comments (the patterns there: "你再帮我刷两个“嘉年华”" in traditional characters read as nothing
 * while 華 was not in the table, round 51's review). Whole lines only: a "/*" inside a pattern is no comment's start
 * (round 51's code review). `root` is the repository's folder; files are read in name order, so the result is the
 * same on every machine.
 */
export function matcherText(root: string): string {
  const folder = join(root, 'src/domain/riskCheck')
  const code = readdirSync(folder)
    .filter((name) => name.endsWith('.ts'))
    .sort()
    .map((name) => codeWithoutComments(join(folder, name)))
  return [readFileSync(join(root, 'src/data/risk-signals.json'), 'utf8'), ...code].join('\n')
}

/**
 * OpenCC writes 帳 as 帐; the signals (and today's usage, 《通用规范汉字表》) write 账: "安全帳戶" is "安全账户". 帐 itself,
 * the older form for accounts that fake bank SMS still use ("此款将从您帐上扣", "转帐"), reads as 账 too; no signal word
 * holds 帐 in its other sense (帐篷, 蚊帐). Cantonese 畀 and 俾 are 给 ("畀錢", "send返俾我"); Cantonese's own
 * characters read as the one Mandarin character they stand for (round 54's trial: seven of nine Hong Kong scams were
 * read as nothing while "唔係嘅話", "我哋", "錄咗" matched no word): 唔 不, 嘅 的, 咗 了, 喺 在, 佢 他, 哋 们, 睇 看,
 * 冇 没, 諗 想, 攞 拿, 搵 找, 嚟 来, 啱 刚. The matcher's patterns are written in the Mandarin form.
 */
const OVERRIDES: Record<string, string> = {
  帳: '账',
  帐: '账',
  畀: '给',
  俾: '给',
  唔: '不',
  嘅: '的',
  咗: '了',
  喺: '在',
  佢: '他',
  哋: '们',
  睇: '看',
  冇: '没',
  諗: '想',
  攞: '拿',
  搵: '找',
  嚟: '来',
  啱: '刚',
  啲: '些'
}
/** Characters OpenCC converts that simplified text itself writes: 么 (什么, 怎么) is not 幺. */
const KEPT = new Set(['么'])

/**
 * The text people search (搜索): the brochure, the quiz, the scenarios, the drills, the help steps and search's own
 * everyday words, whose
 * characters src/data/search-traditional-chars.json maps, so 詐騙 or 轉賬 typed in traditional characters finds what
 * 诈骗 and 转账 find (round 52's trial: 没有找到 for every traditional query).
 */
export function searchText(root: string): string {
  // The everyday words search maps to a kind of scam (EVERYDAY_WORDS: 医保, 快递, 换脸), which the content may not use;
  // its comments left out, as matcherText's are.
  return [searchedContent(root), codeWithoutComments(join(root, 'src/domain/search.ts'))].join('\n')
}

/** The content people search, as it ships: the JSON of src/data that 搜索 indexes. */
export function searchedContent(root: string): string {
  return ['brochure.json', 'quiz-questions.json', 'scenarios.json', 'drills.json', 'help.json']
    .map((name) => readFileSync(join(root, 'src/data', name), 'utf8'))
    .join('\n')
}

export const SEARCH_TRADITIONAL_SOURCE =
  'OpenCC (npm opencc-js 1.4.2, Apache-2.0): traditional → simplified (from t, tw and hk to cn), one character at a ' +
  'time, kept only where the simplified character appears in the content people search (src/data: brochure, ' +
  'quiz-questions, scenarios, drills, help) or in the everyday words of src/domain/search.ts'

export function buildTraditionalChars(
  matcherSource: string,
  source: string = TRADITIONAL_SOURCE
): TraditionalChars {
  const wanted = new Set([...matcherSource].filter((c) => /[\u4e00-\u9fff]/.test(c)))
  const converters = (['t', 'tw', 'hk'] as const).map((from) => Converter({ from, to: 'cn' }))
  let traditional = ''
  let simplified = ''
  for (let code = 0x4e00; code <= 0x9fff; code++) {
    const t = String.fromCharCode(code)
    if (KEPT.has(t)) continue
    if (OVERRIDES[t] && wanted.has(OVERRIDES[t])) {
      traditional += t
      simplified += OVERRIDES[t]
      continue
    }
    for (const convert of converters) {
      const s = convert(t)
      if (s.length === 1 && s !== t && wanted.has(s)) {
        traditional += t
        simplified += s
        break
      }
    }
  }
  return { source, traditional, simplified }
}
