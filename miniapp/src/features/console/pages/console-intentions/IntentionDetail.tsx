import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, Tag } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/tag/style/css'
import {
  DISTRICTS,
  DISTRICT_LABELS,
  INTENTION_SOURCE_LABELS,
  INTENTION_STATUS_LABELS,
  formatAmountYuan,
  recordIntentionStepSchema,
  type IntentionDetail,
  type RecordIntentionStep
} from '@ihaigui/shared'
import { useIntentionAction, useStaffIntention } from '@/features/console/console.hooks'
import { describeError } from '@/api/errors'
import { DetailQuery } from '@/components/DetailQuery'
import { FormField, FormMessage, SelectField, TextAreaField, TextField } from '@/components/form/Form'
import { useForm } from '@/forms/useForm'
import { serverFieldErrors, validateForm } from '@/forms/validation'
import { useI18n, type MessageKey } from '@/i18n'
import { INTENTION_STATUS_TAG, InfoRow, Section } from '@/features/console/parts'
import { Parties } from './Parties'

const SIDE_LABELS: Record<IntentionDetail['steps'][number]['actor']['side'], MessageKey> = {
  organization: 'console.intention.sideOrganization',
  talent: 'console.intention.sideTalent',
  staff: 'console.intention.sideStaff'
}

type Move = RecordIntentionStep['status']
const MOVES: readonly Move[] = ['accepted', 'declined', 'meeting', 'agreement', 'signed', 'withdrawn']

type StepValues = {
  status: Move | ''
  note: string
  district: string
  registeredCapital: string
  investmentAmount: string
}
const STEP_FIELDS = ['status', 'note', 'district', 'registeredCapital', 'investmentAmount'] as const

/** A typed amount in yuan: blank → null; anything else as a number (NaN fails as "not a number"). */
function amountOf(text: string): number | null {
  const trimmed = text.trim().replace(/[,，\s]/g, '')
  return trimmed === '' ? null : Number(trimmed)
}

function Overview({ intention }: { intention: IntentionDetail }) {
  const { t, label, locale, localized, dateTime } = useI18n()
  return (
    <View className='console__section'>
      <View className='console__head'>
        <Parties intention={intention} />
        <Tag className='console__card-status' type={INTENTION_STATUS_TAG[intention.status]}>
          {label(INTENTION_STATUS_LABELS[intention.status])}
        </Tag>
      </View>
      <View className='console__tags'>
        <Tag type='primary' plain>
          {label(INTENTION_SOURCE_LABELS[intention.source])}
        </Tag>
        <Tag type='primary' plain>
          {t(
            intention.proposedBy === 'organization' ? 'console.intention.byOrganization' : 'console.intention.byTalent'
          )}
        </Tag>
      </View>
      <View className='console__rows'>
        <InfoRow label={t('console.intention.organization')} value={intention.organization.name} />
        <InfoRow label={t('console.intention.talent')} value={intention.talent.displayName} />
        {intention.project && <InfoRow label={t('console.intention.project')} value={intention.project.name} />}
        {intention.event && (
          <InfoRow
            label={t('console.intention.event')}
            value={localized(intention.event.title, intention.event.titleEn)}
          />
        )}
        {intention.challenge && <InfoRow label={t('console.intention.challenge')} value={intention.challenge.title} />}
        {intention.district && (
          <InfoRow label={t('console.step.district')} value={label(DISTRICT_LABELS[intention.district])} />
        )}
        {intention.registeredCapital !== null && (
          <InfoRow
            label={t('console.step.registeredCapital')}
            value={formatAmountYuan(intention.registeredCapital, locale)}
          />
        )}
        {intention.investmentAmount !== null && (
          <InfoRow
            label={t('console.step.investmentAmount')}
            value={formatAmountYuan(intention.investmentAmount, locale)}
          />
        )}
        <InfoRow label={t('console.intention.createdAt')} value={dateTime(intention.createdAt)} />
      </View>
    </View>
  )
}

function Steps({ intention }: { intention: IntentionDetail }) {
  const { t, label, dateTime } = useI18n()
  const steps = [...intention.steps].reverse()
  return (
    <Section title={t('console.intention.timeline')}>
      <View className='console-timeline'>
        {steps.map((step, i) => (
          <View
            key={`${step.status}-${step.at}`}
            className={`console-timeline__item${i === 0 ? ' console-timeline__item--latest' : ''}`}
          >
            <View className='console-timeline__dot' />
            <View className='console-timeline__body'>
              <View className='console-timeline__line'>
                <Text className='console-timeline__status'>{label(INTENTION_STATUS_LABELS[step.status])}</Text>
                <Text className='console-timeline__time'>{dateTime(step.at)}</Text>
              </View>
              <Text className='console-timeline__who'>
                {t(SIDE_LABELS[step.actor.side])} · {step.actor.displayName}
                {step.offline ? ` · ${t('console.intention.offline')}` : ''}
              </Text>
              {step.note && <Text className='console-timeline__note'>{step.note}</Text>}
            </View>
          </View>
        ))}
      </View>
    </Section>
  )
}

