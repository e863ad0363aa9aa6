import type { ReactNode } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, Tag } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/tag/style/css'
import {
  DISTRICT_LABELS,
  INDUSTRY_LABELS,
  POLICY_CATEGORY_LABELS,
  type ParkDetail,
  type PolicySummary
} from '@ihaigui/shared'
import { usePark } from '@/features/parks/parks.hooks'
import { formatArea } from '@/features/parks/format'
import { DetailQuery } from '@/components/DetailQuery'
import { AskAbout } from '@/features/desk/components/AskAbout'
import { usePageChrome } from '@/hooks/usePageChrome'
import { useI18n } from '@/i18n'
import { navigateTo } from '@/navigation'
import { SlotItem } from '@/features/parks/park/SlotItem'
import { slotBlocked } from '@/features/parks/park/slots'
import { ParkMap } from './ParkMap'
import '../../components/cards.scss'
import '../../park/park.scss'

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <View className='park-detail__section'>
      <Text className='park-detail__section-title'>{title}</Text>
      {children}
    </View>
  )
}

function PolicyRow({ policy }: { policy: PolicySummary }) {
  const { label, localized } = useI18n()
  return (
    <View
      className='park-detail__policy'
      hoverClass='park-detail__policy--pressed'
      onClick={() => navigateTo('policyDetail', { id: policy.id })}
    >
      <View className='park-detail__policy-text'>
        <Text className='park-detail__policy-title'>{localized(policy.title, policy.titleEn)}</Text>
        <Text className='park-detail__policy-meta'>
          {`${label(POLICY_CATEGORY_LABELS[policy.category])} · ${localized(policy.issuer, policy.issuerEn)}`}
        </Text>
      </View>
      <Text className='park-detail__chevron'>›</Text>
    </View>
  )
}

function ParkView({ park }: { park: ParkDetail }) {
  const { t, label, localized, locale } = useI18n()
  const name = localized(park.name, park.nameEn)
  const address = localized(park.address, park.addressEn)
  const facilities = locale === 'en' && park.facilitiesEn.length > 0 ? park.facilitiesEn : park.facilities
  const bookable = park.slots.some((slot) => !slotBlocked(slot))

  return (
    <View className='page park-detail'>
      <View className='park-detail__header'>
        <Text className='park-detail__name'>{name}</Text>
        {locale === 'en' && park.nameEn && <Text className='park-detail__name-sub'>{park.name}</Text>}
        <View className='park-tags'>
          <Tag type='primary'>{label(DISTRICT_LABELS[park.district])}</Tag>
          {park.industries.map((industry) => (
            <Tag key={industry} type='primary' plain>
              {label(INDUSTRY_LABELS[industry])}
            </Tag>
          ))}
        </View>
        <View className='park-stats'>
          <View className='park-stats__item park-stats__item--accent'>
            <Text className='park-stats__value'>{formatArea(park.spaceAvailableSqm, locale)}</Text>
            <Text className='park-stats__label'>{t('park.spaceAvailable')}</Text>
          </View>
          <View className='park-stats__item'>
            <Text className='park-stats__value'>{formatArea(park.areaSqm, locale)}</Text>
            <Text className='park-stats__label'>{t('park.area')}</Text>
          </View>
        </View>
      </View>

      <Section title={t('park.location')}>
        <ParkMap park={park} name={name} address={address} />
      </Section>

      <Section title={t('park.slots')}>
        {park.slots.length === 0 ? (
          <Text className='park-detail__text'>{t('park.slotsEmpty')}</Text>
        ) : (
          <View className='slot-list'>
            {park.slots.map((slot) => (
              <SlotItem
                key={slot.id}
                slot={slot}
                onPress={(s) => navigateTo('parkBook', { id: park.id, slot: s.id })}
              />
            ))}
          </View>
        )}
      </Section>

      <Section title={t('park.intro')}>
        <Text className='park-detail__text'>{localized(park.intro, park.introEn)}</Text>
      </Section>

      {facilities.length > 0 && (
        <Section title={t('park.facilities')}>
          <View className='park-detail__facilities'>
            {facilities.map((facility) => (
              <Text key={facility} className='park-detail__facility'>
                {facility}
              </Text>
            ))}
          </View>
        </Section>
      )}

      {park.policies.length > 0 && (
        <Section title={t('park.policies')}>
          {park.policies.map((policy) => (
            <PolicyRow key={policy.id} policy={policy} />
          ))}
        </Section>
      )}

      <Section title={t('park.contact')}>
        <View className='park-detail__contact'>
          <View className='park-detail__contact-text'>
            <Text className='park-detail__contact-name'>{park.contactName}</Text>
            <Text className='park-detail__contact-phone'>{park.contactPhone}</Text>
          </View>
          <Button
            type='primary'
            fill='outline'
            size='small'
            onClick={() => Taro.makePhoneCall({ phoneNumber: park.contactPhone }).catch(() => undefined)}
          >
            {t('park.call')}
          </Button>
        </View>
      </Section>

      <AskAbout type='park' id={park.id} title={localized(park.name, park.nameEn)} category='parks' relatedFaq />

      <View className='park-detail__bar'>
        <Button type='primary' block disabled={!bookable} onClick={() => navigateTo('parkBook', { id: park.id })}>
          {bookable ? t('park.book') : t('park.noSlots')}
        </Button>
      </View>
    </View>
  )
}

export default function ParkDetailPage() {
  const { params } = useRouter()
  const query = usePark(params.id)
  usePageChrome('parkDetail')
  return (
    <DetailQuery query={query} className='page'>
      {(park) => <ParkView park={park} />}
    </DetailQuery>
  )
}
