import type { ComponentType } from 'react'
import { Text, View } from '@tarojs/components'
import NoOrphan from '@/components/NoOrphan'
import { roleProps } from '@/components/a11y'
import './index.scss'

export interface TipBoxProps {
  /** The brochure's 反诈提示 paragraphs, verbatim. */
  paragraphs: string[]
  /** Large on the category page, where the tip is the point; normal inside the self-check result. */
  size?: 'large' | 'normal'
  className?: string
  /**
   * Draws each paragraph instead of NoOrphan: 风险自测's result passes KeptWords, so the tip's lines break only between
   * words as the rest of the result's do (passed in, so pages without it do not load it).
   */
  Paragraph?: ComponentType<{ text: string; className: string }>
}

/** The brochure's 反诈提示: the most visible box wherever it appears. */
export default function TipBox({ paragraphs, size = 'normal', className = '', Paragraph }: TipBoxProps) {
  return (
    <View
      className={`fs-tip fs-tip--${size} ${className}`}
      {...roleProps('note')}
      aria-label={`反诈提示：${paragraphs.join('')}`}
    >
      <Text className='fs-tip__title'>反诈提示</Text>
      {paragraphs.map((paragraph) =>
        Paragraph ? (
          <Paragraph key={paragraph} className='fs-tip__text' text={paragraph} />
        ) : (
          <Text key={paragraph} className='fs-tip__text'>
            <NoOrphan text={paragraph} />
          </Text>
        )
      )}
    </View>
  )
}
