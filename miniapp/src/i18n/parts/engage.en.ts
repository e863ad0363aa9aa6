import type { engageZhCN } from './engage.zh-CN'

/** English messages for events, roadshows, check-in codes and 揭榜挂帅 challenges; exactly the keys of the Chinese part. */
export const engageEn: Record<keyof typeof engageZhCN, string> = {
  'title.eventList': 'Events',
  'title.eventDetail': 'Event',
  'title.myEvents': 'My events',
  'title.eventTicket': 'Check-in code',
  'title.challengeList': 'Challenges',
  'title.challengeDetail': 'Challenge',
  'title.challengeRespond': 'Respond',
  'title.myResponses': 'My responses',
  'title.orgChallenges': 'Our challenges',
  'title.orgChallengeEdit': 'Post a challenge',
  'title.orgChallengeResponses': 'Responses',
}
