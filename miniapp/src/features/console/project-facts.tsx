import { View } from '@tarojs/components'
import { Tag } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/tag/style/css'
import {
  DEGREE_LABELS,
  INDUSTRY_LABELS,
  ORIGIN_REGION_LABELS,
  PROJECT_STAGE_LABELS,
  formatAmountYuan,
  type ProjectRecord
} from '@ihaigui/shared'
import type { ProjectRecordRow } from '@/features/console/console.api'
import { useI18n } from '@/i18n'
import { InfoRow } from './parts'

/** What the staff's project card and project page both show: a project from the list or the full record. */
type StaffProject = ProjectRecord | ProjectRecordRow

/** The shortlist mark, then the field, origin and stage as tags. */
export function ProjectTags({ project }: { project: StaffProject }) {
  const { t, label } = useI18n()
  return (
    <View className='console__tags'>
      {project.shortlisted && <Tag type='success'>{t('console.project.shortlisted')}</Tag>}
      <Tag type='primary' plain>
        {label(INDUSTRY_LABELS[project.field])}
      </Tag>
      <Tag type='primary' plain>
        {label(ORIGIN_REGION_LABELS[project.originRegion])}
      </Tag>
      <Tag type='primary' plain>
        {label(PROJECT_STAGE_LABELS[project.stage])}
      </Tag>
    </View>
  )
}

/** The first rows of facts: owner, team, financing need. */
export function ProjectCoreRows({ project }: { project: StaffProject }) {
  const { t, label, locale } = useI18n()
  return (
    <>
      <InfoRow label={t('console.project.owner')} value={project.owner.displayName} />
      <InfoRow
        label={t('console.project.team')}
        value={t('console.project.teamValue', {
          size: project.teamSize,
          degree: label(DEGREE_LABELS[project.leaderDegree])
        })}
      />
      <InfoRow
        label={t('console.project.financing')}
        value={
          project.financingNeed === null
            ? t('console.project.noFinancing')
            : formatAmountYuan(project.financingNeed, locale)
        }
      />
    </>
  )
}
