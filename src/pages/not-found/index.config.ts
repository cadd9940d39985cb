// No Moments sharing: Moments opens this very page alone, with its own storage and no navigation, where it
// means nothing; its chat card opens the home page instead.
export default definePageConfig({
  navigationBarTitleText: '没有找到',
  enableShareAppMessage: true,
  enableShareTimeline: false
})
