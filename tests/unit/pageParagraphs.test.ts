import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Every sentence a page or component writes into its JSX goes through NoOrphan, the paragraph path the brochure's
 * paragraphs take, whose lines break only between words: round 61's tester found the newer pages' intros and notes
 * splitting words ("深呼 / 吸", "换成您来经 / 历", "对 / 方是不是", "请回 / 到首页"), each a literal in a <Text>.
 * A literal of 10 Chinese characters or more as JSX text is one of them; a short label breaks at its own punctuation.
 */
const SENTENCE = />(\s*)([^<>{}]*?[\u4e00-\u9fff][^<>{}]*?)(\s*)</g

function tsxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return tsxFiles(path)
    return path.endsWith('.tsx') ? [path] : []
  })
}

test('no page or component writes a sentence as bare JSX text: each goes through NoOrphan', () => {
  const bare: string[] = []
  for (const file of tsxFiles(join(__dirname, '../../src'))) {
    const source = readFileSync(file, 'utf8')
    for (const match of source.matchAll(SENTENCE)) {
      const text = match[2]
      // Code between two tags' angle brackets (a comparison, a comment), not text.
      if (/[=();'/\n]/.test(text)) continue
      if ((text.match(/[\u4e00-\u9fff]/g) ?? []).length >= 10)
        bare.push(`${file.replace(/.*\/src\//, 'src/')}: ${text}`)
    }
  }
  expect(bare).toEqual([])
})
