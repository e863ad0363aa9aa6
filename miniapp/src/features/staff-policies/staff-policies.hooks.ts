import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import {
  hasNextPage,
  type ImportMode,
  type PolicyInput,
  type PolicyRecord,
  type StaffPolicyView,
  type UpdatePolicy
} from '@ihaigui/shared'
import { discoveryKeys } from '@/features/discovery/discovery.hooks'
import { queryKeys } from '@/api/query-keys'
import { useUserId } from '@/features/account/session.hooks'
import {
  archivePolicy,
  createPolicy,
  deletePolicyAttachment,
  fetchStaffPolicies,
  fetchStaffPolicy,
  importPolicies,
  publishPolicy,
  updatePolicy,
  uploadPolicyAttachment,
  type ChosenFile
} from './staff-policies.api'

export const STAFF_POLICY_PAGE_SIZE = 20

/** Cache keys of the staff policy console, inside the signed-in staff member's own family. */
export const staffPolicyKeys = {
  all: (userId: number) => [...queryKeys.staff.all(userId), 'policies'] as const,
  lists: (userId: number) => [...staffPolicyKeys.all(userId), 'list'] as const,
  list: (userId: number, view: StaffPolicyView) => [...staffPolicyKeys.lists(userId), view] as const,
  detail: (userId: number, id: number) => [...staffPolicyKeys.all(userId), 'detail', id] as const
}

/** Policies of one console view, page by page. */
export function useStaffPolicies(view: StaffPolicyView) {
  const userId = useUserId()
  return useInfiniteQuery({
    queryKey: staffPolicyKeys.list(userId ?? 0, view),
    queryFn: ({ pageParam }) => fetchStaffPolicies({ view, page: pageParam, pageSize: STAFF_POLICY_PAGE_SIZE }),
    enabled: userId !== undefined,
    initialPageParam: 1,
    getNextPageParam: (last) => (hasNextPage(last) ? last.page + 1 : undefined)
  })
}

export function useStaffPolicy(id: number | undefined) {
  const userId = useUserId()
  return useQuery({
    queryKey: staffPolicyKeys.detail(userId ?? 0, id ?? 0),
    queryFn: () => fetchStaffPolicy(id as number),
    enabled: userId !== undefined && id !== undefined
  })
}

export type PolicyAction =
  | { kind: 'create'; input: PolicyInput }
  | { kind: 'update'; id: number; input: UpdatePolicy }
  | { kind: 'publish'; id: number }
  | { kind: 'archive'; id: number }
  | { kind: 'attach'; id: number; file: ChosenFile }
  | { kind: 'detach'; id: number; attachmentId: number }

function runPolicyAction(action: PolicyAction): Promise<PolicyRecord> {
  switch (action.kind) {
    case 'create':
      return createPolicy(action.input)
    case 'update':
      return updatePolicy(action.id, action.input)
    case 'publish':
      return publishPolicy(action.id)
    case 'archive':
      return archivePolicy(action.id)
    case 'attach':
      return uploadPolicyAttachment(action.id, action.file)
    case 'detach':
      return deletePolicyAttachment(action.id, action.attachmentId)
  }
}

/** Every change staff make to a policy; keeps the record cached and refreshes the console lists and what talents see. */
export function usePolicyAction() {
  const queryClient = useQueryClient()
  const userId = useUserId()
  return useMutation({
    mutationFn: runPolicyAction,
    onSuccess: (record) => {
      if (userId !== undefined) {
        queryClient.setQueryData(staffPolicyKeys.detail(userId, record.id), record)
        void queryClient.invalidateQueries({ queryKey: staffPolicyKeys.lists(userId) })
      }
      // What talents read (lists and details) follows the change.
      void queryClient.invalidateQueries({ queryKey: discoveryKeys.policies })
    }
  })
}

/** Checks (dryRun) or imports a spreadsheet; a write refreshes the console lists. */
export function useImportPolicies() {
  const queryClient = useQueryClient()
  const userId = useUserId()
  return useMutation({
    mutationFn: ({ file, mode, dryRun }: { file: ChosenFile; mode: ImportMode; dryRun: boolean }) =>
      importPolicies(file, { mode, dryRun }),
    onSuccess: (report) => {
      if (report.imported > 0 && userId !== undefined) {
        void queryClient.invalidateQueries({ queryKey: staffPolicyKeys.lists(userId) })
      }
    }
  })
}
