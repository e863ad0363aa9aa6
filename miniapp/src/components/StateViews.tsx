import { Text, View } from '@tarojs/components'
import { Button, Empty, Loading, Skeleton } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/empty/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/loading/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/skeleton/style/css'
import { describeError } from '@/api/errors'
import { useI18n } from '@/i18n'
import './StateViews.scss'

/** Placeholder cards while a list loads. */
export function ListSkeleton({ count = 3 }: { count?: number }) {
  return (
    <View className='state-skeleton'>
      {Array.from({ length: count }, (_, i) => (
        <View key={i} className='state-skeleton__card'>
          <Skeleton rows={3} animated />
        </View>
      ))}
    </View>
  )
}

/** Centered spinner with a caption, for a whole-page load. */
export function PageLoading() {
  const { t } = useI18n()
  return (
    <View className='state-loading'>
      <Loading type='circular' direction='vertical'>
        {t('common.loading')}
      </Loading>
    </View>
  )
}

/** Nothing to show. */
export function EmptyState({ message }: { message?: string }) {
  const { t } = useI18n()
  return (
    <Empty
      className='state-empty'
      size='small'
      image={<View className='state-emblem state-emblem--empty' />}
      title={message ?? t('common.empty')}
    />
  )
}

/** A failed request: the localised reason, the request id for support, and a way to try again. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t, locale } = useI18n()
  const { message, requestId } = describeError(error, locale)
  return (
    <Empty
      className='state-error'
      size='small'
      image={<View className='state-emblem state-emblem--error'>!</View>}
      title={message}
      description={requestId ? t('common.requestId', { id: requestId }) : ''}
    >
      {onRetry && (
        <View className='state-error__action'>
          <Button type='primary' size='small' onClick={() => onRetry()}>
            {t('common.retry')}
          </Button>
        </View>
      )}
    </Empty>
  )
}

/** Bottom of an infinite list: loading more, or the end. */
/**
 * End of an infinite list. Scrolling to the bottom loads the next page; the button covers the cases where no
 * reach-bottom event fires (a jump to the end with a key or a fast wheel on H5).
 */
export function ListFooter({ loading, done, onLoadMore }: { loading: boolean; done: boolean; onLoadMore: () => void }) {
  const { t } = useI18n()
  if (loading) {
    return (
      <View className='state-footer'>
        <Loading type='spinner'>{t('common.loadingMore')}</Loading>
      </View>
    )
  }
  if (done) {
    return (
      <View className='state-footer'>
        <Text className='state-footer__end'>{t('common.noMore')}</Text>
      </View>
    )
  }
  return (
    <View className='state-footer'>
      <Text className='state-footer__more' onClick={onLoadMore}>
        {t('common.loadMore')}
      </Text>
    </View>
  )
}
