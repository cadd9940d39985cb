import { PAGES, packageLayout } from './routes'

// Pages and packages come from the route table (src/route-table.json). The main package holds what opens first and
// what a forwarded category card opens. Pages that share code share a subpackage, so no module or data file is
// stored twice: 学习 (pages/learn: quiz, its result, search, scenarios, helper drills share the quiz bank and the
// scenarios), 家人守护 (pages/family: family, pact, on-call, pause share the family sources), check and help.
const { pages, subPackages } = packageLayout()

export default defineAppConfig({
  pages,
  subPackages,
  // Fetched in the background once home is shown, so a tap opens them without a wait.
  preloadRule: {
    [PAGES.index.route]: {
      network: 'all',
      packages: [PAGES.quiz.package, PAGES.check.package, PAGES.help.package, PAGES['on-call'].package]
    }
  },
  window: {
    backgroundTextStyle: 'dark',
    navigationBarBackgroundColor: '#b71c1c',
    navigationBarTitleText: '反诈守护',
    navigationBarTextStyle: 'white',
    backgroundColor: '#fff8f0'
  }
})
