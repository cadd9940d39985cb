import { useEffect, useMemo, useRef } from 'react'
import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import ActionButton from '@/components/ActionButton'
import Heading from '@/components/Heading'
import HotlineCalls from '@/components/HotlineCalls'
import NotFound from '@/components/NotFound'
import PageLink from '@/components/PageLink'
import PageShell from '@/components/PageShell'
import RuleBars from '@/components/RuleBars'
import TipBox from '@/components/TipBox'
import { roleProps } from '@/components/a11y'
import NoOrphan from '@/components/NoOrphan'
import { brochure, findCategory, findRule } from '@/data'
import { findScenario, scenarios } from '@/data/scenario'
import { parseCategoryId } from '@/domain/links'
import { weakestOf } from '@/domain/progress'
import {
  missedReviewIds,
  outcomeParts,
  playScenario,
  reviewId,
  scenarioRecord,
  type PlayedStep
} from '@/domain/scenario'
import { openPage, setPageTitle } from '@/services/navigation'
import { revealElement } from '@/services/scroll'
import { useAppStore } from '@/store'
import { createLearningActions } from '@/store/learningActions'
import { EMPTY_SCENARIO, updateScenarioDraft, useDrafts } from '@/store/drafts'
import { RULE_IDS } from '@/data/ids'
import type { RuleId } from '#types/content'
import type { ChoicePoint, Scenario, ScenarioLine } from '#types/learning'
import './index.scss'

const { recordScenario } = createLearningActions(useAppStore)

/** 情景演练: without an id the list of scenarios (a rule's first when `rule` is given), with one the story. */
export default function ScenarioPage() {
  const params = useRouter()?.params ?? {}
  if (params.id === undefined) {
    const rule = parseRule(params.rule)
    return <ScenarioList rule={rule} unknownRule={params.rule !== undefined && rule === null} />
  }
  const id = parseCategoryId(params.id)
  const scenario = id ? findScenario(id) : undefined
  if (!scenario) {
    return (
      <PageShell withHomeLinks={false}>
        <NotFound subject='这个情景演练' />
        <PageLink className='fs-scenario__link' to='scenario' text='看看全部情景演练' replace />
      </PageShell>
    )
  }
  return <ScenarioPlay key={scenario.id} scenario={scenario} />
}

function parseRule(raw: unknown): RuleId | null {
  return (RULE_IDS as readonly unknown[]).includes(raw) ? (raw as RuleId) : null
}

/** `unknownRule`: a link named a rule that does not exist (a damaged or old link); the list says so and shows all. */
function ScenarioList({ rule, unknownRule }: { rule: RuleId | null; unknownRule: boolean }) {
  const records = useAppStore((s) => s.scenarioRecords)
  const ruleName = rule ? findRule(rule)?.name : undefined
  // A rule's scenarios first, so the weakest rule's suggestion opens on what practises it.
  const ordered = rule
    ? [...scenarios].sort((a, b) => Number(practises(b, rule)) - Number(practises(a, rule)))
    : scenarios
  useEffect(() => setPageTitle('情景演练'), [])

  return (
    <PageShell>
      <Heading className='fs-scenario__title' level={1}>
        情景演练
      </Heading>
      {/* First, above the intro: at large text the intro alone fills a small phone's screen (round 38's trial). */}
      {unknownRule && (
        <Text className='fs-scenario__focus'>
          <NoOrphan text='链接里说的防骗原则没有找到，下面是全部情景演练。' />
        </Text>
      )}
      <Text className='fs-scenario__intro'>
        <NoOrphan text='手册里的十个真实案例，换成您来经历：骗子的话一句句来，每一步由您决定怎么做。识破了，就告诉您抓住了哪个危险信号；走到最后，就是案例里真实的结局。' />
      </Text>
      {ruleName && (
        <Text className='fs-scenario__focus'>先练练「{ruleName}」：排在前面的情景都考到这一条。</Text>
      )}
      {ordered.map((s) => {
        const record = records[s.id]
        const status = !record ? '' : record.ending === 'safe' ? ' · ✓ 识破了' : ' · 走到了结局'
        const category = findCategory(s.id)
        return (
          <ActionButton
            key={s.id}
            className='fs-scenario__item'
            onTap={() => openPage('scenario', { id: s.id })}
            navigates
          >
            <Text className='fs-scenario__item-title'>
              <NoOrphan text={s.title} arrow />
            </Text>
            <Text className='fs-scenario__item-meta'>
              {category?.name}
              {status}
            </Text>
          </ActionButton>
        )
      })}
    </PageShell>
  )
}

