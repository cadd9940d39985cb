import { PropsWithChildren } from 'react'
import { redirectMissingPagesToNotFound } from '@/services/navigation'
import './app.scss'

// A link to a page that does not exist (an old version's card, a typo) gets a friendly page with a way home.
redirectMissingPagesToNotFound()

function App({ children }: PropsWithChildren) {
  return children
}

export default App
