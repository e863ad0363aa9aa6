import { useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, TextArea } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/textarea/style/css'
import {
  REVIEW_CRITERIA,
  REVIEW_CRITERION_LABELS,
  REVIEW_CRITERION_WEIGHTS,
  SCORE_MAX,
  submitReviewSchema,
  weightedScore,
  type ProjectRecord,
  type ProjectReview,
  type ReviewCriterion
} from '@ihaigui/shared'
import { ApiRequestError, describeError } from '@/api/errors'
import { parseIdParam } from '@/api/id-param'
import { useReviewProject, useSubmitReview } from '@/features/projects/projects.hooks'
import { FormMessage, useErrorText } from '@/components/form/Form'
import { SignedIn } from '@/components/SessionGates'
import { ErrorState, PageLoading } from '@/components/StateViews'
import { serverFieldErrors, validateForm, type FieldErrors } from '@/forms/validation'
import { usePageChrome } from '@/hooks/usePageChrome'
import { useI18n } from '@/i18n'
import { PrivateSection, ProjectHead, SummarySection } from '@/features/projects/project/ProjectParts'
import '../../project/project.scss'

type Scores = Partial<Record<ReviewCriterion, number>>
type ReviewField = ReviewCriterion | 'comment'
const REVIEW_FIELDS: readonly ReviewField[] = [...REVIEW_CRITERIA, 'comment']
const POINTS = Array.from({ length: SCORE_MAX + 1 }, (_, i) => i)

function complete(scores: Scores): scores is Record<ReviewCriterion, number> {
  return REVIEW_CRITERIA.every((c) => scores[c] !== undefined)
}

/** One published criterion: its name, weight and hint, and the points 0–10 to tap. */
function Criterion({
  criterion,
  value,
  onChange,
  error
}: {
  criterion: ReviewCriterion
  value: number | undefined
  onChange: (v: number) => void
  error?: string
}) {
  const { t, locale } = useI18n()
  const labels = REVIEW_CRITERION_LABELS[criterion]
  return (
    <View className={`pj-criterion${error ? ' pj-criterion--error' : ''}`} id={`pj-criterion-${criterion}`}>
      <View className='pj-criterion__head'>
        <Text className='pj-criterion__name'>{locale === 'en' ? labels.en : labels.zh}</Text>
        <Text className='pj-criterion__weight'>
          {t('pj.review.weight', { weight: REVIEW_CRITERION_WEIGHTS[criterion] })}
        </Text>
        <Text className='pj-criterion__value'>
          {value === undefined ? '–' : t('pj.review.points', { points: value })}
        </Text>
      </View>
      <Text className='pj-criterion__hint'>{locale === 'en' ? labels.hintEn : labels.hintZh}</Text>
      <View className='pj-points'>
        {POINTS.map((p) => (
          <Text key={p} className={value === p ? 'pj-point pj-point--on' : 'pj-point'} onClick={() => onChange(p)}>
            {p}
          </Text>
        ))}
      </View>
      {error ? <Text className='form-field__error'>{error}</Text> : null}
    </View>
  )
}

