import { useInfiniteQuery, useMutation, useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query'
import {
  hasNextPage,
  type ChallengeRecord,
  type CreateOfflineIntention,
  type EventDetail,
  type EventInput,
  type EventStatus,
  type IntentionDetail,
  type IntentionStatus,
  type ProjectRecord,
  type RecordIntentionStep,
  type RegistrationStatus,
  type ScreenProject,
  type UpdateEvent
} from '@ihaigui/shared'
import {
  addSlot,
  assignReviewers,
  cancelEvent,
  checkIn,
  createEvent,
  createOfflineIntention,
  fetchAttendees,
  fetchChallengeResponses,
  fetchIntention,
  fetchProjectRanking,
  fetchReviewers,
  fetchStaffChallenge,
  fetchStaffChallenges,
  fetchStaffEvent,
  fetchStaffEvents,
  fetchStaffIntentions,
  fetchStaffProject,
  fetchStaffProjects,
  publishEvent,
  recordIntentionStep,
  removeReviewer,
  removeSlot,
  reorderSlots,
  reviewChallenge,
  screenProject,
  setShortlisted,
  updateEvent,
  type StaffChallengeView,
  type StaffProjectListView
} from './console.api'
import { queryKeys } from '@/api/query-keys'
import { useUserId } from '@/features/account/session.hooks'

export const CONSOLE_PAGE_SIZE = 20

/** Cache keys of the matchmaking console, inside the signed-in staff member's own family. */
export const consoleKeys = {
  all: (userId: number) => [...queryKeys.staff.all(userId), 'console'] as const,
  projects: (userId: number) => [...consoleKeys.all(userId), 'projects'] as const,
  projectList: (userId: number, view: string, eventId: number | undefined) =>
    [...consoleKeys.projects(userId), 'list', view, eventId ?? 0] as const,
  project: (userId: number, id: number) => [...consoleKeys.projects(userId), 'detail', id] as const,
  reviewers: (userId: number) => [...consoleKeys.all(userId), 'reviewers'] as const,
  events: (userId: number) => [...consoleKeys.all(userId), 'events'] as const,
  eventList: (userId: number, status: EventStatus | undefined) =>
    [...consoleKeys.events(userId), 'list', status ?? 'all'] as const,
  event: (userId: number, id: number) => [...consoleKeys.events(userId), 'detail', id] as const,
  attendees: (userId: number, id: number, status: RegistrationStatus | undefined) =>
    [...consoleKeys.events(userId), 'attendees', id, status ?? 'all'] as const,
  challenges: (userId: number) => [...consoleKeys.all(userId), 'challenges'] as const,
  challengeList: (userId: number, view: StaffChallengeView) =>
    [...consoleKeys.challenges(userId), 'list', view] as const,
  challenge: (userId: number, id: number) => [...consoleKeys.challenges(userId), 'detail', id] as const,
  responses: (userId: number, id: number) => [...consoleKeys.challenges(userId), 'responses', id] as const,
  intentions: (userId: number) => [...consoleKeys.all(userId), 'intentions'] as const,
  intentionList: (userId: number, status: IntentionStatus | undefined, eventId: number | undefined) =>
    [...consoleKeys.intentions(userId), 'list', status ?? 'all', eventId ?? 0] as const,
  intention: (userId: number, id: number) => [...consoleKeys.intentions(userId), 'detail', id] as const
}

/* The public and party-side pages of the other features read these roots; a staff action changes what they show. */
const PUBLIC_ROOTS: readonly QueryKey[] = [['projects'], ['events'], ['challenges'], ['intentions']]

const nextPage = (last: { page: number; pageSize: number; total: number }) =>
  hasNextPage(last) ? last.page + 1 : undefined

/** Staff-side infinite list under a key of the staff member's family; disabled while signed out. */
function useStaffPages<T>(
  key: (userId: number) => QueryKey,
  fetchPage: (page: number) => Promise<T & { page: number; pageSize: number; total: number }>
) {
  const userId = useUserId()
  return useInfiniteQuery({
    queryKey: key(userId ?? 0),
    queryFn: ({ pageParam }) => fetchPage(pageParam),
    enabled: userId !== undefined,
    initialPageParam: 1,
    getNextPageParam: nextPage
  })
}

/**
 * After a change to one area of the console: the record the server answered with goes into its detail cache, the
 * area's lists are fetched again, and the public side follows.
 */
function useRefresh<R>(area: (userId: number) => QueryKey, detail?: (userId: number, record: R) => QueryKey) {
  const queryClient = useQueryClient()
  const userId = useUserId()
  return async (record: R) => {
    for (const root of PUBLIC_ROOTS) void queryClient.invalidateQueries({ queryKey: root })
    if (userId === undefined) return
    const detailKey = detail?.(userId, record)
    if (detailKey) queryClient.setQueryData(detailKey, record)
    await queryClient.invalidateQueries({
      queryKey: area(userId),
      predicate: (q) => !detailKey || !sameKey(q.queryKey, detailKey)
    })
  }
}

const sameKey = (a: QueryKey, b: QueryKey) => a.length === b.length && a.every((part, i) => part === b[i])

/* ---- projects ---- */

export function useStaffProjects(view: StaffProjectListView, eventId: number | undefined) {
  return useStaffPages(
    (userId) => consoleKeys.projectList(userId, view, eventId),
    (page) => fetchStaffProjects(view, eventId, page, CONSOLE_PAGE_SIZE)
  )
}

export function useProjectRanking(eventId: number | undefined) {
  return useStaffPages(
    (userId) => consoleKeys.projectList(userId, 'ranking', eventId),
    (page) => fetchProjectRanking(eventId, page, CONSOLE_PAGE_SIZE)
  )
}

export function useStaffProject(id: number | undefined) {
  const userId = useUserId()
  return useQuery({
    queryKey: consoleKeys.project(userId ?? 0, id ?? 0),
    queryFn: () => fetchStaffProject(id as number),
    enabled: userId !== undefined && id !== undefined
  })
}

export function useReviewers(enabled: boolean) {
  const userId = useUserId()
  return useQuery({
    queryKey: consoleKeys.reviewers(userId ?? 0),
    queryFn: fetchReviewers,
    enabled: enabled && userId !== undefined
  })
}

export type ProjectAction =
  | { kind: 'screen'; id: number; screen: ScreenProject }
  | { kind: 'assign'; id: number; reviewerIds: number[] }
  | { kind: 'unassign'; id: number; userId: number }
  | { kind: 'shortlist'; id: number; shortlisted: boolean }

function runProjectAction(action: ProjectAction): Promise<ProjectRecord> {
  switch (action.kind) {
    case 'screen':
      return screenProject(action.id, action.screen)
    case 'assign':
      return assignReviewers(action.id, action.reviewerIds)
    case 'unassign':
      return removeReviewer(action.id, action.userId)
    case 'shortlist':
      return setShortlisted(action.id, action.shortlisted)
  }
}

/** Screening, reviewer assignment and the shortlist; the project lists, the ranking and the detail follow. */
export function useProjectAction() {
  const refresh = useRefresh<ProjectRecord>(consoleKeys.projects, (userId, record) =>
    consoleKeys.project(userId, record.id)
  )
  return useMutation({ mutationFn: runProjectAction, onSuccess: refresh })
}

/* ---- events ---- */

export function useStaffEvents(status: EventStatus | undefined) {
  return useStaffPages(
    (userId) => consoleKeys.eventList(userId, status),
    (page) => fetchStaffEvents(status, page, CONSOLE_PAGE_SIZE)
  )
}

/** The first page of every event, newest first: the choices of an event filter. */
export function useEventChoices() {
  const userId = useUserId()
  return useQuery({
    queryKey: [...consoleKeys.eventList(userId ?? 0, undefined), 'choices'],
    queryFn: () => fetchStaffEvents(undefined, 1, 50),
    enabled: userId !== undefined
  })
}

export function useStaffEvent(id: number | undefined) {
  const userId = useUserId()
  return useQuery({
    queryKey: consoleKeys.event(userId ?? 0, id ?? 0),
    queryFn: () => fetchStaffEvent(id as number),
    enabled: userId !== undefined && id !== undefined
  })
}

export function useAttendees(eventId: number, status: RegistrationStatus | undefined) {
  return useStaffPages(
    (userId) => consoleKeys.attendees(userId, eventId, status),
    (page) => fetchAttendees(eventId, status, page, CONSOLE_PAGE_SIZE)
  )
}

export type EventAction =
  | { kind: 'create'; input: EventInput }
  | { kind: 'update'; id: number; input: UpdateEvent }
  | { kind: 'publish'; id: number }
  | { kind: 'cancel'; id: number }
  | { kind: 'addSlot'; id: number; projectId: number }
  | { kind: 'reorder'; id: number; slotIds: number[] }
  | { kind: 'removeSlot'; id: number; slotId: number }

/** Resolves with the event as it now is. */
function runEventAction(action: EventAction): Promise<EventDetail> {
  switch (action.kind) {
    case 'create':
      return createEvent(action.input)
    case 'update':
      return updateEvent(action.id, action.input)
    case 'publish':
      return publishEvent(action.id)
    case 'cancel':
      return cancelEvent(action.id)
    case 'addSlot':
      return addSlot(action.id, action.projectId)
    case 'reorder':
      return reorderSlots(action.id, action.slotIds)
    case 'removeSlot':
      return removeSlot(action.id, action.slotId)
  }
}

export function useEventAction() {
  const refresh = useRefresh<EventDetail>(consoleKeys.events, (userId, event) => consoleKeys.event(userId, event.id))
  return useMutation({ mutationFn: runEventAction, onSuccess: refresh })
}

/** The door desk: a check-in answers with the attendee; the attendee lists and counts follow. */
export function useCheckIn(eventId: number) {
  const queryClient = useQueryClient()
  const userId = useUserId()
  return useMutation({
    mutationFn: (code: string) => checkIn(eventId, code),
    onSuccess: () => {
      if (userId !== undefined)
        void queryClient.invalidateQueries({ queryKey: [...consoleKeys.events(userId), 'attendees', eventId] })
    }
  })
}

/* ---- challenges ---- */

export function useStaffChallenges(view: StaffChallengeView) {
  return useStaffPages(
    (userId) => consoleKeys.challengeList(userId, view),
    (page) => fetchStaffChallenges(view, page, CONSOLE_PAGE_SIZE)
  )
}

/** A challenge's full text, loaded when staff open it. */
export function useStaffChallenge(id: number, enabled: boolean) {
  const userId = useUserId()
  return useQuery({
    queryKey: consoleKeys.challenge(userId ?? 0, id),
    queryFn: () => fetchStaffChallenge(id),
    enabled: enabled && userId !== undefined
  })
}

export function useChallengeResponses(id: number, enabled: boolean) {
  const userId = useUserId()
  return useInfiniteQuery({
    queryKey: consoleKeys.responses(userId ?? 0, id),
    queryFn: ({ pageParam }) => fetchChallengeResponses(id, pageParam, CONSOLE_PAGE_SIZE),
    enabled: enabled && userId !== undefined,
    initialPageParam: 1,
    getNextPageParam: nextPage
  })
}

export function useReviewChallenge() {
  const refresh = useRefresh<ChallengeRecord>(consoleKeys.challenges, (userId, challenge) =>
    consoleKeys.challenge(userId, challenge.id)
  )
  return useMutation({
    mutationFn: ({ id, review }: { id: number; review: { decision: 'approve' | 'reject'; reason: string | null } }) =>
      reviewChallenge(id, review),
    onSuccess: refresh
  })
}

/* ---- intentions ---- */

export function useStaffIntentions(status: IntentionStatus | undefined, eventId: number | undefined) {
  return useStaffPages(
    (userId) => consoleKeys.intentionList(userId, status, eventId),
    (page) => fetchStaffIntentions(status, eventId, page, CONSOLE_PAGE_SIZE)
  )
}

export function useStaffIntention(id: number | undefined) {
  const userId = useUserId()
  return useQuery({
    queryKey: consoleKeys.intention(userId ?? 0, id ?? 0),
    queryFn: () => fetchIntention(id as number),
    enabled: userId !== undefined && id !== undefined
  })
}

export type IntentionAction =
  { kind: 'create'; input: CreateOfflineIntention } | { kind: 'step'; id: number; step: RecordIntentionStep }

/** Resolves with the intention as it now is. */
function runIntentionAction(action: IntentionAction): Promise<IntentionDetail> {
  return action.kind === 'create' ? createOfflineIntention(action.input) : recordIntentionStep(action.id, action.step)
}

export function useIntentionAction() {
  const refresh = useRefresh<IntentionDetail>(consoleKeys.intentions, (userId, intention) =>
    consoleKeys.intention(userId, intention.id)
  )
  return useMutation({ mutationFn: runIntentionAction, onSuccess: refresh })
}
