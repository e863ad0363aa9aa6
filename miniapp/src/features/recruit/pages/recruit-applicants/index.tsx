import { useState } from 'react'
import { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Tag } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/tag/style/css'
import {
  APPLICATION_STATUSES,
  APPLICATION_STATUS_LABELS,
  DEGREE_LABELS,
  POSITION_STATUS_LABELS,
  type Application,
  type ApplicationStatus
} from '@ihaigui/shared'
import { ApiRequestError } from '@/api/errors'
import { useOrgPosition, usePositionApplications } from '@/features/recruit/recruit.hooks'
import { InfiniteList } from '@/components/InfiniteList'
import { APPLICATION_STATUS_TAG, POSITION_STATUS_TAG } from '@/features/recruit/recruit-display'
import { SignedIn } from '@/components/SessionGates'
import { ErrorState } from '@/components/StateViews'
import { FilterTabs } from '@/components/FilterTabs'
import { useInfiniteListControls } from '@/hooks/useInfiniteListControls'
import { usePageChrome } from '@/hooks/usePageChrome'
import { useI18n } from '@/i18n'
import { navigateTo } from '@/navigation'
import { parseIdParam } from '@/api/id-param'
import '../../recruit.scss'

type Filter = ApplicationStatus | 'all'
const FILTERS: readonly Filter[] = ['all', ...APPLICATION_STATUSES]

function PositionHeader({ positionId }: { positionId: number }) {
  const { t, label, localized } = useI18n()
  const { data } = useOrgPosition(positionId)
  if (!data) return null
  return (
    <View className='rc-head'>
      <View className='rc-head__line'>
        <Text className='rc-head__title'>{localized(data.title, data.titleEn)}</Text>
        <Tag type={POSITION_STATUS_TAG[data.status]}>{label(POSITION_STATUS_LABELS[data.status])}</Tag>
      </View>
      <Text className='rc-head__meta'>
        {t('recruit.applicants.summary', { applicants: data.applicationCount, views: data.viewCount })}
      </Text>
    </View>
  )
}

function ApplicantCard({ application }: { application: Application }) {
  const { t, label, date } = useI18n()
  const { applicant } = application
  const fresh = application.status === 'submitted'
  return (
    <View
      className={`rc-card rc-card--with-status rc-card--link${fresh ? ' rc-card--fresh' : ''}`}
      hoverClass='rc-card--pressed'
      onClick={() => navigateTo('orgApplicant', { id: application.id })}
    >
      <Text className='rc-card__title'>{applicant.name}</Text>
      <Tag className='rc-card__status' type={APPLICATION_STATUS_TAG[application.status]}>
        {label(APPLICATION_STATUS_LABELS[application.status])}
      </Tag>
      <Text className='rc-card__meta'>
        {[label(DEGREE_LABELS[applicant.degree]), applicant.school, applicant.major].filter(Boolean).join(' · ')}
      </Text>
      <Text className='rc-card__excerpt'>{application.message}</Text>
      <View className='rc-card__foot'>
        <Text className='rc-card__date'>
          {t('recruit.applicants.appliedOn', { date: date(application.createdAt) })}
        </Text>
        {applicant.hasCv && <Text className='rc-card__badge'>{t('recruit.applicant.cvAttached')}</Text>}
        <Text className='rc-card__chevron'>›</Text>
      </View>
    </View>
  )
}

function ApplicantList({ positionId, filter }: { positionId: number; filter: Filter }) {
  const { t } = useI18n()
  const query = usePositionApplications(positionId, filter === 'all' ? undefined : filter)
  useInfiniteListControls(query)
  return (
    <InfiniteList
      query={query}
      skeletonCount={3}
      emptyMessage={t(filter === 'all' ? 'recruit.applicants.empty' : 'recruit.applicants.emptyFiltered')}
      renderItem={(application) => <ApplicantCard application={application} />}
    />
  )
}

export default function OrgApplicantsPage() {
  const { t, label, locale } = useI18n()
  const { params } = useRouter()
  const positionId = parseIdParam(params.positionId)
  const [filter, setFilter] = useState<Filter>('all')
  usePageChrome('orgApplicants')

  return (
    <View className='rc'>
      <SignedIn roles={['enterprise']}>
        {() =>
          positionId === undefined ? (
            <View className='rc__body'>
              <ErrorState error={new ApiRequestError({ status: 404, code: 'POSITION_NOT_FOUND', locale })} />
            </View>
          ) : (
            <>
              <View className='rc__tabs'>
                <FilterTabs
                  value={filter}
                  options={FILTERS.map((f) => ({
                    value: f,
                    title: f === 'all' ? t('recruit.applicants.all') : label(APPLICATION_STATUS_LABELS[f])
                  }))}
                  onChange={setFilter}
                />
              </View>
              <View className='rc__body'>
                <PositionHeader positionId={positionId} />
                <ApplicantList key={filter} positionId={positionId} filter={filter} />
              </View>
            </>
          )
        }
      </SignedIn>
    </View>
  )
}
