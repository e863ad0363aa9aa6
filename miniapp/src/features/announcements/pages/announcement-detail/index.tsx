import type { ReactNode } from 'react'
import { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Tag } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/tag/style/css'
import { ANNOUNCEMENT_CATEGORY_LABELS, type AnnouncementDetail } from '@ihaigui/shared'
import { useAnnouncement } from '@/features/announcements/announcements.hooks'
import { RichContent } from '@/components/RichContent'
import { DetailQuery } from '@/components/DetailQuery'
import { usePageChrome } from '@/hooks/usePageChrome'
import { formatCount, useI18n } from '@/i18n'
import './index.scss'

export default function AnnouncementDetailPage() {
  const { params } = useRouter()
  const query = useAnnouncement(params.id)
  usePageChrome('announcementDetail')
  return (
    <DetailQuery query={query} className='page detail'>
      {(data, homeLink) => <AnnouncementArticle data={data} homeLink={homeLink} />}
    </DetailQuery>
  )
}

function AnnouncementArticle({ data, homeLink }: { data: AnnouncementDetail; homeLink: ReactNode }) {
  const { t, locale, label, localized, date } = useI18n()
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
            {data.viewCount === 1
              ? t('detail.viewsOne')
              : t('detail.views', { count: formatCount(data.viewCount, locale) })}
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
