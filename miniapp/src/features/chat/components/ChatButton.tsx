import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import type { ConversationKind } from '@ihaigui/shared'
import { useI18n } from '@/i18n'
import { useOpenConversation } from '../chat.hooks'
import './ChatButton.scss'

/** "洽谈 / Message": opens the conversation of an intention or a job application (made on first use). */
export function ChatButton({ kind, refId, className }: { kind: ConversationKind; refId: number; className?: string }) {
  const { t } = useI18n()
  const { open, busy } = useOpenConversation(kind, refId)
  return (
    <Button
      className={className ? `chat-button ${className}` : 'chat-button'}
      type='primary'
      fill='outline'
      loading={busy}
      ariaLabel={busy ? t('chat.entryBusy') : undefined}
      onClick={() => void open()}
    >
      {t('chat.entry')}
    </Button>
  )
}
