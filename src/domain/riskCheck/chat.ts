/**
 * A pasted chat read turn by turn. A long chat joins words from turns far apart — a warning in one, a transfer
 * between flatmates in another — into combinations no one in it made. The check reads such a chat as a whole and
 * also in short windows of turns; a window holds each turn together with the turns around it (a question and its
 * answer, a claim and the ask that follows) and the chat's opening turns, where the other side said who they are.
 * PURE: string in, strings out; never throws.
 */
import { isDigitCode, isSpaceCode } from './text'

/** One turn of a chat: who spoke and where the turn is in the text, [start, end) in UTF-16 units. */
export interface ChatTurn {
  speaker: string
  start: number
  end: number
}

/** A chat's turns, in order, and the text before the first one (a preface like "群里发的 你们看看"), as [0, end). */
export interface ChatTurns {
  prefaceEnd: number
  turns: ChatTurn[]
}

/** A speaker's name: up to this many characters before a colon. Longer labels are headings, not names. */
const MAX_NAME = 6
/**
 * A chat's turns are short, a line or two on average (12 to 47 characters in blind set T's pasted chats); a text
 * whose labels part it into longer pieces is a run of notices ("验证码：…" here, "金额：…" there), not a chat.
 */
const MAX_MEAN_TURN = 80
/** A name said once starts a turn when it stands alone on its line or after a space, and is this short ("我："). */
const MAX_ONCE_NAME = 4
/** A chat has at least this many turns, of at least two speakers who each speak at least twice. */
const MIN_TURNS = 4

/** Whether run.slice(from) is digits only (a number, not a name). */
function isDigits(run: string, from: number): boolean {
  for (let k = from; k < run.length; k++) if (!isDigitCode(run.charCodeAt(k))) return false
  return true
}

/** A character of a speaker's name: a CJK ideograph, an ASCII letter or digit, "_", "*" or an emoji. */
function isNameCode(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    code === 95 ||
    code === 42 || // "*", a masked number: "12366****："
    (code >= 0xd800 && code <= 0xdfff) || // an emoji in a nickname: "老爸👍："
    (code >= 0x2600 && code <= 0x27bf)
  )
}

/**
 * The chat's turns, or null when the text is not a chat: turns named by a colon (colonTurns) or by a line with the
 * name and the time (headedTurns), whichever finds more. At least MIN_TURNS turns, two speakers who each speak twice
 * or more and between them speak at least half the turns, and turns a line or two long on average (MAX_MEAN_TURN).
 */
export function chatTurns(text: string): ChatTurns | null {
  const byColon = colonTurns(text)
  const byHeader = headedTurns(text)
  const turns = byHeader.length > byColon.length ? byHeader : byColon
  if (turns.length < MIN_TURNS) return null
  const spoke = new Map<string, number>()
  for (const { speaker } of turns) spoke.set(speaker, (spoke.get(speaker) ?? 0) + 1)
  const again = Array.from(spoke.values()).filter((n) => n >= 2)
  // Most turns are by people who speak again: a form's labels (时间：… 地点：… 主持：…) each come once.
  if (again.length < 2 || 2 * again.reduce((sum, n) => sum + n, 0) < turns.length) return null
  const prefaceEnd = turns[0].start
  if ((text.length - prefaceEnd) / turns.length > MAX_MEAN_TURN) return null
  return { prefaceEnd, turns }
}

/**
 * Turns that start at a speaker's name and a colon ("阿杰:", "客服：") — a name that starts at least two turns, so a
 * notice's labels ("金额：", "地址：") said once are not speakers, and times ("21:07") and links ("https://") are not
 * turns; a short name that stands alone before its colon starts a turn even when it speaks once ("我：行"). Pastes
 * from screenshots often lose the break between turns ("已付 回单已上传王经理:👍"): the name is the shortest ending of
 * the run of letters before the colon that starts two turns or more, taken longer while the longer one starts as many.
 */
function colonTurns(text: string): ChatTurn[] {
  const runs: Array<{ colon: number; run: string; alone: boolean }> = []
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code !== 58 && code !== 0xff1a) continue // ":" "："
    if (text.startsWith('//', i + 1)) continue
    if (isDigitCode(text.charCodeAt(i - 1)) && isDigitCode(text.charCodeAt(i + 1))) continue
    // A space may stand between the name and its colon ("爸爸 :"); the turn then starts at the name.
    const nameEnd = text.charCodeAt(i - 1) === 32 ? i - 1 : i
    let from = nameEnd
    while (from > 0 && nameEnd - from < MAX_NAME && isNameCode(text.charCodeAt(from - 1))) from--
    if (from < nameEnd)
      runs.push({
        colon: nameEnd,
        run: text.slice(from, nameEnd),
        alone: from === 0 || isSpaceCode(text.charCodeAt(from - 1))
      })
  }
  if (runs.length < MIN_TURNS) return []
  // Each run's endings that could be a name, shortest first: not digits alone, and one character only when it is 我
  // or the whole run ("宝："), not the end of a longer label (原告 and 被告 are no speaker "告").
  const endingsOf = runs.map(({ run }) => {
    const names: string[] = []
    for (let k = run.length - 1; k >= 0; k--)
      if (!isDigits(run, k) && (k < run.length - 1 || k === 0 || run[k] === '我')) names.push(run.slice(k))
    return names
  })
  const turnsOf = new Map<string, number>()
  for (const names of endingsOf) for (const name of names) turnsOf.set(name, (turnsOf.get(name) ?? 0) + 1)
  const count = (name: string): number => turnsOf.get(name) ?? 0
  // The shortest ending that starts two turns, taken longer while the longer one starts as many ("经理" → "王经理"),
  // but not into the word before when it is glued on only sometimes ("了爸爸" twice beside "爸爸" five times).
  const nameOf = (names: readonly string[]): string | undefined => {
    let k = names.findIndex((name) => count(name) >= 2)
    if (k < 0) return undefined
    if (names[k] === '我') return names[k] // the reader, never part of a longer name ("吗我：" is 我 after 吗)
    while (k + 1 < names.length && count(names[k + 1]) === count(names[k])) k++
    return names[k]
  }
  const turns: ChatTurn[] = []
  runs.forEach(({ colon, run, alone }, n) => {
    const speaker = nameOf(endingsOf[n]) ?? (alone && run.length <= MAX_ONCE_NAME ? run : undefined)
    if (speaker === undefined) return
    const previous = turns[turns.length - 1]
    if (previous) previous.end = colon - speaker.length
    turns.push({ speaker, start: colon - speaker.length, end: text.length })
  })
  return turns
}

