import { PropsWithChildren } from 'react'
import { redirectMissingPagesToNotFound, repairBrowserAddress } from '@/services/navigation'
import './app.scss'

// First, before the router reads the address: a link cut or garbled by a chat app still opens a page.
repairBrowserAddress()

// A link to a page that does not exist (an old version's card, a typo) gets a friendly page with a way home.
redirectMissingPagesToNotFound()

function App({ children }: PropsWithChildren) {
  return children
}

export default App
