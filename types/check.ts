/**
 * Types of 风险自测: a person pastes a message, a chat or what a caller said, and a pure matcher looks for
 * signals that carry across scam types: who the sender claims to be, what they want, the pressure they
 * apply and cues of the channel. The verdict comes from combinations of signals, never from one word.
 * The data lives in src/data/risk-signals.json, checked by src/domain/riskCheck/data.ts.
 */
import type { SIGNAL_IDS, SIGNAL_KINDS } from '@/domain/riskCheck/signalIds'
import type { CategoryId, RuleId } from './content'

export type SignalKind = (typeof SIGNAL_KINDS)[number]

export type SignalId = (typeof SIGNAL_IDS)[number]

export interface RiskSignal {
  id: SignalId
  kind: SignalKind
  /** Plain words shown to the person, e.g. "说您的账户、卡或服务被停用、冻结，或会被起诉、逮捕". */
  label: string
  /**
   * Plain substrings, matched case-insensitively after normalisation (half-width, no spaces between Chinese
   * characters). Scanned with indexOf: no backtracking, whatever the text.
   */
  terms: string[]
  /** Longer words that contain a term without meaning it: "支出金额" holds "出金". */
  notInside?: string[]
  /**
   * RegExp sources for shapes a word list cannot hold (a domain written without http://). Bounded repeats
   * only ({0,n}, n ≤ 40), no lookbehind, no backreferences: the validator rejects anything else.
   */
  patterns?: string[]
  /**
   * Set on the signals found by code instead of words (their terms and patterns are empty): 'wording', scored by
   * the wording model (src/data/scam-wording.json); 'official-lookalike', a web address that borrows an official
   * domain's name (12306-ticket.com, icbc-cn.top) without being it.
   */
  scoredBy?: 'wording' | 'official-lookalike'
  /** The brochure's 如何防范 rule this signal breaks. */
  rule: RuleId
  /**
   * Public source of the signal, e.g. the brochure section or an agency's published warning. Required in the data
   * file (the checks enforce it); the app builds leave it out, as no page shows it (config/dropSourcesLoader.js).
   */
  source?: string
}

/**
 * A kind of scam the matcher can name. Brochure categories carry their id; kinds the brochure does not list
 * (ETC or 医保 phishing, prizes, fake procurement) carry null and are shown as 其他手法.
 */
export interface SchemeTopic {
  id: string
  category: CategoryId | null
  /** e.g. "冒充机构发链接" */
  name: string
  /** Words that point to this kind of scam; the kind with the most distinct words found wins. */
  terms: string[]
  /** Longer words that hold a term without meaning this kind: a buyer's greeting 老板你好 holds 老板. */
  notInside?: string[]
  /**
   * What to do about this kind, in plain words, when the brochure's own tip does not say it (a kind it does not
   * list, or a fake relative under its 冒充领导、熟人 tip). Public guidance, named in `source`.
   */
  tip?: string
  /**
   * For a kind the brochure does not list: the brochure category that works the same way, and the words of its
   * 诈骗方式 or 反诈提示 that say so, verbatim (checked against brochure.json before every build).
   */
  closest?: ClosestCategory
  /** Where the kind and its tip come from. Required in the data file; left out of the app builds, like a signal's. */
  source?: string
}

/** A brochure category that a kind it does not list resembles: 追星返利 pays back at first, as 网络刷单诈骗 does. */
export interface ClosestCategory {
  category: CategoryId
  /** A verbatim span of that category's 诈骗方式 or 反诈提示: the part both kinds share. */
  shared: string
}

/** One optional tick box: "what happened to you". Ticking it counts as a hit of its signal. */
export interface Situation {
  id: string
  label: string
  signalId: SignalId
  /**
   * The kind of scam (a SchemeTopic id) this tick points to when the text names none: 对方自称公检法 →
   * 冒充公检法及政府机关诈骗. Absent for ticks that every kind shares (转账, 验证码).
   */
  topic?: string
}

/**
 * Domains that belong to the organisation itself (gov.cn, a bank's, a carrier's, 12306.cn): a link there is where
 * public guidance sends people (「认准官方网址」), so it is not counted as a link. Matched on whole labels:
 * "s.12306.cn" is 12306.cn, "12306-cn.com" is not.
 */
export interface OfficialDomains {
  domains: string[]
  /** Where the list comes from, e.g. each organisation's own site. Left out of the app builds, like a signal's. */
  source?: string
}

export interface RiskSignalData {
  signals: RiskSignal[]
  topics: SchemeTopic[]
  situations: Situation[]
  /** Required in the shipped file (data.ts checks it); absent in hand-built data, every link counts. */
  officialDomains?: OfficialDomains
  /** Scores the signal whose scoredBy is 'wording'; absent, that signal never fires. */
  wording?: WordingModel
}

/** Never "safe": the matcher can only say it found nothing it knows. */
export type CheckVerdict = 'high-risk' | 'suspicious' | 'none-found'

