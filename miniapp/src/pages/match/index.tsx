import type { ReactNode } from 'react'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import {
  EVENT_KIND_LABELS,
  INDUSTRY_LABELS,
  formatAmountRange,
  type ChallengeSummary,
  type EventSummary,
  type Me,
  type ProjectSummary
} from '@ihaigui/shared'
import { useHubChallenges, useHubEvents, useHubProjects } from '@/features/engage/match-hub.hooks'
import { useMe, useSession } from '@/features/account/session.hooks'
import { ProjectCard } from '@/features/projects/components/ProjectCard'
import { EmptyState, ErrorState, ListSkeleton } from '@/components/StateViews'
import { usePageChrome } from '@/hooks/usePageChrome'
import { useI18n, type MessageKey } from '@/i18n'
import { goToLogin, navigateTo } from '@/navigation'
import type { SubpageName } from '@/routes'
import './index.scss'

type Tone = 'blue' | 'green' | 'orange' | 'teal' | 'violet'
interface Tile {
  page: SubpageName
  title: MessageKey
  /** One character in the tile's icon. */
  glyph: MessageKey
  tone: Tone
}

/** The entries each kind of user has on the tab: a talent's own matters, an organisation's browsing, a reviewer's work. */
function tilesFor(me: Me | null): Tile[] {
  switch (me?.role) {
    case 'talent':
      return [
        { page: 'projectEdit', title: 'pj.hub.register', glyph: 'pj.hub.glyph.register', tone: 'blue' },
        { page: 'myProjects', title: 'pj.hub.myProjects', glyph: 'pj.hub.glyph.myProjects', tone: 'teal' },
        { page: 'myEvents', title: 'pj.hub.myEvents', glyph: 'pj.hub.glyph.myEvents', tone: 'green' },
        { page: 'myResponses', title: 'pj.hub.myResponses', glyph: 'pj.hub.glyph.myResponses', tone: 'orange' },
        { page: 'myIntentions', title: 'pj.hub.intentions', glyph: 'pj.hub.glyph.intentions', tone: 'violet' }
      ]
    case 'enterprise':
      return [
        { page: 'projectList', title: 'pj.hub.projects', glyph: 'pj.hub.glyph.projects', tone: 'blue' },
        { page: 'talentBrowse', title: 'pj.hub.talents', glyph: 'pj.hub.glyph.talents', tone: 'teal' },
        { page: 'orgChallenges', title: 'pj.hub.orgChallenges', glyph: 'pj.hub.glyph.orgChallenges', tone: 'orange' },
        { page: 'myIntentions', title: 'pj.hub.intentions', glyph: 'pj.hub.glyph.intentions', tone: 'violet' }
      ]
    case 'reviewer':
      return [
        { page: 'reviewQueue', title: 'pj.hub.reviews', glyph: 'pj.hub.glyph.reviews', tone: 'blue' },
        { page: 'projectList', title: 'pj.hub.projects', glyph: 'pj.hub.glyph.projects', tone: 'teal' }
      ]
    case 'staff':
    case 'admin':
      return [
        { page: 'staffHome', title: 'pj.hub.console', glyph: 'pj.hub.glyph.console', tone: 'blue' },
        { page: 'reviewQueue', title: 'pj.hub.reviews', glyph: 'pj.hub.glyph.reviews', tone: 'teal' }
      ]
    default:
      return [
        { page: 'projectList', title: 'pj.hub.projects', glyph: 'pj.hub.glyph.projects', tone: 'blue' },
        { page: 'eventList', title: 'pj.hub.events', glyph: 'pj.hub.glyph.events', tone: 'green' },
        { page: 'challengeList', title: 'pj.hub.challenges', glyph: 'pj.hub.glyph.challenges', tone: 'orange' }
      ]
  }
}

function Tiles({ me }: { me: Me | null }) {
  const { t } = useI18n()
  return (
    <View className='match__tiles'>
      {tilesFor(me).map((tile) => (
        <View
          key={tile.page}
          className={`match__tile match__tile--${tile.tone}`}
          hoverClass='match__tile--pressed'
          onClick={() => navigateTo(tile.page)}
        >
          <View className='match__tile-icon'>
            <Text>{t(tile.glyph)}</Text>
          </View>
          <Text className='match__tile-title'>{t(tile.title)}</Text>
        </View>
      ))}
    </View>
  )
}

interface PreviewQuery<T> {
  data: T[] | undefined
  error: unknown
  isPending: boolean
  isError: boolean
  refetch: () => unknown
}

