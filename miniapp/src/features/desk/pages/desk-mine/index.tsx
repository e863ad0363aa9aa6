import { useState } from 'react'
import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { CONSULTATION_STATUSES, CONSULTATION_STATUS_LABELS, type ConsultationStatus } from '@ihaigui/shared'
import { FilterTabs } from '@/components/FilterTabs'
import { InfiniteList } from '@/components/InfiniteList'
import { SignedIn } from '@/components/SessionGates'
import { useInfiniteListControls } from '@/hooks/useInfiniteListControls'
import { usePageChrome } from '@/hooks/usePageChrome'
import { useI18n } from '@/i18n'
import { navigateTo } from '@/navigation'
import { ConsultationCard } from '../../components/ConsultationCard'
import { useMyConsultations } from '../../desk.hooks'
import '../../desk.scss'

type Filter = ConsultationStatus | 'all'

function MyList() {
  const { t, label } = useI18n()
  const [filter, setFilter] = useState<Filter>('all')
  const query = useMyConsultations(filter === 'all' ? undefined : filter)
  useInfiniteListControls(query)
  return (
    <>
      <View className='desk-tabs'>
        <FilterTabs<Filter>
          value={filter}
          options={[
            { value: 'all', title: t('desk.mine.all') },
            ...CONSULTATION_STATUSES.map((s) => ({ value: s, title: label(CONSULTATION_STATUS_LABELS[s]) }))
          ]}
          onChange={setFilter}
        />
      </View>
      <View className='desk-list__body'>
        <Button type='primary' block className='desk-list__ask' onClick={() => navigateTo('deskAsk')}>
          {t('desk.entry.ask')}
        </Button>
        <InfiniteList
          query={query}
          emptyMessage={t(filter === 'all' ? 'desk.mine.empty' : 'desk.mine.emptyFiltered')}
          renderItem={(item) => (
            <ConsultationCard
              item={item}
              staffView={false}
              onOpen={() => navigateTo('consultationDetail', { id: item.id })}
            />
          )}
        />
      </View>
    </>
  )
}

export default function MyConsultationsPage() {
  usePageChrome('myConsultations')
  return (
    <View className='page desk-list'>
      <SignedIn>{() => <MyList />}</SignedIn>
    </View>
  )
}
