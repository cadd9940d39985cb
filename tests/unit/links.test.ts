import { NOT_FOUND_HASH, openedFromShare, parseCategoryId, repairBrowserLink } from '../../src/domain/links'

describe('reading a category id from a link', () => {
  test('accepts each known id, also percent-encoded or with stray spaces', () => {
    expect(parseCategoryId('pig-butchering')).toBe('pig-butchering')
    expect(parseCategoryId('online-loan%20')).toBe('online-loan')
    expect(parseCategoryId(' game-trading ')).toBe('game-trading')
    // Upper case, from caps lock or a link copied by hand (round 42's trial).
    expect(parseCategoryId('FAKE-CREDIT')).toBe('fake-credit')
    expect(parseCategoryId('Online-Loan')).toBe('online-loan')
  })

  test('keeps the id when a link was mangled after it (a new user forwarded such links)', () => {
    expect(parseCategoryId('fake-credit?from=share')).toBe('fake-credit')
    expect(parseCategoryId('fake-credit%')).toBe('fake-credit')
    expect(parseCategoryId('fake-credit%2')).toBe('fake-credit')
    expect(parseCategoryId('fake-credit%23/pages/index')).toBe('fake-credit')
    expect(parseCategoryId('fake-credit）')).toBe('fake-credit')
    expect(parseCategoryId('fake-credit&from=share')).toBe('fake-credit')
    expect(parseCategoryId('fake-credit？from=share')).toBe('fake-credit')
    for (const tail of [']', '>', '"', "'", '/', '\u200b', '。'])
      expect(parseCategoryId(`fake-credit${tail}`)).toBe('fake-credit')
    // Only such a tail is dropped: a control character, a line break or a different or longer word is still no id.
    expect(parseCategoryId('fake-credit%00')).toBeNull()
    expect(parseCategoryId('fake-credit%0Aonline-loan')).toBeNull()
    expect(parseCategoryId('fake-credit online-loan')).toBeNull()
    expect(parseCategoryId('fake-creditx')).toBeNull()
    expect(parseCategoryId('xfake-credit')).toBeNull()
    expect(parseCategoryId('fake-credit 2')).toBeNull()
  })

  test("keeps the id when a note was pasted after the link, past a space (round 45's trial)", () => {
    expect(parseCategoryId('fake-credit 转发自微信')).toBe('fake-credit')
    expect(parseCategoryId('fake-credit%20%E8%BD%AC%E5%8F%91')).toBe('fake-credit')
    expect(parseCategoryId('fake-credit  （妈你看看）')).toBe('fake-credit')
  })

  test("keeps the id when words were typed right after it (round 46's trial)", () => {
    for (const tail of ['（转发）', '…', '[链接]', '转发', '【转发】', '(转)'])
      expect(parseCategoryId(`fake-credit${tail}`)).toBe('fake-credit')
    expect(parseCategoryId('fake-credit%EF%BC%88%E8%BD%AC%E5%8F%91%EF%BC%89')).toBe('fake-credit')
    // A second id after any tail names nothing for sure; the same id again is the same link.
    expect(parseCategoryId('fake-credit，online-loan')).toBeNull()
    expect(parseCategoryId('fake-credit转发online-loan')).toBeNull()
    expect(parseCategoryId('fake-credit&id=fake-credit')).toBe('fake-credit')
    // Round 46's review: a second id written loosely, and tails that are no text.
    for (const tail of [
      '_online_loan',
      '+online+loan',
      '|online loan',
      '（ｏｎｌｉｎｅ-ｌｏａｎ）',
      '【fake_shopping】'
    ])
      expect(parseCategoryId(`fake-credit${tail}`)).toBeNull()
    for (const tail of ['\u0085', '\u009f', '\ud800', '\u202e'])
      expect(parseCategoryId(`fake-credit${tail}x`)).toBeNull()
  })

  test('a list nested inside a list names nothing, and never recurses without end', () => {
    let nested: unknown = 'fake-credit'
    for (let i = 0; i < 20000; i++) nested = [nested]
    expect(parseCategoryId(nested)).toBeNull()
    expect(parseCategoryId([['fake-credit']])).toBeNull()
  })

  test.each([
    [undefined],
    [null],
    [42],
    [''],
    ['lottery'],
    ['<img src=x onerror=alert(1)>'],
    ['%E0%A4%A'],
    ['x'.repeat(2000)],
    ['__proto__'],
    ['constructor']
  ])('rejects %p without throwing', (raw) => {
    expect(parseCategoryId(raw)).toBeNull()
  })
})

