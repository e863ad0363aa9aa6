/** Chinese messages for events, roadshows, check-in codes and 揭榜挂帅 challenges. */
export const engageZhCN = {
  'title.eventList': '活动',
  'title.eventDetail': '活动详情',
  'title.myEvents': '我的活动',
  'title.eventTicket': '签到码',
  'title.challengeList': '揭榜挂帅',
  'title.challengeDetail': '榜单详情',
  'title.challengeRespond': '揭榜',
  'title.myResponses': '我的揭榜',
  'title.orgChallenges': '我们的榜单',
  'title.orgChallengeEdit': '发布榜单',
  'title.orgChallengeResponses': '揭榜方案',
}
