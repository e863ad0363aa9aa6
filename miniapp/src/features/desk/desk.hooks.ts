import { useEffect, useMemo, useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import {
  hasNextPage,
  type AskConsultation,
  type ConsultationCategory,
  type ConsultationDetail,
  type ConsultationStatus,
  type FaqInput,
  type StaffQueueView
} from '@ihaigui/shared'
import { ApiRequestError } from '@/api/errors'
import { parseIdParam } from '@/api/id-param'
import { queryKeys } from '@/api/query-keys'
import { useUserId } from '@/features/account/session.hooks'
import { getLocale } from '@/i18n/store'
import { useLiveFrames, useLiveReconnected, usePollWhileOffline } from '@/live/live'
import {
  addInformation,
  askConsultation,
  assignConsultation,
  createFaq,
  fetchAssignees,
  fetchCalendar,
  fetchConsultation,
  fetchDeskSettings,
  fetchDeskStats,
  fetchFaq,
  fetchFaqs,
  fetchMyConsultations,
  fetchQueue,
  fetchQueueCounts,
  rateConsultation,
  removeCalendarDay,
  reopenConsultation,
  resolveConsultation,
  saveCalendarDay,
  saveCategorySetting,
  staffReply,
  removeFaq,
  suggestFaqs,
  updateFaq,
  type CalendarDayInput,
  type CategorySettingInput,
  type StaffReply
} from './desk.api'
import { createDebouncer, SUGGEST_DELAY_MS } from './desk-display'

export const DESK_PAGE_SIZE = 10

/**
 * Consultations are the signed-in user's own data (as asker or as staff): under `['user', id, 'desk', …]`. FAQ
 * entries are public: under `['faqs', …]`.
 */
export const deskKeys = {
  all: (userId: number) => [...queryKeys.user.of(userId), 'desk'] as const,
  mine: (userId: number, status?: ConsultationStatus) => [...deskKeys.all(userId), 'mine', status ?? 'all'] as const,
  detail: (userId: number, id: number) => [...deskKeys.all(userId), 'detail', id] as const,
  queue: (userId: number, view: StaffQueueView, category?: ConsultationCategory) =>
    [...deskKeys.all(userId), 'queue', view, category ?? 'all'] as const,
  counts: (userId: number) => [...deskKeys.all(userId), 'counts'] as const,
  assignees: (userId: number) => [...deskKeys.all(userId), 'assignees'] as const,
  settings: (userId: number) => [...deskKeys.all(userId), 'settings'] as const,
  calendar: (userId: number, year: number) => [...deskKeys.all(userId), 'calendar', year] as const,
  stats: (userId: number, from: string, to: string) => [...deskKeys.all(userId), 'stats', from, to] as const
}
export const faqKeys = {
  all: ['faqs'] as const,
  list: (category?: ConsultationCategory, q?: string) => [...faqKeys.all, 'list', category ?? 'all', q ?? ''] as const,
  suggest: (q: string, category?: ConsultationCategory) => [...faqKeys.all, 'suggest', category ?? 'all', q] as const,
  detail: (id: number) => [...faqKeys.all, 'detail', id] as const
}

export function useMyConsultations(status?: ConsultationStatus) {
  const userId = useUserId()
  return useInfiniteQuery({
    queryKey: deskKeys.mine(userId ?? 0, status),
    queryFn: ({ pageParam }) => fetchMyConsultations(status, pageParam, DESK_PAGE_SIZE),
    enabled: userId !== undefined,
    staleTime: 0,
    initialPageParam: 1,
    getNextPageParam: (last) => (hasNextPage(last) ? last.page + 1 : undefined)
  })
}

/**
 * One consultation, asked again when the live socket says it changed, when the socket is back after being away,
 * every few seconds while there is no socket, and whenever the page shows again: a reply appears without reloading.
 */
export function useConsultation(rawId: string | undefined) {
  const userId = useUserId()
  const id = parseIdParam(rawId)
  const query = useQuery({
    queryKey: deskKeys.detail(userId ?? 0, id ?? 0),
    queryFn: () => {
      if (id === undefined)
        throw new ApiRequestError({ status: 404, code: 'CONSULTATION_NOT_FOUND', locale: getLocale() })
      return fetchConsultation(id)
    },
    enabled: userId !== undefined,
    staleTime: 0
  })
  const { refetch } = query
  const loaded = query.data !== undefined
  useLiveFrames('consultation', (frame) => {
    if (frame.consultationId === id) void refetch()
  })
  useLiveReconnected(() => {
    if (loaded) void refetch()
  })
  usePollWhileOffline(() => void refetch(), loaded)
  useDidShow(() => {
    if (loaded) void refetch()
  })
  return query
}

/** After a change to one consultation: its page shows the answer at once, lists and counts ask again. */
function useStoreConsultation() {
  const queryClient = useQueryClient()
  const userId = useUserId()
  return (detail: ConsultationDetail) => {
    if (userId === undefined) return
    queryClient.setQueryData(deskKeys.detail(userId, detail.id), detail)
    void queryClient.invalidateQueries({
      queryKey: deskKeys.all(userId),
      predicate: (q) => q.queryKey[3] !== 'detail'
    })
  }
}

export function useAsk() {
  const store = useStoreConsultation()
  return useMutation({
    mutationFn: ({ input, idempotencyKey }: { input: AskConsultation; idempotencyKey: string }) =>
      askConsultation(input, idempotencyKey),
    onSuccess: store
  })
}

export function useAddInformation(id: number) {
  const store = useStoreConsultation()
  return useMutation({
    mutationFn: ({ body, attachmentIds }: { body: string; attachmentIds: number[] }) =>
      addInformation(id, body, attachmentIds),
    onSuccess: store
  })
}

export function useRate(id: number) {
  const store = useStoreConsultation()
  return useMutation({
    mutationFn: (input: { resolved: boolean; score: number; comment: string }) => rateConsultation(id, input),
    onSuccess: store
  })
}

export function useReopen(id: number) {
  const store = useStoreConsultation()
  return useMutation({ mutationFn: (reason: string) => reopenConsultation(id, reason), onSuccess: store })
}

export function useQueue(view: StaffQueueView, category?: ConsultationCategory) {
  const userId = useUserId()
  return useInfiniteQuery({
    queryKey: deskKeys.queue(userId ?? 0, view, category),
    queryFn: ({ pageParam }) => fetchQueue(view, category, pageParam, DESK_PAGE_SIZE),
    enabled: userId !== undefined,
    staleTime: 0,
    initialPageParam: 1,
    getNextPageParam: (last) => (hasNextPage(last) ? last.page + 1 : undefined)
  })
}

export function useQueueCounts(enabled = true) {
  const userId = useUserId()
  return useQuery({
    queryKey: deskKeys.counts(userId ?? 0),
    queryFn: fetchQueueCounts,
    enabled: enabled && userId !== undefined,
    staleTime: 0
  })
}

export function useStaffReply(id: number) {
  const store = useStoreConsultation()
  return useMutation({ mutationFn: (input: StaffReply) => staffReply(id, input), onSuccess: store })
}

export function useAssign(id: number) {
  const store = useStoreConsultation()
  return useMutation({ mutationFn: (assigneeId: number) => assignConsultation(id, assigneeId), onSuccess: store })
}

export function useResolve(id: number) {
  const store = useStoreConsultation()
  return useMutation({ mutationFn: (body: string) => resolveConsultation(id, body), onSuccess: store })
}

export function useAssignees(enabled: boolean) {
  const userId = useUserId()
  return useQuery({
    queryKey: deskKeys.assignees(userId ?? 0),
    queryFn: fetchAssignees,
    enabled: enabled && userId !== undefined
  })
}

export function useDeskSettings() {
  const userId = useUserId()
  return useQuery({
    queryKey: deskKeys.settings(userId ?? 0),
    queryFn: fetchDeskSettings,
    enabled: userId !== undefined,
    staleTime: 0
  })
}

export function useSaveCategorySetting() {
  const queryClient = useQueryClient()
  const userId = useUserId()
  return useMutation({
    mutationFn: ({ category, input }: { category: ConsultationCategory; input: CategorySettingInput }) =>
      saveCategorySetting(category, input),
    onSuccess: () => {
      if (userId !== undefined) void queryClient.invalidateQueries({ queryKey: deskKeys.settings(userId) })
    }
  })
}

export function useCalendar(year: number) {
  const userId = useUserId()
  return useQuery({
    queryKey: deskKeys.calendar(userId ?? 0, year),
    queryFn: () => fetchCalendar(year),
    enabled: userId !== undefined,
    staleTime: 0
  })
}

export function useCalendarChange(year: number) {
  const queryClient = useQueryClient()
  const userId = useUserId()
  const refresh = () => {
    if (userId !== undefined) void queryClient.invalidateQueries({ queryKey: deskKeys.calendar(userId, year) })
  }
  const save = useMutation({
    mutationFn: ({ date, input }: { date: string; input: CalendarDayInput }) => saveCalendarDay(date, input),
    onSuccess: refresh
  })
  const remove = useMutation({ mutationFn: (date: string) => removeCalendarDay(date), onSuccess: refresh })
  return { save, remove }
}

export function useDeskStats(from: string, to: string, enabled = true) {
  const userId = useUserId()
  return useQuery({
    queryKey: deskKeys.stats(userId ?? 0, from, to),
    queryFn: () => fetchDeskStats(from, to),
    enabled: enabled && userId !== undefined,
    staleTime: 0,
    placeholderData: keepPreviousData
  })
}

export function useFaqs(category?: ConsultationCategory, q?: string) {
  return useInfiniteQuery({
    queryKey: faqKeys.list(category, q),
    queryFn: ({ pageParam }) => fetchFaqs(category, q, pageParam, DESK_PAGE_SIZE),
    initialPageParam: 1,
    getNextPageParam: (last) => (hasNextPage(last) ? last.page + 1 : undefined)
  })
}

export function useFaq(rawId: string | undefined) {
  const id = parseIdParam(rawId)
  return useQuery({
    queryKey: faqKeys.detail(id ?? 0),
    queryFn: () => {
      if (id === undefined) throw new ApiRequestError({ status: 404, code: 'FAQ_NOT_FOUND', locale: getLocale() })
      return fetchFaq(id)
    }
  })
}

/** The text settled for `delayMs` after the last change (what suggestions are asked for). */
export function useDebounced<T>(value: T, delayMs = SUGGEST_DELAY_MS): T {
  const [settled, setSettled] = useState(value)
  const debouncer = useMemo(() => createDebouncer<T>(setSettled, delayMs), [delayMs])
  useEffect(() => {
    debouncer.push(value)
  }, [debouncer, value])
  useEffect(() => () => debouncer.cancel(), [debouncer])
  return settled
}

/** FAQ entries close to a question being typed (nothing while the text is too short). */
export function useFaqSuggestions(q: string | null) {
  return useQuery({
    queryKey: faqKeys.suggest(q ?? ''),
    queryFn: () => suggestFaqs(q ?? ''),
    enabled: q !== null,
    staleTime: 60_000,
    placeholderData: keepPreviousData
  })
}

export function useSaveFaq() {
  const queryClient = useQueryClient()
  const userId = useUserId()
  return useMutation({
    mutationFn: ({ id, input, idempotencyKey }: { id?: number; input: FaqInput; idempotencyKey: string }) =>
      id === undefined ? createFaq(input, idempotencyKey) : updateFaq(id, input),
    onSuccess: (faq) => {
      queryClient.setQueryData(faqKeys.detail(faq.id), faq)
      void queryClient.invalidateQueries({ queryKey: faqKeys.all })
      if (userId !== undefined) void queryClient.invalidateQueries({ queryKey: deskKeys.all(userId) })
    }
  })
}

/** Withdraws an entry: lists and search ask again. */
export function useRemoveFaq() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: number) => removeFaq(id),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: faqKeys.all })
  })
}
