import { useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { EVENT_KINDS, EVENT_KIND_LABELS, type EventDetail } from '@ihaigui/shared'
import { useEventAction, useStaffEvent } from '@/features/console/console.hooks'
import { describeError } from '@/api/errors'
import { parseIdParam } from '@/api/id-param'
import { DetailQuery } from '@/components/DetailQuery'
import { FormField, FormMessage, FormSection, SelectField, TextAreaField, TextField } from '@/components/form/Form'
import { useForm } from '@/forms/useForm'
import { serverFieldErrors } from '@/forms/validation'
import { usePageChrome } from '@/hooks/usePageChrome'
import { useI18n } from '@/i18n'
import { redirectTo } from '@/navigation'
import { ConsolePage, NotFound } from '@/features/console/parts'
import { DateTimeInput } from './DateTimeInput'
import { FIELDS, checkForm, sameContent, valuesOf, type Values } from './event-form'

function Editor({ event }: { event?: EventDetail }) {
  const { t, label, locale } = useI18n()
  const form = useForm<Values>(() => valuesOf(event))
  const [failure, setFailure] = useState<unknown>(null)
  const save = useEventAction()
  const { values, field, errors, setField } = form
  const cloud = values.kind === 'cloud_roadshow'
  const dirty = event ? !sameContent(values, event) : true

  const submit = async () => {
    setFailure(null)
    const check = checkForm(values)
    if (!check.ok) {
      form.setErrors(check.errors)
      Taro.pageScrollTo({ scrollTop: 0, duration: 200 }).catch(() => undefined)
      return
    }
    try {
      if (!event) {
        const created = await save.mutateAsync({ kind: 'create', input: check.input })
        Taro.showToast({ title: t('console.eventEdit.created'), icon: 'success' })
        void redirectTo('staffEvent', { id: created.id })
        return
      }
      await save.mutateAsync({ kind: 'update', id: event.id, input: check.input })
      Taro.showToast({ title: t('common.saved'), icon: 'success' })
      if (Taro.getCurrentPages().length > 1) void Taro.navigateBack()
      else void redirectTo('staffEvent', { id: event.id })
    } catch (error) {
      const fieldErrors = serverFieldErrors(error, FIELDS)
      form.setErrors(fieldErrors)
      if (Object.keys(fieldErrors).length === 0) setFailure(error)
    }
  }

  const hasErrors = Object.values(errors).some(Boolean)
  const when = (
    name: 'startsAt' | 'endsAt' | 'registrationDeadline',
    labelKey: Parameters<typeof t>[0],
    hint?: string
  ) => (
    <FormField label={t(labelKey)} error={errors[name]} hint={hint}>
      <DateTimeInput name={name} value={values[name]} onChange={(v) => setField(name, v)} />
    </FormField>
  )

  return (
    <View>
      <FormSection title={t('console.eventEdit.basic')}>
        <SelectField
          {...field('kind')}
          label={t('console.eventEdit.kind')}
          options={EVENT_KINDS.map((k) => ({ value: k, label: label(EVENT_KIND_LABELS[k]) }))}
        />
        <TextField {...field('title')} label={t('console.eventEdit.title')} maxLength={80} />
        <TextField
          {...field('organisers')}
          label={t('console.eventEdit.organisers')}
          placeholder={t('console.eventEdit.organisersHint')}
          maxLength={200}
        />
      </FormSection>

      <FormSection title={t('console.eventEdit.time')}>
        {when('startsAt', 'console.eventEdit.startsAt')}
        {when('endsAt', 'console.eventEdit.endsAt')}
        {when('registrationDeadline', 'console.eventEdit.deadline', t('console.eventEdit.deadlineHint'))}
        <TextField
          {...field('capacity')}
          type='number'
          label={t('console.eventEdit.capacity')}
          hint={t('console.eventEdit.capacityHint')}
          maxLength={5}
        />
      </FormSection>

      <FormSection title={t('console.eventEdit.where')}>
        <TextField
          {...field('place')}
          required={!cloud}
          label={t('console.eventEdit.place')}
          placeholder={t('console.eventEdit.placeHint')}
          maxLength={120}
        />
        <TextField
          {...field('onlineUrl')}
          required={cloud}
          label={t('console.eventEdit.onlineUrl')}
          hint={t(cloud ? 'console.eventEdit.onlineUrlCloud' : 'console.eventEdit.onlineUrlHint')}
          placeholder='https://'
          maxLength={300}
        />
      </FormSection>

      <FormSection title={t('console.eventEdit.content')}>
        <TextAreaField
          {...field('agenda')}
          label={t('console.eventEdit.agenda')}
          hint={t('console.eventEdit.agendaHint')}
          maxLength={3000}
          rows={5}
        />
        <TextAreaField {...field('description')} label={t('console.eventEdit.description')} maxLength={3000} rows={5} />
      </FormSection>

      <FormSection title={t('console.eventEdit.english')}>
        <TextField {...field('titleEn')} required={false} label={t('console.eventEdit.titleEn')} maxLength={160} />
        <TextField
          {...field('organisersEn')}
          required={false}
          label={t('console.eventEdit.organisersEn')}
          maxLength={400}
        />
        <TextField {...field('placeEn')} required={false} label={t('console.eventEdit.placeEn')} maxLength={240} />
        <TextAreaField
          {...field('agendaEn')}
          required={false}
          label={t('console.eventEdit.agendaEn')}
          maxLength={6000}
          rows={4}
        />
        <TextAreaField
          {...field('descriptionEn')}
          required={false}
          label={t('console.eventEdit.descriptionEn')}
          maxLength={6000}
          rows={4}
        />
      </FormSection>

      {hasErrors ? <FormMessage>{t('form.fixErrors')}</FormMessage> : null}
      {failure ? <FormMessage>{describeError(failure, locale).message}</FormMessage> : null}
      <View className='form-actions'>
        <Button type='primary' block loading={save.isPending} disabled={!dirty} onClick={submit}>
          {t(event ? 'console.eventEdit.save' : 'console.eventEdit.create')}
        </Button>
      </View>
    </View>
  )
}

function ExistingEvent({ id }: { id: number }) {
  const query = useStaffEvent(id)
  return (
    <DetailQuery query={query} className=''>
      {(event) => <Editor event={event} />}
    </DetailQuery>
  )
}

export default function StaffEventEditPage() {
  const { params } = useRouter()
  usePageChrome('staffEventEdit')
  const id = parseIdParam(params.id)
  return (
    <ConsolePage padded>
      {() =>
        params.id === undefined ? (
          <Editor />
        ) : id === undefined ? (
          <NotFound code='EVENT_NOT_FOUND' />
        ) : (
          <ExistingEvent id={id} />
        )
      }
    </ConsolePage>
  )
}
