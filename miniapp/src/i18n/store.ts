import Taro from '@tarojs/taro'
import { DEFAULT_LOCALE, localeSchema, resolveLocale, type Locale } from '@ihaigui/shared'

/** Storage key of the user's chosen locale. */
export const LOCALE_STORAGE_KEY = 'locale'

function readStoredLocale(): Locale | undefined {
  try {
    const parsed = localeSchema.safeParse(Taro.getStorageSync(LOCALE_STORAGE_KEY))
    return parsed.success ? parsed.data : undefined
  } catch {
    return undefined
  }
}

/** WeChat's (or the browser's) language, e.g. zh_CN, en, en-US. */
function readSystemLanguage(): string | undefined {
  try {
    // getAppBaseInfo replaces the deprecated getSystemInfoSync on current base libraries.
    const info = typeof Taro.getAppBaseInfo === 'function' ? Taro.getAppBaseInfo() : Taro.getSystemInfoSync()
    return info.language || undefined
  } catch {
    try {
      return Taro.getSystemInfoSync().language || undefined
    } catch {
      return undefined
    }
  }
}

/** Stored choice, else the system language (zh_CN, en-US, …), else Chinese. */
export function detectInitialLocale(): Locale {
  const stored = readStoredLocale()
  if (stored) return stored
  const system = readSystemLanguage()
  return system ? resolveLocale(system.replace('_', '-')) : DEFAULT_LOCALE
}

/*
 * The current locale lives outside React so non-React code (the request module's Accept-Language header,
 * error localisation) reads the same value the UI shows. React subscribes through I18nProvider.
 */
let current: Locale | undefined
const listeners = new Set<() => void>()

export function getLocale(): Locale {
  if (!current) current = detectInitialLocale()
  return current
}

export function setStoredLocale(locale: Locale): void {
  if (locale === getLocale()) return
  current = locale
  try {
    Taro.setStorageSync(LOCALE_STORAGE_KEY, locale)
  } catch {
    // Storage full or unavailable: the choice still applies for this session.
  }
  listeners.forEach((listener) => listener())
}

export function subscribeLocale(listener: () => void): () => void {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}
