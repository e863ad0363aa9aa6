import { useState } from 'react'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, Tag } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/tag/style/css'
import {
  DEGREES,
  DEGREE_LABELS,
  DISTRICTS,
  DISTRICT_LABELS,
  INDUSTRIES,
  INDUSTRY_LABELS,
  JOB_FUNCTIONS,
  JOB_FUNCTION_LABELS,
  POSITION_DEFAULT_DAYS,
  POSITION_MAX_DAYS,
  POSITION_STATUS_LABELS,
  type Bilingual,
  type PositionRecord,
  type UpdatePosition
} from '@ihaigui/shared'
import { ApiRequestError, describeError, isApiRequestError } from '@/api/errors'
import { parseIdParam } from '@/api/id-param'
import { useOrgPosition, usePositionAction } from '@/features/recruit/recruit.hooks'
import { useMe } from '@/features/account/session.hooks'
import {
  FormField,
  FormMessage,
  FormSection,
  SelectField,
  SwitchField,
  TextAreaField,
  TextField
} from '@/components/form/Form'
import { POSITION_STATUS_TAG } from '@/features/recruit/recruit-display'
import { salaryText } from '@/features/jobs/job-display'
import { SignedIn } from '@/components/SessionGates'
import { EmptyState, ErrorState, PageLoading } from '@/components/StateViews'
import { useForm } from '@/forms/useForm'
import { serverFieldErrors } from '@/forms/validation'
import { usePageChrome } from '@/hooks/usePageChrome'
import { useI18n, type MessageKey } from '@/i18n'
import { navigateTo, redirectTo } from '@/navigation'
import { pageFromPath } from '@/routes'
import { DateInput, TagsInput } from '@/features/recruit/controls'
import { latestExpiry } from '@/features/recruit/dates'
import {
  FIELDS,
  checkForm,
  languagesOf,
  numberOf,
  sameContent,
  valuesOf,
  type Values
} from '@/features/recruit/position-form'
import { showPositionsTab } from '@/features/recruit/positions-tab'
import '../../recruit.scss'

/** What the enterprise can do about a refusal that is not about one field. */
const FAILURE_HINTS: Partial<Record<string, MessageKey>> = {
  CONTENT_RISKY: 'recruit.form.riskyHint',
  WECHAT_UNAVAILABLE: 'recruit.form.unavailableHint',
  ORGANIZATION_NOT_VERIFIED: 'recruit.form.notVerifiedHint'
}

function Failure({ error }: { error: unknown }) {
  const { t, locale } = useI18n()
  const code = isApiRequestError(error) ? error.code : ''
  const hint = FAILURE_HINTS[code]
  return (
    <View className={`rc-failure${code === 'CONTENT_RISKY' ? ' rc-failure--risky' : ''}`}>
      <Text className='rc-failure__title'>{describeError(error, locale).message}</Text>
      {isApiRequestError(error) && error.reason && (
        <Text className='rc-failure__hint'>{t('recruit.form.riskyReason', { reason: error.reason })}</Text>
      )}
      {hint && <Text className='rc-failure__hint'>{t(hint)}</Text>}
      {code === 'ORGANIZATION_NOT_VERIFIED' && (
        <Text className='rc-link' onClick={() => navigateTo('orgMine')}>
          {t('recruit.form.openOrganization')} ›
        </Text>
      )}
    </View>
  )
}

/** Back to the list of positions, on its "under review" tab (where a submitted position now is). */
function afterSubmit() {
  showPositionsTab('pending')
  const stack = Taro.getCurrentPages()
  const below = stack[stack.length - 2]
  if (below && pageFromPath(below.route) === 'orgPositions') void Taro.navigateBack()
  else void redirectTo('orgPositions', { status: 'pending' })
}

/** Scrolls the first field with an error into view, once the errors have rendered. */
function showFirstError() {
  setTimeout(() => {
    Taro.pageScrollTo({ selector: '.rc-editor .form-field--error', offsetTop: -24, duration: 200 }).catch(
      () => undefined
    )
  }, 50)
}

