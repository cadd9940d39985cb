import type { BrochureContent, PreventionRule } from '#types/content'
import type { RuleScore } from '#types/quiz'
import type { ResultPosterText, ShareCardText, SharePayload, ShareTarget } from '#types/share'
import { PAGES, type PageName } from '../routes'
import { foldSeed } from './seed'

/** Marks a page opened from a card, so it can greet the reader and offer a way home. */
export const SHARE_ORIGIN = 'share'

/** The app's name as people see it in WeChat. */
export const APP_NAME = '反诈守护'

/**
 * The label before the address in the browser version's forward message (BrowserShareMessage.full): who sent it,
 * and what it is, in the sender's own voice, so it does not read like the unsigned "请登录 …" SMS the app teaches
 * people to distrust (round 50's new-user trial). No "不用填…": 风险自测 reads a link after a negation as one told of,
 * not one given.
 */
export const SHARE_LINK_LABEL = '这是我转给你的反诈学习页，点开就能看：'

/** The label of the forward messages sent before round 50, which 风险自测 still reads as the app's own. */
export const EARLIER_SHARE_LINK_LABEL = '用浏览器打开这个网址查看：'

/** Each page's name as its title bar shows it. */
const PAGE_NAMES: Record<ShareTarget['page'], string> = {
  index: '首页',
  category: '常见骗局',
  prevention: '如何防范',
  quiz: '反诈知识测试',
  'quiz-result': '反诈知识测试',
  'quiz-challenge': '家庭同题挑战',
  check: '风险自测',
  help: '已被骗怎么办',
  search: '搜索'
}

/** What the browser version hands over when a person forwards a page: plain words first, the link labelled. */
export interface BrowserShareMessage {
  /** Where it comes from, e.g. "反诈守护 · 常见骗局". */
  heading: string
  /** The plain-words message: 「app name · page name」 and the card's title. No address in it. */
  words: string
  /** The whole message to paste into a chat: the words, then the address on its own labelled line. */
  full: string
}

/**
 * The browser version's forward message. A raw "http://…/#/pages/…" address alone looks exactly like what the
 * app teaches people not to trust; this names the app and the page in words and labels the address as the way
 * to open it. `link` is the page's full address.
 */
export function buildBrowserShareMessage(
  target: ShareTarget,
  content: BrochureContent,
  link: string
): BrowserShareMessage {
  const heading = `${APP_NAME} · ${PAGE_NAMES[target.page] ?? PAGE_NAMES.index}`
  // 「」, not 【】: a bracketed name first is how an SMS signs, and this comes from a relative.
  const words = `「${heading}」${buildSharePayload(target, content).title}`
  return { heading, words, full: `${words}\n${SHARE_LINK_LABEL}${link}` }
}

const RULES_LINE = '不轻信、不透露、不转账、及时报警'
/** The four rules on a card image: two to a line, so no rule is split. */
const RULES_CARD = '不轻信、不透露\n不转账、及时报警'
const QUIZ_INVITE = '测测你能识破几种骗局'
const CHALLENGE_INVITE = '你也来做同一套题'

/**
 * The card a person forwards to a family group: title from the brochure, path back to the same content.
 * A result card carries only the score in its title and opens the quiz start, not the sender's answers.
 */
export function buildSharePayload(target: ShareTarget, content: BrochureContent): SharePayload {
  switch (target.page) {
    case 'category': {
      const category = content.categories.find((c) => c.id === target.id)
      if (!category) return buildSharePayload({ page: 'index' }, content)
      return payload(`${category.name}：${category.tipKeySentence}`, 'category', { id: category.id })
    }
    case 'prevention':
      return payload(`防骗牢记四条：${RULES_LINE}`, 'prevention')
    case 'quiz':
      return payload(QUIZ_INVITE, 'quiz')
    case 'quiz-result':
      return payload(`我在反诈测试中得了 ${clampScore(target.score)} 分，你也来测测`, 'quiz')
    case 'check':
      return payload('收到可疑电话、短信？先来这里查一查', 'check')
    case 'help':
      return payload('已经被骗了怎么办？立即拨打110报警', 'help')
    case 'search':
      return payload('查一查：常见电信网络诈骗', 'search')
    case 'quiz-challenge':
      return payload(
        target.score === undefined
          ? `${CHALLENGE_INVITE}，做完把结果发回来`
          : `我做了这套反诈题，得了 ${clampScore(target.score)} 分，${CHALLENGE_INVITE}`,
        'quiz',
        challengeQuery(target.seed, target.check)
      )
    case 'index':
    default:
      return payload(`${content.source.title}：十种常见骗局，遇事拨打${content.hotline.number}`, 'index')
  }
}

