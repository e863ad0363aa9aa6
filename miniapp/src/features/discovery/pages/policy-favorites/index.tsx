import { Text, View } from '@tarojs/components'
import { Button, Empty } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/empty/style/css'
import { useFavoritePolicies } from '@/features/discovery/discovery.hooks'
import { InfiniteList } from '@/components/InfiniteList'
import { PolicyCard } from '@/features/discovery/components/PolicyCard'
import { SignedIn } from '@/components/SessionGates'
import { useInfiniteListControls } from '@/hooks/useInfiniteListControls'
import { usePageChrome } from '@/hooks/usePageChrome'
import { formatCount, useI18n } from '@/i18n'
import { switchTab } from '@/navigation'
import './index.scss'

function NoFavorites() {
  const { t } = useI18n()
  return (
    <Empty
      className='favorites__empty'
      size='small'
      image={<View className='state-emblem state-emblem--empty' />}
      title={t('favorites.empty')}
      description={t('favorites.emptyHint')}
    >
      <View className='favorites__empty-action'>
        <Button type='primary' onClick={() => switchTab('policy')}>
          {t('favorites.browse')}
        </Button>
      </View>
    </Empty>
  )
}

function FavoriteList() {
  const { t, locale } = useI18n()
  const query = useFavoritePolicies()
  useInfiniteListControls(query)
  const first = query.data?.pages[0]

  if (first && first.total === 0) return <NoFavorites />
  return (
    <View>
      {first && (
        <Text className='favorites__count'>{t('favorites.count', { count: formatCount(first.total, locale) })}</Text>
      )}
      <InfiniteList
        query={query}
        emptyMessage={t('favorites.empty')}
        renderItem={(policy) => <PolicyCard policy={policy} />}
      />
    </View>
  )
}

export default function PolicyFavoritesPage() {
  usePageChrome('policyFavorites')
  return (
    <View className='page favorites'>
      <SignedIn>{() => <FavoriteList />}</SignedIn>
    </View>
  )
}
