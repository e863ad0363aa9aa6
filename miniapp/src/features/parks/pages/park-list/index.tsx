import { useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { ActionSheet, Button, Tag } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/actionsheet/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/tag/style/css'
import {
  DISTRICTS,
  DISTRICT_LABELS,
  INDUSTRIES,
  INDUSTRY_LABELS,
  districtSchema,
  industrySchema,
  type District,
  type Industry,
  type ParkSummary
} from '@ihaigui/shared'
import { useParkList } from '@/features/parks/parks.hooks'
import { InfiniteList } from '@/components/InfiniteList'
import { formatArea } from '@/features/parks/format'
import { useInfiniteListControls } from '@/hooks/useInfiniteListControls'
import { usePageChrome } from '@/hooks/usePageChrome'
import { useI18n } from '@/i18n'
import { navigateTo } from '@/navigation'
import '../../components/cards.scss'
import '../../park/park.scss'

function ParkCard({ park }: { park: ParkSummary }) {
  const { t, label, localized, locale } = useI18n()
  return (
    <View
      className='park-card'
      hoverClass='park-card--pressed'
      onClick={() => navigateTo('parkDetail', { id: park.id })}
    >
      <View className='park-card__head'>
        <Text className='park-card__name'>{localized(park.name, park.nameEn)}</Text>
        <Tag className='park-card__district' type='primary'>
          {label(DISTRICT_LABELS[park.district])}
        </Tag>
      </View>
      <Text className='park-card__address'>{localized(park.address, park.addressEn)}</Text>
      <View className='park-tags'>
        {park.industries.map((industry) => (
          <Tag key={industry} type='primary' plain>
            {label(INDUSTRY_LABELS[industry])}
          </Tag>
        ))}
      </View>
      <View className='park-card__stats'>
        <View className='park-card__stat'>
          <Text className='park-card__stat-value park-card__stat-value--accent'>
            {formatArea(park.spaceAvailableSqm, locale)}
          </Text>
          <Text className='park-card__stat-label'>{t('park.spaceAvailable')}</Text>
        </View>
        <View className='park-card__stat'>
          <Text className='park-card__stat-value'>{formatArea(park.areaSqm, locale)}</Text>
          <Text className='park-card__stat-label'>{t('park.area')}</Text>
        </View>
      </View>
    </View>
  )
}

interface FilterChipProps<V extends string> {
  value: V | undefined
  values: readonly V[]
  allText: string
  title: string
  labelOf: (value: V) => string
  onChange: (value: V | undefined) => void
}

/** A chip showing the current choice; tapping it opens a sheet with "all" and every value. */
function FilterChip<V extends string>({ value, values, allText, title, labelOf, onChange }: FilterChipProps<V>) {
  const { t } = useI18n()
  const [open, setOpen] = useState(false)
  return (
    <>
      <View
        className={`park-filters__chip${value ? ' park-filters__chip--active' : ''}`}
        hoverClass='park-filters__chip--pressed'
        onClick={() => setOpen(true)}
      >
        <Text className='park-filters__chip-text'>{value ? labelOf(value) : allText}</Text>
        <Text className='park-filters__caret'>▾</Text>
      </View>
      <ActionSheet
        visible={open}
        title={title}
        options={[{ name: allText }, ...values.map((v) => ({ name: labelOf(v) }))]}
        cancelText={t('common.cancel')}
        onSelect={(_item, index) => {
          setOpen(false)
          onChange(index === 0 ? undefined : values[index - 1])
        }}
        onCancel={() => setOpen(false)}
      />
    </>
  )
}

export default function ParkListPage() {
  const { t, label } = useI18n()
  const { params } = useRouter()
  const [district, setDistrict] = useState<District | undefined>(() => districtSchema.safeParse(params.district).data)
  const [industry, setIndustry] = useState<Industry | undefined>(() => industrySchema.safeParse(params.industry).data)
  usePageChrome('parkList')

  const query = useParkList(district, industry)
  useInfiniteListControls(query)

  const toTop = () => Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => undefined)
  const filtered = district !== undefined || industry !== undefined

  return (
    <View className='pf-list'>
      <View className='park-filters'>
        <FilterChip
          value={district}
          values={DISTRICTS}
          allText={t('park.allDistricts')}
          title={t('park.filterDistrict')}
          labelOf={(d) => label(DISTRICT_LABELS[d])}
          onChange={(next) => {
            setDistrict(next)
            void toTop()
          }}
        />
        <FilterChip
          value={industry}
          values={INDUSTRIES}
          allText={t('park.allIndustries')}
          title={t('park.filterIndustry')}
          labelOf={(i) => label(INDUSTRY_LABELS[i])}
          onChange={(next) => {
            setIndustry(next)
            void toTop()
          }}
        />
      </View>
      <View className='pf-list__body'>
        <InfiniteList query={query} emptyMessage={t('park.empty')} renderItem={(park) => <ParkCard park={park} />} />
        {filtered && query.data?.pages[0]?.total === 0 && (
          <View className='park-clear'>
            <Button
              type='primary'
              fill='outline'
              block
              onClick={() => {
                setDistrict(undefined)
                setIndustry(undefined)
              }}
            >
              {t('park.clearFilters')}
            </Button>
          </View>
        )}
      </View>
    </View>
  )
}
