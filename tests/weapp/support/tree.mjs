// Reading the rendered exparser tree as a person (and a screen reader) perceives it, and tapping it through the
// real event path: touchstart and touchend on the node's DOM element; j-component's root turns them into a tap
// that bubbles through exparser to the template's bindtap="eh", which runs the React onClick.
import { weappRealm } from './realm.mjs'

/** Roles a person can tap, as set by aria-role (WeChat's spelling of role). */
export const CONTROL_ROLES = new Set([
  'button',
  'link',
  'switch',
  'checkbox',
  'radio',
  'tab',
  'menuitem',
  'option'
])

const BUILT_IN = new Set([
  'view',
  'text',
  'button',
  'image',
  'scroll-view',
  'swiper',
  'swiper-item',
  'canvas',
  'input',
  'textarea',
  'label',
  'navigator',
  'rich-text',
  'icon',
  'progress',
  'page-meta',
  'navigation-bar',
  'block',
  'slot'
])

const isTruthyAttr = (value) =>
  value === true || (typeof value === 'string' && value !== '' && value !== 'false')

/**
 * The rendered nodes of a page, depth first, with what a person perceives of each:
 * {node, tag, attrs, ariaRole, ariaLabel, ariaChecked, path, text}. Hidden subtrees (hidden attribute) are left
 * out. `text` is the visible text inside the node.
 */
export function renderedNodes(page) {
  const realm = weappRealm()
  // Read once per render: every setData bumps realm.renders.
  if (page.treeCache?.renders === realm.renders) return page.treeCache.nodes
  const { exparser } = realm
  const out = []
  const visit = (node, path) => {
    // A zero-width space (where a line may break between words kept whole: KeptWords) is not seen.
    if (node instanceof exparser.TextNode) return node.textContent.replace(/[\u200b\u2060]/g, '')
    if (!(node instanceof exparser.Element)) return ''
    const vt = node._vt || {}
    const attrs = Object.fromEntries(
      (vt.attrs || []).filter((a) => a.value !== undefined).map((a) => [a.name, a.value])
    )
    if (isTruthyAttr(attrs.hidden)) return ''
    const tag = vt.tagName || ''
    const entry = node.__virtual
      ? null
      : {
          node,
          tag,
          attrs,
          ariaRole: attrs.ariaRole || '',
          ariaLabel: attrs.ariaLabel || '',
          ariaChecked: attrs.ariaChecked,
          path
        }
    if (entry) out.push(entry)
    // A custom component (the page, Taro's comp) renders its shadow tree; a built-in tag shows its children.
    const children = node.shadowRoot && !BUILT_IN.has(tag) ? node.shadowRoot.childNodes : node.childNodes
    let text = ''
    children.forEach((child, index) => {
      text += visit(child, [...path, index])
    })
    if (entry) entry.text = text
    return text
  }
  visit(page.component._exparserNode, [])
  page.treeCache = { renders: realm.renders, nodes: out }
  return out
}

/**
 * The page's WXML nodes, as WeChat's audit counts them: every element of the rendered tree below the page, built-in
 * or custom (Taro's comp), hidden or not; text nodes and virtual nodes (block, wx:if and wx:for wrappers, slots) are
 * not elements.
 */
export function nodeCount(page) {
  const { exparser } = weappRealm()
  let count = 0
  const visit = (node) => {
    if (!(node instanceof exparser.Element)) return
    if (!node.__virtual) count += 1
    const tag = node._vt?.tagName || ''
    const children = node.shadowRoot && !BUILT_IN.has(tag) ? node.shadowRoot.childNodes : node.childNodes
    children.forEach(visit)
  }
  const root = page.component._exparserNode
  root.shadowRoot.childNodes.forEach(visit)
  return count
}

/** All the text a person sees on the page, whitespace collapsed. */
export function visibleText(page) {
  const nodes = renderedNodes(page)
  return (nodes[0]?.text || '').replace(/\s+/g, ' ').trim()
}

/**
 * The tappable controls: nodes with a control aria-role, and native buttons. `name` is what a screen reader
 * says: aria-label, else the visible text.
 */
export function controls(page) {
  return renderedNodes(page)
    .filter((n) => CONTROL_ROLES.has(n.ariaRole) || n.tag === 'button')
    .map((n) => ({ ...n, role: n.ariaRole || 'button', name: (n.ariaLabel || n.text).trim() }))
}

/** The one control with this role whose spoken name matches (string: contains; RegExp: test). */
export function getControl(page, role, name) {
  const found = controls(page).filter((c) => (!role || c.role === role) && matches(c.name, name))
  if (found.length !== 1) {
    const all = controls(page)
      .map((c) => `${c.role} "${c.name}"`)
      .join(', ')
    throw new Error(`expected one ${role || 'control'} named ${name}, found ${found.length}; on page: ${all}`)
  }
  return found[0]
}

export function queryControl(page, role, name) {
  return controls(page).find((c) => (!role || c.role === role) && matches(c.name, name)) || null
}

