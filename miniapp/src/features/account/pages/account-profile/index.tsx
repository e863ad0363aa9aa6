import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import {
  CV_MAX_BYTES,
  DEGREES,
  DEGREE_LABELS,
  DISTRICTS,
  DISTRICT_LABELS,
  INDUSTRIES,
  INDUSTRY_LABELS,
  INTENTS,
  INTENT_LABELS,
  PROFILE_VISIBILITIES,
  PROFILE_VISIBILITY_LABELS,
  talentProfileInputSchema,
  type Degree,
  type District,
  type Industry,
  type Intent,
  type ProfileVisibility,
  type TalentProfile
} from '@ihaigui/shared'
import { useSaveTalentProfile, useTalentProfile, useUploadCv } from '@/features/account/account.hooks'
import { describeError, localizeErrorCode } from '@/api/errors'
import { FormMessage, FormSection, SelectField, TextField } from '@/components/form/Form'
import { ConsentGate, SignedIn } from '@/components/SessionGates'
import { ErrorState, PageLoading } from '@/components/StateViews'
import { useForm } from '@/forms/useForm'
import { blankFields, serverFieldErrors, validateForm } from '@/forms/validation'
import { usePageChrome } from '@/hooks/usePageChrome'
import { formatFileSize, useI18n } from '@/i18n'
import { looksLikePdf, pickPdf } from './pick-pdf'
import '../../account.scss'

/** The choice that clears an optional pick. */
const NOT_SET = 'none'

type Values = {
  name: string
  nationality: string
  studyCountry: string
  degree: Degree | ''
  school: string
  major: string
  field: string
  returnYear: string
  intent: Intent | ''
  visibility: ProfileVisibility
  birthYear: string
  yearsAbroad: string
  industry: Industry | typeof NOT_SET | ''
  district: District | typeof NOT_SET | ''
}
type Field = keyof Values
const FIELDS = [
  'name',
  'nationality',
  'studyCountry',
  'degree',
  'school',
  'major',
  'field',
  'returnYear',
  'intent',
  'visibility',
  'birthYear',
  'yearsAbroad',
  'industry',
  'district'
] as const
/** Fields that may stay empty. */
const OPTIONAL_FIELDS: readonly Field[] = ['returnYear', 'birthYear', 'yearsAbroad', 'industry', 'district']

const optionalNumber = (text: string) => {
  const trimmed = text.trim()
  return trimmed ? Number(trimmed) : null
}
const optionalChoice = <V extends string>(value: V | typeof NOT_SET | '') => (value && value !== NOT_SET ? value : null)

function initialValues(profile: TalentProfile | null): Values {
  return {
    name: profile?.name ?? '',
    nationality: profile?.nationality ?? '',
    studyCountry: profile?.studyCountry ?? '',
    degree: profile?.degree ?? '',
    school: profile?.school ?? '',
    major: profile?.major ?? '',
    field: profile?.field ?? '',
    returnYear: profile?.returnYear ? String(profile.returnYear) : '',
    intent: profile?.intent ?? '',
    visibility: profile?.visibility ?? 'private',
    birthYear: profile?.birthYear ? String(profile.birthYear) : '',
    yearsAbroad: profile?.yearsAbroad != null ? String(profile.yearsAbroad) : '',
    industry: profile?.industry ?? '',
    district: profile?.district ?? ''
  }
}

/** The form's text values as the shared input shape (empty choices stay undefined, so they fail as "choose one"). */
function toInput(values: Values) {
  const year = values.returnYear.trim()
  return {
    ...values,
    degree: values.degree || undefined,
    intent: values.intent || undefined,
    returnYear: year ? Number(year) : null,
    birthYear: optionalNumber(values.birthYear),
    yearsAbroad: optionalNumber(values.yearsAbroad),
    industry: optionalChoice(values.industry),
    district: optionalChoice(values.district)
  }
}

function CvSection({ profile }: { profile: TalentProfile | null }) {
  const { t, locale, date } = useI18n()
  const upload = useUploadCv()
  const [problem, setProblem] = useState<string | null>(null)

  const choose = async () => {
    setProblem(null)
    const file = await pickPdf()
    if (!file) return
    // The server checks again; these spare a useless upload on a slow link.
    if (file.size > CV_MAX_BYTES) {
      setProblem(localizeErrorCode('CV_TOO_LARGE', locale))
      return
    }
    if (!(await looksLikePdf(file))) {
      setProblem(localizeErrorCode('CV_NOT_PDF', locale))
      return
    }
    try {
      await upload.mutateAsync(file)
      Taro.showToast({ title: t('profile.cvUploaded'), icon: 'success' })
    } catch (error) {
      setProblem(describeError(error, locale).message)
    }
  }

  const cv = profile?.cv
  return (
    <FormSection title={t('profile.cv')}>
      <View className='account__cv-wrap'>
        {cv ? (
          <View className='account__cv'>
            <View className='account__cv-badge'>
              <Text>PDF</Text>
            </View>
            <View className='account__cv-text'>
              <Text className='account__cv-name'>{cv.fileName}</Text>
              <Text className='account__cv-meta'>
                {t('profile.cvMeta', { size: formatFileSize(cv.size), date: date(cv.uploadedAt) })}
              </Text>
            </View>
          </View>
        ) : (
          <Text className='account__text'>{profile ? t('profile.cvNone') : t('profile.cvSaveFirst')}</Text>
        )}
        {problem ? <FormMessage>{problem}</FormMessage> : null}
        {profile && (
          <View className='form-actions'>
            <Button type='primary' fill='outline' block loading={upload.isPending} onClick={choose}>
              {upload.isPending ? t('profile.cvUploading') : cv ? t('profile.cvReplace') : t('profile.cvUpload')}
            </Button>
          </View>
        )}
        <Text className='form-field__hint'>{t('profile.cvHint')}</Text>
      </View>
    </FormSection>
  )
}

