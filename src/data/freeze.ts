/**
 * Shared module state: freeze it so no page can change what another page shows. Apart from ./validation, whose
 * validators only the subpackages' loaders (scenarios, drills) run: the main package carries this alone.
 */
export function deepFreeze<T>(x: T): T {
  if (typeof x === 'object' && x !== null && !Object.isFrozen(x)) {
    Object.freeze(x)
    Object.values(x).forEach(deepFreeze)
  }
  return x
}
