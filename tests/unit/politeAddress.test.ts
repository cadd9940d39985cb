import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import ts from 'typescript'
import quiz from '@/data/quiz-questions.json'
import scenarios from '@/data/scenarios.json'
import drills from '@/data/drills.json'
import help from '@/data/help.json'
import riskSignals from '@/data/risk-signals.json'

// Round 55's trial: the app called its reader 你 on most pages and 您 in 风险自测. It says 您 (the form it used most for
// the reader, and the polite one for the older people it is for) in its own words: the pages, the components and the
// content it wrote (the quiz, 情景演练, 帮家人把关, 已被骗怎么办, 风险自测's labels and tips). Not changed, and not
// scanned: the brochure (verbatim), quoted speech (“…”, 「…」: a scammer's or a source's own words), 情景演练's dialogue,
// 帮家人把关's answers (the reader's own words to a relative), the forwarded message (the sender's words to a relative),
// the patterns that read pasted messages, and 你们 (您们 is not said).

const ROOT = join(__dirname, '..', '..')

/** Code that holds other people's words, not the app's: messages read (风险自测), words searched for, the forward. */
const OTHER_VOICES = ['src/domain/riskCheck/', 'src/domain/search.ts', 'src/domain/share.ts']

/** The text outside quotation marks: “…” and 「…」 are someone else's words. */
export function outsideQuotes(text: string): string {
  let out = ''
  let depth = 0
  for (const char of text) {
    if ('“「‘『'.includes(char)) depth += 1
    else if ('”」’』'.includes(char)) depth = Math.max(0, depth - 1)
    else if (depth === 0) out += char
  }
  return out
}

/** Whether `text` calls the reader 你 in the app's own words (你们, to several people, aside). */
export function saysNi(text: string): boolean {
  return /你(?!们)/.test(outsideQuotes(text))
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name)
    return statSync(path).isDirectory() ? filesUnder(path) : /\.tsx?$/.test(name) ? [path] : []
  })
}

/**
 * The strings a source file shows: its string literals, template parts and JSX text, less those of a source it quotes
 * (a `source` object's title and quote, as the pact cites a newspaper) and patterns (with | ( [ \ in them).
 */
function shownStrings(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)
  const found: string[] = []
  const inQuotedSource = (node: ts.Node): boolean => {
    for (let at: ts.Node | undefined = node.parent; at; at = at.parent)
      if (ts.isPropertyAssignment(at) && ['source', 'quote'].includes(at.name.getText(source))) return true
    return false
  }
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) found.push(node.text)
    else if (
      (ts.isStringLiteral(node) ||
        ts.isNoSubstitutionTemplateLiteral(node) ||
        ts.isTemplateLiteralToken(node)) &&
      !/[|()[\]\\]/.test(node.text) &&
      !inQuotedSource(node)
    )
      found.push(node.text)
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

/** Every string of a JSON value with its path ("[3].points[1].question"), less the paths `skip` matches. */
function jsonStrings(value: unknown, skip: RegExp, path = ''): string[] {
  if (skip.test(path)) return []
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap((item) => jsonStrings(item, skip, `${path}[]`))
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => jsonStrings(item, skip, `${path}.${key}`))
  return []
}

/** The app's own words in its content files, by file: what is someone else's is left out (see the top). */
const CONTENT: Record<string, string[]> = {
  'quiz-questions.json': jsonStrings(quiz, /(?!)/),
  'scenarios.json': jsonStrings(scenarios, /\.lines\[\]\.text$|\.source$/),
  'drills.json': jsonStrings(drills, /\.options\[\]$|\.source$/),
  'help.json': jsonStrings(help, /\.quotes\[\]$|\.sources?(\[\])?$/),
  'risk-signals.json': [
    ...riskSignals.signals.map((signal) => signal.label),
    ...riskSignals.topics.flatMap((topic) => [topic.name, topic.tip])
  ].filter((text): text is string => typeof text === 'string')
}

const CODE = ['src/pages', 'src/components', 'src/hooks', 'src/domain']
  .flatMap((folder) => filesUnder(join(ROOT, folder)))
  .filter((file) => !OTHER_VOICES.some((other) => relative(ROOT, file).startsWith(other)))

describe('the app says 您 to its reader, never 你, in its own words', () => {
  it('finds 你 where a text says it, and not in quotes or in 你们', () => {
    expect(saysNi('测测你能识破几种骗局')).toBe(true)
    expect(saysNi('对方说“你的账户涉嫌洗钱”')).toBe(false)
    expect(saysNi('出自「你好」一文')).toBe(false)
    expect(saysNi('勾上你们家同意的几条')).toBe(false)
    expect(saysNi('您会怎么做？')).toBe(false)
  })

  it.each(Object.keys(CONTENT))('src/data/%s', (file) => {
    const strings = CONTENT[file]
    expect(strings.length).toBeGreaterThan(10)
    expect(strings.filter(saysNi)).toEqual([])
  })

  it('the pages, components, hooks and domain texts', () => {
    const strings = CODE.flatMap((file) =>
      shownStrings(file).map((text) => `${relative(ROOT, file)}: ${text}`)
    )
    // Enough of them to mean something, 您 among them: a scan that read nothing would pass too.
    expect(CODE.length).toBeGreaterThan(50)
    expect(strings.filter((text) => text.includes('您')).length).toBeGreaterThan(20)
    expect(strings.filter((text) => saysNi(text.slice(text.indexOf(': ') + 2)))).toEqual([])
  })
})
