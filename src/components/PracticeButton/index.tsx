import { Text } from '@tarojs/components'
import ActionButton from '@/components/ActionButton'
import { eachRoundNote } from '@/domain/rounds'
import { useAppStore } from '@/store'

export interface PracticeButtonProps {
  onStart: () => void
  className?: string
}

/** 练习错题: offered only while the wrong-answer book has questions in it. */
export default function PracticeButton({ onStart, className }: PracticeButtonProps) {
  const wrongCount = useAppStore((s) => Object.keys(s.wrongBook).length)
  if (wrongCount === 0) return null
  const label = `练习错题（${wrongCount} 道${eachRoundNote(wrongCount, '道')}）`
  return (
    <ActionButton className={className} label={label} onTap={onStart}>
      <Text>{label}</Text>
    </ActionButton>
  )
}
