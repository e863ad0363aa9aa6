import { useState } from 'react'
import { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import {
  CONSULTATION_CATEGORIES,
  CONSULTATION_CATEGORY_LABELS,
  type ConsultationCategory,
  type Faq
} from '@ihaigui/shared'
import { FilterTabs } from '@/components/FilterTabs'
import { InfiniteList } from '@/components/InfiniteList'
import { SearchBox } from '@/components/SearchBox'
import { useInfiniteListControls } from '@/hooks/useInfiniteListControls'
import { usePageChrome } from '@/hooks/usePageChrome'
import { useI18n } from '@/i18n'
import { navigateTo } from '@/navigation'
import { isConsultationCategory } from '../../desk-display'
import { useFaqs } from '../../desk.hooks'
import '../../desk.scss'

type Filter = ConsultationCategory | 'all'

function FaqCard({ faq }: { faq: Faq }) {
  const { t, label, localized, date } = useI18n()
  const open = () => navigateTo('faqDetail', { id: faq.id })
  return (
    <View
      className='desk-card desk-faq-card'
      hoverClass='desk-card--pressed'
      data-id={faq.id}
      {...(process.env.TARO_ENV === 'h5'
        ? {
            role: 'link',
            tabIndex: 0,
            onKeyDown: (e: KeyboardEvent) => {
              if (e.key === 'Enter') void open()
            }
          }
        : { ariaRole: 'link' })}
      onClick={open}
    >
      <Text className='desk-card__subject'>{localized(faq.question, faq.questionEn)}</Text>
      <Text className='desk-faq-card__answer'>{localized(faq.answer, faq.answerEn)}</Text>
      <View className='desk-card__facts'>
        <Text className='desk-card__category'>{label(CONSULTATION_CATEGORY_LABELS[faq.category])}</Text>
        <Text className='desk-card__line'>{t('desk.faq.updated', { date: date(faq.updatedAt) })}</Text>
      </View>
    </View>
  )
}

export default function FaqListPage() {
  const { t, label } = useI18n()
  const { params } = useRouter()
  usePageChrome('faqList')
  const [filter, setFilter] = useState<Filter>(isConsultationCategory(params.category) ? params.category : 'all')
  const [q, setQ] = useState<string | undefined>(undefined)
  const query = useFaqs(filter === 'all' ? undefined : filter, q)
  useInfiniteListControls(query)
  return (
    <View className='page desk-list desk-faq'>
      <View className='desk-tabs'>
        <FilterTabs<Filter>
          value={filter}
          align='left'
          options={[
            { value: 'all', title: t('desk.faq.all') },
            ...CONSULTATION_CATEGORIES.map((c) => ({ value: c, title: label(CONSULTATION_CATEGORY_LABELS[c]) }))
          ]}
          onChange={setFilter}
        />
      </View>
      <View className='desk-list__body'>
        <SearchBox value={q} onSearch={setQ} placeholder={t('desk.faq.search')} maxLength={100} />
        <InfiniteList
          query={query}
          emptyMessage={t(q ? 'desk.faq.noMatch' : 'desk.faq.empty')}
          renderItem={(faq) => <FaqCard faq={faq} />}
        />
        <View className='desk-cta'>
          <Text className='desk-cta__text'>{t('desk.faq.stillAsk')}</Text>
          <Button
            type='primary'
            fill='outline'
            block
            onClick={() => navigateTo('deskAsk', filter === 'all' ? {} : { category: filter })}
          >
            {t('desk.faq.ask')}
          </Button>
        </View>
      </View>
    </View>
  )
}
