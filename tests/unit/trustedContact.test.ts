import { checkContactForm, nameFieldMessage } from '@/domain/phoneNumber'
import { contactTitle, parseSavedContact, phoneFromDigits, serializeContact } from '@/domain/trustedContact'

const form = { relation: '儿子', name: '小明', number: '138 0013 8000' }

test('a valid form becomes a contact named "儿子 小明" that survives being saved and read back', () => {
  const checked = checkContactForm(form)
  if (!checked.ok) throw new Error(checked.message)
  expect(contactTitle(checked.contact)).toBe('儿子 小明')
  expect(parseSavedContact(serializeContact(checked.contact))).toEqual(checked.contact)
})

test('a landline extension survives being saved and read back', () => {
  const checked = checkContactForm({ relation: '女儿', name: '', number: '0351-2345678-123' })
  if (!checked.ok) throw new Error(checked.message)
  const read = parseSavedContact(serializeContact(checked.contact))
  expect(read?.number).toEqual({
    kind: 'landline',
    dial: '03512345678',
    extension: '123',
    display: '0351-2345678 转 123'
  })
  expect(read && contactTitle(read)).toBe('女儿')
})

test('without 称呼 and 名字 the button says 家人; control characters are taken out of names', () => {
  const checked = checkContactForm({ relation: ' ', name: '', number: '13800138000' })
  expect(checked.ok && contactTitle(checked.contact)).toBe('家人')
  const cleaned = checkContactForm({ relation: '儿子', name: '小\u0007明', number: '13800138000' })
  expect(cleaned.ok && contactTitle(cleaned.contact)).toBe('儿子 小 明')
})

// Round 56's trial: "0755-8888 6666" typed into 称呼 was saved as "-", without a word.
test.each([
  ['relation', '称呼', { relation: '0755-8888 6666', name: '小明' }],
  ['relation', '称呼', { relation: '儿子138', name: '' }],
  ['name', '名字', { relation: '儿子', name: '小明１３８' }]
])('a number typed into %s is refused there, not dropped', (field, label, names) => {
  expect(checkContactForm({ ...names, number: '13800138000' })).toEqual({
    ok: false,
    field,
    message: `${label}里不能写数字。电话号码请填在下面的「电话号码」里。`
  })
})

test('a 称呼 or 名字 longer than eight characters is refused there, not cut', () => {
  expect(checkContactForm({ relation: '住在隔壁楼的大表哥家儿子', name: '', number: '13800138000' })).toEqual(
    {
      ok: false,
      field: 'relation',
      message: '称呼最多写8个字，现在是12个字，请删掉4个。'
    }
  )
  const eight = checkContactForm({ relation: '', name: '买买提·艾力江', number: '13800138000' })
  expect(eight.ok && eight.contact.name).toBe('买买提·艾力江')
})

// Round 57's fresh tester: "👨‍👩‍👧我的宝贝" (5 characters on the screen) was said to have 9, and "李​小​明​同​学​哈" pasted
// with zero-width spaces (6) to have 11. The count is what a person sees, and so is what is saved.
describe('名字 and 称呼 count the characters a person sees', () => {
  const family = '👨\u200d👩\u200d👧'

  test('an emoji family is one character: five in all, accepted and saved whole', () => {
    const checked = checkContactForm({ relation: '', name: `${family}我的宝贝`, number: '13800138000' })
    expect(checked.ok && checked.contact.name).toBe(`${family}我的宝贝`)
    expect(nameFieldMessage('名字', `${family}我的宝贝`)).toBeNull()
    expect(nameFieldMessage('名字', `${family}我的宝贝小明和小红`)).toBe(
      '名字最多写8个字，现在是10个字，请删掉2个。'
    )
  })

  test('zero-width spaces pasted between the characters are not counted, and not saved', () => {
    const pasted = '李\u200b小\u200b明\u200b同\u200b学\u200b哈'
    expect(nameFieldMessage('名字', pasted)).toBeNull()
    const checked = checkContactForm({ relation: '', name: pasted, number: '13800138000' })
    expect(checked.ok && checked.contact.name).toBe('李小明同学哈')
    expect(
      nameFieldMessage('名字', '李\u200b小\u200b明\u200b同\u200b学\u200b哈\u200b哈\u200b哈\u200b哈')
    ).toBe('名字最多写8个字，现在是9个字，请删掉1个。')
  })

  test('a family emoji saved by the form is read back whole', () => {
    const checked = checkContactForm({ relation: '', name: `${family}我的宝贝`, number: '13800138000' })
    if (!checked.ok) throw new Error(checked.message)
    expect(parseSavedContact(serializeContact(checked.contact))).toEqual(checked.contact)
  })

  test('a name saved with its invisible characters by an older version is read without them, not dropped', () => {
    const raw = JSON.stringify({
      v: 1,
      relation: '儿\u200b子',
      name: '\u202d小明\u202c',
      dial: '13800138000'
    })
    expect(parseSavedContact(raw)).toMatchObject({ relation: '儿子', name: '小明' })
  })
})

