export default definePageConfig({
  navigationBarTitleText: '已被骗怎么办',
  enableShareAppMessage: true,
  enableShareTimeline: true
})
