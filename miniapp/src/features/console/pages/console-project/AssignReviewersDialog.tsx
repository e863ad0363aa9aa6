import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Dialog } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/dialog/style/css'
import { useProjectAction, useReviewers } from '@/features/console/console.hooks'
import { describeError } from '@/api/errors'
import { FormMessage } from '@/components/form/Form'
import { ErrorState, PageLoading } from '@/components/StateViews'
import { useI18n, type MessageKey } from '@/i18n'

const ROLE_LABELS: Record<'reviewer' | 'staff' | 'admin', MessageKey> = {
  reviewer: 'console.reviewers.roleReviewer',
  staff: 'console.reviewers.roleStaff',
  admin: 'console.reviewers.roleStaff'
}

/** Several expert reviewers (or staff acting as experts) ticked from the list, assigned together. */
export function AssignReviewersDialog({
  visible,
  projectId,
  assigned,
  onClose
}: {
  visible: boolean
  projectId: number
  /** Already assigned: shown ticked and fixed. */
  assigned: readonly number[]
  onClose: () => void
}) {
  const { t, locale } = useI18n()
  const reviewers = useReviewers(visible)
  const action = useProjectAction()
  const [chosen, setChosen] = useState<number[]>([])
  const [problem, setProblem] = useState<string | null>(null)

  useEffect(() => {
    if (visible) {
      setChosen([])
      setProblem(null)
    }
  }, [visible])

  const toggle = (id: number) => {
    if (assigned.includes(id)) return
    setProblem(null)
    setChosen((prev) => (prev.includes(id) ? prev.filter((v) => v !== id) : [...prev, id]))
  }

  const confirm = async () => {
    if (action.isPending) return
    if (chosen.length === 0) {
      setProblem(t('console.reviewers.chooseOne'))
      return
    }
    try {
      await action.mutateAsync({ kind: 'assign', id: projectId, reviewerIds: chosen })
      Taro.showToast({ title: t('console.reviewers.assignedToast'), icon: 'success' })
      onClose()
    } catch (error) {
      setProblem(describeError(error, locale).message)
    }
  }

  const items = reviewers.data?.items ?? []
  return (
    <Dialog
      visible={visible}
      title={t('console.reviewers.title')}
      confirmText={t('console.reviewers.confirm')}
      cancelText={t('common.cancel')}
      onConfirm={() => void confirm()}
      onCancel={onClose}
      onClose={() => undefined}
    >
      <View className='console-checklist'>
        {reviewers.isPending ? (
          <PageLoading />
        ) : reviewers.isError ? (
          <ErrorState error={reviewers.error} onRetry={() => reviewers.refetch()} />
        ) : (
          items.map((r) => {
            const fixed = assigned.includes(r.id)
            const on = fixed || chosen.includes(r.id)
            return (
              <View
                key={r.id}
                className={`console-checklist__item${on ? ' console-checklist__item--on' : ''}${fixed ? ' console-checklist__item--off' : ''}`}
                onClick={() => toggle(r.id)}
              >
                <Text className='console-checklist__box'>{on ? '✓' : ''}</Text>
                <Text>{r.displayName}</Text>
                <Text className='console-checklist__role'>
                  {fixed ? t('console.reviewers.already') : t(ROLE_LABELS[r.role])}
                </Text>
              </View>
            )
          })
        )}
        {problem && <FormMessage>{problem}</FormMessage>}
      </View>
    </Dialog>
  )
}
