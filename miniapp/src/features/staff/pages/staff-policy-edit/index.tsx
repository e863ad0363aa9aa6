import { useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, Tag } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/tag/style/css'
import {
  AMOUNT_PERIODS,
  AMOUNT_PERIOD_LABELS,
  POLICY_BODY_MAX,
  POLICY_CATEGORIES,
  POLICY_CATEGORY_LABELS,
  POLICY_STATUS_LABELS,
  POLICY_SUMMARY_MAX,
  POLICY_TITLE_MAX,
  REGIONS,
  REGION_LABELS,
  TARGET_GROUPS,
  TARGET_GROUP_LABELS,
  formatAmountRange,
  type Bilingual,
  type PolicyRecord
} from '@ihaigui/shared'
import { ApiRequestError, describeError } from '@/api/errors'
import { usePolicyAction, useStaffPolicy } from '@/features/staff-policies/staff-policies.hooks'
import {
  FormField,
  FormMessage,
  FormSection,
  SelectField,
  TextAreaField,
  TextField,
  useErrorText
} from '@/components/form/Form'
import { SignedIn } from '@/components/SessionGates'
import { ErrorState, PageLoading } from '@/components/StateViews'
import { useForm } from '@/forms/useForm'
import { serverFieldErrors, type FieldError } from '@/forms/validation'
import { usePageChrome } from '@/hooks/usePageChrome'
import { useI18n } from '@/i18n'
import { redirectTo } from '@/navigation'
import { POLICY_STATUS_TAG } from '@/features/staff/policy-status'
import { AttachmentsSection } from './AttachmentsSection'
import { ChoiceChips, DateInput, toggled } from './controls'
import { CriteriaEditor } from './CriteriaEditor'
import { CriteriaPreview } from './CriteriaPreview'
import type { CriterionDraft } from './criteria-draft'
import { PolicyPublishPanel } from './PolicyPublishPanel'
import {
  FIELDS,
  amountOf,
  checkForm,
  draftsOf,
  sameContent,
  targetGroupsOf,
  valuesOf,
  type Values
} from './policy-form'
import '../../staff.scss'
import '../../staff-policy.scss'

