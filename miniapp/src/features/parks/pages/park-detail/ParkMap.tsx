import Taro from '@tarojs/taro'
import { Map, Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import type { ParkDetail } from '@ihaigui/shared'
import { formatCoordinates } from '@/features/parks/format'
import { useI18n } from '@/i18n'

interface Props {
  park: ParkDetail
  name: string
  address: string
}

/** weapp: the platform's map with a marker at the park, and the platform's directions. */
function NativeMap({ park, name, address }: Props) {
  const { t } = useI18n()
  return (
    <View className='park-map'>
      <Map
        className='park-map__native'
        latitude={park.latitude}
        longitude={park.longitude}
        scale={15}
        // An empty icon path draws the platform's default pin.
        markers={[{ id: 1, latitude: park.latitude, longitude: park.longitude, title: name, iconPath: '' }]}
        onError={() => undefined}
      />
      <Text className='park-map__address'>{address}</Text>
      <View className='park-map__actions'>
        <Button
          type='primary'
          fill='outline'
          onClick={() =>
            Taro.openLocation({ latitude: park.latitude, longitude: park.longitude, name, address, scale: 16 }).catch(
              () => undefined
            )
          }
        >
          {t('park.navigate')}
        </Button>
      </View>
    </View>
  )
}

/**
 * H5: no online map service is loaded. A drawn stand-in with the coordinates, the address to copy, and a geo: link
 * that phones open in their own map app.
 */
function MapFallback({ park, name, address }: Props) {
  const { t } = useI18n()
  const copy = () => {
    Taro.setClipboardData({ data: address })
      .then(() => Taro.showToast({ title: t('park.addressCopied'), icon: 'success' }))
      .catch(() => undefined)
  }
  const openInMaps = () => {
    const label = encodeURIComponent(name)
    window.location.href = `geo:${park.latitude},${park.longitude}?q=${park.latitude},${park.longitude}(${label})`
  }
  return (
    <View className='park-map'>
      <View className='park-map__canvas'>
        <View className='park-map__water' />
        <View className='park-map__road park-map__road--h' />
        <View className='park-map__road park-map__road--v' />
        <View className='park-map__pin' />
        <Text className='park-map__coords'>{formatCoordinates(park.latitude, park.longitude)}</Text>
      </View>
      <Text className='park-map__address'>{address}</Text>
      <Text className='park-map__hint'>{t('park.mapFallbackHint')}</Text>
      <View className='park-map__actions'>
        <Button type='primary' fill='outline' onClick={copy}>
          {t('park.copyAddress')}
        </Button>
        <Button type='primary' fill='outline' onClick={openInMaps}>
          {t('park.openInMaps')}
        </Button>
      </View>
    </View>
  )
}

export function ParkMap(props: Props) {
  return process.env.TARO_ENV === 'weapp' ? <NativeMap {...props} /> : <MapFallback {...props} />
}
