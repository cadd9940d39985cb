/**
 * scripts/lib/size-compare.mjs's `notInMainPackage` guard (npm run test:size): a listed folder covers every source
 * under it, and a listed path that does not exist fails, so a rename cannot leave the guard checking nothing.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

type IsDirectory = (path: string) => boolean | null
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { sourcesInMainPackage } = require('../../scripts/lib/size-compare.mjs') as {
  sourcesInMainPackage: (listed: string[], mainSources: Set<string>, isDirectory?: IsDirectory) => string[]
}

const ROOT = join(__dirname, '../..')

/** A file system of these folders and files. */
const fileSystem =
  (folders: string[], files: string[]): IsDirectory =>
  (path) =>
    folders.includes(path) ? true : files.includes(path) ? false : null

const tree = fileSystem(
  ['src/domain/cardLayout', 'src/services'],
  [
    'src/domain/cardLayout/textWrap.ts',
    'src/domain/cardLayout/resultPoster.ts',
    'src/services/shareDrawing.ts'
  ]
)

describe('notInMainPackage', () => {
  test('a listed folder matches every source under it, with or without its trailing slash', () => {
    const main = new Set([
      'src/domain/cardLayout/textWrap.ts',
      'src/domain/cardLayout/resultPoster.ts',
      'src/app.ts'
    ])
    const expected = [
      'src/domain/cardLayout/resultPoster.ts is in the main package (notInMainPackage: %s)',
      'src/domain/cardLayout/textWrap.ts is in the main package (notInMainPackage: %s)'
    ]
    for (const entry of ['src/domain/cardLayout/', 'src/domain/cardLayout'])
      expect(sourcesInMainPackage([entry], main, tree)).toEqual(expected.map((e) => e.replace('%s', entry)))
  })

  test('a folder is a prefix of whole path segments: a sibling whose name starts the same is not under it', () => {
    const main = new Set(['src/domain/cardLayoutOld.ts', 'src/domain/cardLayout.ts'])
    expect(sourcesInMainPackage(['src/domain/cardLayout/'], main, tree)).toEqual([])
  })

  test('a listed file matches only itself', () => {
    const listed = ['src/services/shareDrawing.ts']
    expect(sourcesInMainPackage(listed, new Set(['src/services/shareDrawingLoader.ts']), tree)).toEqual([])
    expect(sourcesInMainPackage(listed, new Set(listed), tree)).toEqual([
      'src/services/shareDrawing.ts is in the main package (notInMainPackage: src/services/shareDrawing.ts)'
    ])
  })

  test('a listed path that does not exist fails, whether or not anything matches it', () => {
    expect(sourcesInMainPackage(['src/domain/cardLayout.ts'], new Set(), tree)).toEqual([
      'notInMainPackage lists src/domain/cardLayout.ts, which does not exist: name the files or folder that do'
    ])
  })

  test("bench-budgets.json's list names paths that exist (the file system's answer)", () => {
    const budgets = JSON.parse(readFileSync(join(ROOT, 'bench-budgets.json'), 'utf8')) as {
      weapp: { notInMainPackage: { sources: string[] } }
    }
    const listed = budgets.weapp.notInMainPackage.sources
    expect(listed.length).toBeGreaterThan(0)
    const cwd = process.cwd()
    process.chdir(ROOT)
    try {
      expect(sourcesInMainPackage(listed, new Set())).toEqual([])
    } finally {
      process.chdir(cwd)
    }
  })
})
