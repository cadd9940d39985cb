import Taro from '@tarojs/taro'
import { CATEGORY_IDS } from '@/data/ids'
import type { ShareTarget } from '#types/share'
import { brochure } from '../../src/data'
import {
  buildBrowserShareMessage,
  buildResultPosterText,
  buildShareCardText,
  buildSharePayload,
  shareTargetKey
} from '../../src/domain/share'
import { chatShareContent, momentsShareContent } from '../../src/hooks/useSharePage'
import { copyLink } from '../../src/services/share'
import { cachedShareCard, canDrawShareImages, drawShareCard } from '../../src/services/shareImage'

jest.mock('@/services/shareImage', () => ({
  canDrawShareImages: jest.fn(() => false),
  cachedShareCard: jest.fn(() => undefined),
  drawShareCard: jest.fn(async () => undefined)
}))
const mockedCanDraw = canDrawShareImages as jest.MockedFunction<typeof canDrawShareImages>
const mockedCached = cachedShareCard as jest.MockedFunction<typeof cachedShareCard>
const mockedDraw = drawShareCard as jest.MockedFunction<typeof drawShareCard>

/** Every page that has a share card, with what its title must say and the route it must open. */
const PAGES: [ShareTarget, RegExp, string][] = [
  [{ page: 'index' }, /十种常见骗局/, '/pages/index/index?from=share'],
  [
    { page: 'category', id: 'fake-credit' },
    /^虚假征信诈骗：个人征信无法人为更改或消除/,
    '/pages/category/index?id=fake-credit&from=share'
  ],
  [{ page: 'prevention' }, /不轻信、不透露、不转账、及时报警/, '/pages/prevention/index?from=share'],
  [{ page: 'quiz' }, /^测测你能识破几种骗局$/, '/pages/learn/quiz/index?from=share'],
  [{ page: 'quiz-result', score: 90 }, /90 分/, '/pages/learn/quiz/index?from=share'],
  [{ page: 'check' }, /可疑电话、短信/, '/pages/check/index?from=share'],
  [{ page: 'help' }, /110/, '/pages/help/index?from=share'],
  [{ page: 'search' }, /常见电信网络诈骗/, '/pages/learn/search/index?from=share']
]

describe('share cards', () => {
  test.each(CATEGORY_IDS.map((id) => [id]))(
    'the %s card names the fraud, carries its tip and reopens it',
    (id) => {
      const category = brochure.categories.find((c) => c.id === id)!
      const card = buildSharePayload({ page: 'category', id }, brochure)
      expect(card.title).toBe(`${category.name}：${category.tipKeySentence}`)
      expect(category.tip.join('')).toContain(category.tipKeySentence)
      expect(card.path).toBe(`/pages/category/index?id=${id}&from=share`)
      expect(card.query).toBe(`id=${id}&from=share`)
    }
  )

  test('the online-loan card carries the brochure sentence about paying first', () => {
    expect(buildSharePayload({ page: 'category', id: 'online-loan' }, brochure).title).toBe(
      '网络贷款诈骗：凡是网络贷款需要先交钱的都是诈骗！'
    )
  })

  test('home and prevention cards open their pages', () => {
    expect(buildSharePayload({ page: 'index' }, brochure)).toEqual({
      title: '防范电信网络诈骗：十种常见骗局，遇事拨打96110',
      path: '/pages/index/index?from=share',
      query: 'from=share'
    })
    const prevention = buildSharePayload({ page: 'prevention' }, brochure)
    expect(prevention.title).toBe('防骗牢记四条：不轻信、不透露、不转账、及时报警')
    expect(prevention.path).toBe('/pages/prevention/index?from=share')
  })

  test('a result card shows the score but opens the quiz start, not the sender’s result', () => {
    const card = buildSharePayload({ page: 'quiz-result', score: 80 }, brochure)
    expect(card.title).toBe('我在反诈测试中得了 80 分，你也来测测')
    expect(card.path).toBe('/pages/learn/quiz/index?from=share')
  })

  test('an impossible score is clamped rather than printed', () => {
    expect(buildSharePayload({ page: 'quiz-result', score: 140 }, brochure).title).toContain('100 分')
    expect(buildSharePayload({ page: 'quiz-result', score: Number.NaN }, brochure).title).toContain(' 0 分')
  })

  test('every card title fits a chat card', () => {
    for (const id of CATEGORY_IDS) {
      expect(buildSharePayload({ page: 'category', id }, brochure).title.length).toBeLessThanOrEqual(48)
    }
  })
})

