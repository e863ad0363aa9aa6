/** Chinese messages for posting positions, applicants and the staff review queue. */
export const recruitZhCN = {
  'title.orgPositions': '岗位管理',
  'title.orgPositionEdit': '发布岗位',
  'title.orgApplicants': '应聘者',
  'title.orgApplicant': '应聘者详情',
  'title.orgPositionShare': '分享岗位',
  'title.staffPositions': '岗位审核',
} satisfies Record<string, string>
