import type { MatchAnswers } from '@ihaigui/shared'
import type { MessageKey } from '@/i18n'

export interface SampleProfile {
  id: string
  label: MessageKey
  /** Answers as of `currentYear` (years of return and graduation are relative to it). */
  answers: (currentYear: number) => MatchAnswers
}

/** People the service center meets every week, to try a policy's criteria on before publishing it. */
export const SAMPLE_PROFILES: readonly SampleProfile[] = [
  {
    id: 'phd-returnee',
    label: 'sp.sample.phdReturnee',
    answers: (year) => ({
      degree: 'phd',
      studiedAbroad: true,
      foreignNational: false,
      chineseUniversityDegree: true,
      yearsAbroad: 6,
      age: 37,
      returnYear: year - 2,
      graduationYear: year - 3,
      intent: 'startup',
      industry: 'smart_manufacturing',
      district: 'jimei'
    })
  },
  {
    id: 'foreign-graduate',
    label: 'sp.sample.foreignGraduate',
    answers: (year) => ({
      degree: 'master',
      studiedAbroad: false,
      foreignNational: true,
      chineseUniversityDegree: true,
      yearsAbroad: null,
      age: 26,
      returnYear: year - 3,
      graduationYear: year,
      intent: 'job',
      industry: 'ai',
      district: 'siming'
    })
  },
  {
    id: 'master-returnee',
    label: 'sp.sample.masterReturnee',
    answers: (year) => ({
      degree: 'master',
      studiedAbroad: true,
      foreignNational: false,
      chineseUniversityDegree: true,
      yearsAbroad: 2,
      age: 29,
      returnYear: year,
      graduationYear: year - 1,
      intent: 'job',
      industry: 'next_gen_it',
      district: 'huli'
    })
  },
  {
    id: 'unknown',
    label: 'sp.sample.unknown',
    answers: () => ({})
  }
]
