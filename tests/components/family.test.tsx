import Taro from '@tarojs/taro'
import type TestUtils from '@tarojs/test-utils-react'
import { screen, waitFor } from '@testing-library/dom'
import HotlineCalls from '@/components/HotlineCalls'
import FamilyPage from '@/pages/family'
import { callHotline, callNumber } from '@/services/phone'
import { TRUSTED_CONTACT_KEY, forgetCachedContact } from '@/services/trustedContact'
import { mountComponent, nameStarting, tap, tapAfter, tapSoon, visibleText } from './support'

jest.mock('@/services/navigation', () => jest.requireActual('./mocks').navigationMock(false))
jest.mock('@/services/phone', () => ({
  callHotline: jest.fn(() => Promise.resolve('dialed')),
  callNumber: jest.fn(() => Promise.resolve('dialed'))
}))
const mockedCallNumber = callNumber as jest.MockedFunction<typeof callNumber>

const SAVED = JSON.stringify({ v: 1, relation: '儿子', name: '小明', dial: '13800138000' })

beforeEach(() => {
  jest.clearAllMocks()
  document.body.innerHTML = ''
  forgetCachedContact()
})

const trustedButtons = () =>
  Array.from(document.querySelectorAll<HTMLElement>('[role="button"]')).filter((b) =>
    (b.getAttribute('aria-label') ?? '').startsWith('先打给')
  )

/** Taro's <taro-input-core> renders its native input a moment after the form appears: wait for it. */
async function typeInto(utils: TestUtils, label: string, text: string) {
  const field = await waitFor(() => {
    const found = document.querySelector<HTMLInputElement>(`taro-input-core input[aria-label="${label}"]`)
    if (!found) throw new Error(`No field ${label}`)
    return found
  })
  await utils.act(async () => {
    field.value = text
    utils.fireEvent.input(field)
    await Promise.resolve()
  })
}

