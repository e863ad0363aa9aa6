import { useEffect, useState, type ReactNode } from 'react'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, Tag } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/tag/style/css'
import {
  DEGREES,
  DEGREE_LABELS,
  INDUSTRIES,
  INDUSTRY_LABELS,
  ORIGIN_REGIONS,
  ORIGIN_REGION_LABELS,
  PITCH_DECK_MAX_BYTES,
  PROJECT_SEEKS,
  PROJECT_SEEK_LABELS,
  PROJECT_STAGES,
  PROJECT_STAGE_LABELS,
  PROJECT_STATUS_LABELS,
  PROJECT_VISIBILITIES,
  PROJECT_VISIBILITY_LABELS,
  type Bilingual,
  type ProjectRecord
} from '@ihaigui/shared'
import { ApiRequestError, describeError, localizeErrorCode } from '@/api/errors'
import { parseIdParam } from '@/api/id-param'
import {
  useMyProject,
  useRemovePitchDeck,
  useSaveProject,
  useSubmitProject,
  useUpcomingEvents,
  useUploadPitchDeck
} from '@/features/projects/projects.hooks'
import { FormField, FormMessage, FormSection, SelectField, TextAreaField, TextField } from '@/components/form/Form'
import { AmountField } from '@/features/projects/components/AmountField'
import { PROJECT_STATUS_TAG } from '@/features/projects/project-display'
import { ConsentGate, SignedIn } from '@/components/SessionGates'
import { ErrorState, PageLoading } from '@/components/StateViews'
import { useForm } from '@/forms/useForm'
import { serverFieldErrors } from '@/forms/validation'
import { usePageChrome } from '@/hooks/usePageChrome'
import { useI18n, type MessageKey } from '@/i18n'
import { redirectTo } from '@/navigation'
import { pageFromPath } from '@/routes'
import { looksLikePdf, pickPdf } from '@/features/account/pages/account-profile/pick-pdf'
import { OwnProject } from '@/features/projects/project/OwnProject'
import { EDITABLE } from '@/features/projects/project/project-status'
import {
  FIELDS,
  checkForm,
  sameContent,
  seeksOf,
  valuesOf,
  type Values
} from '@/features/projects/project/project-form'
import { PitchDeckButton, PitchDeckRow } from '@/features/projects/project/ProjectParts'
import '../../project/project.scss'

/** Scrolls the first field with an error into view, once the errors have rendered. */
function showFirstError() {
  setTimeout(() => {
    Taro.pageScrollTo({ selector: '.pj-editor .form-field--error', offsetTop: -24, duration: 200 }).catch(
      () => undefined
    )
  }, 50)
}

/** Back to "my projects" (where a submitted project now shows as awaiting screening). */
function afterSubmit() {
  const stack = Taro.getCurrentPages()
  const below = stack[stack.length - 2]
  if (below && pageFromPath(below.route) === 'myProjects') void Taro.navigateBack()
  else void redirectTo('myProjects')
}

/** Choices shown as chips: one (visibility) or several (what the project seeks). */
function Chips<V extends string>({
  name,
  options,
  isOn,
  onToggle
}: {
  name: string
  options: readonly { value: V; label: string }[]
  isOn: (value: V) => boolean
  onToggle: (value: V) => void
}) {
  return (
    <View className='pj-choices' id={`pj-choices-${name}`}>
      {options.map((o) => (
        <Text
          key={o.value}
          className={isOn(o.value) ? 'pj-choice pj-choice--on' : 'pj-choice'}
          onClick={() => onToggle(o.value)}
        >
          {isOn(o.value) ? `✓ ${o.label}` : o.label}
        </Text>
      ))}
    </View>
  )
}

