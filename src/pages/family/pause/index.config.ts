export default definePageConfig({
  navigationBarTitleText: '转账前冷静一下'
})
