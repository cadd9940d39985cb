import { Fragment, useMemo, useState } from 'react'
import { Input, Text, View } from '@tarojs/components'
import ActionButton from '@/components/ActionButton'
import Heading from '@/components/Heading'
import HotlineCalls from '@/components/HotlineCalls'
import PageLink from '@/components/PageLink'
import PageShell from '@/components/PageShell'
import ShareButton from '@/components/ShareButton'
import { brochure, findCategory } from '@/data'
import { questions } from '@/data/quiz'
import {
  buildSearchIndex,
  correctTypos,
  groupResults,
  searchAnyWord,
  saysCheated,
  searchContent,
  suggestCategories,
  wordsInQuestion
} from '@/domain/search'
import type { HighlightSegment, SearchResult, SearchTarget } from '@/domain/search'
import { noteTyping } from '@/hooks/useSettledTaps'
import { useSharePage } from '@/hooks/useSharePage'
import { keptMarkedRuns } from '@/domain/markedRuns'
import { openPage } from '@/services/navigation'
import { focusElement } from '@/services/scroll'
import { focusTargetProps, roleProps } from '@/components/a11y'
import NoOrphan from '@/components/NoOrphan'
import './index.scss'

/** Built once, when the page module loads: the content never changes while the app runs. */
const SEARCH_INDEX = buildSearchIndex(brochure, questions)
/** Keeps the page well under the mini-program's node budget for a broad query such as "诈骗". */
const SHOWN_RESULTS = 40
const EXAMPLE_QUERIES = ['安全账户', '验证码', '刷单', '96110', '征信']
/** The search box's own field (Taro's browser build wraps it in taro-input-core) and the count of results. */
const INPUT_SELECTOR = '.fs-search__input input'
const COUNT_SELECTOR = '.fs-search__count'

/** Opens exactly what was found: a category at the matched section (?section=), a prevention page. */
function openTarget(target: SearchTarget): void {
  if (target.page === 'category')
    openPage('category', target.section ? { id: target.id, section: target.section } : { id: target.id })
  else if (target.page === 'prevention') openPage('prevention')
  else if (target.page === 'quiz') openPage('quiz')
}

