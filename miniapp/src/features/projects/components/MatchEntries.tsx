import { Cell } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/cell/style/css'
import type { Me } from '@ihaigui/shared'
import { useI18n, type MessageKey } from '@/i18n'
import { navigateTo } from '@/navigation'
import type { SubpageName } from '@/routes'
import { NavCell } from '@/components/NavCell'

function entriesFor(me: Me): { title: MessageKey; page: SubpageName }[] {
  switch (me.role) {
    case 'talent':
      return [
        { title: 'pj.me.projects', page: 'myProjects' },
        { title: 'pj.me.events', page: 'myEvents' },
        { title: 'pj.me.responses', page: 'myResponses' },
        { title: 'pj.me.intentions', page: 'myIntentions' }
      ]
    case 'enterprise':
      return [
        { title: 'pj.me.orgChallenges', page: 'orgChallenges' },
        { title: 'pj.me.orgIntentions', page: 'myIntentions' },
        { title: 'pj.me.browseProjects', page: 'projectList' },
        { title: 'pj.me.browseTalents', page: 'talentBrowse' },
        { title: 'pj.me.events', page: 'myEvents' }
      ]
    case 'reviewer':
      return [{ title: 'pj.me.reviews', page: 'reviewQueue' }]
    case 'staff':
    case 'admin':
      // Staff may be assigned as experts too.
      return [{ title: 'pj.me.reviews', page: 'reviewQueue' }]
  }
}

/** Me: the matchmaking areas of each role — projects, events, challenges, intentions, reviews. */
export function MatchEntries({ me, className }: { me: Me; className?: string }) {
  const { t } = useI18n()
  // Only real cells as children: the group marks its last child as the last cell (no divider under it).
  return (
    <Cell.Group title={t('pj.me.group')} className={className}>
      {entriesFor(me).map((entry) => (
        <NavCell key={`${entry.page}-${entry.title}`} title={t(entry.title)} onClick={() => navigateTo(entry.page)} />
      ))}
    </Cell.Group>
  )
}
