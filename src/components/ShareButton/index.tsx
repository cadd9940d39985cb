import { useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import ActionButton from '@/components/ActionButton'
import { brochure } from '@/data'
import { buildSharePayload } from '@/domain/share'
import { browserLink, canUseWeChatShare, shareLink } from '@/services/share'
import type { ShareTarget } from '../../../types/share'
import './index.scss'

export interface ShareButtonProps {
  target: ShareTarget
}

/**
 * "转发给家人". In WeChat it opens the forward sheet; in a browser it offers the page's link. Nothing is
 * rewarded or unlocked by sharing, and nothing asks twice.
 */
export default function ShareButton({ target }: ShareButtonProps) {
  const [link, setLink] = useState<string | null>(null)

  if (canUseWeChatShare()) {
    return (
      <Button className='fs-share__button' openType='share' aria-label='转发给家人'>
        <Text>转发给家人</Text>
      </Button>
    )
  }

  const forward = async () => {
    const { title, path } = buildSharePayload(target, brochure)
    const outcome = await shareLink(title, path)
    setLink(outcome === 'show-link' ? browserLink(path) : null)
  }

  return (
    <View className='fs-share'>
      <ActionButton className='fs-share__button' label='转发给家人' onTap={forward}>
        <Text>转发给家人</Text>
      </ActionButton>
      {link && (
        <View className='fs-share__link'>
          <Text className='fs-share__link-hint'>复制下面的链接，发到家庭群：</Text>
          <Text className='fs-share__link-text' userSelect>
            {link}
          </Text>
        </View>
      )}
    </View>
  )
}
