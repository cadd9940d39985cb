import { CATEGORY_IDS } from '@/data/ids'
import type { CategoryId } from '#types/content'
import { browserPath, pagePath } from '../routes'
import { SHARE_ORIGIN } from './share'

/** Longest id we ever look at; anything longer is not ours (protects against pasted junk in a link). */
const MAX_ID_LENGTH = 64

/**
 * What a chat, a copy or a person may leave right after an id: anything that starts with a character no id has and
 * that is no space or control character. Another query ("fake-credit?from=share", "＆from=share"), a '#' (also %23),
 * an escape cut short ("fake-credit%"), brackets, quotes, stops, a zero-width space, and words typed on ("（转发）",
 * "…", "[链接]", or "转发" where a chat dropped the line break before it: round 46's new-user trial). A control
 * character, a lone surrogate, a direction override or a line break before another word is no such tail (a note
 * pasted after a space is read apart, PASTED_NOTE).
 */
const LINK_TAIL = /^[^\sa-z0-9\-\x00-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069]/

/**
 * A note pasted after a link, past a space: words that are no id ("fake-credit 转发自微信", round 45's new-user trial).
 * A second id right after the space ("fake-credit online-loan") or a number names nothing for sure.
 */
const PASTED_NOTE = /^\s+[^\sa-z0-9-]/

/**
 * Reads a category id from a link parameter. Links arrive from chats, copied by hand, cut short or
 * double-encoded. The id is the leading run of the characters ids have (lower-case letters, digits, '-') when what
 * follows it is nothing, a LINK_TAIL or a PASTED_NOTE. Anything else that is not exactly one of the ten ids gives
 * null, never an exception.
 */
export function parseCategoryId(raw: unknown): CategoryId | null {
  // Given twice ("id=fake-credit&id=fake-credit", a card forwarded on), the router passes a list: one id if they agree.
  if (Array.isArray(raw)) {
    // One level only: the router never nests lists, and a nested one must not recurse without end.
    const ids = new Set(raw.map((value: unknown) => (Array.isArray(value) ? null : parseCategoryId(value))))
    return ids.size === 1 ? [...ids][0] : null
  }
  const read = leadingWord(raw)
  if (read === null || !(CATEGORY_IDS as readonly string[]).includes(read.word)) return null
  // Another id in what follows ("fake-credit，online-loan", also "online_loan", "online loan" or in full-width letters,
  // round 46's review) leaves the link naming nothing for sure.
  const { word, tail } = read
  const folded = tail.normalize('NFKC').replace(/[_+|·…\s]+/g, '-')
  return CATEGORY_IDS.some((other) => other !== word && folded.includes(other)) ? null : (word as CategoryId)
}

/**
 * The word a link parameter starts with (its leading run of id characters) and what follows it, decoded and in lower
 * case, when that is nothing, a LINK_TAIL or a PASTED_NOTE.
 */
function leadingWord(raw: unknown): { word: string; tail: string } | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_ID_LENGTH * 3) return null
  // Upper case from a keyboard's caps lock or a hand-copied link ("FAKE-CREDIT", round 42's trial): ids are lower case.
  const text = safeDecode(raw).trim().toLowerCase()
  const word = /^[a-z0-9-]*/.exec(text)?.[0] ?? ''
  const tail = text.slice(word.length)
  if (tail !== '' && !LINK_TAIL.test(tail) && !PASTED_NOTE.test(tail)) return null
  return word.length > MAX_ID_LENGTH ? null : { word, tail }
}

/**
 * The value `share` at the start of `from`, whatever follows it but more id characters: a tail ("share）") or a note
 * pasted after the link ("share 转发自微信", round 44's new-user trial); also 分享 or 转发, as a person may type it.
 * The greeting is only a greeting, so a note does not cancel it.
 */
const SHARE_WORD = new RegExp(`^\\s*(?:${SHARE_ORIGIN}(?![a-z0-9-])|分享|转发)`, 'i')

/** `from=…` inside another parameter's value: a second '?' ("id=x?from=share") or an encoded '&' ("x%26from%3Dshare"). */
const FROM_INSIDE = /[?？&＆](?:amp;)?from=([a-z0-9-]*)/i

