import { Text, View } from '@tarojs/components'
import ActionButton from '@/components/ActionButton'
import NoOrphan, { fitsTitle } from '@/components/NoOrphan'
import { openPage } from '@/services/navigation'
import { useCanNavigate } from '@/hooks/useCanNavigate'
import type { FraudCategory } from '#types/content'
import './index.scss'

export interface CategoryCardProps {
  category: FraudCategory
  /** 1-based position in the brochure, shown as the card's number. */
  position: number
  /** Whether the reader has opened this category before. */
  read?: boolean
}

/** A fraud category on the home list: its name and the first line of how it works. */
export default function CategoryCard({ category, position, read = false }: CategoryCardProps) {
  const canNavigate = useCanNavigate()
  const content = (
    <>
      <Text className='fs-category-card__number'>{`${position} `}</Text>
      {/* A short name on one line, a little smaller where it must be ("“杀猪盘”诈骗", not "“杀猪盘” / 诈骗"). */}
      <View className={`fs-category-card__body${fitsTitle(category.name) ? ' fs-fit-box' : ''}`}>
        <Text className='fs-category-card__name'>
          <NoOrphan text={category.name} fit />
          {read && <Text className='fs-category-card__read'> ✓已学习</Text>}{' '}
        </Text>
        <Text className='fs-category-card__method'>
          <NoOrphan text={category.method[0]} />
        </Text>
      </View>
      {canNavigate && <Text className='fs-category-card__arrow'>›</Text>}
    </>
  )
  // Where nothing can navigate (Moments' single-page mode) the card stays as text, not a dead link.
  if (!canNavigate) return <View className='fs-category-card'>{content}</View>
  return (
    <ActionButton
      className='fs-category-card'
      role='link'
      onTap={() => openPage('category', { id: category.id })}
    >
      {content}
    </ActionButton>
  )
}
