import { CATEGORY_IDS, RULE_IDS } from '@/data/ids'
import type { Scenario, ScenarioStep } from '#types/learning'
import rawScenarios from '../../src/data/scenarios.json'
import rawDrills from '../../src/data/drills.json'
import { brochure } from '../../src/data'
import { scenarios } from '../../src/data/scenario'
import { OUTCOME, validateScenarios } from '../../src/data/scenarioChecks'
import { drills } from '../../src/data/drill'
import { validateDrills } from '../../src/data/drillChecks'
import {
  LONG_OUTCOME_CHARS,
  outcomeParts,
  missedReviewIds,
  playScenario,
  pointAsQuestion,
  scenarioRecord,
  tallySteps
} from '../../src/domain/scenario'
import { contentError } from './support'

/** A fresh, editable copy of the real file, to break one thing at a time. */
function copy(): Scenario[] {
  return JSON.parse(JSON.stringify(rawScenarios)) as Scenario[]
}

/** Every path of choices through a scenario, each as the steps taken. */
function allPaths(s: Scenario): ScenarioStep[][] {
  const out: ScenarioStep[][] = []
  const walk = (pointId: string, taken: ScenarioStep[]) => {
    const point = s.points.find((p) => p.id === pointId)!
    point.choices.forEach((choice, i) => {
      const steps = [...taken, { pointId, choice: i }]
      if (choice.safe || choice.next === OUTCOME) out.push(steps)
      else walk(choice.next!, steps)
    })
  }
  walk(s.start, [])
  return out
}

describe('scenario content', () => {
  it('has one valid scenario per brochure case, in brochure order', () => {
    expect(() => validateScenarios(rawScenarios)).not.toThrow()
    expect(scenarios.map((s) => s.id)).toEqual([...CATEGORY_IDS])
  })

  it.each(CATEGORY_IDS)(
    '%s: 3–5 choice points, every path ends, the real outcome and a safe ending are reachable',
    (id) => {
      const s = scenarios.find((x) => x.id === id)!
      expect(s.points.length).toBeGreaterThanOrEqual(3)
      expect(s.points.length).toBeLessThanOrEqual(5)
      const endings = allPaths(s).map((steps) => playScenario(s, steps))
      // Every path reaches an ending: no dead end where the story stops with nothing to choose.
      expect(endings.every((e) => e.ending !== null && e.current === null)).toBe(true)
      expect(endings.some((e) => e.ending === 'outcome')).toBe(true)
      // Every point offers a safe way out, and every point is met on some path.
      const met = new Set(endings.flatMap((e) => e.steps.map((step) => step.point.id)))
      expect([...met].sort()).toEqual(s.points.map((p) => p.id).sort())
    }
  )

  it('quotes the real outcome and every "from the case" line verbatim from the brochure case', () => {
    for (const s of scenarios) {
      const text = brochure.categories.find((c) => c.id === s.id)!.case.join('')
      s.outcome.forEach((part) => expect(text).toContain(part))
      s.points
        .flatMap((p) => p.lines.filter((l) => l.fromCase))
        .forEach((l) => expect(text).toContain(l.text))
    }
  })

  it('states each loss amount of the brochure in the real outcome', () => {
    const amounts: Record<string, string> = {
      'pig-butchering': '70余万元',
      'fake-credit': '近4万元',
      'fake-investment': '68万余元',
      'impersonating-officials': '37.3万元',
      'fake-shopping': '1100元',
      'order-brushing': '108万元',
      'fake-customer-service': '25万',
      'impersonating-leaders': '85万',
      'game-trading': '2100元',
      'online-loan': '27万余元'
    }
    scenarios.forEach((s) => expect(s.outcome.join('')).toContain(amounts[s.id]))
  })

  it('practises every rule somewhere', () => {
    const rules = new Set(scenarios.flatMap((s) => s.points.map((p) => p.rule)))
    expect([...rules].sort()).toEqual([...RULE_IDS].sort())
  })
})

describe('scenario validation rejects broken graphs and unfaithful text', () => {
  it('a choice leading nowhere', () => {
    const data = copy()
    data[0].points[0].choices[1].next = 'p9'
    expect(contentError(() => validateScenarios(data)).field).toBe('next')
  })

  it('a cycle', () => {
    const data = copy()
    data[0].points[1].choices[1].next = 'p1'
    expect(contentError(() => validateScenarios(data)).message).toMatch(/cycle/)
  })

  it('a point nobody can reach', () => {
    const data = copy()
    data[0].points[0].choices[1].next = 'p3'
    expect(contentError(() => validateScenarios(data)).message).toMatch(/p2 cannot be reached/)
  })

  it('an outcome nobody can reach', () => {
    const data = copy()
    const last = data[0].points[data[0].points.length - 1]
    last.choices = last.choices.filter((c) => c.safe).concat({ label: '再等等', safe: false, next: 'p1' })
    expect(() => validateScenarios(data)).toThrow()
  })

  it('a point with no safe choice, or too few points', () => {
    const noSafe = copy()
    noSafe[1].points[0].choices[0].safe = false
    expect(contentError(() => validateScenarios(noSafe)).field).toMatch(/next|choices/)
    const short = copy()
    short[4].points = short[4].points.slice(0, 2)
    expect(contentError(() => validateScenarios(short)).field).toBe('points')
  })

  it('an outcome or a "from the case" line that is not the brochure\'s words', () => {
    const outcome = copy()
    outcome[0].outcome = ['最终被骗80余万元。']
    expect(contentError(() => validateScenarios(outcome)).field).toBe('outcome')
    const line = copy()
    line[3].points[1].lines[0].text = '你涉嫌洗钱，马上转账。'
    expect(contentError(() => validateScenarios(line)).field).toBe('text')
  })

  // Round 65's fresh tester: the real case's ending began "也承诺所有…", in a sentence's middle.
  it('an outcome that starts in the middle of a sentence of the case', () => {
    const data = copy()
    const id = data.findIndex((s) => s.id === 'fake-customer-service')
    data[id].outcome = [
      '也承诺所有有待商榷的款项25万验证后原路返回，可怜了等待多天的黄先生，直到报警时才发现所谓的客服早已消失……'
    ]
    expect(contentError(() => validateScenarios(data)).message).toMatch(
      /must start at a sentence of the case/
    )
  })

  it('a red flag source outside its own category and the four rules', () => {
    const data = copy()
    data[2].points[0].source = '「网络贷款诈骗」反诈提示'
    expect(contentError(() => validateScenarios(data)).field).toBe('source')
  })
})

