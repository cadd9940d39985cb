import { CARE_MODE_SCALE, pageScale, readerFontScale, scaleStyle } from '../../src/domain/fontScale'

// WeChat 适老化设计指南: user font size (fontSizeSetting, px) per iOS level; factor = setting / 17.
const IOS_LEVELS: Record<string, number[]> = {
  '414 screen': [16, 17, 18.5, 20, 22, 23.8, 25.5],
  '375 screen': [16, 17, 18, 19.5, 21, 22, 23.8],
  '320 screen': [16, 17, 18, 19, 20.5, 22, 23.8],
  iPad: [16, 17, 20, 24.5, 27.5, 29.75, 29.75]
}

describe('following the WeChat font setting', () => {
  for (const [screen, settings] of Object.entries(IOS_LEVELS)) {
    test.each(settings.map((setting, level) => [level - 1, setting]))(
      `iOS ${screen}, level %p (%p px) scales text by setting / 17`,
      (_level, setting) => {
        const expected = Math.min(2, Math.max(0.9, setting / 17))
        expect(readerFontScale({ fontSizeScaleFactor: setting / 17 })).toBeCloseTo(expected, 3)
        expect(readerFontScale({ fontSizeSetting: setting, platform: 'ios' })).toBeCloseTo(expected, 3)
      }
    )
  }

  test('care mode (23.8 px) is about 1.4', () => {
    expect(readerFontScale({ fontSizeSetting: 23.8, platform: 'ios' })).toBeCloseTo(1.4, 3)
    expect(CARE_MODE_SCALE).toBeCloseTo(1.4, 3)
  })

  test('Android measures against 16 px', () => {
    expect(readerFontScale({ fontSizeSetting: 16, platform: 'android' })).toBe(1)
    expect(readerFontScale({ fontSizeSetting: 24, platform: 'android' })).toBe(1.5)
  })

  test('the factor wins over the setting when both are given', () => {
    expect(readerFontScale({ fontSizeScaleFactor: 1.25, fontSizeSetting: 30 })).toBe(1.25)
  })

  test('the largest settings are capped at 2 so pages stay readable without sideways scrolling', () => {
    expect(readerFontScale({ fontSizeScaleFactor: 3.1 })).toBe(2)
    expect(readerFontScale({ fontSizeSetting: 40, platform: 'ios' })).toBe(2)
  })

  test.each([
    [{}],
    [{ fontSizeScaleFactor: 'big' }],
    [{ fontSizeScaleFactor: 0 }],
    [{ fontSizeSetting: -3 }],
    [{ fontSizeScaleFactor: Number.NaN }]
  ])('missing or nonsense values %p mean the standard size', (env) => {
    expect(readerFontScale(env)).toBe(1)
  })
})

describe('大字模式', () => {
  test('off: text follows the reader, tap targets stay at the 44 px floor', () => {
    expect(pageScale(1.2, false)).toEqual({ text: 1.2, target: 1 })
  })

  test('on: text is at least care-mode size and targets at least 48 px', () => {
    expect(pageScale(1, true)).toEqual({ text: 1.4, target: 1.091 })
    expect(48 / 44).toBeCloseTo(1.091, 3)
  })

  test('on makes text visibly bigger than a reader who already chose big text, up to ×2', () => {
    expect(pageScale(1.4, true).text).toBe(1.68)
    expect(pageScale(1.5, true).text).toBe(1.8)
    expect(pageScale(1.8, true).text).toBe(2)
    expect(pageScale(2, true).text).toBe(2)
  })

  test('on never shrinks a reader who chose text beyond ×2', () => {
    expect(pageScale(2.5, true).text).toBe(2.5)
  })

  test('the page root carries both values as CSS variables', () => {
    expect(scaleStyle({ text: 1.4, target: 1.091 })).toBe('--fs-scale:1.4;--fs-target:1.091')
  })
})
