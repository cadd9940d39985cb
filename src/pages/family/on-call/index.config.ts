export default definePageConfig({
  navigationBarTitleText: '通话中速查'
})