describe('every page has its own card', () => {
  test.each(PAGES.map(([target, title, path]) => [target.page, target, title, path] as const))(
    '%s: title, path with from=share',
    (_page, target, title, path) => {
      const card = buildSharePayload(target, brochure)
      expect(card.title).toMatch(title)
      expect(card.path).toBe(path)
      expect(card.query).toBe(path.split('?')[1])
    }
  )

  test('cards are told apart by their key, so each has its own images', () => {
    const keys = PAGES.map(([target]) => shareTargetKey(target))
    expect(new Set(keys).size).toBe(keys.length)
    expect(shareTargetKey({ page: 'category', id: 'online-loan' })).not.toBe(
      shareTargetKey({ page: 'category', id: 'fake-credit' })
    )
    expect(shareTargetKey({ page: 'quiz-result', score: 80 })).not.toBe(
      shareTargetKey({ page: 'quiz-result', score: 90 })
    )
  })
})

describe('card image text', () => {
  test('a category image names the fraud and carries its tip key sentence and 96110', () => {
    for (const id of CATEGORY_IDS) {
      const category = brochure.categories.find((c) => c.id === id)!
      expect(buildShareCardText({ page: 'category', id }, brochure)).toEqual({
        title: category.name,
        body: category.tipKeySentence,
        footer: '反诈专线 96110'
      })
    }
  })

  test('prevention carries the four rules, the quiz invites, a result shows its score', () => {
    expect(buildShareCardText({ page: 'prevention' }, brochure).body).toBe('不轻信、不透露\n不转账、及时报警')
    expect(buildShareCardText({ page: 'quiz' }, brochure).body).toBe('测测你能识破几种骗局')
    expect(buildShareCardText({ page: 'quiz-result', score: 70 }, brochure).body).toContain('70 分')
    for (const [target] of PAGES) {
      const text = buildShareCardText(target, brochure)
      expect(text.title).not.toBe('')
      expect(text.footer).toBe('反诈专线 96110')
    }
  })

  test('the result poster names each rule and keeps counts whole', () => {
    const poster = buildResultPosterText(
      72.4,
      [
        { rule: 'no-trust', correct: 2, asked: 3, ratio: 2 / 3 },
        { rule: 'report', correct: Number.NaN, asked: 1, ratio: 0 }
      ],
      brochure
    )
    expect(poster.scoreLabel).toBe('72 分')
    expect(poster.rows).toEqual([
      { label: '不轻信', correct: 2, asked: 3 },
      { label: '及时报警', correct: 0, asked: 1 }
    ])
    expect(poster.footer).toContain('96110')
  })
})

