import { Text, View } from '@tarojs/components'
import type { Conversation } from '@ihaigui/shared'
import { InfiniteList } from '@/components/InfiniteList'
import { SignedIn } from '@/components/SessionGates'
import { useInfiniteListControls } from '@/hooks/useInfiniteListControls'
import { usePageChrome } from '@/hooks/usePageChrome'
import { formatCount, useI18n, type MessageKey } from '@/i18n'
import { navigateTo } from '@/navigation'
import { useConversations, useConversationsLive } from '../../chat.hooks'
import './index.scss'

const SIDE_KEYS: Record<Conversation['side'], MessageKey> = {
  organization: 'chat.side.organization',
  talent: 'chat.side.talent',
  staff: 'chat.side.staff'
}

function ConversationCard({ conversation }: { conversation: Conversation }) {
  const { t, localized, dateTime, locale } = useI18n()
  const last = conversation.lastMessage
  const unread = conversation.unread
  return (
    <View
      className={unread > 0 ? 'chat-card chat-card--unread' : 'chat-card'}
      hoverClass='chat-card--pressed'
      ariaRole='link'
      onClick={() => navigateTo('conversation', { id: conversation.id })}
    >
      <View className='chat-card__head'>
        <Text className='chat-card__title'>{localized(conversation.title, conversation.titleEn)}</Text>
        {unread > 0 ? (
          <View className='chat-card__badge' ariaLabel={t('chat.list.unread', { count: formatCount(unread, locale) })}>
            {unread > 99 ? '99+' : String(unread)}
          </View>
        ) : null}
      </View>
      <Text className='chat-card__with'>
        {t(conversation.kind === 'intention' ? 'chat.list.kind.intention' : 'chat.list.kind.application')} ·{' '}
        {t('chat.with', { name: conversation.counterpart })}
      </Text>
      <Text className='chat-card__last'>
        {last ? `${t(SIDE_KEYS[last.side])}: ${last.body || t('chat.attachShort')}` : t('chat.list.noMessage')}
      </Text>
      <Text className='chat-card__time'>{dateTime(conversation.updatedAt)} (UTC+8)</Text>
    </View>
  )
}

function Conversations() {
  const { t } = useI18n()
  const query = useConversations()
  useInfiniteListControls(query)
  useConversationsLive()
  return (
    <InfiniteList
      query={query}
      emptyMessage={t('chat.list.empty')}
      renderItem={(conversation) => <ConversationCard conversation={conversation} />}
    />
  )
}

export default function ConversationsPage() {
  usePageChrome('conversations')
  return (
    <View className='page chat-list'>
      <SignedIn>{() => <Conversations />}</SignedIn>
    </View>
  )
}
