import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import {
  MATCH_ANSWER_KEYS,
  MATCH_QUESTION_LABELS,
  VERDICTS,
  VERDICT_LABELS,
  formatAmountYuan,
  type MatchAnswerKey,
  type MatchItem,
  type MatchResult,
  type Verdict
} from '@ihaigui/shared'
import { policyAmountText, policyValidityText } from '@/features/discovery/policy-display'
import { formatCount, useI18n } from '@/i18n'
import { navigateTo } from '@/navigation'

const STATUS_MARK = { met: '✓', not_met: '✗', unknown: '?' } as const

/** Element id of a verdict's section, for the summary tiles to scroll to. */
export const sectionAnchor = (verdict: Verdict) => `match-section-${verdict}`

function isAnswerKey(key: string): key is MatchAnswerKey {
  return (MATCH_ANSWER_KEYS as readonly string[]).includes(key)
}

function Outline({ item }: { item: MatchItem }) {
  const { t } = useI18n()
  const total = item.criteria.length
  const met = item.criteria.filter((c) => c.status === 'met').length
  const notMet = item.criteria.filter((c) => c.status === 'not_met').length
  let text: string
  if (total === 0) text = t('matcher.outlineNoCriteria')
  else if (item.verdict === 'eligible') text = t('matcher.outlineAllMet', { total })
  else if (item.verdict === 'maybe') text = t('matcher.outlineMaybe', { met, total, open: total - met })
  else text = t('matcher.outlineNotMet', { count: notMet, total })
  return <Text className={`match-card__outline match-card__outline--${item.verdict}`}>{text}</Text>
}

interface CardProps {
  item: MatchItem
  defaultOpen: boolean
  onAnswer: (key: MatchAnswerKey) => void
}

function MatchCard({ item, defaultOpen, onAnswer }: CardProps) {
  const { t, locale, label, localized } = useI18n()
  const [open, setOpen] = useState(defaultOpen)
  const { policy } = item
  const amount = policyAmountText(policy, locale)
  const missing = item.missing.filter(isAnswerKey)

  return (
    <View className={`match-card match-card--${item.verdict}`}>
      <View className='match-card__main' hoverClass='match-card__main--pressed' onClick={() => setOpen(!open)}>
        <Text className='match-card__title'>{localized(policy.title, policy.titleEn)}</Text>
        <View className='match-card__facts'>
          <Text className={amount ? 'match-card__amount' : 'match-card__amount match-card__amount--none'}>
            {amount ?? t('policies.noAmount')}
          </Text>
          <Text
            className={item.closingSoon ? 'match-card__deadline match-card__deadline--soon' : 'match-card__deadline'}
          >
            {item.closingSoon ? `${t('policies.closingSoon')} · ` : ''}
            {policyValidityText(policy.validTo, locale)}
          </Text>
        </View>
        <View className='match-card__row'>
          <Outline item={item} />
          <Text className='match-card__toggle'>{open ? t('matcher.hideDetails') : t('matcher.showDetails')}</Text>
        </View>
      </View>

      {missing.length > 0 && (
        <View className='match-card__missing'>
          <Text className='match-card__missing-label'>{t('matcher.missingLabel')}</Text>
          <View className='match-card__missing-list'>
            {missing.map((key) => (
              <View
                key={key}
                className='match-card__answer'
                hoverClass='match-card__answer--pressed'
                onClick={() => onAnswer(key)}
              >
                <Text>{t('matcher.answerQuestion', { question: label(MATCH_QUESTION_LABELS[key]) })}</Text>
              </View>
            ))}
          </View>
        </View>
      )}

      {open && (
        <View className='match-card__criteria'>
          {item.criteria.length === 0 ? (
            <Text className='match-card__none'>{t('matcher.noCriteriaDetail')}</Text>
          ) : (
            item.criteria.map((result) => (
              <View key={result.criterion.kind} className='match-card__criterion'>
                <Text className={`match-card__mark match-card__mark--${result.status}`}>
                  {STATUS_MARK[result.status]}
                </Text>
                <View className='match-card__criterion-text'>
                  <Text className='match-card__requirement'>{label(result.requirement)}</Text>
                  <Text className='match-card__reason'>{label(result.reason)}</Text>
                </View>
              </View>
            ))
          )}
          <View
            className='match-card__link'
            hoverClass='match-card__link--pressed'
            onClick={() => navigateTo('policyDetail', { id: policy.id })}
          >
            <Text>{t('matcher.openPolicy')}</Text>
          </View>
        </View>
      )}
    </View>
  )
}

