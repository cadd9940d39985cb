import { Text } from '@tarojs/components'
import ActionButton from '@/components/ActionButton'
import NoOrphan from '@/components/NoOrphan'
import { openPage, replacePage, type PageName } from '@/services/navigation'

export interface PageLinkProps {
  /** The page it opens. */
  to: PageName
  /** The page's query, e.g. `{ id: 'fake-credit' }`. */
  query?: Record<string, string | number>
  /** What it says, e.g. "已被骗怎么办？"; shown with "›" after it, spoken without. */
  text: string
  className?: string
  /** Replace this page instead of opening on top of it (a not-found page, the end of a drill). */
  replace?: boolean
}

/** A control that opens another page, its text ending with "›"; hidden where nothing can navigate. */
export default function PageLink({ to, query, text, className, replace = false }: PageLinkProps) {
  const go = replace ? replacePage : openPage
  const open = () => (query ? go(to, query) : go(to))
  return (
    <ActionButton className={className} label={text} onTap={open} navigates>
      <Text>
        <NoOrphan text={text} arrow />
      </Text>
    </ActionButton>
  )
}