describe('the trusted call beside 96110 and 110', () => {
  test('nothing extra shows until a relative is saved', async () => {
    await mountComponent(HotlineCalls)
    expect(trustedButtons()).toHaveLength(0)
    expect(visibleText()).not.toContain('先打给')
  })

  test('a saved relative is one tap away and the call goes through the call service with the stored number', async () => {
    Taro.setStorageSync(TRUSTED_CONTACT_KEY, SAVED)
    const utils = await mountComponent(HotlineCalls)
    expect(visibleText()).toContain('先打给 儿子 小明')
    expect(visibleText()).toContain('138 0013 8000')
    await tap(utils, screen.getByRole('button', { name: nameStarting('先打给儿子 小明') }))
    expect(mockedCallNumber).toHaveBeenCalledWith('13800138000')
    expect(callHotline).not.toHaveBeenCalled()
  })

  // Round 61's tester: "先打给 大儿子 / 张建国建国建国 / 国", left-aligned while 96110 and 110 are centred.
  test('an eight-character name breaks between its words, never one character alone; 先打给 and the relation stay whole', async () => {
    Taro.setStorageSync(
      TRUSTED_CONTACT_KEY,
      JSON.stringify({ v: 1, relation: '大儿子', name: '张建国建国建国国', dial: '13800138000' })
    )
    await mountComponent(HotlineCalls)
    const label = trustedButtons()[0].querySelector('.fs-call__number') as HTMLElement
    expect(label.textContent).toBe('先打给 大儿子 张建国建国建国国')
    // Where a line may break: between the kept parts (keep-all words, NoOrphan's words and its last words).
    const kept = Array.from(label.querySelectorAll('.fs-words, .fs-word, .fs-phrase')).map(
      (part) => part.textContent
    )
    expect(kept.slice(0, 2)).toEqual(['先打给', '大儿子'])
    // The name's last part, whatever the width, holds two characters at least.
    expect((kept.at(-1) ?? '').length).toBeGreaterThanOrEqual(2)
    const loose = Array.from(label.querySelectorAll(':scope *'))
      .filter((node) => !node.matches('.fs-words, .fs-word, .fs-phrase') && node.children.length === 0)
      .map((node) => node.textContent ?? '')
      .filter((text) => text.trim() !== '')
    // A lone character of the name (not kept) may stand only where a word follows it on the same line.
    expect(loose.every((text) => text.length === 1)).toBe(true)
  })

  test('a double tap, or taps 500 ms apart, on 先打给 call the relative once', async () => {
    Taro.setStorageSync(TRUSTED_CONTACT_KEY, SAVED)
    mockedCallNumber.mockClear()
    const utils = await mountComponent(HotlineCalls)
    const button = () => screen.getByRole('button', { name: nameStarting('先打给儿子 小明') })
    await tap(utils, button())
    await tapSoon(utils, button())
    await tapAfter(utils, button(), 500)
    expect(mockedCallNumber).toHaveBeenCalledTimes(1)
  })

  test('where the phone cannot call, the relative’s number is shown large to dial by hand', async () => {
    Taro.setStorageSync(TRUSTED_CONTACT_KEY, SAVED)
    mockedCallNumber.mockResolvedValueOnce('unavailable')
    const utils = await mountComponent(HotlineCalls)
    await tap(utils, screen.getByRole('button', { name: nameStarting('先打给儿子 小明') }))
    expect(document.querySelector('.fs-trusted-call__fallback-number')?.textContent).toBe('138 0013 8000')
  })

  test.each([
    ['not JSON', '{"v":1,"relation":"儿子"'],
    ['a foreign shape', JSON.stringify({ phone: '13800138000' })],
    ['a bad number', JSON.stringify({ v: 1, relation: '儿子', name: '小明', dial: '10086' })],
    ['an object of another version', { v: 2, relation: '儿子', name: '小明', dial: '13800138000' }]
  ])('a damaged stored contact (%s) is never shown or dialled, and is kept as it was', async (_, raw) => {
    Taro.setStorageSync(TRUSTED_CONTACT_KEY, raw)
    await mountComponent(HotlineCalls)
    expect(trustedButtons()).toHaveLength(0)
    expect(visibleText()).not.toContain('先打给')
    expect(visibleText()).not.toContain('10086')
    expect(mockedCallNumber).not.toHaveBeenCalled()
    expect(Taro.getStorageSync(TRUSTED_CONTACT_KEY)).toEqual(raw)
    expect(visibleText()).toContain('拨打 96110')
  })

  test('先问家人 says a damaged stored number could not be read, at every launch until a number is saved again', async () => {
    Taro.setStorageSync(TRUSTED_CONTACT_KEY, '{"v":1,"relation":"儿子"')
    await mountComponent(FamilyPage)
    expect(visibleText()).toContain('以前存的家人号码读不出来了，请在下面重新存一次。')
    // The next launch (home read it first, in the same session or not) still says so: the value was left as it was.
    document.body.innerHTML = ''
    forgetCachedContact()
    await mountComponent(HotlineCalls)
    document.body.innerHTML = ''
    await mountComponent(FamilyPage)
    expect(visibleText()).toContain('以前存的家人号码读不出来了')
    // Text the browser's Taro cannot read at all (not written by it) counts as damaged too.
    document.body.innerHTML = ''
    forgetCachedContact()
    window.localStorage.setItem(TRUSTED_CONTACT_KEY, 'not json at all')
    await mountComponent(FamilyPage)
    expect(visibleText()).toContain('以前存的家人号码读不出来了')
    window.localStorage.removeItem(TRUSTED_CONTACT_KEY)
    // Nothing was stored at all: nothing to say.
    document.body.innerHTML = ''
    forgetCachedContact()
    await mountComponent(FamilyPage)
    expect(visibleText()).not.toContain('读不出来')
  })

  test('storage that throws leaves the hotlines working', async () => {
    const spy = jest.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new Error('storage broken')
    })
    try {
      await mountComponent(HotlineCalls)
      expect(visibleText()).toContain('拨打 96110')
      expect(trustedButtons()).toHaveLength(0)
    } finally {
      spy.mockRestore()
    }
  })

  // The mini-program probe: one refused read hid the saved number for the whole session, and 先问家人 asked for it to
  // be typed again although it was still stored.
  test('a read the phone refuses once is tried again; one refused for now says the number is not lost', async () => {
    Taro.setStorageSync(TRUSTED_CONTACT_KEY, SAVED)
    const read = Storage.prototype.getItem
    let refusals = 1
    const spy = jest.spyOn(Storage.prototype, 'getItem').mockImplementation(function (
      this: Storage,
      key: string
    ) {
      if (key === TRUSTED_CONTACT_KEY && refusals-- > 0) throw new Error('storage busy')
      return read.call(this, key)
    })
    try {
      await mountComponent(HotlineCalls)
      expect(trustedButtons()).toHaveLength(1)
      document.body.innerHTML = ''
      forgetCachedContact()
      refusals = Infinity
      await mountComponent(FamilyPage)
      expect(visibleText()).toContain('暂时读不出家人号码：如果存过，号码没有删掉')
      expect(visibleText()).not.toContain('重新存一次')
      // The phone reads again later: the number is there, nothing was typed or lost.
      refusals = 0
      document.body.innerHTML = ''
      await mountComponent(HotlineCalls)
      expect(trustedButtons()).toHaveLength(1)
    } finally {
      spy.mockRestore()
    }
    expect(Taro.getStorageSync(TRUSTED_CONTACT_KEY)).toBe(SAVED)
  })

  // Round 50's new-user trial: the browser's Taro gives '' when the browser refuses a read, so the page showed an
  // empty form, as for no number, instead of saying it is still there.
  test("the browser's refused read, which its Taro gives as nothing, says the number is not lost", async () => {
    Taro.setStorageSync(TRUSTED_CONTACT_KEY, SAVED)
    const spy = jest.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new Error('SecurityError')
    })
    try {
      await mountComponent(FamilyPage)
      expect(visibleText()).toContain('暂时读不出家人号码：如果存过，号码没有删掉')
    } finally {
      spy.mockRestore()
    }
    forgetCachedContact()
    document.body.innerHTML = ''
    await mountComponent(HotlineCalls)
    expect(trustedButtons()).toHaveLength(1)
  })
})