function matches(text, name) {
  return name instanceof RegExp ? name.test(text) : text.includes(name)
}

/**
 * How long a person looks at a screen before a deliberate tap: past the longest quiet moment, a tap's burst (src/domain/
 * tapGuard MAX_BURST_MS = 2000: every tap here lands on the same spot, and a tap on another control where the previous
 * one acted, within its burst after the screen changed, does nothing), a new question's (ANSWER_LANDED_MS = 3000: an
 * option on the spot of the tap that brought its question up), and 风险自测's result (RESULT_SETTLE_MS = 1500).
 */
export const READING_PAUSE_MS = 3100

/**
 * A person's tap, as WeChat's renderer reports it: touchstart, touchend, then tap on the node, each bubbling
 * through the composed tree to the template's bindtap="eh" (Taro's handler, which runs the React onClick).
 * A native <button open-type="share"> then opens WeChat's forward sheet: the page's onShareAppMessage runs with
 * from 'button' — in Moments' single-page mode WeChat shows a toast instead. `pause` is the look before the tap
 * (0 for the second tap of a double tap).
 */
export async function tap(mp, control, { pause = READING_PAUSE_MS } = {}) {
  // A person looks at the screen before tapping (on the mini-program's clock: it costs no real time).
  if (pause) await mp.wait(pause)
  const { exparser } = weappRealm()
  const point = { identifier: 0, pageX: 1, pageY: 1, clientX: 1, clientY: 1, x: 1, y: 1 }
  for (const [type, touches, changedTouches] of [
    ['touchstart', [point], [point]],
    ['touchend', [], [point]],
    ['tap', [], [point]]
  ]) {
    const event = exparser.Event.create(type, type === 'tap' ? { x: 1, y: 1 } : {}, {
      bubbles: true,
      composed: true,
      capturePhase: true,
      extraFields: { touches, changedTouches }
    })
    exparser.Event.dispatchEvent(control.node, event)
  }
  await mp.settle()
  if (
    control.tag === 'button' &&
    control.attrs.openType === 'share' &&
    !isTruthyAttr(control.attrs.disabled)
  ) {
    if (mp.singlePage) {
      mp.log.push({ api: 'showToast', title: '请前往小程序使用完整服务' })
    } else {
      const page = mp.page
      const payload = mp.guard('onShareAppMessage', () =>
        page.instance.onShareAppMessage?.({ from: 'button', target: { id: control.attrs.id, dataset: {} } })
      )
      mp.log.push({ api: 'shareAppMessage', from: 'button', payload })
    }
    await mp.settle()
  }
}

/**
 * A person typing or pasting into a textarea or input: WeChat's renderer reports an input event with the new value,
 * which reaches the template's bindinput (Taro's handler, which runs the React onInput).
 */
export async function typeInto(mp, node, value) {
  const { exparser } = weappRealm()
  const event = exparser.Event.create(
    'input',
    { value, cursor: value.length, keyCode: 0 },
    { bubbles: true, composed: true, capturePhase: true }
  )
  exparser.Event.dispatchEvent(node, event)
  await mp.settle()
}

/**
 * Where a second tap of a double tap lands. This tier has no layout, so "the same spot" is the control that now
 * has the same place in reading order as `control` had among `before` (the controls when it was tapped): in the
 * app's single-column layout that is the control drawn where the finger was. Null when there is none.
 */
export function atSamePlace(page, control, before) {
  const index = before.findIndex((c) => c.path.join('.') === control.path.join('.'))
  if (index < 0) throw new Error(`control "${control.name}" is not among the controls it was tapped from`)
  return controls(page)[index] ?? null
}

/** Two taps 250 ms apart, as older hands often make (the browser tests' double taps too). */
export const DOUBLE_TAP_MS = 250

/**
 * Two taps on the same spot, DOUBLE_TAP_MS apart: the second lands on whatever control is now in that place (see
 * atSamePlace). Returns the name of what the second tap hit, or null when nothing is there.
 */
export async function doubleTap(mp, control) {
  const before = controls(mp.page)
  await tap(mp, control)
  await mp.wait(DOUBLE_TAP_MS)
  const again = atSamePlace(mp.page, control, before)
  if (again) await tap(mp, again, { pause: 0 })
  return again?.name ?? null
}

/** A serialisation of what a person perceives (text, roles, labels, states, classes): equal strings, same screen. */
export function perceived(page) {
  const nodes = renderedNodes(page)
  return (
    nodes
      .map((n) => {
        const own = ['ariaRole', 'ariaLabel', 'ariaChecked', 'class', 'disabled', 'openType']
          .map((name) =>
            n.attrs[name] === undefined || n.attrs[name] === '' ? '' : `${name}=${n.attrs[name]}`
          )
          .filter(Boolean)
          .join(' ')
        return `${n.tag}[${own}]`
      })
      .join('\n') + `\n${visibleText(page)}`
  )
}
