import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import {
  DEGREE_LABELS,
  INDUSTRY_LABELS,
  ORIGIN_REGION_LABELS,
  PROJECT_SEEK_LABELS,
  PROJECT_STAGE_LABELS,
  type ProjectDetail
} from '@ihaigui/shared'
import { downloadPitchDeck } from '@/features/projects/projects.api'
import { financingText } from '@/features/projects/project-display'
import { deliverDownload } from '@/components/save-download'
import { useSubmit } from '@/forms/useSubmit'
import { formatFileSize, useI18n } from '@/i18n'

type ProjectPrivate = NonNullable<ProjectDetail['private']>

export function Section({ title, children, className }: { title: string; children: ReactNode; className?: string }) {
  return (
    <View className={`pj-section${className ? ` ${className}` : ''}`}>
      <Text className='pj-section__title'>{title}</Text>
      {children}
    </View>
  )
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <View className='pj-head__fact'>
      <Text className='pj-head__fact-label'>{label}</Text>
      <Text className='pj-head__fact-value'>{value}</Text>
    </View>
  )
}

/** The project's name and public facts. */
export function ProjectHead({ project, children }: { project: ProjectDetail; children?: ReactNode }) {
  const { t, label, localized, locale, date } = useI18n()
  return (
    <View className='pj-head'>
      <View className='pj-head__top'>
        <Text className='pj-head__name'>{localized(project.name, project.nameEn)}</Text>
        {project.shortlisted && <Text className='pj-head__badge'>{t('pj.shortlisted')}</Text>}
      </View>
      {locale === 'zh-CN' && project.nameEn ? <Text className='pj-head__alt'>{project.nameEn}</Text> : null}
      <View className='pj-head__facts'>
        <Fact label={t('pj.fact.field')} value={label(INDUSTRY_LABELS[project.field])} />
        <Fact label={t('pj.fact.stage')} value={label(PROJECT_STAGE_LABELS[project.stage])} />
        <Fact label={t('pj.fact.region')} value={label(ORIGIN_REGION_LABELS[project.originRegion])} />
        <Fact label={t('pj.fact.team')} value={t('pj.fact.teamSize', { count: project.teamSize })} />
        <Fact label={t('pj.fact.leaderDegree')} value={label(DEGREE_LABELS[project.leaderDegree])} />
        <Fact
          label={t('pj.fact.financing')}
          value={financingText(project.financingNeed, locale) ?? t('pj.fact.notRaising')}
        />
      </View>
      <View className='pj-head__seeks'>
        <Text className='pj-head__seeks-label'>{t('pj.fact.seeks')}</Text>
        {project.seeks.map((s) => (
          <Text key={s} className='pj-chip'>
            {label(PROJECT_SEEK_LABELS[s])}
          </Text>
        ))}
      </View>
      {project.acceptedAt ? (
        <Text className='pj-head__date'>{t('pj.fact.acceptedOn', { date: date(project.acceptedAt) })}</Text>
      ) : null}
      {children}
    </View>
  )
}

/** The public summary, with a note when the English one is missing. */
export function SummarySection({ project }: { project: ProjectDetail }) {
  const { t, localized, locale } = useI18n()
  const englishMissing = locale === 'en' && !project.summaryEn?.trim()
  return (
    <Section title={t('pj.detail.summary')}>
      {englishMissing && <Text className='pj-notice'>{t('detail.englishFallback')}</Text>}
      <Text className='pj-text'>{localized(project.summary, project.summaryEn)}</Text>
    </Section>
  )
}

/** Fetches the pitch deck with the session: saved by the browser on H5, shown in WeChat's document viewer on weapp. */
export function PitchDeckButton({ projectId, fileName }: { projectId: number; fileName: string }) {
  const { t } = useI18n()
  const { submit: open, pending } = useSubmit(
    async () => {
      const file = await downloadPitchDeck(projectId)
      await deliverDownload(file, 'pdf', fileName)
    },
    { failureToast: true }
  )
  return (
    <Button size='small' fill='outline' type='primary' loading={pending} onClick={open}>
      {t(process.env.TARO_ENV === 'h5' ? 'pj.deck.download' : 'pj.deck.open')}
    </Button>
  )
}

/** A PDF badge, the file's name and size, and what can be done with it. */
export function PitchDeckRow({ deck, action }: { deck: NonNullable<ProjectPrivate['pitchDeck']>; action: ReactNode }) {
  const { t, date } = useI18n()
  return (
    <View className='pj-deck'>
      <View className='pj-deck__badge'>
        <Text>PDF</Text>
      </View>
      <View className='pj-deck__text'>
        <Text className='pj-deck__name'>{deck.fileName}</Text>
        <Text className='pj-deck__meta'>
          {t('pj.deck.meta', { size: formatFileSize(deck.size), date: date(deck.uploadedAt) })}
        </Text>
      </View>
      <View className='pj-deck__action'>{action}</View>
    </View>
  )
}

/** The details only the parties, staff and reviewers see: the plan, the team lead, how to reach them, the pitch deck. */
export function PrivateSection({ projectId, details }: { projectId: number; details: ProjectPrivate }) {
  const { t, localized, locale } = useI18n()
  const englishMissing = locale === 'en' && !details.detailsEn?.trim()
  return (
    <Section title={t('pj.detail.private')} className='pj-section--private'>
      <Text className='pj-section__hint'>{t('pj.detail.privateHint')}</Text>
      {englishMissing && <Text className='pj-notice'>{t('detail.englishFallback')}</Text>}
      <Text className='pj-text'>{localized(details.details, details.detailsEn)}</Text>
      <View className='pj-rows'>
        <View className='pj-row'>
          <Text className='pj-row__label'>{t('pj.detail.leader')}</Text>
          <Text className='pj-row__value'>{details.leaderName}</Text>
        </View>
        <View className='pj-row'>
          <Text className='pj-row__label'>{t('pj.detail.contact')}</Text>
          <Text className='pj-row__value' userSelect>
            {details.contact}
          </Text>
        </View>
      </View>
      <Text className='pj-subtitle'>{t('pj.deck.title')}</Text>
      {details.pitchDeck ? (
        <PitchDeckRow
          deck={details.pitchDeck}
          action={<PitchDeckButton projectId={projectId} fileName={details.pitchDeck.fileName} />}
        />
      ) : (
        <Text className='pj-muted'>{t('pj.deck.none')}</Text>
      )}
    </Section>
  )
}
