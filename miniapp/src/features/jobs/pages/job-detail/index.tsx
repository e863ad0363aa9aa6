import type { ReactNode } from 'react'
import Taro, { useRouter, useShareAppMessage } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import {
  DEGREE_LABELS,
  DISTRICT_LABELS,
  INDUSTRY_LABELS,
  JOB_FUNCTION_LABELS,
  channelTagSchema,
  type PositionDetail
} from '@ihaigui/shared'
import { useApplicationIdFor, usePosition, useTogglePositionFavorite } from '@/features/jobs/jobs.hooks'
import { useSession } from '@/features/account/session.hooks'
import { DetailQuery } from '@/components/DetailQuery'
import { experienceText, salaryText } from '@/features/jobs/job-display'
import { DetailActionBar } from '@/components/DetailActionBar'
import { AskAbout } from '@/features/desk/components/AskAbout'
import { usePageChrome } from '@/hooks/usePageChrome'
import { useI18n } from '@/i18n'
import { goToLogin, navigateTo, pageUrl } from '@/navigation'
import '../../job/job.scss'

/** The channel tag from the URL (`ch`), when it is a valid one. */
function channelParam(raw: string | undefined): string | undefined {
  const parsed = channelTagSchema.safeParse(raw ?? '')
  return parsed.success ? parsed.data : undefined
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <View className='job-detail__section'>
      <Text className='job-detail__section-title'>{title}</Text>
      {children}
    </View>
  )
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <View className='job-detail__fact'>
      <Text className='job-detail__fact-label'>{label}</Text>
      <Text className='job-detail__fact-value'>{value}</Text>
    </View>
  )
}

function Article({ position }: { position: PositionDetail }) {
  const { t, label, localized, date, locale } = useI18n()
  const englishMissing = locale === 'en' && !(position.descriptionEn && position.descriptionEn.trim())
  return (
    <View>
      <View className='job-detail__head'>
        <Text className='job-detail__title'>{localized(position.title, position.titleEn)}</Text>
        <Text className='job-detail__salary'>{salaryText(position, t)}</Text>
        <Text className='job-detail__org'>{position.organization.name}</Text>
        <View className='job-detail__facts'>
          <Fact
            label={t('jobDetail.location')}
            value={`${position.city} · ${label(DISTRICT_LABELS[position.district])}`}
          />
          <Fact
            label={t('jobDetail.degree')}
            value={t('jobs.degreeAtLeast', { degree: label(DEGREE_LABELS[position.minDegree]) })}
          />
          <Fact label={t('jobDetail.experience')} value={experienceText(position.experienceYears, t)} />
          <Fact label={t('jobDetail.headcount')} value={t('jobDetail.people', { count: position.headcount })} />
          <Fact label={t('jobDetail.function')} value={label(JOB_FUNCTION_LABELS[position.function])} />
          <Fact label={t('jobDetail.industry')} value={label(INDUSTRY_LABELS[position.industry])} />
        </View>
        <Text className='job-detail__dates'>
          {position.publishedAt ? `${t('jobs.postedOn', { date: date(position.publishedAt) })} · ` : ''}
          {t('jobDetail.expiresOn', { date: date(`${position.expiresOn}T00:00:00+08:00`) })}
        </Text>
      </View>

      <Section title={t('jobDetail.description')}>
        {englishMissing && (
          <View className='job-detail__notice'>
            <Text>{t('detail.englishFallback')}</Text>
          </View>
        )}
        <Text className='job-detail__text'>{localized(position.description, position.descriptionEn)}</Text>
      </Section>

      <Section title={t('jobDetail.requirements')}>
        <Text className='job-detail__text'>{localized(position.requirements, position.requirementsEn)}</Text>
      </Section>

      {position.languages.length > 0 && (
        <Section title={t('jobDetail.languages')}>
          <View className='job-detail__chips'>
            {position.languages.map((language) => (
              <Text key={language} className='job-detail__chip'>
                {language}
              </Text>
            ))}
          </View>
        </Section>
      )}

      {position.benefits ? (
        <Section title={t('jobDetail.benefits')}>
          <Text className='job-detail__text'>{position.benefits}</Text>
        </Section>
      ) : null}

      <Section title={t('jobDetail.organization')}>
        <View className='job-detail__employer'>
          <View className='job-detail__employer-badge'>
            <Text>{position.organization.name.slice(0, 1)}</Text>
          </View>
          <View className='job-detail__employer-text'>
            <Text className='job-detail__employer-name'>{position.organization.name}</Text>
            <Text className='job-detail__employer-hint'>{t('jobDetail.verifiedOrg')}</Text>
          </View>
        </View>
      </Section>
    </View>
  )
}

/** The main button: apply, or — once applied — a link to the application. */
function ApplyButton({ position, channel }: { position: PositionDetail; channel: string | undefined }) {
  const { t } = useI18n()
  const session = useSession()
  const isTalent = session?.user.role === 'talent'
  const lookup = useApplicationIdFor(position.id, isTalent && position.applied)

  if (position.applied) {
    const open = () => {
      const id = lookup.data
      if (id) void navigateTo('applicationDetail', { id })
      else void navigateTo('myApplications')
    }
    return (
      <Button
        type='success'
        fill='outline'
        block
        loading={lookup.isFetching}
        disabled={lookup.isFetching}
        onClick={open}
      >
        {t('jobDetail.applied')}
      </Button>
    )
  }

  const apply = () => {
    if (!session) {
      void goToLogin()
      return
    }
    if (!isTalent) {
      Taro.showToast({ title: t('jobDetail.talentOnly'), icon: 'none' })
      return
    }
    void navigateTo('jobApply', { id: position.id, ch: channel })
  }
  return (
    <Button type='primary' block onClick={apply}>
      {t('jobDetail.apply')}
    </Button>
  )
}

/** Favourite, share and apply at the bottom of the screen. */
function ActionBar({ position, channel }: { position: PositionDetail; channel: string | undefined }) {
  const favorite = useTogglePositionFavorite()
  return (
    <DetailActionBar
      favorited={position.favorited}
      busy={favorite.isPending}
      onToggleFavorite={(favorited) => favorite.mutateAsync({ id: position.id, favorited })}
    >
      <ApplyButton position={position} channel={channel} />
    </DetailActionBar>
  )
}

export default function JobDetailPage() {
  const { t, localized } = useI18n()
  const { params } = useRouter()
  const channel = channelParam(params.ch)
  const query = usePosition(params.id, channel)
  const data = query.data
  usePageChrome('jobDetail')

  // A shared card keeps the channel it came through, so the liaison station that spread it gets the credit.
  useShareAppMessage(() => ({
    title: data ? localized(data.title, data.titleEn) : t('title.jobDetail'),
    path: pageUrl('jobDetail', { id: params.id, ch: channel })
  }))

  return (
    <DetailQuery query={query} className='page job-detail'>
      {(position, homeLink) => (
        <View className='page job-detail job-detail--with-bar'>
          <Article position={position} />
          <View className='job-detail__ask'>
            <AskAbout
              type='position'
              id={position.id}
              title={localized(position.title, position.titleEn)}
              category='talent_policy'
            />
          </View>
          {homeLink}
          <ActionBar position={position} channel={channel} />
        </View>
      )}
    </DetailQuery>
  )
}