describe('先问家人 page', () => {
  test('保存 a moment after a 称呼 chip saves: a chip changes nothing on a second tap, so it holds no tap back', async () => {
    // A new user's trial: 保存 0.47 s after 儿子 did nothing, and said nothing.
    const utils = await mountComponent(FamilyPage)
    await typeInto(utils, '电话号码', '13800138000')
    await tap(utils, screen.getByRole('button', { name: '称呼填儿子' }))
    await tapAfter(utils, screen.getByRole('button', { name: '保存家人号码' }), 300)
    expect(JSON.parse(Taro.getStorageSync(TRUSTED_CONTACT_KEY))).toMatchObject({
      relation: '儿子',
      dial: '13800138000'
    })
  })

  test('says the number stays on this phone, refuses a wrong number in plain words and saves a right one', async () => {
    const utils = await mountComponent(FamilyPage)
    expect(visibleText()).toContain('这个号码只存在这台手机上')
    expect(visibleText()).toContain('不会出现在转发的卡片、海报、链接或搜索里')

    await tap(utils, screen.getByRole('button', { name: '称呼填儿子' }))
    await typeInto(utils, '名字', '小明')
    await typeInto(utils, '电话号码', '138 0013 800')
    await tap(utils, screen.getByRole('button', { name: '保存家人号码' }))
    expect(document.querySelector('[role="alert"]')?.textContent).toBe(
      '手机号是11位数字，请数一数是不是多了或少了。'
    )
    expect(Taro.getStorageSync(TRUSTED_CONTACT_KEY)).toBe('')

    await typeInto(utils, '电话号码', '１３８ ００１３ ８０００')
    await tap(utils, screen.getByRole('button', { name: '保存家人号码' }))
    expect(visibleText()).toContain('已保存：先打给 儿子 小明，138 0013 8000')
    expect(JSON.parse(Taro.getStorageSync(TRUSTED_CONTACT_KEY))).toEqual({
      v: 1,
      relation: '儿子',
      name: '小明',
      dial: '13800138000'
    })
    await tap(utils, screen.getByRole('button', { name: nameStarting('先打给儿子 小明') }))
    expect(mockedCallNumber).toHaveBeenCalledWith('13800138000')
  })

  // Round 60's tester: 123 was called 急救、公共服务或客服的号码; it is only too short. 120 still is one.
  test('a number too short to be a phone number is said to have the wrong length; 120 is still a service number', async () => {
    const utils = await mountComponent(FamilyPage)
    await typeInto(utils, '电话号码', '123')
    await tap(utils, screen.getByRole('button', { name: '保存家人号码' }))
    expect(document.querySelector('[role="alert"]')?.textContent).toBe(
      '号码位数不对，请检查一下：手机号是11位数字，座机号是区号加7位或8位。'
    )
    expect(visibleText()).not.toContain('客服')
    await typeInto(utils, '电话号码', '120')
    await tap(utils, screen.getByRole('button', { name: '保存家人号码' }))
    expect(document.querySelector('[role="alert"]')?.textContent).toBe(
      '这是急救、公共服务或客服的号码，不是家人的号码。请填家人自己的手机号或座机号。'
    )
    expect(Taro.getStorageSync(TRUSTED_CONTACT_KEY)).toBe('')
  })

  // Round 56's trial: a phone number typed into 称呼 was dropped without a word, and 先打给 - 小明 saved.
  test('a number typed into 称呼 is said under 称呼, and nothing is saved', async () => {
    const utils = await mountComponent(FamilyPage)
    await typeInto(utils, '称呼', '0755-8888 6666')
    await typeInto(utils, '名字', '小明')
    await typeInto(utils, '电话号码', '13800138000')
    await tap(utils, screen.getByRole('button', { name: '保存家人号码' }))
    const alert = document.querySelector('[role="alert"]')
    expect(alert?.textContent).toBe('称呼里不能写数字。电话号码请填在下面的「电话号码」里。')
    // Under 称呼, before 名字's field: where the person looks for what went wrong.
    const nameField = document.querySelector('taro-input-core input[aria-label="名字"]')!
    expect(alert!.compareDocumentPosition(nameField) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    expect(Taro.getStorageSync(TRUSTED_CONTACT_KEY)).toBe('')
    // And under 保存, where the finger is (round 57's fresh tester at font ×2: the words above were off the screen).
    const refused = () =>
      Array.from(document.querySelectorAll('[role="status"]')).find((el) =>
        el.textContent?.startsWith('没有保存')
      )
    expect(refused()?.textContent).toBe('没有保存：称呼里不能写数字。电话号码请填在下面的「电话号码」里。')
    await typeInto(utils, '称呼', '儿子')
    expect(refused()).toBeUndefined()
  })

  // Round 56's fresh tester: 13800138000 typed into 称呼 became 13800138 (the field's maxlength), without a word.
  test('a phone number typed into 称呼 is kept whole and said wrong at once, before 保存', async () => {
    const utils = await mountComponent(FamilyPage)
    await typeInto(utils, '称呼', '13800138000')
    const field = document.querySelector<HTMLInputElement>('taro-input-core input[aria-label="称呼"]')!
    expect(field.value).toBe('13800138000')
    expect(document.querySelector('[role="alert"]')?.textContent).toBe(
      '称呼里不能写数字。电话号码请填在下面的「电话号码」里。'
    )
    // Put right, the words go.
    await typeInto(utils, '称呼', '儿子')
    expect(document.querySelector('[role="alert"]')).toBeNull()
  })

  test('a 称呼 longer than eight characters is kept as typed and said too long, and not saved cut', async () => {
    const utils = await mountComponent(FamilyPage)
    await typeInto(utils, '称呼', '住在隔壁楼的大表哥家儿子')
    expect(document.querySelector<HTMLInputElement>('taro-input-core input[aria-label="称呼"]')!.value).toBe(
      '住在隔壁楼的大表哥家儿子'
    )
    expect(document.querySelector('[role="alert"]')?.textContent).toBe(
      '称呼最多写8个字，现在是12个字，请删掉4个。'
    )
    await typeInto(utils, '电话号码', '13800138000')
    await tap(utils, screen.getByRole('button', { name: '保存家人号码' }))
    expect(Taro.getStorageSync(TRUSTED_CONTACT_KEY)).toBe('')
  })

  // Round 56's trial: Enter in the number field (a phone's 完成 key) did nothing; Escape left 删除's question open.
  test('Enter in the number field saves; Escape closes the 删除 question as 不删除 does', async () => {
    const utils = await mountComponent(FamilyPage)
    await tap(utils, screen.getByRole('button', { name: '称呼填儿子' }))
    await typeInto(utils, '电话号码', '13800138000')
    const numberField = document.querySelector<HTMLInputElement>(
      'taro-input-core input[aria-label="电话号码"]'
    )!
    // Enter as the browser sends it to Taro's field: the key and its code, which Taro's Input reads.
    await utils.act(async () => {
      numberField.focus()
      utils.fireEvent.keyDown(numberField, { key: 'Enter', keyCode: 13 })
      await Promise.resolve()
    })
    expect(visibleText()).toContain('已保存：先打给 儿子，138 0013 8000')
    await tapAfter(utils, screen.getByRole('button', { name: '删除家人号码' }), 1000)
    expect(visibleText()).toContain('确定从这台手机上删除这个号码吗')
    await utils.act(async () => {
      utils.fireEvent.keyDown(screen.getByRole('button', { name: '确定删除' }), { key: 'Escape' })
      await Promise.resolve()
    })
    expect(visibleText()).not.toContain('确定从这台手机上删除这个号码吗')
    expect(screen.getByRole('button', { name: '删除家人号码' })).toBeTruthy()
    expect(JSON.parse(Taro.getStorageSync(TRUSTED_CONTACT_KEY)).dial).toBe('13800138000')
  })

  test('when the phone refuses to save, the number still works this time and the page says it will not be kept', async () => {
    // A new user's trial: nothing changed on screen, the notice was far above 保存, and no 先打给 appeared.
    const spy = jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new Error('quota exceeded')
    })
    try {
      const utils = await mountComponent(FamilyPage)
      await tap(utils, screen.getByRole('button', { name: '称呼填女儿' }))
      await typeInto(utils, '电话号码', '13800138000')
      await tap(utils, screen.getByRole('button', { name: '保存家人号码' }))
      expect(document.querySelector('[role="status"]')?.textContent).toBe(
        '这台手机暂时存不下：这个号码这次可以用，关掉以后不会保留。过一会儿可以点「再存一次」。'
      )
      // Not "已存的家人" while nothing is stored (a second tester came back to the page and read it as saved).
      expect(visibleText()).toContain('这次先用的家人号码')
      expect(visibleText()).not.toContain('已存的家人')
      await tap(utils, screen.getByRole('button', { name: nameStarting('先打给女儿') }))
      expect(mockedCallNumber).toHaveBeenCalledWith('13800138000')
      // Storage works again: 再存一次 writes it, and the page says it is saved.
      spy.mockRestore()
      await tap(utils, screen.getByRole('button', { name: '再存一次家人号码' }))
      expect(visibleText()).toContain('已保存：先打给 女儿，138 0013 8000')
      expect(visibleText()).toContain('已存的家人')
      expect(JSON.parse(Taro.getStorageSync(TRUSTED_CONTACT_KEY)).dial).toBe('13800138000')
    } finally {
      spy.mockRestore()
    }
  })

  test('a saved number can be changed and deleted', async () => {
    Taro.setStorageSync(TRUSTED_CONTACT_KEY, SAVED)
    const utils = await mountComponent(FamilyPage)
    expect(visibleText()).toContain('已存的家人')
    await tap(utils, screen.getByRole('button', { name: '修改家人号码' }))
    await typeInto(utils, '电话号码', '0351-2345678')
    await tap(utils, screen.getByRole('button', { name: '保存家人号码' }))
    expect(visibleText()).toContain('0351-2345678')
    expect(JSON.parse(Taro.getStorageSync(TRUSTED_CONTACT_KEY)).dial).toBe('03512345678')

    await tap(utils, screen.getByRole('button', { name: '删除家人号码' }))
    await tap(utils, screen.getByRole('button', { name: '确定删除' }))
    expect(visibleText()).toContain('已删除')
    expect(Taro.getStorageSync(TRUSTED_CONTACT_KEY)).toBe('')
    expect(trustedButtons()).toHaveLength(0)
  })

  test('a deletion the phone refuses says the number may come back, and it is not offered any more', async () => {
    Taro.setStorageSync(TRUSTED_CONTACT_KEY, SAVED)
    const spy = jest.spyOn(Storage.prototype, 'removeItem').mockImplementation(() => {
      throw new Error('storage busy')
    })
    try {
      const utils = await mountComponent(FamilyPage)
      await tap(utils, screen.getByRole('button', { name: '删除家人号码' }))
      await tap(utils, screen.getByRole('button', { name: '确定删除' }))
      expect(visibleText()).toContain('这次没有删掉')
      expect(visibleText()).not.toContain('已删除')
      expect(trustedButtons()).toHaveLength(0)
      // Still stored, as the notice says: the next launch reads it back.
      forgetCachedContact()
      expect(JSON.parse(Taro.getStorageSync(TRUSTED_CONTACT_KEY)).dial).toBe('13800138000')
    } finally {
      spy.mockRestore()
    }
  })
})

