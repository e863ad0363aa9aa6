import { Cell } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/cell/style/css'
import type { Me } from '@ihaigui/shared'
import { useUnreadCount } from '@/features/jobs/jobs.hooks'
import { useChatUnread } from '@/features/chat/chat.hooks'
import { formatCount, useI18n } from '@/i18n'
import { navigateTo } from '@/navigation'
import { NavCell } from '@/components/NavCell'
import './JobEntries.scss'

/** Me: a talent's applications and saved positions, and everyone's messages and 洽谈 conversations with their unread counts. */
export function JobEntries({ me, className }: { me: Me; className?: string }) {
  const { t, locale } = useI18n()
  const { data: unread = 0 } = useUnreadCount()
  const { data: chatUnread = 0 } = useChatUnread()
  const inbox = (
    <NavCell
      key='inbox'
      className={unread > 0 ? 'job-entries__inbox job-entries__inbox--unread' : 'job-entries__inbox'}
      title={t('jobsMe.messages')}
      value={unread > 0 ? t('jobsMe.unread', { count: formatCount(unread, locale) }) : undefined}
      onClick={() => navigateTo('inbox')}
    />
  )
  const conversations = (
    <NavCell
      key='conversations'
      className={chatUnread > 0 ? 'job-entries__inbox job-entries__inbox--unread' : 'job-entries__inbox'}
      title={t('chat.meEntry')}
      value={chatUnread > 0 ? t('jobsMe.unread', { count: formatCount(chatUnread, locale) }) : undefined}
      onClick={() => navigateTo('conversations')}
    />
  )
  // Only real cells as children: the group marks its last child as the last cell (no divider under it).
  const cells =
    me.role === 'talent'
      ? [
          <NavCell key='applications' title={t('jobsMe.applications')} onClick={() => navigateTo('myApplications')} />,
          <NavCell key='favorites' title={t('jobsMe.favorites')} onClick={() => navigateTo('jobFavorites')} />,
          conversations,
          inbox
        ]
      : [conversations, inbox]
  return (
    <Cell.Group title={t('jobsMe.group')} className={className}>
      {cells}
    </Cell.Group>
  )
}
