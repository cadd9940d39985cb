import { PropsWithChildren } from 'react'
import { redirectMissingPages, repairBrowserAddress, watchPageLoadFailures } from '@/services/navigation'
import './app.scss'

// First, before the router reads the address: a link cut or garbled by a chat app still opens a page.
repairBrowserAddress()

// A link to a page that moved opens it where it is now; one to a page that does not exist (an old version's card,
// a typo) gets a friendly page with a way home.
redirectMissingPages()

// Offline in the browser, a page not opened before cannot load: the tapped page says so (services/navigation).
watchPageLoadFailures()

function App({ children }: PropsWithChildren) {
  return children
}

export default App
