/**
 * The role attribute for the platform being built: WeChat's screen readers read `aria-role` (kept in the
 * templates by @tarojs/plugin-inject); browsers read `role`, and an unknown `aria-role` there is an error.
 */
export function roleProps(role: string): Record<string, string> {
  return process.env.TARO_ENV === 'weapp' ? { 'aria-role': role } : { role }
}