/** The pitch deck: uploaded once the project has been saved; a new one replaces the old. */
function PitchDeckSection({ record }: { record: ProjectRecord | undefined }) {
  const { t, locale } = useI18n()
  const upload = useUploadPitchDeck()
  const remove = useRemovePitchDeck()
  const [problem, setProblem] = useState<string | null>(null)
  const deck = record?.private?.pitchDeck ?? null
  const editable = record ? EDITABLE.includes(record.status) : false

  const choose = async () => {
    if (!record || upload.isPending) return
    setProblem(null)
    const file = await pickPdf()
    if (!file) return
    // The server checks again; these spare a useless upload on a slow link.
    if (file.size > PITCH_DECK_MAX_BYTES) {
      setProblem(localizeErrorCode('PITCH_DECK_TOO_LARGE', locale))
      return
    }
    if (!(await looksLikePdf(file))) {
      setProblem(localizeErrorCode('PITCH_DECK_NOT_PDF', locale))
      return
    }
    try {
      await upload.mutateAsync({ id: record.id, file })
      Taro.showToast({ title: t('pj.deck.uploaded'), icon: 'success' })
    } catch (error) {
      setProblem(describeError(error, locale).message)
    }
  }

  const drop = async () => {
    if (!record || remove.isPending) return
    setProblem(null)
    try {
      await remove.mutateAsync(record.id)
    } catch (error) {
      setProblem(describeError(error, locale).message)
    }
  }

  return (
    <FormSection title={t('pj.deck.title')}>
      <View className='pj-deck-field'>
        {deck && record ? (
          <PitchDeckRow deck={deck} action={<PitchDeckButton projectId={record.id} fileName={deck.fileName} />} />
        ) : (
          <Text className='pj-muted'>{record ? t('pj.deck.none') : t('pj.deck.saveFirst')}</Text>
        )}
        {problem ? <FormMessage>{problem}</FormMessage> : null}
        {record && editable && (
          <View className='pj-deck-field__actions'>
            <Button type='primary' fill='outline' loading={upload.isPending} onClick={choose}>
              {upload.isPending ? t('pj.deck.uploading') : deck ? t('pj.deck.replace') : t('pj.deck.upload')}
            </Button>
            {deck && (
              <Button type='danger' fill='none' loading={remove.isPending} onClick={drop}>
                {t('pj.deck.remove')}
              </Button>
            )}
          </View>
        )}
        <Text className='form-field__hint'>{t('pj.deck.hint')}</Text>
      </View>
    </FormSection>
  )
}

