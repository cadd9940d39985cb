import { tapDelayMs, tapPoint } from '../../src/services/system'

describe('how long ago a tap happened (browser events carry performance.now() time)', () => {
  test('an event stamped 800 ms ago was waiting 800 ms', () => {
    const delay = tapDelayMs({ timeStamp: performance.now() - 800 })
    expect(delay).toBeGreaterThanOrEqual(800)
    expect(delay).toBeLessThan(900)
  })

  test.each([
    ['no event', undefined],
    ['no time stamp', {}],
    ['a time stamp from another clock (epoch ms)', { timeStamp: Date.now() }],
    ['a time stamp from far in the past', { timeStamp: performance.now() - 60_000 }],
    ['not a number', { timeStamp: 'soon' }]
  ])('%s counts as handled at once', (_, event) => {
    expect(tapDelayMs(event)).toBe(0)
  })
})

describe('where a tap touched the screen', () => {
  test("a mini-program tap's first changed touch, or a browser click's client point", () => {
    expect(tapPoint({ changedTouches: [{ clientX: 120, clientY: 480 }] })).toEqual({ x: 120, y: 480 })
    expect(tapPoint({ clientX: 30, clientY: 40 })).toEqual({ x: 30, y: 40 })
  })

  test.each([
    ['no event', undefined],
    ['a key press', { key: 'Enter' }],
    ["a synthetic click at the origin (jsdom's)", { clientX: 0, clientY: 0 }],
    ['not numbers', { clientX: '1', clientY: null }]
  ])('%s says nowhere', (_, event) => {
    expect(tapPoint(event)).toBeNull()
  })
})
