import { brochure } from '@/data'
import { ContentError } from '@/data/validation'
import { validateHelpSteps } from '@/data/contentChecks'
import { helpSteps, isFromBrochure } from '@/data/help'
import shipped from '@/data/help.json'

/** Every string of the brochure, for checking that a quote is really its words. */
function brochureStrings(x: unknown): string[] {
  if (typeof x === 'string') return [x]
  if (Array.isArray(x)) return x.flatMap(brochureStrings)
  if (typeof x === 'object' && x !== null) return Object.values(x).flatMap(brochureStrings)
  return []
}

const copy = (): Record<string, unknown>[] => JSON.parse(JSON.stringify(shipped))

function errorOf(raw: unknown): ContentError {
  try {
    validateHelpSteps(raw, 'help.json')
  } catch (error) {
    if (error instanceof ContentError) return error
    throw error
  }
  throw new Error('validateHelpSteps accepted broken data')
}

describe('shipped help steps', () => {
  test('pass validation, seven steps in the order a person takes them', () => {
    expect(validateHelpSteps(copy())).toHaveLength(7)
    expect(helpSteps.map((s) => s.id)).toEqual([
      'call-110',
      'stop-paying',
      'secure-accounts',
      'keep-evidence',
      'report-in-app',
      'answer-96110',
      'no-recovery-offers'
    ])
  })

  test('securing one’s own accounts: freeze the card, change passwords, remove screen-sharing apps', () => {
    const secure = helpSteps.find((s) => s.id === 'secure-accounts')!
    for (const words of ['冻结银行卡', '密码', '屏幕共享', '远程控制', '卸载'])
      expect(secure.text).toContain(words)
    expect(helpSteps.find((s) => s.id === 'report-in-app')!.text).toContain('国家反诈中心')
  })

  test('a step not from the brochure names its public source with a web address', () => {
    const guidance = helpSteps.filter((s) => !isFromBrochure(s))
    expect(guidance.length).toBeGreaterThanOrEqual(4)
    for (const step of guidance) {
      expect(step.sourceUrls?.length).toBeGreaterThan(0)
      expect(step.source).not.toBe('公安机关通用提示')
    }
    const noUrl = copy()
    delete noUrl[2].sourceUrls
    expect(errorOf(noUrl).message).toContain('sourceUrls')
  })

  test('every quote is the brochure word for word, and only brochure-backed steps quote it', () => {
    const paragraphs = brochureStrings(brochure)
    for (const step of helpSteps) {
      if (step.quotes) {
        expect(step.source.startsWith('宣传手册')).toBe(true)
        for (const quote of step.quotes) {
          expect(paragraphs.some((p) => p.includes(quote))).toBe(true)
        }
      } else {
        expect(isFromBrochure(step)).toBe(false)
      }
    }
  })

  test('the steps carry the brochure fragments they are built on', () => {
    const quotes = (id: string) => helpSteps.find((s) => s.id === id)?.quotes ?? []
    expect(quotes('call-110')).toEqual(['一旦发现被骗，及时拨打110报警。'])
    expect(quotes('stop-paying')).toEqual(
      expect.arrayContaining(['需要再充值3倍的金额才解冻', '以必须办理保险为由继续施骗'])
    )
    expect(quotes('stop-paying').some((q) => q.includes('改卡费'))).toBe(true)
    expect(quotes('answer-96110')).toEqual([brochure.hotline.description])
  })

  test('is frozen, so no page can change it', () => {
    expect(Object.isFrozen(helpSteps)).toBe(true)
    expect(Object.isFrozen(helpSteps[0])).toBe(true)
  })
})

describe('validateHelpSteps rejects broken data naming file, record and field', () => {
  test.each<[string, () => unknown, string, string]>([
    ['not an array', () => ({ steps: copy() }), '(root)', '(root)'],
    ['an empty array', () => [], '(root)', '(root)'],
    ['a record that is not an object', () => [copy()[0], 'step'], '[1]', '(root)'],
    [
      'a missing id',
      () => {
        const steps = copy()
        delete steps[2].id
        return steps
      },
      '[2]',
      'id'
    ],
    [
      'a duplicate id',
      () => {
        const steps = copy()
        steps[3].id = 'call-110'
        return steps
      },
      '[3] (call-110)',
      'id'
    ],
    [
      'a missing title',
      () => {
        const steps = copy()
        delete steps[1].title
        return steps
      },
      '[1] (stop-paying)',
      'title'
    ],
    [
      'a blank text',
      () => {
        const steps = copy()
        steps[0].text = '   '
        return steps
      },
      '[0] (call-110)',
      'text'
    ],
    [
      'a missing source',
      () => {
        const steps = copy()
        delete steps[4].source
        return steps
      },
      '[4] (report-in-app)',
      'source'
    ],
    [
      'a misspelt field',
      () => {
        const steps = copy()
        steps[2].sorce = '公安机关通用提示'
        return steps
      },
      '[2] (secure-accounts)',
      'sorce'
    ],
    [
      'quotes that are not a list of strings',
      () => {
        const steps = copy()
        steps[1].quotes = ['需要再充值3倍的金额才解冻', '']
        return steps
      },
      '[1] (stop-paying)',
      'quotes'
    ],
    [
      'an empty quotes list',
      () => {
        const steps = copy()
        steps[0].quotes = []
        return steps
      },
      '[0] (call-110)',
      'quotes'
    ]
  ])('%s', (_label, broken, record, field) => {
    const error = errorOf(broken())
    expect(error.file).toBe('help.json')
    expect(error.record).toBe(record)
    expect(error.field).toBe(field)
    expect(error.message).toContain(`help.json: ${record}: field "${field}"`)
  })
})