/**
 * A line that heads a turn in a chat copied from a phone or exported: the name, a space and the time, the words on
 * the lines after ("同事小赵 21:26", "班主任 周老师 14:53", "我 17:27"), or the time first ("21:00 王经理", QQ's
 * "2026-03-05 21:00:33 王经理(12345670)").
 */
const TURN_HEADER =
  /^([^\n:：]{1,16}?)[ \t\u3000]+(?:(?:昨天|前天|今天|上午|下午|晚上)[ \t]*)?[0-9]{1,2}[:：][0-9]{2}[ \t]*$|^(?:[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}[ \t]+)?[0-9]{1,2}[:：][0-9]{2}(?:[:：][0-9]{2})?[ \t]+([^\s:：()（）]{1,16})(?:[(（][0-9a-z@.]{3,32}[)）])?[ \t]*$/gm

/** Turns that start at a header line (TURN_HEADER), each up to the next. */
function headedTurns(text: string): ChatTurn[] {
  const turns: ChatTurn[] = []
  TURN_HEADER.lastIndex = 0
  for (let m = TURN_HEADER.exec(text); m !== null; m = TURN_HEADER.exec(text)) {
    const previous = turns[turns.length - 1]
    if (previous) previous.end = m.index
    turns.push({ speaker: (m[1] ?? m[2]).trim(), start: m.index, end: text.length })
  }
  return turns
}

/**
 * A chat shorter than this is read only as a whole: it fits on one phone screen, where it is one conversation (a
 * guess-who opener, then the new number, then the favour, eleven turns in 130 characters: blind set R).
 */
const MIN_WINDOWED_CHARS = 200
/** Turns in a window, and how many each next window moves on: every two neighbouring turns share a window. */
const WINDOW_TURNS = 3
const WINDOW_STEP = 2
/**
 * The chat's first turns, read with the windows their speaker speaks in: who the other side said they were is usually
 * said there ("我是淘宝理赔中心的客服", "老同学 我是小张"), and the ask comes many turns later (an attacking review:
 * five scam chats lost their 高风险 when their windows held the ask without the claim).
 */
const OPENING_TURNS = 2
/**
 * An opening turn joins a window only when its speaker speaks in the window (a father's 我换号了 is no part of the
 * mother's 报名费周五前要交: a new user's trial), and only its first this many characters, so that a long first turn
 * is not read again with every window (a trial's hostile paste took 549 ms).
 */
const MAX_OPENING_TURN = 120
/** At most this many windows: a longer chat gets longer windows, so a paste of a thousand turns stays fast. */
const MAX_WINDOWS = 24
/** A preface at most this long is read with every window: it says where the chat is from ("公司群里的 财务让我付款"). */
const MAX_PREFACE = 120

/**
 * The chat's windows, as texts: each WINDOW_TURNS turns (more in a chat of more than MAX_WINDOWS windows), the
 * next one starting at the last turn of the one before; the first with the preface, the others after the preface when
 * it is short and after those of the chat's opening turns (OPENING_TURNS) whose speaker speaks in the window. Empty when
 * `text` is shorter than MIN_WINDOWED_CHARS or not a chat of more turns than one window holds: such a text is read
 * only as a whole.
 */
export function chatWindows(text: string): string[] {
  if (text.length < MIN_WINDOWED_CHARS) return []
  const chat = chatTurns(text)
  if (!chat || chat.turns.length <= WINDOW_TURNS) return []
  const { turns, prefaceEnd } = chat
  const step = Math.max(WINDOW_STEP, Math.ceil((turns.length - 1) / MAX_WINDOWS))
  const size = step + WINDOW_TURNS - WINDOW_STEP
  const preface = prefaceEnd <= MAX_PREFACE ? `${text.slice(0, prefaceEnd)}\n` : ''
  const opening = turns.slice(0, OPENING_TURNS)
  const windows: string[] = []
  for (let first = 0; first < turns.length - 1; first += step) {
    const last = Math.min(first + size, turns.length) - 1
    if (first === 0) {
      windows.push(text.slice(0, turns[last].end))
      continue
    }
    const speakers = new Set(turns.slice(first, last + 1).map((t) => t.speaker))
    const introduced = opening
      .filter((t) => speakers.has(t.speaker))
      .map((t) => `${text.slice(t.start, Math.min(t.end, t.start + MAX_OPENING_TURN))}\n`)
      .join('')
    windows.push(preface + introduced + text.slice(turns[first].start, turns[last].end))
  }
  return windows
}
