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
  // Named in Chinese: the FBI's English title was the only English an elder met in the app (a new user's trial).
  const label = sourceLabel(SAFE_WORD_PRACTICE.source, brochure)
  expect(label).toBe('法治日报（宁海发布转载，2024年1月7日）《小心与你视频的TA！》')
  expect(label).not.toMatch(/[a-z]{3,}/i)
  expect(SAFE_WORD_PRACTICE.text).toContain('暗号只记在心里')
})

test('saved ticks keep only known rules, in list order; damaged values give none', () => {
  expect(parseSavedPact(serializePact(['report', 'codes', 'made-up']))).toEqual(['codes', 'report'])
  expect(parseSavedPact('["codes","nope",3]')).toEqual(['codes'])
  for (const raw of ['', '{', '{"codes":true}', 42, null, ['codes']]) expect(parseSavedPact(raw)).toEqual([])
})
