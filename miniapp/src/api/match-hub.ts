import {
  challengePageSchema,
  eventPageSchema,
  projectPageSchema,
  type ChallengeSummary,
  type EventSummary,
  type ProjectSummary
} from '@ihaigui/shared'
import { apiRequest } from './request'
import { getSession } from './session'

/* The few items the 对接 tab previews; each list has a page of its own. Public, with the session when there is one. */

const withSession = () => getSession() !== null

export async function fetchUpcomingEventPreview(count: number): Promise<EventSummary[]> {
  const page = await apiRequest({ path: '/events', query: { when: 'upcoming', page: 1, pageSize: count }, schema: eventPageSchema, auth: withSession() })
  return page.items
}

export async function fetchOpenChallengePreview(count: number): Promise<ChallengeSummary[]> {
  const page = await apiRequest({ path: '/challenges', query: { page: 1, pageSize: count }, schema: challengePageSchema, auth: withSession() })
  return page.items
}

export async function fetchLatestProjectPreview(count: number): Promise<ProjectSummary[]> {
  const page = await apiRequest({ path: '/projects', query: { page: 1, pageSize: count }, schema: projectPageSchema, auth: withSession() })
  return page.items
}
