import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { Text, Textarea, View } from '@tarojs/components'
import ActionButton from '@/components/ActionButton'
import Heading from '@/components/Heading'
import HotlineCalls from '@/components/HotlineCalls'
import PageShell from '@/components/PageShell'
import ShareButton from '@/components/ShareButton'
import TipBox from '@/components/TipBox'
import { findCategory, findRule } from '@/data'
import {
  checkMessage,
  hasVisibleText,
  showsAnything,
  policeNow,
  quoteCore,
  shownReasons,
  type PoliceNow
} from '@/domain/riskCheck'
import { HoldDoubleTapsContext, noteTyping, useSettledScreen } from '@/hooks/useSettledTaps'
import { RESULT_SETTLE_MS } from '@/domain/tapGuard'
import { riskSignalData } from '@/domain/riskCheck/data'
import { useSharePage } from '@/hooks/useSharePage'
import { openPage } from '@/services/navigation'
import { copyWithoutWordMarks } from '@/services/copying'
import { focusElement, revealElement } from '@/services/scroll'
import { EMPTY_CHECK, updateCheckDraft, useDrafts } from '@/store/drafts'
import { useQuietTextField } from '@/services/textField'
import { focusTargetProps, roleProps } from '@/components/a11y'
import { skippedNote } from '@/domain/pasteSkip'
import { pointerWords } from '@/domain/quoteLead'
import NoOrphan from '@/components/NoOrphan'
import KeptWords from '@/components/KeptWords'
import type { CheckResult, CheckVerdict, SignalHit, SignalKind, Situation } from '#types/check'
import './index.scss'

/** `title` is split where it may wrap at large text, so 「未发现明显风险」 never leaves 险 alone on a line. */
const VERDICTS: Record<CheckVerdict, { title: string[]; text: string; modifier: string }> = {
  'high-risk': {
    title: ['高风险'],
    text: '这很像诈骗。先停下：不要转账，不要说出验证码，不要点链接，打96110问一问。',
    modifier: 'high'
  },
  suspicious: {
    title: ['可疑'],
    text: '发现了诈骗常用的手法。转账、点链接或说出个人信息前，先打96110问一问。',
    modifier: 'suspicious'
  },
  'none-found': {
    title: ['未发现', '明显风险'],
    text: '没有找到我们知道的诈骗信号。',
    modifier: 'none'
  }
}

/** Headings of the four kinds of signals, in the person's words. */
const KIND_TITLES: Record<SignalKind, string> = {
  claim: '对方说自己是谁',
  want: '对方想让您做什么',
  pressure: '对方怎么催您、诱您',
  channel: '消息里的线索'
}

/**
 * What each kind of signal is called in the 其他手法 sentence: "用了冒充身份、催您或拿好处引您……的手法". No 、 inside
 * an item, since the sentence joins them with 、; a channel cue may be an opener ("在吗？找你有点事"), not a link.
 */
const KIND_TRICKS: Record<SignalKind, string> = {
  claim: '冒充身份',
  want: '叫您照他说的做',
  pressure: '催您或拿好处引您',
  channel: '可疑的开场或联系方式'
}

const RESULT_SELECTOR = '.fs-check__result'
const EMPTY_SELECTOR = '.fs-check__empty'
const VERDICT_SELECTOR = '.fs-check__verdict'
/** The box's own field: Taro's browser build wraps it in taro-textarea-core. */
const INPUT_SELECTOR = '.fs-check__input textarea'

/**
 * When 110 is the call to make now: what its button says it is for, and the verdict's sentence instead of "stop
 * before you pay". Money lost: stopping comes too late, reporting at once is what can still get it back. A threat:
 * paying never ends it, 110 can; a family member said to be held is called first.
 */
const POLICE_NOW: Record<PoliceNow, { purpose: string; text: string }> = {
  'money-lost': {
    purpose: '已被骗，立即报警',
    text: '听起来钱已经被骗走了。马上打110报警，保存好聊天记录、转账记录和对方的账号。'
  },
  'threat-for-money': {
    purpose: '被威胁要钱，立即报警',
    text: '这是拿家人安全、您的名声或照片要挟要钱。不要转账，先打电话确认家人平安，保存好聊天记录，马上打110报警。'
  }
}

/** The verdict's sentence; 未发现 with signals says they were too weak alone, not that none was found. */
/**
 * A warning or a report pasted to ask about it (result.aboutScams): the anti-fraud centre's own 您可能正在遭遇诈骗, a
 * police reminder, a news report. "No signals found" alone read like "carry on" to a new user's trial; such a text
 * comes to someone who may be in the middle of a call.
 */
