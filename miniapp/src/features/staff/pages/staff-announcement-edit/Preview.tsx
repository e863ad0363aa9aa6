import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { Locale } from '@ihaigui/shared'
import { RichContent } from '@/components/RichContent'
import { useI18n } from '@/i18n'

export interface PreviewContent {
  title: string
  titleEn: string
  summary: string
  summaryEn: string
  body: string
  bodyEn: string
}

/** The article as readers will see it, in either language (English falls back to Chinese as on the detail page). */
export function AnnouncementPreview({ content }: { content: PreviewContent }) {
  const { t } = useI18n()
  const [lang, setLang] = useState<Locale>('zh-CN')
  const english = lang === 'en'
  const pick = (zh: string, en: string) => (english && en.trim() ? en : zh)
  const body = pick(content.body, content.bodyEn)
  const englishMissing = english && !content.bodyEn.trim()

  return (
    <View className='staff__preview'>
      <View className='section__head'>
        <Text className='section__title'>{t('ann.preview')}</Text>
      </View>
      <View className='staff__preview-tabs'>
        {(['zh-CN', 'en'] as const).map((option) => (
          <Text
            key={option}
            className={`staff__preview-tab${lang === option ? ' staff__preview-tab--active' : ''}`}
            onClick={() => setLang(option)}
          >
            {t(option === 'en' ? 'lang.en' : 'lang.zh-CN')}
          </Text>
        ))}
      </View>
      {body.trim() ? (
        <View>
          <Text className='staff__preview-title'>{pick(content.title, content.titleEn)}</Text>
          <Text className='staff__preview-summary'>{pick(content.summary, content.summaryEn)}</Text>
          {englishMissing && <Text className='form-field__hint'>{t('detail.englishFallback')}</Text>}
          <RichContent html={body} />
        </View>
      ) : (
        <Text className='form-field__hint'>{t('ann.previewEmpty')}</Text>
      )}
    </View>
  )
}
