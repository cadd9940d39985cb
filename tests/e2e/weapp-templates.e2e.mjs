// The mini-program build (dist/): Taro's templates drop aria-* unless @tarojs/plugin-inject adds them. This proves
// the screen-reader attributes are bound in the compiled templates and that the pages' code sets them.
import assert from 'node:assert/strict'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'

const DIST = process.env.WEAPP_DIST || 'dist'
const base = () => readFileSync(join(DIST, 'base.wxml'), 'utf8')
const allJs = () =>
  readdirSync(DIST, { recursive: true })
    .filter((file) => String(file).endsWith('.js'))
    .map((file) => readFileSync(join(DIST, String(file)), 'utf8'))
    .join('\n')

test('the mini-program build exists', () => {
  assert.ok(existsSync(join(DIST, 'app.json')), `${DIST}/app.json missing: run "npm run build:weapp"`)
})

test('every view and text template that can carry attributes binds aria-role and aria-label', () => {
  const wxml = base()
  for (const tag of ['view', 'text']) {
    // Taro also emits a bare "pure" template (style and class only) for elements with no other attribute.
    const opened = (wxml.match(new RegExp(`<${tag} [^>]*>`, 'g')) ?? []).filter(
      (t) => !/^<\w+ style=/.test(t)
    )
    assert.ok(opened.length > 0, `no <${tag}> templates`)
    for (const element of opened) {
      assert.match(element, /aria-role="\{\{i\.p\d+\|\|''\}\}"/, `${tag} template without aria-role`)
      assert.match(element, /aria-label="\{\{i\.p\d+\|\|''\}\}"/, `${tag} template without aria-label`)
    }
  }
  assert.match(wxml, /aria-checked="\{\{i\.p\d+\|\|''\}\}"/)
})

test('the compiled pages set WeChat’s aria-role, not the browser’s role, with their spoken labels', () => {
  const js = allJs()
  assert.match(js, /"aria-role":/)
  for (const label of ['反诈预警劝阻/咨询', '已被骗，立即报警', '回到首页', '大字模式']) {
    assert.ok(js.includes(label), `label "${label}" not in the build`)
  }
})
