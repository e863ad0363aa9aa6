import { useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, Tag } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/tag/style/css'
import { ANNOUNCEMENT_CATEGORY_LABELS } from '@ihaigui/shared'
import { useAnnouncement } from '../../../api/hooks'
import { RichContent } from '../../../components/RichContent'
import { ErrorState, PageLoading } from '../../../components/StateViews'
import { usePageChrome } from '../../../hooks/usePageChrome'
import { formatCount, useI18n } from '../../../i18n'
import { nav } from '../../../navigation'
import './index.scss'

export default function AnnouncementDetailPage() {
  const { t, locale, label, localized, date } = useI18n()
  const { params } = useRouter()
  const { data, error, isPending, isError, refetch } = useAnnouncement(params.id)
  // Opened from a share card or a direct link there is nothing to go back to: offer the home page instead.
  const [openedDirectly] = useState(() => Taro.getCurrentPages().length <= 1)
  usePageChrome('announcementDetail')

  const homeLink = openedDirectly && (
    <View className='detail__home'>
      <Button type='primary' fill='outline' block onClick={() => nav.home()}>
        {t('common.backHome')}
      </Button>
    </View>
  )

  if (isPending) {
    return (
      <View className='page detail'>
        <PageLoading />
      </View>
    )
  }

  if (isError) {
    return (
      <View className='page detail'>
        <ErrorState error={error} onRetry={() => refetch()} />
        {homeLink}
      </View>
    )
  }

  const englishMissing = locale === 'en' && !(data.bodyEn && data.bodyEn.trim())
  const html = locale === 'en' && !englishMissing ? (data.bodyEn as string) : data.body

  return (
    <View className='page detail'>
      <View className='detail__article'>
        <Text className='detail__title'>{localized(data.title, data.titleEn)}</Text>
        <View className='detail__meta'>
          {data.pinned && (
            <Tag type='warning' className='detail__tag'>
              {t('common.pinned')}
            </Tag>
          )}
          <Tag type='primary' plain className='detail__tag'>
            {label(ANNOUNCEMENT_CATEGORY_LABELS[data.category])}
          </Tag>
          <Text className='detail__date'>{date(data.publishedAt)}</Text>
          <Text className='detail__views'>
            {data.viewCount === 1 ? t('detail.viewsOne') : t('detail.views', { count: formatCount(data.viewCount, locale) })}
          </Text>
        </View>
        {englishMissing && (
          <View className='detail__notice'>
            <Text>{t('detail.englishFallback')}</Text>
          </View>
        )}
        <RichContent className='detail__body' html={html} />
      </View>
      {homeLink}
    </View>
  )
}
