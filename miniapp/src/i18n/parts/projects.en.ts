import type { projectsZhCN } from './projects.zh-CN'

/** English messages for talent projects, browsing talents, expert review and intentions; exactly the keys of the Chinese part. */
export const projectsEn: Record<keyof typeof projectsZhCN, string> = {
  'title.projectList': 'Projects',
  'title.projectDetail': 'Project',
  'title.myProjects': 'My projects',
  'title.projectEdit': 'Register a project',
  'title.talentBrowse': 'Talents',
  'title.reviewQueue': 'Reviews to do',
  'title.reviewScore': 'Score a project',
  'title.myIntentions': 'Intentions',
  'title.intentionDetail': 'Intention',
  'title.intentionPropose': 'Propose',
}