/** Staff record a step that happened offline (a meeting, a signing), for either side. */
function RecordStep({ intention }: { intention: IntentionDetail }) {
  const { t, label, locale } = useI18n()
  const action = useIntentionAction()
  const form = useForm<StepValues>({ status: '', note: '', district: '', registeredCapital: '', investmentAmount: '' })
  const [failure, setFailure] = useState<unknown>(null)
  const { values, field, errors, setField } = form
  const moves = MOVES.filter((m) => intention.allowedMoves.includes(m))
  /** The typed amount as it will read (万元 in Chinese), or the unit hint while there is none. */
  const amountHint = (text: string) => {
    const amount = amountOf(text)
    return amount !== null && Number.isInteger(amount) && amount >= 0
      ? t('console.step.amountShown', { amount: formatAmountYuan(amount, locale) })
      : t('console.step.amountHint')
  }
  const signing = values.status === 'signed'
  if (moves.length === 0) return null

  const submit = async () => {
    setFailure(null)
    const input = {
      status: values.status || undefined,
      note: values.note,
      district: signing ? values.district || null : null,
      registeredCapital: signing ? amountOf(values.registeredCapital) : null,
      investmentAmount: signing ? amountOf(values.investmentAmount) : null
    }
    const check = validateForm<typeof recordIntentionStepSchema, (typeof STEP_FIELDS)[number]>(
      recordIntentionStepSchema,
      input,
      {
        empty: values.status ? [] : ['status'],
        choices: ['status', 'district'],
        formats: { district: 'console.step.landingFacts' }
      }
    )
    if (!check.ok) {
      form.setErrors(check.errors)
      return
    }
    try {
      await action.mutateAsync({ kind: 'step', id: intention.id, step: check.data })
      Taro.showToast({ title: t('console.step.recordedToast'), icon: 'success' })
      form.setValues({ status: '', note: '', district: '', registeredCapital: '', investmentAmount: '' })
    } catch (error) {
      const fieldErrors = serverFieldErrors(error, STEP_FIELDS)
      form.setErrors(fieldErrors)
      if (Object.keys(fieldErrors).length === 0) setFailure(error)
    }
  }

  return (
    <Section title={t('console.step.title')}>
      <Text className='console__hint'>{t('console.step.hint')}</Text>
      <FormField label={t('console.step.status')} error={errors.status}>
        <View className='console-chips'>
          {moves.map((m) => (
            <Text
              key={m}
              className={`console-chip${values.status === m ? ' console-chip--on' : ''}`}
              onClick={() => setField('status', m)}
            >
              {label(INTENTION_STATUS_LABELS[m])}
            </Text>
          ))}
        </View>
      </FormField>
      {signing && (
        <>
          <SelectField
            {...field('district')}
            label={t('console.step.district')}
            options={DISTRICTS.map((d) => ({ value: d, label: label(DISTRICT_LABELS[d]) }))}
          />
          <TextField
            {...field('registeredCapital')}
            type='digit'
            required={false}
            label={t('console.step.registeredCapital')}
            hint={amountHint(values.registeredCapital)}
            maxLength={11}
          />
          <TextField
            {...field('investmentAmount')}
            type='digit'
            required={false}
            label={t('console.step.investmentAmount')}
            hint={amountHint(values.investmentAmount)}
            maxLength={11}
          />
        </>
      )}
      <TextAreaField
        {...field('note')}
        required={false}
        label={t('console.step.note')}
        placeholder={t('console.step.notePlaceholder')}
        maxLength={1000}
        rows={3}
      />
      {failure ? <FormMessage>{describeError(failure, locale).message}</FormMessage> : null}
      <View className='console__actions'>
        <Button type='primary' loading={action.isPending} onClick={() => void submit()}>
          {t('console.step.record')}
        </Button>
      </View>
    </Section>
  )
}

export function IntentionDetailView({ id }: { id: number }) {
  const query = useStaffIntention(id)
  return (
    <DetailQuery query={query} className='console--padded'>
      {(intention) => (
        <View className='console--padded'>
          <Overview intention={intention} />
          <RecordStep intention={intention} />
          <Steps intention={intention} />
        </View>
      )}
    </DetailQuery>
  )
}
