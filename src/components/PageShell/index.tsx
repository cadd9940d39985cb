import { type ReactNode, useEffect, useLayoutEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import { useDidShow, useRouter } from '@tarojs/taro'
import ActionButton from '@/components/ActionButton'
import CallButton from '@/components/CallButton'
import { openedFromShare } from '@/domain/links'
import { SAME_SPOT_PX, SETTLE_MS } from '@/domain/tapGuard'
import { CanNavigateContext } from '@/hooks/useCanNavigate'
import {
  HoldDoubleTapsContext,
  lastTapPoint,
  noteScreenChange,
  useScrollWatch,
  useSettledScreen
} from '@/hooks/useSettledTaps'
import { usePageScaleStyle } from '@/hooks/usePageScale'
import { usePageFocus } from '@/hooks/usePageFocus'
import { removeAppShell } from '@/services/appShell'
import { goHome, isFirstPage } from '@/services/navigation'
import { shownElementRect } from '@/services/scroll'
import { isSinglePageMode } from '@/services/system'
import { dismissFailedOpen, endNavigationWait, useNavigationWait } from '@/store/navigationWait'
import { useAppStore } from '@/store'
import { roleProps } from '@/components/a11y'
import PageLink from '@/components/PageLink'
import LargeTextSwitch from '@/components/LargeTextSwitch'
import SaveNotice from '@/components/SaveNotice'
import NoOrphan from '@/components/NoOrphan'
import SourceNote from '../SourceNote'
import './index.scss'

export interface PageShellProps {
  children: ReactNode
  /** The home page itself has no way home to offer. */
  isHome?: boolean
  /** Off for a page whose content is itself a way home (the not-found message). */
  withHomeLinks?: boolean
  /** Off on the quiz pages themselves: the 防骗提醒 greeting's quiz invitation would open a second quiz. */
  inviteToQuiz?: boolean
  /**
   * On for a page that itself starts with the call to make (已被骗怎么办: 110 first): the 防骗提醒 greeting then adds
   * no 96110 and no "先别转账", which would come before 110 for a person who has already paid.
   */
  startsWithCall?: boolean
  /**
   * On for a page whose own content must lead (风险自测's box and 检查, 开始测试, 帮家人把关's options, 先问家人's form,
   * 通话中速查's question, a drill's story and choices): a forwarded card's 防骗提醒 greeting then comes after the
   * content. At 320 px in 大字模式 it filled the first screen, and pushed 开始测试 to 671 px and a drill's first
   * choice to 1,290 px (new users' trials). Reading pages (a category, 如何防范) keep it first.
   */
  contentFirst?: boolean
  /**
   * Names what the page shows right now (e.g. the question and whether it is answered). When given, the page
   * holds back double taps: a tap within a moment of the previous tap or of a change of this key is ignored,
   * so it never reaches a control that only just appeared (see domain/tapGuard).
   */
  settleKey?: string
  /** How long the page holds taps after `settleKey` changes (ms); the app's usual moment when not given. */
  settleMs?: number
}

/**
 * The frame of every page: text that follows the reader's font setting; a 防骗提醒 greeting when the page was
 * opened from a forwarded card; a way home at the top when there is no back stack and at the bottom of every
 * other page; and the content's source. In Moments' single-page mode nothing can navigate, so no way home shows.
 */
export default function PageShell({
  children,
  isHome = false,
  withHomeLinks = !isHome,
  inviteToQuiz = true,
  startsWithCall = false,
  contentFirst = false,
  settleKey,
  settleMs
}: PageShellProps) {
  const scaleStyle = usePageScaleStyle()
  // Keyboard focus at the page's start when it opens, back on the control last used when it is shown again.
  const pageId = usePageFocus()
  // The router can be missing outside a page (component tests, a page mounted by another page).
  const fromShare = openedFromShare(useRouter()?.params)
  const largeText = useAppStore((s) => s.largeText)
  const setLargeText = useAppStore((s) => s.setLargeText)
  // Whether the page opened with 大字模式 off: its 关闭大字 then undoes a tap made here, sideways too. A card opened
  // already in 大字模式 offers it only upright: held sideways the first screen has no room for it (round 51's CI).
  const [openedSmall] = useState(() => !useAppStore.getState().largeText)
  // Turning 大字模式 on or off reflows a forwarded page under the finger: the second tap of a double tap on the
  // switch would land on whatever moved there. Such pages hold double taps and settle at each change of size.
  const screenKey = settleKey ?? (fromShare ? 'shared' : undefined)
  const holdsDoubleTaps = useSettledScreen(
    screenKey === undefined ? undefined : `${screenKey}:${largeText}`,
    settleMs
  )
  // A 没打开 notice goes when the content changes under it (the quiz's next question) or the page goes.
  useEffect(() => dismissFailedOpen, [settleKey])
  // A swipe tells a reader from a double tap: a tap after it is never held as the rest of the tap before it.
  const scrollWatch = useScrollWatch()
  const [singlePage] = useState(isSinglePageMode)
  const [openedDirectly] = useState(() => withHomeLinks && isFirstPage())
  const canNavigate = !singlePage
  const opening = useNavigationWait((s) => s.noticeShown)
  // Before the first frame with this page: the browser's first-visit copy of home goes as the page takes its place,
  // and the 正在打开 notice of the page that opened this one.
  // The page is a new screen under the finger that opened it (see noteScreenChange).
  useLayoutEffect(() => {
    removeAppShell()
    endNavigationWait()
    noteScreenChange()
  }, [])
  // A page shown again ends it too: the back button pressed while a slow page was coming would otherwise hold taps
  // on this page until the wait is given up. It is a new screen too.
  useDidShow(() => {
    endNavigationWait()
    noteScreenChange()
  })

  // On a page whose content is itself the way home (not found), the greeting comes after it: at 320 px it filled
  // the first screen and pushed 回到首页 below it. So it does on a page that asks for it (contentFirst).
  const notFound = !isHome && !withHomeLinks
  const landingLast = notFound || contentFirst
  // The one thing to do with a doubt, at the top: a forwarded page's own calls can be screens further down. Not in
  // Moments' single-page mode, where the page's own calls show the numbers to dial by hand, nor under not-found's
  // own calls, just above it.
  const greeting = (
    <>
      <Text className='fs-page__landing-title'>防骗提醒</Text>
      <Text className='fs-page__landing-text'>
        <NoOrphan
          text={
            startsWithCall
              ? '家人转给您一条防骗知识。'
              : '家人转给您一条防骗知识。接到可疑电话、短信，先别转账，拨打96110问一问。'
          }
        />
      </Text>
      {canNavigate && !startsWithCall && !notFound && (
        <View className='fs-page__landing-call'>
          <CallButton phoneNumber='96110' emphasis='secondary' />
        </View>
      )}
    </>
  )
  // The invitations wait below the page's own content: at 320 px in 大字模式 they pushed what the card promised (拨打
  // 110 on 已经被骗了怎么办) a whole screen down.
  const invitations = (
    <>
      {inviteToQuiz && (
        <PageLink className='fs-page__landing-quiz' to='quiz' text='做个小测试，看看能识破几种骗局' />
      )}
      <PageLink className='fs-page__landing-on-call' to='on-call' text='正在接可疑电话？通话中速查' />
    </>
  )
  const landingProps = { ...roleProps('note'), 'aria-label': '防骗提醒：家人转给您一条防骗知识' }

  return (
    <ShellContext canNavigate={canNavigate} holdsDoubleTaps={holdsDoubleTaps}>
      <View id={pageId} className='fs-page' style={scaleStyle} {...scrollWatch}>
        {fromShare && !landingLast && (
          <View className='fs-page__landing' {...landingProps}>
            {greeting}
          </View>
        )}
        {canNavigate && openedDirectly && (
          <View className={largeText ? 'fs-page__topbar fs-page__topbar--beside' : 'fs-page__topbar'}>
            <ActionButton
              className='fs-page__home fs-page__home--top'
              label='回到首页'
              onTap={goHome}
              navigates
            >
              <Text>‹ 回到首页</Text>
            </ActionButton>
            {/* A parent who opens a forwarded card lands here, not on home, where the switch otherwise lives. When on,
                a link beside 回到首页 turns it off: in 大字模式 the first screen has no room for the switch's own row
                (风险自测's 检查 must stay on it). Also on a card opened already in 大字模式: without it, only home could
                turn it off (new users' trials). */}
            {largeText && (
              <ActionButton
                className={`fs-page__home fs-page__home--top fs-page__large-off${
                  openedSmall ? '' : ' fs-page__large-off--upright'
                }`}
                label='关闭大字模式'
                onTap={() => setLargeText(false)}
                holdsDoubleTaps
              >
                <Text>关闭大字</Text>
              </ActionButton>
            )}
            {!largeText && <LargeTextSwitch />}
          </View>
        )}
        {/* Home says it under its hotline (see SaveNotice). */}
        {!isHome && <SaveNotice />}
        <View className='fs-page__body'>{children}</View>
        {fromShare && (
          <View
            className={
              landingLast
                ? 'fs-page__landing fs-page__landing--last'
                : 'fs-page__landing fs-page__landing--more'
            }
            {...(landingLast ? landingProps : {})}
          >
            {landingLast && greeting}
            {invitations}
          </View>
        )}
        {/* Once per page: at the top when there is no back stack (opened from a card), otherwise at the end. */}
        {canNavigate && withHomeLinks && !openedDirectly && (
          <ActionButton className='fs-page__home' label='回到首页' onTap={goHome} navigates>
            <Text>回到首页</Text>
          </ActionButton>
        )}
        {singlePage && (
          <Text className='fs-page__single'>
            <NoOrphan text='点击右下角「前往小程序」，查看全部防骗内容。' />
          </Text>
        )}
        <SourceNote />
        {/* Always there, so screen readers announce the words when they come (a live region added with its text
            is not announced everywhere). 正在打开 at the bottom of the screen, where the tapped link is not covered. */}
        <View className='fs-page__opening' {...roleProps('status')}>
          {opening && <Text className='fs-page__opening-text'>正在打开，请稍等…</Text>}
          <FailedOpenNotice />
        </View>
      </View>
    </ShellContext>
  )
}

/**
 * 没打开，连上网再点一次, for the page that never came: a compact bar at the bottom of the screen, in the page's status
 * region (sticky, so scrolled to the page's end it covers nothing), and a tap on it closes it. At the top, at font ×2 in
 * 大字模式, it covered home's 大字模式 switch and 96110 heading until closed (round 60's tester); it never leaves by
 * itself (round 52's trial: a tap meant to close it dialled the call button under it). A control, so a keyboard or a
 * screen reader closes it too. Once closed it stays where it was, unseen, for SETTLE_MS and takes the rest of a double
 * tap, which would land on what it covered; a deliberate tap after that acts at once (round 53's page trial: held back
 * as a burst, 110 stayed silent for seconds).
 */
function FailedOpenNotice() {
  const failed = useNavigationWait((s) => s.failed)
  // When it was last closed (ms; 0: not shielding). A time, not a flag, so a second notice closed within SETTLE_MS of
  // the first gets a whole moment of its own.
  const [closedAt, setClosedAt] = useState(0)
  useEffect(() => {
    if (closedAt === 0) return undefined
    const timer = setTimeout(() => setClosedAt(0), SETTLE_MS)
    return () => clearTimeout(timer)
  }, [closedAt])
  if (!failed && closedAt === 0) return null
  return (
    <FailedOpenBar
      closed={!failed}
      onClose={() => {
        setClosedAt(Date.now())
        endNavigationWait()
      }}
    />
  )
}

/**
 * The bar of FailedOpenNotice, from the failure until its shield is gone. It comes up at the bottom of the screen unless
 * the tap that failed is under it there (a link low on the screen): then at the top, so it never comes up under the finger
 * that is to tap that link again (a double tap's second tap would close it unseen). On a page with a bar stuck to the
 * bottom of the screen (the quiz's 下一题) it stands just above that bar, or just below it when the bar sits high near the
 * page's end, and keeps clear of it as the page scrolls: in the status region it covered half of 下一题 at 16 px and all
 * of it at font ×2 in 大字模式 (round 61's tester). Otherwise measured once, as it comes: it does not move while it is
 * read. The browser only; the mini-program fails a page after WAIT_GIVE_UP_MS, when the finger has long left the link.
 */
function FailedOpenBar({ closed, onClose }: { closed: boolean; onClose: () => void }) {
  const [place, setPlace] = useState<FailedOpenPlace>({ at: 'bottom' })
  const target = useNavigationWait((s) => s.target)
  useLayoutEffect(() => {
    // The mini-program cannot measure at once: its bar stays in the status region (the build drops this there).
    if (process.env.TARO_ENV !== 'h5') return
    const bar = shownElementRect('.fs-page__opening-text--failed')
    if (!bar) return
    setPlace(failedOpenPlace(bar, shownElementRect('.fs-sticky-bottom'), lastTapPoint(), screenHeight()))
  }, [])
  const height = place.at === 'by-bar' ? place.height : 0
  useEffect(() => {
    if (process.env.TARO_ENV !== 'h5' || height === 0) return undefined
    // The bar stuck to the bottom rises to its place in the page near the page's end: the notice keeps clear of it.
    const follow = () => {
      const sticky = shownElementRect('.fs-sticky-bottom')
      const own = shownElementRect('.fs-page__opening-text--failed')
      const tall = own && own.bottom > own.top ? own.bottom - own.top : height
      if (sticky) setPlace(failedOpenPlace({ top: 0, bottom: tall }, sticky, null, screenHeight()))
    }
    // Measured again where it stands: its width there may wrap its words otherwise.
    follow()
    document.addEventListener('scroll', follow, true)
    return () => document.removeEventListener('scroll', follow, true)
  }, [height])
  const className = `fs-page__opening-text fs-page__opening-text--failed${
    place.at === 'top' ? ' fs-page__opening-text--top' : ''
  }${place.at === 'by-bar' ? ' fs-page__opening-text--by-bar' : ''}`
  // Which page did not open, in words (round 61's tester: "没打开" alone did not say what).
  const sentence = `${target ? `「${target}」` : ''}没打开，连上网再点一次`
  // One line box inside the bar, which centres it: the sentence and 点这里关闭 run on in it.
  const words = (
    <Text>
      <NoOrphan text={sentence} />
      <Text className='fs-page__opening-close'>点这里关闭</Text>
    </Text>
  )
  const bar = !closed ? (
    <ActionButton className={className} label={`${sentence}。点这里关闭`} onTap={onClose} repeatable>
      {words}
    </ActionButton>
  ) : (
    <View
      className={`${className} fs-page__opening-text--closed`}
      aria-hidden='true'
      onClick={() => undefined}
    >
      {words}
    </View>
  )
  // Beside the page's bar stuck to the bottom: where, measured, in a custom property the class reads.
  return place.at === 'by-bar' ? (
    <View style={{ '--fs-notice-top': `${place.top}px` } as Record<string, string>}>{bar}</View>
  ) : (
    bar
  )
}

/**
 * Where 没打开 stands: at the bottom (in the status region), at the top, or `top` px from the screen's top, beside the
 * page's bar stuck to the bottom (`height`: its own height).
 */
export type FailedOpenPlace = { at: 'bottom' } | { at: 'top' } | { at: 'by-bar'; top: number; height: number }

/** The gap between the notice and the screen's edges or what it must not cover (px). */
const NOTICE_GAP_PX = 8

function screenHeight(): number {
  return window.innerHeight
}

/**
 * Where 没打开 goes (see FailedOpenBar), from where it first shows at the bottom (`bar`), the page's bar stuck to the
 * bottom of the screen if any (`sticky`: the quiz's 下一题, which sits higher near the page's end), the tap that failed
 * (`tapped`) and the screen's height. Without such a bar: at the bottom, or at the top when the finger is there. With
 * one: just above it, else just below it, where it fits on the screen and is not under the finger; else at the top.
 */
export function failedOpenPlace(
  bar: { top: number; bottom: number },
  sticky: { top: number; bottom: number } | null,
  tapped: { y: number } | null,
  screen: number
): FailedOpenPlace {
  const underFinger = (top: number, bottom: number) =>
    tapped !== null && tapped.y >= top - SAME_SPOT_PX && tapped.y <= bottom + SAME_SPOT_PX
  if (!sticky) return underFinger(bar.top, bar.bottom) ? { at: 'top' } : { at: 'bottom' }
  const height = bar.bottom - bar.top
  const fits = (top: number) => top >= NOTICE_GAP_PX && top + height <= screen - NOTICE_GAP_PX
  const tops = [sticky.top - NOTICE_GAP_PX - height, sticky.bottom + NOTICE_GAP_PX].filter(fits)
  const top = tops.find((t) => !underFinger(t, t + height)) ?? tops[0]
  return top === undefined ? { at: 'top' } : { at: 'by-bar', top, height }
}

/** What every control inside the page asks: whether it may navigate, and whether a tap is held back. */
function ShellContext(props: { canNavigate: boolean; holdsDoubleTaps: boolean; children: ReactNode }) {
  return (
    <HoldDoubleTapsContext.Provider value={props.holdsDoubleTaps}>
      <CanNavigateContext.Provider value={props.canNavigate}>{props.children}</CanNavigateContext.Provider>
    </HoldDoubleTapsContext.Provider>
  )
}
