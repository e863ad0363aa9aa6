import { setDefaultConfig } from '@nutui/nutui-react-taro'
import enUS from '@nutui/nutui-react-taro/dist/es/locales/en-US'
import zhCN from '@nutui/nutui-react-taro/dist/es/locales/zh-CN'
import { useI18n } from './I18nProvider'

/**
 * NutUI's own texts (picker Confirm/Cancel, date units) in the app's locale. Set as NutUI's default config rather
 * than through <ConfigProvider>, which would wrap every page in an extra view; called by the components that show
 * such texts (pickers), so the locale tables load with them and not in the app's entry.
 */
export function useNutuiLocale(): void {
  const { locale } = useI18n()
  // A plain assignment, the same on every render: safe to do while rendering, before the picker reads it.
  setDefaultConfig({ locale: locale === 'en' ? enUS : zhCN, direction: 'ltr' })
}
