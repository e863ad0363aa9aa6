import { useEffect, useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, Dialog } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/dialog/style/css'
import {
  CONSULTATION_CATEGORIES,
  CONSULTATION_CATEGORY_LABELS,
  faqInputSchema,
  type ConsultationCategory,
  type Faq
} from '@ihaigui/shared'
import { describeError } from '@/api/errors'
import { parseIdParam } from '@/api/id-param'
import { FormMessage, FormSection, SelectField, TextAreaField } from '@/components/form/Form'
import { SignedIn } from '@/components/SessionGates'
import { PageLoading } from '@/components/StateViews'
import { useForm } from '@/forms/useForm'
import { useSubmit } from '@/forms/useSubmit'
import { validateForm } from '@/forms/validation'
import { usePageChrome } from '@/hooks/usePageChrome'
import { useI18n } from '@/i18n'
import { redirectTo, switchTab } from '@/navigation'
import { draftFromConsultation, newIdempotencyKey, type FaqDraft } from '../../desk-display'
import { useConsultation, useFaq, useRemoveFaq, useSaveFaq } from '../../desk.hooks'
import '../../desk.scss'

const FIELDS = ['category', 'question', 'questionEn', 'answer', 'answerEn'] as const
type Field = (typeof FIELDS)[number]
type Values = FaqDraft

function draftFromFaq(f: Faq): Values {
  return {
    category: f.category,
    question: f.question,
    questionEn: f.questionEn ?? '',
    answer: f.answer,
    answerEn: f.answerEn ?? ''
  }
}

function FaqForm({ initial, faqId, consultationId }: { initial: Values; faqId?: number; consultationId?: number }) {
  const { t, label, locale } = useI18n()
  const form = useForm<Values>(initial)
  const [idempotencyKey] = useState(newIdempotencyKey)
  const [summary, setSummary] = useState<string | null>(null)
  const save = useSaveFaq()
  const { submit, pending, failure } = useSubmit(
    () => {
      setSummary(null)
      const result = validateForm<typeof faqInputSchema, Field>(
        faqInputSchema,
        { ...form.values, category: form.values.category || undefined, consultationId: consultationId ?? null },
        { empty: FIELDS.filter((f) => form.values[f].trim() === ''), choices: ['category'] }
      )
      if (!result.ok) {
        form.setErrors(result.errors)
        setSummary(t('desk.ask.fixErrors', { count: Object.keys(result.errors).length }))
        return
      }
      return save.mutateAsync({ id: faqId, input: result.data, idempotencyKey }).then((faq) => {
        Taro.showToast({ title: t('desk.faqEdit.published'), icon: 'success' })
        void redirectTo('faqDetail', { id: faq.id })
      })
    },
    { form, fields: FIELDS, signInOn401: true }
  )
  return (
    <View className='desk-detail__body'>
      <View className='desk-warning' role='note'>
        <Text>{t('desk.faqEdit.anonymise')}</Text>
      </View>
      <FormSection>
        <SelectField<ConsultationCategory>
          name='category'
          label={t('desk.f.category')}
          value={form.values.category as ConsultationCategory | ''}
          options={CONSULTATION_CATEGORIES.map((c) => ({ value: c, label: label(CONSULTATION_CATEGORY_LABELS[c]) }))}
          error={form.errors.category}
          onChange={(v) => form.setField('category', v)}
        />
      </FormSection>
      <FormSection title={t('desk.faqEdit.zh')}>
        <TextAreaField label={t('desk.faqEdit.question')} maxLength={200} rows={2} {...form.field('question')} />
        <TextAreaField label={t('desk.faqEdit.answer')} maxLength={4000} rows={6} {...form.field('answer')} />
      </FormSection>
      <FormSection title={t('desk.faqEdit.en')}>
        <TextAreaField label={t('desk.faqEdit.questionEn')} maxLength={400} rows={2} {...form.field('questionEn')} />
        <TextAreaField label={t('desk.faqEdit.answerEn')} maxLength={8000} rows={6} {...form.field('answerEn')} />
      </FormSection>
      <View role='alert' aria-live='assertive' className='desk-alert'>
        {summary ? <FormMessage>{summary}</FormMessage> : null}
        {failure ? <FormMessage>{describeError(failure, locale).message}</FormMessage> : null}
      </View>
      <Button type='primary' block loading={pending} className='desk-faq-edit__publish' onClick={() => void submit()}>
        {t(faqId === undefined ? 'desk.faqEdit.publish' : 'desk.faqEdit.save')}
      </Button>
      {faqId !== undefined && <Withdraw id={faqId} />}
    </View>
  )
}

/** Takes a published entry down, after a confirmation. */
function Withdraw({ id }: { id: number }) {
  const { t } = useI18n()
  const [confirming, setConfirming] = useState(false)
  const remove = useRemoveFaq()
  const { submit, pending } = useSubmit(
    () => {
      setConfirming(false)
      return remove.mutateAsync(id).then(() => {
        Taro.showToast({ title: t('desk.faqEdit.withdrawn'), icon: 'success' })
        void switchTab('home')
      })
    },
    { failureToast: true }
  )
  return (
    <View className='desk-buttons desk-buttons--stack'>
      <Button type='danger' fill='outline' loading={pending} onClick={() => setConfirming(true)}>
        {t('desk.faqEdit.withdraw')}
      </Button>
      <Dialog
        visible={confirming}
        title={t('desk.faqEdit.withdrawTitle')}
        content={t('desk.faqEdit.withdrawConfirm')}
        confirmText={t('desk.faqEdit.withdraw')}
        cancelText={t('common.cancel')}
        onConfirm={() => void submit()}
        onCancel={() => setConfirming(false)}
        onClose={() => setConfirming(false)}
      />
    </View>
  )
}

const EMPTY: Values = { category: '', question: '', questionEn: '', answer: '', answerEn: '' }

function Editor() {
  const { params } = useRouter()
  const faqId = parseIdParam(params.id)
  const consultationId = parseIdParam(params.consultationId)
  const faq = useFaq(faqId === undefined ? undefined : String(faqId))
  const consultation = useConsultation(consultationId === undefined ? undefined : String(consultationId))
  const [initial, setInitial] = useState<Values | null>(
    faqId === undefined && consultationId === undefined ? EMPTY : null
  )
  useEffect(() => {
    if (initial !== null) return
    if (faqId !== undefined && faq.data) setInitial(draftFromFaq(faq.data))
    else if (faqId === undefined && consultation.data) setInitial(draftFromConsultation(consultation.data))
  }, [initial, faqId, faq.data, consultation.data])
  if (initial === null) return <PageLoading />
  return <FaqForm initial={initial} faqId={faqId} consultationId={faqId === undefined ? consultationId : undefined} />
}

export default function StaffFaqEditPage() {
  usePageChrome('staffFaqEdit')
  return (
    <View className='page desk-detail desk-faq-edit'>
      <SignedIn roles={['staff', 'admin']}>{() => <Editor />}</SignedIn>
    </View>
  )
}