export interface SignalHit {
  signal: RiskSignal
  /**
   * Exact snippets of the input around each trigger, with "…" on a side where a long clause was cut; empty when
   * the hit comes only from a tick box.
   */
  quotes: string[]
  /**
   * Per quote (same order as `quotes`), where the signal's matched word ends inside that quote: a UTF-16 index into the
   * quote string, "…" included; null when the hit has no word of its own (the wording signal, found by how the whole
   * clause reads). Filled by the matcher from where it found the word, so a page pointing back to a quote can name the
   * words the signal is about without matching them again.
   */
  wordEnds: Array<number | null>
}

/** A combination rule that fired: why the verdict is what it is, in plain words. */
export interface FiredCombination {
  id: string
  verdict: Exclude<CheckVerdict, 'none-found'>
  /** e.g. "自称机构，给了链接，又说限时停用" */
  reason: string
}

export interface CheckResult {
  verdict: CheckVerdict
  /**
   * Ordered by kind (claim, want, pressure, channel), then by where they appear. Without the signals the judgement set
   * aside (a counter's own QR code, a "master's" foretold 儿子会出车祸), unless the person ticked them.
   */
  hits: SignalHit[]
  /** The combinations behind the verdict, strongest first; empty for none-found. */
  because: FiredCombination[]
  /** Best matching kind of scam, or null when nothing points to one. */
  scheme: SchemeTopic | null
  /** The brochure category to show: the scheme's category, or null for 其他手法. */
  category: CategoryId | null
  /** Rules broken by the hits, in brochure order. */
  rules: RuleId[]
  /** Characters at the start of a very long paste that were not read (0 when all was read). */
  skippedChars: number
  /**
   * True when nothing was flagged and most of what was read (WARNING_SHARE of its characters) is a warning or a report
   * about scams — a police reminder, the anti-fraud centre's own 您可能正在遭遇诈骗, a news report of a case — which
   * tells of tricks and asks nothing of the reader. The page says so instead of only "no signals found".
   */
  aboutScams: boolean
  /**
   * True when nothing was flagged and the text gives the reader a one-time code (验证码, 校验码, 动态密码 and 4–8 digits),
   * as a bank's or an app's code SMS does. The page says what the code is for and that no one may ask for it (手册「如何
   * 防范」不透露: 不向任何人透露短信验证码), rather than calling it a warning.
   */
  codeNotice: boolean
  /**
   * True when the text was cleared as an office's formal notice: numbered sections, its issuer on a line of its own,
   * and nothing no office asks by message (no private account, link, code to scan, code, secrecy or fee first). The
   * page says what it read and that paying is still checked with the office itself (public guidance: 通过官方渠道核实).
   */
  formalNotice: boolean
}

/**
 * Traditional characters and their simplified forms, position by position (src/data/traditional-chars.json): the
 * matcher reads "這張卡" as "这张卡". Only characters the matcher uses (the signals and the patterns of
 * src/domain/riskCheck); generated from OpenCC (source says how).
 */
export interface TraditionalChars {
  source: string
  traditional: string
  simplified: string
}

/**
 * Log-odds weights of character pairs, learned from the tuning part of the corpus of real messages
 * (scripts/train-wording.mjs). A text whose score (src/domain/riskCheck/wording.ts) is above `threshold` reads like
 * published scams.
 */
export interface WordingModel {
  /**
   * Where the weights come from, in words. Required in the data file (the checks enforce it); the app builds leave
   * it out, as no page shows it (config/dropSourcesLoader.js).
   */
  source?: string
  /**
   * Above it the wording counts together with another signal (an ask or a pressure); never on its own. Chosen by
   * cross-validation on the tuning part, never on the held-out part.
   */
  threshold: number
  /**
   * Above it (and at most `threshold`) the wording raises a text that other rules already flag to 高风险; it flags
   * nothing by itself. Lower than `threshold`: cross-validation shows the wording is a surer sign of how serious a
   * flagged text is than of whether to flag it.
   */
  raiseThreshold: number
  /**
   * Above it (higher than `threshold`) the wording also counts with a claimed organisation, office, leader or
   * recruiter, an ask to click or a lure, which alone or with the wording above `threshold` flag nothing: genuine
   * notices and offers have those too, and only wording this close to published scams tells them apart. Chosen by
   * cross-validation on the tuning part, never on the held-out part.
   */
  strongThreshold: number
  /**
   * The character pairs, sorted, grouped by their first character: the first character, the group's size n written
   * as WEIGHT_DIGITS[n − 1] (at most 92; a larger group is split), then the n second characters — "您#的好请!您" is
   * 您的, 您好, 请您. Read with forEachPair (src/domain/riskCheck/wording.ts). One string, not an object keyed by pair:
   * half the bytes in the package, and a third less again than the pairs written out in full.
   */
  pairs: string
  /**
   * One character per pair: the k-th pair's weight in tenths, 10 × log(P(pair | scam) / P(pair | ordinary)),
   * natural log, rounded to an integer (tenths score the same as hundredths in cross-validation), written as the
   * character at index (tenths − WEIGHT_MIN_TENTHS) of WEIGHT_DIGITS (src/domain/riskCheck/wording.ts). One byte a
   * pair instead of about three as a JSON array of numbers.
   */
  weights: string
}

export interface CheckInput {
  text: string
  /** Ids of ticked situations. */
  situations: string[]
}