/** One preview: its title and a link to the whole list, then the items, a skeleton, an error or "nothing yet". */
function Section<T extends { id: number }>({
  title,
  more,
  query,
  empty,
  render
}: {
  title: MessageKey
  more: SubpageName
  query: PreviewQuery<T>
  empty: MessageKey
  render: (item: T) => ReactNode
}) {
  const { t } = useI18n()
  let body: ReactNode
  if (query.isPending) body = <ListSkeleton count={2} />
  else if (query.isError || !query.data) body = <ErrorState error={query.error} onRetry={() => query.refetch()} />
  else if (query.data.length === 0) body = <EmptyState message={t(empty)} />
  else body = query.data.map((item) => <View key={item.id}>{render(item)}</View>)
  return (
    <View className='section match__section'>
      <View className='section__head'>
        <Text className='section__title'>{t(title)}</Text>
        <Text className='section__more' onClick={() => navigateTo(more)}>
          {t('pj.hub.all')} ›
        </Text>
      </View>
      {body}
    </View>
  )
}

function EventRow({ event }: { event: EventSummary }) {
  const { t, label, localized, dateTime } = useI18n()
  const where = event.online ? t('pj.hub.online') : event.place ? localized(event.place, event.placeEn) : ''
  return (
    <View
      className='match__row'
      hoverClass='match__row--pressed'
      onClick={() => navigateTo('eventDetail', { id: event.id })}
    >
      <View className='match__row-head'>
        <Text className='match__row-kind'>{label(EVENT_KIND_LABELS[event.kind])}</Text>
        <Text className={event.registrationOpen ? 'match__row-state match__row-state--open' : 'match__row-state'}>
          {t(event.registrationOpen ? 'pj.hub.registrationOpen' : 'pj.hub.registrationClosed')}
        </Text>
      </View>
      <Text className='match__row-title'>{localized(event.title, event.titleEn)}</Text>
      <Text className='match__row-meta'>
        {where ? `${dateTime(event.startsAt)} · ${where}` : dateTime(event.startsAt)}
      </Text>
    </View>
  )
}

function ChallengeRow({ challenge }: { challenge: ChallengeSummary }) {
  const { t, label, localized, date, locale } = useI18n()
  const budget = formatAmountRange(challenge.budgetMin, challenge.budgetMax, locale)
  return (
    <View
      className='match__row'
      hoverClass='match__row--pressed'
      onClick={() => navigateTo('challengeDetail', { id: challenge.id })}
    >
      <View className='match__row-head'>
        <Text className='match__row-kind'>{label(INDUSTRY_LABELS[challenge.field])}</Text>
        <Text className='match__row-budget'>{budget ?? t('pj.hub.budgetOpen')}</Text>
      </View>
      <Text className='match__row-title'>{localized(challenge.title, challenge.titleEn)}</Text>
      <Text className='match__row-meta'>
        {challenge.organization.name} · {t('pj.hub.deadline', { date: date(`${challenge.deadline}T00:00:00+08:00`) })}
      </Text>
    </View>
  )
}

export default function MatchPage() {
  const { t } = useI18n()
  const session = useSession()
  const { data: me } = useMe()
  const user = me ?? session?.user ?? null
  const events = useHubEvents()
  const challenges = useHubChallenges()
  const projects = useHubProjects()
  usePageChrome('match')

  usePullDownRefresh(() => {
    // refetch() settles with the query's state, a failure included; it does not reject.
    void Promise.all([events.refetch(), challenges.refetch(), projects.refetch()]).finally(() =>
      Taro.stopPullDownRefresh()
    )
  })

  return (
    <View className='page match'>
      <View className='match__hero'>
        <Text className='match__heading'>{t('match.heading')}</Text>
        <Text className='match__intro'>{t('pj.hub.intro')}</Text>
        {!user && (
          <Text className='match__sign-in' onClick={() => goToLogin()}>
            {t('pj.hub.signIn')} ›
          </Text>
        )}
      </View>
      <Tiles me={user} />
      <Section<EventSummary>
        title='pj.hub.upcomingEvents'
        more='eventList'
        query={events}
        empty='pj.hub.noEvents'
        render={(event) => <EventRow event={event} />}
      />
      <Section<ChallengeSummary>
        title='pj.hub.openChallenges'
        more='challengeList'
        query={challenges}
        empty='pj.hub.noChallenges'
        render={(challenge) => <ChallengeRow challenge={challenge} />}
      />
      <Section<ProjectSummary>
        title='pj.hub.latestProjects'
        more='projectList'
        query={projects}
        empty='pj.hub.noProjects'
        render={(project) => <ProjectCard project={project} />}
      />
    </View>
  )
}
