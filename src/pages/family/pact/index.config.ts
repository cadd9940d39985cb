// No share handlers: the card can carry the family's own number.
export default definePageConfig({
  navigationBarTitleText: '家庭防骗约定'
})
