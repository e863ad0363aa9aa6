import { useEffect, useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, Tag } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/tag/style/css'
import {
  ANNOUNCEMENT_CATEGORIES,
  ANNOUNCEMENT_CATEGORY_LABELS,
  ANNOUNCEMENT_STATUS_LABELS,
  BODY_MAX,
  SUMMARY_MAX,
  TITLE_MAX,
  announcementIdParamSchema,
  createAnnouncementSchema,
  type AnnouncementCategory,
  type AnnouncementRecord
} from '@ihaigui/shared'
import { ApiRequestError, describeError } from '@/api/errors'
import { useAnnouncementAction, useStaffAnnouncement } from '@/features/staff/staff.hooks'
import { FormMessage, FormSection, SelectField, SwitchField, TextAreaField, TextField } from '@/components/form/Form'
import { SignedIn } from '@/components/SessionGates'
import { ErrorState, PageLoading } from '@/components/StateViews'
import { ANNOUNCEMENT_STATUS_TAG } from '@/components/status-tags'
import { useForm } from '@/forms/useForm'
import { blankFields, serverFieldErrors, validateForm } from '@/forms/validation'
import { usePageChrome } from '@/hooks/usePageChrome'
import { useI18n } from '@/i18n'
import { redirectTo } from '@/navigation'
import { AnnouncementPreview } from './Preview'
import { PublishPanel } from './PublishPanel'
import '../../staff.scss'

type Values = {
  title: string
  titleEn: string
  summary: string
  summaryEn: string
  body: string
  bodyEn: string
  category: AnnouncementCategory | ''
}
const FIELDS = ['title', 'titleEn', 'summary', 'summaryEn', 'body', 'bodyEn', 'category'] as const
const REQUIRED: readonly (keyof Values)[] = ['title', 'summary', 'body', 'category']

function valuesOf(record: AnnouncementRecord | undefined): Values {
  return {
    title: record?.title ?? '',
    titleEn: record?.titleEn ?? '',
    summary: record?.summary ?? '',
    summaryEn: record?.summaryEn ?? '',
    body: record?.body ?? '',
    bodyEn: record?.bodyEn ?? '',
    // Most of what the service center writes is a notice.
    category: record?.category ?? 'notice'
  }
}

function sameValues(a: Values, b: Values): boolean {
  return FIELDS.every((field) => a[field] === b[field])
}

function Editor({ record }: { record?: AnnouncementRecord }) {
  const { t, label, locale, dateTime } = useI18n()
  const form = useForm<Values>(() => valuesOf(record))
  const [pinned, setPinned] = useState(record?.pinned ?? false)
  const [failure, setFailure] = useState<unknown>(null)
  const save = useAnnouncementAction()
  const { values, field, errors } = form

  // Pin/unpin from the publishing panel saves at once; keep the switch in step.
  const recordPinned = record?.pinned
  useEffect(() => {
    if (recordPinned !== undefined) setPinned(recordPinned)
  }, [recordPinned])

  const dirty = record ? !sameValues(values, valuesOf(record)) || pinned !== record.pinned : true

  const submit = async () => {
    const empty = blankFields(values).filter((f) => REQUIRED.includes(f))
    const result = validateForm(
      createAnnouncementSchema,
      { ...values, category: values.category || undefined, pinned },
      { empty, choices: ['category'] }
    )
    setFailure(null)
    if (!result.ok) {
      form.setErrors(result.errors)
      return
    }
    try {
      if (!record) {
        const created = await save.mutateAsync({ kind: 'create', input: result.data })
        Taro.showToast({ title: t('common.saved'), icon: 'success' })
        void redirectTo('staffAnnouncementEdit', { id: created.id })
        return
      }
      const updated = await save.mutateAsync({ kind: 'update', id: record.id, input: result.data })
      // The server sanitises the HTML: show what was actually stored.
      form.setValues(valuesOf(updated))
      Taro.showToast({ title: t('common.saved'), icon: 'success' })
    } catch (error) {
      const fieldErrors = serverFieldErrors(error, FIELDS)
      form.setErrors(fieldErrors)
      if (Object.keys(fieldErrors).length === 0) setFailure(error)
    }
  }

  const hasErrors = Object.values(errors).some(Boolean)

  return (
    <View>
      {record && (
        <View className='staff__status-bar'>
          <Tag type={ANNOUNCEMENT_STATUS_TAG[record.status]}>{label(ANNOUNCEMENT_STATUS_LABELS[record.status])}</Tag>
          <Text className='staff__status-text'>{t('ann.updatedAt', { date: dateTime(record.updatedAt) })}</Text>
        </View>
      )}

      <FormSection title={t('ann.chinese')}>
        <TextField {...field('title')} label={t('ann.title')} maxLength={TITLE_MAX} />
        <TextField {...field('summary')} label={t('ann.summary')} maxLength={SUMMARY_MAX} />
        <TextAreaField
          {...field('body')}
          label={t('ann.body')}
          hint={t('ann.bodyHint')}
          maxLength={BODY_MAX}
          rows={8}
        />
      </FormSection>

      <FormSection title={t('ann.english')}>
        <TextField {...field('titleEn')} required={false} label={t('ann.titleEn')} maxLength={TITLE_MAX} />
        <TextField {...field('summaryEn')} required={false} label={t('ann.summaryEn')} maxLength={SUMMARY_MAX} />
        <TextAreaField {...field('bodyEn')} required={false} label={t('ann.bodyEn')} maxLength={BODY_MAX} rows={8} />
      </FormSection>

      <FormSection title={t('ann.settings')}>
        <SelectField
          {...field('category')}
          label={t('ann.category')}
          options={ANNOUNCEMENT_CATEGORIES.map((value) => ({
            value,
            label: label(ANNOUNCEMENT_CATEGORY_LABELS[value])
          }))}
        />
        <SwitchField label={t('ann.pinned')} checked={pinned} onChange={setPinned} />
      </FormSection>

      {hasErrors ? <FormMessage>{t('form.fixErrors')}</FormMessage> : null}
      {failure ? <FormMessage>{describeError(failure, locale).message}</FormMessage> : null}
      <View className='form-actions'>
        <Button type='primary' block loading={save.isPending} disabled={!dirty} onClick={submit}>
          {record ? t('ann.saveChanges') : t('ann.saveDraft')}
        </Button>
      </View>

      <AnnouncementPreview content={values} />
      {record && <PublishPanel record={record} dirty={dirty} />}
    </View>
  )
}

function ExistingAnnouncement({ id }: { id: number }) {
  const { data, error, isPending, isError, refetch } = useStaffAnnouncement(id)
  if (isPending) return <PageLoading />
  if (isError) return <ErrorState error={error} onRetry={() => refetch()} />
  return <Editor record={data} />
}

export default function AnnouncementEditPage() {
  const { params } = useRouter()
  usePageChrome('staffAnnouncementEdit')
  const parsed = params.id === undefined ? undefined : announcementIdParamSchema.safeParse({ id: params.id })
  const id = parsed?.success ? parsed.data.id : undefined

  return (
    <View className='page staff'>
      <SignedIn roles={['staff', 'admin']}>
        {() => (parsed === undefined ? <Editor /> : id === undefined ? <NotFound /> : <ExistingAnnouncement id={id} />)}
      </SignedIn>
    </View>
  )
}

function NotFound() {
  const { locale } = useI18n()
  return <ErrorState error={new ApiRequestError({ status: 404, code: 'ANNOUNCEMENT_NOT_FOUND', locale })} />
}
