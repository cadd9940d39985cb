import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { BRAND, STYLE_TINTS } from '../../src/styles/brand'

/** `$fs-name: #hex;` colour declarations of the styles' shared variables. */
function scssColours(): Record<string, string> {
  const scss = readFileSync(join(__dirname, '../../src/styles/_variables.scss'), 'utf8')
  const found: Record<string, string> = {}
  for (const [, name, value] of scss.matchAll(/^\$fs-([a-z-]+):\s*(#[0-9a-f]{3,8});/gim)) found[name] = value
  return found
}

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)

test('the styles and the TS colours (title bar, share images) are the same brand colours', () => {
  const fromBrand = Object.fromEntries(
    Object.entries({ ...BRAND, ...STYLE_TINTS }).map(([name, value]) => [kebab(name), value])
  )
  expect(scssColours()).toEqual(fromBrand)
})
