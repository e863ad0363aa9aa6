import { useI18n } from '@/i18n'

/** The H5 picker's own buttons say 确定 / 取消 whatever the language: give them the UI's words (weapp ignores this). */
export function usePickerText() {
  const { t } = useI18n()
  return { okText: t('common.confirm'), cancelText: t('common.cancel') }
}
