import { Text } from '@tarojs/components'
import ActionButton from '@/components/ActionButton'
import { openPage, type PageName } from '@/services/navigation'

export interface PageLinkProps {
  /** The page it opens. */
  to: PageName
  /** The page's query, e.g. `{ id: 'fake-credit' }`. */
  query?: Record<string, string | number>
  /** What it says, e.g. "已被骗怎么办？"; shown with "›" after it, spoken without. */
  text: string
  className?: string
}

/** A control that opens another page, its text ending with "›"; hidden where nothing can navigate. */
export default function PageLink({ to, query, text, className }: PageLinkProps) {
  const open = () => (query ? openPage(to, query) : openPage(to))
  return (
    <ActionButton className={className} label={text} onTap={open} navigates>
      {/* One string, one text node: as the text was written before, so it shapes and wraps the same. */}
      <Text>{`${text} ›`}</Text>
    </ActionButton>
  )
}
