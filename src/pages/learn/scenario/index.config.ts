// No share handlers: a scenario is played, not forwarded; its category page is the card to forward.
export default definePageConfig({
  navigationBarTitleText: '情景演练'
})
