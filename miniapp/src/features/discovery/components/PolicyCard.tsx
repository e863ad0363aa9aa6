import { Text, View } from '@tarojs/components'
import { Tag } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/tag/style/css'
import { POLICY_CATEGORY_LABELS, REGION_LABELS, type PolicySummary } from '@ihaigui/shared'
import { useI18n } from '@/i18n'
import { navigateTo } from '@/navigation'
import { isClosingSoon, policyAmountText, policyValidityText } from '@/features/discovery/policy-display'
import './PolicyCard.scss'

interface Props {
  policy: PolicySummary
  /** Hide the category tag where the list is already narrowed to one category. */
  showCategory?: boolean
}

/** A published policy in a list: what it is, who issues it, how much, and until when. */
export function PolicyCard({ policy, showCategory = true }: Props) {
  const { t, locale, label, localized } = useI18n()
  const amount = policyAmountText(policy, locale)
  const closing = isClosingSoon(policy.validTo)
  return (
    <View
      className='policy-card'
      hoverClass='policy-card--pressed'
      onClick={() => navigateTo('policyDetail', { id: policy.id })}
    >
      <View className='policy-card__tags'>
        {showCategory && (
          <Tag type='primary' plain className='policy-card__tag'>
            {label(POLICY_CATEGORY_LABELS[policy.category])}
          </Tag>
        )}
        <Tag type='default' plain className='policy-card__tag policy-card__tag--region'>
          {label(REGION_LABELS[policy.region])}
        </Tag>
        {closing && (
          <Tag type='warning' className='policy-card__tag policy-card__closing'>
            {t('policies.closingSoon')}
          </Tag>
        )}
      </View>
      <Text className='policy-card__title'>{localized(policy.title, policy.titleEn)}</Text>
      <Text className='policy-card__issuer'>{localized(policy.issuer, policy.issuerEn)}</Text>
      <View className='policy-card__foot'>
        <Text className={amount ? 'policy-card__amount' : 'policy-card__amount policy-card__amount--none'}>
          {amount ?? t('policies.noAmount')}
        </Text>
        <Text className={closing ? 'policy-card__valid policy-card__valid--soon' : 'policy-card__valid'}>
          {policyValidityText(policy.validTo, locale)}
        </Text>
      </View>
    </View>
  )
}
