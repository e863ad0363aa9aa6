import type { dashboardZhCN } from './dashboard.zh-CN'

/** English messages for the staff dashboard; exactly the keys of the Chinese part. */
export const dashboardEn: Record<keyof typeof dashboardZhCN, string> = {
  'title.staffDashboard': 'Dashboard',
}
