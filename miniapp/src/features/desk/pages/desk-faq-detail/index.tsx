import { useRouter, useShareAppMessage } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, Tag } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/tag/style/css'
import { CONSULTATION_CATEGORY_LABELS, type Faq } from '@ihaigui/shared'
import { DetailQuery } from '@/components/DetailQuery'
import { usePageChrome } from '@/hooks/usePageChrome'
import { useI18n } from '@/i18n'
import { navigateTo, pageUrl } from '@/navigation'
import { useSession } from '@/features/account/session.hooks'
import { useFaq } from '../../desk.hooks'
import '../../desk.scss'

function FaqView({ faq }: { faq: Faq }) {
  const { t, label, localized, locale, date } = useI18n()
  const englishMissing = locale === 'en' && !(faq.questionEn && faq.answerEn)
  const role = useSession()?.user.role
  const staff = role === 'staff' || role === 'admin'
  return (
    <View className='desk-faq-detail__body'>
      <View className='desk-facts'>
        <View className='desk-faq-detail__tags'>
          <Tag type='primary' plain>
            {label(CONSULTATION_CATEGORY_LABELS[faq.category])}
          </Tag>
        </View>
        <View className='desk-faq-detail__question' role='heading' aria-level={1}>
          {localized(faq.question, faq.questionEn)}
        </View>
        {englishMissing && <Text className='desk-note'>{t('detail.englishFallback')}</Text>}
        <Text className='desk-faq-detail__answer' userSelect>
          {localized(faq.answer, faq.answerEn)}
        </Text>
        <Text className='desk-note'>{t('desk.faq.updated', { date: date(faq.updatedAt) })}</Text>
      </View>
      <View className='desk-cta'>
        <Text className='desk-cta__text'>{t('desk.faq.stillAsk')}</Text>
        <Button type='primary' block onClick={() => navigateTo('deskAsk', { category: faq.category })}>
          {t('desk.faq.ask')}
        </Button>
        {staff && (
          <Button fill='outline' type='primary' block onClick={() => navigateTo('staffFaqEdit', { id: faq.id })}>
            {t('desk.faqEdit.edit')}
          </Button>
        )}
        <Button fill='none' className='desk-link' onClick={() => navigateTo('faqList', { category: faq.category })}>
          {t('desk.faq.more', { category: label(CONSULTATION_CATEGORY_LABELS[faq.category]) })}
        </Button>
      </View>
    </View>
  )
}

export default function FaqDetailPage() {
  const { t, localized } = useI18n()
  const { params } = useRouter()
  const query = useFaq(params.id)
  usePageChrome('faqDetail')
  useShareAppMessage(() => ({
    title: query.data ? localized(query.data.question, query.data.questionEn) : t('title.faqDetail'),
    path: pageUrl('faqDetail', { id: params.id })
  }))
  return (
    <View className='page desk-faq-detail'>
      <DetailQuery query={query} className='desk-faq-detail__body'>
        {(faq, homeLink) => (
          <>
            <FaqView faq={faq} />
            {homeLink}
          </>
        )}
      </DetailQuery>
    </View>
  )
}
