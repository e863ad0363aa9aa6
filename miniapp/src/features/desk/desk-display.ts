import {
  CONSULTATION_CATEGORIES,
  CONSULTATION_SUBJECT_TYPES,
  type ConsultationCategory,
  type ConsultationDetail,
  type ConsultationSubjectType,
  type PolicyCategory
} from '@ihaigui/shared'

/* Pure helpers of the service desk pages (evaluated on Node by the mini-app tests too). */

/** A key for one form's submission, sent again unchanged on a retry so the server keeps one record. */
export function newIdempotencyKey(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}-${Math.random().toString(36).slice(2, 12)}`
}

/** The service-desk category closest to a policy's category (what "Ask about this" suggests). */
const POLICY_TO_DESK: Record<PolicyCategory, ConsultationCategory> = {
  startup_funding: 'startup_finance',
  talent_recognition: 'talent_policy',
  housing: 'housing',
  research_funding: 'talent_policy',
  visa_residence: 'visa',
  education: 'schooling',
  healthcare: 'talent_policy',
  tax: 'talent_policy',
  employment: 'talent_policy'
}

/**
 * The category to suggest for a question about a policy: a work-permit guide is about work permits even though
 * its policy category is visa & residence.
 */
export function deskCategoryForPolicy(category: PolicyCategory, title = ''): ConsultationCategory {
  if (category === 'visa_residence' && /工作许可|work permit/i.test(title)) return 'work_permit'
  return POLICY_TO_DESK[category]
}

/** Whether a page parameter names a desk category. */
export function isConsultationCategory(value: string | undefined): value is ConsultationCategory {
  return value !== undefined && (CONSULTATION_CATEGORIES as readonly string[]).includes(value)
}

export interface AboutRef {
  type: ConsultationSubjectType
  id: number
}

/** What a question is about, from the ask page's parameters (`aboutType`, `aboutId`); null when absent or bad. */
export function aboutFromParams(params: Record<string, string | undefined>): AboutRef | null {
  const type = params.aboutType
  const id = Number(params.aboutId)
  if (!type || !(CONSULTATION_SUBJECT_TYPES as readonly string[]).includes(type)) return null
  if (!Number.isInteger(id) || id <= 0) return null
  return { type: type as ConsultationSubjectType, id }
}

/** A text page parameter as written (some routers hand it over still percent-encoded). */
export function paramText(raw: string | undefined): string {
  if (!raw) return ''
  try {
    return decodeURIComponent(raw)
  } catch {
    return raw
  }
}

/** Shortest question text worth asking FAQ suggestions for. */
export const SUGGEST_MIN_CHARS = 4
/** Wait after the last keystroke before asking for suggestions. */
export const SUGGEST_DELAY_MS = 400

/** The text to ask FAQ suggestions for: subject and question together, or null while too short. */
export function suggestionQuery(subject: string, body: string): string | null {
  const text = `${subject.trim()} ${body.trim()}`.trim().replace(/\s+/g, ' ')
  if (text.length < SUGGEST_MIN_CHARS) return null
  return text.slice(0, 300)
}

/**
 * Calls `run` with the last value given to `push`, once no new value came for `delayMs`. `cancel` drops a pending
 * call (the page closes). Timers are injectable for tests.
 */
export function createDebouncer<T>(
  run: (value: T) => void,
  delayMs: number,
  timers: { set: (fn: () => void, ms: number) => unknown; clear: (handle: unknown) => void } = {
    set: (fn, ms) => setTimeout(fn, ms),
    clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>)
  }
) {
  let handle: unknown = null
  return {
    push(value: T) {
      if (handle !== null) timers.clear(handle)
      handle = timers.set(() => {
        handle = null
        run(value)
      }, delayMs)
    },
    cancel() {
      if (handle !== null) timers.clear(handle)
      handle = null
    }
  }
}

/** Hours as a short figure ("3.5"), or null. */
export function hoursText(hours: number | null): string | null {
  if (hours === null) return null
  return hours >= 10 ? String(Math.round(hours)) : String(Math.round(hours * 10) / 10)
}

/** A share 0–1 as a whole percentage, or null. */
export function percentText(share: number | null): string | null {
  return share === null ? null : `${Math.round(share * 100)}%`
}

/** The fields of the FAQ editor. */
export type FaqDraft = Record<'category' | 'question' | 'questionEn' | 'answer' | 'answerEn', string>

/** A draft from a resolved consultation: its subject and last answer, in the language they were written in (to be rewritten). */
export function draftFromConsultation(c: ConsultationDetail): FaqDraft {
  const answer = [...c.messages].reverse().find((m) => m.author === 'staff' && !m.internal)?.body ?? ''
  const question = c.subject.trim()
  const en = c.answerLocale === 'en'
  return {
    category: c.category,
    question: en ? '' : question,
    questionEn: en ? question : '',
    answer: en ? '' : answer,
    answerEn: en ? answer : ''
  }
}

/**
 * What stops a reply from being sent, as a dictionary key: nothing written, or an attachment still uploading; null
 * when it can go.
 */
export function replyProblem(
  body: string,
  files: ReadonlyArray<{ state: 'uploading' | 'done' | 'failed' }>
): 'desk.reply.empty' | 'desk.ask.waitUploads' | null {
  if (body.trim() === '') return 'desk.reply.empty'
  if (files.some((f) => f.state === 'uploading')) return 'desk.ask.waitUploads'
  return null
}
