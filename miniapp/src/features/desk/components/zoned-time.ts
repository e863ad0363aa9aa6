import { useI18n } from '@/i18n'

/** A date and time with its zone written out ("… 14:30 北京时间" / "… 14:30 Beijing time"). */
export function useZonedTime(): (iso: string) => string {
  const { t, dateTime } = useI18n()
  return (iso) => t('desk.time', { time: dateTime(iso) })
}