test('a wrong number is refused on the number field with its message', () => {
  expect(checkContactForm({ ...form, number: '1234567' })).toEqual({
    ok: false,
    field: 'number',
    message: '手机号是11位数字，请数一数是不是多了或少了。'
  })
})

test.each([
  ['missing', ''],
  ['not JSON', '{broken'],
  ['a number', 42],
  ['an object, not a string', { v: 1, relation: '儿子', name: '', dial: '13800138000' }],
  ['JSON null', 'null'],
  ['another version', JSON.stringify({ v: 2, relation: '儿子', name: '', dial: '13800138000' })],
  ['no number', JSON.stringify({ v: 1, relation: '儿子', name: '' })],
  [
    'an older shape with the number as typed',
    JSON.stringify({ v: 1, relation: '儿子', name: '', number: '13800138000' })
  ],
  [
    'a mobile with an extension',
    JSON.stringify({ v: 1, relation: '儿子', name: '', dial: '13800138000', ext: '1' })
  ],
  [
    'an extension that is not digits',
    JSON.stringify({ v: 1, relation: '儿子', name: '', dial: '03512345678', ext: '1a' })
  ],
  [
    'digits with a country code',
    JSON.stringify({ v: 1, relation: '儿子', name: '', dial: '+8613800138000' })
  ],
  ['a bad number', JSON.stringify({ v: 1, relation: '儿子', name: '', dial: '12345' })],
  ['a name that is not a string', JSON.stringify({ v: 1, relation: 7, name: '', dial: '13800138000' })],
  // Far longer than eight characters of any kind (the form saves eight at most).
  ['a name too long', JSON.stringify({ v: 1, relation: '儿子'.repeat(65), name: '', dial: '13800138000' })],
  ['a name with a digit', JSON.stringify({ v: 1, relation: '儿子1', name: '', dial: '13800138000' })],
  [
    'a name with a space at its end',
    JSON.stringify({ v: 1, relation: '儿子 ', name: '', dial: '13800138000' })
  ],
  ['a line break in a name', JSON.stringify({ v: 1, relation: '<b>\n儿子', name: '', dial: '13800138000' })]
])('a saved value that is %s is dropped', (_, raw) => {
  expect(parseSavedContact(raw)).toBeNull()
})

test('canonical digits are read as the same number the form check gives', () => {
  for (const typed of ['138 0013 8000', '0351-2345678', '010 62345678 转 9']) {
    const checked = checkContactForm({ relation: '', name: '', number: typed })
    if (!checked.ok) throw new Error(checked.message)
    const { dial, extension } = checked.contact.number
    expect(phoneFromDigits(dial, extension)).toEqual(checked.contact.number)
  }
  expect(phoneFromDigits('01012345678')).toBeNull()
  expect(phoneFromDigits('0151234567')).toBeNull()
})