/**
 * The words on a card's image, in large type: what the card is about, the one sentence to remember and the
 * anti-fraud line. A category card shows the fraud's name and its tip's key sentence. "\n" starts a new line.
 */
export function buildShareCardText(target: ShareTarget, content: BrochureContent): ShareCardText {
  const footer = hotlineLine(content)
  switch (target.page) {
    case 'category': {
      const category = content.categories.find((c) => c.id === target.id)
      if (!category) return buildShareCardText({ page: 'index' }, content)
      return { title: category.name, body: category.tipKeySentence, footer }
    }
    case 'prevention':
      return { title: '防骗牢记四条', body: RULES_CARD, footer }
    case 'quiz':
      return { title: '反诈知识测试', body: QUIZ_INVITE, footer }
    case 'quiz-result':
      return { title: '反诈知识测试', body: `我得了 ${clampScore(target.score)} 分\n${QUIZ_INVITE}`, footer }
    case 'check':
      return { title: '风险自测', body: '收到可疑电话、短信？先来查一查', footer }
    case 'help':
      return { title: '已经被骗了怎么办', body: '立即拨打110报警', footer }
    case 'search':
      return { title: '查一查', body: '常见电信网络诈骗', footer }
    case 'quiz-challenge':
      return {
        title: '家庭同题挑战',
        body:
          target.score === undefined
            ? `${CHALLENGE_INVITE}\n比一比谁识破的骗局多`
            : `我得了 ${clampScore(target.score)} 分\n${CHALLENGE_INVITE}`,
        footer
      }
    case 'index':
    default:
      return { title: content.source.title, body: `十种常见骗局\n${RULES_CARD}`, footer }
  }
}

/** One string per card, e.g. "category:fake-credit" or "quiz-result:80": the cache key of its images. */
export function shareTargetKey(target: ShareTarget): string {
  switch (target.page) {
    case 'category':
      return `category:${target.id}`
    case 'quiz-result':
      return `quiz-result:${clampScore(target.score)}`
    case 'quiz-challenge':
      return `quiz-challenge:${challengeQuery(target.seed, target.check).challenge}:${target.score === undefined ? '' : clampScore(target.score)}`
    default:
      return target.page
  }
}

export function buildResultPosterText(
  score: number,
  byRule: readonly RuleScore[],
  content: BrochureContent
): ResultPosterText {
  const clamped = clampScore(score)
  return {
    title: '反诈知识测试',
    score: clamped,
    scoreLabel: `${clamped} 分`,
    rowsTitle: '四条防骗原则，各答对几题',
    rows: byRule.map((s) => ({
      label: ruleName(content.rules, s.rule),
      correct: wholeCount(s.correct),
      asked: wholeCount(s.asked)
    })),
    invite: `${QUIZ_INVITE}？`,
    footer: hotlineLine(content)
  }
}

function ruleName(rules: readonly PreventionRule[], id: string): string {
  return rules.find((r) => r.id === id)?.name ?? id
}

function hotlineLine(content: BrochureContent): string {
  return `反诈专线 ${content.hotline.number}`
}

/** A card opens a page of the route table (src/route-table.json) at its current route. */
function payload(title: string, page: PageName, query: Record<string, string> = {}): SharePayload {
  const search = Object.entries({ ...query, from: SHARE_ORIGIN })
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join('&')
  return { title, path: `/${PAGES[page].route}?${search}`, query: search }
}

function clampScore(score: number): number {
  return Number.isFinite(score) ? Math.min(100, Math.max(0, Math.round(score))) : 0
}

function wholeCount(n: number): number {
  return Number.isFinite(n) ? Math.max(0, Math.round(n)) : 0
}

/** The largest seed a challenge link carries: seeds are 32-bit, as mulberry32 uses them. */
export const MAX_SEED = 0xffffffff

/**
 * The query of a challenge link: the round's seed and its fingerprint. Rounds are seeded with Date.now(), which
 * is wider than 32 bits: the link carries the seed folded to 32 bits exactly as mulberry32 and deriveSeed fold it,
 * so it draws the same round.
 */
function challengeQuery(seed: number, check: string): { challenge: string; check: string } {
  return { challenge: String(foldSeed(seed)), check }
}