function Editor({ initial }: { initial?: ProjectRecord }) {
  const { t, label, localized, dateTime, locale } = useI18n()
  // Once saved, the record lives in the query cache, where the upload and the submission update it too.
  const [savedId, setSavedId] = useState(initial?.id)
  const record = useMyProject(savedId).data ?? initial
  const form = useForm<Values>(() => valuesOf(initial))
  const [failure, setFailure] = useState<unknown>(null)
  const save = useSaveProject()
  const submit = useSubmitProject()
  const events = useUpcomingEvents()
  const { values, field, errors, setField } = form
  const busy = save.isPending || submit.isPending
  const dirty = record ? !sameContent(values, record) : true

  const options = <V extends string>(list: readonly V[], labels: Record<V, Bilingual>) =>
    list.map((value) => ({ value, label: label(labels[value]) }))

  const eventOptions = [
    { value: '', label: t('pj.form.noEvent') },
    ...(events.data ?? []).map((e) => ({
      value: String(e.id),
      label: `${localized(e.title, e.titleEn)} · ${dateTime(e.startsAt)}`
    }))
  ]
  // The event saved on the project stays choosable even when it no longer shows among the upcoming ones.
  if (record?.event && !eventOptions.some((o) => o.value === String(record.event?.id))) {
    eventOptions.push({ value: String(record.event.id), label: localized(record.event.title, record.event.titleEn) })
  }

  /** Saves the form (a new draft, or the changes); resolves to the saved record, or undefined when it was refused. */
  const persist = async (): Promise<ProjectRecord | undefined> => {
    setFailure(null)
    const check = checkForm(values)
    if (!check.ok) {
      form.setErrors(check.errors)
      showFirstError()
      return undefined
    }
    if (record && !dirty) return record
    try {
      const saved = record
        ? await save.mutateAsync({ kind: 'update', id: record.id, input: check.input })
        : await save.mutateAsync({ kind: 'create', input: check.input })
      setSavedId(saved.id)
      return saved
    } catch (error) {
      const fieldErrors = serverFieldErrors(error, FIELDS)
      form.setErrors(fieldErrors)
      if (Object.keys(fieldErrors).length === 0) setFailure(error)
      else showFirstError()
      return undefined
    }
  }

  const saveDraft = async () => {
    if (busy) return
    const saved = await persist()
    if (saved) Taro.showToast({ title: t('pj.form.saved'), icon: 'success' })
  }

  const sendForScreening = async () => {
    if (busy) return
    const saved = await persist()
    if (!saved) return
    try {
      await submit.mutateAsync(saved.id)
      Taro.showToast({ title: t('pj.form.submitted'), icon: 'success' })
      setTimeout(afterSubmit, 600)
    } catch (error) {
      setFailure(error)
    }
  }

  const seeks = seeksOf(values)
  const hasErrors = Object.values(errors).some(Boolean)

  return (
    <View className='pj-editor'>
      {record ? (
        <View className='pj-status-bar'>
          <View className='pj-status-bar__line'>
            <Tag type={PROJECT_STATUS_TAG[record.status]}>{label(PROJECT_STATUS_LABELS[record.status])}</Tag>
            <Text className='pj-status-bar__text'>
              {t(record.status === 'returned' ? 'pj.form.returnedNote' : 'pj.form.draftNote')}
            </Text>
          </View>
          {record.status === 'returned' && record.statusReason ? (
            <View className='pj-reason'>
              <Text className='pj-reason__label'>{t('pj.mine.returnReason')}</Text>
              <Text className='pj-reason__text'>{record.statusReason}</Text>
            </View>
          ) : null}
        </View>
      ) : (
        <Text className='pj-intro'>{t('pj.form.intro')}</Text>
      )}

      <FormSection title={t('pj.form.basic')}>
        <TextField
          {...field('name')}
          label={t('pj.form.name')}
          placeholder={t('pj.form.namePlaceholder')}
          maxLength={60}
        />
        <TextField {...field('nameEn')} required={false} label={t('pj.form.nameEn')} maxLength={120} />
        <SelectField {...field('field')} label={t('pj.fact.field')} options={options(INDUSTRIES, INDUSTRY_LABELS)} />
        <SelectField
          {...field('stage')}
          label={t('pj.fact.stage')}
          options={options(PROJECT_STAGES, PROJECT_STAGE_LABELS)}
        />
        <SelectField
          {...field('originRegion')}
          label={t('pj.form.region')}
          options={options(ORIGIN_REGIONS, ORIGIN_REGION_LABELS)}
        />
        <TextField {...field('teamSize')} type='number' label={t('pj.form.teamSize')} maxLength={3} />
        <SelectField
          {...field('leaderDegree')}
          label={t('pj.fact.leaderDegree')}
          options={options(DEGREES, DEGREE_LABELS)}
        />
      </FormSection>

      <FormSection title={t('pj.form.needs')}>
        <FormField label={t('pj.fact.seeks')} error={errors.seeks} hint={t('pj.form.seeksHint')}>
          <Chips
            name='seeks'
            options={options(PROJECT_SEEKS, PROJECT_SEEK_LABELS)}
            isOn={(v) => seeks.includes(v)}
            onToggle={(v) =>
              setField('seeks', (seeks.includes(v) ? seeks.filter((s) => s !== v) : [...seeks, v]).join(','))
            }
          />
        </FormField>
        <AmountField
          {...field('financingNeed')}
          required={false}
          label={t('pj.form.financing')}
          hint={t('pj.form.financingHint')}
        />
      </FormSection>

      <FormSection title={t('pj.form.content')}>
        <TextAreaField
          {...field('summary')}
          label={t('pj.form.summary')}
          hint={t('pj.form.summaryHint')}
          maxLength={500}
          rows={4}
        />
        <TextAreaField
          {...field('details')}
          label={t('pj.form.details')}
          hint={t('pj.form.detailsHint')}
          maxLength={5000}
          rows={6}
        />
        <TextField {...field('contact')} label={t('pj.form.contact')} hint={t('pj.form.contactHint')} maxLength={100} />
      </FormSection>

      <FormSection title={t('pj.form.english')}>
        <Text className='form-field__hint pj-section-hint'>{t('pj.form.englishHint')}</Text>
        <TextAreaField
          {...field('summaryEn')}
          required={false}
          label={t('pj.form.summaryEn')}
          maxLength={1000}
          rows={3}
        />
        <TextAreaField
          {...field('detailsEn')}
          required={false}
          label={t('pj.form.detailsEn')}
          maxLength={10000}
          rows={4}
        />
      </FormSection>

      <FormSection title={t('pj.form.publishing')}>
        <FormField label={t('pj.form.visibility')} error={errors.visibility} hint={t('pj.form.visibilityHint')}>
          <Chips
            name='visibility'
            options={options(PROJECT_VISIBILITIES, PROJECT_VISIBILITY_LABELS)}
            isOn={(v) => values.visibility === v}
            onToggle={(v) => setField('visibility', v)}
          />
        </FormField>
        <SelectField
          {...field('eventId')}
          required={false}
          label={t('pj.form.event')}
          hint={events.isError ? describeError(events.error, locale).message : t('pj.form.eventHint')}
          options={eventOptions}
          placeholder={t('pj.form.noEvent')}
        />
      </FormSection>

      <PitchDeckSection record={record} />

      {hasErrors ? <FormMessage>{t('form.fixErrors')}</FormMessage> : null}
      {failure ? <FormMessage>{describeError(failure, locale).message}</FormMessage> : null}
      <View className='form-actions pj-form-actions'>
        <Button
          type='primary'
          fill='outline'
          loading={save.isPending && !submit.isPending}
          disabled={busy || (record !== undefined && !dirty)}
          onClick={saveDraft}
        >
          {t('pj.form.saveDraft')}
        </Button>
        <Button type='primary' loading={submit.isPending} disabled={busy} onClick={sendForScreening}>
          {t(record?.status === 'returned' ? 'pj.form.resubmit' : 'pj.form.submit')}
        </Button>
      </View>
      <Text className='pj-submit-hint'>{t('pj.form.submitHint')}</Text>
    </View>
  )
}

