/** Chinese messages for talent projects, browsing talents, expert review and intentions. */
export const projectsZhCN = {
  'title.projectList': '项目库',
  'title.projectDetail': '项目详情',
  'title.myProjects': '我的项目',
  'title.projectEdit': '登记项目',
  'title.talentBrowse': '人才库',
  'title.reviewQueue': '评审任务',
  'title.reviewScore': '项目评分',
  'title.myIntentions': '对接意向',
  'title.intentionDetail': '意向详情',
  'title.intentionPropose': '发起对接',
}
