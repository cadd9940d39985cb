// The quiz in the compiled mini-program: a round played to its result with known right and wrong answers, and
// double taps (two taps 250 ms apart on the same spot, as older hands often do) that must record nothing extra.
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import { launch } from './support/miniprogram.mjs'
import { controls, doubleTap, getControl, renderedNodes, tap, visibleText } from './support/tree.mjs'

const bank = JSON.parse(readFileSync(new URL('../../src/data/quiz-questions.json', import.meta.url), 'utf8'))
const KEY = 'fraud-shield'
const QUIZ = 'pages/learn/quiz/index'
const RESULT = 'pages/learn/quiz-result/index'

/** The bank question on screen: its prompt is shown and each of its options is an option button. */
function questionOnScreen(mp) {
  const text = visibleText(mp.page)
  const options = controls(mp.page)
    .filter((c) => c.name.startsWith('选项'))
    .map((c) => c.name.replace(/^选项.：/, ''))
  const shown = bank.filter(
    (q) =>
      text.includes(q.prompt) &&
      q.options.length === options.length &&
      q.options.every((o) => options.includes(o))
  )
  assert.equal(shown.length, 1, `not one bank question on screen: ${text.slice(0, 160)}`)
  return shown[0]
}

function optionButton(mp, optionText) {
  const found = controls(mp.page).filter(
    (c) => c.name.startsWith('选项') && c.name.endsWith(`：${optionText}`)
  )
  assert.equal(found.length, 1, `option "${optionText}"`)
  return found[0]
}

/** The text Taro sent with setData (the page's data), to check the rendered tree against. */
function dataText(mp) {
  const texts = []
  const walk = (node) => {
    if (!node || typeof node !== 'object') return
    if (node.v !== undefined) texts.push(node.v)
    for (const child of node.cn || []) walk(child)
  }
  walk(mp.page.instance.data.root)
  // Without the marks between a paragraph's words (NoOrphan, KeptWords), as visibleText reads the tree.
  return texts
    .join('')
    .replace(/[\u200b\u2060]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

const answered = (mp) => /答对了|答错了/.test(visibleText(mp.page))
const questionNumber = (mp) => Number(visibleText(mp.page).match(/第\s*(\d+)\s*\/\s*\d+\s*题/)?.[1] ?? NaN)

/** What an option says when a tap on it was held back (QuizQuestion's OPTION_HELD_PHRASES). */
const HELD_WORDS = '没选上：看完题目，再点一次'

/**
 * A double tap's second tap that landed on an option of the question it brought up is held back, and that option says
 * so, where the finger is, as does the question's live region for a screen reader; the progress line keeps its number,
 * which is returned.
 */
function heldOnOption(mp) {
  const saying = controls(mp.page).filter((c) => c.name.startsWith('选项') && c.text.includes(HELD_WORDS))
  assert.equal(saying.length, 1, `options that say the held tap's words: ${saying.length}`)
  const said = renderedNodes(mp.page).filter((n) => n.ariaRole === 'status' && n.text.includes(HELD_WORDS))
  assert.ok(said.length > 0, 'the held tap is not announced')
  return questionNumber(mp)
}
const saved = (mp) => JSON.parse(mp.storage.get(KEY) || '{"state":{}}').state

/** Opens the quiz from home, as a person does. */
async function openQuiz() {
  const mp = await launch()
  await tap(mp, getControl(mp.page, 'button', '反诈知识测试'))
  assert.equal(mp.page.route, QUIZ)
  return mp
}

/** Answers the question on screen right or wrong; returns the question. */
async function answer(mp, right) {
  const question = questionOnScreen(mp)
  const choice = right ? question.answer : (question.answer + 1) % question.options.length
  await tap(mp, optionButton(mp, question.options[choice]))
  assert.match(visibleText(mp.page), right ? /答对了/ : /答错了/)
  return question
}

test('a round played to its result: the score, the wrong answers and what is saved match the answers given', async () => {
  const mp = await openQuiz()
  try {
    await tap(mp, getControl(mp.page, 'button', '开始测试'))
    const wrong = []
    for (let n = 1; n <= 10; n += 1) {
      assert.equal(questionNumber(mp), n)
      // The tier itself: the tree shows exactly what the data says, in the same order.
      assert.equal(visibleText(mp.page), dataText(mp), 'rendered tree and page data disagree')
      const right = n % 3 !== 0 // questions 3, 6 and 9 answered wrong
      const question = await answer(mp, right)
      if (!right) wrong.push(question)
      await tap(mp, getControl(mp.page, 'button', n < 10 ? '下一题' : '查看结果'))
    }
    assert.equal(mp.page.route, RESULT)
    const text = visibleText(mp.page)
    assert.match(text, /您的得分\s*70/)
    assert.match(text, /答对 7 题/)
    for (const question of wrong)
      assert.ok(text.includes(question.prompt), `wrong answer "${question.prompt}" not listed`)
    const state = saved(mp)
    assert.equal(state.results[0].score, 70)
    assert.equal(state.results[0].correct, 7)
    for (const question of wrong)
      assert.ok(question.id in state.wrongBook, `${question.id} not in the wrong book`)
    assert.equal(state.activeRound, null)
    assert.deepEqual(mp.errors, [])
  } finally {
    mp.close()
  }
})

test('double tap on 开始测试 starts the round without answering question 1', async () => {
  const mp = await openQuiz()
  try {
    await doubleTap(mp, getControl(mp.page, 'button', '开始测试'))
    assert.equal(heldOnOption(mp), 1)
    assert.ok(!answered(mp), 'question 1 was answered by the second tap')
    assert.equal(saved(mp).activeRound?.answers.length ?? 0, 0)
    assert.deepEqual(mp.errors, [])
  } finally {
    mp.close()
  }
})

test('double tap on 下一题 shows the next question unanswered and stays in the quiz', async () => {
  const mp = await openQuiz()
  try {
    await tap(mp, getControl(mp.page, 'button', '开始测试'))
    for (let n = 1; n <= 3; n += 1) {
      await answer(mp, true)
      await doubleTap(mp, getControl(mp.page, 'button', '下一题'))
      assert.equal(mp.page.route, QUIZ, 'the second tap left the quiz')
      assert.equal(questionNumber(mp), n + 1)
      assert.ok(!answered(mp), `question ${n + 1} was answered by the second tap`)
      assert.equal(saved(mp).activeRound.answers.length, n)
    }
    assert.deepEqual(mp.errors, [])
  } finally {
    mp.close()
  }
})

test('double tap on 查看结果 shows the result, and on 再测一次 starts a new round without answering', async () => {
  const mp = await openQuiz()
  try {
    await tap(mp, getControl(mp.page, 'button', '开始测试'))
    for (let n = 1; n <= 10; n += 1) {
      await answer(mp, true)
      if (n < 10) await tap(mp, getControl(mp.page, 'button', '下一题'))
    }
    await doubleTap(mp, getControl(mp.page, 'button', '查看结果'))
    assert.equal(mp.page.route, RESULT, 'the result page was skipped')
    assert.match(visibleText(mp.page), /您的得分\s*100/)
    assert.equal(saved(mp).results.length, 1)

    await doubleTap(mp, getControl(mp.page, 'button', '再测一次'))
    assert.equal(mp.page.route, QUIZ)
    assert.equal(heldOnOption(mp), 1)
    assert.ok(!answered(mp), 'question 1 of the new round was answered by the second tap')
    assert.equal(saved(mp).activeRound?.answers.length ?? 0, 0)
    assert.deepEqual(mp.errors, [])
  } finally {
    mp.close()
  }
})
