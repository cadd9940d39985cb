// No share handlers: the drills are practice for the person helping; the content pages are what to forward.
export default definePageConfig({
  navigationBarTitleText: '帮家人把关'
})