function Editor({ record }: { record?: PositionRecord }) {
  const { t, label, date } = useI18n()
  const form = useForm<Values>(() => valuesOf(record))
  const [failure, setFailure] = useState<unknown>(null)
  const save = usePositionAction()
  const { values, field, errors, setField } = form
  const isNew = record === undefined
  const dirty = record ? !sameContent(values, record) : true
  const negotiable = values.negotiable === 'yes'

  const options = <V extends string>(list: readonly V[], labels: Record<V, Bilingual>) =>
    list.map((value) => ({ value, label: label(labels[value]) }))

  const salaryMin = numberOf(values.salaryMin)
  const salaryMax = numberOf(values.salaryMax)
  const salaryShown =
    (salaryMin === null || Number.isInteger(salaryMin)) &&
    (salaryMax === null || Number.isInteger(salaryMax)) &&
    (salaryMin !== null || salaryMax !== null)
      ? salaryText({ salaryMin, salaryMax, negotiable: false }, t)
      : null

  const submit = async () => {
    if (save.isPending) return
    setFailure(null)
    const check = checkForm(values, isNew)
    if (!check.ok) {
      form.setErrors(check.errors)
      showFirstError()
      return
    }
    try {
      if (isNew) {
        await save.mutateAsync({ kind: 'create', input: check.input })
      } else {
        // The closing date changes only through the one extension.
        const { expiresOn: _expiresOn, ...changes } = check.input
        const update: UpdatePosition = changes
        await save.mutateAsync({ kind: 'update', id: record.id, input: update })
      }
      Taro.showToast({ title: t('recruit.form.submitted'), icon: 'success' })
      setTimeout(afterSubmit, 600)
    } catch (error) {
      const fieldErrors = serverFieldErrors(error, FIELDS, { POSITION_EXPIRY_INVALID: 'expiresOn' })
      form.setErrors(fieldErrors)
      if (Object.keys(fieldErrors).length === 0) setFailure(error)
      else showFirstError()
    }
  }

  const hasErrors = Object.values(errors).some(Boolean)

  return (
    <View className='rc-editor'>
      {record && (
        <View className='rc-status-bar'>
          <Tag type={POSITION_STATUS_TAG[record.status]}>{label(POSITION_STATUS_LABELS[record.status])}</Tag>
          <Text className='rc-status-bar__text'>{t('recruit.form.editNote')}</Text>
        </View>
      )}
      {isNew && <Text className='rc-intro'>{t('recruit.form.intro')}</Text>}

      <FormSection title={t('recruit.section.basic')}>
        <TextField
          {...field('title')}
          label={t('recruit.field.title')}
          placeholder={t('recruit.field.titlePlaceholder')}
          maxLength={60}
        />
        <SelectField
          {...field('function')}
          label={t('recruit.field.function')}
          options={options(JOB_FUNCTIONS, JOB_FUNCTION_LABELS)}
        />
        <SelectField
          {...field('industry')}
          label={t('recruit.field.industry')}
          options={options(INDUSTRIES, INDUSTRY_LABELS)}
        />
        <TextField {...field('city')} label={t('recruit.field.city')} maxLength={20} />
        <SelectField
          {...field('district')}
          label={t('recruit.field.district')}
          options={options(DISTRICTS, DISTRICT_LABELS)}
        />
      </FormSection>

      <FormSection title={t('recruit.section.terms')}>
        <SwitchField
          label={t('recruit.field.negotiable')}
          hint={t('recruit.field.negotiableHint')}
          checked={negotiable}
          onChange={(on) => {
            setField('negotiable', on ? 'yes' : '')
            form.setErrors((prev) => ({ ...prev, salaryMin: undefined, salaryMax: undefined }))
          }}
        />
        {!negotiable && (
          <>
            <TextField {...field('salaryMin')} type='digit' label={t('recruit.field.salaryMin')} maxLength={7} />
            <TextField {...field('salaryMax')} type='digit' label={t('recruit.field.salaryMax')} maxLength={7} />
            <Text className='form-field__hint rc-shown'>
              {salaryShown ? t('recruit.field.salaryShown', { salary: salaryShown }) : t('recruit.field.salaryHint')}
            </Text>
          </>
        )}
        <SelectField
          {...field('minDegree')}
          label={t('recruit.field.minDegree')}
          options={options(DEGREES, DEGREE_LABELS)}
        />
        <TextField
          {...field('experienceYears')}
          type='number'
          label={t('recruit.field.experienceYears')}
          maxLength={2}
        />
        <TextField {...field('headcount')} type='number' label={t('recruit.field.headcount')} maxLength={3} />
        <FormField
          label={t('recruit.field.languages')}
          required={false}
          error={errors.languages}
          hint={t('recruit.field.languagesHint')}
        >
          <TagsInput
            name='languages'
            values={languagesOf(values)}
            onChange={(list) => setField('languages', list.join('\n'))}
            placeholder={t('recruit.field.languagesPlaceholder')}
            max={5}
            maxLength={20}
          />
        </FormField>
      </FormSection>

      <FormSection title={t('recruit.section.content')}>
        <TextAreaField
          {...field('description')}
          label={t('recruit.field.description')}
          hint={t('recruit.field.descriptionHint')}
          maxLength={3000}
          rows={6}
        />
        <TextAreaField
          {...field('requirements')}
          label={t('recruit.field.requirements')}
          hint={t('recruit.field.requirementsHint')}
          maxLength={2000}
          rows={5}
        />
        <TextAreaField
          {...field('benefits')}
          required={false}
          label={t('recruit.field.benefits')}
          maxLength={1000}
          rows={3}
        />
      </FormSection>

      <FormSection title={t('recruit.section.english')}>
        <Text className='form-field__hint rc-section-hint'>{t('recruit.section.englishHint')}</Text>
        <TextField {...field('titleEn')} required={false} label={t('recruit.field.titleEn')} maxLength={120} />
        <TextAreaField
          {...field('descriptionEn')}
          required={false}
          label={t('recruit.field.descriptionEn')}
          maxLength={6000}
          rows={5}
        />
        <TextAreaField
          {...field('requirementsEn')}
          required={false}
          label={t('recruit.field.requirementsEn')}
          maxLength={4000}
          rows={4}
        />
      </FormSection>

      <FormSection title={t('recruit.section.publishing')}>
        {isNew ? (
          <FormField
            label={t('recruit.field.expiresOn')}
            error={errors.expiresOn}
            hint={t('recruit.field.expiresOnHint', {
              default: POSITION_DEFAULT_DAYS,
              max: POSITION_MAX_DAYS,
              date: date(latestExpiry())
            })}
          >
            <DateInput
              name='expiresOn'
              value={values.expiresOn}
              onChange={(v) => setField('expiresOn', v)}
              max={latestExpiry()}
            />
          </FormField>
        ) : (
          <FormField label={t('recruit.field.expiresOn')} hint={t('recruit.field.expiresOnEditHint')}>
            <Text className='rc-static'>{date(record.expiresOn)}</Text>
          </FormField>
        )}
      </FormSection>

      {hasErrors ? <FormMessage>{t('form.fixErrors')}</FormMessage> : null}
      {failure ? <Failure error={failure} /> : null}
      <View className='form-actions'>
        <Button type='primary' block loading={save.isPending} disabled={!dirty || save.isPending} onClick={submit}>
          {isNew ? t('recruit.form.submit') : t('recruit.form.resubmit')}
        </Button>
        <Text className='rc-submit-hint'>{t('recruit.form.submitHint')}</Text>
      </View>
    </View>
  )
}

