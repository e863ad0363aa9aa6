import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button, Tag } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/tag/style/css'
import {
  APPLICATION_STATUSES,
  APPLICATION_STATUS_LABELS,
  type Application,
  type ApplicationStatus
} from '@ihaigui/shared'
import { useMyApplications } from '@/features/jobs/jobs.hooks'
import { InfiniteList } from '@/components/InfiniteList'
import { SignedIn } from '@/components/SessionGates'
import { FilterTabs } from '@/components/FilterTabs'
import { useInfiniteListControls } from '@/hooks/useInfiniteListControls'
import { usePageChrome } from '@/hooks/usePageChrome'
import { useI18n } from '@/i18n'
import { navigateTo, switchTab } from '@/navigation'
import { APPLICATION_STATUS_TAG } from '@/features/jobs/job/application-status'
import '../../job/job.scss'

type Filter = ApplicationStatus | 'all'
const FILTERS: readonly Filter[] = ['all', ...APPLICATION_STATUSES]

function ApplicationCard({ application }: { application: Application }) {
  const { t, label, localized, dateTime } = useI18n()
  const last = application.history[application.history.length - 1]
  return (
    <View
      className='app-card'
      hoverClass='app-card--pressed'
      onClick={() => navigateTo('applicationDetail', { id: application.id })}
    >
      <View className='app-card__head'>
        <Text className='app-card__title'>{localized(application.position.title, application.position.titleEn)}</Text>
        <Tag className='app-card__status' type={APPLICATION_STATUS_TAG[application.status]}>
          {label(APPLICATION_STATUS_LABELS[application.status])}
        </Tag>
      </View>
      <Text className='app-card__org'>{application.position.organizationName}</Text>
      {last?.message ? <Text className='app-card__note'>{last.message}</Text> : null}
      <Text className='app-card__meta'>
        {t('applications.sentOn', { date: dateTime(application.createdAt) })}
        {application.updatedAt !== application.createdAt
          ? ` · ${t('applications.updatedOn', { date: dateTime(application.updatedAt) })}`
          : ''}
      </Text>
    </View>
  )
}

function Applications({ status }: { status: ApplicationStatus | undefined }) {
  const { t } = useI18n()
  const query = useMyApplications(status)
  useInfiniteListControls(query)
  const none = !status && query.data?.pages[0]?.total === 0
  return (
    <>
      <InfiniteList
        query={query}
        emptyMessage={status ? t('applications.emptyStatus') : t('applications.empty')}
        renderItem={(application) => <ApplicationCard application={application} />}
      />
      {none && (
        <View className='job-actions'>
          <Button type='primary' fill='outline' block onClick={() => switchTab('job')}>
            {t('applications.browse')}
          </Button>
        </View>
      )}
    </>
  )
}

export default function MyApplicationsPage() {
  const { t, label } = useI18n()
  const [filter, setFilter] = useState<Filter>('all')
  usePageChrome('myApplications')
  return (
    <View className='job-list'>
      <SignedIn roles={['talent']}>
        {() => (
          <>
            <View className='job-list__tabs'>
              <FilterTabs
                value={filter}
                options={FILTERS.map((f) => ({
                  value: f,
                  title: f === 'all' ? t('applications.all') : label(APPLICATION_STATUS_LABELS[f])
                }))}
                onChange={setFilter}
                align='left'
              />
            </View>
            <View className='job-list__body'>
              <Applications key={filter} status={filter === 'all' ? undefined : filter} />
            </View>
          </>
        )}
      </SignedIn>
    </View>
  )
}
