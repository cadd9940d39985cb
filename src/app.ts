import { PropsWithChildren } from 'react'
import { redirectMissingPages, repairBrowserAddress } from '@/services/navigation'
import './app.scss'

// First, before the router reads the address: a link cut or garbled by a chat app still opens a page.
repairBrowserAddress()

// A link to a page that moved opens it where it is now; one to a page that does not exist (an old version's card,
// a typo) gets a friendly page with a way home.
redirectMissingPages()

function App({ children }: PropsWithChildren) {
  return children
}

export default App
