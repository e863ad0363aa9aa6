import { useMemo, useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Tag } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/tag/style/css'
import {
  CRITERION_KIND_LABELS,
  DEGREE_LABELS,
  DISTRICT_LABELS,
  INDUSTRY_LABELS,
  INTENT_LABELS,
  MATCH_QUESTION_LABELS,
  VERDICT_LABELS,
  describeCriterion,
  evaluatePolicy,
  type CriterionStatus,
  type MatchAnswers,
  type Verdict
} from '@ihaigui/shared'
import { beijingParts, useI18n, type MessageKey } from '@/i18n'
import { ChoiceChips } from './controls'
import { checkDraft, type CriterionDraft } from './criteria-draft'
import { SAMPLE_PROFILES } from './sample-profiles'

const VERDICT_TAG: Record<Verdict, 'success' | 'warning' | 'danger'> = {
  eligible: 'success',
  maybe: 'warning',
  not_eligible: 'danger'
}

const STATUS_TEXT: Record<CriterionStatus, MessageKey> = {
  met: 'sp.try.met',
  not_met: 'sp.try.notMet',
  unknown: 'sp.try.unknown'
}

const STATUS_MARK: Record<CriterionStatus, string> = { met: '✓', not_met: '✗', unknown: '?' }

/** A one-line description of a sample's answers, from the shared labels. */
function useAnswerSummary(): (answers: MatchAnswers) => string {
  const { t, label } = useI18n()
  return (a) =>
    [
      a.degree ? label(DEGREE_LABELS[a.degree]) : null,
      a.age != null ? t('sp.try.age', { age: a.age }) : null,
      a.foreignNational ? t('sp.try.foreign') : a.studiedAbroad ? t('sp.try.studiedAbroad') : null,
      a.returnYear != null ? t('sp.try.returnYear', { year: a.returnYear }) : null,
      a.district ? label(DISTRICT_LABELS[a.district]) : null,
      a.industry ? label(INDUSTRY_LABELS[a.industry]) : null,
      a.intent ? label(INTENT_LABELS[a.intent]) : null
    ]
      .filter(Boolean)
      .join(' · ')
}

/**
 * The criteria as talents will read them, in Chinese and English, and a trial run of the matcher on a sample
 * profile: both follow every edit, on the device, with the same functions the server uses.
 */
export function CriteriaPreview({ drafts }: { drafts: readonly CriterionDraft[] }) {
  const { t, label } = useI18n()
  const summary = useAnswerSummary()
  const [sampleId, setSampleId] = useState(SAMPLE_PROFILES[0].id)
  const currentYear = beijingParts(Date.now()).year
  const sample = SAMPLE_PROFILES.find((s) => s.id === sampleId) ?? SAMPLE_PROFILES[0]
  const answers = useMemo(() => sample.answers(currentYear), [sample, currentYear])

  const checks = drafts.map((draft) => ({ draft, check: checkDraft(draft) }))
  const criteria = checks.flatMap(({ check }) => (check.ok ? [check.criterion] : []))
  const evaluation = evaluatePolicy(criteria, answers, currentYear)
  const incomplete = checks.length - criteria.length

  return (
    <View className='staff__preview sp-preview'>
      <View className='section__head'>
        <Text className='section__title'>{t('sp.preview')}</Text>
      </View>

      <Text className='sp-preview__subtitle'>{t('sp.preview.sentences')}</Text>
      {checks.length === 0 && <Text className='form-field__hint'>{t('sp.preview.noCriteria')}</Text>}
      {checks.map(({ draft, check }, index) => {
        if (!check.ok) {
          return (
            <View key={draft.kind} className='sp-sentence sp-sentence--incomplete'>
              <Text className='sp-sentence__index'>{index + 1}</Text>
              <Text className='sp-sentence__todo'>
                {t('sp.preview.incomplete', { kind: label(CRITERION_KIND_LABELS[draft.kind]) })}
              </Text>
            </View>
          )
        }
        const sentence = describeCriterion(check.criterion)
        return (
          <View key={draft.kind} className='sp-sentence'>
            <Text className='sp-sentence__index'>{index + 1}</Text>
            <View className='sp-sentence__text'>
              <View className='sp-sentence__line'>
                <Text className='sp-sentence__lang'>{t('sp.preview.zh')}</Text>
                <Text className='sp-sentence__zh'>{sentence.zh}</Text>
              </View>
              {check.criterion.noteZh && <Text className='sp-sentence__note'>{check.criterion.noteZh}</Text>}
              <View className='sp-sentence__line'>
                <Text className='sp-sentence__lang'>{t('sp.preview.en')}</Text>
                <Text className='sp-sentence__en'>{sentence.en}</Text>
              </View>
              {check.criterion.noteEn && <Text className='sp-sentence__note'>{check.criterion.noteEn}</Text>}
            </View>
          </View>
        )
      })}

      <View className='sp-try'>
        <Text className='sp-preview__subtitle'>{t('sp.try.title')}</Text>
        <ChoiceChips
          options={SAMPLE_PROFILES.map((s) => ({ value: s.id, label: t(s.label) }))}
          selected={[sample.id]}
          onToggle={setSampleId}
        />
        <Text className='sp-try__profile'>{summary(answers) || t('sp.try.nothingKnown')}</Text>

        <View className='sp-try__verdict'>
          <Text className='sp-try__verdict-label'>{t('sp.try.verdict')}</Text>
          <Tag type={VERDICT_TAG[evaluation.verdict]}>{label(VERDICT_LABELS[evaluation.verdict])}</Tag>
        </View>
        {criteria.length === 0 && <Text className='form-field__hint'>{t('sp.try.openToAll')}</Text>}
        {incomplete > 0 && (
          <Text className='form-field__hint'>{t('sp.try.incompleteLeftOut', { count: incomplete })}</Text>
        )}
        {evaluation.criteria.map((result) => (
          <View key={result.criterion.kind} className={`sp-result sp-result--${result.status}`}>
            <Text className='sp-result__mark'>{STATUS_MARK[result.status]}</Text>
            <View className='sp-result__text'>
              <Text className='sp-result__requirement'>
                {label(result.requirement)}
                <Text className='sp-result__status'> · {t(STATUS_TEXT[result.status])}</Text>
              </Text>
              <Text className='sp-result__reason'>{label(result.reason)}</Text>
            </View>
          </View>
        ))}
        {evaluation.missing.length > 0 && (
          <Text className='sp-try__missing'>
            {t('sp.try.missing', {
              questions: evaluation.missing.map((key) => label(MATCH_QUESTION_LABELS[key])).join(' / ')
            })}
          </Text>
        )}
      </View>
    </View>
  )
}
