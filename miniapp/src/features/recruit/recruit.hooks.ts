import { useInfiniteQuery, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query'
import {
  hasNextPage,
  type Application,
  type ApplicationStatus,
  type MoveApplication,
  type PositionInput,
  type PositionRecord,
  type PositionStatus,
  type ReviewPosition,
  type UpdatePosition
} from '@ihaigui/shared'
import { queryKeys } from '@/api/query-keys'
import {
  closePosition,
  createPosition,
  downloadPositionCode,
  extendPosition,
  fetchChannelStats,
  fetchOrgApplication,
  fetchOrgPosition,
  fetchOrgPositions,
  fetchPositionApplications,
  fetchPositionShare,
  fetchStaffPositions,
  moveApplication,
  reviewPosition,
  updatePosition,
  type StaffPositionView
} from './recruit.api'
import { useUserId } from '@/features/account/session.hooks'

/**
 * Cache keys of the enterprise's positions and applicants and of the staff review queue: all of them the signed-in
 * user's own data, under `['user', userId, …]`.
 */
export const recruitKeys = {
  all: (userId: number) => [...queryKeys.user.of(userId), 'recruit'] as const,
  positions: (userId: number) => [...recruitKeys.all(userId), 'positions'] as const,
  positionList: (userId: number, status: PositionStatus) => [...recruitKeys.positions(userId), 'list', status] as const,
  position: (userId: number, id: number) => [...recruitKeys.positions(userId), 'detail', id] as const,
  share: (userId: number, id: number, channel: string) =>
    [...recruitKeys.positions(userId), 'share', id, channel] as const,
  code: (userId: number, id: number, channel: string) =>
    [...recruitKeys.positions(userId), 'code', id, channel] as const,
  channels: (userId: number, id: number) => [...recruitKeys.positions(userId), 'channels', id] as const,
  applications: (userId: number) => [...recruitKeys.all(userId), 'applications'] as const,
  applicationList: (userId: number, positionId: number, status?: ApplicationStatus) =>
    [...recruitKeys.applications(userId), 'list', positionId, status ?? 'all'] as const,
  application: (userId: number, id: number) => [...recruitKeys.applications(userId), 'detail', id] as const,
  staffQueue: (userId: number) => [...recruitKeys.all(userId), 'staff-positions'] as const,
  staffQueueView: (userId: number, view: StaffPositionView) => [...recruitKeys.staffQueue(userId), view] as const
}

/** Root of the public position lists and details (the talent side); a review or an edit changes what they show. */
const PUBLIC_POSITIONS_ROOT = ['positions'] as const

export const RECRUIT_PAGE_SIZE = 20

const nextPage = (last: { page: number; pageSize: number; total: number }) =>
  hasNextPage(last) ? last.page + 1 : undefined

/** The organisation's positions in one state, newest first. */
export function useOrgPositions(status: PositionStatus) {
  const userId = useUserId()
  return useInfiniteQuery({
    queryKey: recruitKeys.positionList(userId ?? 0, status),
    queryFn: ({ pageParam }) => fetchOrgPositions(status, pageParam, RECRUIT_PAGE_SIZE),
    enabled: userId !== undefined,
    initialPageParam: 1,
    getNextPageParam: nextPage
  })
}

export function useOrgPosition(id: number | undefined) {
  const userId = useUserId()
  return useQuery({
    queryKey: recruitKeys.position(userId ?? 0, id ?? 0),
    queryFn: () => fetchOrgPosition(id as number),
    enabled: userId !== undefined && id !== undefined
  })
}

function positionChanged(queryClient: QueryClient, userId: number | undefined, record: PositionRecord) {
  if (userId !== undefined) {
    queryClient.setQueryData(recruitKeys.position(userId, record.id), record)
    void queryClient.invalidateQueries({ queryKey: [...recruitKeys.positions(userId), 'list'] })
    void queryClient.invalidateQueries({ queryKey: recruitKeys.staffQueue(userId) })
  }
  void queryClient.invalidateQueries({ queryKey: PUBLIC_POSITIONS_ROOT })
}

export type PositionAction =
  | { kind: 'create'; input: PositionInput }
  | { kind: 'update'; id: number; input: UpdatePosition }
  | { kind: 'close'; id: number; reason: 'filled' | 'withdrawn' }
  | { kind: 'extend'; id: number; expiresOn: string }

function runPositionAction(action: PositionAction): Promise<PositionRecord> {
  switch (action.kind) {
    case 'create':
      return createPosition(action.input)
    case 'update':
      return updatePosition(action.id, action.input)
    case 'close':
      return closePosition(action.id, action.reason)
    case 'extend':
      return extendPosition(action.id, action.expiresOn)
  }
}

/** Everything the enterprise does to a position; the lists and the public side follow. */
export function usePositionAction() {
  const queryClient = useQueryClient()
  const userId = useUserId()
  return useMutation({
    mutationFn: runPositionAction,
    onSuccess: (record) => positionChanged(queryClient, userId, record)
  })
}

export function usePositionShare(id: number, channel: string | undefined) {
  const userId = useUserId()
  return useQuery({
    queryKey: recruitKeys.share(userId ?? 0, id, channel ?? ''),
    queryFn: () => fetchPositionShare(id, channel as string),
    enabled: userId !== undefined && Boolean(channel)
  })
}

/** Reads a blob as a data: URL (the page's Content-Security-Policy allows data: images, not blob: ones). */
function blobToDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(reader.result as string) // readAsDataURL: always a string
    reader.onerror = () => reject(reader.error ?? new Error('read failed'))
    reader.readAsDataURL(blob)
  })
}

