import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import {
  hasNextPage,
  type AnnouncementRecord,
  type AnnouncementStatus,
  type CreateAnnouncementInput,
  type OrganizationStatus,
  type UpdateAnnouncement,
  type VerifyOrganization
} from '@ihaigui/shared'
import { queryKeys, type AuditLogFilter } from '@/api/query-keys'
import { useUserId } from '@/features/account/session.hooks'
import {
  archiveAnnouncement,
  createAnnouncement,
  createStaffAccount,
  fetchAuditLog,
  fetchOrganizationQueue,
  fetchStaffAnnouncement,
  fetchStaffAnnouncements,
  pinAnnouncement,
  publishAnnouncement,
  updateAnnouncement,
  verifyOrganization
} from './staff.api'

export const STAFF_PAGE_SIZE = 20

/** Organisations in one verification state, page by page. */
export function useOrganizationQueue(status: OrganizationStatus) {
  const userId = useUserId()
  return useInfiniteQuery({
    queryKey: queryKeys.staff.organizationQueue(userId ?? 0, status),
    queryFn: ({ pageParam }) => fetchOrganizationQueue({ status, page: pageParam, pageSize: STAFF_PAGE_SIZE }),
    enabled: userId !== undefined,
    initialPageParam: 1,
    getNextPageParam: (last) => (hasNextPage(last) ? last.page + 1 : undefined)
  })
}

export function useVerifyOrganization() {
  const queryClient = useQueryClient()
  const userId = useUserId()
  return useMutation({
    mutationFn: ({ id, decision }: { id: number; decision: VerifyOrganization }) => verifyOrganization(id, decision),
    onSuccess: () => {
      // The organisation leaves one tab and joins another.
      if (userId !== undefined)
        void queryClient.invalidateQueries({ queryKey: [...queryKeys.staff.all(userId), 'organizations'] })
    }
  })
}

/** Announcements of every status (or one), newest change first. */
export function useStaffAnnouncements(status?: AnnouncementStatus) {
  const userId = useUserId()
  return useInfiniteQuery({
    queryKey: queryKeys.staff.announcementList(userId ?? 0, status),
    queryFn: ({ pageParam }) => fetchStaffAnnouncements({ status, page: pageParam, pageSize: STAFF_PAGE_SIZE }),
    enabled: userId !== undefined,
    initialPageParam: 1,
    getNextPageParam: (last) => (hasNextPage(last) ? last.page + 1 : undefined)
  })
}

export function useStaffAnnouncement(id: number | undefined) {
  const userId = useUserId()
  return useQuery({
    queryKey: queryKeys.staff.announcement(userId ?? 0, id ?? 0),
    queryFn: () => fetchStaffAnnouncement(id as number),
    enabled: userId !== undefined && id !== undefined
  })
}

export type AnnouncementAction =
  | { kind: 'create'; input: CreateAnnouncementInput }
  | { kind: 'update'; id: number; input: UpdateAnnouncement }
  | { kind: 'publish'; id: number; at?: string }
  | { kind: 'archive'; id: number }
  | { kind: 'pin'; id: number; pinned: boolean }

function runAnnouncementAction(action: AnnouncementAction): Promise<AnnouncementRecord> {
  switch (action.kind) {
    case 'create':
      return createAnnouncement(action.input)
    case 'update':
      return updateAnnouncement(action.id, action.input)
    case 'publish':
      return publishAnnouncement(action.id, action.at)
    case 'archive':
      return archiveAnnouncement(action.id)
    case 'pin':
      return pinAnnouncement(action.id, action.pinned)
  }
}

/** Every change staff make to an announcement; refreshes the staff lists and what readers see. */
export function useAnnouncementAction() {
  const queryClient = useQueryClient()
  const userId = useUserId()
  return useMutation({
    mutationFn: runAnnouncementAction,
    onSuccess: (record) => {
      if (userId !== undefined) {
        queryClient.setQueryData(queryKeys.staff.announcement(userId, record.id), record)
        void queryClient.invalidateQueries({ queryKey: [...queryKeys.staff.announcements(userId), 'list'] })
      }
      void queryClient.invalidateQueries({ queryKey: queryKeys.announcements.all })
    }
  })
}

export function useAuditLog(filter: AuditLogFilter) {
  const userId = useUserId()
  return useInfiniteQuery({
    queryKey: queryKeys.staff.auditLog(userId ?? 0, filter),
    queryFn: ({ pageParam }) =>
      fetchAuditLog({
        page: pageParam,
        pageSize: STAFF_PAGE_SIZE,
        entityType: filter.entityType,
        actorId: filter.actorId
      }),
    enabled: userId !== undefined,
    initialPageParam: 1,
    getNextPageParam: (last) => (hasNextPage(last) ? last.page + 1 : undefined)
  })
}

export function useCreateStaffAccount() {
  return useMutation({ mutationFn: createStaffAccount })
}
