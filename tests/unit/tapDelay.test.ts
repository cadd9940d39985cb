import { tapDelayMs } from '../../src/services/system'

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
