import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { CONSULTATION_CATEGORY_LABELS, type Faq } from '@ihaigui/shared'
import { useI18n } from '@/i18n'

/**
 * FAQ entries close to the question being typed: each opens to its answer, with "This answers my question" to leave
 * without asking. The form stays usable below ("Ask anyway").
 */
export function FaqSuggestions({ items, onAnswered }: { items: readonly Faq[]; onAnswered: (faq: Faq) => void }) {
  const { t, label, localized } = useI18n()
  const [open, setOpen] = useState<number | null>(null)
  if (items.length === 0) return null
  return (
    <View className='desk-suggest' role='region' aria-label={t('desk.suggest.title')}>
      <Text className='desk-suggest__title'>{t('desk.suggest.title')}</Text>
      <Text className='desk-suggest__hint'>{t('desk.suggest.hint')}</Text>
      {items.map((faq) => {
        const expanded = open === faq.id
        const answerId = `desk-suggest-answer-${faq.id}`
        return (
          <View key={faq.id} className='desk-suggest__item'>
            <Button
              className='desk-suggest__question'
              fill='none'
              block
              aria-expanded={expanded ? 'true' : 'false'}
              aria-controls={answerId}
              onClick={() => setOpen(expanded ? null : faq.id)}
            >
              <Text className='desk-suggest__category'>{label(CONSULTATION_CATEGORY_LABELS[faq.category])}</Text>
              <Text className='desk-suggest__text'>{localized(faq.question, faq.questionEn)}</Text>
              <Text className='desk-suggest__toggle' aria-hidden>
                {expanded ? '−' : '+'}
              </Text>
            </Button>
            {expanded && (
              <View className='desk-suggest__answer' id={answerId}>
                <Text className='desk-suggest__answer-text'>{localized(faq.answer, faq.answerEn)}</Text>
                <Button size='small' type='success' className='desk-suggest__answered' onClick={() => onAnswered(faq)}>
                  {t('desk.suggest.answered')}
                </Button>
              </View>
            )}
          </View>
        )
      })}
    </View>
  )
}
