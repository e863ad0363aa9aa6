import { Text, View } from '@tarojs/components'
import { CONSULTATION_CATEGORY_LABELS, CONSULTATION_STATUS_LABELS, type ConsultationSummary } from '@ihaigui/shared'
import { useI18n } from '@/i18n'
import { useZonedTime } from './zoned-time'

/** One consultation in a list: a link to it with its status, category, dates and (for staff) who has it. */
export function ConsultationCard({
  item,
  staffView,
  onOpen
}: {
  item: ConsultationSummary
  staffView: boolean
  onOpen: () => void
}) {
  const { t, label } = useI18n()
  const zoned = useZonedTime()
  const status = label(CONSULTATION_STATUS_LABELS[item.status])
  return (
    <View
      className={`desk-card${item.overdue ? ' desk-card--overdue' : ''}`}
      hoverClass='desk-card--pressed'
      data-id={item.id}
      {...(process.env.TARO_ENV === 'h5'
        ? {
            role: 'link',
            tabIndex: 0,
            onKeyDown: (e: KeyboardEvent) => {
              if (e.key === 'Enter') onOpen()
            }
          }
        : { ariaRole: 'link' })}
      onClick={onOpen}
    >
      <View className='desk-card__head'>
        <Text className='desk-card__subject'>{item.subject}</Text>
        <Text className={`desk-status desk-status--${item.status}`}>{status}</Text>
      </View>
      <View className='desk-card__facts'>
        <Text className='desk-card__category'>{label(CONSULTATION_CATEGORY_LABELS[item.category])}</Text>
        {item.overdue && <Text className='desk-card__overdue'>{t('desk.overdueFlag')}</Text>}
        {item.unread > 0 && <Text className='desk-card__unread'>{t('desk.unread', { count: item.unread })}</Text>}
      </View>
      {staffView && (
        <Text className='desk-card__line'>
          {t('desk.card.asker', { name: item.askerName ?? '—' })} ·{' '}
          {item.assignee ? t('desk.card.assignee', { name: item.assignee.name }) : t('desk.card.unassigned')}
        </Text>
      )}
      <Text className='desk-card__line'>{t('desk.card.asked', { time: zoned(item.createdAt) })}</Text>
      {item.status !== 'resolved' && (item.firstResponseDueAt ?? item.resolutionDueAt) ? (
        <Text className='desk-card__line'>
          {t(item.firstResponseDueAt ? 'desk.card.firstDue' : 'desk.card.resolveDue', {
            time: zoned((item.firstResponseDueAt ?? item.resolutionDueAt) as string)
          })}
        </Text>
      ) : null}
    </View>
  )
}
