import {
  API,
  DEFAULT_PAGE_SIZE,
  type AskConsultation,
  type ConsultationCategory,
  type ConsultationDetail,
  type ConsultationStatus,
  type DeskAttachment,
  type Faq,
  type FaqInput,
  type RouteInput,
  type RouteOutput,
  type StaffQueueView
} from '@ihaigui/shared'
import { callApi, uploadApi, type DownloadedFile, type UploadFile } from '@/api/request'

/* 咨询 and FAQ: the asker's questions, the staff queue, the desk's settings and figures, and the FAQ entries. */

export type ConsultationPage = RouteOutput<typeof API.consultations.myList>
export type FaqPage = RouteOutput<typeof API.faqs.list>
export type QueueCounts = RouteOutput<typeof API.consultations.staffCounts>
export type DeskSettings = RouteOutput<typeof API.consultations.settings>
export type DeskStats = RouteOutput<typeof API.consultations.stats>
export type StaffReply = RouteInput<typeof API.consultations.staffReply>['body']
export type CategorySettingInput = RouteInput<typeof API.consultations.saveCategorySetting>['body']
export type CalendarDayInput = RouteInput<typeof API.consultations.saveCalendarDay>['body']

export function uploadDeskAttachment(file: UploadFile): Promise<DeskAttachment> {
  return uploadApi(API.consultations.uploadAttachment, { file })
}

export function downloadDeskAttachment(id: number): Promise<DownloadedFile> {
  return callApi(API.consultations.downloadAttachment, { params: { id } })
}

/** Asks a question; `idempotencyKey` is made once per form so a retried request does not ask twice. */
export function askConsultation(input: AskConsultation, idempotencyKey: string): Promise<ConsultationDetail> {
  return callApi(API.consultations.ask, { body: input }, { headers: { 'Idempotency-Key': idempotencyKey } })
}

export function fetchMyConsultations(
  status: ConsultationStatus | undefined,
  page = 1,
  pageSize = DEFAULT_PAGE_SIZE
): Promise<ConsultationPage> {
  return callApi(API.consultations.myList, { query: { status, page, pageSize } })
}

export function fetchConsultation(id: number): Promise<ConsultationDetail> {
  return callApi(API.consultations.detail, { params: { id } })
}

export function addInformation(id: number, body: string, attachmentIds: number[]): Promise<ConsultationDetail> {
  return callApi(API.consultations.addInformation, { params: { id }, body: { body, attachmentIds } })
}

export function rateConsultation(
  id: number,
  input: { resolved: boolean; score: number; comment: string }
): Promise<ConsultationDetail> {
  return callApi(API.consultations.rate, { params: { id }, body: input })
}

export function reopenConsultation(id: number, reason: string): Promise<ConsultationDetail> {
  return callApi(API.consultations.reopen, { params: { id }, body: { reason } })
}

export function fetchQueue(
  view: StaffQueueView,
  category: ConsultationCategory | undefined,
  page = 1,
  pageSize = DEFAULT_PAGE_SIZE
): Promise<ConsultationPage> {
  return callApi(API.consultations.staffList, { query: { view, category, page, pageSize } })
}

export function fetchQueueCounts(): Promise<QueueCounts> {
  return callApi(API.consultations.staffCounts, {})
}

export function staffReply(id: number, input: StaffReply): Promise<ConsultationDetail> {
  return callApi(API.consultations.staffReply, { params: { id }, body: input })
}

export function assignConsultation(id: number, assigneeId: number): Promise<ConsultationDetail> {
  return callApi(API.consultations.assign, { params: { id }, body: { assigneeId } })
}

export function resolveConsultation(id: number, body: string): Promise<ConsultationDetail> {
  return callApi(API.consultations.resolve, { params: { id }, body: { body } })
}

export function fetchAssignees(): Promise<{ items: { id: number; name: string }[] }> {
  return callApi(API.consultations.assignees, {})
}

export function fetchDeskSettings(): Promise<DeskSettings> {
  return callApi(API.consultations.settings, {})
}

export function saveCategorySetting(category: ConsultationCategory, input: CategorySettingInput) {
  return callApi(API.consultations.saveCategorySetting, { params: { category }, body: input })
}

export function fetchCalendar(year: number) {
  return callApi(API.consultations.calendar, { query: { year } })
}

export function saveCalendarDay(date: string, input: CalendarDayInput) {
  return callApi(API.consultations.saveCalendarDay, { params: { date }, body: input })
}

export function removeCalendarDay(date: string): Promise<void> {
  return callApi(API.consultations.removeCalendarDay, { params: { date } })
}

export function fetchDeskStats(from: string, to: string): Promise<DeskStats> {
  return callApi(API.consultations.stats, { query: { from, to } })
}

export function exportDeskStats(from: string, to: string): Promise<DownloadedFile> {
  return callApi(API.consultations.exportStats, { query: { from, to } })
}

export function fetchFaqs(
  category: ConsultationCategory | undefined,
  q: string | undefined,
  page = 1,
  pageSize = DEFAULT_PAGE_SIZE
): Promise<FaqPage> {
  return callApi(API.faqs.list, { query: { category, q: q || undefined, page, pageSize } })
}

export function suggestFaqs(q: string, category?: ConsultationCategory): Promise<{ items: Faq[] }> {
  return callApi(API.faqs.suggest, { query: { q, category } })
}

export function fetchFaq(id: number): Promise<Faq> {
  return callApi(API.faqs.detail, { params: { id } })
}

export function createFaq(input: FaqInput, idempotencyKey: string): Promise<Faq> {
  return callApi(API.faqs.create, { body: input }, { headers: { 'Idempotency-Key': idempotencyKey } })
}

export function updateFaq(id: number, input: FaqInput): Promise<Faq> {
  return callApi(API.faqs.update, { params: { id }, body: input })
}

export function removeFaq(id: number): Promise<void> {
  return callApi(API.faqs.remove, { params: { id } })
}
