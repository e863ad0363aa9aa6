import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { Me, RegisterOrganization, TalentProfileInput } from '@ihaigui/shared'
import { fetchTalentProfile, saveTalentProfile, uploadCv, type PickedFile } from './account.api'
import { fetchPrivacyPolicy } from './auth.api'
import { fetchMyOrganization, registerOrganization } from './organizations.api'
import { queryKeys } from '@/api/query-keys'
import { useUserId } from './session.hooks'

/** The current privacy policy (public; changes rarely). */
export function usePrivacyPolicy() {
  return useQuery({ queryKey: queryKeys.privacyPolicy(), queryFn: fetchPrivacyPolicy, staleTime: 60 * 60_000 })
}

/** The talent's own profile; data is null while none has been saved. */
export function useTalentProfile() {
  const userId = useUserId()
  return useQuery({
    queryKey: queryKeys.user.talentProfile(userId ?? 0),
    queryFn: fetchTalentProfile,
    enabled: userId !== undefined
  })
}

export function useSaveTalentProfile() {
  const queryClient = useQueryClient()
  const userId = useUserId()
  return useMutation({
    mutationFn: (input: TalentProfileInput) => saveTalentProfile(input),
    onSuccess: (profile) => {
      if (userId === undefined) return
      queryClient.setQueryData(queryKeys.user.talentProfile(userId), profile)
      // hasTalentProfile may have flipped.
      void queryClient.invalidateQueries({ queryKey: queryKeys.user.me(userId) })
    }
  })
}

export function useUploadCv() {
  const queryClient = useQueryClient()
  const userId = useUserId()
  return useMutation({
    mutationFn: (file: PickedFile) => uploadCv(file),
    onSuccess: (profile) => {
      if (userId !== undefined) queryClient.setQueryData(queryKeys.user.talentProfile(userId), profile)
    }
  })
}

/** The enterprise user's organisation; data is null while none has been registered. */
export function useMyOrganization() {
  const userId = useUserId()
  return useQuery({
    queryKey: queryKeys.user.organization(userId ?? 0),
    queryFn: fetchMyOrganization,
    enabled: userId !== undefined
  })
}

export function useRegisterOrganization() {
  const queryClient = useQueryClient()
  const userId = useUserId()
  return useMutation({
    mutationFn: (input: RegisterOrganization) => registerOrganization(input),
    onSuccess: (organization) => {
      if (userId === undefined) return
      queryClient.setQueryData(queryKeys.user.organization(userId), organization)
      queryClient.setQueryData<Me>(queryKeys.user.me(userId), (me) =>
        me ? { ...me, organization: { id: organization.id, name: organization.name, status: organization.status } } : me
      )
      void queryClient.invalidateQueries({ queryKey: queryKeys.user.me(userId) })
    }
  })
}
