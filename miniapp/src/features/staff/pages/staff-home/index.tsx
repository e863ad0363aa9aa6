import { View } from '@tarojs/components'
import { Cell } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/cell/style/css'
import { NavCell } from '@/components/NavCell'
import { SignedIn } from '@/components/SessionGates'
import { usePageChrome } from '@/hooks/usePageChrome'
import { useI18n } from '@/i18n'
import { nav, navigateTo } from '@/navigation'
import { useQueueCounts } from '@/features/desk/desk.hooks'
import '../../staff.scss'

/** The service desk's queue, with how many questions are past their time limit. */
function DeskEntry() {
  const { t } = useI18n()
  const counts = useQueueCounts()
  const overdue = counts.data?.overdue ?? 0
  return (
    <NavCell
      className={overdue > 0 ? 'staff__desk staff__desk--overdue' : 'staff__desk'}
      title={t('desk.entry.staff')}
      description={t('desk.entry.staffHint')}
      value={overdue > 0 ? t('desk.entry.staffOverdue', { count: overdue }) : undefined}
      onClick={() => navigateTo('staffDeskQueue')}
    />
  )
}

export default function StaffHomePage() {
  const { t } = useI18n()
  usePageChrome('staffHome')
  return (
    <View className='page staff'>
      <SignedIn roles={['staff', 'admin']}>
        {(me) => (
          <>
            <Cell.Group title={t('dash.staffGroup')} className='staff__group'>
              <NavCell
                title={t('dash.entry')}
                description={t('dash.entryHint')}
                onClick={() => navigateTo('staffDashboard')}
              />
            </Cell.Group>
            <Cell.Group title={t('desk.entry.group')} className='staff__group'>
              <DeskEntry />
            </Cell.Group>
            <Cell.Group title={t('staff.review')} className='staff__group'>
              <NavCell
                title={t('staff.verification')}
                description={t('staff.verificationHint')}
                onClick={() => nav.staffVerification()}
              />
              <NavCell
                title={t('recruit.staff.entry')}
                description={t('recruit.staff.entryHint')}
                onClick={() => navigateTo('staffPositions')}
              />
            </Cell.Group>
            <Cell.Group title={t('console.home.group')} className='staff__group'>
              <NavCell
                title={t('console.home.projects')}
                description={t('console.home.projectsHint')}
                onClick={() => navigateTo('staffProjects')}
              />
              <NavCell
                title={t('console.home.events')}
                description={t('console.home.eventsHint')}
                onClick={() => navigateTo('staffEvents')}
              />
              <NavCell
                title={t('console.home.challenges')}
                description={t('console.home.challengesHint')}
                onClick={() => navigateTo('staffChallenges')}
              />
              <NavCell
                title={t('console.home.intentions')}
                description={t('console.home.intentionsHint')}
                onClick={() => navigateTo('staffIntentions')}
              />
            </Cell.Group>
            <Cell.Group title={t('staff.content')} className='staff__group'>
              <NavCell
                title={t('staff.announcements')}
                description={t('staff.announcementsHint')}
                onClick={() => nav.staffAnnouncements()}
              />
              <NavCell
                title={t('sp.home.policies')}
                description={t('sp.home.policiesHint')}
                onClick={() => navigateTo('staffPolicies')}
              />
            </Cell.Group>
            <Cell.Group title={t('parksMe.staffGroup')} className='staff__group'>
              <NavCell
                title={t('parksMe.hostVisits')}
                description={t('parksMe.hostVisitsHint')}
                onClick={() => navigateTo('hostVisits')}
              />
              <NavCell
                title={t('parksMe.hostRequests')}
                description={t('parksMe.hostRequestsHint')}
                onClick={() => navigateTo('hostContactRequests')}
              />
            </Cell.Group>
            {me.role === 'admin' && (
              <Cell.Group title={t('staff.admin')} className='staff__group'>
                <NavCell
                  title={t('staff.auditLog')}
                  description={t('staff.auditLogHint')}
                  onClick={() => nav.staffAuditLog()}
                />
                <NavCell
                  title={t('staff.createAccount')}
                  description={t('staff.createAccountHint')}
                  onClick={() => nav.staffCreateAccount()}
                />
              </Cell.Group>
            )}
          </>
        )}
      </SignedIn>
    </View>
  )
}
