import { Text, View } from '@tarojs/components'
import { Tag } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/tag/style/css'
import { ANNOUNCEMENT_CATEGORY_LABELS, type AnnouncementSummary } from '@ihaigui/shared'
import { useI18n } from '@/i18n'
import { nav } from '@/navigation'
import './AnnouncementCard.scss'

interface Props {
  item: AnnouncementSummary
  /** Show the summary under the title (list page) or keep the card compact (home). */
  withSummary?: boolean
  /** Hide the category tag where the list is already filtered to one category. */
  showCategory?: boolean
}

export function AnnouncementCard({ item, withSummary = false, showCategory = true }: Props) {
  const { t, label, localized, date } = useI18n()
  const summary = localized(item.summary, item.summaryEn)
  return (
    <View
      className='announcement-card'
      hoverClass='announcement-card--pressed'
      onClick={() => nav.announcementDetail(item.id)}
    >
      <View className='announcement-card__meta'>
        {item.pinned && (
          <Tag type='warning' className='announcement-card__pinned'>
            {t('common.pinned')}
          </Tag>
        )}
        {showCategory && (
          <Tag type='primary' plain className='announcement-card__category'>
            {label(ANNOUNCEMENT_CATEGORY_LABELS[item.category])}
          </Tag>
        )}
        <Text className='announcement-card__date'>{date(item.publishedAt)}</Text>
      </View>
      <Text className='announcement-card__title'>{localized(item.title, item.titleEn)}</Text>
      {withSummary && summary && <Text className='announcement-card__summary'>{summary}</Text>}
    </View>
  )
}
