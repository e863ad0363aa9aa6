import { Text, View } from '@tarojs/components'
import { CONSULTATION_CATEGORY_LABELS, CONSULTATION_STATUS_LABELS, type ConsultationDetail } from '@ihaigui/shared'
import { useI18n, type MessageKey } from '@/i18n'
import { navigateTo } from '@/navigation'
import { Attachments } from './Thread'
import { useZonedTime } from './zoned-time'

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <View className='desk-fact'>
      <Text className='desk-fact__label'>{label}</Text>
      <Text className='desk-fact__value'>{value}</Text>
    </View>
  )
}

const ABOUT_PAGES = {
  policy: 'policyDetail',
  park: 'parkDetail',
  position: 'jobDetail',
  event: 'eventDetail'
} as const

const ABOUT_LABELS: Record<keyof typeof ABOUT_PAGES, MessageKey> = {
  policy: 'desk.about.policy',
  park: 'desk.about.park',
  position: 'desk.about.position',
  event: 'desk.about.event'
}

/** The question itself: subject, status, category, times (with their zone), who has it, and what it is about. */
export function ConsultationFacts({
  consultation,
  staffView
}: {
  consultation: ConsultationDetail
  staffView: boolean
}) {
  const { t, label, localized } = useI18n()
  const zoned = useZonedTime()
  const c = consultation
  const about = c.about
  return (
    <View className='desk-facts'>
      <View className='desk-facts__head'>
        <Text className='desk-facts__subject'>{c.subject}</Text>
        <Text className={`desk-status desk-status--${c.status}`}>{label(CONSULTATION_STATUS_LABELS[c.status])}</Text>
      </View>
      {c.overdue && (
        <View className='desk-facts__overdue' role='status'>
          {t('desk.overdueLong')}
        </View>
      )}
      <Fact label={t('desk.f.category')} value={label(CONSULTATION_CATEGORY_LABELS[c.category])} />
      {staffView && <Fact label={t('desk.f.asker')} value={c.askerName ?? '—'} />}
      <Fact label={t('desk.f.answerLocale')} value={t(c.answerLocale === 'en' ? 'desk.lang.en' : 'desk.lang.zh')} />
      <Fact label={t('desk.f.asked')} value={zoned(c.createdAt)} />
      <Fact label={t('desk.f.assignee')} value={c.assignee ? c.assignee.name : t('desk.card.unassigned')} />
      {c.firstRespondedAt ? (
        <Fact label={t('desk.f.firstResponded')} value={zoned(c.firstRespondedAt)} />
      ) : c.firstResponseDueAt ? (
        <Fact label={t('desk.f.firstDue')} value={zoned(c.firstResponseDueAt)} />
      ) : null}
      {c.resolvedAt ? (
        <Fact label={t('desk.f.resolved')} value={zoned(c.resolvedAt)} />
      ) : c.resolutionDueAt ? (
        <Fact label={t('desk.f.resolveDue')} value={zoned(c.resolutionDueAt)} />
      ) : c.status === 'waiting' ? (
        <Fact label={t('desk.f.resolveDue')} value={t('desk.f.paused')} />
      ) : null}
      {about && (
        <View
          className='desk-about'
          hoverClass='desk-about--pressed'
          {...(process.env.TARO_ENV === 'h5'
            ? {
                role: 'link',
                tabIndex: 0,
                onKeyDown: (e: KeyboardEvent) => {
                  if (e.key === 'Enter') void navigateTo(ABOUT_PAGES[about.type], { id: about.id })
                }
              }
            : { ariaRole: 'link' })}
          onClick={() => navigateTo(ABOUT_PAGES[about.type], { id: about.id })}
        >
          <View className='desk-about__text'>
            <Text className='desk-about__label'>{t(ABOUT_LABELS[about.type])}</Text>
            <Text className='desk-about__title'>{localized(about.title, about.titleEn)}</Text>
          </View>
          <Text className='desk-about__arrow' aria-hidden>
            ›
          </Text>
        </View>
      )}
      <View className='desk-question'>
        <Text className='desk-section__title'>{t('desk.f.question')}</Text>
        <Text className='desk-question__body' userSelect>
          {c.body}
        </Text>
        <Attachments files={c.attachments} />
      </View>
    </View>
  )
}
