/** Chinese messages for the staff console's matchmaking pages. */
export const consoleZhCN = {
  'title.staffProjects': '项目筛选与评审',
  'title.staffProject': '项目审核',
  'title.staffEvents': '活动管理',
  'title.staffEventEdit': '编辑活动',
  'title.staffEvent': '活动现场',
  'title.staffChallenges': '榜单审核',
  'title.staffIntentions': '对接意向',
}