function Editor({ record }: { record?: PolicyRecord }) {
  const { t, label, locale, dateTime } = useI18n()
  const errorText = useErrorText()
  const form = useForm<Values>(() => valuesOf(record))
  const [drafts, setDrafts] = useState<CriterionDraft[]>(() => draftsOf(record))
  const [criteriaError, setCriteriaError] = useState<FieldError | undefined>()
  const [tried, setTried] = useState(false)
  const [failure, setFailure] = useState<unknown>(null)
  const save = usePolicyAction()
  const { values, field, errors, setField } = form

  const dirty = record ? !sameContent(values, drafts, record) : true
  const options = <V extends string>(list: readonly V[], labels: Record<V, Bilingual>) =>
    list.map((value) => ({ value, label: label(labels[value]) }))

  const changeCriteria = (next: CriterionDraft[]) => {
    setDrafts(next)
    setCriteriaError(undefined)
  }

  const submit = async () => {
    setTried(true)
    setFailure(null)
    const check = checkForm(values, drafts)
    if (!check.ok) {
      const { criteria, ...fieldErrors } = check.errors
      form.setErrors(fieldErrors)
      setCriteriaError(criteria)
      return
    }
    try {
      if (!record) {
        const created = await save.mutateAsync({ kind: 'create', input: check.input })
        Taro.showToast({ title: t('sp.savedDraft'), icon: 'success' })
        void redirectTo('staffPolicyEdit', { id: created.id })
        return
      }
      const updated = await save.mutateAsync({ kind: 'update', id: record.id, input: check.input })
      // The server sanitises the HTML and normalises the text: show what was stored.
      form.setValues(valuesOf(updated))
      setDrafts(draftsOf(updated))
      Taro.showToast({ title: t('common.saved'), icon: 'success' })
    } catch (error) {
      const { criteria, ...fieldErrors } = serverFieldErrors(error, FIELDS)
      form.setErrors(fieldErrors)
      setCriteriaError(criteria)
      if (Object.keys(fieldErrors).length === 0 && !criteria) setFailure(error)
    }
  }

  const hasErrors = Object.values(errors).some(Boolean) || criteriaError !== undefined
  const amountMin = amountOf(values.amountMin)
  const amountMax = amountOf(values.amountMax)
  const amountShown =
    (amountMin === null || Number.isInteger(amountMin)) && (amountMax === null || Number.isInteger(amountMax))
      ? formatAmountRange(amountMin, amountMax, locale)
      : null

  return (
    <View>
      {record && (
        <View className='staff__status-bar'>
          <Tag type={POLICY_STATUS_TAG[record.status]}>{label(POLICY_STATUS_LABELS[record.status])}</Tag>
          <Text className='staff__status-text'>{t('sp.updatedAt', { date: dateTime(record.updatedAt) })}</Text>
        </View>
      )}

      <FormSection title={t('sp.section.basic')}>
        <TextField {...field('title')} label={t('sp.field.title')} maxLength={POLICY_TITLE_MAX} />
        <TextField
          {...field('issuer')}
          label={t('sp.field.issuer')}
          placeholder={t('sp.field.issuerPlaceholder')}
          maxLength={60}
        />
        <SelectField {...field('region')} label={t('sp.field.region')} options={options(REGIONS, REGION_LABELS)} />
        <SelectField
          {...field('category')}
          label={t('sp.field.category')}
          options={options(POLICY_CATEGORIES, POLICY_CATEGORY_LABELS)}
        />
        <FormField label={t('sp.field.targetGroups')} error={errors.targetGroups} hint={t('sp.field.targetGroupsHint')}>
          <ChoiceChips
            options={options(TARGET_GROUPS, TARGET_GROUP_LABELS)}
            selected={targetGroupsOf(values)}
            onToggle={(group) =>
              setField('targetGroups', toggled(TARGET_GROUPS, targetGroupsOf(values), group).join(','))
            }
          />
        </FormField>
      </FormSection>

      <FormSection title={t('sp.section.benefit')}>
        <TextField
          {...field('amountMin')}
          type='digit'
          required={false}
          label={t('sp.field.amountMin')}
          maxLength={9}
        />
        <TextField
          {...field('amountMax')}
          type='digit'
          required={false}
          label={t('sp.field.amountMax')}
          maxLength={9}
        />
        <SelectField
          {...field('amountPeriod')}
          label={t('sp.field.amountPeriod')}
          options={options(AMOUNT_PERIODS, AMOUNT_PERIOD_LABELS)}
        />
        <Text className='form-field__hint sp-amount-shown'>
          {amountShown
            ? t('sp.field.amountShown', {
                amount: amountShown,
                period: label(AMOUNT_PERIOD_LABELS[values.amountPeriod])
              })
            : t('sp.field.amountNone')}
        </Text>
        <FormField label={t('sp.field.validFrom')} error={errors.validFrom}>
          <DateInput
            name='validFrom'
            value={values.validFrom}
            placeholder={t('common.choose')}
            onChange={(v) => setField('validFrom', v)}
          />
        </FormField>
        <FormField
          label={t('sp.field.validTo')}
          required={false}
          error={errors.validTo}
          hint={t('sp.field.validToHint')}
        >
          <DateInput
            name='validTo'
            value={values.validTo}
            placeholder={t('sp.field.validToNone')}
            clearable
            onChange={(v) => setField('validTo', v)}
          />
        </FormField>
      </FormSection>

      <FormSection title={t('sp.section.content')}>
        <TextAreaField
          {...field('summary')}
          label={t('sp.field.summary')}
          hint={t('sp.field.summaryHint')}
          maxLength={POLICY_SUMMARY_MAX}
          rows={3}
        />
        <TextAreaField
          {...field('body')}
          label={t('sp.field.body')}
          hint={t('sp.field.bodyHint')}
          maxLength={POLICY_BODY_MAX}
          rows={8}
        />
        <TextAreaField
          {...field('howToApply')}
          label={t('sp.field.howToApply')}
          hint={t('sp.field.howToApplyHint')}
          maxLength={1000}
          rows={4}
        />
        <TextField
          {...field('contact')}
          required={false}
          label={t('sp.field.contact')}
          placeholder={t('sp.field.contactPlaceholder')}
          maxLength={120}
        />
        <TextField
          {...field('sourceUrl')}
          required={false}
          label={t('sp.field.sourceUrl')}
          placeholder='https://'
          maxLength={300}
        />
      </FormSection>

      <FormSection title={t('sp.section.english')}>
        <TextField
          {...field('titleEn')}
          required={false}
          label={t('sp.field.titleEn')}
          maxLength={POLICY_TITLE_MAX * 2}
        />
        <TextField {...field('issuerEn')} required={false} label={t('sp.field.issuerEn')} maxLength={120} />
        <TextAreaField
          {...field('summaryEn')}
          required={false}
          label={t('sp.field.summaryEn')}
          maxLength={POLICY_SUMMARY_MAX * 2}
          rows={3}
        />
        <TextAreaField
          {...field('bodyEn')}
          required={false}
          label={t('sp.field.bodyEn')}
          maxLength={POLICY_BODY_MAX}
          rows={8}
        />
        <TextAreaField
          {...field('howToApplyEn')}
          required={false}
          label={t('sp.field.howToApplyEn')}
          maxLength={2000}
          rows={4}
        />
      </FormSection>

      <CriteriaEditor drafts={drafts} onChange={changeCriteria} showErrors={tried} error={errorText(criteriaError)} />
      <CriteriaPreview drafts={drafts} />

      {hasErrors ? <FormMessage>{t('form.fixErrors')}</FormMessage> : null}
      {failure ? <FormMessage>{describeError(failure, locale).message}</FormMessage> : null}
      <View className='form-actions'>
        <Button type='primary' block loading={save.isPending} disabled={!dirty} onClick={submit}>
          {record ? t('sp.saveChanges') : t('sp.saveDraft')}
        </Button>
      </View>

      <AttachmentsSection record={record} />
      {record && <PolicyPublishPanel record={record} dirty={dirty} />}
    </View>
  )
}

function ExistingPolicy({ id }: { id: number }) {
  const { data, error, isPending, isError, refetch } = useStaffPolicy(id)
  if (isPending) return <PageLoading />
  if (isError) return <ErrorState error={error} onRetry={() => refetch()} />
  return <Editor record={data} />
}

function NotFound() {
  const { locale } = useI18n()
  return <ErrorState error={new ApiRequestError({ status: 404, code: 'POLICY_NOT_FOUND', locale })} />
}

export default function StaffPolicyEditPage() {
  const { params } = useRouter()
  usePageChrome('staffPolicyEdit')
  const raw = params.id
  const id = raw !== undefined && /^\d{1,9}$/.test(raw) && Number(raw) > 0 ? Number(raw) : undefined

  return (
    <View className='page staff'>
      <SignedIn roles={['staff', 'admin']}>
        {() => (raw === undefined ? <Editor /> : id === undefined ? <NotFound /> : <ExistingPolicy id={id} />)}
      </SignedIn>
    </View>
  )
}
