export default definePageConfig({
  navigationBarTitleText: '测试结果',
  enableShareAppMessage: true,
  enableShareTimeline: true
})
