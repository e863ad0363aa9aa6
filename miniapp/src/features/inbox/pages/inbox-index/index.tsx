import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { Notification } from '@ihaigui/shared'
import { describeError } from '@/api/errors'
import { useMarkAllNotificationsRead, useMarkNotificationRead, useNotifications } from '@/features/jobs/jobs.hooks'
import { InfiniteList } from '@/components/InfiniteList'
import { SignedIn } from '@/components/SessionGates'
import { useInfiniteListControls } from '@/hooks/useInfiniteListControls'
import { usePageChrome } from '@/hooks/usePageChrome'
import { formatCount, useI18n } from '@/i18n'
import { navigateTo, switchTab } from '@/navigation'
import { PAGES, isTabPage, type PageName } from '@/routes'
import './index.scss'

/** Opens the page a message points to; its `page` is a route name (an unknown one opens nothing). */
function openLink(link: Notification['link']) {
  if (!link || !Object.prototype.hasOwnProperty.call(PAGES, link.page)) return
  const page = link.page as PageName
  if (isTabPage(page)) void switchTab(page)
  else void navigateTo(page, { id: link.id })
}

function MessageCard({ message, onOpen }: { message: Notification; onOpen: (message: Notification) => void }) {
  const { label, dateTime } = useI18n()
  return (
    <View
      className={message.read ? 'inbox-card' : 'inbox-card inbox-card--unread'}
      hoverClass='inbox-card--pressed'
      onClick={() => onOpen(message)}
    >
      <View className='inbox-card__head'>
        {!message.read && <View className='inbox-card__dot' />}
        <Text className='inbox-card__title'>{label(message.title)}</Text>
      </View>
      <Text className='inbox-card__body'>{label(message.body)}</Text>
      <View className='inbox-card__foot'>
        <Text className='inbox-card__time'>{dateTime(message.createdAt)}</Text>
        {message.link && <Text className='inbox-card__more'>›</Text>}
      </View>
    </View>
  )
}

function Inbox() {
  const { t, locale } = useI18n()
  const query = useNotifications()
  const markRead = useMarkNotificationRead()
  const markAll = useMarkAllNotificationsRead()
  useInfiniteListControls(query)
  const unread = query.data?.pages[0]?.unread ?? 0

  const open = (message: Notification) => {
    if (!message.read) markRead.mutate(message.id)
    openLink(message.link)
  }

  const readAll = async () => {
    if (markAll.isPending || unread === 0) return
    try {
      await markAll.mutateAsync()
      Taro.showToast({ title: t('inbox.allRead'), icon: 'success' })
    } catch (error) {
      Taro.showToast({ title: describeError(error, locale).message, icon: 'none' })
    }
  }

  return (
    <>
      <View className='inbox__summary'>
        <Text className='inbox__count'>
          {query.data
            ? unread > 0
              ? t('inbox.unread', { count: formatCount(unread, locale) })
              : t('inbox.noneUnread')
            : ' '}
        </Text>
        {unread > 0 && (
          <Text
            className={markAll.isPending ? 'inbox__read-all inbox__read-all--busy' : 'inbox__read-all'}
            onClick={readAll}
          >
            {t('inbox.markAllRead')}
          </Text>
        )}
      </View>
      <InfiniteList
        query={query}
        emptyMessage={t('inbox.empty')}
        renderItem={(message) => <MessageCard message={message} onOpen={open} />}
      />
    </>
  )
}

export default function InboxPage() {
  usePageChrome('inbox')
  return (
    <View className='page inbox'>
      <SignedIn>{() => <Inbox />}</SignedIn>
    </View>
  )
}