describe('what the share handlers hand WeChat', () => {
  beforeEach(() => {
    mockedCanDraw.mockReset().mockReturnValue(true)
    mockedCached.mockReset().mockReturnValue(undefined)
    mockedDraw.mockReset().mockResolvedValue(undefined)
  })

  test.each(PAGES.map(([target, , path]) => [target.page, target, path] as const))(
    '%s: the drawn chat image when it is ready',
    (_page, target, path) => {
      mockedCached.mockImplementation((_t, shape) => (shape === 'chat' ? 'wxfile://chat.png' : undefined))
      const content = chatShareContent(target)
      expect(content).toEqual({
        title: buildSharePayload(target, brochure).title,
        path,
        imageUrl: 'wxfile://chat.png'
      })
      expect(mockedDraw).not.toHaveBeenCalled()
    }
  )

  test('not drawn yet: a promise of the image, which falls back to the default image when drawing fails', async () => {
    const target: ShareTarget = { page: 'category', id: 'online-loan' }
    const content = chatShareContent(target) as {
      title: string
      path: string
      imageUrl?: string
      promise: Promise<unknown>
    }
    expect(content.title).toBe('网络贷款诈骗：凡是网络贷款需要先交钱的都是诈骗！')
    expect(content.path).toBe('/pages/category/index?id=online-loan&from=share')
    expect(content.imageUrl).toBeUndefined()
    expect(mockedDraw).toHaveBeenCalledWith(target, 'chat')
    await expect(content.promise).resolves.toEqual({ title: content.title, path: content.path })
  })

  test('not drawn yet: the promise carries the image once drawn', async () => {
    mockedDraw.mockResolvedValue('wxfile://late.png')
    const content = chatShareContent({ page: 'prevention' }) as { promise: Promise<unknown> }
    await expect(content.promise).resolves.toEqual({
      title: '防骗牢记四条：不轻信、不透露、不转账、及时报警',
      path: '/pages/prevention/index?from=share',
      imageUrl: 'wxfile://late.png'
    })
  })

  test('where nothing can be drawn (the browser build): title and path only, no image, no promise', () => {
    mockedCanDraw.mockReturnValue(false)
    expect(chatShareContent({ page: 'quiz' })).toEqual({
      title: '测测你能识破几种骗局',
      path: '/pages/learn/quiz/index?from=share'
    })
    expect(mockedDraw).not.toHaveBeenCalled()
  })

  test('Moments gets the 1:1 image when drawn, otherwise title and query alone', () => {
    const target: ShareTarget = { page: 'category', id: 'fake-credit' }
    expect(momentsShareContent(target)).toEqual({
      title: buildSharePayload(target, brochure).title,
      query: 'id=fake-credit&from=share'
    })
    mockedCached.mockImplementation((_t, shape) => (shape === 'moments' ? 'wxfile://square.png' : undefined))
    expect(momentsShareContent(target)).toEqual({
      title: buildSharePayload(target, brochure).title,
      query: 'id=fake-credit&from=share',
      imageUrl: 'wxfile://square.png'
    })
  })
})

describe('copyLink', () => {
  const platform = process.env.TARO_ENV
  afterEach(() => {
    process.env.TARO_ENV = platform
    jest.restoreAllMocks()
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true })
  })

  test('in WeChat it copies through the platform clipboard', async () => {
    process.env.TARO_ENV = 'weapp'
    const set = jest
      .spyOn(Taro, 'setClipboardData')
      .mockResolvedValue({ errMsg: 'setClipboardData:ok' } as never)
    await expect(copyLink('http://x/#/pages/quiz/index?from=share')).resolves.toBe('copied')
    expect(set).toHaveBeenCalledWith({ data: 'http://x/#/pages/quiz/index?from=share' })
  })

  test('in WeChat a refused clipboard is reported, not thrown', async () => {
    process.env.TARO_ENV = 'weapp'
    jest
      .spyOn(Taro, 'setClipboardData')
      .mockRejectedValue({ errMsg: 'setClipboardData:fail privacy permission is not authorized', errno: 104 })
    await expect(copyLink('http://x/')).resolves.toBe('failed')
  })

  test('in a browser it copies with the clipboard API, without Taro’s own toast', async () => {
    const writeText = jest.fn(async () => undefined)
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
    const taroCopy = jest.spyOn(Taro, 'setClipboardData')
    await expect(copyLink('【反诈守护】…')).resolves.toBe('copied')
    expect(writeText).toHaveBeenCalledWith('【反诈守护】…')
    expect(taroCopy).not.toHaveBeenCalled()
  })

  test('in a browser a copy that did not happen is reported as failed, never as copied', async () => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: jest.fn(async () => Promise.reject(new Error('NotAllowedError'))) },
      configurable: true
    })
    document.execCommand = jest.fn(() => false)
    await expect(copyLink('text')).resolves.toBe('failed')
    document.execCommand = jest.fn(() => true)
    await expect(copyLink('text')).resolves.toBe('copied')
  })
})

