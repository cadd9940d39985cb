import { MAX_NAME_CHARS, phoneFromDigits, type PhoneNumber, type TrustedContact } from './trustedContact'
import { isInvisibleCode } from './textFold'
import { visibleCharacters } from './graphemes'

/**
 * Chinese phone numbers as a person types them: a mobile (1[3-9] and nine more digits, optionally after +86 or
 * 0086) or a landline with its area code (3 digits for 010 and 02x, 4 digits for the others, then 7 or 8 digits
 * that never start with 0 or 1), optionally with an extension. Full-width digits, spaces, dashes and brackets
 * are accepted. Numbering facts: the national numbering plan (MIIT 电信网码号资源), as printed on any phone bill.
 * Loaded only by the form's subpackage; the saved number is re-checked by trustedContact.phoneFromDigits.
 */

export type { PhoneNumber }

/** Why a number was refused; `message` is written for the person who typed it. */
export type PhoneProblem =
  | 'empty'
  | 'bad-characters'
  | 'mobile-length'
  | 'mobile-prefix'
  | 'mobile-extension'
  | 'landline-needs-area-code'
  | 'landline-length'
  | 'landline-local'
  | 'service-number'
  | 'hotline'
  | 'wrong-length'

export type PhoneCheck =
  { ok: true; number: PhoneNumber } | { ok: false; problem: PhoneProblem; message: string }

const MESSAGES: Record<PhoneProblem, string> = {
  empty: '请填写号码。',
  'bad-characters': '号码里只能有数字（可以带空格或短横线）。请再看一下。',
  'mobile-length': '手机号是11位数字，请数一数是不是多了或少了。',
  'mobile-prefix': '手机号以13到19开头，这个号码不像手机号，请再核对一下。',
  'mobile-extension': '手机号没有分机号，请只填11位手机号。',
  'landline-needs-area-code': '座机号要带区号，比如 0351-2345678。',
  'landline-length': '区号后面应是7位或8位号码，请再核对一下。',
  'landline-local': '区号后面的号码不会以0或1开头，请再核对一下。',
  hotline: '这是报警或反诈专线，页面上已经有了。请填家人自己的号码。',
  'service-number': '这是急救、公共服务或客服的号码，不是家人的号码。请填家人自己的手机号或座机号。',
  'wrong-length': '号码位数不对，请检查一下：手机号是11位数字，座机号是区号加7位或8位。'
}

/**
 * Short numbers that are services, not people, as the numbering plan gives them: the three-digit emergency and public
 * lines (112, 114, 117, 119, 120, 121, 122; 110 is a hotline of its own), the five-digit lines of the carriers and of
 * public services (10000, 10086, 11185, 12306, 12315, 12345…: 10xxx, 11xxx, 12xxx), the 95 and 96 service lines of 5
 * to 8 digits (95588, 95533, 962288), and the ten-digit 400 and 800 lines. Round 42's trial: 120 and 10086 got
 * "手机号是11位数字". Round 60's: 123 was called such a number, while it is only too short to be any phone number.
 */
const SERVICE_NUMBER = /^(1(1[2479]|2[012])|1[0-2]\d{3}|9[56]\d{3,6}|[48]00\d{7})$/

/** Fewer digits than the shortest phone number (a local number of 7 digits, without its area code). */
const MIN_DIGITS = 7

/** More digits than the longest phone number: a 4-digit area code and an 8-digit local number. */
const MAX_DIGITS = 12

/**
 * Full-width digits and signs, the ideographic space and the many dash characters, as plain ASCII; characters that
 * show nothing (isInvisibleCode) dropped.
 */
export function toHalfWidth(raw: string): string {
  return raw
    .replace(/[\s\S]/g, (c) => (isInvisibleCode(c.charCodeAt(0)) ? '' : c))
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\u2010-\u2015\u2212\u30FC\uFE63]/g, '-')
    .replace(/[\s\u3000\u00A0]/g, ' ')
}

/**
 * Checks what a person typed. Never throws: anything that is not a Chinese mobile or landline number comes back
 * as a problem with a plain-words message.
 */
