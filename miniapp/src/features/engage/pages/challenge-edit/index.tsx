import { useState } from 'react'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, Tag } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/tag/style/css'
import {
  CHALLENGE_STATUS_LABELS,
  INDUSTRIES,
  INDUSTRY_LABELS,
  formatAmountRange,
  type ChallengeRecord
} from '@ihaigui/shared'
import { useChallengeAction, useOrgChallenge } from '@/features/engage/challenges.hooks'
import { ApiRequestError, describeError, isApiRequestError } from '@/api/errors'
import { parseIdParam } from '@/api/id-param'
import { FormField, FormMessage, FormSection, SelectField, TextAreaField, TextField } from '@/components/form/Form'
import { SignedIn } from '@/components/SessionGates'
import { EmptyState, ErrorState, PageLoading } from '@/components/StateViews'
import { useForm } from '@/forms/useForm'
import { serverFieldErrors } from '@/forms/validation'
import { usePageChrome } from '@/hooks/usePageChrome'
import { useI18n, type MessageKey } from '@/i18n'
import { navigateTo, redirectTo } from '@/navigation'
import { pageFromPath } from '@/routes'
import { CHALLENGE_STATUS_TAG } from '@/features/engage/challenge/challenge-display'
import {
  FIELDS,
  budgetUnitOf,
  budgetYuan,
  checkForm,
  earliestDeadline,
  latestDeadline,
  sameContent,
  valuesOf,
  type Values
} from '@/features/engage/challenge/challenge-form'
import { showChallengesTab } from '@/features/engage/challenge/challenges-tab'
import { DateInput } from '@/features/engage/challenge/DateInput'
import { VerifiedOnly } from '@/features/engage/challenge/VerifiedOnly'
import '../../challenge/challenge.scss'

/** What the organisation can do about a refusal that is not about one field. */
const FAILURE_HINTS: Partial<Record<string, MessageKey>> = {
  CONTENT_RISKY: 'orgChallenge.riskyHint',
  WECHAT_UNAVAILABLE: 'orgChallenge.unavailableHint',
  ORGANIZATION_NOT_VERIFIED: 'orgChallenge.notVerifiedHint'
}

function Failure({ error }: { error: unknown }) {
  const { t, locale } = useI18n()
  const code = isApiRequestError(error) ? error.code : ''
  const hint = FAILURE_HINTS[code]
  return (
    <View className={`ch-failure${code === 'CONTENT_RISKY' ? ' ch-failure--risky' : ''}`}>
      <Text className='ch-failure__title'>{describeError(error, locale).message}</Text>
      {isApiRequestError(error) && error.reason && (
        <Text className='ch-failure__hint'>{t('orgChallenge.riskyReason', { reason: error.reason })}</Text>
      )}
      {hint && <Text className='ch-failure__hint'>{t(hint)}</Text>}
    </View>
  )
}

/** Back to the organisation's challenges, on the "under review" tab (where a submitted challenge now is). */
function afterSubmit() {
  showChallengesTab('pending')
  const stack = Taro.getCurrentPages()
  const below = stack[stack.length - 2]
  if (below && pageFromPath(below.route) === 'orgChallenges') void Taro.navigateBack()
  else void redirectTo('orgChallenges', { status: 'pending' })
}

/** Scrolls the first field with an error into view, once the errors have rendered. */
function showFirstError() {
  setTimeout(() => {
    Taro.pageScrollTo({ selector: '.ch-editor .form-field--error', offsetTop: -24, duration: 200 }).catch(
      () => undefined
    )
  }, 50)
}

