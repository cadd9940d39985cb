import { Fragment, type ReactNode } from 'react'
import { Text } from '@tarojs/components'
import NoOrphan from '@/components/NoOrphan'
import { keepAllRuns, tokenBreakPieces, withoutWordMarks } from '@/domain/keepAll'
import { shortLabelHalves } from '@/domain/lineEnd'
import './index.scss'

export interface KeptWordsProps {
  /** The words as they read: a verdict's sentence, a signal's label, "原话：“…”". */
  text: string
  /** The paragraph's class (its size and colour): KeptWords is the paragraph's own Text. */
  className: string
  /**
   * The words can be selected and copied: a quote's number or link, sent on to a relative (a long press in the
   * mini-program, a selection in the browser; round 57's fresh tester could copy nothing).
   */
  selectable?: boolean
}

/** What makes a Text selectable on the platform being built (see KeptWordsProps.selectable). */
function selectableProps(selectable: boolean): { userSelect?: boolean } {
  // In the browser, Taro's userSelect would make the paragraph an inline block; .fs-selectable (index.scss) does it.
  return selectable && process.env.TARO_ENV !== 'h5' ? { userSelect: true } : {}
}

/**
 * `text` as the platform shows it: in the browser version each mark inside a token is a <wbr>, which a double click
 * does not select as a word of its own (domain/keepAll's tokenBreakPieces); the mini-program has no such element and
 * keeps the zero-width space.
 */
function withTokenBreaks(text: string): ReactNode {
  if (process.env.TARO_ENV !== 'h5') return text
  const pieces = tokenBreakPieces(text)
  if (pieces.length === 1) return text
  return pieces.map((piece, i) => (
    <Fragment key={i}>
      {i > 0 && <wbr />}
      {piece}
    </Fragment>
  ))
}

/**
 * A paragraph whose lines break only between words, for text a page draws in numbers: all of 风险自测's result, up to
 * 2 × 45 quotes for a long paste. The text is set with `word-break: keep-all` (.fs-words) and a zero-width space between
 * its words (domain/keepAll), with a span only round a token (a web address, a number, a code: .fs-token, an inline
 * block that keeps it on one line when it fits, else breaks it after its own punctuation): at font ×2 in 大字模式 on a
 * 320 px phone no line breaks inside a word or a host, with a node and ~60 B of setData less per word than a span each
 * (issue #15's audit: the result of a 3,986-character paste had 475 such spans). A short label's two halves are
 * NoOrphan's.
 *
 * A screen reader gets the words as written, without the marks: they are the paragraph's label, and the marked copy
 * is hidden from it (round 57's fresh tester found U+200B in 50 of the accessibility tree's names). A paragraph with no
 * mark in it needs neither and is one node.
 */
export default function KeptWords({ text, className, selectable = false }: KeptWordsProps) {
  const classes = selectable ? `${className} fs-selectable` : className
  if (shortLabelHalves(text)) {
    return (
      <Text className={classes} {...selectableProps(selectable)}>
        <NoOrphan text={text} />
      </Text>
    )
  }
  const runs = keepAllRuns(text)
  const words = runs.map((run, i) => {
    if (!run.whole) {
      const shown = withTokenBreaks(run.text)
      return typeof shown === 'string' ? shown : <Fragment key={i}>{shown}</Fragment>
    }
    const [from, to] = run.host ?? [0, 0]
    return (
      <Text key={i} className='fs-token'>
        {run.host ? (
          <>
            {withTokenBreaks(run.text.slice(0, from))}
            <Text className='fs-token'>{withTokenBreaks(run.text.slice(from, to))}</Text>
            {withTokenBreaks(run.text.slice(to))}
          </>
        ) : (
          withTokenBreaks(run.text)
        )}
      </Text>
    )
  })
  if (runs.every((run) => withoutWordMarks(run.text) === run.text)) {
    return (
      <Text className={`${classes} fs-words`} {...selectableProps(selectable)}>
        {words}
      </Text>
    )
  }
  return (
    <Text
      className={classes}
      aria-label={text}
      // Browsers read a label on a role's element only; WebKit reads "text" as one run of words.
      {...(process.env.TARO_ENV === 'h5' ? { role: 'text' } : {})}
      {...selectableProps(selectable)}
    >
      <Text className='fs-words' aria-hidden='true'>
        {words}
      </Text>
    </Text>
  )
}
