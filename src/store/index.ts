import { createAppStore } from './appStore'

export { STORAGE_KEY, type AppState } from './appStore'

/** The app's one store: what a person did, saved on the phone (see ./appStore). */
export const useAppStore = createAppStore().useAppStore
