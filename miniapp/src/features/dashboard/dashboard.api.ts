import {
  API,
  type Dashboard,
  type DashboardQuery,
  type DashboardTable,
  type EventSummary,
  type Locale
} from '@ihaigui/shared'
import { fetchStaffEvents } from '@/features/console/console.api'
import { callApi, type DownloadedFile } from '@/api/request'

/* Staff dashboard (数据看板): the figures of a period, the events to filter by, and the Excel export of one table. */

function periodQuery(query: DashboardQuery) {
  return { from: query.from, to: query.to, eventId: query.eventId }
}

export function fetchDashboard(query: DashboardQuery): Promise<Dashboard> {
  return callApi(API.dashboard.get, { query: periodQuery(query) })
}

/** The latest events (any state) for the dashboard's event filter. */
export async function fetchDashboardEvents(): Promise<EventSummary[]> {
  return (await fetchStaffEvents(undefined, 1, 50)).items
}

export function downloadDashboardTable(
  query: DashboardQuery,
  table: DashboardTable,
  lang: Locale
): Promise<DownloadedFile> {
  return callApi(API.dashboard.export, { query: { ...periodQuery(query), table, lang } })
}
