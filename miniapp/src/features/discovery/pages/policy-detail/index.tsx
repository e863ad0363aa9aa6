import type { ReactNode } from 'react'
import Taro, { useRouter, useShareAppMessage } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, Tag } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/tag/style/css'
import {
  CRITERION_KIND_LABELS,
  POLICY_CATEGORY_LABELS,
  REGION_LABELS,
  TARGET_GROUP_LABELS,
  pickLocalized,
  type PolicyAttachment,
  type PolicyDetail
} from '@ihaigui/shared'
import { usePolicy, useTogglePolicyFavorite } from '@/features/discovery/discovery.hooks'
import { attachmentUrl } from '@/features/discovery/policies.api'
import { isClosingSoon, policyAmountText, policyValidityText } from '@/features/discovery/policy-display'
import { RichContent } from '@/components/RichContent'
import { DetailQuery } from '@/components/DetailQuery'
import { DetailActionBar } from '@/components/DetailActionBar'
import { AskAbout } from '@/features/desk/components/AskAbout'
import { deskCategoryForPolicy } from '@/features/desk/desk-display'
import { usePageChrome } from '@/hooks/usePageChrome'
import { formatCount, formatFileSize, useI18n } from '@/i18n'
import { navigateTo, pageUrl } from '@/navigation'
import './index.scss'

const IS_WEAPP = process.env.TARO_ENV === 'weapp'

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <View className='policy-detail__section'>
      <Text className='policy-detail__section-title'>{title}</Text>
      {children}
    </View>
  )
}

/** Opens a PDF: in the browser's viewer on H5, downloaded and shown by WeChat's document viewer on weapp. */
async function openAttachment(file: PolicyAttachment, failed: string): Promise<void> {
  const url = attachmentUrl(file.url)
  if (!IS_WEAPP) {
    window.open(url, '_blank', 'noopener')
    return
  }
  Taro.showLoading({ title: '' })
  try {
    const download = await Taro.downloadFile({ url })
    if (download.statusCode !== 200) throw new Error(String(download.statusCode))
    await Taro.openDocument({ filePath: download.tempFilePath, fileType: 'pdf', showMenu: true })
  } catch {
    Taro.showToast({ title: failed, icon: 'none' })
  } finally {
    Taro.hideLoading()
  }
}

function Eligibility({ policy }: { policy: PolicyDetail }) {
  const { t, label, locale } = useI18n()
  return (
    <Section title={t('policyDetail.eligibility')}>
      {policy.criteria.length === 0 ? (
        <Text className='policy-detail__text'>{t('policyDetail.noCriteria')}</Text>
      ) : (
        policy.criteria.map(({ criterion, requirement }) => {
          const note = pickLocalized(criterion.noteZh ?? '', criterion.noteEn, locale)
          return (
            <View key={criterion.kind} className='policy-detail__criterion'>
              <Text className='policy-detail__criterion-kind'>{label(CRITERION_KIND_LABELS[criterion.kind])}</Text>
              <View className='policy-detail__criterion-body'>
                <Text className='policy-detail__criterion-text'>{label(requirement)}</Text>
                {note ? <Text className='policy-detail__criterion-note'>{note}</Text> : null}
              </View>
            </View>
          )
        })
      )}
    </Section>
  )
}

