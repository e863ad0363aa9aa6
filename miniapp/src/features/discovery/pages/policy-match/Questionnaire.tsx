import { Input, Text, View } from '@tarojs/components'
import { MATCH_QUESTION_LABELS, type MatchAnswerKey } from '@ihaigui/shared'
import { useErrorText } from '@/components/form/Form'
import type { FieldErrors } from '@/forms/validation'
import { useI18n } from '@/i18n'
import { QUESTION_HINTS, QUESTIONS, UNSURE, isAnswered, type Draft, type Question } from './answers'

/** Element id of a question, for scrolling back to it from the results. */
export const questionAnchor = (key: MatchAnswerKey) => `match-q-${key}`

interface QuestionProps {
  question: Question
  index: number
  value: string
  onChange: (value: string) => void
  error: string | undefined
  highlighted: boolean
  prefilled: boolean
}

function Chip({
  active,
  unsure,
  text,
  onClick
}: {
  active: boolean
  unsure?: boolean
  text: string
  onClick: () => void
}) {
  const classes = ['matcher-q__chip']
  if (unsure) classes.push('matcher-q__chip--unsure')
  if (active) classes.push('matcher-q__chip--active')
  return (
    <View className={classes.join(' ')} hoverClass='matcher-q__chip--pressed' onClick={onClick}>
      <Text>{text}</Text>
    </View>
  )
}

function QuestionCard({ question, index, value, onChange, error, highlighted, prefilled }: QuestionProps) {
  const { t, label } = useI18n()
  const answered = isAnswered(value)
  const unsure = value === UNSURE
  const classes = ['matcher-q']
  if (highlighted) classes.push('matcher-q--highlighted')
  if (error) classes.push('matcher-q--error')

  // Tapping the chosen option again takes the answer back.
  const pick = (next: string) => onChange(value === next ? '' : next)

  return (
    <View id={questionAnchor(question.key)} className={classes.join(' ')}>
      <View className='matcher-q__head'>
        <Text className={answered ? 'matcher-q__index matcher-q__index--done' : 'matcher-q__index'}>
          {answered ? '✓' : index + 1}
        </Text>
        <Text className='matcher-q__title'>{label(MATCH_QUESTION_LABELS[question.key])}</Text>
        {prefilled && <Text className='matcher-q__from-profile'>{t('matcher.fromProfile')}</Text>}
      </View>
      <Text className='matcher-q__hint'>{t(QUESTION_HINTS[question.key])}</Text>

      {question.kind === 'choice' ? (
        <View className='matcher-q__chips'>
          {question.options.map((option) => (
            <Chip
              key={option.value}
              active={value === option.value}
              text={'label' in option ? label(option.label) : t(option.message)}
              onClick={() => pick(option.value)}
            />
          ))}
          <Chip active={unsure} unsure text={t('matcher.unsure')} onClick={() => pick(UNSURE)} />
        </View>
      ) : (
        <View className='matcher-q__number-row'>
          <View className={unsure ? 'matcher-q__number matcher-q__number--off' : 'matcher-q__number'}>
            <Input
              className='matcher-q__input'
              type='number'
              maxlength={4}
              value={unsure ? '' : value}
              placeholder={t(question.placeholder)}
              onInput={(event) => onChange(event.detail.value.replace(/\D/g, ''))}
            />
            <Text className='matcher-q__unit'>{t(question.unit)}</Text>
          </View>
          <Chip active={unsure} unsure text={t('matcher.unsure')} onClick={() => pick(UNSURE)} />
        </View>
      )}
      {error ? <Text className='matcher-q__error'>{error}</Text> : null}
    </View>
  )
}

interface Props {
  draft: Draft
  onChange: (key: MatchAnswerKey, value: string) => void
  errors: FieldErrors<MatchAnswerKey>
  highlighted: MatchAnswerKey | null
  prefilled: readonly MatchAnswerKey[]
}

/** Every question of the matcher, each answerable with an option, a number, or "not sure". */
export function Questionnaire({ draft, onChange, errors, highlighted, prefilled }: Props) {
  const errorText = useErrorText()
  return (
    <View className='matcher__questions'>
      {QUESTIONS.map((question, index) => (
        <QuestionCard
          key={question.key}
          question={question}
          index={index}
          value={draft[question.key]}
          onChange={(value) => onChange(question.key, value)}
          error={errorText(errors[question.key])}
          highlighted={highlighted === question.key}
          prefilled={prefilled.includes(question.key)}
        />
      ))}
    </View>
  )
}
