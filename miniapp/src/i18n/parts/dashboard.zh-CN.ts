/** Chinese messages for the staff dashboard. */
export const dashboardZhCN = {
  'title.staffDashboard': '数据看板',
}
