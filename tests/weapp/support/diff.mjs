// j-component 1.4.10 applies a setData by diffing the old and new virtual trees, but its keyed-list moves put
// reordered children in the wrong order (the quiz showed "B错 A对" while the data said "A对 B错"). WeChat
// renders the data as it is; this replacement diff keeps j-component's node updates and places every child at
// the index the new tree gives it.
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

/** Installs the diff into j-component (its template engine calls the module's diffVt on every update). */
export function installDiff(exparser) {
  const diff = require('j-component/src/render/diff')
  const render = require('j-component/src/render/render')
  const CONSTANT = require('j-component/src/tool/constant')

  const sameNode = (a, b) =>
    a.type === b.type && a.tagName === b.tagName && a.componentId === b.componentId && a.key === b.key

  const sameEvents = (a, b) => {
    const keys = Object.keys(a)
    if (keys.length !== Object.keys(b).length) return false
    return keys.every((k) => {
      const x = a[k]
      const y = b[k]
      return (
        y &&
        x.name === y.name &&
        x.isCapture === y.isCapture &&
        x.isMutated === y.isMutated &&
        x.isCatch === y.isCatch &&
        x.handler === y.handler
      )
    })
  }

  function replace(oldVt, newVt) {
    const node = oldVt.exparserNode
    const parent = node.parentNode
    const fresh = render.renderExparserNode(newVt, null, parent.ownerShadowRoot || parent)
    fresh._vt = newVt
    parent.replaceChild(fresh, node)
    return fresh
  }

  /** Updates oldVt's node to newVt; returns the node that now stands for newVt. */
  function update(oldVt, newVt) {
    const node = oldVt.exparserNode
    newVt.exparserNode = node
    if (oldVt.type === CONSTANT.TYPE_TEXT || newVt.type === CONSTANT.TYPE_TEXT) {
      if (oldVt.type === newVt.type && oldVt.content === newVt.content) return node
      return replace(oldVt, newVt)
    }
    if (!sameNode(oldVt, newVt)) return replace(oldVt, newVt)

    const attrs = diff.diffAttrs(oldVt.attrs, newVt.attrs)
    if (attrs) {
      newVt.attrs = attrs
      render.updateAttrs(node, attrs)
    }
    if (sameEvents(oldVt.event, newVt.event)) {
      newVt.event = oldVt.event
    } else {
      for (const { name, isCapture, id } of Object.values(oldVt.event)) {
        exparser.removeListenerFromElement(node, name, id, { capture: isCapture })
      }
      render.updateEvent(node, newVt.event)
    }
    updateChildren(node, oldVt.children, newVt.children)
    node._vt = newVt
    return node
  }

  function updateChildren(node, oldChildren, newChildren) {
    const keyed = new Map()
    const unkeyed = []
    for (const child of oldChildren) {
      if (child.key && !keyed.has(child.key)) keyed.set(child.key, child)
      else unkeyed.push(child)
    }
    const used = new Set()
    const placed = newChildren.map((child) => {
      let match = child.key ? keyed.get(child.key) : undefined
      if (match && used.has(match)) match = undefined
      if (!match && !child.key) match = unkeyed.find((old) => !used.has(old))
      if (match) {
        used.add(match)
        return update(match, child)
      }
      const fresh = render.renderExparserNode(child, null, node.ownerShadowRoot || node)
      fresh._vt = child
      return fresh
    })
    for (const old of oldChildren) if (!used.has(old)) node.removeChild(old.exparserNode)
    placed.forEach((child, index) => {
      if (node.childNodes[index] === child) return
      if (child.parentNode === node) node.removeChild(child)
      const before = node.childNodes[index]
      if (before) node.insertBefore(child, before)
      else node.appendChild(child)
    })
  }

  diff.diffVt = update
}
