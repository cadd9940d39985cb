import { Text, View } from '@tarojs/components'
import ActionButton from '@/components/ActionButton'
import {
  acknowledgeUnreadable,
  dismissSaveProblem,
  saveProblemOf,
  type SaveProblem,
  useSaveStatus
} from '@/store/saveStatus'
import { roleProps } from '@/components/a11y'
import './index.scss'

const UPDATE_HINT =
  process.env.TARO_ENV === 'h5' ? '刷新网页就会换成新版本。' : '把小程序完全关掉再打开，就会换成新版本。'

const RETRY_HINT =
  process.env.TARO_ENV === 'h5'
    ? '浏览器不让存时，换个浏览器或在微信里打开。'
    : '把小程序完全关掉，过一会儿再打开试试。'

/** What each save problem means for the person, in a few words, and what to do about it. */
const PROBLEM_TEXT: Record<SaveProblem, string> = {
  'newer-release': `学习记录是新版本存的，这次做的关掉后不会保留。${UPDATE_HINT}`,
  'read-failed': `这台手机暂时读不了学习记录和大字设置（存过的没有删掉），这次的学习记录先不保存。${RETRY_HINT}`,
  failed: '这台手机暂时存不下：这次做的还在，关掉以后可能不会保留。'
}

/** Said when the saved learning could not be read: what was lost, and what was not. */
const STARTED_FRESH_TEXT = '以前存的学习记录读不出来了，已经从头开始。防骗内容和拨打电话都不受影响。'

/** One notice: its words, and 知道了, which closes it (`onClose`). */
function Notice({ text, problem, onClose }: { text: string; problem?: boolean; onClose: () => void }) {
  return (
    <View className={`fs-save-notice${problem ? ' fs-save-notice--problem' : ''}`} {...roleProps('status')}>
      <Text className='fs-save-notice__text'>{text}</Text>
      <ActionButton className='fs-save-notice__ok' onTap={onClose}>
        <Text>知道了</Text>
      </ActionButton>
    </View>
  )
}

/**
 * Says, on every page, when this session's learning and settings are not being kept (useSaveStatus), and when the
 * earlier ones could not be read and the app started fresh; 知道了 closes each for the session. Short, and on home
 * under the hotline: at 320 px in 大字模式 the longer notice filled home's first screen, above 96110 and the
 * 大字模式 switch, and repeated on every page (round 42's new-user trial).
 */
export default function SaveNotice() {
  const problem = useSaveStatus((s) => {
    const current = saveProblemOf(s)
    return current === s.dismissedProblem ? null : current
  })
  const startedFresh = useSaveStatus((s) => s.unreadableKeys.length > 0)
  return (
    <>
      {problem && <Notice problem text={PROBLEM_TEXT[problem]} onClose={() => dismissSaveProblem(problem)} />}
      {startedFresh && <Notice text={STARTED_FRESH_TEXT} onClose={acknowledgeUnreadable} />}
    </>
  )
}
