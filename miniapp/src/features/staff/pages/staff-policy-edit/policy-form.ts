import {
  TARGET_GROUPS,
  policyInputSchema,
  type AmountPeriod,
  type Criterion,
  type PolicyCategory,
  type PolicyInput,
  type PolicyRecord,
  type Region,
  type TargetGroup
} from '@ihaigui/shared'
import { blankFields, validateForm, type FieldErrors } from '@/forms/validation'
import { beijingToday } from '@/features/discovery/policy-display'
import { checkDraft, draftOf, type CriterionDraft } from './criteria-draft'

/** The editor's text values (choices as their value, '' for none; target groups comma-separated; amounts as typed). */
export type Values = {
  title: string
  titleEn: string
  issuer: string
  issuerEn: string
  region: Region | ''
  category: PolicyCategory | ''
  targetGroups: string
  amountMin: string
  amountMax: string
  amountPeriod: AmountPeriod
  validFrom: string
  validTo: string
  sourceUrl: string
  summary: string
  summaryEn: string
  body: string
  bodyEn: string
  howToApply: string
  howToApplyEn: string
  contact: string
}
export type Field = keyof Values
/** Fields with a place for an error: the form's own plus the criteria list. */
export type ErrorField = Field | 'criteria'

export const FIELDS: readonly ErrorField[] = [
  'title',
  'titleEn',
  'issuer',
  'issuerEn',
  'region',
  'category',
  'targetGroups',
  'amountMin',
  'amountMax',
  'amountPeriod',
  'validFrom',
  'validTo',
  'sourceUrl',
  'summary',
  'summaryEn',
  'body',
  'bodyEn',
  'howToApply',
  'howToApplyEn',
  'contact',
  'criteria'
]
const OPTIONAL: readonly Field[] = [
  'titleEn',
  'issuerEn',
  'amountMin',
  'amountMax',
  'validTo',
  'sourceUrl',
  'summaryEn',
  'bodyEn',
  'howToApplyEn',
  'contact'
]

export function targetGroupsOf(values: Values): TargetGroup[] {
  const chosen = values.targetGroups.split(',')
  return TARGET_GROUPS.filter((g) => chosen.includes(g))
}

export function valuesOf(record: PolicyRecord | undefined): Values {
  const text = (v: string | null | undefined) => v ?? ''
  return {
    title: text(record?.title),
    titleEn: text(record?.titleEn),
    issuer: text(record?.issuer),
    issuerEn: text(record?.issuerEn),
    // Most policies the center enters are the city's own.
    region: record?.region ?? 'citywide',
    category: record?.category ?? '',
    targetGroups: record ? record.targetGroups.join(',') : 'returnee',
    amountMin: record?.amountMin != null ? String(record.amountMin) : '',
    amountMax: record?.amountMax != null ? String(record.amountMax) : '',
    amountPeriod: record?.amountPeriod ?? 'once',
    validFrom: record?.validFrom ?? beijingToday(),
    validTo: text(record?.validTo),
    sourceUrl: text(record?.sourceUrl),
    summary: text(record?.summary),
    summaryEn: text(record?.summaryEn),
    body: text(record?.body),
    bodyEn: text(record?.bodyEn),
    howToApply: text(record?.howToApply),
    howToApplyEn: text(record?.howToApplyEn),
    contact: text(record?.contact)
  }
}

export function draftsOf(record: PolicyRecord | undefined): CriterionDraft[] {
  return (record?.criteria ?? []).map((view) => draftOf(view.criterion))
}

/** A typed amount as the schema's number: blank → null; anything else as a number (NaN fails as "not a number"). */
export function amountOf(text: string): number | null {
  const trimmed = text.trim().replace(/[,，\s]/g, '')
  return trimmed === '' ? null : Number(trimmed)
}

function toInput(values: Values, criteria: Criterion[]) {
  return {
    ...values,
    region: values.region || undefined,
    category: values.category || undefined,
    targetGroups: targetGroupsOf(values),
    amountMin: amountOf(values.amountMin),
    amountMax: amountOf(values.amountMax),
    validTo: values.validTo || null,
    sourceUrl: values.sourceUrl.trim() || null,
    criteria
  }
}

export type FormCheck =
  { ok: true; input: PolicyInput } | { ok: false; errors: FieldErrors<ErrorField>; criteriaErrors: boolean }

/** Checks the whole form with the shared policy schema; incomplete criteria fail it first. */
export function checkForm(values: Values, drafts: readonly CriterionDraft[]): FormCheck {
  const criteria: Criterion[] = []
  let criteriaErrors = false
  for (const draft of drafts) {
    const check = checkDraft(draft)
    if (check.ok) criteria.push(check.criterion)
    else criteriaErrors = true
  }
  const empty = blankFields(values).filter((f) => !OPTIONAL.includes(f))
  const result = validateForm<typeof policyInputSchema, ErrorField>(policyInputSchema, toInput(values, criteria), {
    empty,
    choices: ['region', 'category', 'targetGroups', 'amountPeriod'],
    formats: { sourceUrl: 'sp.form.url', validTo: 'sp.form.dateOrder', amountMax: 'sp.form.amountOrder' }
  })
  if (result.ok && !criteriaErrors) return { ok: true, input: result.data }
  return { ok: false, errors: result.ok ? {} : withOrderErrors(result.errors, values), criteriaErrors }
}

/**
 * The schema checks the order of the amounts and of the dates only once every field is valid; say it at the same
 * time as the other problems, so one round of corrections is enough.
 */
function withOrderErrors(errors: FieldErrors<ErrorField>, values: Values): FieldErrors<ErrorField> {
  const min = amountOf(values.amountMin)
  const max = amountOf(values.amountMax)
  const next = { ...errors }
  if (!next.amountMax && !next.amountMin && min !== null && max !== null && min > max)
    next.amountMax = { key: 'sp.form.amountOrder' }
  if (!next.validTo && !next.validFrom && values.validTo && values.validTo < values.validFrom)
    next.validTo = { key: 'sp.form.dateOrder' }
  return next
}

/** Same content as the record holds (the save button has nothing to do). */
export function sameContent(values: Values, drafts: readonly CriterionDraft[], record: PolicyRecord): boolean {
  const saved = valuesOf(record)
  const fieldsSame = (Object.keys(saved) as Field[]).every((f) => saved[f] === values[f])
  return fieldsSame && JSON.stringify(drafts) === JSON.stringify(draftsOf(record))
}
