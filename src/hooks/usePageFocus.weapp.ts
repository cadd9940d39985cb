/**
 * The mini-program's usePageFocus: WeChat has no keyboard focus to place, so the page's element needs no id and the
 * main package carries none of the browser's version (Taro builds this file for weapp instead of usePageFocus.ts).
 */
export function usePageFocus(): string | undefined {
  return undefined
}
