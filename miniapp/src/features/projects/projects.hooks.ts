import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import {
  hasNextPage,
  type ProjectInput,
  type ProjectRecord,
  type SubmitReview,
  type UpdateProject
} from '@ihaigui/shared'
import { getLocale } from '@/i18n/store'
import { ApiRequestError } from '@/api/errors'
import { parseIdParam } from '@/api/id-param'
import {
  createProject,
  deleteProject,
  fetchMyProject,
  fetchMyProjects,
  fetchProject,
  fetchProjectPage,
  fetchReviewAssignments,
  fetchReviewProject,
  fetchTalents,
  fetchUpcomingEvents,
  removePitchDeck,
  submitProject,
  submitReview,
  updateProject,
  uploadPitchDeck,
  type ProjectFilters,
  type TalentFilters
} from './projects.api'
import { queryKeys } from '@/api/query-keys'
import type { UploadFile } from '@/api/request'
import { useUserId } from '@/features/account/session.hooks'

export const PROJECT_PAGE_SIZE = 10
/** Events offered in the registration form's picker. */
const EVENT_PICKER_SIZE = 30

/**
 * Cache keys of projects, reviews and talents. Public lists and details depend on who reads them (verified
 * organisations see more, `canPropose` is per reader), so they carry the reader; the user's own projects and
 * review queue live under `['user', id, …]`.
 */
export const projectKeys = {
  all: ['projects'] as const,
  lists: () => [...projectKeys.all, 'list'] as const,
  list: (readerId: number | undefined, f: ProjectFilters) =>
    [
      ...projectKeys.lists(),
      readerId ?? 0,
      f.q ?? '',
      f.field ?? '',
      f.originRegion ?? '',
      f.stage ?? '',
      f.seeks ?? ''
    ] as const,
  details: () => [...projectKeys.all, 'detail'] as const,
  detail: (readerId: number | undefined, id: number) => [...projectKeys.details(), readerId ?? 0, id] as const,
  upcomingEvents: () => ['events', 'project-picker'] as const,
  mine: (userId: number) => [...queryKeys.user.of(userId), 'projects'] as const,
  mineList: (userId: number) => [...projectKeys.mine(userId), 'list'] as const,
  mineDetail: (userId: number, id: number) => [...projectKeys.mine(userId), 'detail', id] as const,
  reviews: (userId: number) => [...queryKeys.user.of(userId), 'reviews'] as const,
  reviewList: (userId: number, done: boolean) => [...projectKeys.reviews(userId), 'list', done] as const,
  review: (userId: number, projectId: number) => [...projectKeys.reviews(userId), 'project', projectId] as const,
  talents: (userId: number, f: TalentFilters) =>
    [...queryKeys.user.of(userId), 'talents', f.industry ?? '', f.degree ?? ''] as const
}

const nextPage = (last: { page: number; pageSize: number; total: number }) =>
  hasNextPage(last) ? last.page + 1 : undefined

export function useProjectList(filters: ProjectFilters, pageSize = PROJECT_PAGE_SIZE) {
  const userId = useUserId()
  return useInfiniteQuery({
    queryKey: [...projectKeys.list(userId, filters), pageSize],
    queryFn: ({ pageParam }) => fetchProjectPage(filters, pageParam, pageSize),
    initialPageParam: 1,
    getNextPageParam: nextPage
  })
}

/** One project; an id from the URL that is not an id fails like an unknown project, without a request. */
export function useProject(rawId: string | undefined) {
  const userId = useUserId()
  const id = parseIdParam(rawId)
  return useQuery({
    queryKey: projectKeys.detail(userId, id ?? 0),
    queryFn: () => {
      if (id === undefined) throw new ApiRequestError({ status: 404, code: 'PROJECT_NOT_FOUND', locale: getLocale() })
      return fetchProject(id)
    }
  })
}

export function useUpcomingEvents(enabled = true) {
  return useQuery({
    queryKey: projectKeys.upcomingEvents(),
    queryFn: () => fetchUpcomingEvents(EVENT_PICKER_SIZE),
    enabled
  })
}

export function useMyProjects() {
  const userId = useUserId()
  return useInfiniteQuery({
    queryKey: projectKeys.mineList(userId ?? 0),
    queryFn: ({ pageParam }) => fetchMyProjects(pageParam, PROJECT_PAGE_SIZE),
    enabled: userId !== undefined,
    // Staff screen projects meanwhile: the list asks again each time it opens.
    staleTime: 0,
    initialPageParam: 1,
    getNextPageParam: nextPage
  })
}

