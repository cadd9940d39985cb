// No share handlers: this page holds a private number, and WeChat's forward menu stays off for it.
export default definePageConfig({
  navigationBarTitleText: '先问家人'
})