function Article({ policy }: { policy: PolicyDetail }) {
  const { t, locale, label, localized, date } = useI18n()
  const amount = policyAmountText(policy, locale)
  const closing = isClosingSoon(policy.validTo)
  const englishMissing = locale === 'en' && !(policy.bodyEn && policy.bodyEn.trim())
  const html = locale === 'en' && !englishMissing ? (policy.bodyEn as string) : policy.body
  const summary = localized(policy.summary, policy.summaryEn)

  const openSource = () => {
    if (!policy.sourceUrl) return
    if (IS_WEAPP) {
      // Mini-programs cannot open outside pages: the link goes to the clipboard for the browser.
      Taro.setClipboardData({ data: policy.sourceUrl })
        .then(() => Taro.showToast({ title: t('policyDetail.sourceCopied'), icon: 'none' }))
        .catch(() => undefined)
    } else {
      window.open(policy.sourceUrl, '_blank', 'noopener')
    }
  }

  return (
    <View>
      <View className='policy-detail__head'>
        <View className='policy-detail__tags'>
          <Tag type='primary' plain className='policy-detail__tag'>
            {label(POLICY_CATEGORY_LABELS[policy.category])}
          </Tag>
          <Tag type='default' plain className='policy-detail__tag policy-detail__tag--region'>
            {label(REGION_LABELS[policy.region])}
          </Tag>
          {closing && (
            <Tag type='warning' className='policy-detail__tag'>
              {t('policies.closingSoon')}
            </Tag>
          )}
        </View>
        <Text className='policy-detail__title'>{localized(policy.title, policy.titleEn)}</Text>
        <Text className='policy-detail__issuer'>{localized(policy.issuer, policy.issuerEn)}</Text>

        <View className='policy-detail__facts'>
          <View className='policy-detail__fact policy-detail__fact--amount'>
            <Text className='policy-detail__fact-label'>{t('policyDetail.amount')}</Text>
            <Text className='policy-detail__fact-value'>{amount ?? t('policies.noAmount')}</Text>
          </View>
          <View className='policy-detail__fact'>
            <Text className='policy-detail__fact-label'>{t('policyDetail.validity')}</Text>
            <Text
              className={
                closing ? 'policy-detail__fact-value policy-detail__fact-value--soon' : 'policy-detail__fact-value'
              }
            >
              {policyValidityText(policy.validTo, locale)}
            </Text>
            <Text className='policy-detail__fact-sub'>
              {t('policyDetail.validFrom', { date: date(policy.validFrom) })}
            </Text>
          </View>
        </View>

        <View className='policy-detail__groups'>
          <Text className='policy-detail__groups-label'>{t('policyDetail.targetGroups')}</Text>
          <View className='policy-detail__groups-list'>
            {policy.targetGroups.map((group) => (
              <Text key={group} className='policy-detail__group'>
                {label(TARGET_GROUP_LABELS[group])}
              </Text>
            ))}
          </View>
        </View>
        <Text className='policy-detail__stats'>
          {t('policyDetail.stats', {
            views: formatCount(policy.viewCount, locale),
            favorites: formatCount(policy.favoriteCount, locale)
          })}
        </Text>
      </View>

      {summary ? (
        <Section title={t('policyDetail.summary')}>
          <Text className='policy-detail__text'>{summary}</Text>
        </Section>
      ) : null}

      <Eligibility policy={policy} />

      <Section title={t('policyDetail.body')}>
        {englishMissing && (
          <View className='policy-detail__notice'>
            <Text>{t('detail.englishFallback')}</Text>
          </View>
        )}
        <RichContent html={html} />
      </Section>

      <Section title={t('policyDetail.howToApply')}>
        <Text className='policy-detail__text policy-detail__text--pre'>
          {localized(policy.howToApply, policy.howToApplyEn)}
        </Text>
        {policy.contact ? (
          <View className='policy-detail__contact'>
            <Text className='policy-detail__contact-label'>{t('policyDetail.contact')}</Text>
            <Text className='policy-detail__contact-value' userSelect>
              {policy.contact}
            </Text>
          </View>
        ) : null}
      </Section>

      {policy.attachments.length > 0 && (
        <Section title={t('policyDetail.attachments')}>
          {policy.attachments.map((file) => (
            <View
              key={file.id}
              className='policy-detail__file'
              hoverClass='policy-detail__file--pressed'
              onClick={() => openAttachment(file, t('policyDetail.attachmentFailed'))}
            >
              <View className='policy-detail__file-badge'>
                <Text>PDF</Text>
              </View>
              <View className='policy-detail__file-text'>
                <Text className='policy-detail__file-name'>{file.fileName}</Text>
                <Text className='policy-detail__file-size'>{formatFileSize(file.size)}</Text>
              </View>
              <Text className='policy-detail__file-action'>{t('policyDetail.open')}</Text>
            </View>
          ))}
        </Section>
      )}

      {policy.sourceUrl ? (
        <Section title={t('policyDetail.source')}>
          <View className='policy-detail__source' onClick={openSource}>
            <Text className='policy-detail__source-url'>{policy.sourceUrl}</Text>
            <Text className='policy-detail__source-action'>
              {IS_WEAPP ? t('policyDetail.copyLink') : t('policyDetail.openSource')}
            </Text>
          </View>
        </Section>
      ) : null}
    </View>
  )
}

/** Favourite, share and "check me" at the bottom of the screen. */
function ActionBar({ policy }: { policy: PolicyDetail }) {
  const { t } = useI18n()
  const favorite = useTogglePolicyFavorite()
  return (
    <DetailActionBar
      favorited={policy.favorited}
      busy={favorite.isPending}
      onToggleFavorite={(favorited) => favorite.mutateAsync({ id: policy.id, favorited })}
    >
      <Button type='primary' block onClick={() => navigateTo('policyMatch')}>
        {t('policyDetail.checkMe')}
      </Button>
    </DetailActionBar>
  )
}

export default function PolicyDetailPage() {
  const { t, localized } = useI18n()
  const { params } = useRouter()
  const query = usePolicy(params.id)
  const data = query.data
  usePageChrome('policyDetail')

  useShareAppMessage(() => ({
    title: data ? localized(data.title, data.titleEn) : t('title.policyDetail'),
    path: pageUrl('policyDetail', { id: params.id })
  }))

  return (
    <DetailQuery query={query} className='page policy-detail'>
      {(policy, homeLink) => (
        <View className='page policy-detail policy-detail--with-bar'>
          <Article policy={policy} />
          <View className='policy-detail__ask'>
            <AskAbout
              type='policy'
              id={policy.id}
              title={localized(policy.title, policy.titleEn)}
              category={deskCategoryForPolicy(policy.category, `${policy.title} ${policy.titleEn ?? ''}`)}
              relatedFaq
            />
          </View>
          {homeLink}
          <ActionBar policy={policy} />
        </View>
      )}
    </DetailQuery>
  )
}
