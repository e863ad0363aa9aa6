import {
  positionInputObject,
  positionInputSchema,
  type Degree,
  type District,
  type Industry,
  type JobFunction,
  type PositionInput,
  type PositionRecord
} from '@ihaigui/shared'
import { blankFields, validateForm, type FieldErrors } from '@/forms/validation'
import { defaultExpiry, latestExpiry } from './dates'
import { beijingToday } from '@/features/discovery/policy-display'

/** The form's text values: choices as their value ('' for none), numbers as typed, languages one per line. */
export type Values = {
  title: string
  titleEn: string
  function: JobFunction | ''
  industry: Industry | ''
  city: string
  district: District | ''
  salaryMin: string
  salaryMax: string
  /** 'yes' when the salary is negotiable. */
  negotiable: string
  minDegree: Degree | ''
  experienceYears: string
  headcount: string
  description: string
  descriptionEn: string
  requirements: string
  requirementsEn: string
  benefits: string
  languages: string
  expiresOn: string
}
export type Field = keyof Values

export const FIELDS: readonly Field[] = [
  'title',
  'titleEn',
  'function',
  'industry',
  'city',
  'district',
  'salaryMin',
  'salaryMax',
  'negotiable',
  'minDegree',
  'experienceYears',
  'headcount',
  'description',
  'descriptionEn',
  'requirements',
  'requirementsEn',
  'benefits',
  'languages',
  'expiresOn'
]
/** The city a position is in unless the enterprise writes another (the schema's default). */
const DEFAULT_CITY = positionInputObject.shape.city.parse(undefined)

const OPTIONAL: readonly Field[] = [
  'titleEn',
  'descriptionEn',
  'requirementsEn',
  'benefits',
  'languages',
  'negotiable',
  'salaryMin',
  'salaryMax'
]
const CHOICES: readonly Field[] = ['function', 'industry', 'district', 'minDegree']

export function languagesOf(values: Values): string[] {
  return values.languages.split('\n').filter((l) => l.trim() !== '')
}

export function valuesOf(record: PositionRecord | undefined, now: number = Date.now()): Values {
  const text = (v: string | null | undefined) => v ?? ''
  const number = (v: number | null | undefined) => (v === null || v === undefined ? '' : String(v))
  return {
    title: text(record?.title),
    titleEn: text(record?.titleEn),
    function: record?.function ?? '',
    industry: record?.industry ?? '',
    city: record?.city ?? DEFAULT_CITY,
    district: record?.district ?? '',
    salaryMin: number(record?.salaryMin),
    salaryMax: number(record?.salaryMax),
    negotiable: record?.negotiable ? 'yes' : '',
    minDegree: record?.minDegree ?? 'master',
    experienceYears: record ? String(record.experienceYears) : '3',
    headcount: record ? String(record.headcount) : '1',
    description: text(record?.description),
    descriptionEn: text(record?.descriptionEn),
    requirements: text(record?.requirements),
    requirementsEn: text(record?.requirementsEn),
    benefits: text(record?.benefits),
    languages: (record?.languages ?? []).join('\n'),
    expiresOn: record?.expiresOn ?? defaultExpiry(now)
  }
}

/** A typed whole number: blank → null; anything else as a number (NaN fails as "not a number"). */
export function numberOf(text: string): number | null {
  const trimmed = text.trim().replace(/[,，\s]/g, '')
  return trimmed === '' ? null : Number(trimmed)
}

function toInput(values: Values) {
  const negotiable = values.negotiable === 'yes'
  return {
    ...values,
    function: values.function || undefined,
    industry: values.industry || undefined,
    district: values.district || undefined,
    minDegree: values.minDegree || undefined,
    negotiable,
    // A negotiable salary is not shown, so none is sent.
    salaryMin: negotiable ? null : numberOf(values.salaryMin),
    salaryMax: negotiable ? null : numberOf(values.salaryMax),
    experienceYears: numberOf(values.experienceYears) ?? undefined,
    headcount: numberOf(values.headcount) ?? undefined,
    languages: languagesOf(values),
    expiresOn: values.expiresOn || null
  }
}

export type FormCheck = { ok: true; input: PositionInput } | { ok: false; errors: FieldErrors<Field> }

/**
 * Checks the whole form with the shared position schema, plus what only the server could otherwise say: the
 * closing date lies after today and at most 90 days ahead (a new position), and the salary range is in order.
 */
export function checkForm(values: Values, isNew: boolean, now: number = Date.now()): FormCheck {
  const empty = blankFields(values).filter((f) => !OPTIONAL.includes(f))
  const result = validateForm<typeof positionInputSchema, Field>(positionInputSchema, toInput(values), {
    empty,
    choices: CHOICES,
    formats: {
      expiresOn: 'recruit.form.expiryRange',
      salaryMax: 'recruit.form.salaryOrder',
      salaryMin: 'recruit.form.salaryNeeded'
    }
  })
  const errors: FieldErrors<Field> = result.ok ? {} : { ...result.errors }
  const min = numberOf(values.salaryMin)
  const max = numberOf(values.salaryMax)
  if (values.negotiable !== 'yes') {
    if (!errors.salaryMin && !errors.salaryMax && min === null && max === null)
      errors.salaryMin = { key: 'recruit.form.salaryNeeded' }
    if (!errors.salaryMin && !errors.salaryMax && min !== null && max !== null && min > max)
      errors.salaryMax = { key: 'recruit.form.salaryOrder' }
  }
  if (!errors.expiresOn && values.expiresOn && isNew) {
    if (values.expiresOn <= beijingToday(now) || values.expiresOn > latestExpiry(now))
      errors.expiresOn = { key: 'recruit.form.expiryRange' }
  }
  if (result.ok && Object.keys(errors).length === 0) return { ok: true, input: result.data }
  return { ok: false, errors }
}

/** Same content as the record holds (the save button has nothing to do). */
export function sameContent(values: Values, record: PositionRecord): boolean {
  const saved = valuesOf(record)
  return FIELDS.every((f) => saved[f] === values[f])
}