/** The route's title says "register"; an existing project is being edited, or read. */
function Retitled({ title, children }: { title: MessageKey; children: ReactNode }) {
  const { t } = useI18n()
  const apply = () => Taro.setNavigationBarTitle({ title: t(title) }).catch(() => undefined)
  useDidShow(() => void apply())
  useEffect(() => {
    void apply()
  })
  return <>{children}</>
}

function ExistingProject({ id }: { id: number }) {
  const { data, error, isPending, isError, refetch } = useMyProject(id)
  if (isPending) return <PageLoading />
  if (isError) return <ErrorState error={error} onRetry={() => refetch()} />
  if (!EDITABLE.includes(data.status)) {
    return (
      <Retitled title='title.projectDetail'>
        <OwnProject record={data} />
      </Retitled>
    )
  }
  return (
    <Retitled title='pj.form.editTitle'>
      <Editor initial={data} />
    </Retitled>
  )
}

export default function ProjectEditPage() {
  const { params } = useRouter()
  const { locale } = useI18n()
  usePageChrome('projectEdit')
  const raw = params.id
  const id = parseIdParam(raw)
  return (
    <View className='page pj'>
      <SignedIn roles={['talent']}>
        {() => (
          <ConsentGate>
            {raw === undefined ? (
              <Editor />
            ) : id === undefined ? (
              <ErrorState error={new ApiRequestError({ status: 404, code: 'PROJECT_NOT_FOUND', locale })} />
            ) : (
              <ExistingProject id={id} />
            )}
          </ConsentGate>
        )}
      </SignedIn>
    </View>
  )
}
