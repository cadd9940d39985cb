// No Moments sharing: Moments opens this very page alone, with its own storage and no navigation, where it
// cannot work (the chat card of this page opens the quiz start instead).
export default definePageConfig({
  navigationBarTitleText: '测试结果',
  enableShareAppMessage: true,
  enableShareTimeline: false
})
