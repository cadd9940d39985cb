import { visibleCharacters } from './graphemes'
import { wordRuns } from './lineEnd'

/** Characters a pointer back to a quote aims for: enough to find it, too few to read as a second copy. */
export const QUOTE_LEAD_CHARACTERS = 6
/** Whole words may take a pointer this far, so that it does not end inside one ("请添加客服QQ…", not "请添加客服Q…"). */
export const QUOTE_LEAD_MAX_CHARACTERS = 10

/** A mark a lead does not end on before its "…". */
const TRAILING_MARK = /[\s，,。.、：:；;！!？?“”"']$/

/** `text` without the marks (TRAILING_MARK) it ends on. */
function withoutTrailingMarks(text: string): string {
  let end = text.length
  while (end > 0 && TRAILING_MARK.test(text[end - 1])) end--
  return text.slice(0, end)
}

/**
 * The first words of `quote` (a clause already shown on 风险自测's result, without its "…" marks) that a later row
 * points back to: whole words (lineEnd's wordRuns: a number with its unit, an address, a platform word) up to
 * QUOTE_LEAD_CHARACTERS visible characters, or a little past them to end a word, at most QUOTE_LEAD_MAX_CHARACTERS;
 * a word longer than that (a web address) is left out after the words before it, or, alone, cut where a line may break
 * in it ("http://…"), else at QUOTE_LEAD_CHARACTERS. "…" follows when more of the quote does (round 64's fresh tester, M3: "请添加客服Q…",
 * "你先帮我转8…"). A quote of QUOTE_LEAD_MAX_CHARACTERS or fewer is given whole.
 */
export function quoteLead(quote: string): string {
  const whole = quote.trim()
  const characters = visibleCharacters(whole)
  if (characters.length <= QUOTE_LEAD_MAX_CHARACTERS) return whole
  let lead = ''
  for (const run of wordRuns(whole)) {
    const next = lead + run
    if (visibleCharacters(next.trim()).length > QUOTE_LEAD_MAX_CHARACTERS) break
    lead = next
    if (visibleCharacters(lead.trim()).length >= QUOTE_LEAD_CHARACTERS) break
  }
  const kept = withoutTrailingMarks(lead)
  const cut = visibleCharacters(kept).length >= 2 ? kept : characters.slice(0, QUOTE_LEAD_CHARACTERS).join('')
  return `${cut}…`
}