export function checkPhoneNumber(raw: unknown): PhoneCheck {
  if (typeof raw !== 'string' || raw.trim() === '') return refuse('empty')
  const text = toHalfWidth(raw).trim().replace(/[()]/g, ' ')
  // An extension follows 转, 分机, ext, x, # or a comma; or a third dash-separated group after an area code.
  const marked = /^(.*?)(?:转|分机|ext\.?|x|#|,|，)\s*(\d{1,6})$/i.exec(text)
  let main = marked ? marked[1].trimEnd() : text
  let extension = marked ? marked[2] : undefined
  const grouped = !marked && /^(0\d{2,3})[\s-]+(\d{3,4}[\s-]?\d{3,4})-(\d{1,6})$/.exec(main)
  if (grouped) {
    main = `${grouped[1]}${grouped[2]}`
    extension = grouped[3]
  }
  const compact = main.replace(/[\s-]/g, '')
  if (!/^\+?\d+$/.test(compact)) return refuse('bad-characters')

  let digits = compact
  const international = /^(\+86|0086)/.exec(digits)
  if (international) {
    digits = digits.slice(international[0].length)
    // Abroad a landline drops the 0 of its area code: +86 351 1234567.
    if (!digits.startsWith('1') && !digits.startsWith('0')) digits = `0${digits}`
  } else if (digits.startsWith('+')) {
    return refuse('bad-characters')
  }
  if (digits === '110' || digits === '96110') return refuse('hotline')
  if (SERVICE_NUMBER.test(digits)) return refuse('service-number')
  // Too short to be any phone number (123, 1380), or too long for one with nothing to say which kind it was meant to be
  // (a mobile's 1 or an area code's 0 have their own words below): the length is what is wrong, said plainly.
  if (digits.length < MIN_DIGITS || (digits.length > MAX_DIGITS && !/^[01]/.test(digits)))
    return refuse('wrong-length')

  if (digits.startsWith('1')) {
    if (extension) return refuse('mobile-extension')
    if (digits.length !== 11) return refuse('mobile-length')
    if (!/^1[3-9]/.test(digits)) return refuse('mobile-prefix')
    return accept(digits)
  }
  if (!digits.startsWith('0')) return refuse('landline-needs-area-code')
  const areaLength = /^0(10|2\d)/.test(digits) ? 3 : 4
  const area = digits.slice(0, areaLength)
  const local = digits.slice(areaLength)
  if (areaLength === 4 && !/^0[3-9]\d\d$/.test(area)) return refuse('landline-needs-area-code')
  if (local.length < 7 || local.length > 8) return refuse('landline-length')
  if (!/^[2-9]/.test(local)) return refuse('landline-local')
  return accept(digits, extension)
}

function accept(dial: string, extension?: string): PhoneCheck {
  // The checks above already hold; phoneFromDigits formats the number the same way it is read back.
  const number = phoneFromDigits(dial, extension)
  return number ? { ok: true, number } : refuse('bad-characters')
}

function refuse(problem: PhoneProblem): PhoneCheck {
  return { ok: false, problem, message: MESSAGES[problem] }
}

/**
 * The characters of 称呼 or 名字 as typed and as a person sees them (visibleCharacters: "👨‍👩‍👧" is one, a zero-width
 * space none), without control characters, digits (a number belongs in its own field) or surrounding spaces, a run of
 * them inside counting as one space: what the length limit counts, and what is saved.
 */
export function nameCharacters(raw: string): string[] {
  const seen = visibleCharacters(raw).join('')
  // eslint-disable-next-line no-control-regex
  return visibleCharacters(seen.replace(/[\u0000-\u001F\u007F\s\d０-９]+/g, ' ').trim())
}

/** 称呼 and 名字 as saved (nameCharacters), at most MAX_NAME_CHARS of them; trustedContact reads them back. */
export function cleanName(raw: unknown): string {
  if (typeof raw !== 'string') return ''
  return nameCharacters(raw).slice(0, MAX_NAME_CHARS).join('').trim()
}

export type ContactCheck =
  | { ok: true; contact: TrustedContact }
  | { ok: false; field: 'relation' | 'name' | 'number'; message: string }

/** A digit, as a phone keyboard types it or full width: a number typed into 称呼 or 名字. */
const DIGIT = /[0-9０-９]/

/**
 * What is wrong with what is typed into 称呼 or 名字 (`label`), said under the field as it is typed, or null: a digit
 * (cleanName would drop it without a word: round 56's trial typed "0755-8888 6666" into 称呼 and saved 先打给 - 小明), or
 * more than MAX_NAME_CHARS characters (the field used to cut a typed 13800138000 to 13800138, silently: round 56's
 * fresh tester). The fields take all that is typed; nothing is cut, it is said.
 */
export function nameFieldMessage(label: '称呼' | '名字', typed: string): string | null {
  if (DIGIT.test(typed)) return `${label}里不能写数字。电话号码请填在下面的「电话号码」里。`
  const length = nameCharacters(typed).length
  if (length > MAX_NAME_CHARS)
    return `${label}最多写${MAX_NAME_CHARS}个字，现在是${length}个字，请删掉${length - MAX_NAME_CHARS}个。`
  return null
}

/**
 * Checks the form, top to bottom: 称呼 and 名字 are optional and cleaned, but hold no digits and are not too long
 * (nameFieldMessage); the number must be a Chinese mobile or landline.
 */
export function checkContactForm(form: { relation: string; name: string; number: string }): ContactCheck {
  for (const [field, label] of [
    ['relation', '称呼'],
    ['name', '名字']
  ] as const) {
    const message = nameFieldMessage(label, form[field])
    if (message) return { ok: false, field, message }
  }
  const number = checkPhoneNumber(form.number)
  if (!number.ok) return { ok: false, field: 'number', message: number.message }
  return {
    ok: true,
    contact: { relation: cleanName(form.relation), name: cleanName(form.name), number: number.number }
  }
}
