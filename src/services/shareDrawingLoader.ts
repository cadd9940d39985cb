/**
 * Loads ./shareDrawing on first use. In the browser version (and jest) it is a lazy chunk, never part of a page's
 * first load; the browser never draws, so it is not even fetched. The mini-program uses
 * ./shareDrawingLoader.weapp.ts instead (Taro picks the .weapp file for that build).
 */
export function loadShareDrawing(): Promise<typeof import('./shareDrawing')> {
  return import('./shareDrawing')
}