/** The mini-program code of a position and channel, as an image source (a temp file on weapp, a data URL on H5). */
export function usePositionCode(id: number, channel: string | undefined) {
  const userId = useUserId()
  return useQuery({
    queryKey: recruitKeys.code(userId ?? 0, id, channel ?? ''),
    queryFn: async () => {
      const file = await downloadPositionCode(id, channel as string)
      if (file.tempFilePath) return file.tempFilePath
      if (file.blob) return blobToDataUrl(file.blob)
      throw new Error('empty image')
    },
    enabled: userId !== undefined && Boolean(channel),
    // The code of a position and channel never changes; WeChat limits how often it is made.
    staleTime: Infinity,
    retry: 1
  })
}

export function useChannelStats(id: number) {
  const userId = useUserId()
  return useQuery({
    queryKey: recruitKeys.channels(userId ?? 0, id),
    queryFn: () => fetchChannelStats(id),
    enabled: userId !== undefined
  })
}

/** Applicants of one position, in one state or all. */
export function usePositionApplications(positionId: number, status?: ApplicationStatus) {
  const userId = useUserId()
  return useInfiniteQuery({
    queryKey: recruitKeys.applicationList(userId ?? 0, positionId, status),
    queryFn: ({ pageParam }) => fetchPositionApplications(positionId, status, pageParam, RECRUIT_PAGE_SIZE),
    enabled: userId !== undefined,
    initialPageParam: 1,
    getNextPageParam: nextPage
  })
}

/** One applicant; opening it marks it viewed on the server, so the lists are refreshed once it arrives. */
export function useOrgApplication(id: number | undefined) {
  const userId = useUserId()
  const queryClient = useQueryClient()
  return useQuery({
    queryKey: recruitKeys.application(userId ?? 0, id ?? 0),
    queryFn: async () => {
      const application = await fetchOrgApplication(id as number)
      if (userId !== undefined)
        void queryClient.invalidateQueries({ queryKey: [...recruitKeys.applications(userId), 'list'] })
      return application
    },
    enabled: userId !== undefined && id !== undefined
  })
}

export function useMoveApplication() {
  const queryClient = useQueryClient()
  const userId = useUserId()
  return useMutation({
    mutationFn: ({ id, move }: { id: number; move: MoveApplication }) => moveApplication(id, move),
    onSuccess: (application: Application) => {
      if (userId === undefined) return
      queryClient.setQueryData(recruitKeys.application(userId, application.id), application)
      void queryClient.invalidateQueries({ queryKey: [...recruitKeys.applications(userId), 'list'] })
    }
  })
}

/** Staff: positions in one view of the review queue. */
export function useStaffPositions(view: StaffPositionView) {
  const userId = useUserId()
  return useInfiniteQuery({
    queryKey: recruitKeys.staffQueueView(userId ?? 0, view),
    queryFn: ({ pageParam }) => fetchStaffPositions(view, pageParam, RECRUIT_PAGE_SIZE),
    enabled: userId !== undefined,
    initialPageParam: 1,
    getNextPageParam: nextPage
  })
}

export function useReviewPosition() {
  const queryClient = useQueryClient()
  const userId = useUserId()
  return useMutation({
    mutationFn: ({ id, review }: { id: number; review: ReviewPosition }) => reviewPosition(id, review),
    onSuccess: (record) => positionChanged(queryClient, userId, record)
  })
}
