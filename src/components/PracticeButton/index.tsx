import { Text } from '@tarojs/components'
import ActionButton from '@/components/ActionButton'
import { ROUND_SIZE } from '@/domain/rounds'
import { useAppStore } from '@/store'

export interface PracticeButtonProps {
  onStart: () => void
  className?: string
}

/** 练习错题: offered only while the wrong-answer book has questions in it. */
export default function PracticeButton({ onStart, className }: PracticeButtonProps) {
  const wrongCount = useAppStore((s) => Object.keys(s.wrongBook).length)
  if (wrongCount === 0) return null
  // Ten at a time, said when there are more (round 52's trial: 17 promised, a round of 10 given).
  const label =
    wrongCount > ROUND_SIZE
      ? `练习错题（${wrongCount} 道，每次 ${ROUND_SIZE} 道）`
      : `练习错题（${wrongCount} 道）`
  return (
    <ActionButton className={className} label={label} onTap={onStart}>
      <Text>{label}</Text>
    </ActionButton>
  )
}