function practises(scenario: Scenario, rule: RuleId): boolean {
  return scenario.points.some((p) => p.rule === rule)
}

function ScenarioPlay({ scenario }: { scenario: Scenario }) {
  const category = findCategory(scenario.id)
  // Kept while the app runs, in memory only (store/drafts): Back then Forward finds the run where it was, and a
  // finished run is recorded once.
  const { choices, recorded } = useDrafts((s) => s.scenarios[scenario.id] ?? EMPTY_SCENARIO)
  const state = useMemo(() => playScenario(scenario, choices), [scenario, choices])
  // The choices this page showed when it opened: only a choice made here scrolls (see below).
  const openedWith = useRef(choices.length)

  useEffect(() => setPageTitle(`情景演练：${scenario.title}`), [scenario.title])

  // Once, when the story ends: the play's per-rule score, and each choice for the spaced review.
  useEffect(() => {
    const record = scenarioRecord(state, Date.now())
    if (!record || recorded) return
    updateScenarioDraft(scenario.id, { recorded: true })
    const missed = new Set(missedReviewIds(scenario, state.steps))
    const answers = state.steps.map((s) => {
      const id = reviewId(scenario, s.point)
      return { id, right: !missed.has(id) }
    })
    recordScenario(scenario.id, record, answers)
  }, [state, scenario, recorded])

  // Where the choice led, brought into view: the red flag just missed, or the ending. The new block appears above
  // or below the choices the person just tapped, so without this a risky choice's lesson stays off screen.
  useEffect(() => {
    if (choices.length === 0 || choices.length === openedWith.current) return
    const last = state.steps[state.steps.length - 1]
    revealElement(last && !last.safe ? LATEST_MISSED_SELECTOR : ENDING_SELECTOR)
    // Only a new choice scrolls.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [choices.length])

  const choose = (point: ChoicePoint, choice: number) => {
    if (state.current?.id !== point.id) return
    updateScenarioDraft(scenario.id, { choices: [...choices, { pointId: point.id, choice }] })
  }

  const restart = () => {
    openedWith.current = 0
    updateScenarioDraft(scenario.id, EMPTY_SCENARIO)
  }

  // Taps are held back for a moment after each choice and after 再演练一次: the second tap of a double tap must not
  // make the fresh run's first choice for the person.
  return (
    <PageShell contentFirst settleKey={`${scenario.id}:${choices.length}`}>
      <Heading className='fs-scenario__title' level={1}>
        {scenario.title}
      </Heading>
      <Text className='fs-scenario__meta'>
        <NoOrphan text={`情景演练 · ${category?.name ?? ''}`} />
      </Text>
      {/* Short: at 320 px in 大字模式 the story fills the first screen, and this line says a choice comes below it
          (trial 8; the longer explanation pushed the first choice further down, trial 7). */}
      <Text className='fs-scenario__intro'>
        <NoOrphan text='您就是当事人，往下读，每一步由您来选。' />
      </Text>

      {state.steps.map((step, i) => (
        <PlayedPoint key={step.point.id} step={step} latest={i === state.steps.length - 1} />
      ))}

      {state.current && (
        <View className='fs-scenario__point'>
          <Lines lines={state.current.lines} />
          <Text className='fs-scenario__question'>
            <NoOrphan text={state.current.question} />
          </Text>
          {state.current.choices.map((choice, i) => (
            <ActionButton
              key={choice.label}
              className='fs-scenario__choice'
              label={`选择：${choice.label}`}
              onTap={() => state.current && choose(state.current, i)}
            >
              <Text>
                <NoOrphan text={choice.label} />
              </Text>
            </ActionButton>
          ))}
        </View>
      )}

      {state.ending && <Ending scenario={scenario} steps={state.steps} safe={state.ending === 'safe'} />}

      {state.ending && (
        <View className='fs-scenario__actions'>
          <ActionButton className='fs-scenario__primary' label='再演练一次' onTap={restart}>
            <Text>再演练一次</Text>
          </ActionButton>
          <PageLink className='fs-scenario__link' to='scenario' text='看看全部情景演练' replace />
          {category && (
            <ActionButton
              className='fs-scenario__link'
              onTap={() => openPage('category', { id: category.id })}
              navigates
            >
              <Text>
                <NoOrphan text={`看看「${category.name}」的完整案例`} arrow />
              </Text>
            </ActionButton>
          )}
        </View>
      )}
    </PageShell>
  )
}

function Lines({ lines }: { lines: readonly ScenarioLine[] }) {
  return (
    <View className='fs-scenario__lines'>
      {lines.map((line) => (
        <View key={line.text} className={`fs-scenario__line fs-scenario__line--${line.speaker}`}>
          <Text className='fs-scenario__speaker'>{line.speaker === 'scammer' ? '对方：' : ''}</Text>
          <Text className='fs-scenario__line-text'>
            <NoOrphan text={line.text} />
          </Text>
          <Text className='fs-scenario__label'>
            <NoOrphan text={line.fromCase ? '手册案例原文' : '根据手册案例改编'} />
          </Text>
        </View>
      ))}
    </View>
  )
}

const LATEST_MISSED_SELECTOR = '.fs-scenario__missed--latest'
const ENDING_SELECTOR = '.fs-scenario__ending'

/** A decision already taken: the story, what was chosen and, for a risky choice, the red flag missed then. */
function PlayedPoint({ step, latest }: { step: PlayedStep; latest: boolean }) {
  const { point } = step
  const rule = findRule(point.rule)
  return (
    <View className='fs-scenario__point fs-scenario__point--done'>
      <Lines lines={point.lines} />
      <Text className='fs-scenario__question'>
        <NoOrphan text={point.question} />
      </Text>
      <Text className='fs-scenario__chosen'>
        <NoOrphan text={`您选择了：${point.choices[step.choice].label}`} />
      </Text>
      {!step.safe && (
        <View
          className={`fs-scenario__missed ${latest ? 'fs-scenario__missed--latest' : ''}`}
          {...roleProps('status')}
        >
          <Text className='fs-scenario__missed-title'>
            <NoOrphan text='✗ 您错过了一个危险信号' />
          </Text>
          <Text className='fs-scenario__flag'>
            <NoOrphan text={point.redFlag} />
          </Text>
          <Text className='fs-scenario__rule'>
            <NoOrphan text={`该做到「${rule?.name}」：${rule?.text}（出自${point.source}）`} />
          </Text>
        </View>
      )}
    </View>
  )
}

function Ending({ scenario, steps, safe }: { scenario: Scenario; steps: PlayedStep[]; safe: boolean }) {
  const category = findCategory(scenario.id)
  const last = steps[steps.length - 1]
  const rule = last ? findRule(last.point.rule) : undefined
  const record = scenarioRecord({ steps, current: null, ending: safe ? 'safe' : 'outcome' }, 0)
  const byRule = RULE_IDS.map((r, i) => {
    const [correct, asked] = record?.tally[i] ?? [0, 0]
    return { rule: r, correct, asked, ratio: asked > 0 ? correct / asked : 0 }
  })

  return (
    <View className='fs-scenario__ending' {...roleProps('status')}>
      {safe && last ? (
        <View className='fs-scenario__safe'>
          {/* A heading, as the other ending's 真实案例的结局 is, kept on one line: at font ×2 on 320 px it broke as
              "✓ 您识破了 / 骗局" (round 64's fresh tester). */}
          <Heading className='fs-scenario__safe-title' level={2}>
            ✓ 您识破了骗局
          </Heading>
          <Text className='fs-scenario__flag'>
            <NoOrphan text={`抓住的危险信号：${last.point.redFlag}`} />
          </Text>
          <Text className='fs-scenario__rule'>
            <NoOrphan text={`您做到了「${rule?.name}」：${rule?.text}（出自${last.point.source}）`} />
          </Text>
        </View>
      ) : (
        <View className='fs-scenario__outcome'>
          <Heading className='fs-scenario__outcome-title' level={2}>
            真实案例的结局
          </Heading>
          {/* A long run-on ending in short paragraphs of its own clauses, the words unchanged (outcomeParts). */}
          {scenario.outcome.flatMap(outcomeParts).map((part) => (
            <Text key={part} className='fs-scenario__outcome-text'>
              <NoOrphan text={part} />
            </Text>
          ))}
          <Text className='fs-scenario__label'>手册案例原文</Text>
          {category && <TipBox className='fs-scenario__tip' paragraphs={category.tip} />}
          <HotlineCalls className='fs-scenario__calls' />
        </View>
      )}
      <Heading className='fs-scenario__heading' level={2}>
        <NoOrphan text='这次演练，四条防骗原则做到了几步' />
      </Heading>
      <RuleBars byRule={byRule} weakestRule={weakestOf(byRule)} />
      {/* Its last words kept with the line before: "…诈骗案例 / 改编" at font ×2 on 320 px (round 64's walk). */}
      <Text className='fs-scenario__source'>
        <NoOrphan
          text={`情景根据${brochure.source.issuer}《${brochure.source.title}》「${category?.name}」诈骗案例改编`}
        />
      </Text>
    </View>
  )
}
