import { Text, View } from '@tarojs/components'
import { Cell, Radio } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/cell/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/radio/style/css'
import { LOCALES, type Locale } from '@ihaigui/shared'
import { usePageChrome } from '../../hooks/usePageChrome'
import { useI18n, type MessageKey } from '../../i18n'
import './index.scss'

const LANGUAGE_NAMES: Record<Locale, MessageKey> = {
  'zh-CN': 'lang.zh-CN',
  en: 'lang.en'
}

export default function MePage() {
  const { t, locale, setLocale } = useI18n()
  usePageChrome('me')

  return (
    <View className='page me'>
      <View className='me__profile'>
        <View className='me__avatar' />
        <View className='me__profile-text'>
          <Text className='me__name'>{t('me.guest')}</Text>
          <Text className='me__hint'>{t('me.signInLater')}</Text>
        </View>
      </View>

      <Cell.Group title={t('me.language')} className='me__group'>
        {LOCALES.map((option) => (
          <Cell
            key={option}
            className='me__language'
            title={t(LANGUAGE_NAMES[option])}
            extra={<Radio checked={locale === option} value={option} />}
            onClick={() => setLocale(option)}
          />
        ))}
      </Cell.Group>

      <Cell.Group title={t('me.about')} className='me__group'>
        <Cell title={t('me.version')} extra={APP_VERSION} />
        <Cell title={t('me.operator')} extra={t('me.operatorName')} />
      </Cell.Group>
    </View>
  )
}
