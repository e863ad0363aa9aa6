/** Chinese messages for parks, visit booking, finance services and the host pages. */
export const parksZhCN = {
  'title.parkList': '产业园区',
  'title.parkDetail': '园区详情',
  'title.parkBook': '预约参观',
  'title.myVisits': '我的参观预约',
  'title.financeList': '金融服务',
  'title.financeDetail': '金融服务详情',
  'title.financeContact': '联系机构',
  'title.myContactRequests': '我的金融咨询',
  'title.hostVisits': '参观预约管理',
  'title.hostContactRequests': '金融咨询管理',
} satisfies Record<string, string>
