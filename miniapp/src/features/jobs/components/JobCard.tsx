import { Text, View } from '@tarojs/components'
import { DEGREE_LABELS, DISTRICT_LABELS, type PositionSummary } from '@ihaigui/shared'
import { useI18n } from '@/i18n'
import { navigateTo } from '@/navigation'
import { experienceText, salaryText } from '@/features/jobs/job-display'
import './JobCard.scss'

/** An open position in a list: title and pay, who hires, where, what it asks for, and when it was posted. */
export function JobCard({ position }: { position: PositionSummary }) {
  const { t, label, localized, date } = useI18n()
  const negotiable = position.negotiable || (position.salaryMin === null && position.salaryMax === null)
  return (
    <View
      className='job-card'
      hoverClass='job-card--pressed'
      onClick={() => navigateTo('jobDetail', { id: position.id })}
    >
      <View className='job-card__head'>
        <Text className='job-card__title'>{localized(position.title, position.titleEn)}</Text>
        <Text className={negotiable ? 'job-card__salary job-card__salary--negotiable' : 'job-card__salary'}>
          {salaryText(position, t)}
        </Text>
      </View>
      <View className='job-card__facts'>
        <Text className='job-card__fact'>{label(DISTRICT_LABELS[position.district])}</Text>
        <Text className='job-card__fact'>
          {t('jobs.degreeAtLeast', { degree: label(DEGREE_LABELS[position.minDegree]) })}
        </Text>
        <Text className='job-card__fact'>{experienceText(position.experienceYears, t)}</Text>
      </View>
      <View className='job-card__foot'>
        <Text className='job-card__org'>{position.organization.name}</Text>
        {position.publishedAt ? (
          <Text className='job-card__date'>{t('jobs.postedOn', { date: date(position.publishedAt) })}</Text>
        ) : null}
      </View>
    </View>
  )
}
