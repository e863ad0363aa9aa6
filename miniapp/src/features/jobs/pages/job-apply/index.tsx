import { useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { useQueryClient } from '@tanstack/react-query'
import {
  DEGREE_LABELS,
  applySchema,
  channelTagSchema,
  type Me,
  type PositionDetail,
  type TalentProfile
} from '@ihaigui/shared'
import { useTalentProfile } from '@/features/account/account.hooks'
import { describeError, isApiRequestError } from '@/api/errors'
import { useApply, usePosition } from '@/features/jobs/jobs.hooks'
import { queryKeys } from '@/api/query-keys'
import { askApplicationStatusSubscription } from '@/features/inbox/subscribe'
import { FormMessage, FormSection, TextAreaField } from '@/components/form/Form'
import { salaryText } from '@/features/jobs/job-display'
import { ConsentGate, SignedIn } from '@/components/SessionGates'
import { EmptyState, ErrorState, PageLoading } from '@/components/StateViews'
import { useForm } from '@/forms/useForm'
import { useSubmit } from '@/forms/useSubmit'
import { validateForm } from '@/forms/validation'
import { usePageChrome } from '@/hooks/usePageChrome'
import { useI18n } from '@/i18n'
import { nav, navigateTo, redirectTo } from '@/navigation'
import '../../job/job.scss'

const FIELDS = ['message'] as const
const MESSAGE_MAX = 1000

/** A key for this form's submission, sent again unchanged on a retry so the server keeps one application. */
function newIdempotencyKey(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}-${Math.random().toString(36).slice(2, 12)}`
}

function ProfileRow({ label, value }: { label: string; value: string }) {
  return (
    <View className='apply-profile__row'>
      <Text className='apply-profile__label'>{label}</Text>
      <Text className='apply-profile__value'>{value}</Text>
    </View>
  )
}

/** What the enterprise will see of the talent: the saved profile, read-only here, and whether a CV is attached. */
function SharedProfile({ profile }: { profile: TalentProfile }) {
  const { t, label } = useI18n()
  return (
    <FormSection title={t('apply.sharedProfile')}>
      <View className='apply-profile'>
        <Text className='apply-profile__hint'>{t('apply.sharedProfileHint')}</Text>
        <ProfileRow label={t('apply.name')} value={profile.name} />
        <ProfileRow label={t('apply.nationality')} value={profile.nationality} />
        <ProfileRow label={t('apply.studyCountry')} value={profile.studyCountry} />
        <ProfileRow
          label={t('apply.education')}
          value={`${label(DEGREE_LABELS[profile.degree])} · ${profile.school}`}
        />
        <ProfileRow label={t('apply.major')} value={profile.major} />
        {profile.returnYear !== null && <ProfileRow label={t('apply.returnYear')} value={String(profile.returnYear)} />}
        <View className='apply-profile__row'>
          <Text className='apply-profile__label'>{t('apply.cv')}</Text>
          {profile.cv ? (
            <Text className='apply-profile__value apply-profile__value--ok'>
              {t('apply.cvAttached', { name: profile.cv.fileName })}
            </Text>
          ) : (
            <Text className='apply-profile__value apply-profile__value--missing'>{t('apply.cvMissing')}</Text>
          )}
        </View>
        <Text className='apply-profile__edit' onClick={() => nav.talentProfile()}>
          {profile.cv ? t('apply.editProfile') : t('apply.editProfileCv')} ›
        </Text>
      </View>
    </FormSection>
  )
}

function ApplyForm({
  position,
  profile,
  me,
  channel
}: {
  position: PositionDetail
  profile: TalentProfile
  me: Me
  channel: string | null
}) {
  const { t, locale, localized } = useI18n()
  const queryClient = useQueryClient()
  const apply = useApply(position.id)
  const form = useForm({ message: '' })
  const [idempotencyKey] = useState(newIdempotencyKey)
  const submission = useSubmit(
    () => {
      submission.clearFailure()
      const result = validateForm(
        applySchema,
        { message: form.values.message, channel },
        { empty: form.values.message.trim() ? [] : ['message'] }
      )
      if (!result.ok) {
        form.setErrors(result.errors)
        return
      }
      return (async () => {
        await askApplicationStatusSubscription()
        const application = await apply.mutateAsync({ input: result.data, idempotencyKey })
        Taro.showToast({ title: t('apply.sent'), icon: 'success' })
        void redirectTo('applicationDetail', { id: application.id })
      })()
    },
    {
      form,
      fields: FIELDS,
      signInOn401: true,
      onError: (error) => {
        if (!isApiRequestError(error)) return
        if (error.code === 'CONSENT_REQUIRED') {
          // The policy changed since the page loaded: the consent step takes the form's place.
          void queryClient.invalidateQueries({ queryKey: queryKeys.user.me(me.id) })
        }
        if (error.code === 'PROFILE_NOT_FOUND')
          void queryClient.invalidateQueries({ queryKey: queryKeys.user.talentProfile(me.id) })
      }
    }
  )
  const { submit, failure, pending } = submission

  const code = isApiRequestError(failure) ? failure.code : undefined

  return (
    <View className='apply-form'>
      <View className='apply-form__position' onClick={() => navigateTo('jobDetail', { id: position.id })}>
        <Text className='apply-form__title'>{localized(position.title, position.titleEn)}</Text>
        <Text className='apply-form__org'>
          {position.organization.name} · {salaryText(position, t)}
        </Text>
      </View>

      <FormSection title={t('apply.messageSection')}>
        <TextAreaField
          {...form.field('message')}
          label={t('apply.message')}
          placeholder={t('apply.messagePlaceholder')}
          maxLength={MESSAGE_MAX}
          rows={5}
        />
      </FormSection>

      <SharedProfile profile={profile} />

      <Text className='apply-form__note'>{t('apply.afterSubmit')}</Text>
      {failure ? <FormMessage>{describeError(failure, locale).message}</FormMessage> : null}
      {code === 'APPLICATION_EXISTS' && (
        <View className='job-actions'>
          <Button type='primary' fill='outline' block onClick={() => redirectTo('myApplications')}>
            {t('apply.viewMine')}
          </Button>
        </View>
      )}
      {code === 'PROFILE_NOT_FOUND' && (
        <View className='job-actions'>
          <Button type='primary' fill='outline' block onClick={() => nav.talentProfile()}>
            {t('apply.fillProfile')}
          </Button>
        </View>
      )}
      <View className='job-actions'>
        <Button
          type='primary'
          block
          loading={pending}
          disabled={pending || code === 'POSITION_NOT_OPEN' || code === 'APPLICATION_EXISTS'}
          onClick={submit}
        >
          {t('apply.submit')}
        </Button>
      </View>
    </View>
  )
}

function ApplyLoader({ me }: { me: Me }) {
  const { t } = useI18n()
  const { params } = useRouter()
  const channel = channelTagSchema.safeParse(params.ch ?? '')
  const position = usePosition(params.id, undefined)
  const profile = useTalentProfile()

  if (position.isPending || profile.isPending) return <PageLoading />
  if (position.isError) return <ErrorState error={position.error} onRetry={() => position.refetch()} />
  if (profile.isError) return <ErrorState error={profile.error} onRetry={() => profile.refetch()} />
  if (!profile.data) {
    return (
      <View>
        <EmptyState message={t('apply.noProfile')} />
        <View className='job-actions'>
          <Button type='primary' block onClick={() => nav.talentProfile()}>
            {t('apply.fillProfile')}
          </Button>
        </View>
      </View>
    )
  }
  if (position.data.applied) {
    return (
      <View>
        <EmptyState message={t('apply.alreadyApplied')} />
        <View className='job-actions'>
          <Button type='primary' fill='outline' block onClick={() => redirectTo('myApplications')}>
            {t('apply.viewMine')}
          </Button>
        </View>
      </View>
    )
  }
  return (
    <ApplyForm
      position={position.data}
      profile={profile.data}
      me={me}
      channel={channel.success ? channel.data : null}
    />
  )
}

const APPLY_ROLES = ['talent'] as const

export default function JobApplyPage() {
  usePageChrome('jobApply')
  return (
    <View className='page job-apply'>
      <SignedIn roles={APPLY_ROLES}>
        {(me) => (
          <ConsentGate>
            <ApplyLoader me={me} />
          </ConsentGate>
        )}
      </SignedIn>
    </View>
  )
}
