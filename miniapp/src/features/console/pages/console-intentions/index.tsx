import { useState } from 'react'
import { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, Tag } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/tag/style/css'
import {
  INTENTION_SOURCE_LABELS,
  INTENTION_STATUSES,
  INTENTION_STATUS_LABELS,
  type IntentionStatus,
  type IntentionSummary
} from '@ihaigui/shared'
import { useStaffIntentions } from '@/features/console/console.hooks'
import { parseIdParam } from '@/api/id-param'
import { InfiniteList } from '@/components/InfiniteList'
import { FilterTabs } from '@/components/FilterTabs'
import { useInfiniteListControls } from '@/hooks/useInfiniteListControls'
import { usePageChrome } from '@/hooks/usePageChrome'
import { useI18n } from '@/i18n'
import { navigateTo } from '@/navigation'
import { ConsolePage, EventFilter, INTENTION_STATUS_TAG, InfoRow, NotFound } from '@/features/console/parts'
import { IntentionDetailView } from './IntentionDetail'
import { OfflineIntentionForm } from './OfflineIntentionForm'
import { Parties } from './Parties'

type Filter = IntentionStatus | 'all'
const FILTERS: readonly Filter[] = ['all', ...INTENTION_STATUSES]

function IntentionCard({ intention }: { intention: IntentionSummary }) {
  const { t, label, localized, dateTime } = useI18n()
  return (
    <View
      className='console__card'
      hoverClass='console__card--pressed'
      onClick={() => navigateTo('staffIntentions', { id: intention.id })}
    >
      <View className='console__head'>
        <Parties intention={intention} />
        <Tag className='console__card-status' type={INTENTION_STATUS_TAG[intention.status]}>
          {label(INTENTION_STATUS_LABELS[intention.status])}
        </Tag>
      </View>
      <View className='console__tags'>
        <Tag type='primary' plain>
          {label(INTENTION_SOURCE_LABELS[intention.source])}
        </Tag>
      </View>
      <View className='console__rows'>
        <InfoRow label={t('console.intention.talent')} value={intention.talent.displayName} />
        {intention.event && (
          <InfoRow
            label={t('console.intention.event')}
            value={localized(intention.event.title, intention.event.titleEn)}
          />
        )}
        {intention.challenge && <InfoRow label={t('console.intention.challenge')} value={intention.challenge.title} />}
      </View>
      <Text className='console__meta'>{t('console.intention.updatedAt', { date: dateTime(intention.updatedAt) })}</Text>
    </View>
  )
}

function IntentionList({ status, eventId }: { status: Filter; eventId: number | undefined }) {
  const { t } = useI18n()
  const query = useStaffIntentions(status === 'all' ? undefined : status, eventId)
  useInfiniteListControls(query)
  return (
    <InfiniteList
      query={query}
      skeletonCount={3}
      emptyMessage={t('console.intentions.empty')}
      renderItem={(i) => <IntentionCard intention={i} />}
    />
  )
}

function ListView() {
  const { t, label } = useI18n()
  const { params } = useRouter()
  const [filter, setFilter] = useState<Filter>('all')
  const [eventId, setEventId] = useState<number | undefined>(parseIdParam(params.eventId))
  return (
    <>
      <View className='console__tabs'>
        <FilterTabs
          value={filter}
          options={FILTERS.map((f) => ({
            value: f,
            title: f === 'all' ? t('console.intentions.all') : label(INTENTION_STATUS_LABELS[f])
          }))}
          onChange={setFilter}
        />
      </View>
      <View className='console__body'>
        <View className='console__toolbar'>
          <EventFilter value={eventId} onChange={setEventId} />
          <Button size='small' type='primary' onClick={() => navigateTo('staffIntentions', { new: 1 })}>
            {t('console.intentions.new')}
          </Button>
        </View>
        <IntentionList key={`${filter}-${eventId ?? 0}`} status={filter} eventId={eventId} />
      </View>
    </>
  )
}

/**
 * One page, three uses: the list (no query), one intention (`id`), and the form for an intention made offline (`new`).
 */
export default function StaffIntentionsPage() {
  const { params } = useRouter()
  usePageChrome('staffIntentions')
  const id = parseIdParam(params.id)
  return (
    <ConsolePage>
      {() =>
        params.new !== undefined ? (
          <OfflineIntentionForm />
        ) : params.id === undefined ? (
          <ListView />
        ) : id === undefined ? (
          <NotFound code='INTENTION_NOT_FOUND' />
        ) : (
          <IntentionDetailView id={id} />
        )
      }
    </ConsolePage>
  )
}