describe('the browser version’s forward message', () => {
  test('names the app and the page in words; the address comes only on its own labelled line', () => {
    const link = 'http://127.0.0.1/#/pages/help/index?from=share'
    const message = buildBrowserShareMessage({ page: 'help' }, brochure, link)
    expect(message.words).toBe('「反诈守护 · 已被骗怎么办」已经被骗了怎么办？立即拨打110报警')
    expect(message.words).not.toMatch(/http|#\//)
    expect(message.full).toBe(`${message.words}\n这是我转给你的反诈学习页，点开就能看：${link}`)
  })
})

describe('drawing the images (the real service, WeChat simulated)', () => {
  const service = jest.requireActual<typeof import('../../src/services/shareImage')>(
    '../../src/services/shareImage'
  )
  const platform = process.env.TARO_ENV

  /** A 2D context that records what was written, measuring like the layout tests do. */
  function fakeCanvas() {
    const written: string[] = []
    const context = {
      fillStyle: '',
      font: '10px sans-serif',
      textAlign: 'start',
      textBaseline: 'alphabetic',
      fillRect: jest.fn(),
      fillText: jest.fn((text: string) => written.push(text)),
      measureText: (text: string) => {
        const size = Number(/(\d+)px/.exec(context.font)?.[1] ?? 10)
        return { width: [...text].reduce((w, c) => w + (/[\x20-\x7e]/.test(c) ? size * 0.55 : size), 0) }
      }
    }
    return {
      canvas: { width: 0, height: 0, getContext: jest.fn(() => context), createImage: jest.fn() },
      written
    }
  }

  let created: ReturnType<typeof fakeCanvas>[]
  let createCanvas: jest.SpyInstance
  let exportCanvas: jest.SpyInstance

  beforeEach(() => {
    process.env.TARO_ENV = 'weapp'
    service.clearShareImages()
    created = []
    createCanvas = jest.spyOn(Taro, 'createOffscreenCanvas').mockImplementation(() => {
      const fake = fakeCanvas()
      created.push(fake)
      return fake.canvas as unknown as Taro.OffscreenCanvas
    })
    exportCanvas = jest
      .spyOn(Taro, 'canvasToTempFilePath')
      .mockImplementation(async () => ({ tempFilePath: `wxfile://tmp/${created.length}.png`, errMsg: 'ok' }))
  })

  afterEach(() => {
    process.env.TARO_ENV = platform
    jest.restoreAllMocks()
  })

  test('a category card: 500×400, the name, the whole tip key sentence and 96110, drawn once', async () => {
    const target: ShareTarget = { page: 'category', id: 'fake-credit' }
    expect(service.cachedShareCard(target, 'chat')).toBeUndefined()
    const path = await service.drawShareCard(target, 'chat')
    expect(path).toBe('wxfile://tmp/1.png')
    expect(createCanvas).toHaveBeenCalledWith({ type: '2d', width: 500, height: 400 })
    expect(exportCanvas).toHaveBeenCalledWith(
      expect.objectContaining({ canvas: created[0].canvas, destWidth: 500, destHeight: 400, fileType: 'png' })
    )
    const drawn = created[0].written.join('')
    expect(drawn).toContain('虚假征信诈骗')
    expect(drawn).toContain('个人征信无法人为更改或消除，不存在注销网贷账户的操作')
    expect(drawn).toContain('反诈专线 96110')

    await expect(service.drawShareCard(target, 'chat')).resolves.toBe(path)
    expect(createCanvas).toHaveBeenCalledTimes(1)
    expect(service.cachedShareCard(target, 'chat')).toBe(path)
    expect(service.cachedShareCard(target, 'moments')).toBeUndefined()
  })

  test('the Moments image is its own 500×500 drawing', async () => {
    await service.drawShareCard({ page: 'prevention' }, 'moments')
    expect(createCanvas).toHaveBeenCalledWith({ type: '2d', width: 500, height: 500 })
    expect(created[0].written).toEqual(expect.arrayContaining(['不轻信、不透露', '不转账、及时报警']))
  })

  test.each([
    ['no offscreen canvas on this WeChat', () => createCanvas.mockImplementation(() => undefined)],
    [
      'creating the canvas throws',
      () =>
        createCanvas.mockImplementation(() => {
          throw new Error('not supported')
        })
    ],
    ['no 2d context', () => createCanvas.mockImplementation(() => ({ getContext: () => null }))],
    ['export fails', () => exportCanvas.mockRejectedValue({ errMsg: 'canvasToTempFilePath:fail' })]
  ])('%s: no image, nothing thrown, nothing cached', async (_case, breakIt) => {
    breakIt()
    await expect(service.drawShareCard({ page: 'quiz' }, 'chat')).resolves.toBeUndefined()
    expect(service.cachedShareCard({ page: 'quiz' }, 'chat')).toBeUndefined()
  })

  test('the browser build draws nothing', async () => {
    process.env.TARO_ENV = 'h5'
    await expect(service.drawShareCard({ page: 'index' }, 'chat')).resolves.toBeUndefined()
    expect(createCanvas).not.toHaveBeenCalled()
  })

  test('the result poster shows the score, each rule with its count, and 96110', async () => {
    const path = await service.drawResultPoster(80, [
      { rule: 'no-trust', correct: 3, asked: 3, ratio: 1 },
      { rule: 'no-transfer', correct: 1, asked: 2, ratio: 0.5 }
    ])
    expect(path).toBe('wxfile://tmp/1.png')
    expect(createCanvas).toHaveBeenCalledWith({ type: '2d', width: 600, height: 800 })
    expect(created[0].written).toEqual(
      expect.arrayContaining(['80 分', '不轻信', '3/3', '不转账', '1/2', '反诈专线 96110'])
    )
  })

  describe('the share-image menu', () => {
    // The browser build of Taro that jest runs has no canIUse: give it one for these tests.
    const taro = Taro as unknown as { canIUse?: (api: string) => boolean }
    const stubCanIUse = (answer: boolean) => {
      taro.canIUse = jest.fn(() => answer)
    }
    afterEach(() => {
      delete taro.canIUse
    })

    const open = (outcome: { ok?: boolean; errMsg?: string }) => {
      stubCanIUse(true)
      return jest.spyOn(Taro, 'showShareImageMenu').mockImplementation(((options: {
        success?: (r: unknown) => void
        fail?: (r: unknown) => void
      }) => {
        if (outcome.ok) options.success?.({ errMsg: 'showShareImageMenu:ok' })
        else options.fail?.({ errMsg: outcome.errMsg })
      }) as never)
    }

    test('opens with the poster and an entrance to the quiz start', async () => {
      const menu = open({ ok: true })
      await expect(
        service.openShareImageMenu('wxfile://p.png', '/pages/quiz/index?from=share')
      ).resolves.toBe('shown')
      expect(menu).toHaveBeenCalledWith(
        expect.objectContaining({ path: 'wxfile://p.png', entrancePath: '/pages/quiz/index?from=share' })
      )
    })

    test.each([
      ['showShareImageMenu:fail cancel', 'cancelled'],
      ['showShareImageMenu:fail privacy permission is not authorized', 'refused'],
      ['saveImageToPhotosAlbum:fail auth deny', 'refused'],
      ['showShareImageMenu:fail something else', 'unavailable']
    ])('%s → %s', async (errMsg, outcome) => {
      open({ errMsg })
      await expect(service.openShareImageMenu('wxfile://p.png', '/')).resolves.toBe(outcome)
    })

    test('a WeChat without the menu is reported, never left waiting', async () => {
      stubCanIUse(false)
      const menu = jest.spyOn(Taro, 'showShareImageMenu')
      await expect(service.openShareImageMenu('wxfile://p.png', '/')).resolves.toBe('unavailable')
      expect(menu).not.toHaveBeenCalled()
    })
  })
})
