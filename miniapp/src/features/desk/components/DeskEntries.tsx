import { Cell } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/cell/style/css'
import type { Me } from '@ihaigui/shared'
import { NavCell } from '@/components/NavCell'
import { useI18n } from '@/i18n'
import { navigateTo } from '@/navigation'

/** Me: asking the service station, one's questions, and the FAQ (staff answer questions from their console). */
export function DeskEntries({ me, className }: { me: Me | null; className?: string }) {
  const { t } = useI18n()
  const asker = me !== null && (me.role === 'talent' || me.role === 'enterprise')
  // Only real cells as children: the group marks its last child as the last cell (no divider under it).
  const cells = [
    ...(asker
      ? [
          <NavCell
            key='mine'
            title={t('desk.entry.mine')}
            description={t('desk.entry.mineHint')}
            onClick={() => navigateTo('myConsultations')}
          />,
          <NavCell
            key='ask'
            title={t('desk.entry.ask')}
            description={t('desk.entry.askHint')}
            onClick={() => navigateTo('deskAsk')}
          />
        ]
      : []),
    <NavCell
      key='faq'
      title={t('desk.entry.faq')}
      description={t('desk.entry.faqHint')}
      onClick={() => navigateTo('faqList')}
    />
  ]
  return (
    <Cell.Group title={t('desk.entry.group')} className={className}>
      {cells}
    </Cell.Group>
  )
}
