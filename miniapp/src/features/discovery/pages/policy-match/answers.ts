import {
  DEGREES,
  DEGREE_LABELS,
  DISTRICTS,
  DISTRICT_LABELS,
  INDUSTRIES,
  INDUSTRY_LABELS,
  INTENTS,
  INTENT_LABELS,
  MATCH_ANSWER_KEYS,
  type Bilingual,
  type MatchAnswerKey,
  type MatchAnswers
} from '@ihaigui/shared'
import type { MessageKey } from '@/i18n/messages'

/** "Not sure": an answer given on purpose that leaves the question unknown to the matcher. */
export const UNSURE = '?'

/**
 * The questionnaire as the form holds it: one text per question (an option's value, the typed number, UNSURE, or
 * '' while unanswered).
 */
export type Draft = Record<MatchAnswerKey, string>

export type ChoiceOption = { value: string; label: Bilingual } | { value: string; message: MessageKey }

export type Question =
  | { key: MatchAnswerKey; kind: 'choice'; options: ChoiceOption[] }
  | { key: MatchAnswerKey; kind: 'number'; unit: MessageKey; placeholder: MessageKey }

const YES_NO: ChoiceOption[] = [
  { value: 'yes', message: 'matcher.yes' },
  { value: 'no', message: 'matcher.no' }
]

function enumOptions<V extends string>(values: readonly V[], labels: Record<V, Bilingual>): ChoiceOption[] {
  return values.map((value) => ({ value, label: labels[value] }))
}

const QUESTION_BY_KEY: Record<MatchAnswerKey, Question> = {
  degree: { key: 'degree', kind: 'choice', options: enumOptions(DEGREES, DEGREE_LABELS) },
  studiedAbroad: { key: 'studiedAbroad', kind: 'choice', options: YES_NO },
  foreignNational: { key: 'foreignNational', kind: 'choice', options: YES_NO },
  chineseUniversityDegree: { key: 'chineseUniversityDegree', kind: 'choice', options: YES_NO },
  yearsAbroad: {
    key: 'yearsAbroad',
    kind: 'number',
    unit: 'matcher.unitYears',
    placeholder: 'matcher.placeholderYears'
  },
  age: { key: 'age', kind: 'number', unit: 'matcher.unitAge', placeholder: 'matcher.placeholderAge' },
  returnYear: {
    key: 'returnYear',
    kind: 'number',
    unit: 'matcher.unitYear',
    placeholder: 'matcher.placeholderReturnYear'
  },
  graduationYear: {
    key: 'graduationYear',
    kind: 'number',
    unit: 'matcher.unitYear',
    placeholder: 'matcher.placeholderGraduationYear'
  },
  intent: { key: 'intent', kind: 'choice', options: enumOptions(INTENTS, INTENT_LABELS) },
  industry: { key: 'industry', kind: 'choice', options: enumOptions(INDUSTRIES, INDUSTRY_LABELS) },
  district: { key: 'district', kind: 'choice', options: enumOptions(DISTRICTS, DISTRICT_LABELS) }
}

/** The questions in the order the matcher's contract asks them. */
export const QUESTIONS: Question[] = MATCH_ANSWER_KEYS.map((key) => QUESTION_BY_KEY[key])

/** A short explanation under each question. */
export const QUESTION_HINTS: Record<MatchAnswerKey, MessageKey> = {
  degree: 'matcher.hintDegree',
  studiedAbroad: 'matcher.hintStudiedAbroad',
  foreignNational: 'matcher.hintForeignNational',
  chineseUniversityDegree: 'matcher.hintChineseUniversityDegree',
  yearsAbroad: 'matcher.hintYearsAbroad',
  age: 'matcher.hintAge',
  returnYear: 'matcher.hintReturnYear',
  graduationYear: 'matcher.hintGraduationYear',
  intent: 'matcher.hintIntent',
  industry: 'matcher.hintIndustry',
  district: 'matcher.hintDistrict'
}

const BOOLEAN_KEYS: readonly MatchAnswerKey[] = ['studiedAbroad', 'foreignNational', 'chineseUniversityDegree']
const NUMBER_KEYS: readonly MatchAnswerKey[] = ['yearsAbroad', 'age', 'returnYear', 'graduationYear']

export function emptyDraft(): Draft {
  return Object.fromEntries(MATCH_ANSWER_KEYS.map((key) => [key, ''])) as Draft
}

export function isAnswered(value: string): boolean {
  return value.trim() !== ''
}

/**
 * The draft as the matcher's input (before validation: a typed number may still be out of range). Unanswered and
 * "not sure" both go as null.
 */
export function draftToAnswers(draft: Draft): Record<MatchAnswerKey, unknown> {
  const out = {} as Record<MatchAnswerKey, unknown>
  for (const key of MATCH_ANSWER_KEYS) {
    const raw = draft[key].trim()
    if (raw === '' || raw === UNSURE) out[key] = null
    else if (BOOLEAN_KEYS.includes(key)) out[key] = raw === 'yes'
    else if (NUMBER_KEYS.includes(key)) out[key] = /^\d+$/.test(raw) ? Number(raw) : raw
    else out[key] = raw
  }
  return out
}

/** Known answers (a saved profile's) as draft texts; what they leave open stays unanswered. */
export function answersToDraft(
  answers: MatchAnswers,
  base: Draft = emptyDraft()
): { draft: Draft; filled: MatchAnswerKey[] } {
  const draft = { ...base }
  const filled: MatchAnswerKey[] = []
  for (const key of MATCH_ANSWER_KEYS) {
    const value = answers[key]
    if (value === null || value === undefined) continue
    draft[key] = typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value)
    filled.push(key)
  }
  return { draft, filled }
}