const ABOUT_SCAMS_TEXT =
  '这段文字像是反诈提醒或新闻报道。如果此刻有人正在电话里或网上让您转账、说验证码，请马上停下，打96110问一问。'

/**
 * A code SMS pasted to ask about it (result.codeNotice): its own 请勿泄露 made it read as a warning, and round 62's
 * fresh tester was told "像是反诈提醒或新闻报道". It says what the code is and who may have it (手册「如何防范」不透露).
 */
const CODE_NOTICE_TEXT =
  '这是一条验证码短信。验证码只在您自己办事时自己填，谁问都不能给：自称客服、银行、警察的人打电话或发消息要验证码，就是骗子。'

/**
 * An office's formal notice cleared as one (result.formalNotice): a fee notice with a deadline and 逾期 otherwise read
 * like a scam to round 65's blind set, and "找到一些说法" said nothing of why it was cleared. Where to check still
 * comes first (public guidance: 通过官方渠道核实; 北京市反诈中心 on fake 家长群 fee notices).
 */
const FORMAL_NOTICE_TEXT =
  '这像是学校或单位的正式通知：分条写明，有落款，没让您加私人微信、QQ，也没有链接或收款码。交钱前，到单位窗口问一问，或打单位官网、114查到的电话核实，别只打通知里留的号码。'

function verdictText(result: CheckResult): string {
  const now = policeNow(result)
  if (now) return POLICE_NOW[now].text
  if (result.codeNotice) return CODE_NOTICE_TEXT
  if (result.aboutScams) return ABOUT_SCAMS_TEXT
  if (result.formalNotice) return FORMAL_NOTICE_TEXT
  if (result.verdict === 'none-found' && result.hits.length > 0)
    return '找到一些说法，但单独看还不能说明是诈骗。'
  return VERDICTS[result.verdict].text
}

/**
 * What 检查 says when there is nothing to check: a paste of only emoji or marks is something pasted, with no words in it
 * (round 38's trial: "请先粘贴内容" puzzled a person who had pasted).
 */
function askForInput(text: string): string {
  return !showsAnything(text)
    ? '请先粘贴内容，或勾选发生过的事，再点“检查”。'
    : '没有找到文字：请粘贴短信或聊天里的文字，或勾选发生过的事，再点“检查”。'
}

/** The verdict's title as one string, for a sentence or a screen reader: 「未发现明显风险」. */
const verdictTitle = (result: CheckResult): string => VERDICTS[result.verdict].title.join('')

/**
 * 风险自测: paste a message, a chat or what a caller said, tap 检查, and see the signals found, why they add up
 * to the verdict, the closest brochure category and the rules to follow. The tick boxes are optional extras.
 * Everything stays in memory while the app runs (store/drafts): nothing is stored or sent.
 */
