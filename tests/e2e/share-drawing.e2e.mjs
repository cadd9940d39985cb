// The mini-program build (dist/) keeps the share-card drawing out of the main package: config/index.ts emits it
// as one CommonJS file in a subpackage, and the main package asks WeChat for it with require.async. This checks
// the file is where the loader looks, inside a declared subpackage, and that it really draws a card.
import assert from 'node:assert/strict'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'
import { test } from 'node:test'

const DIST = process.env.WEAPP_DIST || 'dist'
const FILE = 'pages/help/share-drawing.js'

test('the drawing file sits in a subpackage, where the main package’s require.async looks for it', () => {
  assert.ok(existsSync(join(DIST, FILE)), `${DIST}/${FILE} missing: run "npm run build:weapp"`)
  const app = JSON.parse(readFileSync(join(DIST, 'app.json'), 'utf8'))
  const roots = (app.subPackages ?? []).map((p) => `${p.root.replace(/\/+$/, '')}/`)
  assert.ok(
    roots.some((root) => FILE.startsWith(root)),
    `${FILE} is not in a subpackage`
  )
  const rootJs = readdirSync(DIST)
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(join(DIST, f), 'utf8'))
    .join('\n')
  assert.ok(rootJs.includes(`"${FILE}"`), 'the main package does not name the drawing file')
  assert.match(rootJs, /require\.async/, 'the main package does not load it with require.async')
})

test('the emitted drawing module lays out and paints a 500×400 card through the platform it is given', async () => {
  const drawing = createRequire(import.meta.url)(resolve(DIST, FILE))
  const written = []
  const context = {
    fillStyle: '',
    font: '10px sans-serif',
    textAlign: 'start',
    textBaseline: 'alphabetic',
    fillRect() {},
    fillText: (text) => written.push(text),
    measureText: (text) => ({ width: [...text].length * Number(/(\d+)px/.exec(context.font)[1]) })
  }
  const calls = []
  const platform = {
    createOffscreenCanvas: (options) => {
      calls.push(options)
      return { getContext: () => context }
    },
    canvasToTempFilePath: async () => ({ tempFilePath: 'wxfile://tmp/card.png' })
  }
  const text = { title: '虚假征信诈骗', body: '征信记录无法通过第三方修改', footer: '反诈专线 96110' }
  const path = await drawing.drawCard(platform, text, 500, 400)
  assert.equal(path, 'wxfile://tmp/card.png')
  assert.deepEqual(calls, [{ type: '2d', width: 500, height: 400 }])
  const drawn = written.join('')
  assert.ok(drawn.includes('虚假征信诈骗'), `title not drawn: ${drawn}`)
  assert.ok(drawn.includes('96110'), `96110 not drawn: ${drawn}`)

  const failing = { ...platform, createOffscreenCanvas: () => null }
  assert.equal(await drawing.drawCard(failing, text, 500, 400), undefined, 'no canvas → undefined')
})
