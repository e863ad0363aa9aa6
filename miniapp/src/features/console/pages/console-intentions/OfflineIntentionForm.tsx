import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { createOfflineIntentionSchema } from '@ihaigui/shared'
import { useEventChoices, useIntentionAction } from '@/features/console/console.hooks'
import { describeError } from '@/api/errors'
import { FormField, FormMessage, FormSection, SelectField, TextAreaField, TextField } from '@/components/form/Form'
import { useForm } from '@/forms/useForm'
import { serverFieldErrors, validateForm, type FieldErrors } from '@/forms/validation'
import { useI18n } from '@/i18n'
import { redirectTo } from '@/navigation'

type Values = { organizationId: string; target: 'project' | 'talent'; targetId: string; eventId: string; note: string }
/** Fields as the schema names them, plus the form's own. */
type ErrorField = 'organizationId' | 'projectId' | 'talentUserId' | 'targetId' | 'eventId' | 'note'
const SERVER_FIELDS: readonly ErrorField[] = ['organizationId', 'projectId', 'talentUserId', 'eventId', 'note']

const idOf = (text: string): number | null => (text.trim() === '' ? null : Number(text.trim()))

/** An intention that began offline (at a fair, on a visit): the organisation, the project or talent, a note. */
export function OfflineIntentionForm() {
  const { t, localized, locale } = useI18n()
  const action = useIntentionAction()
  const events = useEventChoices()
  const { values, setField } = useForm<Values>({
    organizationId: '',
    target: 'project',
    targetId: '',
    eventId: '',
    note: ''
  })
  const [errors, setErrors] = useState<FieldErrors<ErrorField>>({})
  const [failure, setFailure] = useState<unknown>(null)

  /** The props of one text field; the project or talent id carries the errors of either schema field. */
  const change =
    <K extends keyof Values>(name: K) =>
    (value: Values[K]) => {
      setField(name, value)
      setErrors((prev) => ({ ...prev, [name]: undefined }))
    }
  const withTarget = (found: FieldErrors<ErrorField>): FieldErrors<ErrorField> => ({
    ...found,
    targetId: values.targetId.trim() === '' ? { key: 'form.required' } : (found.projectId ?? found.talentUserId)
  })

  const submit = async () => {
    setFailure(null)
    const targetId = idOf(values.targetId)
    const input = {
      organizationId: idOf(values.organizationId) ?? undefined,
      projectId: values.target === 'project' ? targetId : null,
      talentUserId: values.target === 'talent' ? targetId : null,
      eventId: idOf(values.eventId),
      note: values.note
    }
    const check = validateForm<typeof createOfflineIntentionSchema, ErrorField>(createOfflineIntentionSchema, input, {
      empty: (['organizationId', 'note'] as const).filter((f) => values[f].trim() === ''),
      formats: { projectId: 'console.offline.targetRequired' }
    })
    if (!check.ok) {
      setErrors(withTarget(check.errors))
      return
    }
    try {
      const created = await action.mutateAsync({ kind: 'create', input: check.data })
      Taro.showToast({ title: t('console.offline.createdToast'), icon: 'success' })
      void redirectTo('staffIntentions', { id: created.id })
    } catch (error) {
      const server = serverFieldErrors(error, SERVER_FIELDS)
      setErrors({ ...server, targetId: server.projectId ?? server.talentUserId })
      if (Object.keys(server).length === 0) setFailure(error)
    }
  }

  const eventOptions = [
    { value: '', label: t('console.offline.noEvent') },
    ...(events.data?.items ?? []).map((e) => ({ value: String(e.id), label: localized(e.title, e.titleEn) }))
  ]

  return (
    <View className='console--padded'>
      <Text className='console__hint'>{t('console.offline.hint')}</Text>
      <FormSection title={t('console.offline.parties')}>
        <TextField
          name='organizationId'
          value={values.organizationId}
          onChange={change('organizationId')}
          error={errors.organizationId}
          type='number'
          label={t('console.offline.organizationId')}
          hint={t('console.offline.organizationIdHint')}
          maxLength={9}
        />
        <FormField label={t('console.offline.target')}>
          <View className='console-chips'>
            {(['project', 'talent'] as const).map((k) => (
              <Text
                key={k}
                className={`console-chip${values.target === k ? ' console-chip--on' : ''}`}
                onClick={() => change('target')(k)}
              >
                {t(k === 'project' ? 'console.offline.targetProject' : 'console.offline.targetTalent')}
              </Text>
            ))}
          </View>
        </FormField>
        <TextField
          name='targetId'
          value={values.targetId}
          onChange={change('targetId')}
          error={errors.targetId}
          type='number'
          label={t(values.target === 'project' ? 'console.offline.projectId' : 'console.offline.talentId')}
          hint={t(values.target === 'project' ? 'console.offline.projectIdHint' : 'console.offline.talentIdHint')}
          maxLength={9}
        />
        <SelectField
          name='eventId'
          value={values.eventId}
          onChange={change('eventId')}
          error={errors.eventId}
          required={false}
          label={t('console.offline.event')}
          placeholder={t('console.offline.noEvent')}
          options={eventOptions}
        />
      </FormSection>
      <FormSection>
        <TextAreaField
          name='note'
          value={values.note}
          onChange={change('note')}
          error={errors.note}
          label={t('console.offline.note')}
          placeholder={t('console.offline.notePlaceholder')}
          maxLength={1000}
          rows={4}
        />
      </FormSection>
      {failure ? <FormMessage>{describeError(failure, locale).message}</FormMessage> : null}
      <View className='form-actions'>
        <Button type='primary' block loading={action.isPending} onClick={() => void submit()}>
          {t('console.offline.create')}
        </Button>
      </View>
    </View>
  )
}