function Editor({ record }: { record?: ChallengeRecord }) {
  const { t, label, locale, date } = useI18n()
  // The unit budgets are typed in stays the one the form opened with, whatever the language does meanwhile.
  const [unit] = useState(() => budgetUnitOf(locale))
  const form = useForm<Values>(() => valuesOf(record, unit))
  const [failure, setFailure] = useState<unknown>(null)
  const save = useChallengeAction()
  const { values, field, errors, setField } = form
  const isNew = record === undefined
  const dirty = record ? !sameContent(values, record, unit) : true

  const min = budgetYuan(values.budgetMin, unit)
  const max = budgetYuan(values.budgetMax, unit)
  const budgetShown =
    (min === null || Number.isInteger(min)) && (max === null || Number.isInteger(max))
      ? formatAmountRange(min, max, locale)
      : null

  const submit = async () => {
    if (save.isPending) return
    setFailure(null)
    const check = checkForm(values, unit)
    if (!check.ok) {
      form.setErrors(check.errors)
      showFirstError()
      return
    }
    try {
      if (isNew) await save.mutateAsync({ kind: 'create', input: check.input })
      else await save.mutateAsync({ kind: 'update', id: record.id, input: check.input })
      Taro.showToast({ title: t('orgChallenge.submitted'), icon: 'success' })
      setTimeout(afterSubmit, 600)
    } catch (error) {
      const fieldErrors = serverFieldErrors(error, FIELDS, { CHALLENGE_DEADLINE_INVALID: 'deadline' })
      form.setErrors(fieldErrors)
      if (Object.keys(fieldErrors).length === 0) setFailure(error)
      else showFirstError()
    }
  }

  const hasErrors = Object.values(errors).some(Boolean)
  const unitKey = unit === 'wan' ? 'orgChallenge.unitWan' : 'orgChallenge.unitYuan'

  return (
    <View className='ch-editor'>
      {record && (
        <View className='ch-status-bar'>
          <Tag type={CHALLENGE_STATUS_TAG[record.status]}>{label(CHALLENGE_STATUS_LABELS[record.status])}</Tag>
          <Text className='ch-status-bar__text'>{t('orgChallenge.editNote')}</Text>
        </View>
      )}
      {record?.status === 'rejected' && record.rejectReason && (
        <View className='ch-reason ch-reason--block'>
          <Text className='ch-reason__label'>{t('orgChallenge.rejectReason')}</Text>
          <Text>{record.rejectReason}</Text>
        </View>
      )}
      {isNew && <Text className='ch-intro'>{t('orgChallenge.intro')}</Text>}

      <FormSection title={t('orgChallenge.section.basic')}>
        <TextField
          {...field('title')}
          label={t('orgChallenge.field.title')}
          placeholder={t('orgChallenge.field.titlePlaceholder')}
          maxLength={80}
        />
        <SelectField
          {...field('field')}
          label={t('orgChallenge.field.field')}
          options={INDUSTRIES.map((value) => ({ value, label: label(INDUSTRY_LABELS[value]) }))}
        />
      </FormSection>

      <FormSection title={t('orgChallenge.section.content')}>
        <TextAreaField
          {...field('problem')}
          label={t('orgChallenge.field.problem')}
          hint={t('orgChallenge.field.problemHint')}
          maxLength={3000}
          rows={6}
        />
        <TextAreaField
          {...field('expectedOutcome')}
          label={t('orgChallenge.field.expectedOutcome')}
          hint={t('orgChallenge.field.expectedOutcomeHint')}
          maxLength={2000}
          rows={4}
        />
      </FormSection>

      <FormSection title={t('orgChallenge.section.terms')}>
        <TextField
          {...field('budgetMin')}
          type='digit'
          required={false}
          label={t('orgChallenge.field.budgetMin', { unit: t(unitKey) })}
          maxLength={12}
        />
        <TextField
          {...field('budgetMax')}
          type='digit'
          required={false}
          label={t('orgChallenge.field.budgetMax', { unit: t(unitKey) })}
          maxLength={12}
        />
        <Text className='form-field__hint ch-shown'>
          {budgetShown
            ? t('orgChallenge.field.budgetShown', { budget: budgetShown })
            : t('orgChallenge.field.budgetHint')}
        </Text>
        <FormField
          label={t('orgChallenge.field.deadline')}
          error={errors.deadline}
          hint={t('orgChallenge.field.deadlineHint', { date: date(latestDeadline()) })}
        >
          <DateInput
            name='deadline'
            value={values.deadline}
            min={earliestDeadline()}
            max={latestDeadline()}
            onChange={(v) => setField('deadline', v)}
          />
        </FormField>
      </FormSection>

      <FormSection title={t('orgChallenge.section.english')}>
        <Text className='form-field__hint ch-section-hint'>{t('orgChallenge.section.englishHint')}</Text>
        <TextField {...field('titleEn')} required={false} label={t('orgChallenge.field.titleEn')} maxLength={160} />
        <TextAreaField
          {...field('problemEn')}
          required={false}
          label={t('orgChallenge.field.problemEn')}
          maxLength={6000}
          rows={5}
        />
        <TextAreaField
          {...field('expectedOutcomeEn')}
          required={false}
          label={t('orgChallenge.field.expectedOutcomeEn')}
          maxLength={4000}
          rows={4}
        />
      </FormSection>

      {hasErrors ? <FormMessage>{t('form.fixErrors')}</FormMessage> : null}
      {failure ? <Failure error={failure} /> : null}
      <View className='form-actions'>
        <Button type='primary' block loading={save.isPending} disabled={!dirty || save.isPending} onClick={submit}>
          {isNew ? t('orgChallenge.submit') : t('orgChallenge.resubmit')}
        </Button>
        <Text className='ch-submit-hint'>{t('orgChallenge.submitHint')}</Text>
      </View>
    </View>
  )
}

function ExistingChallenge({ id }: { id: number }) {
  const { t } = useI18n()
  const { data, error, isPending, isError, refetch } = useOrgChallenge(id)
  if (isPending) return <PageLoading />
  if (isError) return <ErrorState error={error} onRetry={() => refetch()} />
  if (data.status === 'awarded' || data.status === 'closed') {
    return (
      <View>
        <EmptyState message={t('orgChallenge.noEdit')} />
        <View className='ch-actions'>
          <Button type='primary' fill='outline' block onClick={() => navigateTo('challengeDetail', { id })}>
            {t('orgChallenge.view')}
          </Button>
        </View>
      </View>
    )
  }
  return <Editor record={data} />
}

function NotFound() {
  const { locale } = useI18n()
  return <ErrorState error={new ApiRequestError({ status: 404, code: 'CHALLENGE_NOT_FOUND', locale })} />
}

export default function OrgChallengeEditPage() {
  const { params } = useRouter()
  const { t } = useI18n()
  usePageChrome('orgChallengeEdit')
  const raw = params.id
  useDidShow(() => {
    // The route's title says "post"; an existing challenge is being edited.
    if (raw !== undefined) Taro.setNavigationBarTitle({ title: t('orgChallenge.editTitle') }).catch(() => undefined)
  })
  const id = parseIdParam(raw)

  return (
    <View className='page ch-page'>
      <SignedIn roles={['enterprise']}>
        {() => (
          <VerifiedOnly>
            {() => (raw === undefined ? <Editor /> : id === undefined ? <NotFound /> : <ExistingChallenge id={id} />)}
          </VerifiedOnly>
        )}
      </SignedIn>
    </View>
  )
}
