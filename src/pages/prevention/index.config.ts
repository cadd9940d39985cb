export default definePageConfig({
  navigationBarTitleText: '如何防范',
  enableShareAppMessage: true,
  enableShareTimeline: true
})
