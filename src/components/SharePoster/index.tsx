import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import ActionButton from '@/components/ActionButton'
import { roleProps } from '@/components/a11y'
import { brochure } from '@/data'
import { buildSharePayload } from '@/domain/share'
import {
  canDrawShareImages,
  drawResultPoster,
  openShareImageMenu,
  type ImageMenuOutcome
} from '@/services/shareImage'
import type { RuleScore } from '#types/quiz'
import './index.scss'

export interface SharePosterButtonProps {
  /** The result's score, 0–100. */
  score: number
  /** The result's per-rule counts, one bar each on the poster. */
  byRule: RuleScore[]
}

const NOTICES: Record<ImageMenuOutcome, string | null> = {
  shown: null,
  cancelled: null,
  refused: '没有得到保存图片的权限。可以截屏后发给家人。',
  unavailable: '这里暂时不能生成成绩图片。可以截屏后发给家人。',
  'timed-out': '图片迟迟没有生成好。可以截屏后发给家人。'
}

/**
 * "成绩图片": draws the quiz result as a poster (score, one bar per rule, 96110) and opens WeChat's share-image
 * menu. A refused permission or a WeChat without the menu gives one short line and nothing else changes. The
 * browser build has no such menu, so there it renders nothing.
 */
export function SharePosterButton({ score, byRule }: SharePosterButtonProps) {
  const [busy, setBusy] = useState(false)
  const [notice, setNotice] = useState<string | null>(null)

  if (!canDrawShareImages()) return null

  const share = async () => {
    if (busy) return
    setBusy(true)
    setNotice(null)
    const poster = await drawResultPoster(score, byRule)
    // The poster's mini-program entrance opens the quiz start, like a result card.
    const entrance = buildSharePayload({ page: 'quiz-result', score }, brochure).path
    const outcome = poster ? await openShareImageMenu(poster, entrance) : 'unavailable'
    setBusy(false)
    setNotice(NOTICES[outcome])
  }

  return (
    <View className='fs-poster'>
      <ActionButton className='fs-poster__button' label='把成绩做成图片，发给家人' onTap={share}>
        <Text>{busy ? '正在生成图片…' : '成绩做成图片'}</Text>
      </ActionButton>
      {notice && (
        <View className='fs-poster__notice' {...roleProps('alert')}>
          <Text>{notice}</Text>
        </View>
      )}
    </View>
  )
}

export default SharePosterButton
