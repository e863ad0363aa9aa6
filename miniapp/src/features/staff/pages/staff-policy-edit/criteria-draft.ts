import {
  CRITERION_KINDS,
  criterionSchema,
  type Criterion,
  type CriterionKind,
  type District,
  type Industry,
  type OverseasBackground
} from '@ihaigui/shared'
import type { FieldErrors } from '@/forms/validation'
import { validateForm } from '@/forms/validation'

type CriterionOf<K extends CriterionKind> = Extract<Criterion, { kind: K }>
export type DegreeRequirement = CriterionOf<'degreeAtLeast'>['degree']
export type IntentRequirement = CriterionOf<'intent'>['intent']
/** Kinds whose rule is a number of years (or an age). */
export type YearsKind = Extract<Criterion, { years: number }>['kind']

/**
 * One criterion while staff edit it: every kind's settings side by side (only the kind's own are sent), the number
 * of years as typed, notes possibly blank. Switching nothing on the way keeps what was typed.
 */
export interface CriterionDraft {
  kind: CriterionKind
  degree: DegreeRequirement
  accepts: OverseasBackground[]
  years: string
  intent: IntentRequirement
  industries: Industry[]
  districts: District[]
  noteZh: string
  noteEn: string
}

export type DraftField = 'degree' | 'accepts' | 'years' | 'intent' | 'industries' | 'districts' | 'noteZh' | 'noteEn'
export type DraftErrors = FieldErrors<DraftField>

const YEARS_KINDS: readonly CriterionKind[] = [
  'yearsAbroadAtLeast',
  'ageAtMost',
  'returnedWithinYears',
  'graduatedWithinYears'
]

export function isYearsKind(kind: CriterionKind): kind is YearsKind {
  return YEARS_KINDS.includes(kind)
}

/** Bounds of a years rule, read from the shared schema. */
export function yearsBounds(kind: YearsKind): { min: number; max: number } {
  const option = criterionSchema.options.find((o) => o.shape.kind.value === kind)
  const years = option && 'years' in option.shape ? option.shape.years : undefined
  return { min: years?.minValue ?? 0, max: years?.maxValue ?? 99 }
}

/** Starting values of a new criterion: the most common wording of the city's policies. */
const DEFAULT_YEARS: Record<YearsKind, number> = {
  yearsAbroadAtLeast: 1,
  ageAtMost: 45,
  returnedWithinYears: 5,
  graduatedWithinYears: 2
}

export function newDraft(kind: CriterionKind): CriterionDraft {
  return {
    kind,
    degree: 'master',
    accepts: ['studied_abroad'],
    years: isYearsKind(kind) ? String(DEFAULT_YEARS[kind]) : '',
    intent: 'startup',
    industries: [],
    districts: [],
    noteZh: '',
    noteEn: ''
  }
}

/** A stored criterion as an editable draft. */
export function draftOf(criterion: Criterion): CriterionDraft {
  const draft = newDraft(criterion.kind)
  draft.noteZh = criterion.noteZh ?? ''
  draft.noteEn = criterion.noteEn ?? ''
  switch (criterion.kind) {
    case 'degreeAtLeast':
      return { ...draft, degree: criterion.degree }
    case 'overseasBackground':
      return { ...draft, accepts: [...criterion.accepts] }
    case 'yearsAbroadAtLeast':
    case 'ageAtMost':
    case 'returnedWithinYears':
    case 'graduatedWithinYears':
      return { ...draft, years: String(criterion.years) }
    case 'intent':
      return { ...draft, intent: criterion.intent }
    case 'industryIn':
      return { ...draft, industries: [...criterion.industries] }
    case 'districtIn':
      return { ...draft, districts: [...criterion.districts] }
    case 'chineseUniversityDegree':
      return draft
  }
}

/** The draft in the shape of criterionSchema (not yet checked): the kind's own settings, notes only when written. */
function rawCriterion(draft: CriterionDraft): Record<string, unknown> {
  const notes = {
    ...(draft.noteZh.trim() ? { noteZh: draft.noteZh } : {}),
    ...(draft.noteEn.trim() ? { noteEn: draft.noteEn } : {})
  }
  const years = draft.years.trim() === '' ? undefined : Number(draft.years)
  switch (draft.kind) {
    case 'degreeAtLeast':
      return { kind: draft.kind, degree: draft.degree, ...notes }
    case 'overseasBackground':
      return { kind: draft.kind, accepts: draft.accepts, ...notes }
    case 'yearsAbroadAtLeast':
    case 'ageAtMost':
    case 'returnedWithinYears':
    case 'graduatedWithinYears':
      return { kind: draft.kind, years, ...notes }
    case 'intent':
      return { kind: draft.kind, intent: draft.intent, ...notes }
    case 'industryIn':
      return { kind: draft.kind, industries: draft.industries, ...notes }
    case 'districtIn':
      return { kind: draft.kind, districts: draft.districts, ...notes }
    case 'chineseUniversityDegree':
      return { kind: draft.kind, ...notes }
  }
}

export type DraftCheck = { ok: true; criterion: Criterion } | { ok: false; errors: DraftErrors }

/** Checks a draft against the shared criterion schema; the errors name the draft's own fields. */
export function checkDraft(draft: CriterionDraft): DraftCheck {
  const empty: DraftField[] = []
  if (draft.years.trim() === '') empty.push('years')
  if (draft.accepts.length === 0) empty.push('accepts')
  if (draft.industries.length === 0) empty.push('industries')
  if (draft.districts.length === 0) empty.push('districts')
  const result = validateForm<typeof criterionSchema, DraftField>(criterionSchema, rawCriterion(draft), {
    empty,
    choices: ['accepts', 'industries', 'districts']
  })
  return result.ok ? { ok: true, criterion: result.data } : { ok: false, errors: result.errors }
}

/** Kinds a policy does not have yet (each kind at most once), in the schema's order. */
export function availableKinds(drafts: readonly CriterionDraft[]): CriterionKind[] {
  return CRITERION_KINDS.filter((kind) => !drafts.some((d) => d.kind === kind))
}

/** The drafts that are complete, as criteria, in order. */
export function completeCriteria(drafts: readonly CriterionDraft[]): Criterion[] {
  return drafts.flatMap((draft) => {
    const check = checkDraft(draft)
    return check.ok ? [check.criterion] : []
  })
}