interface Props {
  result: MatchResult
  onEdit: () => void
  onAnswer: (key: MatchAnswerKey) => void
  onJump: (verdict: Verdict) => void
}

export function MatchResults({ result, onEdit, onAnswer, onJump }: Props) {
  const { t, locale, label } = useI18n()
  const money = (yuan: number) => (yuan > 0 ? formatAmountYuan(yuan, locale) : t('matcher.noAmountYet'))
  const groups = VERDICTS.map((verdict) => ({
    verdict,
    items: result.items.filter((item) => item.verdict === verdict)
  }))

  return (
    <View className='matcher__results'>
      <View className='match-summary'>
        <Text className='match-summary__title'>{t('matcher.resultTitle')}</Text>
        <Text className='match-summary__sub'>
          {t('matcher.evaluated', { count: formatCount(result.items.length, locale) })}
        </Text>
        <View className='match-summary__tiles'>
          {VERDICTS.map((verdict) => (
            <View
              key={verdict}
              className={`match-summary__tile match-summary__tile--${verdict}`}
              hoverClass='match-summary__tile--pressed'
              onClick={() => onJump(verdict)}
            >
              <Text className='match-summary__count'>{formatCount(result.counts[verdict], locale)}</Text>
              <Text className='match-summary__verdict'>{label(VERDICT_LABELS[verdict])}</Text>
            </View>
          ))}
        </View>
        <View className='match-summary__money'>
          <View className='match-summary__money-row'>
            <Text className='match-summary__money-label'>{t('matcher.potentialEligible')}</Text>
            <Text className='match-summary__money-value'>{money(result.potential.eligible)}</Text>
          </View>
          <View className='match-summary__money-row'>
            <Text className='match-summary__money-label'>{t('matcher.potentialWithMaybe')}</Text>
            <Text className='match-summary__money-value match-summary__money-value--maybe'>
              {money(result.potential.withMaybe)}
            </Text>
          </View>
          <Text className='match-summary__money-note'>{t('matcher.potentialNote')}</Text>
        </View>
        {result.counts.maybe > 0 && (
          <Text className='match-summary__tip'>
            {t('matcher.maybeTip', { count: formatCount(result.counts.maybe, locale) })}
          </Text>
        )}
        <View className='match-summary__actions'>
          <Button type='primary' fill='outline' block onClick={onEdit}>
            {t('matcher.editAnswers')}
          </Button>
        </View>
      </View>

      {result.items.length === 0 && (
        <View className='match-empty'>
          <Text>{t('matcher.noPolicies')}</Text>
        </View>
      )}

      {groups.map(({ verdict, items }) =>
        items.length === 0 ? null : (
          <View key={verdict} id={sectionAnchor(verdict)} className='match-group'>
            <View className='match-group__head'>
              <Text className={`match-group__dot match-group__dot--${verdict}`} />
              <Text className='match-group__title'>{label(VERDICT_LABELS[verdict])}</Text>
              <Text className='match-group__count'>{formatCount(items.length, locale)}</Text>
            </View>
            {items.map((item, index) => (
              <MatchCard key={item.policy.id} item={item} defaultOpen={index === 0} onAnswer={onAnswer} />
            ))}
          </View>
        )
      )}

      <View className='matcher__bottom-edit'>
        <Button type='primary' fill='outline' block onClick={onEdit}>
          {t('matcher.editAnswers')}
        </Button>
      </View>
    </View>
  )
}
