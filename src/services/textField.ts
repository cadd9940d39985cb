/**
 * A ref for a text box that starts with `text` and then keeps what the person types, without the page sending it back:
 * the box is given no `value` prop. In the browser Taro's Textarea treats a `value` prop as the one truth and sets it
 * back into the box after every input event (its controlled-value handling), so `text` is put into the box once, when
 * it is drawn. The mini-program's version is textField.weapp.ts.
 */
export function useQuietTextField(text: string): (node: unknown) => void {
  return (node: unknown) => {
    if (text !== '' && node && typeof node === 'object') (node as { value: string }).value = text
  }
}
