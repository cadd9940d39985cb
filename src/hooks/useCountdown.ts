import { useEffect, useState } from 'react'

/**
 * Seconds left of a countdown that ticks once a second while `running`, stopping at 0. Calls `onDone` once when
 * it reaches 0 (not when the caller stops it early).
 */
export function useCountdown(seconds: number, running: boolean, onDone: () => void): number {
  const [left, setLeft] = useState(seconds)

  useEffect(() => {
    if (!running) return undefined
    if (left <= 0) {
      onDone()
      return undefined
    }
    const timer = setTimeout(() => setLeft((n) => n - 1), 1000)
    return () => clearTimeout(timer)
    // onDone is read when the count ends; a new function each render must not restart the second.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [left, running])

  return left
}