function ScoreForm({ projectId, mine }: { projectId: number; mine: ProjectReview | null }) {
  const { t, locale, dateTime } = useI18n()
  const errorText = useErrorText()
  const [scores, setScores] = useState<Scores>(() => ({ ...(mine?.scores ?? {}) }))
  const [comment, setComment] = useState(mine?.comment ?? '')
  const [errors, setErrors] = useState<FieldErrors<ReviewField>>({})
  const [failure, setFailure] = useState<unknown>(null)
  const send = useSubmitReview(projectId)
  const total = complete(scores) ? weightedScore(scores) : null

  const submit = async () => {
    if (send.isPending) return
    setFailure(null)
    const missing = REVIEW_CRITERIA.filter((c) => scores[c] === undefined)
    const result = validateForm(
      submitReviewSchema,
      { ...scores, comment },
      { empty: [...missing, ...(comment.trim() ? [] : ['comment' as const])], choices: REVIEW_CRITERIA }
    )
    if (!result.ok) {
      setErrors(result.errors)
      return
    }
    try {
      await send.mutateAsync(result.data)
      Taro.showToast({ title: t('pj.review.sent'), icon: 'success' })
    } catch (error) {
      const fieldErrors = serverFieldErrors(error, REVIEW_FIELDS)
      setErrors(fieldErrors)
      if (Object.keys(fieldErrors).length === 0) setFailure(error)
    }
  }

  return (
    <View className='pj-section pj-scoring'>
      <Text className='pj-section__title'>{t('pj.review.title')}</Text>
      <Text className='pj-section__hint'>{t('pj.review.intro')}</Text>
      {REVIEW_CRITERIA.map((c) => (
        <Criterion
          key={c}
          criterion={c}
          value={scores[c]}
          error={errorText(errors[c])}
          onChange={(v) => {
            setScores((prev) => ({ ...prev, [c]: v }))
            setErrors((prev) => ({ ...prev, [c]: undefined }))
          }}
        />
      ))}
      <View className='pj-total'>
        <Text className='pj-total__label'>{t('pj.review.total')}</Text>
        <Text className='pj-total__value'>{total === null ? '–' : String(total)}</Text>
        <Text className='pj-total__max'>/ 100</Text>
      </View>
      <Text className='pj-total__hint'>{total === null ? t('pj.review.totalPending') : t('pj.review.totalHint')}</Text>
      <View className={`form-field${errors.comment ? ' form-field--error' : ''}`}>
        <View className='form-field__label'>
          <Text>{t('pj.review.comment')}</Text>
        </View>
        <View className='form-field__control'>
          <TextArea
            className='form-field__textarea'
            name='comment'
            value={comment}
            placeholder={t('pj.review.commentPlaceholder')}
            maxLength={1000}
            rows={4}
            autoSize
            onChange={(v) => {
              setComment(v)
              setErrors((prev) => ({ ...prev, comment: undefined }))
            }}
          />
        </View>
        {errors.comment ? <Text className='form-field__error'>{errorText(errors.comment)}</Text> : null}
      </View>
      {failure ? <FormMessage>{describeError(failure, locale).message}</FormMessage> : null}
      {mine?.submittedAt ? (
        <FormMessage tone='success'>{t('pj.review.submittedAt', { date: dateTime(mine.submittedAt) })}</FormMessage>
      ) : null}
      <View className='form-actions'>
        <Button type='primary' block loading={send.isPending} onClick={submit}>
          {t(mine?.submittedAt ? 'pj.review.update' : 'pj.review.submit')}
        </Button>
      </View>
    </View>
  )
}

function ReviewView({ record }: { record: ProjectRecord }) {
  const mine = record.reviews?.[0] ?? null
  return (
    <View>
      <ProjectHead project={record} />
      <SummarySection project={record} />
      {record.private && <PrivateSection projectId={record.id} details={record.private} />}
      <ScoreForm projectId={record.id} mine={mine} />
    </View>
  )
}

function ReviewLoader({ id }: { id: number }) {
  const { data, error, isPending, isError, refetch } = useReviewProject(id)
  if (isPending) return <PageLoading />
  if (isError) return <ErrorState error={error} onRetry={() => refetch()} />
  return <ReviewView record={data} />
}

export default function ReviewScorePage() {
  const { params } = useRouter()
  const { locale } = useI18n()
  usePageChrome('reviewScore')
  const id = parseIdParam(params.id)
  return (
    <View className='page pj'>
      <SignedIn roles={['reviewer', 'staff', 'admin']}>
        {() =>
          id === undefined ? (
            <ErrorState error={new ApiRequestError({ status: 404, code: 'PROJECT_NOT_FOUND', locale })} />
          ) : (
            <ReviewLoader id={id} />
          )
        }
      </SignedIn>
    </View>
  )
}
