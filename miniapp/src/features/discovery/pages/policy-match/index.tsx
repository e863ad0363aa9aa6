import { useEffect, useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import {
  MATCH_ANSWER_KEYS,
  matchAnswersSchema,
  type MatchAnswerKey,
  type MatchResult,
  type Verdict
} from '@ihaigui/shared'
import { useMatchPolicies, useMyPolicyMatch } from '@/features/discovery/discovery.hooks'
import { describeError } from '@/api/errors'
import { useMe, useSession } from '@/features/account/session.hooks'
import { FormMessage } from '@/components/form/Form'
import type { FieldErrors } from '@/forms/validation'
import { validateForm } from '@/forms/validation'
import { usePageChrome } from '@/hooks/usePageChrome'
import { useI18n } from '@/i18n'
import { goToLogin, navigateTo } from '@/navigation'
import { answersToDraft, draftToAnswers, emptyDraft, isAnswered, type Draft } from './answers'
import { MatchResults, sectionAnchor } from './MatchResults'
import { Questionnaire, questionAnchor } from './Questionnaire'
import './index.scss'

const HIGHLIGHT_MS = 2500

type PrefillState = 'signed-out' | 'no-profile' | 'prefilled' | 'none'

/** Where prefilling from a saved talent profile stands: a line above the questions. */
function PrefillNotice({ state, filled }: { state: PrefillState; filled: number }) {
  const { t } = useI18n()
  switch (state) {
    case 'signed-out':
      return (
        <View className='matcher__notice' onClick={() => goToLogin()}>
          <Text className='matcher__notice-text'>{t('matcher.prefillSignIn')}</Text>
          <Text className='matcher__notice-link'>{t('common.signIn')} ›</Text>
        </View>
      )
    case 'no-profile':
      return (
        <View className='matcher__notice' onClick={() => navigateTo('talentProfile')}>
          <Text className='matcher__notice-text'>{t('matcher.prefillNoProfile')}</Text>
          <Text className='matcher__notice-link'>{t('matcher.fillProfile')} ›</Text>
        </View>
      )
    case 'prefilled':
      if (filled === 0) return null
      return (
        <View className='matcher__notice matcher__notice--done'>
          <Text className='matcher__notice-text'>{t('matcher.prefilled', { count: filled })}</Text>
        </View>
      )
    case 'none':
      return null
  }
}

export default function PolicyMatchPage() {
  const { t, locale } = useI18n()
  const session = useSession()
  const me = useMe()
  const isTalent = (me.data ?? session?.user)?.role === 'talent'
  const profile = useMyPolicyMatch(isTalent)
  const match = useMatchPolicies()
  const [draft, setDraft] = useState<Draft>(emptyDraft)
  const [prefilled, setPrefilled] = useState<MatchAnswerKey[]>([])
  const [errors, setErrors] = useState<FieldErrors<MatchAnswerKey>>({})
  const [failure, setFailure] = useState<unknown>(null)
  const [view, setView] = useState<'form' | 'results'>('form')
  const [result, setResult] = useState<MatchResult | null>(null)
  const [highlighted, setHighlighted] = useState<MatchAnswerKey | null>(null)
  const [scrollTarget, setScrollTarget] = useState<string | null>(null)
  /** Once the user has touched the questionnaire (or it was prefilled), a late profile answer no longer overwrites it. */
  const settled = useRef(false)
  usePageChrome('policyMatch')

  useEffect(() => {
    const answers = profile.data?.answers
    if (!answers || settled.current) return
    settled.current = true
    const { draft: next, filled } = answersToDraft(answers)
    setDraft(next)
    setPrefilled(filled)
  }, [profile.data])

  // Scrolls once the view it aims at has rendered.
  useEffect(() => {
    if (!scrollTarget) return
    const timer = setTimeout(() => {
      const scroll =
        scrollTarget === 'top'
          ? Taro.pageScrollTo({ scrollTop: 0, duration: 0 })
          : Taro.pageScrollTo({ selector: `#${scrollTarget}`, offsetTop: -16, duration: 300 })
      scroll.catch(() => undefined)
      setScrollTarget(null)
    }, 80)
    return () => clearTimeout(timer)
  }, [scrollTarget, view])

  useEffect(() => {
    if (!highlighted) return
    const timer = setTimeout(() => setHighlighted(null), HIGHLIGHT_MS)
    return () => clearTimeout(timer)
  }, [highlighted])

  const prefillState: PrefillState = !session
    ? 'signed-out'
    : !isTalent || !profile.isSuccess
      ? 'none'
      : profile.data === null
        ? 'no-profile'
        : 'prefilled'
  const answered = MATCH_ANSWER_KEYS.filter((key) => isAnswered(draft[key])).length
  const total = MATCH_ANSWER_KEYS.length

  const change = (key: MatchAnswerKey, value: string) => {
    settled.current = true
    setDraft((prev) => ({ ...prev, [key]: value }))
    setErrors((prev) => (prev[key] ? { ...prev, [key]: undefined } : prev))
    setPrefilled((prev) => (prev.includes(key) ? prev.filter((k) => k !== key) : prev))
  }

  const reset = () => {
    settled.current = true
    setDraft(emptyDraft())
    setPrefilled([])
    setErrors({})
    setFailure(null)
  }

  const submit = async () => {
    if (match.isPending) return
    setFailure(null)
    const parsed = validateForm(matchAnswersSchema, draftToAnswers(draft))
    if (!parsed.ok) {
      setErrors(parsed.errors)
      const first = MATCH_ANSWER_KEYS.find((key) => parsed.errors[key])
      if (first) setScrollTarget(questionAnchor(first))
      return
    }
    try {
      setResult(await match.mutateAsync(parsed.data))
      setView('results')
      setScrollTarget('top')
    } catch (error) {
      setFailure(error)
    }
  }

  const edit = () => {
    setView('form')
    setScrollTarget('top')
  }

  const answerQuestion = (key: MatchAnswerKey) => {
    setView('form')
    setHighlighted(key)
    setScrollTarget(questionAnchor(key))
  }

  const jumpTo = (verdict: Verdict) => setScrollTarget(sectionAnchor(verdict))

  if (view === 'results' && result) {
    return (
      <View className='page matcher'>
        <MatchResults result={result} onEdit={edit} onAnswer={answerQuestion} onJump={jumpTo} />
      </View>
    )
  }

  return (
    <View className='page matcher matcher--form'>
      <View className='matcher__intro'>
        <Text className='matcher__heading'>{t('matcher.heading')}</Text>
        <Text className='matcher__lead'>{t('matcher.lead')}</Text>
        <View className='matcher__progress'>
          <View className='matcher__progress-track'>
            <View className='matcher__progress-bar' style={{ width: `${Math.round((answered / total) * 100)}%` }} />
          </View>
          <Text className='matcher__progress-text'>{t('matcher.progress', { answered, total })}</Text>
        </View>
      </View>

      <PrefillNotice state={prefillState} filled={prefilled.length} />

      {result && (
        <View className='matcher__notice' onClick={() => setView('results')}>
          <Text className='matcher__notice-text'>{t('matcher.lastResult')}</Text>
          <Text className='matcher__notice-link'>{t('matcher.viewLastResult')} ›</Text>
        </View>
      )}

      <Questionnaire draft={draft} onChange={change} errors={errors} highlighted={highlighted} prefilled={prefilled} />

      <Text className='matcher__privacy'>{t('matcher.skipHint')}</Text>

      <View className='matcher__bar'>
        {failure ? <FormMessage>{describeError(failure, locale).message}</FormMessage> : null}
        <View className='matcher__bar-row'>
          <View className='matcher__reset' hoverClass='matcher__reset--pressed' onClick={reset}>
            <Text>{t('matcher.reset')}</Text>
          </View>
          <View className='matcher__submit'>
            <Button type='primary' block loading={match.isPending} disabled={match.isPending} onClick={submit}>
              {t('matcher.submit')}
            </Button>
          </View>
        </View>
      </View>
    </View>
  )
}
