import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useSyncExternalStore,
  type PropsWithChildren
} from 'react'
import { pickLabel, pickLocalized, type Bilingual, type Locale } from '@ihaigui/shared'
import { applyChromeForCurrentPage } from './chrome'
import { formatDate, formatDateTime } from './format'
import { translate, type MessageKey, type MessageParams } from './messages'
import { getLocale, setStoredLocale, subscribeLocale } from './store'

export interface I18nValue {
  locale: Locale
  /** UI message by key, with `{name}` placeholders filled from params. */
  t: (key: MessageKey, params?: MessageParams) => string
  /** Switches the UI language, persists it, and retitles the tab bar and the current page. */
  setLocale: (locale: Locale) => void
  /** A shared zh/en label (category names, error messages…) in the current locale. */
  label: (label: Bilingual) => string
  /** Content field with an optional English variant: English when present and the UI is English, else Chinese. */
  localized: (zh: string, en: string | null | undefined) => string
  /** Date per locale, see i18n/format.ts. */
  date: (iso: string) => string
  /** Date and time per locale (Beijing time). */
  dateTime: (iso: string) => string
}

const I18nContext = createContext<I18nValue | null>(null)

export function I18nProvider({ children }: PropsWithChildren) {
  const locale = useSyncExternalStore(subscribeLocale, getLocale, getLocale)

  const setLocale = useCallback((next: Locale) => {
    setStoredLocale(next)
    applyChromeForCurrentPage(next)
  }, [])

  useEffect(() => {
    // Browsers pick fonts, hyphenation and screen-reader voice by the document language.
    if (process.env.TARO_ENV === 'h5') document.documentElement.lang = locale
  }, [locale])

  const value = useMemo<I18nValue>(
    () => ({
      locale,
      setLocale,
      t: (key, params) => translate(locale, key, params),
      label: (label) => pickLabel(label, locale),
      localized: (zh, en) => pickLocalized(zh, en, locale),
      date: (iso) => formatDate(iso, locale),
      dateTime: (iso) => formatDateTime(iso, locale)
    }),
    [locale, setLocale]
  )

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext)
  if (!value) throw new Error('useI18n must be used inside <I18nProvider>')
  return value
}
