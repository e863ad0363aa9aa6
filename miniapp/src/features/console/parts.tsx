import { useState, type ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import { ActionSheet } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/actionsheet/style/css'
import type { ChallengeStatus, EventStatus, IntentionStatus, ProjectStatus, RegistrationStatus } from '@ihaigui/shared'
import { useEventChoices } from '@/features/console/console.hooks'
import { ApiRequestError } from '@/api/errors'
import { SignedIn } from '@/components/SessionGates'
import { ErrorState } from '@/components/StateViews'
import { useI18n } from '@/i18n'
import './console.scss'

type TagType = 'default' | 'primary' | 'success' | 'warning' | 'danger' | 'info'

/** NutUI Tag colour of each state shown in the console. */
export const PROJECT_STATUS_TAG: Record<ProjectStatus, TagType> = {
  draft: 'default',
  submitted: 'warning',
  returned: 'info',
  accepted: 'success',
  rejected: 'danger'
}
export const EVENT_STATUS_TAG: Record<EventStatus, TagType> = {
  draft: 'default',
  published: 'success',
  cancelled: 'danger'
}
export const REGISTRATION_STATUS_TAG: Record<RegistrationStatus, TagType> = {
  registered: 'success',
  waitlisted: 'warning',
  cancelled: 'default'
}
export const CHALLENGE_STATUS_TAG: Record<ChallengeStatus, TagType> = {
  pending: 'warning',
  open: 'success',
  rejected: 'danger',
  awarded: 'primary',
  closed: 'default'
}
export const INTENTION_STATUS_TAG: Record<IntentionStatus, TagType> = {
  proposed: 'warning',
  accepted: 'primary',
  declined: 'default',
  meeting: 'primary',
  agreement: 'primary',
  signed: 'success',
  withdrawn: 'default'
}

/** A console page for staff and admins only. */
export function ConsolePage({ padded = false, children }: { padded?: boolean; children: () => ReactNode }) {
  return (
    <View className={`console${padded ? ' console--padded' : ''}`}>
      <SignedIn roles={['staff', 'admin']}>{() => children()}</SignedIn>
    </View>
  )
}

export function InfoRow({ label, value }: { label: string; value: ReactNode }) {
  return (
    <View className='console__row'>
      <Text className='console__row-label'>{label}</Text>
      <Text className='console__row-value'>{value}</Text>
    </View>
  )
}

/** A titled card of a detail page, with an optional control on the right of the title. */
export function Section({ title, extra, children }: { title: string; extra?: ReactNode; children: ReactNode }) {
  return (
    <View className='console__section'>
      <View className='console__section-head'>
        <Text className='console__section-title'>{title}</Text>
        {extra}
      </View>
      {children}
    </View>
  )
}

/** The event a list is narrowed to: all events, or one chosen from a sheet of the newest events. */
export function EventFilter({
  value,
  onChange
}: {
  value: number | undefined
  onChange: (eventId: number | undefined) => void
}) {
  const { t, localized } = useI18n()
  const [open, setOpen] = useState(false)
  const choices = useEventChoices()
  const events = choices.data?.items ?? []
  const current = events.find((e) => e.id === value)
  const options = [
    { name: t('console.filter.allEvents') },
    ...events.map((e) => ({ name: localized(e.title, e.titleEn) }))
  ]
  return (
    <>
      <View
        className={`console__filter${value !== undefined ? ' console__filter--on' : ''}`}
        onClick={() => setOpen(true)}
      >
        <Text className='console__filter-text'>
          {value === undefined
            ? t('console.filter.allEvents')
            : current
              ? localized(current.title, current.titleEn)
              : t('console.filter.oneEvent')}
        </Text>
        <Text className='console__filter-arrow'>▾</Text>
      </View>
      <ActionSheet
        visible={open}
        title={t('console.filter.title')}
        options={options}
        cancelText={t('common.cancel')}
        onSelect={(_item, index) => {
          setOpen(false)
          onChange(index === 0 ? undefined : events[index - 1]?.id)
        }}
        onCancel={() => setOpen(false)}
      />
    </>
  )
}

/** "8.3": scores and averages carry one decimal; "—" when there is none yet. */
export const score = (value: number | null | undefined) => (value == null ? '—' : value.toFixed(1))

/** A page opened with an id that cannot be one: the same answer as an unknown id, without asking the server. */
export function NotFound({ code }: { code: string }) {
  const { locale } = useI18n()
  return <ErrorState error={new ApiRequestError({ status: 404, code, locale })} />
}

/** An event's seats taken out of its capacity, and its waiting list. */
export function EventCounts({ event }: { event: { registered: number; capacity: number; waitlisted: number } }) {
  const { t } = useI18n()
  return (
    <View className='console-counts'>
      <View className='console-counts__item'>
        <Text className='console-counts__value'>
          {event.registered}/{event.capacity}
        </Text>
        <Text className='console-counts__name'>{t('console.event.registered')}</Text>
      </View>
      <View className='console-counts__item'>
        <Text className='console-counts__value'>{event.waitlisted}</Text>
        <Text className='console-counts__name'>{t('console.event.waitlisted')}</Text>
      </View>
    </View>
  )
}
