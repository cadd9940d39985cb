export default definePageConfig({
  navigationBarTitleText: '没有找到',
  enableShareAppMessage: true,
  enableShareTimeline: true
})
