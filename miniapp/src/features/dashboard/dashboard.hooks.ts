import { keepPreviousData, useQuery } from '@tanstack/react-query'
import type { DashboardQuery } from '@ihaigui/shared'
import { fetchDashboard, fetchDashboardEvents } from './dashboard.api'
import { queryKeys } from '@/api/query-keys'
import { useUserId } from '@/features/account/session.hooks'

/** Cache keys of the dashboard, inside the signed-in staff member's own family. */
export const dashboardKeys = {
  all: (userId: number) => [...queryKeys.staff.all(userId), 'dashboard'] as const,
  figures: (userId: number, query: DashboardQuery) =>
    [...dashboardKeys.all(userId), 'figures', query.from, query.to, query.eventId ?? 0] as const,
  events: (userId: number) => [...dashboardKeys.all(userId), 'events'] as const
}

/** The dashboard of a period; the previous period's figures stay on screen while the next one loads. */
export function useDashboard(query: DashboardQuery) {
  const userId = useUserId()
  return useQuery({
    queryKey: dashboardKeys.figures(userId ?? 0, query),
    queryFn: () => fetchDashboard(query),
    enabled: userId !== undefined,
    placeholderData: keepPreviousData
  })
}

export function useDashboardEvents() {
  const userId = useUserId()
  return useQuery({
    queryKey: dashboardKeys.events(userId ?? 0),
    queryFn: fetchDashboardEvents,
    enabled: userId !== undefined,
    staleTime: 5 * 60 * 1000
  })
}
