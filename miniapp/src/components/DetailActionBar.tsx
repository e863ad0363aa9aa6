import type { ReactNode } from 'react'
import Taro from '@tarojs/taro'
import { Button as TaroButton, Text, View } from '@tarojs/components'
import { describeError } from '@/api/errors'
import { useSession } from '@/features/account/session.hooks'
import { useI18n } from '@/i18n'
import { goToLogin } from '@/navigation'
import './DetailActionBar.scss'

const IS_WEAPP = process.env.TARO_ENV === 'weapp'

/**
 * The bar at the bottom of a detail page: save (signed out → sign in first), share (the weapp share sheet, or a copied
 * link on H5) and the page's main action.
 */
export function DetailActionBar({
  favorited,
  onToggleFavorite,
  busy,
  children
}: {
  favorited: boolean
  /** Saves or unsaves; resolves to the new state. */
  onToggleFavorite: (next: boolean) => Promise<{ favorited: boolean }>
  busy: boolean
  children: ReactNode
}) {
  const { t, locale } = useI18n()
  const session = useSession()

  const toggle = async () => {
    if (!session) {
      void goToLogin()
      return
    }
    if (busy) return
    try {
      const state = await onToggleFavorite(!favorited)
      Taro.showToast({ title: t(state.favorited ? 'detailBar.favorited' : 'detailBar.unfavorited'), icon: 'none' })
    } catch (error) {
      Taro.showToast({ title: describeError(error, locale).message, icon: 'none' })
    }
  }

  const copyLink = () => {
    Taro.setClipboardData({ data: window.location.href })
      .then(() => Taro.showToast({ title: t('detailBar.linkCopied'), icon: 'none' }))
      .catch(() => undefined)
  }

  return (
    <View className='detail-bar'>
      <View
        className={favorited ? 'detail-bar__item detail-bar__item--on' : 'detail-bar__item'}
        hoverClass='detail-bar__item--pressed'
        onClick={toggle}
      >
        <Text className='detail-bar__icon'>{favorited ? '★' : '☆'}</Text>
        <Text className='detail-bar__text'>{favorited ? t('detailBar.saved') : t('detailBar.save')}</Text>
      </View>
      {IS_WEAPP ? (
        <TaroButton className='detail-bar__item detail-bar__share' openType='share'>
          <Text className='detail-bar__icon'>⇪</Text>
          <Text className='detail-bar__text'>{t('detailBar.share')}</Text>
        </TaroButton>
      ) : (
        <View className='detail-bar__item' hoverClass='detail-bar__item--pressed' onClick={copyLink}>
          <Text className='detail-bar__icon'>⇪</Text>
          <Text className='detail-bar__text'>{t('detailBar.copyLink')}</Text>
        </View>
      )}
      <View className='detail-bar__main'>{children}</View>
    </View>
  )
}
