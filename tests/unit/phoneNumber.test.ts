import { checkPhoneNumber, toHalfWidth } from '@/domain/phoneNumber'

const accepted = (raw: string) => {
  const result = checkPhoneNumber(raw)
  if (!result.ok) throw new Error(`${raw} refused: ${result.message}`)
  return result.number
}
const problem = (raw: unknown) => {
  const result = checkPhoneNumber(raw)
  return result.ok ? 'accepted' : result.problem
}

describe('mobile numbers', () => {
  test.each([
    ['13800138000', '13800138000'],
    ['138 0013 8000', '13800138000'],
    ['138-0013-8000', '13800138000'],
    ['+86 138 0013 8000', '13800138000'],
    ['+8613800138000', '13800138000'],
    ['0086 13800138000', '13800138000'],
    ['１３８００１３８０００', '13800138000'],
    ['＋８６　１９９－２３４５－６７８９', '19923456789'],
    ['  15923456789  ', '15923456789']
  ])('%s dials %s', (raw, dial) => {
    const number = accepted(raw)
    expect(number).toEqual({
      kind: 'mobile',
      dial,
      display: `${dial.slice(0, 3)} ${dial.slice(3, 7)} ${dial.slice(7)}`
    })
  })

  test('a wrong length, a 12 prefix or an extension on a mobile are refused with plain words', () => {
    expect(checkPhoneNumber('1380013800')).toEqual({
      ok: false,
      problem: 'mobile-length',
      message: '手机号是11位数字，请数一数是不是多了或少了。'
    })
    expect(problem('138001380001')).toBe('mobile-length')
    expect(problem('12800138000')).toBe('mobile-prefix')
    expect(problem('11800138000')).toBe('mobile-prefix')
    expect(problem('13800138000转12')).toBe('mobile-extension')
  })
})

describe('landlines with an area code', () => {
  test.each([
    ['0351-2345678', '03512345678', '0351-2345678'],
    ['0351 7654321', '03517654321', '0351-7654321'],
    ['(0351)2345678', '03512345678', '0351-2345678'],
    ['（０３５１）２３４５６７８', '03512345678', '0351-2345678'],
    ['010-62345678', '01062345678', '010-62345678'],
    ['01087654321', '01087654321', '010-87654321'],
    ['021 6234 5678', '02162345678', '021-62345678'],
    ['0352—2345678', '03522345678', '0352-2345678'],
    ['+86 351 2345678', '03512345678', '0351-2345678']
  ])('%s dials %s and shows %s', (raw, dial, display) => {
    expect(accepted(raw)).toEqual({ kind: 'landline', dial, display })
  })

  test.each([
    ['0351-2345678-123', '03512345678', '123'],
    ['0351-2345678转123', '03512345678', '123'],
    ['0351 2345678 分机 8001', '03512345678', '8001'],
    ['010-62345678 ext. 66', '01062345678', '66'],
    ['010-62345678x66', '01062345678', '66'],
    ['0351-2345678#9', '03512345678', '9'],
    ['０３５１－２３４５６７８－１２３', '03512345678', '123']
  ])('%s dials %s and keeps extension %s apart', (raw, dial, extension) => {
    const number = accepted(raw)
    expect(number.kind).toBe('landline')
    expect(number.dial).toBe(dial)
    expect(number.extension).toBe(extension)
    expect(number.display).toBe(
      `${dial.slice(0, dial.startsWith('01') || dial.startsWith('02') ? 3 : 4)}-${dial.slice(dial.startsWith('01') || dial.startsWith('02') ? 3 : 4)} 转 ${extension}`
    )
  })

  test('without an area code, a too short or too long local part, or a local part from 0/1: refused', () => {
    expect(checkPhoneNumber('7654321')).toEqual({
      ok: false,
      problem: 'landline-needs-area-code',
      message: '座机号要带区号，比如 0351-2345678。'
    })
    expect(problem('0351-234567')).toBe('landline-length')
    expect(problem('0351-234567891')).toBe('landline-length')
    expect(problem('0351-0234567')).toBe('landline-local')
    expect(problem('0351-1234567')).toBe('landline-local')
    expect(problem('0151-2345678')).toBe('landline-needs-area-code')
  })
})

describe('everything else', () => {
  test.each([
    ['', 'empty'],
    ['   ', 'empty'],
    [undefined, 'empty'],
    [13800138000, 'empty'],
    ['138abc00138', 'bad-characters'],
    ['+1 415 555 0100', 'bad-characters'],
    ['138+0013', 'bad-characters'],
    ['110', 'hotline'],
    ['96110', 'hotline'],
    ['９６１１０', 'hotline'],
    // Round 42's trial: 120 and 10086 were told 手机号是11位数字, 95588 座机号要带区号.
    ['120', 'service-number'],
    ['119', 'service-number'],
    ['10086', 'service-number'],
    ['12345', 'service-number'],
    ['95588', 'service-number'],
    ['400-820-8820', 'service-number']
  ])('%p is refused as %s', (raw, expected) => {
    expect(problem(raw)).toBe(expected)
  })

  // Round 60's tester: 123 typed as a relative's number was told it is an emergency, public-service or customer-service
  // number; it is only too short to be any phone number.
  test.each([
    '123',
    '100',
    '111',
    '999',
    '1',
    '12',
    '1234',
    '1380',
    '13800',
    '138001',
    '０３５１',
    '010-123',
    '9558',
    '+86 123',
    '9558800000000',
    '4008208820123',
    '351234567890123'
  ])('%p has the wrong number of digits, and is told so plainly', (raw) => {
    expect(checkPhoneNumber(raw)).toEqual({
      ok: false,
      problem: 'wrong-length',
      message: '号码位数不对，请检查一下：手机号是11位数字，座机号是区号加7位或8位。'
    })
  })

  test.each([
    '112',
    '114',
    '117',
    '119',
    '120',
    '121',
    '122',
    '10000',
    '10010',
    '10086',
    '11185',
    '12306',
    '12315',
    '12345',
    '12110',
    '95533',
    '95588',
    '962288',
    '95105888',
    '４００－８２０－８８２０',
    '800-810-8888',
    '+86 120'
  ])('%p is a real service number, and keeps its message', (raw) => {
    expect(checkPhoneNumber(raw)).toEqual({
      ok: false,
      problem: 'service-number',
      message: '这是急救、公共服务或客服的号码，不是家人的号码。请填家人自己的手机号或座机号。'
    })
  })

  test('too long with a mobile’s 1 or an area code’s 0 keeps the words for that kind of number', () => {
    expect(problem('1380013800012')).toBe('mobile-length')
    expect(problem('0351-23456789012')).toBe('landline-length')
    // 7 to 12 digits without a 0: a landline whose area code was left off, as before.
    expect(problem('3512345678')).toBe('landline-needs-area-code')
  })

  test('a number copied with invisible direction marks or zero-width spaces is read as shown', () => {
    expect(checkPhoneNumber('\u202D138 1234 5678\u202C')).toEqual(checkPhoneNumber('138 1234 5678'))
    expect(checkPhoneNumber('138\u200B1234\u200B5678')).toEqual(checkPhoneNumber('13812345678'))
    expect(checkPhoneNumber('138 1234 5678').ok).toBe(true)
  })

  test('full-width digits, signs and dashes become ASCII', () => {
    expect(toHalfWidth('０１２３４５６７８９＋（）－—　')).toBe('0123456789+()-- ')
  })
})
