import { useState } from 'react'
import Taro from '@tarojs/taro'
import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query'
import { hasNextPage, type ConversationKind } from '@ihaigui/shared'
import { describeError } from '@/api/errors'
import { queryKeys } from '@/api/query-keys'
import { useUserId } from '@/features/account/session.hooks'
import { useI18n } from '@/i18n'
import { useLiveFrames, useLiveReconnected, usePollWhileOffline } from '@/live/live'
import { navigateTo } from '@/navigation'
import { fetchChatUnread, fetchConversationFor, fetchConversations } from './chat.api'

export const CONVERSATION_PAGE_SIZE = 15
/** How often the list and the badge are asked again while no live connection brings changes. */
const LIST_POLL_MS = 15_000

/** Cache keys of the reader's conversations (under the signed-in user). */
export const chatKeys = {
  all: (userId: number) => [...queryKeys.user.of(userId), 'conversations'] as const,
  list: (userId: number) => [...chatKeys.all(userId), 'list'] as const,
  unread: (userId: number) => [...chatKeys.all(userId), 'unread'] as const
}

/** The reader's conversations, newest message first. */
export function useConversations() {
  const userId = useUserId()
  return useInfiniteQuery({
    queryKey: chatKeys.list(userId ?? 0),
    queryFn: ({ pageParam }) => fetchConversations(pageParam, CONVERSATION_PAGE_SIZE),
    enabled: userId !== undefined,
    initialPageParam: 1,
    getNextPageParam: (last) => (hasNextPage(last) ? last.page + 1 : undefined)
  })
}

/** Unread 洽谈 messages over all the reader's conversations (0 signed out; a failure shows as 0, it is a badge). */
export function useChatUnread(enabled = true) {
  const userId = useUserId()
  return useQuery({
    queryKey: chatKeys.unread(userId ?? 0),
    queryFn: fetchChatUnread,
    enabled: enabled && userId !== undefined,
    retry: false
  })
}

/** Asks the list and the unread count again (not an open room's conversation: the room keeps itself current). */
export function useRefreshConversations() {
  const queryClient = useQueryClient()
  const userId = useUserId()
  return () => {
    if (userId === undefined) return
    void queryClient.invalidateQueries({ queryKey: chatKeys.list(userId) })
    void queryClient.invalidateQueries({ queryKey: chatKeys.unread(userId) })
  }
}

/**
 * Keeps the list and the badge current: a pushed message or read mark refreshes them, so does a reconnect (what
 * happened meanwhile), and while the socket is away they are asked again every LIST_POLL_MS.
 */
export function useConversationsLive(enabled = true) {
  const refreshAll = useRefreshConversations()
  const refresh = () => {
    if (enabled) refreshAll()
  }
  useLiveFrames('message', refresh)
  useLiveFrames('read', refresh)
  useLiveReconnected(refresh)
  usePollWhileOffline(refreshAll, enabled, LIST_POLL_MS)
}

/**
 * "洽谈 / Message" on an intention or an application: finds (or starts) its conversation, then opens the room.
 * Returns the opener and whether it is on its way.
 */
export function useOpenConversation(kind: ConversationKind, refId: number) {
  const { locale } = useI18n()
  const [busy, setBusy] = useState(false)
  const open = async () => {
    if (busy) return
    setBusy(true)
    try {
      const conversation = await fetchConversationFor(kind, refId)
      await navigateTo('conversation', { id: conversation.id })
    } catch (error) {
      Taro.showToast({ title: describeError(error, locale).message, icon: 'none' })
    } finally {
      setBusy(false)
    }
  }
  return { open, busy }
}
