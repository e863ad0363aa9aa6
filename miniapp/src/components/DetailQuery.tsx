import { type ReactNode, useState } from 'react'
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { useI18n } from '@/i18n'
import { nav } from '@/navigation'
import { ErrorState, PageLoading } from './StateViews'

interface DetailQueryState<T> {
  data: T | undefined
  error: unknown
  isPending: boolean
  isError: boolean
  refetch: () => unknown
}

/**
 * A detail page around its query: a loading state, an error with retry, and — when the page was opened from a
 * share card or a link, with nothing to go back to — a way to the home page.
 */
export function DetailQuery<T>({
  query,
  className,
  children
}: {
  query: DetailQueryState<T>
  className: string
  children: (data: T, homeLink: ReactNode) => ReactNode
}) {
  const { t } = useI18n()
  const [openedDirectly] = useState(() => Taro.getCurrentPages().length <= 1)
  const homeLink = openedDirectly && (
    <View className='detail-home'>
      <Button type='primary' fill='outline' block onClick={() => nav.home()}>
        {t('common.backHome')}
      </Button>
    </View>
  )
  if (query.isPending) {
    return (
      <View className={className}>
        <PageLoading />
      </View>
    )
  }
  if (query.isError || query.data === undefined) {
    return (
      <View className={className}>
        <ErrorState error={query.error} onRetry={() => query.refetch()} />
        {homeLink}
      </View>
    )
  }
  return <>{children(query.data, homeLink)}</>
}
