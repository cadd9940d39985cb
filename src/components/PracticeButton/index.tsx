import { Text } from '@tarojs/components'
import ActionButton from '@/components/ActionButton'
import { useAppStore } from '@/store'

export interface PracticeButtonProps {
  onStart: () => void
  className?: string
}

/** 练习错题: offered only while the wrong-answer book has questions in it. */
export default function PracticeButton({ onStart, className }: PracticeButtonProps) {
  const wrongCount = useAppStore((s) => Object.keys(s.wrongBook).length)
  if (wrongCount === 0) return null
  return (
    <ActionButton className={className} label={`练习错题（${wrongCount} 道）`} onTap={onStart}>
      <Text>练习错题（{wrongCount} 道）</Text>
    </ActionButton>
  )
}
