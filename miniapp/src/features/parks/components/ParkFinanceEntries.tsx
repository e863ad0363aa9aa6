import { Cell } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/cell/style/css'
import type { Me } from '@ihaigui/shared'
import { useI18n, type MessageKey } from '@/i18n'
import { navigateTo } from '@/navigation'
import type { SubpageName } from '@/routes'
import { NavCell } from '@/components/NavCell'

/** Who may book visits and send finance requests. */
function isVisitor(me: Me | null): boolean {
  return me?.role === 'talent' || me?.role === 'enterprise'
}

/** Who answers bookings and requests: staff, and members of a verified organisation (a park operator or provider). */
function isHost(me: Me | null): boolean {
  if (!me) return false
  if (me.role === 'staff' || me.role === 'admin') return true
  return me.role === 'enterprise' && me.organization?.status === 'verified'
}

/** Me: parks and finance services to browse, the user's own bookings and requests, and the host's queues. */
export function ParkFinanceEntries({ me, className }: { me: Me | null; className?: string }) {
  const { t } = useI18n()
  const entries: { title: MessageKey; page: SubpageName }[] = [
    { title: 'parksMe.parks', page: 'parkList' },
    { title: 'parksMe.finance', page: 'financeList' }
  ]
  if (isVisitor(me)) {
    entries.push(
      { title: 'parksMe.myVisits', page: 'myVisits' },
      { title: 'parksMe.myRequests', page: 'myContactRequests' }
    )
  }
  if (isHost(me)) {
    entries.push(
      { title: 'parksMe.hostVisits', page: 'hostVisits' },
      { title: 'parksMe.hostRequests', page: 'hostContactRequests' }
    )
  }
  // Only real cells as children: the group marks its last child as the last cell (no divider under it).
  return (
    <Cell.Group title={t('parksMe.group')} className={className}>
      {entries.map((entry) => (
        <NavCell key={entry.page} title={t(entry.title)} onClick={() => navigateTo(entry.page)} />
      ))}
    </Cell.Group>
  )
}
