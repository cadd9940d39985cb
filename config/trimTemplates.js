/**
 * Taro plugin (mini-program builds): base.wxml, in the main package, holds one template for every component any
 * page uses, with every attribute WeChat's component has. Button, Input and Textarea are the only ones the blank app
 * lacks (about 6 KB: the share button, the search, family and 风险自测 boxes); their templates here keep only the
 * attributes the app sets, so the others are not stored. An attribute not listed here never reaches WeChat: add it
 * when a page starts to use it (the props' names, dashed: confirmType → confirm-type); tests/unit/trimTemplates.test.ts
 * fails while a page sets a prop this list drops.
 *
 * Only the template's text changes, never Taro's component tables, so the runtime's attribute numbering (p0, p1,
 * …, shared with the templates) stays the same. Input and Textarea lose their focus / blur template pair: the app
 * never sets `focus`, so WeChat only ever used the one without it, which is the one kept.
 */
const KEEP = {
  button: ['open-type', 'disabled', 'hover-class', 'aria-label', 'bindtap'],
  input: [
    'value',
    'type',
    'placeholder',
    'placeholder-class',
    'maxlength',
    'confirm-type',
    'disabled',
    'aria-label'
  ],
  textarea: ['value', 'placeholder', 'placeholder-class', 'maxlength', 'disabled', 'aria-label']
}
/** Kept on all three: Taro's own wiring, and the events the runtime and the pages listen to. */
const ALWAYS = [
  'style',
  'class',
  'id',
  'data-sid',
  'bindtap',
  'bindinput',
  'bindfocus',
  'bindblur',
  'bindconfirm'
]

function trimAttributes(template, nodeName) {
  const keep = new Set([...KEEP[nodeName], ...ALWAYS])
  const open = new RegExp(`<${nodeName} ([^>]*)>`, 'g')
  return template.replace(open, (_, attrs) => {
    const kept = [...attrs.matchAll(/([a-z-]+)="[^"]*"/g)]
      .filter(([, name]) => keep.has(name))
      .map(([a]) => a)
    return `<${nodeName} ${kept.join(' ')}>`
  })
}

module.exports = (ctx) => {
  ctx.registerMethod({
    name: 'onSetupClose',
    fn(platform) {
      const template = platform.template
      if (!template || platform.platform !== 'weapp') return
      template.focusComponents.delete('input')
      template.focusComponents.delete('textarea')
      const modify = template.modifyTemplateResult
      template.modifyTemplateResult = (res, nodeName, ...rest) => {
        const out = typeof modify === 'function' ? modify(res, nodeName, ...rest) : res
        return nodeName in KEEP ? trimAttributes(out, nodeName) : out
      }
    }
  })
}

module.exports.KEEP = KEEP
module.exports.ALWAYS = ALWAYS
