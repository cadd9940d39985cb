export default definePageConfig({
  navigationBarTitleText: '反诈守护',
  enableShareAppMessage: true,
  enableShareTimeline: true
})
