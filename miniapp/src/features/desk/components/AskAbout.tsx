import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { CONSULTATION_CATEGORY_LABELS, type ConsultationCategory, type ConsultationSubjectType } from '@ihaigui/shared'
import { useI18n } from '@/i18n'
import { navigateTo } from '@/navigation'
import '../desk.scss'

/**
 * "Ask about this" on a policy, park, position or event page: opens the question form about it, with a suggested
 * category, and (when given) a link to the FAQ entries of that category.
 */
export function AskAbout({
  type,
  id,
  title,
  category,
  relatedFaq = false
}: {
  type: ConsultationSubjectType
  id: number
  title: string
  category: ConsultationCategory
  relatedFaq?: boolean
}) {
  const { t, label } = useI18n()
  return (
    <View className='desk-ask-about'>
      <Text className='desk-ask-about__hint'>{t('desk.askAboutHint')}</Text>
      <Button
        type='primary'
        fill='outline'
        block
        className='desk-ask-about__button'
        onClick={() => navigateTo('deskAsk', { aboutType: type, aboutId: id, aboutTitle: title, category })}
      >
        {t('desk.askAbout')}
      </Button>
      {relatedFaq && (
        <Button
          fill='none'
          className='desk-link desk-ask-about__faq'
          onClick={() => navigateTo('faqList', { category })}
        >
          {t('desk.relatedFaq', { category: label(CONSULTATION_CATEGORY_LABELS[category]) })}
        </Button>
      )}
    </View>
  )
}
