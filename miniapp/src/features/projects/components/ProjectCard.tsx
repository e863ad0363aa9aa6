import { Text, View } from '@tarojs/components'
import {
  INDUSTRY_LABELS,
  ORIGIN_REGION_LABELS,
  PROJECT_SEEK_LABELS,
  PROJECT_STAGE_LABELS,
  type ProjectSummary
} from '@ihaigui/shared'
import { useI18n } from '@/i18n'
import { navigateTo } from '@/navigation'
import { financingText } from '@/features/projects/project-display'
import './ProjectCard.scss'

/** An accepted project in a list: name, field, stage and origin, the summary, what it seeks and the money it asks. */
export function ProjectCard({ project }: { project: ProjectSummary }) {
  const { t, label, localized, locale } = useI18n()
  const financing = financingText(project.financingNeed, locale)
  return (
    <View
      className='project-card'
      hoverClass='project-card--pressed'
      onClick={() => navigateTo('projectDetail', { id: project.id })}
    >
      <View className='project-card__head'>
        <Text className='project-card__name'>{localized(project.name, project.nameEn)}</Text>
        {project.shortlisted && <Text className='project-card__badge'>{t('pj.shortlisted')}</Text>}
      </View>
      <View className='project-card__facts'>
        <Text className='project-card__fact project-card__fact--field'>{label(INDUSTRY_LABELS[project.field])}</Text>
        <Text className='project-card__fact'>{label(PROJECT_STAGE_LABELS[project.stage])}</Text>
        <Text className='project-card__fact'>{label(ORIGIN_REGION_LABELS[project.originRegion])}</Text>
      </View>
      <Text className='project-card__summary'>{localized(project.summary, project.summaryEn)}</Text>
      <View className='project-card__foot'>
        <Text className='project-card__seeks'>
          {t('pj.seeksList', {
            list: project.seeks.map((s) => label(PROJECT_SEEK_LABELS[s])).join(t('pj.listSeparator'))
          })}
        </Text>
        {financing && <Text className='project-card__money'>{t('pj.financingShort', { amount: financing })}</Text>}
      </View>
    </View>
  )
}
