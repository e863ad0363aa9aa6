import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button, Tag } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/tag/style/css'
import {
  ANNOUNCEMENT_CATEGORY_LABELS,
  ANNOUNCEMENT_STATUSES,
  ANNOUNCEMENT_STATUS_LABELS,
  type AnnouncementRecord,
  type AnnouncementStatus
} from '@ihaigui/shared'
import { useStaffAnnouncements } from '@/features/staff/staff.hooks'
import { InfiniteList } from '@/components/InfiniteList'
import { SignedIn } from '@/components/SessionGates'
import { ANNOUNCEMENT_STATUS_TAG } from '@/components/status-tags'
import { FilterTabs } from '@/components/FilterTabs'
import { useInfiniteListControls } from '@/hooks/useInfiniteListControls'
import { usePageChrome } from '@/hooks/usePageChrome'
import { useI18n } from '@/i18n'
import { nav } from '@/navigation'
import { isScheduled } from '@/features/staff/announcement-status'
import '../../staff.scss'

type Filter = AnnouncementStatus | 'all'
const FILTERS: readonly Filter[] = ['all', ...ANNOUNCEMENT_STATUSES]

function AnnouncementRow({ item }: { item: AnnouncementRecord }) {
  const { t, label, dateTime } = useI18n()
  const scheduled = isScheduled(item)
  return (
    <View className='staff__card' hoverClass='staff__card--pressed' onClick={() => nav.staffAnnouncementEdit(item.id)}>
      <Text className='staff__card-title'>{item.title}</Text>
      <View className='staff__tags'>
        <Tag type={ANNOUNCEMENT_STATUS_TAG[item.status]}>{label(ANNOUNCEMENT_STATUS_LABELS[item.status])}</Tag>
        {scheduled && <Tag type='warning'>{t('ann.scheduledTag')}</Tag>}
        {item.pinned && (
          <Tag type='warning' plain>
            {t('common.pinned')}
          </Tag>
        )}
        <Tag type='primary' plain>
          {label(ANNOUNCEMENT_CATEGORY_LABELS[item.category])}
        </Tag>
      </View>
      <Text className='staff__meta'>
        {scheduled && item.publishedAt
          ? t('ann.scheduledFor', { date: dateTime(item.publishedAt) })
          : item.status === 'published' && item.publishedAt
            ? t('ann.publishedAt', { date: dateTime(item.publishedAt) })
            : t('ann.updatedAt', { date: dateTime(item.updatedAt) })}
      </Text>
    </View>
  )
}

function AnnouncementList({ status }: { status?: AnnouncementStatus }) {
  const { t } = useI18n()
  const query = useStaffAnnouncements(status)
  useInfiniteListControls(query)
  return (
    <InfiniteList query={query} emptyMessage={t('ann.empty')} renderItem={(item) => <AnnouncementRow item={item} />} />
  )
}

export default function StaffAnnouncementsPage() {
  const { t, label } = useI18n()
  const [filter, setFilter] = useState<Filter>('all')
  usePageChrome('staffAnnouncements')

  return (
    <View className='staff'>
      <SignedIn roles={['staff', 'admin']}>
        {() => (
          <>
            <View className='staff__tabs'>
              <FilterTabs
                value={filter}
                options={FILTERS.map((f) => ({
                  value: f,
                  title: f === 'all' ? t('list.all') : label(ANNOUNCEMENT_STATUS_LABELS[f])
                }))}
                onChange={setFilter}
              />
            </View>
            <View className='staff__body'>
              <View className='staff__toolbar'>
                <Button type='primary' size='small' onClick={() => nav.staffAnnouncementEdit()}>
                  {t('ann.new')}
                </Button>
              </View>
              <AnnouncementList key={filter} status={filter === 'all' ? undefined : filter} />
            </View>
          </>
        )}
      </SignedIn>
    </View>
  )
}