function ProfileEditor({ profile }: { profile: TalentProfile | null }) {
  const { t, label, locale } = useI18n()
  const form = useForm<Values>(() => initialValues(profile))
  const save = useSaveTalentProfile()
  const [failure, setFailure] = useState<unknown>(null)
  const { values, field, errors } = form

  const options = <V extends string>(list: readonly V[], labels: Record<V, { zh: string; en: string }>) =>
    list.map((value) => ({ value, label: label(labels[value]) }))
  const optionalOptions = <V extends string>(list: readonly V[], labels: Record<V, { zh: string; en: string }>) => [
    ...options(list, labels),
    { value: NOT_SET as typeof NOT_SET, label: t('common.notSet') }
  ]

  const submit = async () => {
    const result = validateForm(talentProfileInputSchema, toInput(values), {
      empty: blankFields(values).filter((f) => !OPTIONAL_FIELDS.includes(f)),
      choices: ['degree', 'intent', 'visibility']
    })
    if (!result.ok) {
      form.setErrors(result.errors)
      setFailure(null)
      return
    }
    setFailure(null)
    try {
      await save.mutateAsync(result.data)
      Taro.showToast({ title: t('profile.saved'), icon: 'success' })
    } catch (error) {
      const fieldErrors = serverFieldErrors<Field>(error, FIELDS)
      form.setErrors(fieldErrors)
      if (Object.keys(fieldErrors).length === 0) setFailure(error)
    }
  }

  const hasErrors = Object.values(errors).some(Boolean)

  return (
    <View>
      <FormSection title={t('profile.basic')}>
        <TextField {...field('name')} label={t('profile.name')} maxLength={40} />
        <TextField {...field('nationality')} label={t('profile.nationality')} maxLength={40} />
      </FormSection>

      <FormSection title={t('profile.education')}>
        <TextField {...field('studyCountry')} label={t('profile.studyCountry')} maxLength={40} />
        <SelectField {...field('degree')} label={t('profile.degree')} options={options(DEGREES, DEGREE_LABELS)} />
        <TextField {...field('school')} label={t('profile.school')} maxLength={100} />
        <TextField {...field('major')} label={t('profile.major')} maxLength={60} />
        <TextField
          {...field('returnYear')}
          type='number'
          label={t('profile.returnYear')}
          required={false}
          hint={t('profile.returnYearHint')}
          maxLength={4}
        />
      </FormSection>

      <FormSection title={t('profile.plans')}>
        <TextField
          {...field('field')}
          label={t('profile.field')}
          placeholder={t('profile.fieldPlaceholder')}
          maxLength={40}
        />
        <SelectField {...field('intent')} label={t('profile.intent')} options={options(INTENTS, INTENT_LABELS)} />
        <SelectField
          {...field('visibility')}
          label={t('profile.visibility')}
          options={options(PROFILE_VISIBILITIES, PROFILE_VISIBILITY_LABELS)}
        />
      </FormSection>

      <FormSection title={t('profile.matchSection')}>
        <Text className='account__note'>{t('profile.matchSectionHint')}</Text>
        <TextField
          {...field('birthYear')}
          type='number'
          label={t('profile.birthYear')}
          required={false}
          placeholder={t('profile.birthYearPlaceholder')}
          maxLength={4}
        />
        <TextField
          {...field('yearsAbroad')}
          type='number'
          label={t('profile.yearsAbroad')}
          required={false}
          hint={t('profile.yearsAbroadHint')}
          maxLength={2}
        />
        <SelectField
          {...field('industry')}
          label={t('profile.industry')}
          required={false}
          options={optionalOptions(INDUSTRIES, INDUSTRY_LABELS)}
        />
        <SelectField
          {...field('district')}
          label={t('profile.district')}
          required={false}
          hint={t('profile.districtHint')}
          options={optionalOptions(DISTRICTS, DISTRICT_LABELS)}
        />
      </FormSection>

      {hasErrors ? <FormMessage>{t('form.fixErrors')}</FormMessage> : null}
      {failure ? <FormMessage>{describeError(failure, locale).message}</FormMessage> : null}
      <View className='form-actions'>
        <Button type='primary' block loading={save.isPending} onClick={submit}>
          {t('profile.save')}
        </Button>
      </View>

      <CvSection profile={profile} />
    </View>
  )
}

function ProfileLoader() {
  const { data, error, isPending, isError, refetch } = useTalentProfile()
  if (isPending) return <PageLoading />
  if (isError) return <ErrorState error={error} onRetry={() => refetch()} />
  return <ProfileEditor profile={data} />
}

export default function TalentProfilePage() {
  usePageChrome('talentProfile')
  return (
    <View className='page account'>
      <SignedIn roles={['talent']}>
        {() => (
          <ConsentGate>
            <ProfileLoader />
          </ConsentGate>
        )}
      </SignedIn>
    </View>
  )
}
