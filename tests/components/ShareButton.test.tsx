import { screen } from '@testing-library/dom'
import ShareButton from '@/components/ShareButton'
import { SharePosterButton } from '@/components/SharePoster'
import { copyLink } from '@/services/share'
import { canDrawShareImages, drawResultPoster, openShareImageMenu } from '@/services/shareImage'
import type { RuleScore } from '#types/quiz'
import { mountComponent, nameStarting, tap, tapSoon, visibleText } from './support'

// The link logic (Web Share, the shown link) runs for real against jsdom's navigator; only the clipboard is mocked.
jest.mock('@/services/share', () => ({
  ...jest.requireActual('@/services/share'),
  copyLink: jest.fn()
}))
jest.mock('@/services/shareImage', () => ({
  canDrawShareImages: jest.fn(),
  drawResultPoster: jest.fn(),
  openShareImageMenu: jest.fn()
}))
const mockedCopy = copyLink as jest.MockedFunction<typeof copyLink>
const mockedCanDraw = canDrawShareImages as jest.MockedFunction<typeof canDrawShareImages>
const mockedPoster = drawResultPoster as jest.MockedFunction<typeof drawResultPoster>
const mockedMenu = openShareImageMenu as jest.MockedFunction<typeof openShareImageMenu>

const FAKE_CREDIT_PATH = '/pages/category/index?id=fake-credit&from=share'

function setWebShare(share: ((data: ShareData) => Promise<void>) | undefined) {
  Object.defineProperty(window.navigator, 'share', { value: share, configurable: true, writable: true })
}

beforeEach(() => {
  document.body.innerHTML = ''
  mockedCopy.mockReset()
  mockedCanDraw.mockReset().mockReturnValue(false)
  mockedPoster.mockReset()
  mockedMenu.mockReset()
})

afterEach(() => {
  setWebShare(undefined)
})

describe('ShareButton in the browser', () => {
  test('without the Web Share API it shows the page link, with from=share, to copy', async () => {
    setWebShare(undefined)
    const utils = await mountComponent(ShareButton, { target: { page: 'category', id: 'fake-credit' } })
    expect(visibleText()).toContain('转发给家人')
    expect(visibleText()).not.toContain('复制这段话')
    await tap(utils, screen.getByRole('button', { name: '转发给家人' }))
    const link = document.querySelector('.fs-share__link-text')
    expect(link?.textContent).toBe(`${window.location.origin}${window.location.pathname}#${FAKE_CREDIT_PATH}`)
    expect(link?.getAttribute('user-select')).toBe('true')
    // Words first, naming the app and the page; the address only on its own labelled line.
    expect(document.querySelector('.fs-share__message')?.textContent).toBe(
      '「反诈守护 · 常见骗局」虚假征信诈骗：个人征信无法人为更改或消除，不存在注销网贷账户的操作'
    )
    expect(visibleText()).toContain('这是我转给你的反诈学习页，点开就能看：')
    expect(screen.getByRole('button', { name: '复制这段话' })).toBeTruthy()
  })

  test('a double tap opens the share sheet once', async () => {
    const share = jest.fn(() => Promise.resolve())
    setWebShare(share)
    const utils = await mountComponent(ShareButton, { target: { page: 'category', id: 'fake-credit' } })
    await tap(utils, screen.getByRole('button', { name: '转发给家人' }))
    await tapSoon(utils, screen.getByRole('button', { name: '转发给家人' }))
    expect(share).toHaveBeenCalledTimes(1)
  })

  test('with the Web Share API it hands over the title and link and shows nothing more', async () => {
    const share = jest.fn(async () => undefined)
    setWebShare(share)
    const utils = await mountComponent(ShareButton, { target: { page: 'category', id: 'fake-credit' } })
    await tap(utils, screen.getByRole('button', { name: '转发给家人' }))
    expect(share).toHaveBeenCalledWith({
      title: '反诈守护 · 常见骗局',
      text: '「反诈守护 · 常见骗局」虚假征信诈骗：个人征信无法人为更改或消除，不存在注销网贷账户的操作',
      url: expect.stringContaining(`#${FAKE_CREDIT_PATH}`)
    })
    expect(document.querySelector('.fs-share__link')).toBeNull()
  })

  test('closing the share sheet is not an error: nothing is shown', async () => {
    setWebShare(
      jest.fn(async () => Promise.reject(Object.assign(new Error('closed'), { name: 'AbortError' })))
    )
    const utils = await mountComponent(ShareButton, { target: { page: 'quiz' } })
    await tap(utils, screen.getByRole('button', { name: '转发给家人' }))
    expect(document.querySelector('.fs-share__link')).toBeNull()
  })

  test('a share sheet that fails falls back to the link', async () => {
    setWebShare(
      jest.fn(async () => Promise.reject(Object.assign(new Error('no'), { name: 'NotAllowedError' })))
    )
    const utils = await mountComponent(ShareButton, { target: { page: 'prevention' } })
    await tap(utils, screen.getByRole('button', { name: '转发给家人' }))
    expect(document.querySelector('.fs-share__link-text')?.textContent).toContain(
      '#/pages/prevention/index?from=share'
    )
  })

  test('复制这段话 copies the words with the labelled link and confirms once', async () => {
    mockedCopy.mockResolvedValue('copied')
    const utils = await mountComponent(ShareButton, { target: { page: 'quiz' } })
    await tap(utils, screen.getByRole('button', { name: '转发给家人' }))
    await tap(utils, screen.getByRole('button', { name: '复制这段话' }))
    const copied = mockedCopy.mock.calls[0][0]
    expect(
      copied.startsWith(
        '「反诈守护 · 反诈知识测试」测测你能识破几种骗局\n这是我转给你的反诈学习页，点开就能看：'
      )
    ).toBe(true)
    expect(copied).toContain('#/pages/quiz/index?from=share')
    expect(document.querySelectorAll('.fs-share__status')).toHaveLength(1)
    expect(visibleText()).toContain('已复制，可以粘贴给家人了。')
    expect(visibleText()).not.toContain('请长按')
  })

  test('a refused clipboard keeps the link on screen and says to long-press it', async () => {
    mockedCopy.mockResolvedValue('failed')
    const utils = await mountComponent(ShareButton, { target: { page: 'help' } })
    await tap(utils, screen.getByRole('button', { name: '转发给家人' }))
    await tap(utils, screen.getByRole('button', { name: '复制这段话' }))
    expect(visibleText()).toContain('请长按上面的文字复制')
    expect(visibleText()).not.toContain('已复制')
    expect(document.querySelector('.fs-share__link-text')?.textContent).toContain(
      '#/pages/help/index?from=share'
    )
    expect(document.querySelector('.fs-share__status--failed')?.getAttribute('role')).toBe('alert')
  })
})

