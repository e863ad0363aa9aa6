import { useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import {
  CONSULTATION_CATEGORIES,
  CONSULTATION_CATEGORY_LABELS,
  STAFF_QUEUE_VIEWS,
  STAFF_QUEUE_VIEW_LABELS,
  type ConsultationCategory,
  type StaffQueueView
} from '@ihaigui/shared'
import { FilterTabs } from '@/components/FilterTabs'
import { InfiniteList } from '@/components/InfiniteList'
import { SignedIn } from '@/components/SessionGates'
import { SelectField } from '@/components/form/Form'
import { useInfiniteListControls } from '@/hooks/useInfiniteListControls'
import { usePageChrome } from '@/hooks/usePageChrome'
import { useI18n } from '@/i18n'
import { navigateTo } from '@/navigation'
import { ConsultationCard } from '../../components/ConsultationCard'
import { useQueue, useQueueCounts } from '../../desk.hooks'
import '../../desk.scss'

type CategoryFilter = ConsultationCategory | 'all'

function Queue() {
  const { t, label } = useI18n()
  const [view, setView] = useState<StaffQueueView>('unassigned')
  const [category, setCategory] = useState<CategoryFilter>('all')
  const query = useQueue(view, category === 'all' ? undefined : category)
  const counts = useQueueCounts()
  useInfiniteListControls(query)
  useDidShow(() => {
    void query.refetch()
    void counts.refetch()
  })
  return (
    <>
      <View className='desk-tabs'>
        <FilterTabs<StaffQueueView>
          value={view}
          align='left'
          options={STAFF_QUEUE_VIEWS.map((v) => ({
            value: v,
            title:
              counts.data === undefined
                ? label(STAFF_QUEUE_VIEW_LABELS[v])
                : t('desk.queue.tab', { view: label(STAFF_QUEUE_VIEW_LABELS[v]), count: counts.data[v] })
          }))}
          onChange={setView}
        />
      </View>
      <View className='desk-list__body'>
        <View className='desk-queue__filters'>
          <SelectField<CategoryFilter>
            name='category'
            label={t('desk.f.category')}
            value={category}
            options={[
              { value: 'all', label: t('desk.faq.all') },
              ...CONSULTATION_CATEGORIES.map((c) => ({ value: c, label: label(CONSULTATION_CATEGORY_LABELS[c]) }))
            ]}
            onChange={setCategory}
          />
        </View>
        <InfiniteList
          query={query}
          emptyMessage={t('desk.queue.empty')}
          renderItem={(item) => (
            <ConsultationCard item={item} staffView onOpen={() => navigateTo('staffConsultation', { id: item.id })} />
          )}
        />
        <View className='desk-buttons desk-buttons--stack'>
          <Button fill='outline' type='primary' onClick={() => navigateTo('faqList')}>
            {t('desk.queue.faqs')}
          </Button>
          <Button fill='outline' type='primary' onClick={() => navigateTo('staffFaqEdit')}>
            {t('desk.queue.newFaq')}
          </Button>
          <Button fill='outline' type='primary' onClick={() => navigateTo('staffDeskSettings')}>
            {t('desk.queue.settings')}
          </Button>
        </View>
      </View>
    </>
  )
}

export default function StaffDeskQueuePage() {
  usePageChrome('staffDeskQueue')
  return (
    <View className='page desk-list desk-queue'>
      <SignedIn roles={['staff', 'admin']}>{() => <Queue />}</SignedIn>
    </View>
  )
}
