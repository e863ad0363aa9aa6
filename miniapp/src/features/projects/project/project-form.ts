import {
  PROJECT_SEEKS,
  projectInputSchema,
  type Degree,
  type Industry,
  type OriginRegion,
  type ProjectInput,
  type ProjectRecord,
  type ProjectSeek,
  type ProjectStage,
  type ProjectVisibility
} from '@ihaigui/shared'
import { yuanValue } from '@/features/projects/amount'
import { blankFields, validateForm, type FieldErrors } from '@/forms/validation'

/** The form's text values: choices as their value ('' for none), numbers as typed, the seeks comma-separated. */
export type Values = {
  name: string
  nameEn: string
  field: Industry | ''
  originRegion: OriginRegion | ''
  teamSize: string
  leaderDegree: Degree | ''
  stage: ProjectStage | ''
  /** Yuan as text ('' when not raising): see components/projects/amount.ts. */
  financingNeed: string
  seeks: string
  summary: string
  summaryEn: string
  details: string
  detailsEn: string
  contact: string
  visibility: ProjectVisibility
  /** The event's id as text, '' for none. */
  eventId: string
}
export type Field = keyof Values

export const FIELDS: readonly Field[] = [
  'name',
  'nameEn',
  'field',
  'originRegion',
  'teamSize',
  'leaderDegree',
  'stage',
  'financingNeed',
  'seeks',
  'summary',
  'summaryEn',
  'details',
  'detailsEn',
  'contact',
  'visibility',
  'eventId'
]

const OPTIONAL: readonly Field[] = ['nameEn', 'financingNeed', 'summaryEn', 'detailsEn', 'eventId']
const CHOICES: readonly Field[] = ['field', 'originRegion', 'leaderDegree', 'stage', 'seeks', 'visibility']
/** The schema's limit on the financing need (the message names it in each language). */
const FINANCING_MAX = 2_000_000_000

export function seeksOf(values: Values): ProjectSeek[] {
  const chosen = values.seeks.split(',')
  return PROJECT_SEEKS.filter((s) => chosen.includes(s))
}

export function valuesOf(record: ProjectRecord | undefined): Values {
  const text = (v: string | null | undefined) => v ?? ''
  return {
    name: text(record?.name),
    nameEn: text(record?.nameEn),
    field: record?.field ?? '',
    originRegion: record?.originRegion ?? '',
    teamSize: record ? String(record.teamSize) : '',
    leaderDegree: record?.leaderDegree ?? '',
    stage: record?.stage ?? '',
    financingNeed:
      record?.financingNeed === null || record?.financingNeed === undefined ? '' : String(record.financingNeed),
    seeks: (record?.seeks ?? []).join(','),
    summary: text(record?.summary),
    summaryEn: text(record?.summaryEn),
    details: text(record?.private?.details),
    detailsEn: text(record?.private?.detailsEn),
    contact: text(record?.private?.contact),
    visibility: record?.visibility ?? 'public',
    eventId: record?.event ? String(record.event.id) : ''
  }
}

function wholeNumber(text: string): number | undefined {
  const trimmed = text.trim()
  return trimmed === '' ? undefined : /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN
}

function toInput(values: Values) {
  return {
    ...values,
    field: values.field || undefined,
    originRegion: values.originRegion || undefined,
    leaderDegree: values.leaderDegree || undefined,
    stage: values.stage || undefined,
    teamSize: wholeNumber(values.teamSize),
    financingNeed: yuanValue(values.financingNeed),
    seeks: seeksOf(values),
    eventId: values.eventId ? Number(values.eventId) : null
  }
}

export type FormCheck = { ok: true; input: ProjectInput } | { ok: false; errors: FieldErrors<Field> }

/** Checks the whole form with the shared project schema; messages in the UI language. */
export function checkForm(values: Values): FormCheck {
  const empty = blankFields(values).filter((f) => !OPTIONAL.includes(f))
  const result = validateForm<typeof projectInputSchema, Field>(projectInputSchema, toInput(values), {
    empty,
    choices: CHOICES
  })
  const errors: FieldErrors<Field> = result.ok ? {} : { ...result.errors }
  const financing = yuanValue(values.financingNeed)
  if (financing !== null && financing > FINANCING_MAX) errors.financingNeed = { key: 'pj.form.financingTooBig' }
  if (result.ok && Object.keys(errors).length === 0) return { ok: true, input: result.data }
  return { ok: false, errors }
}

/** Same content as the record holds (nothing to save). */
export function sameContent(values: Values, record: ProjectRecord): boolean {
  const saved = valuesOf(record)
  return FIELDS.every((f) => saved[f] === values[f])
}
