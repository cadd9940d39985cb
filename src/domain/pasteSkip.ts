/**
 * What 风险自测 says about a paste longer than its limit (riskCheck MAX_INPUT_CHARS), which it reads from the end: what
 * was left out and what to do about it, counted in the characters a person sees (graphemes), not the UTF-16 units the
 * limit counts.
 */
import { visibleCharacterCount, visibleCharacters } from './graphemes'

/**
 * The most characters left out that the note quotes instead of counting: a few words a person recognises at a glance
 * ("开头的“您好，”没有检查"). Round 63's fresh tester pasted one character over the limit and was asked to paste "前面1个字"
 * again, as if a part of the message were missing.
 */
export const QUOTED_SKIP_MAX = 12

/**
 * The note for a paste whose first `skippedChars` UTF-16 units of `text` were not read; '' when nothing a person sees
 * was left out (spaces, line breaks or invisible marks only). A few characters are quoted, so the person sees which
 * ones and that the rest was read; more are counted, with the part to paste again named by where it is (round 57's
 * fresh tester: 4,000 family emoji and 16 words read as "最后12507个字", counted in code points).
 */
export function skippedNote(skippedChars: number, text: string): string {
  if (skippedChars <= 0) return ''
  const left = text.slice(0, skippedChars)
  const skipped = visibleCharacterCount(left)
  if (skipped === 0) return ''
  if (skipped <= QUOTED_SKIP_MAX) {
    const words = visibleCharacters(left).join('').replace(/\s+/g, ' ').trim()
    const them = skipped === 1 ? '这个字' : `这${skipped}个字`
    return `内容太长，开头的“${words}”没有检查，后面的都检查了。如果${them}要紧，请单独粘贴${skipped === 1 ? '它' : '它们'}，再查一次。`
  }
  const read = visibleCharacterCount(text.slice(skippedChars))
  return `内容太长，只检查了最后${read}个字（最新的部分），前面${skipped}个字没有检查：请把前面的部分单独粘贴，再查一次。`
}