function ExistingPosition({ id }: { id: number }) {
  const { t } = useI18n()
  const { data, error, isPending, isError, refetch } = useOrgPosition(id)
  if (isPending) return <PageLoading />
  if (isError) return <ErrorState error={error} onRetry={() => refetch()} />
  if (data.status === 'closed') return <EmptyState message={t('recruit.form.closedNoEdit')} />
  return <Editor record={data} />
}

function NotFound() {
  const { locale } = useI18n()
  return <ErrorState error={new ApiRequestError({ status: 404, code: 'POSITION_NOT_FOUND', locale })} />
}

/** Only members of a verified organisation may post; others are told why and where to go. */
function VerifiedOnly({ children }: { children: () => JSX.Element }) {
  const { t } = useI18n()
  const me = useMe()
  if (!me.data) return <PageLoading />
  if (me.data.organization?.status === 'verified') return children()
  return (
    <View>
      <EmptyState message={t('recruit.notVerified')} />
      <View className='form-actions'>
        <Button type='primary' block onClick={() => navigateTo(me.data?.organization ? 'orgMine' : 'orgRegister')}>
          {t(me.data.organization ? 'recruit.openOrganization' : 'recruit.registerOrganization')}
        </Button>
      </View>
    </View>
  )
}

export default function OrgPositionEditPage() {
  const { params } = useRouter()
  const { t } = useI18n()
  usePageChrome('orgPositionEdit')
  const raw = params.id
  useDidShow(() => {
    // The route's title says "post"; an existing position is being edited.
    if (raw !== undefined) Taro.setNavigationBarTitle({ title: t('recruit.form.editTitle') }).catch(() => undefined)
  })
  const id = parseIdParam(raw)

  return (
    <View className='page rc'>
      <SignedIn roles={['enterprise']}>
        {() => (
          <VerifiedOnly>
            {() => (raw === undefined ? <Editor /> : id === undefined ? <NotFound /> : <ExistingPosition id={id} />)}
          </VerifiedOnly>
        )}
      </SignedIn>
    </View>
  )
}
