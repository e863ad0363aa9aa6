import { useQuery } from '@tanstack/react-query'
import { fetchLatestProjectPreview, fetchOpenChallengePreview, fetchUpcomingEventPreview } from './match-hub.api'
import { useUserId } from '@/features/account/session.hooks'

/** How many items each section of the 对接 tab previews. */
export const HUB_PREVIEW_COUNT = 3

/** What a reader sees may depend on who reads (verified organisations see more projects): keys carry the reader. */
export const hubKeys = {
  events: (readerId: number | undefined) => ['events', 'hub', readerId ?? 0] as const,
  challenges: (readerId: number | undefined) => ['challenges', 'hub', readerId ?? 0] as const,
  projects: (readerId: number | undefined) => ['projects', 'hub', readerId ?? 0] as const
}

export function useHubEvents() {
  const userId = useUserId()
  return useQuery({ queryKey: hubKeys.events(userId), queryFn: () => fetchUpcomingEventPreview(HUB_PREVIEW_COUNT) })
}

export function useHubChallenges() {
  const userId = useUserId()
  return useQuery({ queryKey: hubKeys.challenges(userId), queryFn: () => fetchOpenChallengePreview(HUB_PREVIEW_COUNT) })
}

export function useHubProjects() {
  const userId = useUserId()
  return useQuery({ queryKey: hubKeys.projects(userId), queryFn: () => fetchLatestProjectPreview(HUB_PREVIEW_COUNT) })
}
