import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { useI18n, type MessageKey } from '@/i18n'
import { nav } from '@/navigation'
import './ComingSoon.scss'

interface Props {
  heading: MessageKey
  intro: MessageKey
  features: readonly MessageKey[]
  /** Decorative accent of the emblem. */
  tone?: 'blue' | 'warm' | 'teal'
}

/** An honest placeholder for a section that is not built yet: what it will offer, and somewhere useful to go now. */
export function ComingSoon({ heading, intro, features, tone = 'blue' }: Props) {
  const { t } = useI18n()
  return (
    <View className='page coming-soon'>
      <View className={`coming-soon__hero coming-soon__hero--${tone}`}>
        <View className='coming-soon__badge'>
          <Text>{t('common.comingSoon')}</Text>
        </View>
        <Text className='coming-soon__heading'>{t(heading)}</Text>
        <Text className='coming-soon__intro'>{t(intro)}</Text>
      </View>

      <View className='coming-soon__card'>
        <Text className='coming-soon__label'>{t('soon.whatsComing')}</Text>
        {features.map((key, index) => (
          <View key={key} className='coming-soon__feature'>
            <Text className='coming-soon__index'>{index + 1}</Text>
            <Text className='coming-soon__text'>{t(key)}</Text>
          </View>
        ))}
      </View>

      <View className='coming-soon__action'>
        <Button type='primary' fill='outline' block onClick={() => nav.announcementList()}>
          {t('soon.meanwhile')}
        </Button>
      </View>
    </View>
  )
}