/** 搜索: one box over the whole brochure and the quiz, results grouped by where they come from. */
export default function SearchPage() {
  const shareTarget = useSharePage({ page: 'search' })
  const [query, setQuery] = useState('')
  // How many times a tap replaced what is shown (an example word, 清空): results take the example words' place under
  // the finger, and the second tap of a double tap on 验证码 opened a result nobody chose, or hit 清空 (the
  // mini-program probe). Each such change holds taps a moment; typing does not, so a result tapped right after
  // typing opens.
  const [picks, setPicks] = useState(0)
  const pick = (text: string) => {
    setQuery(text)
    setPicks((n) => n + 1)
    // The tapped 清空 or example word goes away: focus goes on to where the person is next, not to the page's body
    // (round 56's trial: the next Tab then went to an example word, skipping the empty box). After 清空 the box, to
    // type again; after an example word the count, so the next Tab reaches the first result.
    focusElement(text === '' ? INPUT_SELECTOR : COUNT_SELECTOR)
  }
  const trimmed = query.trim()

  const { groups, more, count, corrected, words } = useMemo(() => {
    let found = searchContent(SEARCH_INDEX, trimmed, SHOWN_RESULTS + 1)
    // Nothing found: perhaps one character was mistyped (验正码); show what the nearest word finds, and say so.
    const fix = found.length === 0 && trimmed !== '' ? correctTypos(SEARCH_INDEX, trimmed) : null
    if (fix) found = searchContent(SEARCH_INDEX, fix, SHOWN_RESULTS + 1)
    // Still nothing: a question asked in a sentence ("我被骗了怎么办"); show what its words find, and say which.
    const asked = found.length === 0 && trimmed !== '' ? wordsInQuestion(SEARCH_INDEX, trimmed) : []
    if (asked.length > 0) found = searchAnyWord(SEARCH_INDEX, asked, SHOWN_RESULTS + 1)
    const shown = found.slice(0, SHOWN_RESULTS)
    return {
      groups: groupResults(shown),
      more: found.length > SHOWN_RESULTS,
      count: shown.length,
      corrected: shown.length > 0 ? fix : null,
      words: shown.length > 0 ? asked : []
    }
  }, [trimmed])
  // Someone who says they were cheated gets the way to act above the brochure lines, with 110 first.
  const cheated = saysCheated(trimmed)
  const suggested = useMemo(
    () =>
      suggestCategories(trimmed)
        .map(findCategory)
        .filter((c) => c !== undefined),
    [trimmed]
  )

  return (
    <PageShell settleKey={`picked:${picks}`}>
      <Heading className='fs-search__title' level={1}>
        搜索
      </Heading>
      <View className='fs-search__bar' {...roleProps('search')}>
        <Input
          className='fs-search__input'
          type='text'
          confirmType='search'
          value={query}
          maxlength={50}
          placeholder='输入想查的词'
          onInput={(e) => {
            noteTyping()
            setQuery(e.detail.value)
          }}
          onConfirm={(e) => setQuery(e.detail.value)}
          aria-label='搜索反诈内容'

          nativeProps={{ 'aria-label': '搜索反诈内容' }}
        />
        {query !== '' && (
          <ActionButton className='fs-search__clear' label='清空搜索' onTap={() => pick('')}>
            <Text>清空</Text>
          </ActionButton>
        )}
      </View>

      <View {...roleProps('status')}>
        {corrected && (
          <Text className='fs-search__corrected'>
            没有找到“{trimmed}”。下面是“{corrected}”的结果：
          </Text>
        )}
        {words.length > 0 && (
          <Text className='fs-search__corrected'>
            没有找到“{trimmed}”这整句。下面是含有“{words.join('”“')}”的内容：
          </Text>
        )}
        {trimmed !== '' && count > 0 && (
          <Text className='fs-search__count' {...focusTargetProps()}>
            <NoOrphan
              text={`找到 ${count} 条${more ? `（只显示前 ${SHOWN_RESULTS} 条，换个更具体的词试试）` : ''}`}
            />
          </Text>
        )}
        {trimmed !== '' && count === 0 && (
          <Text className='fs-search__none'>
            {/* One text, so the words searched for keep their marks and stay whole (“畀 / 錢” at font ×2). */}
            <NoOrphan
              text={`没有找到含有“${trimmed}”的内容。${suggested.length > 0 ? '下面这些骗局可能和它有关：' : '换个词试试：'}`}
            />
          </Text>
        )}
      </View>

      {suggested.length > 0 && (
        <View className='fs-search__suggest'>
          {count > 0 && <Text className='fs-search__hint'>和“{trimmed}”有关的骗局：</Text>}
          {suggested.map((category) => (
            <ActionButton
              key={category.id}
              className='fs-search__suggest-link'
              role='link'
              onTap={() => openPage('category', { id: category.id })}
              navigates
            >
              <Text>
                <NoOrphan text={category.name} arrow />
              </Text>
            </ActionButton>
          ))}
        </View>
      )}

      {(trimmed === '' || count === 0) && (
        <View className='fs-search__examples'>
          {trimmed === '' && (
            <Text className='fs-search__hint'>
              <NoOrphan text='不知道搜什么？试试这些词：' />
            </Text>
          )}
          {trimmed !== '' && suggested.length > 0 && (
            <Text className='fs-search__hint'>或者换个词试试：</Text>
          )}
          <View className='fs-search__chips'>
            {EXAMPLE_QUERIES.map((example) => (
              <ActionButton
                key={example}
                className='fs-search__chip'
                label={`搜索：${example}`}
                onTap={() => pick(example)}
              >
                <Text>{example}</Text>
              </ActionButton>
            ))}
          </View>
        </View>
      )}

      {trimmed !== '' && (cheated || count === 0 || words.length > 0) && (
        <View className='fs-search__urgent'>
          <PageLink className='fs-search__help' to='help' text='已经被骗了？看看该怎么办' />
          <PageLink
            className='fs-search__help'
            to='check'
            text='收到可疑的短信、消息？用「风险自测」查一查'
          />
          <HotlineCalls className='fs-search__calls' policeFirst={cheated ? '已被骗，立即报警' : undefined} />
        </View>
      )}

      {groups.map((group) => (
        <View key={group.kind} className='fs-search__group'>
          <Heading className='fs-search__group-title' level={2}>
            {group.label}
          </Heading>
          {group.results.map((result) => (
            <ResultItem key={result.key} result={result} />
          ))}
        </View>
      ))}
      <ShareButton target={shareTarget} />
    </PageShell>
  )
}

