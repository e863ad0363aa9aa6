import { useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import {
  CONSULTATION_CATEGORIES,
  CONSULTATION_CATEGORY_LABELS,
  askConsultationSchema,
  type ConsultationCategory,
  type Locale
} from '@ihaigui/shared'
import { FormField, FormMessage, FormSection, SelectField, TextAreaField, TextField } from '@/components/form/Form'
import { SignedIn } from '@/components/SessionGates'
import { describeError } from '@/api/errors'
import { useForm } from '@/forms/useForm'
import { useSubmit } from '@/forms/useSubmit'
import { validateForm } from '@/forms/validation'
import { usePageChrome } from '@/hooks/usePageChrome'
import { useI18n } from '@/i18n'
import { goBack, redirectTo } from '@/navigation'
import { AttachmentPicker, attachmentIds, type AttachmentItem } from '../../components/AttachmentPicker'
import { ChoiceGroup } from '../../components/ChoiceGroup'
import { FaqSuggestions } from '../../components/FaqSuggestions'
import {
  aboutFromParams,
  isConsultationCategory,
  newIdempotencyKey,
  paramText,
  suggestionQuery
} from '../../desk-display'
import { useAsk, useDebounced, useFaqSuggestions } from '../../desk.hooks'
import '../../desk.scss'

const FIELDS = ['category', 'subject', 'body', 'answerLocale', 'attachmentIds'] as const
type Field = (typeof FIELDS)[number]

function AskForm() {
  const { t, label, locale } = useI18n()
  const { params } = useRouter()
  const [about, setAbout] = useState(() => aboutFromParams(params))
  const aboutTitle = paramText(params.aboutTitle)
  const form = useForm<Record<'category' | 'subject' | 'body', string>>(() => ({
    category: isConsultationCategory(params.category) ? params.category : '',
    subject: '',
    body: ''
  }))
  const [answerLocale, setAnswerLocale] = useState<Locale>(locale)
  const [files, setFiles] = useState<AttachmentItem[]>([])
  const [idempotencyKey] = useState(newIdempotencyKey)
  const [summary, setSummary] = useState<string | null>(null)
  const ask = useAsk()

  const typed = useDebounced(suggestionQuery(form.values.subject, form.values.body))
  const suggestions = useFaqSuggestions(typed)
  const suggested = typed === null ? [] : (suggestions.data?.items ?? [])

  const uploading = files.some((f) => f.state === 'uploading')

  const { submit, pending, failure } = useSubmit(
    () => {
      setSummary(null)
      if (uploading) {
        setSummary(t('desk.ask.waitUploads'))
        return
      }
      const result = validateForm<typeof askConsultationSchema, Field>(
        askConsultationSchema,
        {
          category: form.values.category || undefined,
          subject: form.values.subject,
          body: form.values.body,
          answerLocale,
          about,
          attachmentIds: attachmentIds(files)
        },
        {
          empty: (['category', 'subject', 'body'] as const).filter((f) => form.values[f].trim() === ''),
          choices: ['category']
        }
      )
      if (!result.ok) {
        form.setErrors(result.errors)
        setSummary(t('desk.ask.fixErrors', { count: Object.keys(result.errors).length }))
        return
      }
      return ask.mutateAsync({ input: result.data, idempotencyKey }).then((created) => {
        Taro.showToast({ title: t('desk.ask.sent'), icon: 'success' })
        void redirectTo('consultationDetail', { id: created.id })
      })
    },
    { form, fields: FIELDS, signInOn401: true }
  )

  const categoryOptions = CONSULTATION_CATEGORIES.map((c) => ({
    value: c as ConsultationCategory,
    label: label(CONSULTATION_CATEGORY_LABELS[c])
  }))

  return (
    <View className='desk-ask__body'>
      <Text className='desk-intro'>{t('desk.ask.intro')}</Text>
      {about && (
        <View className='desk-about desk-about--static'>
          <View className='desk-about__text'>
            <Text className='desk-about__label'>{t('desk.ask.aboutLabel')}</Text>
            <Text className='desk-about__title'>{aboutTitle || t('desk.ask.aboutUntitled')}</Text>
          </View>
          <Button size='small' fill='outline' onClick={() => setAbout(null)}>
            {t('desk.ask.aboutRemove')}
          </Button>
        </View>
      )}
      <FormSection>
        <SelectField
          label={t('desk.f.category')}
          name='category'
          value={form.values.category as ConsultationCategory | ''}
          options={categoryOptions}
          error={form.errors.category}
          onChange={(v) => form.setField('category', v)}
        />
        <TextField
          label={t('desk.ask.subject')}
          placeholder={t('desk.ask.subjectPlaceholder')}
          maxLength={80}
          {...form.field('subject')}
        />
        <TextAreaField
          label={t('desk.ask.body')}
          placeholder={t('desk.ask.bodyPlaceholder')}
          maxLength={2000}
          rows={6}
          hint={t('desk.ask.bodyHint')}
          {...form.field('body')}
        />
      </FormSection>

      <FaqSuggestions
        items={suggested}
        onAnswered={() => {
          Taro.showToast({ title: t('desk.suggest.glad'), icon: 'success' })
          void goBack('home')
        }}
      />

      <FormSection>
        <ChoiceGroup<Locale>
          name='answerLocale'
          label={t('desk.f.answerLocale')}
          value={answerLocale}
          options={[
            { value: 'zh-CN', label: t('desk.lang.zh') },
            { value: 'en', label: t('desk.lang.en') }
          ]}
          onChange={setAnswerLocale}
        />
        <FormField label={t('desk.ask.attachments')} required={false}>
          <AttachmentPicker items={files} onChange={(update) => setFiles(update)} />
        </FormField>
      </FormSection>

      <View role='alert' aria-live='assertive' className='desk-alert'>
        {summary ? <FormMessage>{summary}</FormMessage> : null}
        {failure ? <FormMessage>{describeError(failure, locale).message}</FormMessage> : null}
      </View>
      <Button type='primary' block loading={pending} className='desk-ask__submit' onClick={() => void submit()}>
        {t(suggested.length > 0 ? 'desk.ask.submitAnyway' : 'desk.ask.submit')}
      </Button>
      <Text className='desk-note'>{t('desk.ask.privacy')}</Text>
    </View>
  )
}

export default function DeskAskPage() {
  usePageChrome('deskAsk')
  return (
    <View className='page desk-ask'>
      <SignedIn roles={['talent', 'enterprise']}>{() => <AskForm />}</SignedIn>
    </View>
  )
}
