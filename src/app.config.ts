import { BRAND } from './styles/brand'

export default defineAppConfig({
  // The main package: what opens first and what a forwarded category card opens.
  pages: ['pages/index/index', 'pages/category/index', 'pages/prevention/index', 'pages/not-found/index'],
  // Each other page is its own subpackage, rooted at its page folder so the route stays pages/<name>/index: share
  // cards point at these routes. Modules only subpackages use (the quiz bank, the red flags) stay out of the
  // main package.
  subPackages: [
    { root: 'pages/quiz', pages: ['index'] },
    { root: 'pages/quiz-result', pages: ['index'] },
    { root: 'pages/check', pages: ['index'] },
    { root: 'pages/search', pages: ['index'] },
    { root: 'pages/help', pages: ['index'] },
    // 家人守护 (issue 14): each its own small subpackage, like the pages above.
    { root: 'pages/family', pages: ['index'] },
    { root: 'pages/pact', pages: ['index'] },
    { root: 'pages/on-call', pages: ['index'] },
    { root: 'pages/pause', pages: ['index'] },
    // 学习 (issue 13): scenarios to play through and the helper drills.
    { root: 'pages/scenario', pages: ['index'] },
    { root: 'pages/helper', pages: ['index'] }
  ],
  // Fetched in the background once home (or the quiz) is shown, so a tap opens them without a wait.
  preloadRule: {
    'pages/index/index': {
      network: 'all',
      packages: ['pages/quiz', 'pages/check', 'pages/search', 'pages/help', 'pages/on-call']
    },
    'pages/quiz/index': { network: 'all', packages: ['pages/quiz-result'] }
  },
  window: {
    backgroundTextStyle: 'dark',
    navigationBarBackgroundColor: BRAND.red,
    navigationBarTitleText: '反诈守护',
    navigationBarTextStyle: 'white',
    backgroundColor: BRAND.page
  }
})
