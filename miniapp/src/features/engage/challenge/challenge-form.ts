import {
  challengeInputSchema,
  type ChallengeInput,
  type ChallengeRecord,
  type Industry,
  type Locale
} from '@ihaigui/shared'
import { beijingToday } from '@/features/discovery/policy-display'
import { blankFields, validateForm, type FieldErrors } from '@/forms/validation'

/** The form's text values: the field as its value ('' for none), budgets as typed (in the form's unit). */
export type Values = {
  title: string
  titleEn: string
  field: Industry | ''
  problem: string
  problemEn: string
  expectedOutcome: string
  expectedOutcomeEn: string
  budgetMin: string
  budgetMax: string
  deadline: string
}
export type Field = keyof Values

export const FIELDS: readonly Field[] = [
  'title',
  'titleEn',
  'field',
  'problem',
  'problemEn',
  'expectedOutcome',
  'expectedOutcomeEn',
  'budgetMin',
  'budgetMax',
  'deadline'
]
const OPTIONAL: readonly Field[] = ['titleEn', 'problemEn', 'expectedOutcomeEn', 'budgetMin', 'budgetMax']

/** Budgets are typed in 万元 in Chinese and in yuan in English; they are stored in yuan. */
export type BudgetUnit = 'wan' | 'yuan'
export const budgetUnitOf = (locale: Locale): BudgetUnit => (locale === 'en' ? 'yuan' : 'wan')
const YUAN_PER_WAN = 10_000

const DAY_MS = 24 * 60 * 60 * 1000
/** A challenge stays open at most this long (the server refuses a later deadline). */
export const DEADLINE_MAX_DAYS = 365
const DEADLINE_DEFAULT_DAYS = 60

export function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(isoDate) + days * DAY_MS).toISOString().slice(0, 10)
}
export const earliestDeadline = (now = Date.now()) => addDays(beijingToday(now), 1)
export const latestDeadline = (now = Date.now()) => addDays(beijingToday(now), DEADLINE_MAX_DAYS)

/** Yuan as the form shows it: "12.5" (万元) or "125000" (yuan). */
function budgetShown(yuan: number | null, unit: BudgetUnit): string {
  if (yuan === null) return ''
  if (unit === 'yuan') return String(yuan)
  return String(Math.round((yuan / YUAN_PER_WAN) * 10_000) / 10_000)
}

/** What was typed, in yuan: blank → null; not a number → NaN (fails the schema as "not a number"). */
export function budgetYuan(text: string, unit: BudgetUnit): number | null {
  const trimmed = text.trim().replace(/[,，\s]/g, '')
  if (trimmed === '') return null
  const n = Number(trimmed)
  if (Number.isNaN(n)) return Number.NaN
  return unit === 'wan' ? Math.round(n * YUAN_PER_WAN) : n
}

export function valuesOf(record: ChallengeRecord | undefined, unit: BudgetUnit, now = Date.now()): Values {
  const text = (v: string | null | undefined) => v ?? ''
  return {
    title: text(record?.title),
    titleEn: text(record?.titleEn),
    field: record?.field ?? '',
    problem: text(record?.problem),
    problemEn: text(record?.problemEn),
    expectedOutcome: text(record?.expectedOutcome),
    expectedOutcomeEn: text(record?.expectedOutcomeEn),
    budgetMin: budgetShown(record?.budgetMin ?? null, unit),
    budgetMax: budgetShown(record?.budgetMax ?? null, unit),
    deadline: record?.deadline ?? addDays(beijingToday(now), DEADLINE_DEFAULT_DAYS)
  }
}

export type FormCheck = { ok: true; input: ChallengeInput } | { ok: false; errors: FieldErrors<Field> }

/** Checks the form with the shared schema, plus the deadline window the server enforces. */
export function checkForm(values: Values, unit: BudgetUnit, now = Date.now()): FormCheck {
  const input = {
    ...values,
    field: values.field || undefined,
    budgetMin: budgetYuan(values.budgetMin, unit),
    budgetMax: budgetYuan(values.budgetMax, unit)
  }
  const result = validateForm<typeof challengeInputSchema, Field>(challengeInputSchema, input, {
    empty: blankFields(values).filter((f) => !OPTIONAL.includes(f)),
    choices: ['field'],
    formats: { budgetMax: 'orgChallenge.budgetOrder', deadline: 'orgChallenge.deadlineRange' }
  })
  const errors: FieldErrors<Field> = result.ok ? {} : { ...result.errors }
  if (
    !errors.deadline &&
    values.deadline &&
    (values.deadline < earliestDeadline(now) || values.deadline > latestDeadline(now))
  ) {
    errors.deadline = { key: 'orgChallenge.deadlineRange' }
  }
  if (result.ok && Object.keys(errors).length === 0) return { ok: true, input: result.data }
  return { ok: false, errors }
}

/** Same content as the record holds (the save button has nothing to do). */
export function sameContent(values: Values, record: ChallengeRecord, unit: BudgetUnit): boolean {
  const saved = valuesOf(record, unit)
  return FIELDS.every((f) => saved[f] === values[f])
}
