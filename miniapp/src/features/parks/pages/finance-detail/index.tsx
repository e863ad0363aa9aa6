import { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, Tag } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/tag/style/css'
import { FINANCE_KIND_LABELS, type FinanceDetail } from '@ihaigui/shared'
import { useFinanceService } from '@/features/parks/finance.hooks'
import { formatAmount } from '@/features/parks/format'
import { DetailQuery } from '@/components/DetailQuery'
import { usePageChrome } from '@/hooks/usePageChrome'
import { useI18n } from '@/i18n'
import { navigateTo } from '@/navigation'
import '../../finance/finance.scss'

function Section({ title, text }: { title: string; text: string }) {
  return (
    <View className='finance-detail__section'>
      <Text className='finance-detail__section-title'>{title}</Text>
      <Text className='finance-detail__text'>{text}</Text>
    </View>
  )
}

function ServiceView({ service }: { service: FinanceDetail }) {
  const { t, label, localized, locale } = useI18n()
  const amount = formatAmount(service.amountMin, service.amountMax, locale)
  return (
    <View className='page finance-detail'>
      <View className='finance-detail__header'>
        <View className='finance-detail__tags'>
          <Tag type='primary'>{label(FINANCE_KIND_LABELS[service.kind])}</Tag>
        </View>
        <Text className='finance-detail__name'>{localized(service.name, service.nameEn)}</Text>
        <Text className='finance-detail__provider'>{t('finance.providerLine', { name: service.provider.name })}</Text>
        <View className='finance-detail__amount-box'>
          <Text className='finance-detail__amount-label'>{t('finance.amount')}</Text>
          <Text className='finance-detail__amount'>{amount ?? t('finance.amountNone')}</Text>
        </View>
      </View>
      <Section title={t('finance.summary')} text={localized(service.summary, service.summaryEn)} />
      <Section title={t('finance.audience')} text={localized(service.audience, service.audienceEn)} />
      <Section title={t('finance.terms')} text={localized(service.terms, service.termsEn)} />
      <View className='finance-detail__bar'>
        <Button type='primary' block onClick={() => navigateTo('financeContact', { id: service.id })}>
          {t('finance.contact')}
        </Button>
      </View>
    </View>
  )
}

export default function FinanceDetailPage() {
  const { params } = useRouter()
  const query = useFinanceService(params.id)
  usePageChrome('financeDetail')
  return (
    <DetailQuery query={query} className='page'>
      {(service) => <ServiceView service={service} />}
    </DetailQuery>
  )
}
