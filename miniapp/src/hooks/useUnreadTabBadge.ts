import { useEffect } from 'react'
import Taro, { useDidShow } from '@tarojs/taro'
import { useUnreadCount } from '@/features/jobs/jobs.hooks'
import { useChatUnread, useConversationsLive } from '@/features/chat/chat.hooks'
import { useUserId } from '@/features/account/session.hooks'
import { TAB_ORDER } from '@/routes'

const ME_TAB_INDEX = TAB_ORDER.indexOf('me')

/** Puts the unread count on the 我的 tab (none at 0). weapp refuses while no tab page shows; the next tab page shown retries. */
export function applyUnreadBadge(unread: number): void {
  if (unread > 0) {
    Taro.setTabBarBadge({ index: ME_TAB_INDEX, text: unread > 99 ? '99+' : String(unread) }).catch(() => undefined)
  } else {
    Taro.removeTabBarBadge({ index: ME_TAB_INDEX }).catch(() => undefined)
  }
}

/**
 * On a tab page: keeps the unread badge of the 我的 tab in step with the inbox and the 洽谈 conversations (pushed
 * messages refresh it). Each time the page shows (which
 * includes the app coming back to the foreground) the count is asked again; reading messages refreshes it too.
 */
export function useUnreadTabBadge(active: boolean): void {
  const userId = useUserId()
  const query = useUnreadCount(active)
  const chat = useChatUnread(active)
  useConversationsLive(active && userId !== undefined)
  const unread = userId === undefined ? 0 : (query.data ?? 0) + (chat.data ?? 0)

  useEffect(() => {
    if (active) applyUnreadBadge(unread)
  }, [active, unread])

  useDidShow(() => {
    if (!active) return
    applyUnreadBadge(unread)
    if (userId !== undefined && !query.isFetching) void query.refetch()
    if (userId !== undefined && !chat.isFetching) void chat.refetch()
  })
}
