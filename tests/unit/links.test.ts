import { parseCategoryId } from '../../src/domain/links'

describe('reading a category id from a link', () => {
  test('accepts each known id, also percent-encoded or with stray spaces', () => {
    expect(parseCategoryId('pig-butchering')).toBe('pig-butchering')
    expect(parseCategoryId('online-loan%20')).toBe('online-loan')
    expect(parseCategoryId(' game-trading ')).toBe('game-trading')
  })

  test.each([
    [undefined],
    [null],
    [42],
    [''],
    ['lottery'],
    ['PIG-BUTCHERING'],
    ['<img src=x onerror=alert(1)>'],
    ['%E0%A4%A'],
    ['x'.repeat(2000)],
    ['__proto__'],
    ['constructor']
  ])('rejects %p without throwing', (raw) => {
    expect(parseCategoryId(raw)).toBeNull()
  })
})
