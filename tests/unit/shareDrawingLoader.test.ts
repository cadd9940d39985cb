import * as drawing from '../../src/services/shareDrawing'
import { loadShareDrawing, SHARE_DRAWING_FILE } from '../../src/services/shareDrawingLoader.weapp'

/** What webpack leaves as WeChat's own `require` in the mini-program build. */
const globals = globalThis as { __non_webpack_require__?: { async?: (path: string) => Promise<unknown> } }

afterEach(() => {
  delete globals.__non_webpack_require__
})

describe('the mini-program loads the share drawing from its subpackage', () => {
  test('a WeChat without require.async: the load fails (the share then uses the default image)', async () => {
    await expect(loadShareDrawing()).rejects.toThrow('require.async is not available')
  })

  test('a subpackage that cannot be fetched: the load fails, and a later try asks again', async () => {
    const requireAsync = jest.fn().mockRejectedValue(new Error('loadSubpackage:fail network'))
    globals.__non_webpack_require__ = { async: requireAsync }
    await expect(loadShareDrawing()).rejects.toThrow('network')
    await expect(loadShareDrawing()).rejects.toThrow('network')
    expect(requireAsync).toHaveBeenCalledTimes(2)
  })

  test('asks WeChat for the file the build emits, relative to the package root, and keeps the module', async () => {
    const requireAsync = jest.fn().mockResolvedValue(drawing)
    globals.__non_webpack_require__ = { async: requireAsync }
    await expect(loadShareDrawing()).resolves.toBe(drawing)
    await expect(loadShareDrawing()).resolves.toBe(drawing)
    expect(requireAsync).toHaveBeenCalledTimes(1)
    expect(requireAsync).toHaveBeenCalledWith('./pages/help/share-drawing.js')
    expect(SHARE_DRAWING_FILE).toBe('pages/help/share-drawing.js')
  })
})

describe('a drawing module that cannot load', () => {
  test('gives no image instead of an error', async () => {
    jest.resetModules()
    jest.doMock('../../src/services/shareDrawingLoader', () => ({
      loadShareDrawing: () => Promise.reject(new Error('loadSubpackage:fail'))
    }))
    const platform = process.env.TARO_ENV
    process.env.TARO_ENV = 'weapp'
    try {
      const service = await import('../../src/services/shareImage')
      await expect(service.drawShareCard({ page: 'index' }, 'chat')).resolves.toBeUndefined()
    } finally {
      process.env.TARO_ENV = platform
      jest.dontMock('../../src/services/shareDrawingLoader')
    }
  })
})
