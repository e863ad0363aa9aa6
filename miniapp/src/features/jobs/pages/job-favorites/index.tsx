import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { useFavoritePositions } from '@/features/jobs/jobs.hooks'
import { InfiniteList } from '@/components/InfiniteList'
import { JobCard } from '@/features/jobs/components/JobCard'
import { SignedIn } from '@/components/SessionGates'
import { useInfiniteListControls } from '@/hooks/useInfiniteListControls'
import { usePageChrome } from '@/hooks/usePageChrome'
import { useI18n } from '@/i18n'
import { switchTab } from '@/navigation'
import '../../job/job.scss'

function Favorites() {
  const { t } = useI18n()
  const query = useFavoritePositions()
  useInfiniteListControls(query)
  const empty = query.data?.pages[0]?.total === 0
  return (
    <>
      <InfiniteList
        query={query}
        emptyMessage={t('jobFavorites.empty')}
        renderItem={(position) => <JobCard position={position} />}
      />
      {empty && (
        <View className='job-actions'>
          <Button type='primary' fill='outline' block onClick={() => switchTab('job')}>
            {t('applications.browse')}
          </Button>
        </View>
      )}
    </>
  )
}

export default function JobFavoritesPage() {
  usePageChrome('jobFavorites')
  return (
    <View className='page'>
      <SignedIn>{() => <Favorites />}</SignedIn>
    </View>
  )
}