// Round 60's tester at 320×568, font ×2, 大字模式: 修改, the three fields filled, 保存 scrolled to where 修改 had been and
// tapped 1.8 s after 修改. The tap was held as the rest of a slow double tap on 修改 (LANDED_TAP_MS): nothing was saved and
// nothing said; the second tap saved.
describe('保存 where 修改 was, soon after 修改', () => {
  /** Where the finger tapped 修改, and where 保存 has come by the next tap. */
  const spot = { x: 160, y: 300 }
  const saved = () => JSON.parse(Taro.getStorageSync(TRUSTED_CONTACT_KEY))

  test('after the fields were typed into, saves at once', async () => {
    Taro.setStorageSync(TRUSTED_CONTACT_KEY, SAVED)
    const utils = await mountComponent(FamilyPage)
    await tapAfter(utils, screen.getByRole('button', { name: '修改家人号码' }), 2000, spot)
    await typeInto(utils, '称呼', '女儿')
    await typeInto(utils, '名字', '小红')
    await typeInto(utils, '电话号码', '13912345678')
    await tapAfter(utils, screen.getByRole('button', { name: '保存家人号码' }), 1800, spot)
    expect(saved()).toMatchObject({ relation: '女儿', name: '小红', dial: '13912345678' })
    expect(visibleText()).toContain('已保存：先打给 女儿 小红，139 1234 5678')
  })

  test('after a 称呼 chip tapped elsewhere, saves at once', async () => {
    Taro.setStorageSync(TRUSTED_CONTACT_KEY, SAVED)
    const utils = await mountComponent(FamilyPage)
    await tapAfter(utils, screen.getByRole('button', { name: '修改家人号码' }), 2000, spot)
    await tapAfter(utils, screen.getByRole('button', { name: '称呼填女儿' }), 600, { x: 60, y: 120 })
    await tapAfter(utils, screen.getByRole('button', { name: '保存家人号码' }), 1000, spot)
    expect(saved()).toMatchObject({ relation: '女儿', dial: '13800138000' })
  })

  test('with nothing done on the form it is the rest of a slow double tap on 修改: held, said under 保存, and the next tap saves', async () => {
    Taro.setStorageSync(TRUSTED_CONTACT_KEY, SAVED)
    const utils = await mountComponent(FamilyPage)
    await tapAfter(utils, screen.getByRole('button', { name: '修改家人号码' }), 2000, spot)
    await tapAfter(utils, screen.getByRole('button', { name: '保存家人号码' }), 1200, spot)
    // Still the form: nothing saved, and the page says so where the finger is.
    expect(screen.getByRole('button', { name: '保存家人号码' })).toBeTruthy()
    const held = document.querySelector('.fs-family__held[role="status"]')
    expect(held?.textContent).toBe('还没有保存：请再点一次「保存」。')
    const saveButton = screen.getByRole('button', { name: '保存家人号码' })
    expect(saveButton.compareDocumentPosition(held!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    await tapAfter(utils, saveButton, 1500, spot)
    expect(visibleText()).toContain('已保存：先打给 儿子 小明')
    expect(visibleText()).not.toContain('还没有保存')
  })

  test('a double tap on 删除 that lands on 确定删除 deletes nothing and says how to delete', async () => {
    Taro.setStorageSync(TRUSTED_CONTACT_KEY, SAVED)
    const utils = await mountComponent(FamilyPage)
    await tapAfter(utils, screen.getByRole('button', { name: '删除家人号码' }), 2000, spot)
    await tapAfter(utils, screen.getByRole('button', { name: '确定删除' }), 700, spot)
    expect(saved().dial).toBe('13800138000')
    expect(document.querySelector('.fs-family__held[role="status"]')?.textContent).toBe(
      '还没有删除：要删除，请再点一次「确定删除」。'
    )
    await tapAfter(utils, screen.getByRole('button', { name: '确定删除' }), 2500, spot)
    expect(visibleText()).toContain('已删除')
    expect(Taro.getStorageSync(TRUSTED_CONTACT_KEY)).toBe('')
  })

  test('删除 tapped on the spot of 保存 a moment after it is held, said under 删除, and the next tap opens the question', async () => {
    Taro.setStorageSync(TRUSTED_CONTACT_KEY, SAVED)
    const utils = await mountComponent(FamilyPage)
    await tapAfter(utils, screen.getByRole('button', { name: '修改家人号码' }), 2000, spot)
    await tapAfter(utils, screen.getByRole('button', { name: '保存家人号码' }), 1200, spot)
    await tapAfter(utils, screen.getByRole('button', { name: '保存家人号码' }), 1500, spot)
    await tapAfter(utils, screen.getByRole('button', { name: '删除家人号码' }), 900, spot)
    expect(screen.queryByRole('button', { name: '确定删除' })).toBeNull()
    expect(visibleText()).toContain('还没有打开删除：要删除，请再点一次「删除」。')
    await tapAfter(utils, screen.getByRole('button', { name: '删除家人号码' }), 2500, spot)
    expect(screen.getByRole('button', { name: '确定删除' })).toBeTruthy()
  })
})
