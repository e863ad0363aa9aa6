import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Tag } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/tag/style/css'
import {
  REGISTRATION_STATUSES,
  REGISTRATION_STATUS_LABELS,
  ROLE_LABELS,
  type RegistrationStatus,
  type Role
} from '@ihaigui/shared'
import type { Attendee } from '@/features/console/console.api'
import { useAttendees } from '@/features/console/console.hooks'
import { InfiniteList } from '@/components/InfiniteList'
import { useInfiniteListControls } from '@/hooks/useInfiniteListControls'
import { useI18n } from '@/i18n'
import { REGISTRATION_STATUS_TAG, Section } from '@/features/console/parts'

type Filter = RegistrationStatus | 'all'
const FILTERS: readonly Filter[] = ['all', ...REGISTRATION_STATUSES]

function AttendeeRow({ attendee }: { attendee: Attendee }) {
  const { t, label, dateTime } = useI18n()
  const role = attendee.role in ROLE_LABELS ? label(ROLE_LABELS[attendee.role as Role]) : attendee.role
  return (
    <View className='console-attendee'>
      <View className='console-attendee__main'>
        <Text className='console-attendee__name'>{attendee.displayName}</Text>
        <Text className='console__meta'>
          {role}
          {attendee.organizationName ? ` · ${attendee.organizationName}` : ''} ·{' '}
          {t('console.attendees.registeredAt', { date: dateTime(attendee.createdAt) })}
        </Text>
      </View>
      <View className='console-attendee__side'>
        <Tag type={REGISTRATION_STATUS_TAG[attendee.status]}>
          {attendee.status === 'waitlisted' && attendee.waitlistPosition !== null
            ? t('console.attendees.waitlistPosition', { position: attendee.waitlistPosition })
            : label(REGISTRATION_STATUS_LABELS[attendee.status])}
        </Tag>
        {attendee.checkedInAt && (
          <Text className='console-attendee__checked'>
            {t('console.attendees.checkedIn', { time: dateTime(attendee.checkedInAt) })}
          </Text>
        )}
      </View>
    </View>
  )
}

function AttendeeList({ eventId, filter }: { eventId: number; filter: Filter }) {
  const { t } = useI18n()
  const query = useAttendees(eventId, filter === 'all' ? undefined : filter)
  useInfiniteListControls(query)
  const rows = {
    ...query,
    data: query.data && {
      pages: query.data.pages.map((p) => ({ items: p.items.map((a) => ({ ...a, id: a.registrationId })) }))
    }
  }
  return (
    <InfiniteList
      query={rows}
      skeletonCount={2}
      emptyMessage={t('console.attendees.empty')}
      renderItem={(a) => <AttendeeRow attendee={a} />}
    />
  )
}

/** Who registered, by state, with their check-in times. */
export function Attendees({ eventId }: { eventId: number }) {
  const { t, label } = useI18n()
  const [filter, setFilter] = useState<Filter>('all')
  return (
    <Section title={t('console.attendees.title')}>
      <View className='console-chips'>
        {FILTERS.map((f) => (
          <Text
            key={f}
            className={`console-chip${f === filter ? ' console-chip--on' : ''}`}
            onClick={() => setFilter(f)}
          >
            {f === 'all' ? t('console.attendees.all') : label(REGISTRATION_STATUS_LABELS[f])}
          </Text>
        ))}
      </View>
      <AttendeeList key={filter} eventId={eventId} filter={filter} />
    </Section>
  )
}