describe('repairing a browser link before the router reads it', () => {
  const at = (pathname: string, search = '', hash = '') => repairBrowserLink({ pathname, search, hash })

  test('a link that is fine stays as it is', () => {
    expect(at('/', '', '#/pages/category/index?id=fake-credit')).toBeNull()
    expect(at('/', '', '')).toBeNull()
    expect(at('/', '', '#/pages/category/index?id=%E0%A4%A')).toBeNull()
  })

  // Round 61's tester: `location.hash = '#/'` (or '#') in an open tab showed 没有找到这个页面.
  test('a route of / alone opens home, with its query', () => {
    expect(at('/', '', '#/')).toBe('/#/pages/index/index')
    expect(at('/', '', '#/?from=share')).toBe('/#/pages/index/index?from=share')
    expect(at('/', '?from=share', '#/')).toBe('/#/pages/index/index?from=share')
    expect(at('/', '', '#/pages/help/index')).toBeNull()
  })

  test('a # encoded as %23 opens the page it names', () => {
    expect(at('/%23/pages/category/index', '?id=fake-credit')).toBe('/#/pages/category/index?id=fake-credit')
    expect(at('/index.html%23/pages/category/index', '?id=game-trading')).toBe(
      '/index.html#/pages/category/index?id=game-trading'
    )
  })

  test('a hash encoded as a whole, a query before the hash and a second # are tolerated', () => {
    expect(at('/', '', '#%2Fpages%2Fcategory%2Findex%3Fid%3Dfake-shopping')).toBe(
      '/#/pages/category/index?id=fake-shopping'
    )
    expect(at('/', '?id=order-brushing', '#/pages/category/index')).toBe(
      '/#/pages/category/index?id=order-brushing'
    )
    expect(at('/', '', '#/pages/category/index?id=fake-credit#top')).toBe(
      '/#/pages/category/index?id=fake-credit'
    )
  })

  test.each([['#/%'], ['#/pages/%E0%A4%A/index'], ['#/pages/category/index%?id=fake-credit'], ['#/%%%']])(
    'a route with a broken escape (%s) leads to the not-found page',
    (hash) => {
      expect(at('/', '', hash)).toBe(`/${NOT_FOUND_HASH}`)
    }
  )

  test('a broken escape in the path before the hash is dropped, the hash kept', () => {
    expect(at('/%E0%A4%A', '', '#/pages/category/index?id=fake-credit')).toBe(
      '/#/pages/category/index?id=fake-credit'
    )
  })

  // Links a new user wrote or a chat passed on (trial 6). The mini-program's own way of writing a page (the path
  // without the hash); a query before the hash as well as in it (both are read); a full-width ？ for the route's '?'.
  test.each([
    [
      '/pages/category/index',
      '?id=fake-credit&from=share',
      '',
      '/#/pages/category/index?id=fake-credit&from=share'
    ],
    ['/app/pages/quiz/index', '', '', '/app/#/pages/quiz/index'],
    [
      '/',
      '?from=share',
      '#/pages/category/index?id=fake-credit',
      '/#/pages/category/index?id=fake-credit&from=share'
    ],
    [
      '/',
      '',
      '#/pages/category/index？id=fake-credit&from=share',
      '/#/pages/category/index?id=fake-credit&from=share'
    ],
    ['/', '', '#/pages/category/index%EF%BC%9Fid=fake-credit', '/#/pages/category/index?id=fake-credit'],
    // A full-width ？ after the real '?' is a value's, left as it is.
    ['/', '', '#/pages/category/index?id=fake-credit？from=share', null],
    // Trial 7: a card that points at home, a route's '/' left out or doubled, the '?' encoded alone.
    ['/', '?from=share', '', '/#/pages/index/index?from=share'],
    ['/index.html', '?from=share', '#', '/index.html#/pages/index/index?from=share'],
    ['/', '', '#pages/category/index?id=fake-credit', '/#/pages/category/index?id=fake-credit'],
    ['/', '', '#//pages/category/index?id=fake-credit', '/#/pages/category/index?id=fake-credit'],
    [
      '/',
      '',
      '#/pages/category/index%3Fid%3Dfake-credit%26from%3Dshare',
      '/#/pages/category/index?id=fake-credit&from=share'
    ],
    // Round 39's trial: a full-width ＝ or ＆ between the query's parameters, also encoded.
    [
      '/',
      '',
      '#/pages/category/index?id＝fake-credit＆from＝share',
      '/#/pages/category/index?id=fake-credit&from=share'
    ],
    ['/', '', '#/pages/category/index？id%EF%BC%9Dfake-credit', '/#/pages/category/index?id=fake-credit'],
    // Round 42's trial: a second '?' where '&' belongs, as a link put together by hand.
    [
      '/',
      '',
      '#/pages/category/index?from=share?id=fake-credit',
      '/#/pages/category/index?from=share&id=fake-credit'
    ],
    // Round 44's trial: a parameter after a second '#' joins the query; anything else after it is dropped.
    ['/', '', '#/pages/help/index#from=share', '/#/pages/help/index?from=share'],
    [
      '/',
      '',
      '#/pages/category/index?id=fake-credit#from=share',
      '/#/pages/category/index?id=fake-credit&from=share'
    ],
    ['/', '', '#/pages/help/index#section-2', '/#/pages/help/index'],
    // A second id after a '#' is dropped, so the link keeps naming the first (round 45's review).
    [
      '/',
      '',
      '#/pages/category/index?id=fake-credit#id=online-loan',
      '/#/pages/category/index?id=fake-credit'
    ],
    // Round 45's trial: a '#' typed twice before the route.
    ['/', '', '##/pages/help/index?from=share', '/#/pages/help/index?from=share'],
    ['/', '', '#/#/pages/help/index?from=share', '/#/pages/help/index?from=share'],
    ['/', '', '#/pages/help/index#/pages/quiz/index', '/#/pages/help/index'],
    // Round 46's trial: spaces typed after the '#' or before the query.
    ['/', '', '#%20/pages/help/index', '/#/pages/help/index'],
    ['/', '', '# /pages/help/index', '/#/pages/help/index'],
    ['/', '', '#/pages/help/index%20?from=share', '/#/pages/help/index?from=share'],
    ['/', '', '#/pages/category/index%20%20?id=fake-credit', '/#/pages/category/index?id=fake-credit'],
    ['/', '', '#/pages/help/index?%20from=share', '/#/pages/help/index?from=share']
  ])('%s%s%s is read as %s', (pathname, search, hash, expected) => {
    expect(at(pathname, search, hash)).toBe(expected)
  })

  test('an id given twice names its category when both agree, nothing when they differ', () => {
    expect(parseCategoryId(['fake-credit', 'fake-credit'])).toBe('fake-credit')
    expect(parseCategoryId(['fake-credit', 'fake-credit?from=share'])).toBe('fake-credit')
    expect(parseCategoryId(['fake-credit', 'online-loan'])).toBeNull()
    expect(parseCategoryId(['fake-credit', 42])).toBeNull()
    expect(parseCategoryId([])).toBeNull()
  })

  test('an id followed by an encoded # still names its category', () => {
    expect(parseCategoryId('fake-credit%23')).toBe('fake-credit')
    expect(parseCategoryId('fake-credit#top')).toBe('fake-credit')
  })
})

