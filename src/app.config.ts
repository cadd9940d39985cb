export default defineAppConfig({
  pages: [
    'pages/index/index',
    'pages/category/index',
    'pages/prevention/index',
    'pages/not-found/index',
    'pages/quiz/index',
    'pages/quiz-result/index',
    'pages/check/index',
    'pages/search/index',
    'pages/help/index'
  ],
  window: {
    backgroundTextStyle: 'dark',
    navigationBarBackgroundColor: '#b71c1c',
    navigationBarTitleText: '反诈守护',
    navigationBarTextStyle: 'white',
    backgroundColor: '#fff8f0'
  }
})
