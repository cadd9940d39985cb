import Taro from '@tarojs/taro'
import { callHotline } from '../../src/services/phone'

const IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148'
const originalAgent = navigator.userAgent

function useAgent(agent: string) {
  Object.defineProperty(window.navigator, 'userAgent', { value: agent, configurable: true })
}

afterEach(() => {
  useAgent(originalAgent)
  jest.restoreAllMocks()
})

describe('calling a hotline', () => {
  test('on a phone, a dialer that opened counts as dialed', async () => {
    useAgent(IPHONE)
    const call = jest.spyOn(Taro, 'makePhoneCall').mockResolvedValue({ errMsg: 'makePhoneCall:ok' })
    await expect(callHotline('96110')).resolves.toBe('dialed')
    expect(call).toHaveBeenCalledWith({ phoneNumber: '96110' })
  })

  test('the person closing the confirm sheet is a cancel, not an error', async () => {
    useAgent(IPHONE)
    jest.spyOn(Taro, 'makePhoneCall').mockRejectedValue({ errMsg: 'makePhoneCall:fail cancel' })
    await expect(callHotline('110')).resolves.toBe('cancelled')
  })

  test('a platform that cannot call makes the number show for dialling by hand', async () => {
    useAgent(IPHONE)
    jest.spyOn(Taro, 'makePhoneCall').mockRejectedValue({ errMsg: 'makePhoneCall:fail not supported' })
    await expect(callHotline('110')).resolves.toBe('unavailable')
  })

  test('a computer’s browser “succeeds” at any tel: link, so the number is shown as well', async () => {
    useAgent('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/126.0 Safari/537.36')
    jest.spyOn(Taro, 'makePhoneCall').mockResolvedValue({ errMsg: 'makePhoneCall:ok' })
    await expect(callHotline('96110')).resolves.toBe('unavailable')
  })
})
