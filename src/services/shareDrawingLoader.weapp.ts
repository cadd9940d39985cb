/**
 * The mini-program's loader of ./shareDrawing. Taro turns import() into a plain require in mini-programs, which
 * would put the drawing code back into the main package; instead config/index.ts bundles shareDrawing.ts into
 * SHARE_DRAWING_FILE inside the help subpackage, and this asks WeChat for it with require.async (subpackage
 * async loading, base library 2.11.2+, below our 2.16.1 minimum). It resolves to the module, or rejects when
 * this WeChat cannot load it; the caller then shares without a drawn image.
 */
type Drawing = typeof import('./shareDrawing')

/** Where the build writes the drawing bundle, from the mini-program root; config/index.ts uses the same path. */
export const SHARE_DRAWING_FILE = 'pages/help/share-drawing.js'

declare const __non_webpack_require__: { async?: (path: string) => Promise<unknown> } | undefined

let loading: Promise<Drawing> | undefined

export function loadShareDrawing(): Promise<Drawing> {
  loading ??= new Promise<Drawing>((resolve, reject) => {
    // WeChat's own require (webpack leaves __non_webpack_require__ alone), relative to the calling file, which
    // Taro emits at the package root (common.js).
    const requireAsync =
      typeof __non_webpack_require__ === 'undefined' ? undefined : __non_webpack_require__.async
    if (typeof requireAsync !== 'function') {
      reject(new Error('require.async is not available'))
      return
    }
    requireAsync(`./${SHARE_DRAWING_FILE}`).then((module) => resolve(module as Drawing), reject)
  }).catch((error: unknown) => {
    loading = undefined
    throw error
  })
  return loading
}
