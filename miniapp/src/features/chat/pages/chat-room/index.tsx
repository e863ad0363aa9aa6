import { useCallback, useEffect, useRef, useState } from 'react'
import Taro, { useDidHide, useDidShow, useRouter } from '@tarojs/taro'
import { ScrollView, Text, Textarea, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { useQuery } from '@tanstack/react-query'
import {
  API,
  MAX_CHAT_ATTACHMENT_BYTES,
  MAX_CHAT_MESSAGE_LENGTH,
  type ChatAttachment,
  type ChatMessage,
  type Conversation
} from '@ihaigui/shared'
import { describeError } from '@/api/errors'
import { parseIdParam } from '@/api/id-param'
import { callApi } from '@/api/request'
import { deliverDownload } from '@/components/save-download'
import { SignedIn } from '@/components/SessionGates'
import { ErrorState, PageLoading } from '@/components/StateViews'
import { useUserId } from '@/features/account/session.hooks'
import { usePageChrome } from '@/hooks/usePageChrome'
import { formatFileSize, useI18n, type MessageKey } from '@/i18n'
import { useLiveFrames, useLiveReconnected, useLiveState, usePollWhileOffline } from '@/live/live'
import {
  EMPTY_TIMELINE,
  addMessages,
  addPending,
  contiguousSeq,
  leavesGap,
  newClientId,
  newestSeq,
  setPendingState,
  type PendingMessage,
  type Timeline
} from '@/live/timeline'
import {
  fetchConversation,
  fetchMessagesAfter,
  fetchMessagesBefore,
  markConversationRead,
  sendChatMessage,
  uploadChatAttachment
} from '../../chat.api'
import { chatKeys, useRefreshConversations } from '../../chat.hooks'
import { isSendableName, pickAttachment, type ChosenAttachment } from '../../pick-attachment'
import './index.scss'

const IS_H5 = process.env.TARO_ENV === 'h5'
/** Messages per page of history. */
const PAGE = 30

const SIDE_KEYS: Record<ChatMessage['side'], MessageKey> = {
  organization: 'chat.side.organization',
  talent: 'chat.side.talent',
  staff: 'chat.side.staff'
}

/** Opens a message's file: a download on H5, the image viewer or the document viewer on weapp. */
async function openAttachment(conversationId: number, attachment: ChatAttachment) {
  const file = await callApi(API.conversations.downloadAttachment, {
    params: { id: conversationId, attachmentId: attachment.id }
  })
  if (!IS_H5 && attachment.mime !== 'application/pdf' && file.tempFilePath) {
    await Taro.previewImage({ urls: [file.tempFilePath] })
    return
  }
  await deliverDownload(file, 'pdf', attachment.fileName)
}

function AttachmentChip({ conversationId, attachment }: { conversationId: number; attachment: ChatAttachment }) {
  const { t, locale } = useI18n()
  const open = () =>
    openAttachment(conversationId, attachment).catch((error: unknown) =>
      Taro.showToast({ title: describeError(error, locale).message, icon: 'none' })
    )
  return (
    <View
      className='chat-file'
      hoverClass='chat-file--pressed'
      ariaRole='button'
      ariaLabel={t('chat.openFile', { name: attachment.fileName })}
      onClick={open}
    >
      <Text className='chat-file__icon'>{attachment.mime === 'application/pdf' ? 'PDF' : 'IMG'}</Text>
      <Text className='chat-file__name'>{attachment.fileName}</Text>
      <Text className='chat-file__size'>{formatFileSize(attachment.size)}</Text>
    </View>
  )
}

function MessageBubble({ message, conversationId }: { message: ChatMessage; conversationId: number }) {
  const { t, dateTime } = useI18n()
  const who = message.mine ? 'mine' : message.side === 'staff' ? 'staff' : 'other'
  return (
    <View id={`msg-${message.seq}`} className={`chat-msg chat-msg--${who}`} data-seq={message.seq}>
      <View className='chat-msg__meta'>
        <Text className='chat-msg__author'>
          {message.mine ? t('chat.you') : message.authorName} · {t(SIDE_KEYS[message.side])}
        </Text>
        <Text className='chat-msg__time'>{dateTime(message.createdAt)}</Text>
      </View>
      <View className='chat-msg__bubble'>
        {message.body ? <Text className='chat-msg__body'>{message.body}</Text> : null}
        {message.attachment ? <AttachmentChip conversationId={conversationId} attachment={message.attachment} /> : null}
      </View>
    </View>
  )
}

function PendingBubble({ message, onRetry }: { message: PendingMessage; onRetry: (m: PendingMessage) => void }) {
  const { t, dateTime } = useI18n()
  return (
    <View className={`chat-msg chat-msg--mine chat-msg--${message.state}`} data-client-id={message.clientId}>
      <View className='chat-msg__meta'>
        <Text className='chat-msg__author'>{t('chat.you')}</Text>
        <Text className='chat-msg__time'>{dateTime(message.createdAt)}</Text>
      </View>
      <View className='chat-msg__bubble'>
        {message.body ? <Text className='chat-msg__body'>{message.body}</Text> : null}
        {message.attachment ? (
          <Text className='chat-msg__body'>
            {t('chat.attachShort')}: {message.attachment.fileName}
          </Text>
        ) : null}
      </View>
      {message.state === 'sending' ? (
        <Text className='chat-msg__state'>{t('chat.sending')}</Text>
      ) : (
        <View className='chat-msg__failed' role='alert'>
          <Text className='chat-msg__state chat-msg__state--failed'>{t('chat.failed')}</Text>
          <Button
            size='small'
            type='danger'
            fill='outline'
            className='chat-msg__retry'
            onClick={() => onRetry(message)}
          >
            {t('chat.retry')}
          </Button>
        </View>
      )}
    </View>
  )
}

/** The message field: a labelled textarea (Enter sends, Shift+Enter breaks the line). */
function ComposerField({
  value,
  onChange,
  onSend,
  disabled
}: {
  value: string
  onChange: (v: string) => void
  onSend: () => void
  disabled: boolean
}) {
  const { t } = useI18n()
  if (IS_H5) {
    return (
      <textarea
        className='chat-composer__input'
        name='message'
        aria-label={t('chat.composer')}
        placeholder={t('chat.placeholder')}
        maxLength={MAX_CHAT_MESSAGE_LENGTH}
        rows={2}
        value={value}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
            e.preventDefault()
            onSend()
          }
        }}
      />
    )
  }
  return (
    <Textarea
      className='chat-composer__input'
      name='message'
      ariaLabel={t('chat.composer')}
      placeholder={t('chat.placeholder')}
      maxlength={MAX_CHAT_MESSAGE_LENGTH}
      value={value}
      disabled={disabled}
      autoHeight
      confirmType='send'
      onInput={(e) => onChange(e.detail.value)}
      onConfirm={onSend}
    />
  )
}

