/** Chinese messages for the jobs tab, applications and the inbox (talent side). */
export const jobsZhCN = {
  'title.jobDetail': '岗位详情',
  'title.jobApply': '投递简历',
  'title.myApplications': '我的投递',
  'title.applicationDetail': '投递进度',
  'title.jobFavorites': '收藏的岗位',
  'title.inbox': '消息',
} satisfies Record<string, string>
