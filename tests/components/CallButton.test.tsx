import { screen } from '@testing-library/dom'
import CallButton from '@/components/CallButton'
import { callHotline } from '@/services/phone'
import { mountComponent, nameStarting, tap, tapAfter, tapSoon, visibleText } from './support'

jest.mock('@/services/phone', () => ({ callHotline: jest.fn() }))
const mockedCall = callHotline as jest.MockedFunction<typeof callHotline>

beforeEach(() => {
  mockedCall.mockReset()
  document.body.innerHTML = ''
})

test('96110 says what the line is for and dials 96110', async () => {
  mockedCall.mockResolvedValue('dialed')
  const utils = await mountComponent(CallButton, { phoneNumber: '96110' })
  expect(visibleText()).toContain('拨打 96110')
  expect(visibleText()).toContain('反诈预警 劝阻咨询')
  await tap(
    utils,
    screen.getByRole('button', {
      name: (name) => name.startsWith('拨打 96110') && name.endsWith('反诈预警 劝阻咨询')
    })
  )
  expect(mockedCall).toHaveBeenCalledWith('96110')
  expect(visibleText()).not.toContain('请用手机拨打')
})

test('110 is labelled for people already defrauded and dials 110', async () => {
  mockedCall.mockResolvedValue('dialed')
  const utils = await mountComponent(CallButton, { phoneNumber: '110' })
  expect(visibleText()).toContain('已被骗，立即报警')
  await tap(utils, screen.getByRole('button', { name: nameStarting('拨打 110') }))
  expect(mockedCall).toHaveBeenCalledWith('110')
})

test('cancelling the call shows nothing', async () => {
  mockedCall.mockResolvedValue('cancelled')
  const utils = await mountComponent(CallButton, { phoneNumber: '96110' })
  const before = visibleText()
  await tap(utils, screen.getByRole('button', { name: nameStarting('拨打 96110') }))
  expect(visibleText()).toBe(before)
})

test('a platform that cannot call shows the number large to dial by hand', async () => {
  mockedCall.mockResolvedValue('unavailable')
  const utils = await mountComponent(CallButton, { phoneNumber: '110' })
  await tap(utils, screen.getByRole('button', { name: nameStarting('拨打 110') }))
  expect(visibleText()).toContain('请用手机拨打')
  expect(document.querySelector('.fs-call__fallback-number')?.textContent).toBe('110')
})

test('a double tap dials once, on any page; a deliberate second tap a moment later dials again', async () => {
  mockedCall.mockResolvedValue('cancelled')
  const utils = await mountComponent(CallButton, { phoneNumber: '96110' })
  const button = () => screen.getByRole('button', { name: nameStarting('拨打 96110') })
  await tap(utils, button())
  await tapSoon(utils, button())
  expect(mockedCall).toHaveBeenCalledTimes(1)
  // The second tap repeats the call just made: no 再点一次, which would ask for a second call.
  expect(visibleText()).not.toContain('再点一次就能拨打')
  await tap(utils, button())
  expect(mockedCall).toHaveBeenCalledTimes(2)
})

// New users' trials: 3–5 taps 500 ms apart dialled 3–5 times; an uneven triple tap dialled twice, its third tap
// coming after the app's half second. The calls' guard hears every tap on the button, also those held back.
test.each([
  ['taps 500 ms apart, a steady pace for a worried person', [500, 500, 500, 500]],
  ['an uneven triple tap, 430 ms then 620 ms', [430, 620]]
])('%s: one call; a tap a few seconds after them calls again', async (_rhythm, gaps) => {
  mockedCall.mockResolvedValue('cancelled')
  const utils = await mountComponent(CallButton, { phoneNumber: '110' })
  const button = () => screen.getByRole('button', { name: nameStarting('拨打 110') })
  await tap(utils, button())
  for (const gap of gaps) await tapAfter(utils, button(), gap)
  expect(mockedCall).toHaveBeenCalledTimes(1)
  await tapAfter(utils, button(), 2500)
  expect(mockedCall).toHaveBeenCalledTimes(2)
})
