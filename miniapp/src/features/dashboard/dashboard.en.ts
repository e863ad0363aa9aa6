import type { dashboardZhCN } from './dashboard.zh-CN'

/** English messages for the staff dashboard; exactly the keys of the Chinese part. */
export const dashboardEn: Record<keyof typeof dashboardZhCN, string> = {
  'title.staffDashboard': 'Dashboard',

  'dash.entry': 'Dashboard',
  'dash.entryHint': 'Matchmaking funnel, projects by origin and field, landings and activity; Excel export',
  'dash.staffGroup': 'Data',

  'dash.period': 'Period',
  'dash.preset.month': 'This month',
  'dash.preset.last30': 'Last 30 days',
  'dash.preset.year': 'This year',
  'dash.preset.custom': 'Custom',
  'dash.from': 'From',
  'dash.to': 'To',
  'dash.range': '{from} to {to}',
  'dash.orderProblem': 'The start cannot be after the end',
  'dash.lengthProblem': 'A period can be at most three years',
  'dash.event': 'Event',
  'dash.allEvents': 'All (any event)',
  'dash.eventsLoading': 'Loading events…',
  'dash.eventsFailed': 'The events could not be loaded; below are the figures for all events',
  'dash.eventScope':
    'With an event chosen, only projects registered for it, its roadshow and intentions from it count; registrations and check-ins are that event’s too.',
  'dash.updating': 'Updating…',
  'dash.empty': 'No data in this period',
  'dash.emptyHint': 'Try another period or event',
  'dash.noRows': 'No data in this period',

  'dash.funnelHint':
    'Each stage counts the steps taken in the period; percentages are the conversion from the stage before.',
  'dash.breakdownHint': 'Projects registered in the period; intentions and signed agreements are all of theirs.',
  'dash.districtHint': 'Landing agreements signed in the period; amounts in yuan.',
  'dash.activityHint': 'How the platform was used in the period.',
  'dash.export': 'Export Excel',
  'dash.exported': 'Exported',
  'dash.chartOf': '{table} chart',

  'dash.col.stage': 'Stage',
  'dash.col.count': 'Count',
  'dash.col.conversion': 'From previous stage',
  'dash.col.region': 'Country/region',
  'dash.col.field': 'Field',
  'dash.col.degree': "Leader's degree",
  'dash.col.projects': 'Projects',
  'dash.col.accepted': 'Screened',
  'dash.col.intentions': 'Intentions',
  'dash.col.signed': 'Signed',
  'dash.col.district': 'District',
  'dash.col.capital': 'Registered capital (yuan)',
  'dash.col.investment': 'Investment (yuan)',
  'dash.col.metric': 'Metric',
  'dash.notGiven': 'Not given'
}
