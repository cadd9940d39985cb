import { BRAND } from './styles/brand'
import { PAGES, packageLayout } from './routes'

// Pages and packages come from the route table (src/route-table.json). The main package holds home, the not-found
// page and the modules pages of several packages share (the brochure, the store, the page frame). Pages that share
// code share a subpackage, so no module or data file is stored twice: 学习 (pages/learn: quiz, its result, search,
// scenarios, helper drills share the quiz bank and the scenarios), 家人守护 (pages/family: family, pact, on-call,
// pause share the family sources); category, prevention, check and help are each their own. A subpackage's page
// opens directly from a share card (WeChat fetches its package with the main one).
const { pages, subPackages } = packageLayout()

export default defineAppConfig({
  pages,
  subPackages,
  // Every subpackage is one tap from home: fetched in the background once home is shown, so a tap opens its page
  // without a wait.
  preloadRule: {
    [PAGES.index.route]: { network: 'all', packages: subPackages.map((sub) => sub.root) }
  },
  window: {
    backgroundTextStyle: 'dark',
    navigationBarBackgroundColor: BRAND.red,
    navigationBarTitleText: '反诈守护',
    navigationBarTextStyle: 'white',
    backgroundColor: BRAND.page
  }
})
