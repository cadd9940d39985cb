// Surveys a screen the way a careful tester would: open it, read it, tap every control once from the same
// starting point, and write down what each tap did.
import { SHARE_CARD_SCENE, launch } from './miniprogram.mjs'
import { controls, perceived, tap, visibleText } from './tree.mjs'

const NAVIGATIONS = new Set(['navigateTo', 'redirectTo', 'reLaunch', 'switchTab', 'navigateBack'])
const SILENT = new Set(['setStorageSync', 'removeStorageSync'])

/**
 * Opens `path` with `query` (as from a share card unless options.scene says otherwise) and taps each control.
 * A control that changes the screen is followed by the page opening again (or, if the app remembered the
 * change, a fresh launch from the same saved state), so every control is tapped from the screen a person first
 * sees. Navigations are checked and logged, not followed.
 *
 * Returns {route, query, text, controls, errors, effects}; each effect is
 * {role, name, text, navigations: [{api, route, query, error}], calls: [numbers], shares, toasts, changed, errors}.
 */
export async function survey(path, query = {}, options = {}) {
  const launchOptions = { path, query, scene: SHARE_CARD_SCENE, ...options }
  let mp = await launch(launchOptions)
  const startStorage = Object.fromEntries(options.storage ? Object.entries(options.storage) : [])
  const first = {
    route: mp.page?.route ?? null,
    query,
    text: mp.page ? visibleText(mp.page) : '',
    controls: mp.page ? controls(mp.page) : [],
    errors: [...mp.errors],
    share: sharePayloads(mp),
    effects: []
  }
  if (!mp.page) {
    mp.close()
    return first
  }
  const keys = keyed(first.controls)
  const firstScreen = perceived(mp.page)
  mp.holdNavigation = true
  for (const key of keys) {
    const control = keyed(controls(mp.page)).find((c) => c.key === key.key)
    if (!control) throw new Error(`control ${key.key} is not on a fresh ${path}`)
    const before = perceived(mp.page)
    const logAt = mp.log.length
    const errorsAt = mp.errors.length
    await tap(mp, control)
    const log = mp.log.slice(logAt).filter((entry) => !SILENT.has(entry.api))
    const changed = perceived(mp.page) !== before
    first.effects.push({
      role: control.role,
      name: control.name,
      text: control.text,
      navigations: log
        .filter((e) => NAVIGATIONS.has(e.api))
        .map((e) => ({ api: e.api, error: e.error, ...(mp.resolveUrl(e.url) || {}) })),
      calls: log.filter((e) => e.api === 'makePhoneCall').map((e) => e.phoneNumber),
      shares: log.filter((e) => e.api === 'shareAppMessage' || e.api === 'showShareImageMenu'),
      toasts: log.filter((e) => e.api === 'showToast' || e.api === 'showModal'),
      other: log.filter(
        (e) =>
          !NAVIGATIONS.has(e.api) &&
          !['makePhoneCall', 'shareAppMessage', 'showShareImageMenu', 'showToast', 'showModal'].includes(
            e.api
          )
      ),
      changed,
      errors: mp.errors.slice(errorsAt)
    })
    if (changed && (control.role === 'switch' || control.role === 'checkbox')) {
      // A toggle tapped again should give the first screen back (and saves a fresh page render).
      await tap(mp, keyed(controls(mp.page)).find((c) => c.key === key.key) ?? control)
    }
    if (changed && perceived(mp.page) !== firstScreen) {
      // Page state resets when the page opens again; what the app remembers may not: then start it anew.
      await mp.reopen()
      if (perceived(mp.page) !== firstScreen) {
        mp.close()
        mp = await launch({ ...launchOptions, storage: startStorage })
        mp.holdNavigation = true
      }
    }
  }
  mp.close()
  return first
}

/**
 * What WeChat's ··· menu would forward: onShareAppMessage's card {title, path, imageUrl} and onShareTimeline's
 * {title, query, imageUrl}; null where the page does not offer it.
 */
export function sharePayloads(mp) {
  const page = mp.page
  if (!page) return { app: null, timeline: null }
  const call = (name, arg) =>
    typeof page.instance[name] === 'function' ? (mp.guard(name, () => page.instance[name](arg)) ?? {}) : null
  return { app: call('onShareAppMessage', { from: 'menu' }), timeline: call('onShareTimeline') }
}

/** Whether a tap did something a person would notice. */
export function didSomething(effect) {
  return (
    effect.navigations.some((n) => !n.error) ||
    effect.calls.length > 0 ||
    effect.shares.length > 0 ||
    effect.toasts.length > 0 ||
    effect.other.length > 0 ||
    effect.changed
  )
}

/** Controls keyed by role, name and how many came before with the same role and name. */
function keyed(list) {
  const seen = new Map()
  return list.map((c) => {
    const base = `${c.role}:${c.name}`
    const n = seen.get(base) || 0
    seen.set(base, n + 1)
    return { ...c, key: `${base}#${n}` }
  })
}

/**
 * The control that takes a person home from the current screen, found by tapping: controls that name 首页 first,
 * then the rest. Navigations are checked, not followed. Returns the control's name, or null.
 */
export async function findWayHome(mp) {
  const home = mp.realm.packages.home
  const hold = mp.holdNavigation
  mp.holdNavigation = true
  try {
    const byHint = (c) => (/首页/.test(c.name) ? 0 : 1)
    const candidates = keyed(controls(mp.page)).sort((a, b) => byHint(a) - byHint(b))
    for (const candidate of candidates) {
      const control = keyed(controls(mp.page)).find((c) => c.key === candidate.key)
      if (!control) continue
      const logAt = mp.log.length
      await tap(mp, control)
      const wentHome = mp.log
        .slice(logAt)
        .some((e) => NAVIGATIONS.has(e.api) && !e.error && mp.resolveUrl(e.url)?.route === home)
      if (wentHome) return control.name
    }
    return null
  } finally {
    mp.holdNavigation = hold
  }
}