describe('playing a scenario', () => {
  const s = scenarios[0]

  it('a safe first choice ends well, scored right on its rule', () => {
    const state = playScenario(s, [{ pointId: 'p1', choice: 0 }])
    expect(state.ending).toBe('safe')
    expect(tallySteps(state.steps)).toEqual([
      [1, 1],
      [0, 0],
      [0, 0],
      [0, 0]
    ])
    expect(missedReviewIds(s, state.steps)).toEqual([])
  })

  it('risky all the way reaches the real outcome, each point scored wrong and sent to review', () => {
    const steps = ['p1', 'p2', 'p3', 'p4'].map((pointId) => ({ pointId, choice: 1 }))
    const state = playScenario(s, steps)
    expect(state.ending).toBe('outcome')
    expect(scenarioRecord(state, 5)).toEqual({
      at: 5,
      ending: 'outcome',
      tally: [
        [0, 2],
        [0, 0],
        [0, 1],
        [0, 1]
      ]
    })
    expect(missedReviewIds(s, state.steps)).toEqual([
      'scn:pig-butchering:p1',
      'scn:pig-butchering:p2',
      'scn:pig-butchering:p3',
      'scn:pig-butchering:p4'
    ])
  })

  it('stale or damaged steps stop the replay where they stop fitting, never throw', () => {
    expect(playScenario(s, [{ pointId: 'p2', choice: 0 }]).current?.id).toBe('p1')
    expect(playScenario(s, [{ pointId: 'p1', choice: 7 }]).steps).toHaveLength(0)
    const afterEnd = playScenario(s, [
      { pointId: 'p1', choice: 0 },
      { pointId: 'p2', choice: 1 }
    ])
    expect(afterEnd.steps).toHaveLength(1)
    expect(scenarioRecord(playScenario(s, []), 1)).toBeNull()
  })

  it('a choice point reviews as a quiz question whose right answer is the safe choice', () => {
    const q = pointAsQuestion(s, s.points[2], brochure)
    expect(q.id).toBe('scn:pig-butchering:p3')
    expect(q.options[q.answer]).toBe('不再投钱，一分也不转')
    expect(q.explanation).toContain('不转账')
    expect(q.explanation).toMatch(/（出自「“杀猪盘” 诈骗」诈骗方式）$/)
  })
})

describe('帮家人把关 drills', () => {
  it('pass validation: at least 20, every category and every rule', () => {
    expect(() => validateDrills(rawDrills)).not.toThrow()
    expect(drills.length).toBeGreaterThanOrEqual(20)
    expect(new Set(drills.map((d) => d.category)).size).toBe(CATEGORY_IDS.length)
    expect(new Set(drills.map((d) => d.rule)).size).toBe(RULE_IDS.length)
  })

  it('reject an explanation without its brochure source, and a name instead of a family role', () => {
    const unsourced = JSON.parse(JSON.stringify(rawDrills))
    unsourced[0].explanation = '别信。'
    expect(contentError(() => validateDrills(unsourced)).field).toBe('explanation')
    const named = JSON.parse(JSON.stringify(rawDrills))
    named[0].relative = '王阿姨'
    expect(contentError(() => validateDrills(named)).field).toBe('relative')
  })

  it('put the right advice in different places, so position gives nothing away', () => {
    expect(new Set(drills.map((d) => d.answer)).size).toBeGreaterThanOrEqual(3)
  })
})

// Round 66's tester: the 冒充领导 case's ending, one run-on sentence, ran to 27 lines at font ×2 on a 320 px phone.
describe('outcomeParts: a long real-case ending in short paragraphs of its own clauses', () => {
  it('keeps the brochure’s words exactly, cut only after its own commas and full stops', () => {
    for (const scenario of scenarios)
      for (const part of scenario.outcome) {
        const parts = outcomeParts(part)
        expect(parts.join('')).toBe(part)
        for (const piece of parts.slice(0, -1)) expect(piece).toMatch(/[，。！？；][”」]*$/)
      }
  })

  it('cuts the 冒充领导 ending into paragraphs of a few clauses, and leaves a short ending whole', () => {
    const leaders = scenarios.find((s) => s.id === 'impersonating-leaders')!.outcome[0]
    const parts = outcomeParts(leaders)
    expect(parts.length).toBeGreaterThanOrEqual(5)
    for (const piece of parts) expect(piece.length).toBeLessThanOrEqual(40)
    expect(parts[0]).toBe('三四天后所谓的“书记”忽然与薛某联系，称朋友需资金周转，自己不便转账，')
    const short = scenarios.flatMap((s) => s.outcome).find((p) => p.length <= LONG_OUTCOME_CHARS)!
    expect(outcomeParts(short)).toEqual([short])
  })
})
