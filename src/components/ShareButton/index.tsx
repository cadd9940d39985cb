import { useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import ActionButton from '@/components/ActionButton'
import { roleProps } from '@/components/a11y'
import { useCanNavigate } from '@/hooks/useCanNavigate'
import { brochure } from '@/data'
import { buildSharePayload } from '@/domain/share'
import { browserLink, canUseWeChatShare, copyLink, shareLink, type CopyOutcome } from '@/services/share'
import type { ShareTarget } from '../../../types/share'
import './index.scss'

export interface ShareButtonProps {
  /** The content the card opens; the page's useSharePage should name the same target. */
  target: ShareTarget
}

/**
 * "转发给家人". In WeChat it opens the forward sheet; in a browser it offers the page's link (the system share
 * sheet where the browser has one, otherwise the link on screen to copy). Nothing is rewarded or unlocked by
 * sharing, nothing asks twice, and nothing pretends to know whether anyone shared.
 */
export default function ShareButton({ target }: ShareButtonProps) {
  const [link, setLink] = useState<string | null>(null)
  const [copied, setCopied] = useState<CopyOutcome | null>(null)
  // Moments' single-page mode (the only place nothing can navigate) disables share buttons: show none.
  const singlePage = !useCanNavigate()
  if (singlePage) return null

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
    setCopied(null)
    setLink(outcome === 'show-link' ? browserLink(path) : null)
  }

  const copy = async () => {
    if (link) setCopied(await copyLink(link))
  }

  return (
    <View className='fs-share'>
      <ActionButton className='fs-share__button' label='转发给家人' onTap={forward}>
        <Text>转发给家人</Text>
      </ActionButton>
      {link && (
        <View className='fs-share__link'>
          <Text className='fs-share__link-hint'>把下面的链接发到家庭群：</Text>
          <Text className='fs-share__link-text' userSelect>
            {link}
          </Text>
          <ActionButton className='fs-share__copy' label='复制链接' onTap={copy}>
            <Text>复制链接</Text>
          </ActionButton>
          {copied === 'copied' && (
            <View className='fs-share__status' {...roleProps('status')}>
              <Text>链接已复制，可以粘贴给家人了。</Text>
            </View>
          )}
          {copied === 'failed' && (
            <View className='fs-share__status fs-share__status--failed' {...roleProps('alert')}>
              <Text>没能自动复制，请长按链接复制。</Text>
            </View>
          )}
        </View>
      )}
    </View>
  )
}
