import { useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import ActionButton from '@/components/ActionButton'
import { roleProps } from '@/components/a11y'
import NoOrphan from '@/components/NoOrphan'
import { useCanNavigate } from '@/hooks/useCanNavigate'
import { brochure } from '@/data'
import {
  buildBrowserShareMessage,
  buildSharePayload,
  SHARE_LINK_LABEL,
  type BrowserShareMessage
} from '@/domain/share'
import { browserLink, copyLink, shareLink, type CopyOutcome } from '@/services/share'
import type { ShareTarget } from '#types/share'
import './index.scss'

export interface ShareButtonProps {
  /** The content the card opens; the page's useSharePage should name the same target. */
  target: ShareTarget
  /** What the button says; 转发给家人 unless the card is something more specific (e.g. 邀请家人做同一套题). */
  label?: string
}

/**
 * "转发给家人". In WeChat it opens the forward sheet; in a browser it hands over a plain-words message naming
 * the app and the page, with the address only in the share sheet's link field (or, without a share sheet, the
 * message on screen to copy, the address on its own labelled line). Nothing is rewarded or unlocked by
 * sharing, nothing asks twice, and nothing pretends to know whether anyone shared.
 */
export default function ShareButton({ target, label = '转发给家人' }: ShareButtonProps) {
  // Moments' single-page mode (the only place nothing can navigate) disables share buttons: show none.
  const singlePage = !useCanNavigate()
  if (singlePage) return null
  // WeChat's own forward sheet (a <Button openType="share"> opens it). Tested on process.env.TARO_ENV here, which
  // the build replaces by a constant, so the mini-program does not carry the browser's message, link and copy code.
  if (process.env.TARO_ENV === 'weapp') {
    return (
      <Button className='fs-share__button' openType='share' aria-label={label}>
        <Text>
          <NoOrphan text={label} />
        </Text>
      </Button>
    )
  }
  return <BrowserShareButton target={target} label={label} />
}

/** The browser version: a plain-words message in the share sheet, or on screen to copy. */
function BrowserShareButton({ target, label }: Required<ShareButtonProps>) {
  const [shown, setShown] = useState<BrowserShareMessage | null>(null)
  const [copied, setCopied] = useState<CopyOutcome | null>(null)

  const forward = async () => {
    const { path } = buildSharePayload(target, brochure)
    const message = buildBrowserShareMessage(target, brochure, browserLink(path))
    const outcome = await shareLink(message.heading, path, message.words)
    setCopied(null)
    setShown(outcome === 'show-link' ? message : null)
  }

  const copy = async () => {
    if (shown) setCopied(await copyLink(shown.full))
  }

  return (
    <View className='fs-share'>
      <ActionButton className='fs-share__button' onTap={forward} holdsDoubleTaps>
        <Text>
          <NoOrphan text={label} />
        </Text>
      </ActionButton>
      {shown && (
        <View className='fs-share__link'>
          <Text className='fs-share__link-hint'>
            <NoOrphan text='把下面这段话发给家人：' />
          </Text>
          <Text className='fs-share__message' userSelect>
            {shown.words}
          </Text>
          <Text className='fs-share__link-hint'>{SHARE_LINK_LABEL}</Text>
          <Text className='fs-share__link-text' userSelect>
            {browserLink(buildSharePayload(target, brochure).path)}
          </Text>
          <ActionButton className='fs-share__copy' onTap={copy}>
            <Text>复制这段话</Text>
          </ActionButton>
          {/* One confirmation, and only what really happened. */}
          {copied === 'copied' && (
            <View className='fs-share__status' {...roleProps('status')}>
              <Text>
                <NoOrphan text='已复制，可以粘贴给家人了。' />
              </Text>
            </View>
          )}
          {copied === 'failed' && (
            <View className='fs-share__status fs-share__status--failed' {...roleProps('alert')}>
              <Text>
                <NoOrphan text='没能自动复制，请长按上面的文字复制。' />
              </Text>
            </View>
          )}
        </View>
      )}
    </View>
  )
}
