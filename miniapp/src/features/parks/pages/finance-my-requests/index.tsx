import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { useMyContactRequests } from '@/features/parks/finance.hooks'
import { InfiniteList } from '@/components/InfiniteList'
import { ContactRequestCard } from '@/features/parks/components/ContactRequestCard'
import { SignedIn } from '@/components/SessionGates'
import { useInfiniteListControls } from '@/hooks/useInfiniteListControls'
import { usePageChrome } from '@/hooks/usePageChrome'
import { useI18n } from '@/i18n'
import { navigateTo } from '@/navigation'
import '../../components/cards.scss'
import '../../finance/finance.scss'

function Requests() {
  const { t } = useI18n()
  const query = useMyContactRequests()
  useInfiniteListControls(query)
  return (
    <>
      <InfiniteList
        query={query}
        emptyMessage={t('finance.myEmpty')}
        renderItem={(request) => (
          <ContactRequestCard
            request={request}
            side='requester'
            onOpenService={(id) => navigateTo('financeDetail', { id })}
          />
        )}
      />
      {query.data?.pages[0]?.total === 0 && (
        <View className='finance-gap'>
          <Button type='primary' fill='outline' block onClick={() => navigateTo('financeList')}>
            {t('finance.browse')}
          </Button>
        </View>
      )}
    </>
  )
}

export default function MyContactRequestsPage() {
  usePageChrome('myContactRequests')
  return (
    <View className='page'>
      <SignedIn>{() => <Requests />}</SignedIn>
    </View>
  )
}
