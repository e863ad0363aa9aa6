import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { useI18n } from '@/i18n'
import { navigateTo } from '@/navigation'
import '../desk.scss'

/** On the policy tab: the service station's FAQ, and asking it directly. */
export function FaqBanner() {
  const { t } = useI18n()
  return (
    <View className='desk-faq-banner'>
      <View className='desk-faq-banner__text'>
        <Text className='desk-faq-banner__title'>{t('desk.entry.faq')}</Text>
        <Text className='desk-faq-banner__hint'>{t('desk.entry.faqHint')}</Text>
      </View>
      <Button size='small' type='primary' className='desk-faq-banner__open' onClick={() => navigateTo('faqList')}>
        {t('desk.banner.open')}
      </Button>
    </View>
  )
}
