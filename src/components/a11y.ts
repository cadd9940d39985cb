/**
 * The role attribute for the platform being built: WeChat's screen readers read `aria-role` (kept in the
 * templates by @tarojs/plugin-inject); browsers read `role`, and an unknown `aria-role` there is an error.
 */
export function roleProps(role: string): Record<string, string> {
  return process.env.TARO_ENV === 'weapp' ? { 'aria-role': role } : { role }
}

/**
 * The checked state of a switch or checkbox. Taro's mini-program templates bind `aria-checked="{{p||''}}"`, so
 * a boolean false would reach WeChat's screen reader as an empty string: the mini-program gets the words.
 */
export function checkedProps(checked: boolean): Record<string, boolean | string> {
  return { 'aria-checked': process.env.TARO_ENV === 'weapp' ? String(checked) : checked }
}

/**
 * What makes a result (a quiz's feedback, 风险自测's verdict) a place focus can be moved to (services/scroll
 * focusElement) without becoming a Tab stop of its own. Browser only: the mini-program has no keyboard focus.
 */
export function focusTargetProps(): Record<string, number> {
  return process.env.TARO_ENV === 'h5' ? { tabIndex: -1 } : {}
}
