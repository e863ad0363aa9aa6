import type { parksZhCN } from './parks.zh-CN'

/** English messages for parks, visit booking, finance services and the host pages; exactly the keys of the Chinese part. */
export const parksEn: Record<keyof typeof parksZhCN, string> = {
  'title.parkList': 'Industrial parks',
  'title.parkDetail': 'Park',
  'title.parkBook': 'Book a visit',
  'title.myVisits': 'My park visits',
  'title.financeList': 'Finance services',
  'title.financeDetail': 'Finance service',
  'title.financeContact': 'Contact the provider',
  'title.myContactRequests': 'My finance requests',
  'title.hostVisits': 'Visit bookings',
  'title.hostContactRequests': 'Finance requests',
}
