/**
 * config/trimTemplates.js keeps, in base.wxml's Button, Input and Textarea templates, only the attributes the app
 * sets. This reads every page and component for those three elements and fails when one sets a prop the list would
 * drop, which would otherwise never reach WeChat and fail silently.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { KEEP, ALWAYS } = require('../../config/trimTemplates.js') as {
  KEEP: Record<string, string[]>
  ALWAYS: string[]
}

const SRC = join(__dirname, '../../src')
/**
 * Props that never become a mini-program attribute: React's key and ref (风险自测's box), and nativeProps, which reach
 * only the browser.
 */
const NOT_ATTRIBUTES = new Set(['key', 'ref', 'nativeProps'])

/** A JSX prop as the template names it: className → class, onInput → bindinput, onClick → bindtap, openType → open-type. */
function attributeOf(prop: string): string {
  if (prop === 'className') return 'class'
  if (prop === 'onClick' || prop === 'onTap') return 'bindtap'
  if (/^on[A-Z]/.test(prop)) return `bind${prop.slice(2).toLowerCase()}`
  return prop.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)
}

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return tsxFiles(path)
    return entry.name.endsWith('.tsx') ? [path] : []
  })
}

/** Every Button, Input and Textarea in the sources: where, which element, and its props (null for a spread). */
function trimmedElements(): Array<{ at: string; tag: string; props: Array<string | null> }> {
  const found: Array<{ at: string; tag: string; props: Array<string | null> }> = []
  for (const file of tsxFiles(SRC)) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true)
    const visit = (node: ts.Node): void => {
      if (ts.isJsxOpeningElement(node) || ts.isJsxSelfClosingElement(node)) {
        const tag = node.tagName.getText(source).toLowerCase()
        if (tag in KEEP) {
          const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1
          found.push({
            at: `${file.slice(SRC.length + 1)}:${line}`,
            tag,
            props: node.attributes.properties.map((p) =>
              ts.isJsxAttribute(p) ? p.name.getText(source) : null
            )
          })
        }
      }
      ts.forEachChild(node, visit)
    }
    visit(source)
  }
  return found
}

describe('the trimmed Button, Input and Textarea templates', () => {
  const elements = trimmedElements()

  it('finds the elements the app uses', () => {
    expect(new Set(elements.map((e) => e.tag))).toEqual(new Set(['button', 'input', 'textarea']))
  })

  it('keep every attribute a page or component sets on them', () => {
    const dropped = elements.flatMap(({ at, tag, props }) =>
      props
        .filter((prop) => prop === null || !NOT_ATTRIBUTES.has(prop))
        .map((prop) => (prop === null ? '{...spread}' : attributeOf(prop)))
        .filter((name) => !KEEP[tag].includes(name) && !ALWAYS.includes(name))
        .map((name) => `${at} <${tag}> ${name}`)
    )
    expect(dropped).toEqual([])
  })

  it('would catch a prop the list drops', () => {
    expect(attributeOf('autoFocus')).toBe('auto-focus')
    expect(KEEP.input).not.toContain(attributeOf('autoFocus'))
    expect(attributeOf('onKeyboardHeightChange')).toBe('bindkeyboardheightchange')
    expect(ALWAYS).not.toContain('bindkeyboardheightchange')
  })
})
