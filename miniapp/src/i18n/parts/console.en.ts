import type { consoleZhCN } from './console.zh-CN'

/** English messages for the staff console's matchmaking pages; exactly the keys of the Chinese part. */
export const consoleEn: Record<keyof typeof consoleZhCN, string> = {
  'title.staffProjects': 'Projects',
  'title.staffProject': 'Project review',
  'title.staffEvents': 'Events',
  'title.staffEventEdit': 'Edit event',
  'title.staffEvent': 'Event desk',
  'title.staffChallenges': 'Challenge review',
  'title.staffIntentions': 'Intentions',
}
