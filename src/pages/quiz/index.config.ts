export default definePageConfig({
  navigationBarTitleText: '反诈知识测试',
  enableShareAppMessage: true,
  enableShareTimeline: true
})