describe('reading a forwarded card from a page query', () => {
  test('from=share, also after a chat or a copy mangled the link', () => {
    expect(openedFromShare({ id: 'fake-credit', from: 'share' })).toBe(true)
    expect(openedFromShare({ from: 'share）' })).toBe(true)
    expect(openedFromShare({ from: 'share%E3%80%82' })).toBe(true)
    expect(openedFromShare({ id: 'fake-credit?from=share' })).toBe(true)
    expect(openedFromShare({ id: 'fake-credit%26from%3Dshare' })).toBe(true)
    expect(openedFromShare({ id: 'fake-credit', 'amp;from': 'share' })).toBe(true)
    // A Chinese keyboard's full-width ？, and a chat app that capitalised the link (a second tester, round 19).
    expect(openedFromShare({ id: 'fake-credit？from=share' })).toBe(true)
    expect(openedFromShare({ from: 'SHARE' })).toBe(true)
    // A card forwarded from a forwarded card: the parameter twice, which a router may give as a list.
    expect(openedFromShare({ from: ['share', 'share'] })).toBe(true)
    expect(openedFromShare({ id: 'fake-credit', from: 'share?from=share' })).toBe(true)
    // A note pasted after the link (round 44's trial), as the router or the browser gives it.
    expect(openedFromShare({ from: 'share 转发自微信' })).toBe(true)
    expect(openedFromShare({ from: 'share%20%E8%BD%AC%E5%8F%91' })).toBe(true)
    // 分享 or 转发 typed by a person for share.
    expect(openedFromShare({ from: '分享' })).toBe(true)
    expect(openedFromShare({ from: '%E8%BD%AC%E5%8F%91' })).toBe(true)
  })

  test('anything else is not a forwarded card, and odd values never throw', () => {
    expect(openedFromShare(undefined)).toBe(false)
    expect(openedFromShare({})).toBe(false)
    expect(openedFromShare({ id: 'fake-credit' })).toBe(false)
    expect(openedFromShare({ from: 'shared' })).toBe(false)
    expect(openedFromShare({ from: 'shared 转发自微信' })).toBe(false)
    expect(openedFromShare({ from: 'sharer' })).toBe(false)
    expect(openedFromShare({ from: 'home' })).toBe(false)
    expect(openedFromShare({ id: 'fake-credit?from=shared' })).toBe(false)
    expect(openedFromShare({ source: 'share' })).toBe(false)
    expect(openedFromShare({ from: '%E0%A4%A' })).toBe(false)
    expect(openedFromShare({ from: 42, id: null })).toBe(false)
    expect(openedFromShare({ from: ['home', 7] })).toBe(false)
    expect(openedFromShare({ id: `${'x'.repeat(5000)}?from=share` })).toBe(false)
  })
})