/**
 * True when a page's query says it was opened from a forwarded card (`from=share`, domain/share's SHARE_ORIGIN),
 * also when a chat, a copy or a person changed it: a tail or a note after the word, or 分享 (SHARE_WORD), the
 * parameter inside the one before it ("id=fake-credit?from=share", "%26from%3Dshare"), an HTML-escaped '&'
 * ("&amp;from=share"), or given twice as a list. `params` is the router's { name: value }; missing or odd values give
 * false, never an exception.
 */
export function openedFromShare(params: Readonly<Record<string, unknown>> | undefined): boolean {
  if (!params) return false
  // A parameter given twice ("from=share&from=share", a card forwarded from a forwarded card) may come as a list.
  const pairs = Object.entries(params).flatMap(([name, value]) =>
    Array.isArray(value) ? value.map((v: unknown) => [name, v] as const) : [[name, value] as const]
  )
  return pairs.some(([name, value]) => {
    if (typeof value !== 'string' || value.length > MAX_ID_LENGTH * 3) return false
    // "SHARE" too: some chat apps capitalise a link they show.
    if (/^(?:amp;)?from$/i.test(name) && SHARE_WORD.test(safeDecode(value))) return true
    return leadingWord(FROM_INSIDE.exec(safeDecode(value))?.[1]?.toLowerCase())?.word === SHARE_ORIGIN
  })
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

/** The parts of a browser address the app reads: `location.pathname`, `location.search`, `location.hash`. */
export interface BrowserAddress {
  pathname: string
  search: string
  hash: string
}

/** Where a link whose route cannot even be read lands: the not-found page, with its way home. */
export const NOT_FOUND_HASH = `#${browserPath(pagePath('not-found'))}`

const HOME_HASH = `#${browserPath(pagePath('index'))}`

/**
 * Repairs a browser link before the hash router reads it; returns the address to use instead (path, query and
 * hash), or null when the link is fine as it is. Never throws.
 * - a '#' encoded as %23 (`/%23/pages/category/index?id=…`, some chat apps do this) becomes a real '#';
 * - a hash that was percent-encoded as a whole (`#%2Fpages%2F…`) is decoded;
 * - a query written before the hash (`/?id=…#/pages/category/index`, `/?from=share#/pages/…?id=…`) moves into the
 *   hash route's query;
 * - a page's path written without the hash (`/pages/category/index?id=…`, as the mini-program writes it) becomes
 *   the hash route;
 * - a full-width ？ that a Chinese keyboard typed for the route's '?' (`#/pages/category/index？id=…`), or a '?'
 *   encoded alone (`#/pages/category/index%3Fid=…`), is read as one;
 * - a route's leading '/' left out or doubled (`#pages/…`, `#//pages/…`) is put right;
 * - a full-width ＝ or ＆ between the route query's parameters (`?id＝fake-credit＆from=share`), maybe encoded, is
 *   read as '=' or '&', and a second '?' (`?from=share?id=fake-credit`) as '&';
 * - a query with no route at all (`/?from=share`, a card that points at home) becomes home's query, and a route of
 *   '/' alone (`#/`) is home's;
 * - a '#' typed twice before the route (`##/pages/…`, `#/#/pages/…`) is read as one, and spaces after the '#' or
 *   before the route's query (`# /pages/…`, `…/index ?from=share`) are dropped;
 * - a second '#' inside the hash and what follows it is dropped, unless `from=` follows it (`…/index#from=share`),
 *   which joins the route's query;
 * - a route with a broken percent-escape (`#/%`, `#/pages/%E0%A4%A/index`), which makes the router throw
 *   before any page shows, leads to the not-found page instead.
 */
export function repairBrowserLink(address: BrowserAddress): string | null {
  let { pathname, search, hash } = address
  // A route in the path, after an encoded '#' or as a page's path: the path up to it stays, the rest is the hash.
  const encodedHash = /%23/i.exec(pathname)
  const pagePathAt = pathname.indexOf('/pages/')
  if ((hash === '' || hash === '#') && (encodedHash || pagePathAt >= 0)) {
    const [baseEnd, routeStart] = encodedHash
      ? [encodedHash.index, encodedHash.index + 3]
      : [pagePathAt + 1, pagePathAt]
    hash = `#${pathname.slice(routeStart)}${search}`
    pathname = pathname.slice(0, baseEnd) || '/'
    search = ''
  }
  if (/^#%2F/i.test(hash)) hash = `#${safeDecode(hash.slice(1))}`
  // Spaces typed into the route, after its '#' or before its query ("# /pages/help/index", "#/pages/help/index ?from=share",
  // round 46's new-user trial): the browser gives them as %20.
  hash = withoutRouteSpaces(hash)
  // A '#' typed twice before the route ("##/pages/…", "#/#/pages/…", round 45's new-user trial).
  hash = hash.replace(/^#[#/]*#\/*(?=pages\/)/i, '#/')
  const second = hash.indexOf('#', 1)
  if (second > 0) {
    // A from= after it ("#/pages/help/index#from=share", round 44's new-user trial) joins the route's query. Not an
    // id: a second one after the first would make the link name nothing ("…?id=fake-credit#id=online-loan").
    const parameter = /^from[=＝][^#]*$/i.test(hash.slice(second + 1)) ? hash.slice(second + 1) : ''
    hash = hash.slice(0, second)
    if (parameter) hash += `${hash.includes('?') ? '&' : '?'}${parameter}`
  }
  // A route's '/' left out or doubled ("#pages/…", "#//pages/…").
  if (/^#\/*pages\//i.test(hash)) hash = hash.replace(/^#\/*/, '#/')
  if (hash.startsWith('#/') && !hash.includes('?')) {
    // A query encoded with its '?' ("index%3Fid%3D…", as a chat may write it), or a full-width ？, maybe encoded.
    if (/%3F/i.test(hash)) hash = `#${safeDecode(hash.slice(1))}`
    hash = hash.replace(/？|%EF%BC%9F/i, '?')
  }
  const query = hash.indexOf('?')
  // Spaces typed after the query's '?' or '&' ("…/index? from=share", round 46's second trial) are dropped too.
  if (query > 0)
    hash = hash.slice(0, query) + asciiQuery(hash.slice(query).replace(/([?&])(?:\s|%20)+/gi, '$1'))
  // A query with no route (a card that points at home, "/?from=share"): home's, so the page reads it.
  if (search.length > 1 && (hash === '' || hash === '#')) hash = HOME_HASH
  // A route of "/" alone ("#/", "#/?from=share"), set in an open tab: home, not the not-found page (round 61's tester).
  hash = hash.replace(/^#\/(?=\?|$)/, HOME_HASH)
  if (search.length > 1 && hash.startsWith('#/')) {
    hash = hash.includes('?') ? `${hash}&${search.slice(1)}` : `${hash}${search}`
    search = ''
  }
  // The router decodes the path of the address and the route of the hash with decodeURI.
  const route = hash.slice(1).split('?')[0]
  if (!decodable(route)) hash = NOT_FOUND_HASH
  if (!decodable(pathname)) pathname = '/'
  const repaired = `${pathname}${search}${hash}`
  return repaired === `${address.pathname}${address.search}${address.hash}` ? null : repaired
}

/** `hash` without the spaces (or %20) in its route: no page's route has one, so each was typed or pasted in. */
function withoutRouteSpaces(hash: string): string {
  const found = hash.slice(1).search(/[?？#]/)
  const end = found < 0 ? hash.length : found + 1
  return hash.slice(0, end).replace(/\s|%20/gi, '') + hash.slice(end)
}

/**
 * A query (with its leading '?') whose full-width ＝ and ＆ (typed by a Chinese keyboard), also percent-encoded, are
 * '=' and '&', and whose later '?' are '&': a link put together by hand as "?from=share?id=fake-credit" (round 42's
 * new-user trial) names its id. A '?' inside a value this app writes is always encoded; a full-width ？ may be a
 * value's own, and stays.
 */
function asciiQuery(query: string): string {
  const rest = query
    .slice(1)
    .replace(/＝|%EF%BC%9D/gi, '=')
    .replace(/＆|%EF%BC%86|\?/gi, '&')
  return `?${rest}`
}

function decodable(text: string): boolean {
  try {
    decodeURI(text)
    return true
  } catch {
    return false
  }
}
