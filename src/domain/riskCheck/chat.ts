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

/** A character of a speaker's name: a CJK ideograph, an ASCII letter or digit, "_" or "*". */
function isNameCode(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    code === 95 ||
    code === 42 // "*", a masked number: "12366****："
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
 * from screenshots often lose the break between turns ("已付 回单已上传王经理:👍"): the name is the longest ending of
 * the run of letters before the colon that starts two turns or more.
 */
function colonTurns(text: string): ChatTurn[] {
  const runs: Array<{ colon: number; run: string; alone: boolean }> = []
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code !== 58 && code !== 0xff1a) continue // ":" "："
    if (text.startsWith('//', i + 1)) continue
    if (isDigitCode(text.charCodeAt(i - 1)) && isDigitCode(text.charCodeAt(i + 1))) continue
    let from = i
    while (from > 0 && i - from < MAX_NAME && isNameCode(text.charCodeAt(from - 1))) from--
    if (from < i)
      runs.push({
        colon: i,
        run: text.slice(from, i),
        alone: from === 0 || isSpaceCode(text.charCodeAt(from - 1))
      })
  }
  if (runs.length < MIN_TURNS) return []
  // Each run's endings that could be a name, longest first: not digits alone, and one character only when the run is
  // that character ("我："), not the end of a longer label (原告 and 被告 are no speaker "告").
  const endingsOf = runs.map(({ run }) => {
    const names: string[] = []
    for (let k = 0; k < run.length; k++)
      if (!isDigits(run, k) && (k < run.length - 1 || k === 0)) names.push(run.slice(k))
    return names
  })
  const turnsOf = new Map<string, number>()
  for (const names of endingsOf) for (const name of names) turnsOf.set(name, (turnsOf.get(name) ?? 0) + 1)
  const turns: ChatTurn[] = []
  runs.forEach(({ colon, run, alone }, n) => {
    const speaker =
      endingsOf[n].find((name) => (turnsOf.get(name) ?? 0) >= 2) ??
      (alone && run.length <= MAX_ONCE_NAME ? run : undefined)
    if (speaker === undefined) return
    const previous = turns[turns.length - 1]
    if (previous) previous.end = colon - speaker.length
    turns.push({ speaker, start: colon - speaker.length, end: text.length })
  })
  return turns
}

/**
 * A line that heads a turn in a chat copied from a phone: the name, a space and the time, the words on the lines
 * after ("同事小赵 21:26", "班主任 周老师 14:53", "我 17:27").
 */
const TURN_HEADER =
  /^([^\n:：]{1,16}?)[ \t\u3000]+(?:(?:昨天|前天|今天|上午|下午|晚上)[ \t]*)?[0-9]{1,2}[:：][0-9]{2}[ \t]*$/gm

/** Turns that start at a header line (TURN_HEADER), each up to the next. */
function headedTurns(text: string): ChatTurn[] {
  const turns: ChatTurn[] = []
  TURN_HEADER.lastIndex = 0
  for (let m = TURN_HEADER.exec(text); m !== null; m = TURN_HEADER.exec(text)) {
    const previous = turns[turns.length - 1]
    if (previous) previous.end = m.index
    turns.push({ speaker: m[1].trim(), start: m.index, end: text.length })
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
 * The chat's first turns, read with every window: who the other side said they were is usually said there ("我是淘宝
 * 理赔中心的客服", "老同学 我是小张"), and the ask comes many turns later (an attacking review: five scam chats lost
 * their 高风险 when their windows held the ask without the claim).
 */
const OPENING_TURNS = 2
/** At most this many windows: a longer chat gets longer windows, so a paste of a thousand turns stays fast. */
const MAX_WINDOWS = 24
/** A preface at most this long is read with every window: it says where the chat is from ("公司群里的 财务让我付款"). */
const MAX_PREFACE = 120

/**
 * The chat's windows, as texts: each WINDOW_TURNS turns (more in a chat of more than MAX_WINDOWS windows), the
 * next one starting at the last turn of the one before; the first with the preface, the others after the chat's
 * opening turns (OPENING_TURNS) and after the preface too when it is short. Empty when
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
  const opening = `${text.slice(turns[0].start, turns[OPENING_TURNS - 1].end)}\n`
  const windows: string[] = []
  for (let first = 0; first < turns.length - 1; first += step) {
    const end = turns[Math.min(first + size, turns.length) - 1].end
    windows.push(first === 0 ? text.slice(0, end) : preface + opening + text.slice(turns[first].start, end))
  }
  return windows
}
