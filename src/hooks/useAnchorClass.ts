import { useState } from 'react'

/** Counts the anchors handed out, so no two mounted elements share one. */
let anchors = 0

/**
 * A class name that is this element's alone for as long as it is mounted: `${prefix}-${n}`, for a selector that must
 * find this element and not another of its kind on the page (nudgeIntoView's `.fs-call__cannot-3`). React's useId
 * is not used: its colons are not valid in a class selector of WXSS or of a selector query.
 */
export function useAnchorClass(prefix: string): string {
  const [anchor] = useState(() => `${prefix}-${(anchors += 1)}`)
  return anchor
}
