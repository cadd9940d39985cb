/**
 * Printing the page, in the browser version only (the mini-program has no print dialog: there the card is read on
 * screen or saved as a screenshot).
 */
export function canPrint(): boolean {
  return process.env.TARO_ENV === 'h5' && typeof window !== 'undefined' && typeof window.print === 'function'
}

/** Opens the browser's print dialog; a browser that refuses leaves the page as it is. */
export function printPage(): void {
  if (!canPrint()) return
  try {
    window.print()
  } catch {
    // Nothing to do: the card is still on screen.
  }
}