describe('SharePosterButton', () => {
  const byRule: RuleScore[] = [
    { rule: 'no-trust', correct: 3, asked: 3, ratio: 1 },
    { rule: 'no-disclose', correct: 1, asked: 2, ratio: 0.5 },
    { rule: 'no-transfer', correct: 2, asked: 3, ratio: 2 / 3 },
    { rule: 'report', correct: 2, asked: 2, ratio: 1 }
  ]

  test('renders nothing where images cannot be drawn (the browser build)', async () => {
    mockedCanDraw.mockReturnValue(false)
    await mountComponent(SharePosterButton, { score: 80, byRule })
    expect(visibleText().trim()).toBe('')
    expect(document.querySelector('[role="button"]')).toBeNull()
  })

  test('draws the poster and opens the share-image menu, entrance at the quiz start', async () => {
    mockedCanDraw.mockReturnValue(true)
    mockedPoster.mockResolvedValue('wxfile://poster.png')
    mockedMenu.mockResolvedValue('shown')
    const utils = await mountComponent(SharePosterButton, { score: 80, byRule })
    await tap(utils, screen.getByRole('button', { name: nameStarting('把成绩做成图片') }))
    expect(mockedPoster).toHaveBeenCalledWith(80, byRule)
    expect(mockedMenu).toHaveBeenCalledWith('wxfile://poster.png', '/pages/learn/quiz/index?from=share')
    expect(document.querySelector('.fs-poster__notice')).toBeNull()
  })

  test('a refused permission gives one friendly line and the button stays usable', async () => {
    mockedCanDraw.mockReturnValue(true)
    mockedPoster.mockResolvedValue('wxfile://poster.png')
    mockedMenu.mockResolvedValue('refused')
    const utils = await mountComponent(SharePosterButton, { score: 60, byRule })
    await tap(utils, screen.getByRole('button', { name: nameStarting('把成绩做成图片') }))
    expect(visibleText()).toContain('没有得到保存图片的权限。可以截屏后发给家人。')
    expect(visibleText()).toContain('成绩做成图片')
    mockedMenu.mockResolvedValue('cancelled')
    await tap(utils, screen.getByRole('button', { name: nameStarting('把成绩做成图片') }))
    expect(document.querySelector('.fs-poster__notice')).toBeNull()
  })

  test('when the poster cannot be drawn the menu is not opened and a short line says so', async () => {
    mockedCanDraw.mockReturnValue(true)
    mockedPoster.mockResolvedValue(undefined)
    const utils = await mountComponent(SharePosterButton, { score: 60, byRule })
    await tap(utils, screen.getByRole('button', { name: nameStarting('把成绩做成图片') }))
    expect(mockedMenu).not.toHaveBeenCalled()
    expect(visibleText()).toContain('这里暂时不能生成成绩图片')
  })
})
