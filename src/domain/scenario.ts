/**
 * Playing a 情景演练 scenario: where a list of choices leads, how it scores against the four rules, and the
 * choice points as review questions. Pure: the scenario comes in as an argument.
 */
import { RULE_IDS } from '@/data/ids'
import type { BrochureContent, QuizQuestion, RuleId } from '#types/content'
import type { ChoicePoint, Scenario, ScenarioEnding, ScenarioRecord, ScenarioStep } from '#types/learning'

/** Where a risky choice goes when the story has run its full course (the case's real outcome). */
const OUTCOME = 'outcome'

/** One decision taken, with what it meant. */
export interface PlayedStep {
  point: ChoicePoint
  choice: number
  safe: boolean
}

/** The story so far: the decisions taken, then either the next point to decide or how it ended. */
export interface PlayState {
  steps: PlayedStep[]
  /** The point waiting for a decision; null once the story has ended. */
  current: ChoicePoint | null
  ending: ScenarioEnding | null
}

/**
 * Replays `choices` from the start. A step that does not fit (an unknown point, a choice out of range, a step
 * after the end) stops the replay there, so stale or damaged input gives the longest valid story, never an error.
 */
export function playScenario(scenario: Scenario, choices: readonly ScenarioStep[]): PlayState {
  const byId = new Map(scenario.points.map((p) => [p.id, p] as const))
  const steps: PlayedStep[] = []
  let current = byId.get(scenario.start) ?? null
  let ending: ScenarioEnding | null = null
  for (const step of choices) {
    if (!current || step.pointId !== current.id) break
    const choice = current.choices[step.choice]
    if (!Number.isInteger(step.choice) || !choice) break
    steps.push({ point: current, choice: step.choice, safe: choice.safe })
    if (choice.safe) {
      ending = 'safe'
      current = null
    } else if (choice.next === OUTCOME) {
      ending = 'outcome'
      current = null
    } else {
      current = byId.get(choice.next ?? '') ?? null
      // A risky choice naming no point cannot happen in validated content; end on the real outcome if it does.
      if (!current) ending = 'outcome'
    }
  }
  return { steps, current, ending }
}

/** Per rule [correct, asked], in RULE_IDS order: a safe choice is a right answer to its point's rule. */
export function tallySteps(steps: readonly PlayedStep[]): [number, number][] {
  return RULE_IDS.map((rule) => {
    const onRule = steps.filter((s) => s.point.rule === rule)
    return [onRule.filter((s) => s.safe).length, onRule.length]
  })
}

/** What is remembered of a finished play; null while the story has not ended. */
export function scenarioRecord(state: PlayState, now: number): ScenarioRecord | null {
  if (!state.ending) return null
  return { at: now, ending: state.ending, tally: tallySteps(state.steps) }
}

/** The review question id of a choice point: "scn:<scenario id>:<point id>". */
export function reviewId(scenario: Scenario, point: ChoicePoint): string {
  return `scn:${scenario.id}:${point.id}`
}

/** The ids of the points where a risky choice was taken: they go into the spaced review. */
export function missedReviewIds(scenario: Scenario, steps: readonly PlayedStep[]): string[] {
  return steps.filter((s) => !s.safe).map((s) => reviewId(scenario, s.point))
}

/** e.g. "不转账" */
function ruleName(content: BrochureContent, rule: RuleId): string {
  return content.rules.find((r) => r.id === rule)?.name ?? rule
}

/**
 * A choice point as a quiz question, so the spaced review shows it on the quiz page with the same feedback:
 * the prompt is the story's last line and the question, the answer the (first) safe choice, the explanation the
 * red flag, its rule and its source.
 */
export function pointAsQuestion(
  scenario: Scenario,
  point: ChoicePoint,
  content: BrochureContent
): QuizQuestion {
  const last = point.lines[point.lines.length - 1]
  return {
    id: reviewId(scenario, point),
    kind: 'single',
    prompt:
      `情景演练「${scenario.title}」：${last.speaker === 'scammer' ? '对方说：' : ''}${last.text}。${point.question}`
        .replace('。。', '。')
        .replace(/([。！？…])。/, '$1'),
    options: point.choices.map((c) => c.label),
    answer: point.choices.findIndex((c) => c.safe),
    explanation: `${point.redFlag}。记住「${ruleName(content, point.rule)}」。（出自${point.source}）`,
    rule: point.rule,
    category: scenario.id
  }
}

/** Every choice point of every scenario as a review question. */
export function scenarioQuestions(all: readonly Scenario[], content: BrochureContent): QuizQuestion[] {
  return all.flatMap((s) => s.points.map((p) => pointAsQuestion(s, p, content)))
}

/** A real-case ending longer than this (characters) is shown in short paragraphs (outcomeParts). */
export const LONG_OUTCOME_CHARS = 100
/** About how long each of those short paragraphs is: two or three of the case's own clauses. */
const OUTCOME_PART_CHARS = 36

/**
 * A real-case ending as it is shown: a part of the brochure's text up to LONG_OUTCOME_CHARS as it is; a longer one cut
 * after its own commas and full stops into short paragraphs of whole clauses, each up to about OUTCOME_PART_CHARS, which
 * join back to the brochure's words exactly. The 冒充领导 case is one run-on sentence of 168 characters: 27 lines at
 * font ×2 on a 320 px phone, a wall an elder loses the thread in (round 66's tester); in paragraphs of two or three
 * clauses the steps of the trick stand apart.
 */
export function outcomeParts(text: string): string[] {
  if (text.length <= LONG_OUTCOME_CHARS) return [text]
  const clauses = text.match(/[^，。！？；]+[，。！？；”」]*/g) ?? [text]
  const parts: string[] = []
  for (const clause of clauses) {
    const last = parts.length - 1
    if (last >= 0 && parts[last].length + clause.length <= OUTCOME_PART_CHARS) parts[last] += clause
    else parts.push(clause)
  }
  return parts
}
