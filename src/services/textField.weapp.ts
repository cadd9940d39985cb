import { useCallback } from 'react'

interface FieldEvent {
  type: string
  mpEvent?: { detail?: { value?: unknown } }
}

interface FieldNode {
  props: Record<string, unknown>
  value: string
  dispatchEvent: (event: FieldEvent) => boolean
}

/** Fields already made quiet: a ref called again on the same field must not wrap its dispatch twice. */
const quietFields = new WeakSet<object>()

/**
 * A ref for a text box that starts with `text` and whose typing is not echoed back to the screen (no `value` prop). Taro's runtime answers every keystroke in a form
 * field by setting the field's value again (FormElement.dispatchEvent: `this.value = detail.value`), which is a setData
 * of the whole text: for 风险自测's box, up to 20,000 characters (about 60 KB) at every key. The box on screen already
 * shows what was typed; this keeps the value in Taro's copy of the page (`props.value`, as Taro does for a change event)
 * without sending it. The page empties such a box by drawing a new one (a new key), never by setting its value.
 */
export function useQuietTextField(text: string): (node: unknown) => void {
  return useCallback(
    (node: unknown) => {
      if (!node || typeof node !== 'object' || quietFields.has(node)) return
      const field = node as FieldNode
      const fieldDispatch = field.dispatchEvent
      // The dispatch of an element that is no form field: the one FormElement's own calls after its echo.
      let proto: unknown = Object.getPrototypeOf(field)
      let elementDispatch: FieldNode['dispatchEvent'] | undefined
      while (proto && !elementDispatch) {
        proto = Object.getPrototypeOf(proto)
        const found = (proto as Partial<FieldNode> | null)?.dispatchEvent
        if (typeof found === 'function' && found !== fieldDispatch) elementDispatch = found
      }
      if (typeof fieldDispatch !== 'function' || !elementDispatch) return
      const dispatch = elementDispatch
      quietFields.add(field)
      field.dispatchEvent = function quietDispatch(this: FieldNode, event: FieldEvent) {
        if (event.type !== 'input' || !event.mpEvent) return fieldDispatch.call(this, event)
        this.props.value = event.mpEvent.detail?.value
        return dispatch.call(this, event)
      }
      // The text it starts with, sent once (a draft kept from before: Back, then Forward).
      if (text !== '') field.value = text
    },
    [text]
  )
}
