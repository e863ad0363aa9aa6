import { dashboardSchema, eventPageSchema, type Dashboard, type DashboardQuery, type DashboardTable, type EventSummary, type Locale } from '@ihaigui/shared'
import { apiDownload, apiGet, type DownloadedFile, type QueryParams } from './request'

/* Staff dashboard (数据看板): the figures of a period, the events to filter by, and the Excel export of one table. */

function periodParams(query: DashboardQuery): QueryParams {
  return { from: query.from, to: query.to, eventId: query.eventId }
}

export function fetchDashboard(query: DashboardQuery): Promise<Dashboard> {
  return apiGet('/staff/dashboard', dashboardSchema, periodParams(query))
}

/** The latest events (any state) for the dashboard's event filter. */
export async function fetchDashboardEvents(): Promise<EventSummary[]> {
  return (await apiGet('/staff/events', eventPageSchema, { page: 1, pageSize: 50 })).items
}

export function downloadDashboardTable(query: DashboardQuery, table: DashboardTable, lang: Locale): Promise<DownloadedFile> {
  const params = { ...periodParams(query), table, lang }
  const qs = Object.entries(params)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`)
    .join('&')
  return apiDownload(`/staff/dashboard/export?${qs}`)
}
