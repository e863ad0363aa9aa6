import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import {
  hasNextPage,
  type AnswerContactRequest,
  type ContactRequestStatus,
  type CreateContactRequest,
  type FinanceKind
} from '@ihaigui/shared'
import { getLocale } from '@/i18n/store'
import { ApiRequestError } from '@/api/errors'
import {
  answerContactRequest,
  fetchFinancePage,
  fetchFinanceService,
  fetchHostContactRequests,
  fetchMyContactRequests,
  sendContactRequest
} from './finance.api'
import { parseIdParam } from '@/api/id-param'
import { financeKeys } from './parks.keys'
import { useUserId } from '@/features/account/session.hooks'

export const FINANCE_LIST_PAGE_SIZE = 10
export const CONTACT_REQUEST_PAGE_SIZE = 10

/** Finance services of one kind (all when undefined), page by page. */
export function useFinanceList(kind?: FinanceKind) {
  return useInfiniteQuery({
    queryKey: financeKeys.list(kind),
    queryFn: ({ pageParam }) => fetchFinancePage({ page: pageParam, pageSize: FINANCE_LIST_PAGE_SIZE, kind }),
    initialPageParam: 1,
    getNextPageParam: (last) => (hasNextPage(last) ? last.page + 1 : undefined)
  })
}

/** One finance service. An id that is not one fails like an unknown service, without a request. */
export function useFinanceService(rawId: string | undefined) {
  const id = parseIdParam(rawId)
  return useQuery({
    queryKey: financeKeys.detail(id ?? 0),
    queryFn: () => {
      if (id === undefined) throw new ApiRequestError({ status: 404, code: 'FINANCE_NOT_FOUND', locale: getLocale() })
      return fetchFinanceService(id)
    }
  })
}

export function useSendContactRequest(serviceId: number) {
  const queryClient = useQueryClient()
  const userId = useUserId()
  return useMutation({
    mutationFn: (input: CreateContactRequest) => sendContactRequest(serviceId, input),
    onSuccess: () => {
      if (userId !== undefined) void queryClient.invalidateQueries({ queryKey: financeKeys.myRequests(userId) })
    }
  })
}

/** The signed-in user's own contact requests, newest first. */
export function useMyContactRequests() {
  const userId = useUserId()
  return useInfiniteQuery({
    queryKey: financeKeys.myRequests(userId ?? 0),
    queryFn: ({ pageParam }) => fetchMyContactRequests({ page: pageParam, pageSize: CONTACT_REQUEST_PAGE_SIZE }),
    enabled: userId !== undefined,
    initialPageParam: 1,
    getNextPageParam: (last) => (hasNextPage(last) ? last.page + 1 : undefined)
  })
}

/** Requests the signed-in provider may answer (staff: all), in one state or all. */
export function useHostContactRequests(status?: ContactRequestStatus) {
  const userId = useUserId()
  return useInfiniteQuery({
    queryKey: financeKeys.hostRequestList(userId ?? 0, status),
    queryFn: ({ pageParam }) =>
      fetchHostContactRequests({ page: pageParam, pageSize: CONTACT_REQUEST_PAGE_SIZE, status }),
    enabled: userId !== undefined,
    initialPageParam: 1,
    getNextPageParam: (last) => (hasNextPage(last) ? last.page + 1 : undefined)
  })
}

export function useAnswerContactRequest() {
  const queryClient = useQueryClient()
  const userId = useUserId()
  return useMutation({
    mutationFn: ({ id, input }: { id: number; input: AnswerContactRequest }) => answerContactRequest(id, input),
    onSuccess: () => {
      if (userId === undefined) return
      void queryClient.invalidateQueries({ queryKey: financeKeys.hostRequests(userId) })
      void queryClient.invalidateQueries({ queryKey: financeKeys.myRequests(userId) })
    }
  })
}
