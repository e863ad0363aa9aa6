import { API, type ChallengeSummary, type EventSummary, type ProjectSummary } from '@ihaigui/shared'
import { callApi } from '@/api/request'
import { getSession } from '@/api/session'

/* The few items the 对接 tab previews; each list has a page of its own. Public, with the session when there is one. */

const withSession = () => ({ auth: getSession() !== null })

export async function fetchUpcomingEventPreview(count: number): Promise<EventSummary[]> {
  const page = await callApi(API.events.list, { query: { when: 'upcoming', page: 1, pageSize: count } }, withSession())
  return page.items
}

export async function fetchOpenChallengePreview(count: number): Promise<ChallengeSummary[]> {
  const page = await callApi(API.challenges.list, { query: { page: 1, pageSize: count } }, withSession())
  return page.items
}

export async function fetchLatestProjectPreview(count: number): Promise<ProjectSummary[]> {
  const page = await callApi(API.projects.list, { query: { page: 1, pageSize: count } }, withSession())
  return page.items
}
