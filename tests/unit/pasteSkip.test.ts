import { checkMessage, MAX_INPUT_CHARS } from '@/domain/riskCheck'
import { riskSignalData } from '@/domain/riskCheck/data'
import { QUOTED_SKIP_MAX, skippedNote } from '@/domain/pasteSkip'

/** What 风险自测 says after reading `text` (the skipped note the page shows above the result). */
function noteAfterChecking(text: string): string {
  const { skippedChars } = checkMessage({ text, situations: [] }, riskSignalData)
  return skippedNote(skippedChars, text)
}

/** A chat's lines without spaces or line breaks: every character of it is one a person sees and counts. */
const FILLER = '我：好的，明天见。阿杰：嗯嗯。'

/** A chat `over` characters longer than 风险自测 reads, starting with `start`. */
function pasteOver(start: string, over: number): string {
  const rest = FILLER.repeat(Math.ceil(MAX_INPUT_CHARS / FILLER.length)).slice(0, MAX_INPUT_CHARS)
  return (start + rest).slice(0, MAX_INPUT_CHARS + over)
}

describe('风险自测’s note on a paste over the limit', () => {
  // Round 63's fresh tester: one character over the limit read "前面1个字没有检查：请把前面的部分单独粘贴，再查一次。"
  it('quotes one character left out, says the rest was read, and what to do if it matters', () => {
    const note = noteAfterChecking(pasteOver('您', 1))
    expect(note).toBe(
      '内容太长，开头的“您”没有检查，后面的都检查了。如果这个字要紧，请单独粘贴它，再查一次。'
    )
    expect(note).not.toMatch(/前面1个字|前面的部分/)
  })

  it('quotes a few characters left out as they read, spaces and line breaks as one space', () => {
    // Five units left out: 您好，, a line break and 我, which a person counts as four characters.
    const text = pasteOver('您好，\n我是', 5)
    expect(noteAfterChecking(text)).toBe(
      '内容太长，开头的“您好， 我”没有检查，后面的都检查了。如果这4个字要紧，请单独粘贴它们，再查一次。'
    )
  })

  it('counts a skip too long to quote, and names the part to paste again', () => {
    const text = 'x'.repeat(QUOTED_SKIP_MAX + 1) + pasteOver('', 0)
    expect(noteAfterChecking(text)).toBe(
      `内容太长，只检查了最后${MAX_INPUT_CHARS}个字（最新的部分），前面${QUOTED_SKIP_MAX + 1}个字没有检查：请把前面的部分单独粘贴，再查一次。`
    )
  })

  it('says nothing when only spaces, line breaks or invisible marks were left out', () => {
    expect(skippedNote(3, ' \n\u200b' + pasteOver('', 0))).toBe('')
    expect(skippedNote(0, '您好')).toBe('')
  })

  it('counts a family emoji left out as one character, as a person does', () => {
    expect(skippedNote(8, '👨‍👩‍👧您好')).toBe(
      '内容太长，开头的“👨‍👩‍👧”没有检查，后面的都检查了。如果这个字要紧，请单独粘贴它，再查一次。'
    )
  })
})
