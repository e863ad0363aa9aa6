import { Text, View } from '@tarojs/components'
import { usePrivacyPolicy } from '@/features/account/account.hooks'
import { RichContent } from '@/components/RichContent'
import { ErrorState, PageLoading } from '@/components/StateViews'
import { usePageChrome } from '@/hooks/usePageChrome'
import { useI18n } from '@/i18n'
import '../../account.scss'

/** The privacy policy in the UI language (public). */
export default function PrivacyPage() {
  const { t, locale, date } = useI18n()
  const { data, error, isPending, isError, refetch } = usePrivacyPolicy()
  usePageChrome('privacy')

  return (
    <View className='page account'>
      {isPending ? (
        <PageLoading />
      ) : isError ? (
        <ErrorState error={error} onRetry={() => refetch()} />
      ) : (
        <View className='account__card'>
          <Text className='account__policy-meta'>
            {t('privacy.version', { version: data.version })} ·{' '}
            {t('privacy.effective', { date: date(data.effectiveDate) || data.effectiveDate })}
          </Text>
          <RichContent html={locale === 'en' ? data.en : data.zh} />
        </View>
      )}
    </View>
  )
}
