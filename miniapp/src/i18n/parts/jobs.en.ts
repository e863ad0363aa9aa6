import type { jobsZhCN } from './jobs.zh-CN'

/** English messages for the jobs tab, applications and the inbox (talent side); exactly the keys of the Chinese part. */
export const jobsEn: Record<keyof typeof jobsZhCN, string> = {
  'title.jobDetail': 'Position',
  'title.jobApply': 'Apply',
  'title.myApplications': 'My applications',
  'title.applicationDetail': 'Application',
  'title.jobFavorites': 'Saved positions',
  'title.inbox': 'Messages',
}