export default function CheckPage() {
  const shareTarget = useSharePage({ page: 'check' })
  // Kept while the app runs, in memory only (store/drafts): Back then Forward finds the text and its result again.
  // The page does not follow the box keystroke by keystroke: with a long paste checked, every key re-ran the check on
  // 20,000 characters and drew the result and the box again (240–430 ms a key at 4× CPU, round 64's fresh tester).
  // It reads whether there is text at all (清空, 检查's hold) and the text as it stands once typing pauses.
  const typed = useDrafts((s) => hasVisibleText(s.check.text))
  const ticked = useDrafts((s) => s.check.ticked)
  const checked = useDrafts((s) => s.check.checked)
  const { text, outOfDate, takeText: settleText } = useCheckedText()
  // Bumped by every tap on 检查, so the result scrolls into view again even when it did not change.
  const [checkCount, setCheckCount] = useState(0)
  // The box takes what the person types as it is; it is drawn again only when the page sets its text (清空).
  const [box, setBox] = useState(() => ({ drawn: 0, text: useDrafts.getState().check.text }))

  // After the first check the result follows every edit of a text up to LIVE_CHECK_MAX_CHARS, once the typing pauses
  // (EDIT_SETTLE_MS), so it never describes words no longer there for long; a longer text's result follows 检查 only,
  // and says it is out of date until then (useCheckedText). No keystroke waits for a check.
  const result = useMemo(
    () => (checked ? checkMessage({ text, situations: ticked }, riskSignalData) : null),
    [checked, text, ticked]
  )
  // Counted once per result, not at every render: a long paste's characters take a while to count.
  const skipped = useMemo(() => skippedNote(result?.skippedChars ?? 0, text), [result, text])
  const brief = useMemo(() => Array.from(text.trim()).length < BRIEF_CHARS, [text])
  const hasInput = hasVisibleText(text) || ticked.length > 0
  const checkAgainLabel = checked ? '看检查结果' : '按勾选的情况检查'

  // What a screen reader announces: set by a tap on 检查, so typing after a check does not repeat it at every key.
  const [announcement, setAnnouncement] = useState('')
  // What the last tap on 检查 checked (text and ticks), and whether this tap checked the very same again: it then says
  // so, on the card and aloud (round 56's fresh tester: a second tap on 检查 gave no sign at all, the card unchanged and
  // the live region's words the same, so nothing was announced).
  const checkedOnLastTap = useRef<string | null>(null)
  const [unchanged, setUnchanged] = useState(false)
  // The quiet moment of the result's call buttons starts once the new result is drawn, not at the tap: on a slow
  // phone a second tap queued behind the drawing would otherwise come after it and dial.
  useSettledScreen(checkCount > 0 ? `check-${checkCount}` : undefined, RESULT_SETTLE_MS)

  useEffect(() => {
    if (checkCount === 0) return
    // The result, or the ask to paste something first: either way what the tap did must be on screen.
    revealElement(hasInput ? RESULT_SELECTOR : EMPTY_SELECTOR)
    // And focus, so the next Tab goes on into the verdict, not from 检查 far above (round 54's trial).
    focusElement(hasInput ? VERDICT_SELECTOR : EMPTY_SELECTOR)
    const checking = hasInput ? [text, ...ticked].join('\n') : null
    const same = result !== null && checking !== null && checking === checkedOnLastTap.current
    checkedOnLastTap.current = checking
    setUnchanged(same)
    setAnnouncement(
      !hasInput
        ? askForInput(text)
        : result
          ? same
            ? `${unchangedNote(result)}。`
            : `${skipped}检查结果：${verdictTitle(result)}。${verdictText(result)}`
          : ''
    )
    // Only a tap on 检查 scrolls and speaks; typing must not move the page under the person's finger.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [checkCount])

  // A quote copied from the result is the message's own words, without the marks that keep its words whole.
  useEffect(copyWithoutWordMarks, [])

  // An edit after a check changes the card but is not announced; the status must not keep the old verdict, nor the
  // card say 结果没有变 about words no longer there.
  // Heard from the store, at the first key: the page itself is drawn again only when typing pauses.
  useEffect(
    () =>
      useDrafts.subscribe((now, before) => {
        if (now.check.text === before.check.text && now.check.ticked === before.check.ticked) return
        setAnnouncement('')
        setUnchanged(false)
      }),
    []
  )

  const check = () => {
    // What is in the box now, not as it stood at the last pause.
    settleText()
    updateCheckDraft({ checked: true })
    setCheckCount((n) => n + 1)
  }

  const toggle = (id: string) => {
    // A tick checks again anyway: with the box as it is now, so the result is not left out of date.
    if (outOfDate) settleText()
    updateCheckDraft({ ticked: ticked.includes(id) ? ticked.filter((t) => t !== id) : [...ticked, id] })
  }

  const clear = () => {
    updateCheckDraft(EMPTY_CHECK)
    settleText()
    setBox((shown) => ({ drawn: shown.drawn + 1, text: '' }))
    setAnnouncement('')
    // Started over: the same words pasted again get their verdict, not 结果没有变.
    checkedOnLastTap.current = null
    // 清空 goes away with the text: focus goes back to the empty box, where the person writes again, not to the page's
    // body (round 56's trial: the next Tab went to the first tick box).
    focusElement(INPUT_SELECTOR)
  }

  return (
    <PageShell contentFirst>
      <Heading className='fs-check__title' level={1}>
        风险自测
      </Heading>

      {/* The box comes first, before the privacy line: at twice the text size on a 320 × 568 phone it starts on the
          first screen. */}
      <View className='fs-check__form'>
        <View className='fs-check__field'>
          <Text className='fs-check__label'>
            <NoOrphan text='把短信、聊天粘贴到这里，或写下电话里对方说的话' />
          </Text>
          <MessageBox key={box.drawn} text={box.text} />
        </View>

        <View className='fs-check__actions'>
          {/* On an empty form 检查 holds a double tap's second half: after 清空 it slides under the finger, and the
              rest of the tap on 清空 showed 请先粘贴内容 (round 39's trial). With something to check it stays quick. */}
          <ActionButton
            className='fs-check__submit'
            label='检查'
            holdsDoubleTaps={!typed && ticked.length === 0}
            onTap={check}
          >
            <Text>检查</Text>
          </ActionButton>
          {/* Only when there is something to clear: on an empty form the button would do nothing. */}
          {(typed || ticked.length > 0 || checked) && (
            <ActionButton className='fs-check__clear' label='清空重来' onTap={clear}>
              <Text>清空</Text>
            </ActionButton>
          )}
        </View>
      </View>
      <Text className='fs-check__privacy'>
        <NoOrphan text='您输入的内容只在本机检查，不会上传或保存' />
      </Text>

      {/* Always on the page, so screen readers announce each new verdict. */}
      <View className='fs-check__live' aria-live='polite' {...roleProps('status')}>
        {/* Drawn anew by each tap on 检查, so the same words (the same ask to paste, a third 结果没有变) are said again. */}
        <Text key={checkCount}>{announcement}</Text>
      </View>

      {/* Always on the page, so what 检查 draws goes into it alone: a part of the page's list that came or went would
          make Taro's setData send the whole page again, the pasted text in the box with it (3,986 characters came
          to 12 KB of the result's setData; issue #15's audit). */}
      <View className='fs-check__outcome'>
        {checked && !hasInput && (
          <View className='fs-check__empty' {...focusTargetProps()}>
            <Text>{askForInput(text)}</Text>
          </View>
        )}
        {result && hasInput && (
          // Each 检查 scrolls the result, with its call buttons, up under the finger: the second tap of a double tap
          // must not dial 96110 or 110 (found by a new-user trial at 320 px in 大字模式). Only the result holds taps
          // back; ticking a box and tapping 检查 right after stay quick.
          <HoldDoubleTapsContext.Provider value>
            <ResultCard
              result={result}
              unchanged={unchanged}
              outOfDate={outOfDate}
              skippedNote={skipped}
              brief={brief && ticked.length === 0}
            />
          </HoldDoubleTapsContext.Provider>
        )}
      </View>

      <View className='fs-check__situations'>
        <Heading className='fs-check__subtitle' level={2}>
          <NoOrphan text='还可以勾选发生过的事（可以不选）' />
        </Heading>
        {riskSignalData.situations.map((situation) => (
          <SituationRow
            key={situation.id}
            situation={situation}
            ticked={ticked.includes(situation.id)}
            onToggle={() => toggle(situation.id)}
          />
        ))}
        {/* A tick changes the verdict far above: say what it is now, here, and offer the way up to it. */}
        {ticked.length > 0 && (
          <View className='fs-check__after-ticks'>
            {result && hasInput && (
              <Text className='fs-check__now'>
                {outOfDate ? '改之前' : '现在'}的结果：{verdictTitle(result)}
              </Text>
            )}
            <ActionButton className='fs-check__submit' label={checkAgainLabel} onTap={check}>
              <Text>{checkAgainLabel}</Text>
            </ActionButton>
          </View>
        )}
      </View>

      {/* In its own frame for the same reason: the result brings its own 已经被骗了？ link and this one goes. */}
      <View className='fs-check__help'>{!(result && hasInput) && <HelpLink />}</View>
      <ShareButton target={shareTarget} />
    </PageShell>
  )
}

/**
 * The text the page checks, and a function that takes the box's text as it is now (检查, 清空, a tick). The store has
 * every keystroke (Back and Forward find it); the page is drawn again only when the text it checks changes:
 * - a text of LIVE_CHECK_MAX_CHARS characters or fewer is taken once typing pauses for EDIT_SETTLE_MS, so the result
 *   follows the edit;
 * - a longer one, once a result is shown, only by 检查: a check of 20,000 characters takes about 360 ms at 4× CPU, and a
 *   key pressed while the pause's automatic check ran waited 270–420 ms for it (round 65's fresh tester). `outOfDate`
 *   is then true: the result shown is of the text before the edit, and the page says so.
 * A long paste into a box whose check asked for words first (请先粘贴内容) is taken at the pause as before: that ask
 * would otherwise stand under a full box.
 */
function useCheckedText(): { text: string; outOfDate: boolean; takeText: () => void } {
  const [settled, setSettled] = useState(() => useDrafts.getState().check.text)
  const [outOfDate, setOutOfDate] = useState(false)
  const timer = useRef<ReturnType<typeof setTimeout>>()
  const shown = useRef(settled)
  const takeText = useCallback(() => {
    clearTimeout(timer.current)
    shown.current = useDrafts.getState().check.text
    setSettled(shown.current)
    setOutOfDate(false)
  }, [])
  useEffect(() => {
    const unsubscribe = useDrafts.subscribe((now, before) => {
      if (now.check.text === before.check.text) return
      clearTimeout(timer.current)
      if (now.check.checked && hasVisibleText(shown.current) && !checksQuickly(now.check.text)) {
        setOutOfDate(true)
        return
      }
      setOutOfDate(false)
      timer.current = setTimeout(takeText, EDIT_SETTLE_MS)
    })
    return () => {
      unsubscribe()
      clearTimeout(timer.current)
    }
  }, [takeText])
  return { text: settled, outOfDate, takeText }
}

/** Whether the check of `text` is quick enough to run by itself at a pause in typing (LIVE_CHECK_MAX_CHARS). */
function checksQuickly(text: string): boolean {
  return text.length <= LIVE_CHECK_MAX_CHARS
}

/**
 * The box the message is pasted into, with `text` in it when drawn; after that it keeps what the person types, and the
 * page draws it anew (a new key) to empty it. It is never drawn again with the text typed: Taro sends a form field's
 * whole value at every render of it (its React reconciler always counts `value` as changed), on 检查 11,606 B of the
 * result's setData for a 3,986-character paste (issue #15's audit), and in the browser every key set the 20,000
 * characters of a long paste into the box again and laid them out.
 */
const MessageBox = memo(function MessageBox({ text }: { text: string }) {
  return (
    <Textarea
      ref={useQuietTextField(text)}
      className='fs-check__input'
      maxlength={-1}
      placeholder='例如：对方说我的银行卡涉嫌洗钱，要我把钱转到安全账户……'
      onInput={(e) => {
        noteTyping()
        updateCheckDraft({ text: e.detail.value })
      }}
      aria-label='要检查的短信、聊天内容或电话经过'
      nativeProps={{ 'aria-label': '要检查的短信、聊天内容或电话经过' }}
    />
  )
})

function SituationRow({
  situation,
  ticked,
  onToggle
}: {
  situation: Situation
  ticked: boolean
  onToggle: () => void
}) {
  return (
    <ActionButton
      className={`fs-check__situation ${ticked ? 'fs-check__situation--ticked' : ''}`}
      role='checkbox'
      checked={ticked}
      onTap={onToggle}
    >
      <Text className='fs-check__box' aria-hidden='true'>
        {ticked ? '✓' : ''}
      </Text>
      <Text className='fs-check__situation-label'>
        <NoOrphan text={situation.label} />
      </Text>
    </ActionButton>
  )
}

/**
 * The signals of one kind as rows: signals quoting the very same words share a row (a claimed 医保局 is both an
 * office and a service; an address both written out and a look-alike), so the words are shown once under them.
 */
function rowsOf(hits: SignalHit[]): SignalHit[][] {
  const rows: SignalHit[][] = []
  for (const hit of hits) {
    const same = rows.find(
      (row) => hit.quotes.length > 0 && row[0].quotes.join('\n') === hit.quotes.join('\n')
    )
    if (same) same.push(hit)
    else rows.push([hit])
  }
  return rows
}

/** A row of the result's signals as drawn: its labels, the quotes written out under it, and what points back. */
interface ShownRow {
  /** The signals sharing the row (rowsOf), the labels drawn one under another. */
  row: SignalHit[]
  /** Only ticked: no words of the message behind it. */
  ticked: boolean
  /** Its quotes not written out above, in their longest form. */
  lines: string[]
  /** What the row says under its lines, null for nothing: （原话见上面“…”那句） or （还有上面“…”那句）. */
  pointer: string | null
  /** The line above that the pointer is about. */
  target?: string
  /** The pointer names the words of one of the row's terms, not only the first words of its quote. */
  exact?: boolean
}

/**
 * Which of a row's quotes its label is about, and where the signal's word ends in it: the first quote in which one of
 * the row's signals found a word of its own (SignalHit's wordEnds, the matcher's place), else the first, with no place.
 * A signal's quotes follow where they appear, and the first is not always what the label says: a threat's row quoted
 * “逾期将无法通行” after the “【ETC服务】您的ETC已于今日停用” its label is about; the wording holds no word of its own.
 */
function quoteAbout(row: readonly SignalHit[]): { quote: number; end: number | null } {
  for (let quote = 0; quote < row[0].quotes.length; quote++) {
    for (const hit of row) {
      const end = hit.wordEnds[quote] ?? null
      if (end !== null) return { quote, end }
    }
  }
  return { quote: 0, end: null }
}

/**
 * `row` as drawn after the rows before it: its quotes not yet written out (`shown`, which it adds to) are its lines,
 * each in its longest form (`longest`); the quote its label is about (quoteAbout), if written out above, is named by
 * its own words (pointerWords), not by the first quote's nor by the longer line's first words (round 65's fresh tester,
 * M2). A row with lines of its own names it only when none of them is what its label says: an ETC threat's row shows
 * 逾期将无法通行 and points to the 停用 clause above.
 */
function shownRow(row: SignalHit[], longest: (quote: string) => string, shown: Set<string>): ShownRow {
  const quotes = row[0].quotes
  const lines: string[] = []
  for (const quote of quotes.map(longest)) {
    if (shown.has(quoteCore(quote))) continue
    shown.add(quoteCore(quote))
    lines.push(quote)
  }
  if (quotes.length === 0) return { row, ticked: true, lines, pointer: null }
  const about = quoteAbout(row)
  if (lines.includes(longest(quotes[about.quote]))) return { row, ticked: false, lines, pointer: null }
  const named = pointerWords(quotes[about.quote], about.end, longest(quotes[about.quote]))
  const pointer = lines.length > 0 ? `（还有上面“${named}”那句）` : `（原话见上面“${named}”那句）`
  return {
    row,
    ticked: false,
    lines,
    pointer,
    target: longest(quotes[about.quote]),
    exact: about.end !== null
  }
}

/**
 * The rows of one kind, those that only point back to the same words above drawn as one row: their labels one under
 * another and the pointer once, as rows quoting the same words are (rowsOf). Three rows of an ETC SMS's 消息里的线索
 * said （原话见上面“请立即前往车辆…”那句） and （原话见上面“…车辆中心…”那句） of one line (round 65's fresh tester,
 * M2). Rows naming the same line by no word of theirs (the wording, a web address) join too; rows naming their own words
 * in it stay apart, each saying which (a teacher's one long line: “请将书本费…”, “请扫描下方二维码”).
 */
function pointedRows(rows: ShownRow[]): ShownRow[] {
  const drawn: ShownRow[] = []
  for (const row of rows) {
    const joins = (other: ShownRow) =>
      row.pointer !== null &&
      row.lines.length === 0 &&
      other.lines.length === 0 &&
      (other.pointer === row.pointer || (!row.exact && !other.exact && other.target === row.target))
    const same = drawn.findIndex(joins)
    if (same >= 0) drawn[same] = { ...drawn[same], row: [...drawn[same].row, ...row.row] }
    else drawn.push(row)
  }
  return drawn
}

/** `muted`: nothing was flagged, so the words found are listed in plain ink, not in the red of a warning sign. */
function HitList({ hits, muted }: { hits: SignalHit[]; muted: boolean }) {
  const kinds = (Object.keys(KIND_TITLES) as SignalKind[]).filter((kind) =>
    hits.some((h) => h.signal.kind === kind)
  )
  // One clause often carries several signals (a claim and a threat, a deadline and a threat): its words are written
  // out once, under the first signal that quotes them, and in their longest form ("请点击 http://ybj-gov.top/rz 重新认证",
  // not also "…http://ybj-gov.top/rz 重新认证" above it). Lines naming the earlier quote again (原话：同上面…那一句) told an
  // elder nothing new, four times in one ETC SMS; a row then says where its words are, by their first few words,
  // so that several such rows can be told apart (round 63's fresh tester, L6: "（原话见上面）" four times in one result).
  const rowsOfKind = kinds.map((kind) => [kind, rowsOf(hits.filter((h) => h.signal.kind === kind))] as const)
  const quotes = rowsOfKind.flatMap(([, rows]) => rows.flatMap((row) => row[0].quotes))
  const longest = (quote: string): string =>
    quotes.reduce((best, q) => {
      const core = quoteCore(q)
      return core.length > quoteCore(best).length && core.includes(quoteCore(quote)) ? q : best
    }, quote)
  // Keyed by the words without their "…" marks: "…X" and "X…" are one clause.
  const shown = new Set<string>()
  const rowsByKind = new Map(
    rowsOfKind.map(([kind, rows]) => [kind, pointedRows(rows.map((row) => shownRow(row, longest, shown)))])
  )
  return (
    <>
      {kinds.map((kind) => (
        <View key={kind} className='fs-check__kind'>
          <Text className='fs-check__kind-title'>
            <NoOrphan text={KIND_TITLES[kind]} />
          </Text>
          {rowsByKind.get(kind)?.map(({ row, ticked, lines, pointer }) => (
            <View key={row[0].signal.id} className='fs-check__hit'>
              {row.map((hit) => (
                <KeptWords
                  key={hit.signal.id}
                  className={`fs-check__hit-label${muted ? ' fs-check__hit-label--muted' : ''}`}
                  text={hit.signal.label}
                />
              ))}
              {lines.map((quote) => (
                <KeptWords key={quote} className='fs-check__quote' text={`原话：“${quote}”`} selectable />
              ))}
              {pointer && <KeptWords className='fs-check__quote' text={pointer} />}
              {ticked && <Text className='fs-check__quote'>（您勾选了这一项）</Text>}
            </View>
          ))}
        </View>
      ))}
    </>
  )
}

/**
 * Said when a message only announces a new number (公安部's guidance on 冒充熟人: check a new number through the old one
 * or face to face before adding it, and never lend money to it unchecked).
 */
const NEW_NUMBER_CHECK =
  '说换了新号码：先打对方原来的号码，或视频、当面问一下是不是本人，再加新号；借钱的事一定先核实。'

/**
 * How long typing pauses before the result follows an edit (ms): a check of a long paste takes 100 ms or more on a slow
 * phone, so it waits for a pause instead of running at every key; short enough that the card has changed by the time
 * the eyes leave the box.
 */
const EDIT_SETTLE_MS = 400

/**
 * The longest text whose result follows an edit by itself (characters): its check takes well under 100 ms at 4× CPU.
 * A longer one is checked again only by 检查 (useCheckedText): about 360 ms for 20,000 characters, and a key pressed
 * while it ran waited for it. Far longer than an SMS or a chat's few screens.
 */
const LIVE_CHECK_MAX_CHARS = 3000

/** Said on a result whose text was edited since 检查 (a long text, not checked again by itself). */
const OUT_OF_DATE_NOTE = '您改过上面的文字，这还是改之前的结果。要看新的结果，请再点“检查”。'

/** A paste shorter than this, with nothing ticked, gets a nudge to say more: one line rarely shows a scam's shape. */
const BRIEF_CHARS = 40

/** Said when 检查 is tapped again on the very same text and ticks: the verdict stands, in its own words. */
function unchangedNote(result: CheckResult): string {
  return `结果没有变：还是${verdictTitle(result)}`
}

const ResultCard = memo(function ResultCard({
  result,
  unchanged,
  outOfDate,
  skippedNote: skipped,
  brief
}: {
  result: CheckResult
  /** 检查 was tapped again on the same text and ticks: the card says the result stands. */
  unchanged: boolean
  /** The text was edited since 检查 and not checked again (a long text): the card says it is the old result. */
  outOfDate: boolean
  /** What a long paste left unread (skippedNote), '' when all of it was read. */
  skippedNote: string
  brief: boolean
}) {
  const verdict = VERDICTS[result.verdict]
  const flagged = result.verdict !== 'none-found'
  const category = result.category ? findCategory(result.category) : undefined
  // A kind the brochure does not list still points to the category that works the same way, in its own words.
  const closest = result.scheme?.closest
  const closestCategory = closest ? findCategory(closest.category) : undefined
  const linked = category ?? closestCategory
  const rules = result.rules.map(findRule).filter((rule) => rule !== undefined)
  // What the person told us happened after paying is an outcome, not a trick of the message.
  const tricks = Array.from(
    new Set(
      result.hits.filter((h) => h.signal.id !== 'channel-vanished').map((h) => KIND_TRICKS[h.signal.kind])
    )
  ).join('、')

  const now = policeNow(result)
  return (
    <View className={`fs-check__result fs-check__result--${verdict.modifier}`}>
      <Heading className='fs-check__verdict' level={2} focusTarget>
        {verdict.title.map((part) => (
          <Text key={part} className='fs-check__verdict-part'>
            {part}
          </Text>
        ))}
      </Heading>
      {/* Under the title it confirms, where the tap on 检查 brought the person's eyes (the card is scrolled into view). */}
      {unchanged && <KeptWords className='fs-check__unchanged' text={unchangedNote(result)} />}
      {/* Right under the verdict's title, before its words: 未发现 over a paste whose start was not read misled a
          tester (trial 12); above the title, at font ×2 the note pushed the verdict off the first screen. */}
      {skipped !== '' && <KeptWords className='fs-check__caution' text={skipped} />}
      {/* Before the verdict's words it qualifies. In a frame always drawn, so that the note coming or going sends only
          itself: a part of the card's list that came or went made Taro's setData send the whole card again (13,973 B at
          the first key typed into a checked 20,000-character paste). */}
      <View className='fs-check__stale'>
        {outOfDate && <KeptWords className='fs-check__caution' text={OUT_OF_DATE_NOTE} />}
      </View>
      <KeptWords className='fs-check__verdict-text' text={verdictText(result)} />

      {/* The hotlines right under the verdict: at font ×2 the reasons alone fill a screen, and a worried person
          should not scroll past them to call. */}
      <HotlineCalls className='fs-check__calls' policeFirst={now && POLICE_NOW[now].purpose} />
      {/* Money already gone: what to do next belongs beside 110, not five screens down. */}
      {now === 'money-lost' && <HelpLink />}

      {!flagged && !result.aboutScams && (
        <KeptWords className='fs-check__caution' text='没发现不等于安全，转账前先打96110问一问。' />
      )}
      {/* A new number alone is no signal (issue 10), but the check public guidance gives for it is worth saying. */}
      {!flagged && result.hits.some((h) => h.signal.id === 'channel-new-number') && (
        <KeptWords className='fs-check__caution' text={NEW_NUMBER_CHECK} />
      )}
      {!flagged && brief && !result.aboutScams && !result.codeNotice && (
        <KeptWords
          className='fs-check__caution'
          text='写得越详细，查得越准：对方说自己是谁？要您做什么？催没催您？也可以勾选下面发生过的事。'
        />
      )}

      {result.because.length > 0 && (
        <View className='fs-check__block'>
          <Heading className='fs-check__block-title' level={3}>
            为什么这样判断
          </Heading>
          {/* The bullet is a dot of its own beside the words, not a "· " in them: a full-width "·" and a space took a
              character and a half of the first line, which then broke early ("· 以机构的 / 名义，…", round 60's tester). */}
          {shownReasons(result).map((c) => (
            <View key={c.id} className='fs-check__reason'>
              <View className='fs-check__bullet' />
              <KeptWords className='fs-check__reason-text' text={c.reason} />
            </View>
          ))}
        </View>
      )}

      {result.hits.length > 0 && (
        <View className='fs-check__block'>
          <Heading className='fs-check__block-title' level={3}>
            {flagged ? '发现的信号' : '找到的说法（单独看不算诈骗信号）'}
          </Heading>
          <HitList hits={result.hits} muted={!flagged} />
        </View>
      )}

      {flagged && (
        <View className='fs-check__block'>
          <Heading className='fs-check__block-title' level={3}>
            最像这种骗局：{category?.name ?? result.scheme?.name ?? '其他手法'}
          </Heading>
          {!category && (
            // Money already gone: 110 is the call, as the verdict says; 96110 is for doubts before paying.
            <KeptWords
              className='fs-check__other'
              text={`这类骗局手册没有单列${!result.scheme && tricks ? `，但用了${tricks}的手法` : ''}。${
                rules.length > 0 ? '按下面的规矩办。' : ''
              }${now === 'money-lost' ? '' : '拿不准就打96110。'}`}
            />
          )}
          {/* Public guidance for the kind found: a fake relative (the brochure's tip speaks of 领导), kinds it does not list. */}
          {result.scheme?.tip && <KeptWords className='fs-check__scheme-tip' text={result.scheme.tip} />}
          {!category && closest && closestCategory && (
            <KeptWords
              className='fs-check__other'
              text={`和手册里的「${closestCategory.name}」手法相近。手册原文：“${closest.shared}”${
                /[。！？]$/.test(closest.shared) ? '' : '。'
              }`}
            />
          )}
          {/* The brochure's tip for this category speaks of a 领导; a grandmother has none (a new user's trial). */}
          {category && result.scheme?.id === 'impersonating-family' && (
            <KeptWords
              className='fs-check__other'
              text='手册的提示以“领导”为例，冒充家人、亲友要钱也是一样：'
            />
          )}
          {category && <TipBox paragraphs={category.tip} Paragraph={KeptWords} />}
          {linked && (
            <ActionButton
              className='fs-check__link'
              onTap={() => openPage('category', { id: linked.id })}
              navigates
            >
              <Text>
                <NoOrphan text={`看看「${linked.name}」是怎么骗人的`} arrow />
              </Text>
            </ActionButton>
          )}
        </View>
      )}

      {flagged && rules.length > 0 && (
        <View className='fs-check__block'>
          <Heading className='fs-check__block-title' level={3}>
            记住这条
          </Heading>
          {rules.map((rule) => (
            <View key={rule.id} className='fs-check__rule'>
              <Text className='fs-check__rule-name'>{rule.name}</Text>
              <KeptWords className='fs-check__rule-text' text={rule.text} />
            </View>
          ))}
        </View>
      )}

      {now !== 'money-lost' && <HelpLink />}
    </View>
  )
})

function HelpLink() {
  return (
    <ActionButton className='fs-check__link fs-check__link--help' onTap={() => openPage('help')} navigates>
      <Text>
        <NoOrphan text='已经被骗了？看看怎么办' arrow />
      </Text>
    </ActionButton>
  )
}
