import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'

// types/ is declarations only (issue #15): the build compiles src/ alone, so a value exported from types/ would
// need types/ compiled too. Transpiled on its own, a declarations-only file leaves no statement behind.
const TYPES_DIR = path.resolve(__dirname, '../../types')

describe('types/', () => {
  const files = readdirSync(TYPES_DIR).filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts'))

  it('holds the domain types', () => {
    expect(files).toEqual(
      expect.arrayContaining(['check.ts', 'content.ts', 'quiz.ts', 'saved.ts', 'share.ts'])
    )
  })

  it.each(files)('%s compiles to no JavaScript', (name) => {
    const source = readFileSync(path.join(TYPES_DIR, name), 'utf8')
    const { outputText } = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2017 },
      fileName: name
    })
    expect(outputText.replace(/\/\/.*|\/\*[\s\S]*?\*\//g, '').trim()).toBe('export {};')
  })
})
