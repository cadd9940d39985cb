import Taro from '@tarojs/taro'
import type { StateStorage } from 'zustand/middleware'

/**
 * Taro storage for zustand's persist. Missing keys come back as '' on WeChat, which zustand would try to
 * parse: return null instead. Storage can throw (quota, a platform error); the app then keeps working in memory.
 */
export const taroStorage: StateStorage = {
  getItem(key) {
    try {
      const value: unknown = Taro.getStorageSync(key)
      return typeof value === 'string' && value !== '' ? value : null
    } catch {
      return null
    }
  },
  setItem(key, value) {
    try {
      Taro.setStorageSync(key, value)
    } catch {
      // Nothing to do: the state stays in memory for this session.
    }
  },
  removeItem(key) {
    try {
      Taro.removeStorageSync(key)
    } catch {
      // Same as above.
    }
  }
}
