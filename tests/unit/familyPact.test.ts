import { brochure } from '@/data'
import { PACT_RULES, SAFE_WORD_PRACTICE, parseSavedPact, serializePact } from '@/domain/familyPact'
import { sourceLabel } from '@/domain/familySource'
import { sourceText } from './support'

test('the pact carries the rules the issue asks for', () => {
  const texts = PACT_RULES.map((r) => r.text)
  expect(texts).toEqual(
    expect.arrayContaining([
      '任何人让转账，先打电话给家人核实。',
      '验证码不告诉任何人。',
      '不给陌生人共享屏幕，不装陌生人让装的软件。',
      '接到自称公检法的电话，挂断后打110核实。'
    ])
  )
  expect(new Set(PACT_RULES.map((r) => r.id)).size).toBe(PACT_RULES.length)
})

test.each(PACT_RULES.map((r) => [r.text, r] as const))(
  '「%s」 quotes its brochure source verbatim',
  (_, rule) => {
    expect(sourceText(rule.source, brochure)).toContain(rule.source.quote)
    expect(sourceLabel(rule.source, brochure)).toMatch(/^宣传手册「.+」/)
  }
)

test('the safe word is a practice from named public guidance, and the app holds no word of its own', () => {
  expect(SAFE_WORD_PRACTICE.source.kind).toBe('public')
  expect(sourceLabel(SAFE_WORD_PRACTICE.source, brochure)).toBe(
    '美国联邦调查局（FBI）公共服务公告 I-120324-PSA，2024年12月3日《Criminals Use Generative Artificial Intelligence to Facilitate Financial Fraud》'
  )
  expect(SAFE_WORD_PRACTICE.text).toContain('暗号只记在心里')
})

test('saved ticks keep only known rules, in list order; damaged values give none', () => {
  expect(parseSavedPact(serializePact(['report', 'codes', 'made-up']))).toEqual(['codes', 'report'])
  expect(parseSavedPact('["codes","nope",3]')).toEqual(['codes'])
  for (const raw of ['', '{', '{"codes":true}', 42, null, ['codes']]) expect(parseSavedPact(raw)).toEqual([])
})
