import type { recruitZhCN } from './recruit.zh-CN'

/** English messages for posting positions, applicants and the staff review queue; exactly the keys of the Chinese part. */
export const recruitEn: Record<keyof typeof recruitZhCN, string> = {
  'title.orgPositions': 'Our positions',
  'title.orgPositionEdit': 'Post a position',
  'title.orgApplicants': 'Applicants',
  'title.orgApplicant': 'Applicant',
  'title.orgPositionShare': 'Share position',
  'title.staffPositions': 'Position review',
}
