import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { ActionSheet, Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/actionsheet/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import {
  CRITERION_KIND_LABELS,
  DEGREES,
  DEGREE_LABELS,
  DISTRICTS,
  DISTRICT_LABELS,
  INDUSTRIES,
  INDUSTRY_LABELS,
  INTENT_LABELS,
  OVERSEAS_BACKGROUNDS,
  OVERSEAS_BACKGROUND_LABELS,
  type Bilingual,
  type CriterionKind
} from '@ihaigui/shared'
import { FormField, TextField } from '@/components/form/Form'
import { useI18n, type MessageKey } from '@/i18n'
import { ChoiceChips, YearsStepper, toggled } from './controls'
import {
  availableKinds,
  checkDraft,
  newDraft,
  yearsBounds,
  type CriterionDraft,
  type DegreeRequirement,
  type DraftErrors,
  type IntentRequirement,
  type YearsKind
} from './criteria-draft'

const DEGREE_OPTIONS = DEGREES.filter((d): d is DegreeRequirement => d !== 'other')
const INTENT_OPTIONS: readonly IntentRequirement[] = ['startup', 'job']

const YEARS_LABEL: Record<YearsKind, MessageKey> = {
  yearsAbroadAtLeast: 'sp.crit.yearsAbroad',
  ageAtMost: 'sp.crit.age',
  returnedWithinYears: 'sp.crit.returned',
  graduatedWithinYears: 'sp.crit.graduated'
}

interface Props {
  drafts: readonly CriterionDraft[]
  onChange: (drafts: CriterionDraft[]) => void
  /** Show every incomplete setting as an error (after a save was tried). */
  showErrors: boolean
  /** A problem the server found with the criteria as a whole. */
  error?: string
}

/** The policy's eligibility as a list of machine-checkable criteria, each kind at most once. */
export function CriteriaEditor({ drafts, onChange, showErrors, error }: Props) {
  const { t, label } = useI18n()
  const [adding, setAdding] = useState(false)
  const [openNotes, setOpenNotes] = useState<readonly CriterionKind[]>([])
  const remaining = availableKinds(drafts)

  const update = (index: number, patch: Partial<CriterionDraft>) =>
    onChange(drafts.map((draft, i) => (i === index ? { ...draft, ...patch } : draft)))
  const remove = (index: number) => onChange(drafts.filter((_, i) => i !== index))
  const add = (kind: CriterionKind) => onChange([...drafts, newDraft(kind)])

  return (
    <View className='form-section sp-criteria'>
      <Text className='form-section__title'>{t('sp.criteria')}</Text>
      <Text className='form-field__hint sp-criteria__intro'>{t('sp.criteriaIntro')}</Text>
      {drafts.length === 0 && <Text className='sp-criteria__none'>{t('sp.criteriaNone')}</Text>}
      {drafts.map((draft, index) => {
        const check = checkDraft(draft)
        const errors: DraftErrors = showErrors && !check.ok ? check.errors : {}
        const notesShown = openNotes.includes(draft.kind) || draft.noteZh !== '' || draft.noteEn !== ''
        return (
          <View key={draft.kind} className='sp-criterion'>
            <View className='sp-criterion__head'>
              <Text className='sp-criterion__index'>{index + 1}</Text>
              <Text className='sp-criterion__kind'>{label(CRITERION_KIND_LABELS[draft.kind])}</Text>
              <Text className='sp-link sp-link--danger' onClick={() => remove(index)}>
                {t('sp.crit.remove')}
              </Text>
            </View>
            <CriterionSettings draft={draft} errors={errors} onPatch={(patch) => update(index, patch)} />
            {notesShown ? (
              <View className='sp-criterion__notes'>
                <TextField
                  name={`criteria.${index}.noteZh`}
                  label={t('sp.crit.noteZh')}
                  required={false}
                  value={draft.noteZh}
                  maxLength={200}
                  error={errors.noteZh}
                  onChange={(noteZh) => update(index, { noteZh })}
                />
                <TextField
                  name={`criteria.${index}.noteEn`}
                  label={t('sp.crit.noteEn')}
                  required={false}
                  value={draft.noteEn}
                  maxLength={300}
                  error={errors.noteEn}
                  onChange={(noteEn) => update(index, { noteEn })}
                />
              </View>
            ) : (
              <Text className='sp-link sp-criterion__add-note' onClick={() => setOpenNotes([...openNotes, draft.kind])}>
                {t('sp.crit.addNote')}
              </Text>
            )}
          </View>
        )
      })}
      {error ? <Text className='form-field__error'>{error}</Text> : null}
      <View className='sp-criteria__add'>
        <Button
          type='primary'
          fill='outline'
          size='small'
          disabled={remaining.length === 0}
          onClick={() => setAdding(true)}
        >
          {t('sp.crit.add')}
        </Button>
        {remaining.length === 0 && <Text className='form-field__hint'>{t('sp.crit.allUsed')}</Text>}
      </View>
      <ActionSheet
        visible={adding}
        title={t('sp.crit.add')}
        options={remaining.map((kind) => ({ name: label(CRITERION_KIND_LABELS[kind]) }))}
        cancelText={t('common.cancel')}
        onSelect={(_item, index) => {
          setAdding(false)
          const kind = remaining[index]
          if (kind) add(kind)
        }}
        onCancel={() => setAdding(false)}
      />
    </View>
  )
}

function CriterionSettings({
  draft,
  errors,
  onPatch
}: {
  draft: CriterionDraft
  errors: DraftErrors
  onPatch: (patch: Partial<CriterionDraft>) => void
}) {
  const { t, label } = useI18n()
  const options = <V extends string>(values: readonly V[], labels: Record<V, Bilingual>) =>
    values.map((value) => ({ value, label: label(labels[value]) }))

  switch (draft.kind) {
    case 'degreeAtLeast':
      return (
        <FormField label={t('sp.crit.degree')} error={errors.degree}>
          <ChoiceChips
            options={options(DEGREE_OPTIONS, DEGREE_LABELS)}
            selected={[draft.degree]}
            onToggle={(degree) => onPatch({ degree })}
          />
        </FormField>
      )
    case 'overseasBackground':
      return (
        <FormField label={t('sp.crit.accepts')} error={errors.accepts}>
          <ChoiceChips
            look='check'
            options={options(OVERSEAS_BACKGROUNDS, OVERSEAS_BACKGROUND_LABELS)}
            selected={draft.accepts}
            onToggle={(value) => onPatch({ accepts: toggled(OVERSEAS_BACKGROUNDS, draft.accepts, value) })}
          />
        </FormField>
      )
    case 'yearsAbroadAtLeast':
    case 'ageAtMost':
    case 'returnedWithinYears':
    case 'graduatedWithinYears': {
      const kind: YearsKind = draft.kind
      const { min, max } = yearsBounds(kind)
      return (
        <FormField label={t(YEARS_LABEL[kind])} error={errors.years} hint={t('sp.crit.range', { min, max })}>
          <YearsStepper
            name={`criteria.${kind}.years`}
            value={draft.years}
            min={min}
            max={max}
            unit={t(kind === 'ageAtMost' ? 'sp.crit.unitAge' : 'sp.crit.unitYears')}
            onChange={(years) => onPatch({ years })}
          />
        </FormField>
      )
    }
    case 'chineseUniversityDegree':
      return <Text className='sp-criterion__plain'>{t('sp.crit.noSettings')}</Text>
    case 'intent':
      return (
        <FormField label={t('sp.crit.intent')} error={errors.intent}>
          <ChoiceChips
            options={options(INTENT_OPTIONS, INTENT_LABELS)}
            selected={[draft.intent]}
            onToggle={(intent) => onPatch({ intent })}
          />
        </FormField>
      )
    case 'industryIn':
      return (
        <FormField label={t('sp.crit.industries')} error={errors.industries}>
          <ChoiceChips
            options={options(INDUSTRIES, INDUSTRY_LABELS)}
            selected={draft.industries}
            onToggle={(value) => onPatch({ industries: toggled(INDUSTRIES, draft.industries, value) })}
          />
        </FormField>
      )
    case 'districtIn':
      return (
        <FormField label={t('sp.crit.districts')} error={errors.districts}>
          <ChoiceChips
            options={options(DISTRICTS, DISTRICT_LABELS)}
            selected={draft.districts}
            onToggle={(value) => onPatch({ districts: toggled(DISTRICTS, draft.districts, value) })}
          />
        </FormField>
      )
  }
}
