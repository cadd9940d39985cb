export default definePageConfig({
  navigationBarTitleText: '风险自测',
  enableShareAppMessage: true,
  enableShareTimeline: true
})
