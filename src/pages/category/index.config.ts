export default definePageConfig({
  navigationBarTitleText: '常见骗局',
  enableShareAppMessage: true,
  enableShareTimeline: true
})
