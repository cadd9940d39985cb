import { createContext, useContext } from 'react'

/**
 * False on a page WeChat opened from Moments in single-page mode, where no page can open another. PageShell
 * provides it; controls that lead elsewhere hide themselves so the page reads complete on its own.
 */
export const CanNavigateContext = createContext(true)

export function useCanNavigate(): boolean {
  return useContext(CanNavigateContext)
}
