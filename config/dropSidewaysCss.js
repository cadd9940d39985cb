/**
 * PostCSS plugin for the mini-program build: drops the rules for a phone held sideways (`@media (orientation:
 * landscape)`, the fs-short-landscape mixin in src/styles/_blocks.scss). A mini-program page keeps WeChat's default
 * pageOrientation, portrait, and turns only when a page sets "auto" or the app sets "resizable" (iPad), which this one
 * never does; only the browser version turns. They were about 1.5 KB of the main package's stylesheet.
 */
module.exports = () => ({
  postcssPlugin: 'fs-drop-sideways-css',
  AtRule: {
    media(rule) {
      if (/orientation\s*:\s*landscape/.test(rule.params)) rule.remove()
    }
  }
})
module.exports.postcss = true
