import { useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { proposeToOrganizationSchema, proposeToTalentSchema, type Me } from '@ihaigui/shared'
import { ApiRequestError, describeError, isApiRequestError } from '@/api/errors'
import { parseIdParam } from '@/api/id-param'
import { usePropose } from '@/features/engage/intentions.hooks'
import { useMyProjects, useProject } from '@/features/projects/projects.hooks'
import { FormMessage, FormSection, SelectField, TextAreaField } from '@/components/form/Form'
import { SignedIn } from '@/components/SessionGates'
import { ErrorState } from '@/components/StateViews'
import { validateForm, type FieldErrors } from '@/forms/validation'
import { usePageChrome } from '@/hooks/usePageChrome'
import { useI18n } from '@/i18n'
import { navigateTo, redirectTo } from '@/navigation'
import '../../intention/intention.scss'

/** Whom the proposal goes to, from the page's parameters. */
type Target =
  | { kind: 'project'; projectId: number }
  | { kind: 'talent'; talentUserId: number; name: string }
  | { kind: 'organization'; organizationId: number; name: string; projectId: number | null }

/** The name passed along for display only (weapp hands query values over still encoded, H5 decoded). */
function displayName(raw: string | undefined): string {
  if (!raw) return ''
  try {
    return decodeURIComponent(raw).slice(0, 80)
  } catch {
    return raw.slice(0, 80)
  }
}

function targetOf(params: Record<string, string | undefined>): Target | undefined {
  const name = displayName(params.name)
  const projectId = parseIdParam(params.projectId)
  const talentUserId = parseIdParam(params.talentUserId)
  const organizationId = parseIdParam(params.organizationId)
  if (organizationId !== undefined) return { kind: 'organization', organizationId, name, projectId: projectId ?? null }
  if (projectId !== undefined) return { kind: 'project', projectId }
  if (talentUserId !== undefined) return { kind: 'talent', talentUserId, name }
  return undefined
}

/** The project the organisation proposes on, as the project page shows it. */
function ProjectTarget({ projectId }: { projectId: number }) {
  const { t, localized } = useI18n()
  const { data, isError, error, refetch } = useProject(String(projectId))
  if (isError) return <ErrorState error={error} onRetry={() => refetch()} />
  return (
    <View
      className='in-target'
      hoverClass='in-target--pressed'
      onClick={() => navigateTo('projectDetail', { id: projectId })}
    >
      <Text className='in-target__label'>{t('in.propose.toProject')}</Text>
      <Text className='in-target__name'>{data ? localized(data.name, data.nameEn) : ' '}</Text>
      {data && <Text className='in-target__text'>{localized(data.summary, data.summaryEn)}</Text>}
    </View>
  )
}

/** A talent may bring one of their accepted projects to an organisation. */
function OwnProjectPicker({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  const { t, localized } = useI18n()
  const projects = useMyProjects()
  const accepted = (projects.data?.pages ?? []).flatMap((p) => p.items).filter((p) => p.status === 'accepted')
  if (accepted.length === 0) return null
  return (
    <SelectField
      name='projectId'
      label={t('in.propose.withProject')}
      required={false}
      value={value}
      placeholder={t('in.propose.noProject')}
      options={[
        { value: '', label: t('in.propose.noProject') },
        ...accepted.map((p) => ({ value: String(p.id), label: localized(p.name, p.nameEn) }))
      ]}
      onChange={onChange}
    />
  )
}

function ProposeForm({ target }: { target: Target }) {
  const { t, locale } = useI18n()
  const propose = usePropose()
  const [note, setNote] = useState('')
  const [ownProject, setOwnProject] = useState(
    target.kind === 'organization' && target.projectId ? String(target.projectId) : ''
  )
  const [errors, setErrors] = useState<FieldErrors<'note'>>({})
  const [failure, setFailure] = useState<unknown>(null)

  const send = async () => {
    if (propose.isPending) return
    setFailure(null)
    const empty = note.trim() ? [] : (['note'] as const)
    try {
      let id: number
      if (target.kind === 'organization') {
        const result = validateForm(
          proposeToOrganizationSchema,
          { organizationId: target.organizationId, projectId: ownProject ? Number(ownProject) : null, note },
          { empty }
        )
        if (!result.ok) return setErrors({ note: result.errors.note })
        id = (await propose.mutateAsync({ to: 'organization', input: result.data })).id
      } else {
        const input = {
          projectId: target.kind === 'project' ? target.projectId : null,
          talentUserId: target.kind === 'talent' ? target.talentUserId : null,
          note
        }
        const result = validateForm(proposeToTalentSchema, input, { empty })
        if (!result.ok) return setErrors({ note: result.errors.note })
        id = (await propose.mutateAsync({ to: 'talent', input: result.data })).id
      }
      Taro.showToast({ title: t('in.propose.sent'), icon: 'success' })
      setTimeout(() => void redirectTo('intentionDetail', { id }), 600)
    } catch (error) {
      setFailure(error)
    }
  }

  const exists = isApiRequestError(failure) && failure.code === 'INTENTION_EXISTS'
  return (
    <View>
      {target.kind === 'project' ? (
        <ProjectTarget projectId={target.projectId} />
      ) : (
        <View className='in-target'>
          <Text className='in-target__label'>
            {t(target.kind === 'talent' ? 'in.propose.toTalent' : 'in.propose.toOrganization')}
          </Text>
          <Text className='in-target__name'>
            {target.name || t(target.kind === 'talent' ? 'in.side.talent' : 'in.side.organization')}
          </Text>
        </View>
      )}
      <FormSection>
        {target.kind === 'organization' && <OwnProjectPicker value={ownProject} onChange={setOwnProject} />}
        <TextAreaField
          name='note'
          label={t('in.propose.note')}
          hint={t('in.propose.noteHint')}
          placeholder={t(
            target.kind === 'organization' ? 'in.propose.notePlaceholderTalent' : 'in.propose.notePlaceholderOrg'
          )}
          value={note}
          error={errors.note}
          maxLength={1000}
          rows={5}
          onChange={(value) => {
            setNote(value)
            setErrors({})
          }}
        />
      </FormSection>
      {failure ? <FormMessage>{describeError(failure, locale).message}</FormMessage> : null}
      {exists && (
        <Text className='in-link' onClick={() => navigateTo('myIntentions')}>
          {t('in.propose.openList')} ›
        </Text>
      )}
      <View className='form-actions'>
        <Button type='primary' block loading={propose.isPending} onClick={send}>
          {t('in.propose.send')}
        </Button>
        <Text className='in-hint'>{t('in.propose.sendHint')}</Text>
      </View>
    </View>
  )
}

function ForRole({ me, target }: { me: Me; target: Target }) {
  const { t, locale } = useI18n()
  // Talents propose to organisations; organisations to projects and talents.
  const talentSide = target.kind === 'organization'
  if (talentSide ? me.role !== 'talent' : me.role !== 'enterprise')
    return <ErrorState error={new ApiRequestError({ status: 403, code: 'FORBIDDEN', locale })} />
  if (!talentSide && me.organization?.status !== 'verified') {
    return (
      <View>
        <Text className='in-target__text'>{t('in.propose.verifiedOnly')}</Text>
        <View className='form-actions'>
          <Button type='primary' block onClick={() => navigateTo(me.organization ? 'orgMine' : 'orgRegister')}>
            {t(me.organization ? 'pj.talents.openOrganization' : 'pj.talents.registerOrganization')}
          </Button>
        </View>
      </View>
    )
  }
  return <ProposeForm target={target} />
}

export default function IntentionProposePage() {
  const { params } = useRouter()
  const { locale } = useI18n()
  usePageChrome('intentionPropose')
  const target = targetOf(params)
  return (
    <View className='page in-propose'>
      <SignedIn roles={['talent', 'enterprise']}>
        {(me) =>
          target ? (
            <ForRole me={me} target={target} />
          ) : (
            <ErrorState error={new ApiRequestError({ status: 404, code: 'INTENTION_TARGET_UNAVAILABLE', locale })} />
          )
        }
      </SignedIn>
    </View>
  )
}
