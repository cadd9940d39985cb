// No Moments sharing: Moments would open this page alone, where a round cannot reach its result page; the
// chat card opens the quiz start.
export default definePageConfig({
  navigationBarTitleText: '反诈知识测试',
  enableShareAppMessage: true,
  enableShareTimeline: false
})