interface LoadedRoom {
  /** Everything up to here was read when the room opened: the "new messages" line goes after it. */
  readSeqAtOpen: number
}

function Room({ conversation }: { conversation: Conversation }) {
  const { t, locale, localized } = useI18n()
  const id = conversation.id
  const refreshList = useRefreshConversations()
  const liveState = useLiveState()
  const [timeline, setTimelineState] = useState<Timeline>(EMPTY_TIMELINE)
  const timelineRef = useRef<Timeline>(EMPTY_TIMELINE)
  const setTimeline = useCallback((update: (t: Timeline) => Timeline) => {
    timelineRef.current = update(timelineRef.current)
    setTimelineState(timelineRef.current)
  }, [])
  const [loaded, setLoaded] = useState<LoadedRoom | null>(null)
  const [loadError, setLoadError] = useState<unknown>(null)
  const [loadAttempt, setLoadAttempt] = useState(0)
  const [hasOlder, setHasOlder] = useState(false)
  const [olderBusy, setOlderBusy] = useState(false)
  const [draft, setDraft] = useState('')
  const [attachment, setAttachment] = useState<ChatAttachment | null>(null)
  const [uploading, setUploading] = useState<string | null>(null)
  const [notice, setNotice] = useState('')
  const [scrollTarget, setScrollTarget] = useState('')
  const atBottom = useRef(true)
  const lastScrollTop = useRef(0)
  const [unseen, setUnseen] = useState(0)
  const visible = useRef(true)
  const readSent = useRef(conversation.readSeq)
  const catchingUp = useRef<Promise<void> | null>(null)
  const again = useRef(false)

  const scrollToEnd = useCallback(() => {
    // A new value each time: the scroll view only moves when the target changes.
    setScrollTarget((prev) => (prev === 'chat-end-a' ? 'chat-end-b' : 'chat-end-a'))
    atBottom.current = true
    setUnseen(0)
  }, [])

  /** Asks for everything after the last message held without a gap, until nothing more is there. */
  const catchUp = useCallback((): Promise<void> => {
    if (catchingUp.current) {
      again.current = true
      return catchingUp.current
    }
    const run = async () => {
      do {
        again.current = false
        for (;;) {
          const after = contiguousSeq(timelineRef.current.messages)
          const page = await fetchMessagesAfter(id, after)
          setTimeline((tl) => addMessages(tl, page.items))
          if (!page.more || page.items.length === 0) break
        }
      } while (again.current)
    }
    catchingUp.current = run()
      .catch(() => undefined)
      .finally(() => {
        catchingUp.current = null
      })
    return catchingUp.current
  }, [id, setTimeline])

  // H5: the scrolling message list takes keyboard focus, so it can be scrolled with the arrow keys.
  useEffect(() => {
    if (!IS_H5) return
    document.querySelectorAll('.chat-room__scroll:not([tabindex])').forEach((el) => el.setAttribute('tabindex', '0'))
  })

  // The newest page first, then whatever arrived meanwhile.
  useEffect(() => {
    let cancelled = false
    setLoadError(null)
    fetchMessagesBefore(id, conversation.lastSeq + 1, PAGE)
      .then((page) => {
        if (cancelled) return
        setTimeline((tl) => addMessages(tl, page.items))
        setHasOlder(page.items.length > 0 && page.items[0].seq > 1)
        setLoaded({ readSeqAtOpen: conversation.readSeq })
        scrollToEnd()
        void catchUp()
      })
      .catch((error: unknown) => {
        if (!cancelled) setLoadError(error)
      })
    return () => {
      cancelled = true
    }
    // Once per conversation (and per retry): later changes arrive through the socket or catch-up.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id, loadAttempt])

  useLiveFrames('message', ({ message }) => {
    if (message.conversationId !== id) return
    const gap = leavesGap(timelineRef.current.messages, message)
    setTimeline((tl) => addMessages(tl, [message]))
    if (gap) void catchUp()
  })
  useLiveReconnected(() => {
    if (loaded) void catchUp()
  })
  usePollWhileOffline(() => void catchUp(), loaded !== null)

  // Follow new messages while at the bottom; otherwise count them for the "new messages" button.
  const messageCount = timeline.messages.length + timeline.pending.length
  const newest = newestSeq(timeline.messages)
  const previousNewest = useRef(newest)
  useEffect(() => {
    const before = previousNewest.current
    previousNewest.current = newest
    if (!loaded) return
    if (atBottom.current) scrollToEnd()
    else if (newest > before) setUnseen((n) => n + timeline.messages.filter((m) => m.seq > before && !m.mine).length)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [messageCount, newest, loaded])

  // Seen: the room shows and the reader is at the bottom.
  const markSeen = useCallback(() => {
    const seq = newestSeq(timelineRef.current.messages)
    if (!visible.current || !atBottom.current || seq <= readSent.current) return
    readSent.current = seq
    markConversationRead(id, seq)
      .then(refreshList)
      .catch(() => {
        readSent.current = Math.min(readSent.current, seq - 1)
      })
  }, [id, refreshList])
  useEffect(() => {
    if (loaded) markSeen()
  }, [loaded, newest, markSeen])
  useDidShow(() => {
    visible.current = true
    markSeen()
  })
  useDidHide(() => {
    visible.current = false
  })

  const loadOlder = async () => {
    const first = timelineRef.current.messages[0]
    if (!first || olderBusy) return
    setOlderBusy(true)
    try {
      const page = await fetchMessagesBefore(id, first.seq, PAGE)
      atBottom.current = false
      setTimeline((tl) => addMessages(tl, page.items))
      setHasOlder(page.items.length > 0 && page.items[0].seq > 1)
      // Keep the message that was first in view.
      setScrollTarget(`msg-${first.seq}`)
    } catch (error) {
      Taro.showToast({ title: describeError(error, locale).message, icon: 'none' })
    } finally {
      setOlderBusy(false)
    }
  }

  const deliver = async (pending: Omit<PendingMessage, 'state'>) => {
    setTimeline((tl) => addPending(tl, pending))
    scrollToEnd()
    try {
      const stored = await sendChatMessage(id, {
        body: pending.body,
        attachmentId: pending.attachment?.id ?? null,
        clientId: pending.clientId
      })
      setTimeline((tl) => addMessages(tl, [stored]))
      refreshList()
    } catch (error) {
      setTimeline((tl) => setPendingState(tl, pending.clientId, 'failed'))
      setNotice(describeError(error, locale).message)
    }
  }

  const send = () => {
    const body = draft.trim()
    if ((!body && !attachment) || uploading || conversation.readOnly) return
    if (body.length > MAX_CHAT_MESSAGE_LENGTH) {
      setNotice(t('chat.tooLong', { max: MAX_CHAT_MESSAGE_LENGTH }))
      return
    }
    setNotice('')
    setDraft('')
    setAttachment(null)
    void deliver({ clientId: newClientId(), body, attachment, createdAt: new Date().toISOString() })
  }

  // A retry keeps the clientId: if the first try was stored after all, the server answers with that message.
  const retry = (message: PendingMessage) => {
    setNotice('')
    void deliver({
      clientId: message.clientId,
      body: message.body,
      attachment: message.attachment,
      createdAt: message.createdAt
    })
  }

  const attach = async () => {
    if (uploading || conversation.readOnly) return
    const file: ChosenAttachment | null = await pickAttachment()
    if (!file) return
    if (!isSendableName(file.name)) {
      setNotice(t('chat.fileType'))
      return
    }
    if (file.size > MAX_CHAT_ATTACHMENT_BYTES) {
      setNotice(t('chat.fileTooLarge', { size: formatFileSize(MAX_CHAT_ATTACHMENT_BYTES) }))
      return
    }
    setNotice('')
    setUploading(file.name)
    try {
      setAttachment(await uploadChatAttachment(id, file))
    } catch (error) {
      setNotice(describeError(error, locale).message)
    } finally {
      setUploading(null)
    }
  }

  const onScroll = (e: { detail: { scrollTop: number } }) => {
    const top = e.detail.scrollTop
    if (top < lastScrollTop.current - 4) atBottom.current = false
    lastScrollTop.current = top
  }
  const onLower = () => {
    atBottom.current = true
    setUnseen(0)
    markSeen()
  }

  const title = localized(conversation.title, conversation.titleEn)
  // The line goes before the first message from others that was unread when the room opened, unless that is the first
  // message shown (then everything shown is new, and there is nothing above to tell it from).
  const markerAfter = loaded?.readSeqAtOpen ?? 0
  const firstNew = loaded
    ? timeline.messages.find((m) => m.seq > markerAfter && !m.mine && m.seq <= conversation.lastSeq)?.seq
    : undefined
  const showMarker = firstNew !== undefined && firstNew !== timeline.messages[0]?.seq

  return (
    <View className='chat-room'>
      <View className='chat-room__head'>
        <View className='chat-room__title' role='heading' aria-level={1}>
          {title}
        </View>
        <Text className='chat-room__with'>{t('chat.with', { name: conversation.counterpart })}</Text>
        <Text className='chat-room__zone'>{t('chat.zone')}</Text>
        {conversation.readOnly ? (
          <View className='chat-room__closed' role='status'>
            {t('chat.readOnly')}
          </View>
        ) : null}
        <View
          className={liveState === 'open' ? 'chat-room__state chat-room__state--open' : 'chat-room__state'}
          role='status'
          data-live={liveState}
        >
          {liveState === 'open' ? t('chat.state.open') : t('chat.state.connecting')}
        </View>
      </View>
      {loadError && !loaded ? (
        <ErrorState error={loadError} onRetry={() => setLoadAttempt((n) => n + 1)} />
      ) : (
        <ScrollView
          className='chat-room__scroll'
          scrollY
          scrollIntoView={scrollTarget}
          lowerThreshold={60}
          onScroll={onScroll}
          onScrollToLower={onLower}
        >
          <View className='chat-log' role='log' aria-live='polite' aria-label={t('chat.log')}>
            {!loaded ? <PageLoading /> : null}
            {loaded && hasOlder ? (
              <Button className='chat-room__older' fill='outline' size='small' onClick={loadOlder} loading={olderBusy}>
                {olderBusy ? t('chat.olderLoading') : t('chat.older')}
              </Button>
            ) : null}
            {loaded && !hasOlder && timeline.messages.length > 0 ? (
              <Text className='chat-room__start'>{t('chat.start')}</Text>
            ) : null}
            {loaded && messageCount === 0 ? <Text className='chat-room__empty'>{t('chat.empty')}</Text> : null}
            {timeline.messages.map((m) => (
              <View key={m.seq}>
                {showMarker && m.seq === firstNew ? (
                  <View className='chat-room__marker' id='chat-new'>
                    <Text>{t('chat.newMarker')}</Text>
                  </View>
                ) : null}
                <MessageBubble message={m} conversationId={id} />
              </View>
            ))}
            {timeline.pending.map((p) => (
              <PendingBubble key={p.clientId} message={p} onRetry={retry} />
            ))}
          </View>
          <View id='chat-end-a' />
          <View id='chat-end-b' className='chat-room__end' />
        </ScrollView>
      )}
      {unseen > 0 ? (
        <Button className='chat-room__jump' type='primary' size='small' onClick={scrollToEnd}>
          {t('chat.jumpNew', { count: unseen })} ↓
        </Button>
      ) : null}
      {conversation.readOnly ? null : (
        <View className='chat-composer'>
          {notice ? (
            <View className='chat-composer__notice' role='alert'>
              {notice}
            </View>
          ) : null}
          {uploading ? (
            <View className='chat-composer__uploading' role='status'>
              {t('chat.uploading', { name: uploading })}
            </View>
          ) : null}
          {attachment ? (
            <View className='chat-composer__attachment'>
              <Text className='chat-composer__file'>
                {t('chat.attachShort')}: {attachment.fileName}
              </Text>
              <Button
                size='small'
                fill='none'
                className='chat-composer__remove'
                ariaLabel={t('chat.removeAttachment', { name: attachment.fileName })}
                onClick={() => setAttachment(null)}
              >
                ✕
              </Button>
            </View>
          ) : null}
          <View className='chat-composer__row'>
            <Button
              className='chat-composer__attach'
              fill='outline'
              ariaLabel={t('chat.attach')}
              disabled={uploading !== null}
              onClick={attach}
            >
              {t('chat.attachShort')}
            </Button>
            <ComposerField value={draft} onChange={setDraft} onSend={send} disabled={false} />
            {/* Never disabled (a greyed button fails contrast): an empty send does nothing. */}
            <Button className='chat-composer__send' type='primary' onClick={send}>
              {t('chat.send')}
            </Button>
          </View>
        </View>
      )}
    </View>
  )
}

function RoomLoader() {
  const { params } = useRouter()
  const userId = useUserId()
  const id = parseIdParam(params.id)
  const query = useQuery({
    queryKey: [...chatKeys.all(userId ?? 0), 'detail', id ?? 0],
    queryFn: () => fetchConversation(id as number),
    enabled: id !== undefined && userId !== undefined
  })
  if (query.isError) return <ErrorState error={query.error} onRetry={() => query.refetch()} />
  if (!query.data) return <PageLoading />
  return <Room key={query.data.id} conversation={query.data} />
}

export default function ConversationPage() {
  usePageChrome('conversation')
  return (
    <View className='page chat-page'>
      <SignedIn>{() => <RoomLoader />}</SignedIn>
    </View>
  )
}
