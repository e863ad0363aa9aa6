import { Text } from '@tarojs/components'
import type { IntentionSummary } from '@ihaigui/shared'
import { useI18n } from '@/i18n'

/** "Organisation ⇄ project (or talent)". */
export function Parties({ intention }: { intention: IntentionSummary }) {
  const { localized } = useI18n()
  return (
    <Text className='console-intention__parties'>
      {intention.organization.name}
      <Text className='console-intention__arrow'>⇄</Text>
      {intention.project ? localized(intention.project.name, intention.project.nameEn) : intention.talent.displayName}
    </Text>
  )
}