function ResultItem({ result }: { result: SearchResult }) {
  const [open, setOpen] = useState(false)
  const { target } = result
  if (target.page === 'question') {
    const question = questions.find((q) => q.id === target.id)
    // A quiz question opens here, with its answer: the quiz itself starts a random round.
    return (
      <View className='fs-search__result fs-search__result--question'>
        <ActionButton className='fs-search__question-toggle' onTap={() => setOpen(!open)}>
          <Highlighted className='fs-search__snippet' segments={result.snippet} />
          <Text className='fs-search__question-more'>
            <NoOrphan text={open ? '收起答案' : '看答案'} arrow={!open} />
          </Text>
        </ActionButton>
        {open && question && (
          <View className='fs-search__answer' {...roleProps('status')}>
            <Text className='fs-search__answer-right'>正确答案：{question.options[question.answer]}</Text>
            <Text className='fs-search__answer-text'>
              <NoOrphan text={question.explanation} />
            </Text>
          </View>
        )}
      </View>
    )
  }
  return (
    <ActionButton
      className='fs-search__result'
      label={
        result.snippet.length > 0
          ? `${result.title}：${result.snippet.map((s) => s.text).join('')}`
          : result.title
      }
      onTap={() => openTarget(result.target)}
      navigates
    >
      <Highlighted className='fs-search__result-title' segments={result.titleSegments} />
      {result.snippet.length > 0 && <Highlighted className='fs-search__snippet' segments={result.snippet} />}
    </ActionButton>
  )
}

/**
 * The longest title whose every word is kept whole (characters), as NoOrphan keeps a title's: "冒充公检法及政府机关诈骗 ·
 * 反诈提示" (19). A snippet (about 45) keeps only its numbers' phrases and its highlighted words whole.
 */
const TITLE_WORDS_MAX_CHARS = 32

/**
 * Text with the searched words highlighted, which never breaks a line inside a highlighted word, a number's phrase
 * ("接到96110") or, in a title, any word (domain/markedRuns keptMarkedRuns; round 56's trial: "961 / 10", "“安全 / 账户”",
 * "反 / 诈提示" at 320×568, font ×2).
 */
function Highlighted({ segments, className }: { segments: HighlightSegment[]; className: string }) {
  const wordsUpTo = className === 'fs-search__result-title' ? TITLE_WORDS_MAX_CHARS : 0
  return (
    <Text className={className}>
      {keptMarkedRuns(segments, wordsUpTo).map((run, i) => {
        const parts = run.parts.map((part, k) =>
          part.match ? (
            <Text key={k} className='fs-search__mark'>
              {part.text}
            </Text>
          ) : (
            part.text
          )
        )
        return run.whole ? (
          <Text key={i} className='fs-word'>
            {parts}
          </Text>
        ) : (
          <Fragment key={i}>{parts}</Fragment>
        )
      })}
    </Text>
  )
}
