import NotFound from '@/components/NotFound'
import PageShell from '@/components/PageShell'
import { useSharePage } from '@/hooks/useSharePage'

/** Where links to pages that do not exist land. Forwarding it shares the home page instead. */
export default function NotFoundPage() {
  useSharePage({ page: 'index' })
  return (
    <PageShell withHomeLinks={false}>
      <NotFound subject='这个页面' />
    </PageShell>
  )
}
