import { useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { useQueryClient } from '@tanstack/react-query'
import { respondChallengeSchema, type ChallengeDetail, type Me } from '@ihaigui/shared'
import { useChallenge, useMyAcceptedProjects, useRespondToChallenge } from '@/features/engage/challenges.hooks'
import { describeError, isApiRequestError } from '@/api/errors'
import { queryKeys } from '@/api/query-keys'
import { FormField, FormMessage, FormSection, SelectField, TextAreaField } from '@/components/form/Form'
import { ConsentGate, SignedIn } from '@/components/SessionGates'
import { EmptyState, ErrorState, PageLoading } from '@/components/StateViews'
import { useForm } from '@/forms/useForm'
import { serverFieldErrors, validateForm } from '@/forms/validation'
import { usePageChrome } from '@/hooks/usePageChrome'
import { useI18n } from '@/i18n'
import { goToLogin, navigateTo, redirectTo } from '@/navigation'
import { budgetText } from '@/features/engage/challenge/challenge-display'
import '../../challenge/challenge.scss'

const PROPOSAL_MIN = 20
const PROPOSAL_MAX = 3000
const FIELDS = ['proposal', 'projectId'] as const
type Values = { proposal: string; projectId: string }

/** "128 / 3000", with how many more are needed while under the minimum. */
function ProposalCounter({ text }: { text: string }) {
  const { t } = useI18n()
  const length = text.trim().length
  return (
    <Text className={`ch-counter${length > 0 && length < PROPOSAL_MIN ? ' ch-counter--short' : ''}`}>
      {length < PROPOSAL_MIN
        ? t('respond.counterShort', { count: length, min: PROPOSAL_MIN })
        : t('respond.counter', { count: length, max: PROPOSAL_MAX })}
    </Text>
  )
}

function RespondForm({ challenge, me }: { challenge: ChallengeDetail; me: Me }) {
  const { t, locale, localized } = useI18n()
  const queryClient = useQueryClient()
  const respond = useRespondToChallenge(challenge.id)
  const projects = useMyAcceptedProjects()
  const form = useForm<Values>({ proposal: '', projectId: '' })
  const [failure, setFailure] = useState<unknown>(null)

  const projectOptions = [
    { value: 'none', label: t('respond.noProject') },
    ...(projects.data ?? []).map((p) => ({ value: String(p.id), label: localized(p.name, p.nameEn) }))
  ]

  const submit = async () => {
    if (respond.isPending) return
    setFailure(null)
    const projectId = form.values.projectId && form.values.projectId !== 'none' ? Number(form.values.projectId) : null
    const result = validateForm(
      respondChallengeSchema,
      { proposal: form.values.proposal, projectId },
      {
        empty: form.values.proposal.trim() ? [] : ['proposal']
      }
    )
    if (!result.ok) {
      form.setErrors(result.errors)
      return
    }
    try {
      await respond.mutateAsync(result.data)
      Taro.showToast({ title: t('respond.sent'), icon: 'success' })
      setTimeout(() => void redirectTo('myResponses'), 600)
    } catch (error) {
      if (isApiRequestError(error)) {
        if (error.status === 401) {
          void goToLogin()
          return
        }
        if (error.code === 'CONSENT_REQUIRED')
          void queryClient.invalidateQueries({ queryKey: queryKeys.user.me(me.id) })
      }
      const fieldErrors = serverFieldErrors<(typeof FIELDS)[number]>(error, FIELDS)
      form.setErrors(fieldErrors)
      if (Object.keys(fieldErrors).length === 0) setFailure(error)
    }
  }

  const code = isApiRequestError(failure) ? failure.code : undefined
  const hasProjects = (projects.data?.length ?? 0) > 0

  return (
    <View className='ch-form'>
      <View className='ch-form__challenge' onClick={() => navigateTo('challengeDetail', { id: challenge.id })}>
        <Text className='ch-form__title'>{localized(challenge.title, challenge.titleEn)}</Text>
        <Text className='ch-form__org'>
          {challenge.organization.name} · {budgetText(challenge, locale)}
        </Text>
      </View>

      <FormSection title={t('respond.proposalSection')}>
        <TextAreaField
          {...form.field('proposal')}
          label={t('respond.proposal')}
          placeholder={t('respond.proposalPlaceholder')}
          maxLength={PROPOSAL_MAX}
          rows={8}
        />
        <ProposalCounter text={form.values.proposal} />
      </FormSection>

      <FormSection title={t('respond.projectSection')}>
        {projects.isPending ? (
          <PageLoading />
        ) : hasProjects ? (
          <SelectField
            {...form.field('projectId')}
            required={false}
            label={t('respond.project')}
            hint={t('respond.projectHint')}
            placeholder={t('respond.noProject')}
            options={projectOptions}
          />
        ) : (
          <FormField label={t('respond.project')} required={false} hint={t('respond.noProjectsHint')}>
            <Text className='ch-form__static'>{t('respond.noProject')}</Text>
          </FormField>
        )}
      </FormSection>

      <Text className='ch-form__note'>{t('respond.afterSubmit')}</Text>
      {failure ? <FormMessage>{describeError(failure, locale).message}</FormMessage> : null}
      {code === 'CHALLENGE_ALREADY_RESPONDED' && (
        <View className='ch-actions'>
          <Button type='primary' fill='outline' block onClick={() => redirectTo('myResponses')}>
            {t('challenge.myResponsesLink')}
          </Button>
        </View>
      )}
      <View className='ch-actions'>
        <Button
          type='primary'
          block
          loading={respond.isPending}
          disabled={respond.isPending || code === 'CHALLENGE_NOT_OPEN' || code === 'CHALLENGE_ALREADY_RESPONDED'}
          onClick={submit}
        >
          {t('respond.submit')}
        </Button>
      </View>
    </View>
  )
}

function RespondLoader({ me }: { me: Me }) {
  const { t } = useI18n()
  const { params } = useRouter()
  const challenge = useChallenge(params.id)
  if (challenge.isPending) return <PageLoading />
  if (challenge.isError) return <ErrorState error={challenge.error} onRetry={() => challenge.refetch()} />
  if (!challenge.data.canRespond) {
    const responded = challenge.data.myResponse && challenge.data.myResponse.status !== 'withdrawn'
    return (
      <View>
        <EmptyState message={t(responded ? 'respond.already' : 'challenge.notOpen')} />
        <View className='ch-actions'>
          <Button
            type='primary'
            fill='outline'
            block
            onClick={() => redirectTo(responded ? 'myResponses' : 'challengeList')}
          >
            {t(responded ? 'challenge.myResponsesLink' : 'respond.browse')}
          </Button>
        </View>
      </View>
    )
  }
  return <RespondForm challenge={challenge.data} me={me} />
}

const RESPOND_ROLES = ['talent'] as const

export default function ChallengeRespondPage() {
  usePageChrome('challengeRespond')
  return (
    <View className='page ch-respond'>
      <SignedIn roles={RESPOND_ROLES}>
        {(me) => (
          <ConsentGate>
            <RespondLoader me={me} />
          </ConsentGate>
        )}
      </SignedIn>
    </View>
  )
}