export function useMyProject(id: number | undefined) {
  const userId = useUserId()
  return useQuery({
    queryKey: projectKeys.mineDetail(userId ?? 0, id ?? 0),
    queryFn: () => fetchMyProject(id as number),
    enabled: userId !== undefined && id !== undefined
  })
}

/** Every change to one of the talent's projects: the record in the cache follows, the lists are refetched. */
function useProjectChange<A>(change: (args: A) => Promise<ProjectRecord>) {
  const queryClient = useQueryClient()
  const userId = useUserId()
  return useMutation({
    mutationFn: change,
    onSuccess: (record) => {
      if (userId === undefined) return
      queryClient.setQueryData(projectKeys.mineDetail(userId, record.id), record)
      void queryClient.invalidateQueries({ queryKey: projectKeys.mineList(userId) })
      void queryClient.invalidateQueries({ queryKey: projectKeys.details() })
    }
  })
}

export type SaveProjectArgs =
  { kind: 'create'; input: ProjectInput } | { kind: 'update'; id: number; input: UpdateProject }

export function useSaveProject() {
  return useProjectChange((args: SaveProjectArgs) =>
    args.kind === 'create' ? createProject(args.input) : updateProject(args.id, args.input)
  )
}

export function useSubmitProject() {
  return useProjectChange((id: number) => submitProject(id))
}

export function useUploadPitchDeck() {
  return useProjectChange(({ id, file }: { id: number; file: UploadFile }) => uploadPitchDeck(id, file))
}

export function useRemovePitchDeck() {
  return useProjectChange((id: number) => removePitchDeck(id))
}

export function useDeleteProject() {
  const queryClient = useQueryClient()
  const userId = useUserId()
  return useMutation({
    mutationFn: (id: number) => deleteProject(id),
    onSuccess: () => {
      if (userId !== undefined) void queryClient.invalidateQueries({ queryKey: projectKeys.mine(userId) })
    }
  })
}

export function useReviewAssignments(done: boolean) {
  const userId = useUserId()
  return useInfiniteQuery({
    queryKey: projectKeys.reviewList(userId ?? 0, done),
    queryFn: ({ pageParam }) => fetchReviewAssignments(done, pageParam, PROJECT_PAGE_SIZE),
    enabled: userId !== undefined,
    // Staff assign projects meanwhile: the queue asks again each time it opens.
    staleTime: 0,
    initialPageParam: 1,
    getNextPageParam: nextPage,
    // Lists key their rows by `id`: one assignment per project.
    select: (data) => ({
      ...data,
      pages: data.pages.map((page) => ({ ...page, items: page.items.map((a) => ({ ...a, id: a.project.id })) }))
    })
  })
}

export function useReviewProject(id: number | undefined) {
  const userId = useUserId()
  return useQuery({
    queryKey: projectKeys.review(userId ?? 0, id ?? 0),
    queryFn: () => fetchReviewProject(id as number),
    enabled: userId !== undefined && id !== undefined
  })
}

export function useSubmitReview(projectId: number) {
  const queryClient = useQueryClient()
  const userId = useUserId()
  return useMutation({
    mutationFn: (input: SubmitReview) => submitReview(projectId, input),
    onSuccess: (review) => {
      if (userId === undefined) return
      queryClient.setQueryData<ProjectRecord>(projectKeys.review(userId, projectId), (record) =>
        record ? { ...record, reviews: [review] } : record
      )
      void queryClient.invalidateQueries({ queryKey: [...projectKeys.reviews(userId), 'list'] })
      // Staff score as experts too: their console's project, ranking and dashboard now read differently.
      void queryClient.invalidateQueries({ queryKey: queryKeys.staff.all(userId) })
    }
  })
}

export function useTalents(filters: TalentFilters) {
  const userId = useUserId()
  return useInfiniteQuery({
    queryKey: projectKeys.talents(userId ?? 0, filters),
    queryFn: ({ pageParam }) => fetchTalents(filters, pageParam, PROJECT_PAGE_SIZE),
    enabled: userId !== undefined,
    initialPageParam: 1,
    getNextPageParam: nextPage,
    // Lists key their rows by `id`; a talent is known by the user id.
    select: (data) => ({
      ...data,
      pages: data.pages.map((page) => ({
        ...page,
        items: page.items.map((talent) => ({ ...talent, id: talent.userId }))
      }))
    })
  })
}
