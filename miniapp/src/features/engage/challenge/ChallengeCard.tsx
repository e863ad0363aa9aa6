import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import { INDUSTRY_LABELS, type ChallengeSummary } from '@ihaigui/shared'
import { useI18n } from '@/i18n'
import { budgetText, deadlineCountdown } from './challenge-display'

/** A challenge in a list: what, who posts it, the budget, the deadline and how many responded. */
export function ChallengeCard({
  challenge,
  status,
  onClick,
  children
}: {
  challenge: ChallengeSummary
  /** A tag in the top corner (the organisation's own list shows the state). */
  status?: ReactNode
  onClick?: () => void
  children?: ReactNode
}) {
  const { t, label, localized, locale, date } = useI18n()
  return (
    <View className='ch-card' hoverClass={onClick ? 'ch-card--pressed' : 'none'} onClick={onClick}>
      <View className='ch-card__top'>
        <Text className='ch-card__field'>{label(INDUSTRY_LABELS[challenge.field])}</Text>
        {status}
      </View>
      <Text className='ch-card__title'>{localized(challenge.title, challenge.titleEn)}</Text>
      <Text className='ch-card__org'>{challenge.organization.name}</Text>
      <View className='ch-card__facts'>
        <View className='ch-card__fact'>
          <Text className='ch-card__fact-label'>{t('challenge.budget')}</Text>
          <Text className='ch-card__budget'>{budgetText(challenge, locale)}</Text>
        </View>
        <View className='ch-card__fact'>
          <Text className='ch-card__fact-label'>{t('challenge.deadline')}</Text>
          <Text className='ch-card__fact-value'>{date(challenge.deadline)}</Text>
          {challenge.status === 'open' && (
            <Text className='ch-card__countdown'>{deadlineCountdown(challenge.deadline, locale)}</Text>
          )}
        </View>
        <View className='ch-card__fact ch-card__fact--narrow'>
          <Text className='ch-card__fact-label'>{t('challenge.responses')}</Text>
          <Text className='ch-card__fact-value'>{challenge.responseCount}</Text>
        </View>
      </View>
      {children}
    </View>
  )
}
